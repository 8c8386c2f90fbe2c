/* samw check --fix, and samw fix: apply the machine-applicable fixes of
 * each file (api/fix.c) and write it back as fmt --write does
 * (cli/rewrite.c), or show them as a unified diff; then the file is
 * checked as it now reads, and the exit status is that check's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../backend/diff.h"
#include "../diagnostics/sanitize.h"
#include "cli.h"

/* "3 fixes applied" or, with --diff, "3 fixes shown as a diff ..." */
static void say_count(const cli *c, const char *shown, size_t n)
{
	char num[32];
	snprintf(num, sizeof num, "%zu", n);
	sw_msg m = c->fix_diff ? (n == 1 ? M_P_FIX_SHOWN_ONE : M_P_FIX_SHOWN)
	                       : (n == 1 ? M_P_FIX_DONE_ONE : M_P_FIX_DONE);
	cli_file_error(c, shown, m, num);
}

int cli_fix_file(const cli *c, const sw_path *p, samw_source **src, const samw_options *o)
{
	const char *shown = samw_source_path(*src);
	char *out;
	size_t n, applied;
	if (samw_fix_source(*src, o, &out, &n, &applied) != 0) {
		/* the check that follows reports the bytes (SW008) */
		cli_file_error(c, shown, M_P_FIX_ENCODING, NULL);
		return EXIT_OK;
	}
	int status = EXIT_OK;
	if (applied && c->fix_diff) {
		size_t len;
		const char *text = samw_source_text(*src, &len);
		sw_buf df = { 0 }, name = { 0 };
		sw_safe_path(&name, shown);
		sw_diff(&df, sw_buf_str(&name), text, len, sw_buf_str(&name), out, n);
		fwrite(df.data ? df.data : "", 1, df.len, stdout);
		sw_buf_free(&df);
		sw_buf_free(&name);
	} else if (applied) {
		status = cli_rewrite(c, p->open, shown, out, n);
	}
	if (applied && status == EXIT_OK) {
		say_count(c, shown, applied);
		samw_source *fixed = samw_source_new(shown, out, n);
		samw_source_free(*src);
		*src = fixed;
	}
	free(out);
	return status;
}

int cli_fix(cli *c)
{
	c->fix = 1;
	return cli_check(c);
}
