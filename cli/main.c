/* samw: the command table and what every command shares -- the language of
 * messages, usage errors and help. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/buf.h"
#include "cli.h"

static const char *const check_formats[] = { "human", "gcc", "json", "sarif", "github", NULL };
static const char *const report_formats[] = { "markdown", "json", NULL };
/* in the order of samw_portfolio_format */
static const char *const portfolio_formats[] = { "markdown", "json", "dot", NULL };
static const char *const rules_formats[] = { "text", "json", "markdown", NULL };
/* in the order of samw_changes_format */
static const char *const diff_formats[] = { "text", "markdown", "json", "github", NULL };

static int run_help(cli *c);

static const cli_cmd commands[] = {
	{ "check", M_P_HELP_CHECK,
	  OPT_COLOR | OPT_LANG | OPT_FORMAT | OPT_CHECKS | OPT_INPUT | OPT_CONFIG | OPT_VERDICT |
	  OPT_FIX | OPT_DATES | OPT_BASELINE, check_formats, cli_check },
	{ "fix", M_P_HELP_FIX,
	  OPT_COLOR | OPT_LANG | OPT_FORMAT | OPT_CHECKS | OPT_INPUT | OPT_CONFIG | OPT_FIX | OPT_DATES,
	  check_formats, cli_fix },
	{ "diff", M_P_HELP_DIFF, OPT_LANG | OPT_FORMAT | OPT_CHECKS | OPT_INPUT | OPT_CONFIG | OPT_DIFF,
	  diff_formats, cli_diff },
	{ "fmt", M_P_HELP_FMT, OPT_COLOR | OPT_LANG | OPT_INPUT | OPT_FMT | OPT_LIMIT, NULL, cli_fmt },
	{ "report", M_P_HELP_REPORT,
	  OPT_LANG | OPT_FORMAT | OPT_INPUT | OPT_CONFIG | OPT_LIMIT | OPT_DATES | OPT_PORTFOLIO,
	  report_formats, cli_report },
	{ "graph", M_P_HELP_GRAPH, OPT_LANG | OPT_INPUT | OPT_CONFIG | OPT_LIMIT | OPT_DATES | OPT_PORTFOLIO,
	  NULL, cli_graph },
	{ "portfolio", M_P_HELP_PORTFOLIO, OPT_LANG | OPT_FORMAT | OPT_INPUT | OPT_CONFIG | OPT_DATES,
	  portfolio_formats, cli_portfolio },
	{ "rules", M_P_HELP_RULES, OPT_LANG | OPT_FORMAT, rules_formats, cli_rules },
	{ "explain", M_P_HELP_EXPLAIN, OPT_LANG, NULL, cli_explain },
	{ "keywords", M_P_HELP_KEYWORDS, OPT_LANG | OPT_FORMAT, rules_formats, cli_keywords },
	{ "lsp", M_P_HELP_LSP, OPT_LANG, NULL, cli_lsp },
	{ "help", M_P_HELP_MAIN, OPT_LANG, NULL, run_help },
};
enum { NCOMMANDS = sizeof commands / sizeof commands[0] };

static const cli_cmd *find(const char *name)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

void cli_help(const cli *c, const cli_cmd *cmd, FILE *out)
{
	fputs(sw_msg_text(cmd ? cmd->help : M_P_HELP_MAIN, c->nl), out);
}

/* samw help [COMMAND] */
static int run_help(cli *c)
{
	const cli_cmd *cmd = NULL;
	if (c->nfiles) {
		cmd = find(c->files[0]);
		if (!cmd || cmd->run == run_help)
			return cli_usage(c, M_P_U_NO_HELP, c->files[0], NULL, NULL);
	}
	cli_help(c, cmd, stdout);
	return EXIT_OK;
}

int cli_usage(const cli *c, sw_msg m, const char *a1, const char *a2, const char *a3)
{
	sw_buf b = { 0 };
	sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE }, { a3, M_NONE } };
	sw_msg_expand(&b, m, a, c->nl);
	cli_say(NULL, sw_buf_str(&b));
	fputs(sw_msg_text(M_P_U_SEE_HELP, c->nl), stderr);
	fputc('\n', stderr);
	sw_buf_free(&b);
	return EXIT_USAGE;
}

static int wants_dutch(void)
{
	const char *vars[3] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	for (int i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return strncmp(v, "nl", 2) == 0;
	}
	return 0;
}

/* Write errors count: what could not be written (a full disk, /dev/full,
 * a closed pipe) is a message and exit status 2, whatever was said before.
 * errno of the failing flush or close tells why; a failure kept from an
 * earlier write is told as an input/output error. */
static int cli_finish(const cli *c, int status)
{
	int err = 0;
	errno = 0;
	if (fflush(stdout) != 0)
		err = errno ? errno : EIO;
	if (ferror(stdout) && !err)
		err = EIO;
	if (fclose(stdout) != 0 && !err)
		err = errno ? errno : EIO;
	if (!err)
		return status;
	char ebuf[64];
	sw_buf b = { 0 };
	sw_darg a[SW_DARGS] = { { cli_errno_text(c, err, ebuf, sizeof ebuf), M_NONE } };
	sw_msg_expand(&b, M_P_WRITE_FAILED, a, c->nl);
	cli_say(NULL, sw_buf_str(&b));
	sw_buf_free(&b);
	return EXIT_USAGE;
}

int main(int argc, char **argv)
{
	/* diagnostics on standard error a line at a time, not a byte */
	setvbuf(stderr, NULL, _IOLBF, 0);
	cli c;
	memset(&c, 0, sizeof c);
	c.color = -1;
	c.max_size = SAMW_MAX_FILE_SIZE;
	c.max_diags = SAMW_MAX_DIAGS;
	c.nl = wants_dutch();
	for (int i = 0; i < SW__COUNT; i++)
		c.override[i] = SAMW_KEEP;
	/* --lang anywhere decides the language of usage messages too */
	for (int i = 1; i < argc; i++) {
		const char *v = strncmp(argv[i], "--lang=", 7) == 0 ? argv[i] + 7
		              : strcmp(argv[i], "--lang") == 0 && i + 1 < argc ? argv[i + 1] : NULL;
		if (v && (strcmp(v, "nl") == 0 || strcmp(v, "en") == 0))
			c.nl = v[0] == 'n';
	}
	if (argc < 2) {
		cli_help(&c, NULL, stderr);
		return EXIT_USAGE;
	}
	const char *name = argv[1];
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
		cli_help(&c, NULL, stdout);
		return cli_finish(&c, EXIT_OK);
	}
	if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
		printf("samw %s\n", samw_version());
		return cli_finish(&c, EXIT_OK);
	}
	const cli_cmd *cmd = find(name);
	if (!cmd)
		return cli_usage(&c, M_P_U_UNKNOWN_COMMAND, name, NULL, NULL);
	int status = cli_options(&c, cmd, argc - 2, argv + 2);
	if (status < 0)
		status = cmd->run(&c);
	free(c.files);
	return cli_finish(&c, status);
}
