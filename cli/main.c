/* samw: the command-line interface, a thin layer over libsamw. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../base/buf.h"
#include "../diagnostics/formats.h"
#include "../diagnostics/render.h"
#include "../include/samw.h"
#include "cli.h"

enum { EXIT_OK = 0, EXIT_ERRORS = 1, EXIT_USAGE = 2 };

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

/* Usage messages in Dutch, keyed by their English form. */
static const char *const usage_nl[][2] = {
	{ "option '%s' needs a value", "optie '%s' heeft een waarde nodig" },
	{ "--color takes auto, always or never, not '%s'", "--color is auto, always of never, niet '%s'" },
	{ "--lang takes en or nl, not '%s'", "--lang is en of nl, niet '%s'" },
	{ "--format takes human, gcc, json, sarif or github, not '%s'",
	  "--format is human, gcc, json, sarif of github, niet '%s'" },
	{ "--format takes text, json or markdown, not '%s'", "--format is text, json of markdown, niet '%s'" },
	{ "--format takes markdown or json, not '%s'", "--format is markdown of json, niet '%s'" },
	{ "--max-diagnostics takes a number, not '%s'", "--max-diagnostics is een getal, niet '%s'" },
	{ "--max-file-size takes a number of bytes, not '%s'", "--max-file-size is een aantal bytes, niet '%s'" },
	{ "'%s' is not a check code or name (see 'samw rules')",
	  "'%s' is geen code of naam van een controle (zie 'samw rules')" },
	{ "unknown option '%s'", "onbekende optie '%s'" },
	{ "unknown command '%s'", "onbekende opdracht '%s'" },
	{ "no help on '%s'; try 'samw --help'", "geen hulp bij '%s'; probeer 'samw --help'" },
};

int cli_usage(const cli *c, const char *fmt, const char *arg)
{
	if (c->nl)
		for (size_t i = 0; i < sizeof usage_nl / sizeof usage_nl[0]; i++)
			if (strcmp(fmt, usage_nl[i][0]) == 0)
				fmt = usage_nl[i][1];
	fflush(stdout);
	fprintf(stderr, "samw: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s\n", c->nl ? "Zie 'samw --help'." : "See 'samw --help'.");
	return EXIT_USAGE;
}

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

/* Options shared by the commands; returns 1 if argv[*i] was one. */
static int common_option(cli *c, int argc, char **argv, int *i, int *bad)
{
	const char *a = argv[*i];
	const char *val = NULL;
	size_t n;
#define OPT(name) \
	((n = strlen(name)), strncmp(a, name, n) == 0 && (a[n] == '=' || a[n] == '\0'))
#define VALUE()                                                              \
	do {                                                                 \
		if (a[n] == '=') {                                           \
			val = a + n + 1;                                     \
		} else if (*i + 1 < argc) {                                  \
			val = argv[++*i];                                    \
		} else {                                                     \
			*bad = cli_usage(c, "option '%s' needs a value", a); \
			return 1;                                            \
		}                                                            \
	} while (0)
	if (OPT("--color") || OPT("--colour")) {
		VALUE();
		if (strcmp(val, "auto") == 0)
			c->color = -1;
		else if (strcmp(val, "always") == 0)
			c->color = 1;
		else if (strcmp(val, "never") == 0)
			c->color = 0;
		else
			*bad = cli_usage(c, "--color takes auto, always or never, not '%s'", val);
		return 1;
	}
	if (OPT("--lang")) {
		VALUE();
		if (strcmp(val, "en") == 0)
			c->nl = 0, c->lang_set = 1;
		else if (strcmp(val, "nl") == 0)
			c->nl = 1, c->lang_set = 1;
		else
			*bad = cli_usage(c, "--lang takes en or nl, not '%s'", val);
		return 1;
	}
	if (OPT("--format")) {
		VALUE();
		if (strcmp(val, "human") == 0)
			c->format = FMT_HUMAN;
		else if (strcmp(val, "gcc") == 0)
			c->format = FMT_GCC;
		else if (strcmp(val, "json") == 0)
			c->format = FMT_JSON;
		else if (strcmp(val, "sarif") == 0)
			c->format = FMT_SARIF;
		else if (strcmp(val, "github") == 0)
			c->format = FMT_GITHUB;
		else
			*bad = cli_usage(c, "--format takes human, gcc, json, sarif or github, not '%s'", val);
		return 1;
	}
	if (strcmp(a, "--no-config") == 0) {
		c->no_config = 1;
		return 1;
	}
	if (OPT("--max-diagnostics")) {
		VALUE();
		c->max_set = 1;
		if (!parse_size(val, &c->max_diags))
			*bad = cli_usage(c, "--max-diagnostics takes a number, not '%s'", val);
		return 1;
	}
	if (OPT("--max-file-size")) {
		VALUE();
		if (!parse_size(val, &c->max_size) || c->max_size == 0)
			*bad = cli_usage(c, "--max-file-size takes a number of bytes, not '%s'", val);
		return 1;
	}
	if (OPT("--allow") || OPT("--warn") || OPT("--deny")) {
		sw_sev sev = a[2] == 'a' ? SEV_OFF : a[2] == 'w' ? SEV_WARNING : SEV_ERROR;
		VALUE();
		sw_check k;
		if (!sw_check_find(val, &k))
			*bad = cli_usage(c, "'%s' is not a check code or name (see 'samw rules')", val);
		else
			c->override[k] = (int8_t)sev;
		return 1;
	}
	if (strcmp(a, "--warnings-as-errors") == 0 || strcmp(a, "-Werror") == 0) {
		c->werror = 1;
		return 1;
	}
	if (OPT("--stdin-filename")) {
		VALUE();
		c->stdin_name = val;
		return 1;
	}
	return 0;
#undef OPT
#undef VALUE
}

