/* samw lsp: hand standard input and output to the language server (lsp/),
 * or, in a build without it (no jansson when samw was built), say so and
 * how to get it. */
#include "cli.h"

#ifdef SAMW_HAVE_LSP
/* lsp/lsp.h: cli/ and lsp/ stand beside each other (tests/layers.sh), so
 * the one call between them is declared here again */
int sw_lsp_serve(int in_fd, int out_fd, samw_lang lang, int env_nl);
#endif

int cli_lsp(cli *c)
{
	if (c->nfiles)
		return cli_usage(c, M_P_LSP_NO_ARGS, NULL, NULL, NULL);
#ifdef SAMW_HAVE_LSP
	samw_lang lang = !c->lang_set ? SAMW_LANG_AUTO : c->nl ? SAMW_LANG_NL : SAMW_LANG_EN;
	return sw_lsp_serve(0, 1, lang, c->nl);
#else
	cli_say(NULL, sw_msg_text(M_P_LSP_NONE, c->nl));
	return EXIT_USAGE;
#endif
}
