/* samw report and samw graph: the back ends in backend/report.c and
 * backend/graph.c over every file named. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../backend/graph.h"
#include "../backend/report.h"
#include "cli.h"

enum { EXIT_OK = 0, EXIT_ERRORS = 1, EXIT_USAGE = 2 };

typedef struct run {
	int graph, json;
	int lang;        /* -1: each file's own; else 0 en, 1 nl */
	sw_paths paths;
} run;

/* The value of option name at argv[*i] ("--name V" or "--name=V"), or
 * NULL when argv[*i] is another option. *bad is set when it lacks one. */
static const char *value(cli *c, int argc, char **argv, int *i, const char *name, int *bad)
{
	size_t n = strlen(name);
	const char *a = argv[*i];
	if (strncmp(a, name, n) != 0 || (a[n] != '=' && a[n] != '\0'))
		return NULL;
	if (a[n] == '=')
		return a + n + 1;
	if (*i + 1 < argc)
		return argv[++*i];
	*bad = cli_usage(c, "option '%s' needs a value", a);
	return NULL;
}

static int options(cli *c, int argc, char **argv, run *r)
{
	int only_files = 0, nfiles = 0;
	const char *cmd = r->graph ? "graph" : "report";
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i], *v;
		int bad = 0;
		if (only_files || a[0] != '-' || !a[1]) {
			nfiles++;
			if (cli_expand(c, a, &r->paths) != 0)
				bad = EXIT_USAGE;
		} else if (strcmp(a, "--") == 0) {
			only_files = 1;
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			cli_help(c, cmd, stdout);
			return -1;
		} else if (strcmp(a, "--no-config") == 0) {
			c->no_config = 1;
		} else if (!r->graph && (v = value(c, argc, argv, &i, "--format", &bad))) {
			if (strcmp(v, "markdown") == 0 || strcmp(v, "json") == 0)
				r->json = v[0] == 'j';
			else
				bad = cli_usage(c, "--format takes markdown or json, not '%s'", v);
		} else if (!bad && (v = value(c, argc, argv, &i, "--lang", &bad))) {
			if (strcmp(v, "en") == 0 || strcmp(v, "nl") == 0)
				r->lang = c->nl = v[0] == 'n';
			else
				bad = cli_usage(c, "--lang takes en or nl, not '%s'", v);
		} else if (!bad && (v = value(c, argc, argv, &i, "--stdin-filename", &bad))) {
			c->stdin_name = v;
		} else if (!bad) {
			bad = cli_usage(c, "unknown option '%s'", a);
		}
		if (bad)
			return bad;
	}
	if (!nfiles)
		return cli_usage(c, "%s", c->nl ? "noem een of meer bestanden, of - voor standaardinvoer"
		                                 : "name one or more files, or - for standard input");
	return 0;
}

static int run_all(cli *c, int argc, char **argv, int graph)
{
	run r;
	memset(&r, 0, sizeof r);
	r.graph = graph;
	r.lang = -1;
	sw_paths_init(&r.paths);
	int status = options(c, argc, argv, &r);
	if (status) {
		sw_paths_free(&r.paths);
		return status < 0 ? EXIT_OK : status;
	}
	sw_report rep;
	if (!graph)
		sw_report_begin(&rep, stdout, r.json);
	for (size_t i = 0; i < r.paths.len; i++) {
		const char *path = r.paths.v[i];
		const char *shown = strcmp(path, "-") == 0 ? (c->stdin_name ? c->stdin_name : "<stdin>") : path;
		sw_source src;
		sw_config cfg;
		int loaded = cli_load(c, path, &src) == 0;
		if (!loaded || cli_config(c, path, &cfg) != 0) {
			if (loaded)
				samw_unload(&src);
			if (!graph)
				sw_report_unread(&rep, shown);
			status = EXIT_USAGE;
			continue;
		}
		/* the whole report speaks one language, the file's unless --lang
		 * says otherwise; every diagnostic is kept */
		samw_opts o = { 0, 0, cfg.override, 0, NULL };
		if (strcmp(path, "-") == 0 && !c->stdin_name)
			o.doc_dir = ".";
		sw_survey sv;
		sw_survey_file(&src, &o, &sv);
		o.nl = r.lang >= 0 ? r.lang : sv.lang == SW_LANG_NL;
		size_t errors = graph ? sw_graph_file(stdout, &src, &o) : sw_report_file(&rep, &src, &o, &sv);
		if (errors && status == EXIT_OK)
			status = EXIT_ERRORS;
		samw_unload(&src);
	}
	if (!graph)
		sw_report_end(&rep);
	fflush(stdout);
	sw_paths_free(&r.paths);
	return status;
}

int cli_report(cli *c, int argc, char **argv)
{
	return run_all(c, argc, argv, 0);
}

int cli_graph(cli *c, int argc, char **argv)
{
	return run_all(c, argc, argv, 1);
}
