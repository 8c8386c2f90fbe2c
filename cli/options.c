/* The one option parser of every command: each takes the options its
 * table entry names, so the same mistake gets the same message and exit
 * status everywhere. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../base/buf.h"
#include "../base/date.h"
#include "../semantics/dates.h"
#include "cli.h"

static int parse_size(const char *s, size_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *end || s[0] == '-')
		return 0;
	*out = (size_t)v;
	return 1;
}

/* "a, b or c" in the message language. */
static void one_of(const cli *c, sw_buf *b, const char *const *v)
{
	size_t n = 0;
	while (v[n])
		n++;
	for (size_t i = 0; i < n; i++) {
		if (i)
			sw_buf_puts(b, i + 1 == n ? " " : ", ");
		if (i && i + 1 == n) {
			sw_buf_puts(b, sw_msg_text(M_P_OR, c->nl));
			sw_buf_putc(b, ' ');
		}
		sw_buf_puts(b, v[i]);
	}
}

/* The index of val in v, or -1 after the usage message (in *bad). */
static int choose(const cli *c, const char *opt, const char *val, const char *const *v, int *bad)
{
	for (int i = 0; v[i]; i++)
		if (strcmp(val, v[i]) == 0)
			return i;
	sw_buf b = { 0 };
	one_of(c, &b, v);
	*bad = cli_usage(c, M_P_U_TAKES, opt, sw_buf_str(&b), val);
	sw_buf_free(&b);
	return -1;
}

static const char *const colors[] = { "auto", "always", "never", NULL };
static const char *const langs[] = { "en", "nl", NULL };

/* name matches a and takes a value ("--name V" or "--name=V") */
static int named(const char *a, const char *name, size_t *n)
{
	*n = strlen(name);
	return strncmp(a, name, *n) == 0 && (a[*n] == '=' || a[*n] == '\0');
}

