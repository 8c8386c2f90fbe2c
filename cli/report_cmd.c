/* samw report, samw graph and samw portfolio: the back ends over every
 * file named. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { RUN_REPORT, RUN_GRAPH, RUN_PORTFOLIO };

/* The horizon of a portfolio: --horizon, else that of the .samwrc that
 * applies to the first file, else 6 months. */
static unsigned horizon_of(cli *c, const sw_paths *paths)
{
	if (c->horizon)
		return c->horizon;
	for (size_t i = 0; i < paths->len; i++) {
		sw_config cfg;
		if (paths->v[i].kind == PATH_FILE)
			return cli_config(c, paths->v[i].shown, &cfg) == 0 ? cfg.horizon : 0;
	}
	return 0;
}

static int run_all(cli *c, int what)
{
	int graph = what == RUN_GRAPH;
	if (!c->nfiles)
		return cli_usage(c, M_P_U_NO_FILES, NULL, NULL, NULL);
	int status = EXIT_OK;
	sw_paths paths;
	sw_paths_init(&paths);
	for (size_t i = 0; i < c->nfiles; i++)
		cli_expand(c, c->files[i], &paths);
	/* the whole report speaks one language, each file's own unless --lang
	 * says otherwise; every diagnostic is kept */
	samw_lang lang = c->lang_set ? (c->nl ? SAMW_LANG_NL : SAMW_LANG_EN) : SAMW_LANG_AUTO;
	samw_portfolio *pf = NULL;
	if (what == RUN_PORTFOLIO) {
		/* one document in one language: --lang, or the environment's */
		pf = samw_portfolio_begin(stdout, (samw_portfolio_format)c->format,
		                          c->nl ? SAMW_LANG_NL : SAMW_LANG_EN, c->today, horizon_of(c, &paths));
		if (!pf)
			abort(); /* c->today is checked by the options */
	}
	samw_report *rep = graph || pf ? NULL : samw_report_begin(stdout, c->format ? SAMW_REPORT_JSON
	                                                                           : SAMW_REPORT_MARKDOWN);
	/* each register of organisations is read once for all files */
	samw_workspace *ws = samw_workspace_new(c->max_size);
	if (rep)
		samw_report_workspace(rep, ws);
	for (size_t i = 0; i < paths.len; i++) {
		const sw_path *p = &paths.v[i];
		const char *path = p->shown;
		if (p->kind != PATH_FILE) {
			if (cli_path_note(c, p, NULL) != EXIT_OK) {
				status = EXIT_USAGE;
				if (rep || pf) {
					sw_buf why = { 0 };
					cli_path_text(c, p, &why);
					if (rep)
						samw_report_failure(rep, path, sw_buf_str(&why));
					else
						samw_portfolio_failure(pf, path, sw_buf_str(&why));
					sw_buf_free(&why);
				}
			}
			continue;
		}
		samw_source *src = NULL;
		samw_options o;
		signed char override[SW__COUNT];
		sw_buf why = { 0 };
		if (cli_load(c, p, &src, NULL, 0, &why) || cli_check_options(c, path, &o, override) != 0) {
			const char *shown = src ? samw_source_path(src) : strcmp(path, "-") == 0
			                    ? (c->stdin_name ? c->stdin_name : "<stdin>") : path;
			const char *msg = why.len ? sw_buf_str(&why) : sw_msg_text(M_P_CFG_FAILED, c->nl);
			if (rep)
				samw_report_failure(rep, shown, msg);
			else if (pf)
				samw_portfolio_failure(pf, shown, msg);
			sw_buf_free(&why);
			samw_source_free(src);
			status = EXIT_USAGE;
			continue;
		}
		/* a report judges the file as it is: no --warnings-as-errors; it
		 * lists at most --max-diagnostics diagnostics of a file, and
		 * counts and judges on all of them */
		o.warnings_as_errors = 0;
		samw_workspace_root(ws, p->root);
		size_t errors = pf ? samw_portfolio_add(pf, src, &o)
		              : graph ? samw_graph_in(ws, stdout, src, &o, lang) : samw_report_add(rep, src, &o, lang);
		if (errors && status == EXIT_OK)
			status = EXIT_ERRORS;
		samw_source_free(src);
	}
	samw_report_end(rep);
	samw_portfolio_end(pf);
	samw_workspace_free(ws);
	fflush(stdout);
	sw_paths_free(&paths);
	return status;
}

int cli_report(cli *c)
{
	/* report --portfolio: the portfolio in the report's format */
	return run_all(c, c->portfolio ? RUN_PORTFOLIO : RUN_REPORT);
}

int cli_graph(cli *c)
{
	if (c->portfolio)
		c->format = SAMW_PORTFOLIO_DOT;
	return run_all(c, c->portfolio ? RUN_PORTFOLIO : RUN_GRAPH);
}

int cli_portfolio(cli *c)
{
	return run_all(c, RUN_PORTFOLIO);
}
