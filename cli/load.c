/* Loading inputs for every command, and saying why one cannot be read. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../base/buf.h"
#include "../diagnostics/sanitize.h"
#include "cli.h"

const char *cli_errno_text(const cli *c, int err, char *buf, size_t n)
{
	return sw_errno_text(err, c->nl, buf, n);
}

void cli_say(const char *path, const char *text)
{
	sw_buf b = { 0 };
	sw_buf_puts(&b, "samw: ");
	if (path) {
		sw_safe_path(&b, path);
		sw_buf_puts(&b, ": ");
	}
	sw_safe_z(&b, text);
	sw_buf_putc(&b, '\n');
	fflush(stdout);
	fputs(sw_buf_str(&b), stderr);
	sw_buf_free(&b);
}

void cli_file_error(const cli *c, const char *path, sw_msg m, const char *arg)
{
	sw_buf b = { 0 };
	sw_darg a[SW_DARGS] = { { arg, M_NONE } };
	sw_msg_expand(&b, m, a, c->nl);
	cli_say(path, sw_buf_str(&b));
	sw_buf_free(&b);
}

void cli_path_text(const cli *c, const sw_path *p, sw_buf *out)
{
	char ebuf[64], lim[32];
	const char *a = NULL;
	if (p->msg == M_P_WALK_UNREADABLE)
		a = cli_errno_text(c, p->err, ebuf, sizeof ebuf);
	else if (p->msg == M_P_WALK_TOO_DEEP)
		snprintf(lim, sizeof lim, "%d", SAMW_MAX_WALK_DEPTH), a = lim;
	sw_darg x[SW_DARGS] = { { a, M_NONE } };
	sw_msg_expand(out, p->msg, x, c->nl);
}

int cli_path_note(const cli *c, const sw_path *p, samw_emitter *e)
{
	sw_buf b = { 0 };
	cli_path_text(c, p, &b);
	cli_say(p->shown, sw_buf_str(&b));
	if (e && p->kind == PATH_FAIL)
		samw_emit_failure(e, p->shown, sw_buf_str(&b));
	sw_buf_free(&b);
	return p->kind == PATH_FAIL ? EXIT_USAGE : EXIT_OK;
}

int cli_load(const cli *c, const sw_path *p, samw_source **src, samw_emitter *e, int empty_ok,
             sw_buf *why)
{
	int err = 0;
	const char *path = p->open ? p->open : p->shown;
	samw_read r = samw_source_read_ex(path, c->max_size, p->flags, src, &err);
	const char *shown = strcmp(p->shown, "-") == 0
		? (c->stdin_name ? c->stdin_name : "<stdin>") : p->shown;
	if (r == SAMW_READ_OK || (r == SAMW_READ_EMPTY && empty_ok)) {
		samw_source_rename(*src, shown);
		return 0;
	}
	if (r == SAMW_READ_EMPTY) {
		samw_source_free(*src);
		*src = NULL;
	}
	sw_msg m = M_P_FILE_UNREADABLE;
	char arg[64], ebuf[64];
	const char *a = NULL;
	switch (r) {
	case SAMW_READ_MISSING: m = M_P_FILE_MISSING; break;
	case SAMW_READ_DIR: m = M_P_FILE_DIR; break;
	case SAMW_READ_DEVICE: m = M_P_FILE_NOT_REGULAR; break;
	case SAMW_READ_SPECIAL: m = M_P_FILE_SPECIAL; break;
	case SAMW_READ_UNSTABLE: m = M_P_FILE_UNSTABLE; break;
	case SAMW_READ_EMPTY: m = M_P_FILE_EMPTY; break;
	case SAMW_READ_TOO_BIG:
		m = M_P_FILE_TOO_BIG;
		snprintf(arg, sizeof arg, "%zu", c->max_size);
		a = arg;
		break;
	default:
		a = cli_errno_text(c, err, ebuf, sizeof ebuf);
		break;
	}
	cli_file_error(c, shown, m, a);
	sw_buf b = { 0 };
	sw_darg x[SW_DARGS] = { { a, M_NONE } };
	sw_msg_expand(&b, m, x, c->nl);
	if (e)
		samw_emit_failure(e, shown, sw_buf_str(&b));
	if (why)
		sw_buf_puts(why, sw_buf_str(&b));
	sw_buf_free(&b);
	return EXIT_USAGE;
}

int cli_check_options(cli *c, const char *path, samw_options *o, signed char *override)
{
	sw_config cfg;
	if (cli_config(c, path, &cfg) != 0)
		return -1;
	/* the command line over .samwrc */
	for (int k = 0; k < SW__COUNT; k++)
		override[k] = c->override[k] != SAMW_KEEP ? c->override[k] : cfg.override[k];
	memset(o, 0, sizeof *o);
	o->lang = c->nl ? SAMW_LANG_NL : SAMW_LANG_EN;
	/* a .samwrc comes with the files it applies to: it may lower the limit,
	 * or raise it to SAMW_MAX_DIAGS_CONFIG, never lift it (0) */
	o->max_diagnostics = c->max_set || !cfg.max_set ? c->max_diags
	                   : cfg.max_diags == 0 || cfg.max_diags > SAMW_MAX_DIAGS_CONFIG ? SAMW_MAX_DIAGS_CONFIG
	                   : cfg.max_diags;
	o->severity = override;
	o->warnings_as_errors = c->werror || cfg.werror;
	/* the date checks: on, as on c->today, for the commands that take
	 * --today */
	o->today = c->today[0] ? c->today : NULL;
	o->horizon = c->horizon ? c->horizon : cfg.horizon;
	/* document paths of standard input are relative to the working folder,
	 * or to the folder of the name it is given */
	if (strcmp(path, "-") == 0 && !c->stdin_name)
		o->document_dir = ".";
	return 0;
}