/* One option at argv[*i]; returns 0 when it is not one cmd takes. */
static int option(cli *c, const cli_cmd *cmd, int argc, char **argv, int *i, int *bad)
{
	const char *a = argv[*i], *val = NULL;
	size_t n;
	unsigned o = cmd->opts;
#define TAKES(name) (named(a, name, &n))
#define VALUE()                                                                  \
	do {                                                                     \
		if (a[n] == '=') {                                               \
			val = a + n + 1;                                         \
		} else if (*i + 1 < argc) {                                      \
			val = argv[++*i];                                        \
		} else {                                                         \
			*bad = cli_usage(c, M_P_U_NEEDS_VALUE, a, NULL, NULL);   \
			return 1;                                                \
		}                                                                \
	} while (0)
	if ((o & OPT_COLOR) && (TAKES("--color") || TAKES("--colour"))) {
		VALUE();
		int k = choose(c, "--color", val, colors, bad);
		if (k >= 0)
			c->color = k == 0 ? -1 : k == 1;
		return 1;
	}
	if ((o & OPT_LANG) && TAKES("--lang")) {
		VALUE();
		int k = choose(c, "--lang", val, langs, bad);
		if (k >= 0)
			c->nl = k, c->lang_set = 1;
		return 1;
	}
	if ((o & OPT_FORMAT) && TAKES("--format")) {
		VALUE();
		int k = choose(c, "--format", val, cmd->formats, bad);
		if (k >= 0)
			c->format = k;
		return 1;
	}
	if ((o & OPT_CONFIG) && strcmp(a, "--no-config") == 0) {
		c->no_config = 1;
		return 1;
	}
	if ((o & (OPT_CHECKS | OPT_LIMIT)) && TAKES("--max-diagnostics")) {
		VALUE();
		c->max_set = 1;
		if (!parse_size(val, &c->max_diags))
			*bad = cli_usage(c, M_P_U_TAKES, "--max-diagnostics", sw_msg_text(M_P_U_A_NUMBER, c->nl), val);
		return 1;
	}
	if ((o & OPT_CHECKS) && (TAKES("--allow") || TAKES("--warn") || TAKES("--deny"))) {
		samw_severity sev = a[2] == 'a' ? SAMW_OFF : a[2] == 'w' ? SAMW_WARNING : SAMW_ERROR;
		VALUE();
		long k = samw_check_find(val);
		if (k < 0)
			*bad = cli_usage(c, M_P_U_UNKNOWN_CHECK, val, NULL, NULL);
		else
			c->override[k] = (signed char)sev;
		return 1;
	}
	if ((o & OPT_CHECKS) && (strcmp(a, "--warnings-as-errors") == 0 || strcmp(a, "-Werror") == 0)) {
		c->werror = 1;
		return 1;
	}
	if ((o & OPT_DATES) && TAKES("--today")) {
		VALUE();
		if (!samw_date_valid(val))
			*bad = cli_usage(c, M_P_U_TAKES, "--today", sw_msg_text(M_P_U_A_DATE, c->nl), val);
		else
			snprintf(c->today, sizeof c->today, "%s", val);
		return 1;
	}
	if ((o & OPT_DATES) && TAKES("--horizon")) {
		VALUE();
		if (!cli_months(val, &c->horizon))
			*bad = cli_usage(c, M_P_U_TAKES, "--horizon", sw_msg_text(M_P_U_MONTHS, c->nl), val);
		return 1;
	}
	if ((o & OPT_PORTFOLIO) && strcmp(a, "--portfolio") == 0) {
		c->portfolio = 1;
		return 1;
	}
	if ((o & OPT_VERDICT) && strcmp(a, "--verdict") == 0) {
		c->verdict = 1;
		return 1;
	}
	if ((o & OPT_FIX) && (strcmp(a, "--fix") == 0 || strcmp(a, "--diff") == 0)) {
		*(a[2] == 'f' ? &c->fix : &c->fix_diff) = 1;
		return 1;
	}
	if ((o & OPT_INPUT) && TAKES("--max-file-size")) {
		VALUE();
		if (!parse_size(val, &c->max_size) || c->max_size == 0)
			*bad = cli_usage(c, M_P_U_TAKES, "--max-file-size", sw_msg_text(M_P_U_BYTES, c->nl), val);
		return 1;
	}
	if ((o & OPT_INPUT) && TAKES("--stdin-filename")) {
		VALUE();
		c->stdin_name = val;
		return 1;
	}
	if ((o & OPT_DIFF) && TAKES("--git")) {
		VALUE();
		c->git_rev = val;
		return 1;
	}
	if ((o & OPT_DIFF) && (strcmp(a, "--staged") == 0 || strcmp(a, "--cached") == 0)) {
		c->staged = 1;
		return 1;
	}
	if ((o & OPT_DIFF) && TAKES("--fail-on")) {
		static const char *const fails[] = { "new-errors", "new-warnings", "verdict-lost",
		                                     "party-left", "any", NULL };
		VALUE();
		/* comma-separated, or the option repeated */
		const char *s = val;
		for (;;) {
			size_t k = strcspn(s, ",");
			int f = -1;
			for (int j = 0; fails[j]; j++)
				if (strlen(fails[j]) == k && strncmp(s, fails[j], k) == 0)
					f = j;
			if (f < 0) {
				*bad = cli_usage(c, M_P_U_TAKES, "--fail-on", sw_msg_text(M_P_CH_U_FAIL_ON, c->nl), val);
				return 1;
			}
			c->fail_on |= f == 4 ? FAIL_ANY : 1u << f;
			if (!s[k])
				break;
			s += k + 1;
		}
		return 1;
	}
	if ((o & OPT_BASELINE) && (TAKES("--baseline") || TAKES("--write-baseline"))) {
		int w = a[2] == 'w';
		VALUE();
		if (w)
			c->write_baseline = val;
		else
			c->baseline = val;
		return 1;
	}
	if (o & OPT_FMT) {
		static const char *const modes[] = { "--check", "--diff", "--write", "-w" };
		for (int k = 0; k < 4; k++) {
			if (strcmp(a, modes[k]) == 0) {
				c->fmt_mode = k == 3 ? FMT_WRITE : k + 1;
				return 1;
			}
		}
	}
	return 0;
#undef TAKES
#undef VALUE
}

int cli_months(const char *s, unsigned *out)
{
	size_t v;
	if (!parse_size(s, &v) || v < 1 || v > SW_HORIZON_MAX)
		return 0;
	*out = (unsigned)v;
	return 1;
}

/* Today, when no --today says otherwise: SOURCE_DATE_EPOCH (so that a
 * build or CI run gives the same output whenever it runs), else the
 * clock; the day in UTC. A bad SOURCE_DATE_EPOCH is a usage error. */
static int today(cli *c)
{
	if (sw_date_today(c->today) != 0)
		return cli_usage(c, M_P_U_TAKES, "SOURCE_DATE_EPOCH", sw_msg_text(M_P_U_SECONDS, c->nl),
		                 getenv("SOURCE_DATE_EPOCH"));
	return 0;
}

int cli_options(cli *c, const cli_cmd *cmd, int argc, char **argv)
{
	/* help first, wherever it stands */
	for (int i = 0; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			cli_help(c, strcmp(cmd->name, "help") == 0 ? NULL : cmd, stdout);
			return EXIT_OK;
		}
	}
	c->files = calloc((size_t)argc + 1, sizeof *c->files);
	if (!c->files)
		abort();
	int only_files = 0;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (only_files || a[0] != '-' || !a[1]) {
			c->files[c->nfiles++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_files = 1;
			continue;
		}
		int bad = 0;
		if (!option(c, cmd, argc, argv, &i, &bad))
			bad = cli_usage(c, M_P_U_UNKNOWN_OPTION, a, NULL, NULL);
		if (bad)
			return bad;
	}
	if ((cmd->opts & OPT_DATES) && !c->today[0] && today(c))
		return EXIT_USAGE;
	return -1;
}
