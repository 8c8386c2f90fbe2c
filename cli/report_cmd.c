/* samw report and samw graph: the back ends over every file named. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int run_all(cli *c, int graph)
{
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
	samw_report *rep = graph ? NULL : samw_report_begin(stdout, c->format ? SAMW_REPORT_JSON
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
				if (rep) {
					sw_buf why = { 0 };
					cli_path_text(c, p, &why);
					samw_report_failure(rep, path, sw_buf_str(&why));
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
			if (rep)
				samw_report_failure(rep, src ? samw_source_path(src) : strcmp(path, "-") == 0
				                    ? (c->stdin_name ? c->stdin_name : "<stdin>") : path,
				                    why.len ? sw_buf_str(&why) : sw_msg_text(M_P_CFG_FAILED, c->nl));
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
		size_t errors = graph ? samw_graph_in(ws, stdout, src, &o, lang) : samw_report_add(rep, src, &o, lang);
		if (errors && status == EXIT_OK)
			status = EXIT_ERRORS;
		samw_source_free(src);
	}
	samw_report_end(rep);
	samw_workspace_free(ws);
	fflush(stdout);
	sw_paths_free(&paths);
	return status;
}

int cli_report(cli *c)
{
	return run_all(c, 0);
}

int cli_graph(cli *c)
{
	return run_all(c, 1);
}
