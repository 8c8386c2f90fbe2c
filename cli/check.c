/* samw check: check files and folders, print their diagnostics in one
 * format, and a summary line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../base/buf.h"
#include "../diagnostics/sanitize.h"
#include "baseline.h"
#include "cli.h"

static void summary(const cli *c, const size_t count[3], size_t files)
{
	sw_buf b = { 0 };
	char n[32];
	sw_darg a[SW_DARGS] = { { n, M_NONE } };
	snprintf(n, sizeof n, "%zu", count[SAMW_ERROR]);
	sw_msg_expand(&b, count[SAMW_ERROR] == 1 ? M_P_SUM_ERROR : M_P_SUM_ERRORS, a, c->nl);
	sw_buf_puts(&b, ", ");
	snprintf(n, sizeof n, "%zu", count[SAMW_WARNING]);
	sw_msg_expand(&b, count[SAMW_WARNING] == 1 ? M_P_SUM_WARNING : M_P_SUM_WARNINGS, a, c->nl);
	if (count[SAMW_NOTE]) {
		sw_buf_puts(&b, ", ");
		snprintf(n, sizeof n, "%zu", count[SAMW_NOTE]);
		sw_msg_expand(&b, count[SAMW_NOTE] == 1 ? M_P_SUM_NOTE : M_P_SUM_NOTES, a, c->nl);
	}
	if (files > 1) {
		sw_buf_putc(&b, ' ');
		snprintf(n, sizeof n, "%zu", files);
		sw_msg_expand(&b, M_P_SUM_FILES, a, c->nl);
	}
	fprintf(stdout, "%s\n", sw_buf_str(&b));
	sw_buf_free(&b);
}

/* The line saying how many diagnostics were not shown (the human and gcc
 * formats; the machine formats count them themselves). */
static void dropped(const cli *c, samw_format f, const char *path, size_t n)
{
	if (c->override[SW010] == SAMW_OFF)
		return;
	sw_buf b = { 0 };
	char num[32];
	snprintf(num, sizeof num, "%zu", n);
	sw_darg a[SW_DARGS] = { { num, M_NONE } };
	sw_msg_expand(&b, M_LIMIT_DIAGS, a, c->nl);
	sw_buf p = { 0 };
	sw_safe_path(&p, path);
	if (f == SAMW_FORMAT_GCC)
		fprintf(stdout, "%s: note: %s [SW010]\n", sw_buf_str(&p), sw_buf_str(&b));
	else
		fprintf(stdout, "%s: %s[SW010]: %s\n  = %s: %s\n\n", sw_buf_str(&p),
		        sw_msg_text(M_P_NOTE, c->nl), sw_buf_str(&b),
		        sw_msg_text(M_P_HELP, c->nl), sw_msg_text(M_LIMIT_DIAGS_HELP, c->nl));
	sw_buf_free(&p);
	sw_buf_free(&b);
}

/* --verdict: one line per collaboration, path:line:col: name: sentence */
static void verdicts(const cli *c, const samw_source *src, const samw_result *r)
{
	for (size_t i = 0; i < samw_result_collaborations(r); i++) {
		const char *name;
		samw_position at;
		samw_result_verdict(r, i, &name, &at);
		size_t n = samw_result_sentence(r, i, c->nl ? SAMW_LANG_NL : SAMW_LANG_EN, NULL, 0);
		char *s = malloc(n + 1);
		if (!s)
			abort();
		samw_result_sentence(r, i, c->nl ? SAMW_LANG_NL : SAMW_LANG_EN, s, n + 1);
		sw_buf b = { 0 };
		sw_safe_path(&b, samw_source_path(src));
		sw_buf_printf(&b, ":%u:%u: ", (unsigned)at.line, (unsigned)at.column);
		sw_safe_z(&b, name);
		sw_buf_puts(&b, ": ");
		sw_safe_z(&b, s);
		sw_buf_putc(&b, '\n');
		fputs(sw_buf_str(&b), stdout);
		sw_buf_free(&b);
		free(s);
	}
}