static void summary(const cli *c, const size_t count[3], size_t files)
{
	sw_buf b = { 0 };
	char n[32];
	sw_darg a[SW_DARGS] = { { n, M_NONE } };
	snprintf(n, sizeof n, "%zu", count[SEV_ERROR]);
	sw_msg_expand(&b, count[SEV_ERROR] == 1 ? M_P_SUM_ERROR : M_P_SUM_ERRORS, a, c->nl);
	sw_buf_puts(&b, ", ");
	snprintf(n, sizeof n, "%zu", count[SEV_WARNING]);
	sw_msg_expand(&b, count[SEV_WARNING] == 1 ? M_P_SUM_WARNING : M_P_SUM_WARNINGS, a, c->nl);
	if (count[SEV_NOTE]) {
		sw_buf_puts(&b, ", ");
		snprintf(n, sizeof n, "%zu", count[SEV_NOTE]);
		sw_msg_expand(&b, count[SEV_NOTE] == 1 ? M_P_SUM_NOTE : M_P_SUM_NOTES, a, c->nl);
	}
	if (files > 1) {
		sw_buf_putc(&b, ' ');
		snprintf(n, sizeof n, "%zu", files);
		sw_msg_expand(&b, M_P_SUM_FILES, a, c->nl);
	}
	fprintf(stdout, "%s\n", sw_buf_str(&b));
	sw_buf_free(&b);
}

static void file_error(const cli *c, const char *path, sw_msg m, const char *arg)
{
	sw_buf b = { 0 };
	sw_darg a[SW_DARGS] = { { arg, M_NONE } };
	sw_msg_expand(&b, m, a, c->nl);
	fflush(stdout);
	fprintf(stderr, "samw: %s: %s\n", path, sw_buf_str(&b));
	if (c->emit)
		sw_emit_failure(c->emit, path, sw_buf_str(&b));
	sw_buf_free(&b);
}

