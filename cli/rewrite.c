/* Writing a file back (fmt --write, check --fix): base/replace.c does it
 * atomically; this says why it could not, in the reader's language. */
#include <signal.h>
#include <stdio.h>

#include "../base/buf.h"
#include "../base/replace.h"
#include "cli.h"

static const sw_msg why_text[] = {
	[REPLACE_CANNOT_RESOLVE] = M_P_FMT_CANNOT_RESOLVE,
	[REPLACE_CANNOT_STAT] = M_P_FMT_CANNOT_STAT,
	[REPLACE_READ_ONLY] = M_P_FMT_READ_ONLY,
	[REPLACE_HARD_LINKS] = M_P_FMT_HARD_LINKS,
	[REPLACE_CANNOT_NAME] = M_P_FMT_CANNOT_NAME,
	[REPLACE_CANNOT_CREATE] = M_P_FMT_CANNOT_CREATE,
	[REPLACE_CANNOT_WRITE] = M_P_FMT_CANNOT_WRITE,
	[REPLACE_CANNOT_OWN] = M_P_FMT_CANNOT_OWN,
	[REPLACE_CANNOT_RENAME] = M_P_FMT_CANNOT_RENAME,
};

void cli_writing(void)
{
	/* past a file-size limit (ulimit -f), let write() fail with EFBIG
	 * instead of the process being killed half way */
	signal(SIGXFSZ, SIG_IGN);
}

int cli_rewrite(const cli *c, const char *path, const char *shown, const char *text, size_t n)
{
	sw_replace_why w;
	if (sw_replace_file(path, text, n, &w) == 0)
		return EXIT_OK;
	char ebuf[64];
	sw_buf m = { 0 }, t = { 0 };
	if (w.err) {
		sw_darg f[SW_DARGS] = { { w.folder, M_NONE } };
		sw_msg_expand(&t, why_text[w.what], f, c->nl);
		sw_darg x[SW_DARGS] = { { sw_buf_str(&t), M_NONE },
		                        { cli_errno_text(c, w.err, ebuf, sizeof ebuf), M_NONE } };
		sw_msg_expand(&m, M_P_FMT_NOT_REWRITTEN, x, c->nl);
	} else {
		char num[32];
		snprintf(num, sizeof num, "%lu", w.links);
		sw_darg x[SW_DARGS] = { { num, M_NONE } };
		sw_msg_expand(&m, why_text[w.what], x, c->nl);
	}
	cli_say(shown, sw_buf_str(&m));
	sw_buf_free(&m);
	sw_buf_free(&t);
	return EXIT_USAGE;
}