int cli_check(cli *c)
{
	if (!c->nfiles)
		return cli_usage(c, M_P_U_NO_FILES, NULL, NULL, NULL);
	samw_format f = (samw_format)c->format; /* check's formats are in samw_format's order */
	int machine = f != SAMW_FORMAT_HUMAN && f != SAMW_FORMAT_GCC;
	if (c->verdict && machine)
		return cli_usage(c, M_P_U_VERDICT_FORMAT, NULL, NULL, NULL);
	if (c->fix_diff && !c->fix)
		return cli_usage(c, M_P_U_DIFF_NEEDS_FIX, NULL, NULL, NULL);
	if (c->fix && c->verdict)
		return cli_usage(c, M_P_U_FIX_VERDICT, NULL, NULL, NULL);
	for (size_t i = 0; c->fix && !c->fix_diff && i < c->nfiles; i++)
		if (strcmp(c->files[i], "-") == 0)
			return cli_usage(c, M_P_U_FIX_STDIN, NULL, NULL, NULL);
	/* --fix --diff: standard output is the diff alone, for patch or git
	 * apply; the check after fixing only decides the exit status */
	int quiet = c->fix && c->fix_diff;
	if (c->fix && !c->fix_diff)
		cli_writing();
	/* colour only on a terminal, and never under NO_COLOR */
	const char *no_color = getenv("NO_COLOR");
	if (no_color && *no_color)
		c->color = 0;
	else if (c->color < 0)
		c->color = isatty(1);

	sw_bl_run bl;
	if (cli_baseline_begin(c, &bl) != 0)
		return EXIT_USAGE;
	int status = EXIT_OK;
	size_t count[3] = { 0, 0, 0 }, checked = 0;
	samw_emitter *e = quiet ? NULL
	                : samw_emit_begin(stdout, f, c->nl ? SAMW_LANG_NL : SAMW_LANG_EN,
	                                  !machine && c->color);
	if (quiet)
		machine = 0; /* nothing to tell an emitter */
	sw_paths paths;
	sw_paths_init(&paths);
	int folder = 0; /* a folder named: its registers' unused organisations
	                   can be told */
	for (size_t i = 0; i < c->nfiles; i++) {
		cli_expand(c, c->files[i], &paths);
		folder |= paths.len && paths.v[paths.len - 1].root != NULL;
	}
	c->ws = samw_workspace_new(c->max_size);
	for (size_t i = 0; i < paths.len; i++) {
		const sw_path *p = &paths.v[i];
		if (p->kind != PATH_FILE) {
			if (cli_path_note(c, p, machine ? e : NULL) != EXIT_OK)
				status = EXIT_USAGE;
			continue;
		}
		const char *path = p->shown;
		samw_source *src;
		if (cli_load(c, p, &src, machine ? e : NULL, 0, NULL)) {
			status = EXIT_USAGE;
			continue;
		}
		samw_options o;
		signed char override[SW__COUNT];
		if (cli_check_options(c, path, &o, override) != 0) {
			status = EXIT_USAGE;
			if (machine)
				samw_emit_failure(e, samw_source_path(src), sw_msg_text(M_P_CFG_FAILED, c->nl));
			samw_source_free(src);
			continue;
		}
		o.no_verdicts = !c->verdict; /* only --verdict reads them */
		if (c->fix && cli_fix_file(c, p, &src, &o) != EXIT_OK)
			status = EXIT_USAGE;
		/* a baseline: every finding, each in its collaboration */
		int failed = 0;
		sw_baseline *base = c->verdict ? NULL : cli_baseline_for(c, &bl, samw_source_path(src), &failed);
		size_t max = o.max_diagnostics;
		if (failed)
			status = EXIT_USAGE;
		if (base || bl.writing)
			o.no_verdicts = 0, o.max_diagnostics = 0;
		samw_workspace_root(c->ws, p->root);
		samw_result *r = samw_check_in(c->ws, src, &o);
		if (base)
			cli_baseline_apply(base, samw_source_path(src), r, max);
		if (bl.writing) {
			cli_baseline_record(&bl.write, samw_source_path(src), r);
			samw_result_free(r);
			samw_source_free(src);
			continue;
		}
		if (c->verdict)
			verdicts(c, src, r);
		else if (e)
			samw_emit(e, src, r);
		if (samw_result_dropped(r) && !machine && !c->verdict && e)
			dropped(c, f, samw_source_path(src), samw_result_dropped(r));
		for (int s = 0; s < 3; s++)
			count[s] += samw_result_count(r, (samw_severity)s);
		if (samw_result_count(r, SAMW_ERROR) && status == EXIT_OK)
			status = EXIT_ERRORS;
		checked++;
		samw_result_free(r);
		samw_source_free(src);
	}
	/* what needs every file: the registers, once all have been read */
	if (!c->verdict) {
		size_t n = samw_workspace_registers(c->ws);
		for (size_t i = 0; i < n; i++) {
			samw_source *src = samw_workspace_source(c->ws, i);
			samw_options o;
			signed char override[SW__COUNT];
			if (cli_check_options(c, samw_source_path(src), &o, override) != 0) {
				samw_source_free(src);
				continue; /* said when the file itself was checked */
			}
			samw_result *r = samw_workspace_check(c->ws, i, &o, folder);
			if (samw_result_len(r) || samw_result_dropped(r))
				samw_emit_more(e, src, r);
			for (int s = 0; s < 3; s++)
				count[s] += samw_result_count(r, (samw_severity)s);
			if (samw_result_count(r, SAMW_ERROR) && status == EXIT_OK)
				status = EXIT_ERRORS;
			samw_result_free(r);
			samw_source_free(src);
		}
	}
	samw_workspace_free(c->ws);
	c->ws = NULL;
	samw_emit_end(e);
	if (f == SAMW_FORMAT_HUMAN && checked && e)
		summary(c, count, checked);
	sw_paths_free(&paths);
	/* writing a baseline records the findings: they fail nothing */
	if (bl.writing && status == EXIT_ERRORS)
		status = EXIT_OK;
	return cli_baseline_end(c, &bl, status);
}