/* Load one input, or say why not. Returns 0 when src is ready. */
int cli_load(const cli *c, const char *path, sw_source *src)
{
	int too_big = 0;
	int e = samw_load(path, c->max_size, src, &too_big);
	const char *shown = strcmp(path, "-") == 0
		? (c->stdin_name ? c->stdin_name : "<stdin>") : path;
	src->path = shown;
	if (e == ENOENT) {
		file_error(c, shown, M_P_FILE_MISSING, NULL);
	} else if (e == EISDIR) {
		file_error(c, shown, M_P_FILE_DIR, NULL);
	} else if (e == ENODEV) {
		file_error(c, shown, M_P_FILE_NOT_REGULAR, NULL);
	} else if (e) {
		file_error(c, shown, M_P_FILE_UNREADABLE, strerror(e));
	} else if (too_big) {
		char n[32];
		snprintf(n, sizeof n, "%zu", c->max_size);
		file_error(c, shown, M_P_FILE_TOO_BIG, n);
		e = EFBIG;
	} else if (src->len == 0) {
		file_error(c, shown, M_P_FILE_EMPTY, NULL);
		samw_unload(src);
		e = ENODATA;
	}
	return e;
}

static int cmd_check(cli *c, int argc, char **argv)
{
	const char **files = calloc((size_t)argc + 1, sizeof *files);
	if (!files)
		return EXIT_USAGE;
	size_t nfiles = 0;
	int only_files = 0;
	for (int i = 0; i < argc; i++) {
		int bad = 0;
		if (!only_files && strcmp(argv[i], "--") == 0) {
			only_files = 1;
		} else if (!only_files && argv[i][0] == '-' && argv[i][1]) {
			if (!common_option(c, argc, argv, &i, &bad))
				bad = cli_usage(c, "unknown option '%s'", argv[i]);
			if (bad) {
				free(files);
				return bad;
			}
		} else {
			files[nfiles++] = argv[i];
		}
	}
	if (!nfiles) {
		free(files);
		return cli_usage(c, "%s", c->nl ? "noem een of meer bestanden, of - voor standaardinvoer"
		                                  : "name one or more files, or - for standard input");
	}
	/* colour only on a terminal, and never under NO_COLOR */
	const char *no_color = getenv("NO_COLOR");
	if (no_color && *no_color)
		c->color = 0;
	else if (c->color < 0)
		c->color = isatty(1);

	int status = EXIT_OK;
	size_t count[3] = { 0, 0, 0 }, checked = 0;
	sw_render r = { stdout, c->color, c->nl };
	sw_emit emit;
	int machine = c->format == FMT_JSON || c->format == FMT_SARIF || c->format == FMT_GITHUB;
	if (machine) {
		r.color = 0;
		sw_emit_begin(&emit, &r, c->format);
		c->emit = &emit;
	}
	sw_paths paths;
	sw_paths_init(&paths);
	for (size_t i = 0; i < nfiles; i++) {
		if (cli_expand(c, files[i], &paths) != 0)
			status = EXIT_USAGE;
	}
	for (size_t i = 0; i < paths.len; i++) {
		const char *path = paths.v[i];
		sw_source src;
		if (cli_load(c, path, &src)) {
			status = EXIT_USAGE;
			continue;
		}
		/* .samwrc first, then the command line over it */
		sw_config cfg;
		if (cli_config(c, path, &cfg) != 0) {
			status = EXIT_USAGE;
			samw_unload(&src);
			continue;
		}
		int8_t override[SW__COUNT];
		for (int k = 0; k < SW__COUNT; k++)
			override[k] = c->override[k] != SW_SEV_KEEP ? c->override[k] : cfg.override[k];
		samw_opts o = { c->nl, c->max_set || !cfg.max_set ? c->max_diags : cfg.max_diags,
		                override, c->werror || cfg.werror, NULL };
		if (strcmp(path, "-") == 0 && !c->stdin_name)
			o.doc_dir = ".";
		sw_diags d;
		sw_diags_init(&d, 0);
		samw_check(&src, &o, &d);
		if (machine)
			sw_emit_file(&emit, &src, &d);
		else if (c->format == FMT_GCC)
			sw_render_gcc(&r, &src, &d);
		else
			sw_render_human(&r, &src, &d);
		if (d.dropped && !machine)
			cli_dropped(c, &src, d.dropped);
		for (int s = 0; s < 3; s++)
			count[s] += d.count[s];
		if (d.count[SEV_ERROR] && status == EXIT_OK)
			status = EXIT_ERRORS;
		checked++;
		sw_diags_free(&d);
		samw_unload(&src);
	}
	if (machine)
		sw_emit_end(&emit);
	c->emit = NULL;
	if (c->format == FMT_HUMAN && checked)
		summary(c, count, checked);
	sw_paths_free(&paths);
	free(files);
	return status;
}

