/* samw fmt: print, check, diff or rewrite files in the canonical layout.
 * --write replaces a file atomically and never leaves it half written
 * (cli/rewrite.c, base/replace.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../backend/diff.h"
#include "../diagnostics/sanitize.h"
#include "cli.h"

int cli_fmt(cli *c)
{
	samw_lang lang = c->lang_set ? (c->nl ? SAMW_LANG_NL : SAMW_LANG_EN) : SAMW_LANG_AUTO;
	int mode = c->fmt_mode;
	const char *stdin_only[1] = { "-" };
	const char **files = c->nfiles ? c->files : stdin_only;
	size_t nfiles = c->nfiles ? c->nfiles : 1;
	const char *no_color = getenv("NO_COLOR");
	if (no_color && *no_color)
		c->color = 0;
	else if (c->color < 0)
		c->color = isatty(2);

	if (mode == FMT_WRITE)
		cli_writing();
	int status = EXIT_OK;
	for (size_t i = 0; i < nfiles; i++) {
		const char *path = files[i];
		if (strcmp(path, "-") == 0 && mode == FMT_WRITE) {
			status = cli_usage(c, M_P_U_WRITE_STDIN, NULL, NULL, NULL);
			continue;
		}
		samw_source *src;
		/* an empty file is formatted as it is: empty */
		sw_path in = { PATH_FILE, (char *)path, (char *)path, 0, M_NONE, 0, NULL };
		if (cli_load(c, &in, &src, NULL, 1, NULL)) {
			status = EXIT_USAGE;
			continue;
		}
		const char *shown = samw_source_path(src);
		size_t len, n;
		const char *text = samw_source_text(src, &len);
		char *out;
		samw_result *diags;
		if (samw_format_source_ex(src, lang, c->max_diags, &out, &n, &diags) != 0) {
			/* not formatted: say why, in the reader's words, at most
			 * --max-diagnostics of them */
			fflush(stdout);
			samw_emitter *e = samw_emit_begin(stderr, SAMW_FORMAT_HUMAN,
			                                  c->nl ? SAMW_LANG_NL : SAMW_LANG_EN, c->color);
			samw_emit(e, src, diags);
			samw_emit_end(e);
			if (samw_result_dropped(diags)) {
				char num[32];
				snprintf(num, sizeof num, "%zu", samw_result_dropped(diags));
				sw_buf m = { 0 };
				sw_darg x[SW_DARGS] = { { num, M_NONE } };
				sw_msg_expand(&m, M_LIMIT_DIAGS, x, c->nl);
				cli_say(shown, sw_buf_str(&m));
				sw_buf_free(&m);
			}
			samw_result_free(diags);
			cli_file_error(c, shown, M_P_FMT_NOT_FORMATTED, NULL);
			if (status == EXIT_OK)
				status = EXIT_ERRORS;
			samw_source_free(src);
			continue;
		}
		int changed = n != len || memcmp(out, text, len) != 0;
		if (mode == FMT_PRINT) {
			fwrite(out, 1, n, stdout);
		} else if (mode == FMT_CHECK) {
			if (changed) {
				sw_buf l = { 0 };
				sw_safe_path(&l, shown);
				sw_buf_putc(&l, '\n');
				fputs(sw_buf_str(&l), stdout);
				sw_buf_free(&l);
				if (status == EXIT_OK)
					status = EXIT_ERRORS;
			}
		} else if (mode == FMT_DIFF) {
			sw_buf df = { 0 };
			sw_buf a = { 0 }, b = { 0 };
			sw_safe_path(&a, shown);
			sw_safe_path(&b, shown);
			sw_buf_puts(&b, " (formatted)");
			sw_diff(&df, sw_buf_str(&a), text, len, sw_buf_str(&b), out, n);
			sw_buf_free(&a);
			sw_buf_free(&b);
			fwrite(df.data ? df.data : "", 1, df.len, stdout);
			sw_buf_free(&df);
			if (changed && status == EXIT_OK)
				status = EXIT_ERRORS;
		} else if (changed) {
			if (cli_rewrite(c, path, path, out, n) != EXIT_OK)
				status = EXIT_USAGE;
		}
		free(out);
		samw_source_free(src);
	}
	return status;
}