void cli_dropped(const cli *c, const sw_source *src, size_t n)
{
	if (c->override[SW010] == SEV_OFF)
		return;
	sw_buf b = { 0 };
	char num[32];
	snprintf(num, sizeof num, "%zu", n);
	sw_darg a[SW_DARGS] = { { num, M_NONE } };
	sw_msg_expand(&b, M_LIMIT_DIAGS, a, c->nl);
	if (c->format == FMT_GCC)
		fprintf(stdout, "%s: note: %s [SW010]\n", src->path, sw_buf_str(&b));
	else
		fprintf(stdout, "%s: %s[SW010]: %s\n  = %s: %s\n\n", src->path,
		        sw_msg_text(M_P_NOTE, c->nl), sw_buf_str(&b),
		        sw_msg_text(M_P_HELP, c->nl), sw_msg_text(M_LIMIT_DIAGS_HELP, c->nl));
	sw_buf_free(&b);
}

int main(int argc, char **argv)
{
	cli c;
	memset(&c, 0, sizeof c);
	c.color = -1;
	c.max_size = SAMW_MAX_FILE_SIZE;
	c.max_diags = SAMW_MAX_DIAGS;
	c.nl = wants_dutch();
	for (int i = 0; i < SW__COUNT; i++)
		c.override[i] = SW_SEV_KEEP;
	/* --lang anywhere decides the language of usage messages too */
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--lang=nl") == 0 || (strcmp(argv[i], "--lang") == 0 && i + 1 < argc && strcmp(argv[i + 1], "nl") == 0))
			c.nl = 1;
		else if (strcmp(argv[i], "--lang=en") == 0 || (strcmp(argv[i], "--lang") == 0 && i + 1 < argc && strcmp(argv[i + 1], "en") == 0))
			c.nl = 0;
	}
	if (argc < 2) {
		cli_help(&c, NULL, stderr);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
		cli_help(&c, NULL, stdout);
		return EXIT_OK;
	}
	if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
		printf("samw %s\n", SAMW_VERSION);
		return EXIT_OK;
	}
	if (strcmp(cmd, "help") == 0) {
		const char *topic = argc > 2 ? argv[2] : NULL;
		if (topic && !cli_help_known(topic))
			return cli_usage(&c, "no help on '%s'; try 'samw --help'", topic);
		cli_help(&c, topic, stdout);
		return EXIT_OK;
	}
	if (strcmp(cmd, "check") == 0) {
		for (int i = 2; i < argc; i++) {
			if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
				cli_help(&c, "check", stdout);
				return EXIT_OK;
			}
		}
		return cmd_check(&c, argc - 2, argv + 2);
	}
	if (strcmp(cmd, "fmt") == 0) {
		for (int i = 2; i < argc; i++) {
			if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
				cli_help(&c, "fmt", stdout);
				return EXIT_OK;
			}
		}
		return cli_fmt(&c, argc - 2, argv + 2);
	}
	for (int i = 2; i < argc; i++) {
		if ((strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) && cli_help_known(cmd)) {
			cli_help(&c, cmd, stdout);
			return EXIT_OK;
		}
	}
	if (strcmp(cmd, "report") == 0)
		return cli_report(&c, argc - 2, argv + 2);
	if (strcmp(cmd, "graph") == 0)
		return cli_graph(&c, argc - 2, argv + 2);
	if (strcmp(cmd, "rules") == 0)
		return cli_rules(&c, argc - 2, argv + 2);
	if (strcmp(cmd, "explain") == 0)
		return cli_explain(&c, argc - 2, argv + 2);
	return cli_usage(&c, "unknown command '%s'", cmd);
}
