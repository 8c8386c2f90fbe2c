/* samw fmt: print, check, diff or rewrite files in the canonical layout.
 * --write replaces a file atomically and never leaves it half written. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../backend/diff.h"
#include "../diagnostics/sanitize.h"
#include "cli.h"

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t k = write(fd, p, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Replace path by text: a temporary file beside the real target (through
 * symbolic links), flushed to disk, given the original's mode, then renamed
 * over it. On any failure the original is untouched. Returns 0 or errno. */
static int replace_file(const char *path, const char *text, size_t n, sw_msg *what)
{
	char target[PATH_MAX];
	if (!realpath(path, target)) {
		*what = M_P_FMT_CANNOT_RESOLVE;
		return errno;
	}
	struct stat st;
	if (stat(target, &st) != 0) {
		*what = M_P_FMT_CANNOT_STAT;
		return errno;
	}
	char tmp[PATH_MAX + 32];
	const char *slash = strrchr(target, '/');
	int dn = (int)(slash - target);
	if (snprintf(tmp, sizeof tmp, "%.*s/.%s.samw-fmt-XXXXXX", dn, target, slash + 1) >= (int)sizeof tmp) {
		*what = M_P_FMT_CANNOT_NAME;
		return ENAMETOOLONG;
	}
	int fd = mkstemp(tmp);
	if (fd < 0) {
		*what = M_P_FMT_CANNOT_CREATE;
		return errno;
	}
	int e = write_all(fd, text, n);
	if (!e && fchmod(fd, st.st_mode & 07777) != 0)
		e = errno;
	if (!e && fsync(fd) != 0)
		e = errno;
	if (close(fd) != 0 && !e)
		e = errno;
	if (e) {
		*what = M_P_FMT_CANNOT_WRITE;
		unlink(tmp);
		return e;
	}
	if (rename(tmp, target) != 0) {
		e = errno;
		*what = M_P_FMT_CANNOT_RENAME;
		unlink(tmp);
		return e;
	}
	return 0;
}

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

	/* past a file-size limit (ulimit -f), let write() fail with EFBIG
	 * instead of the process being killed half way */
	if (mode == FMT_WRITE)
		signal(SIGXFSZ, SIG_IGN);
	int status = EXIT_OK;
	for (size_t i = 0; i < nfiles; i++) {
		const char *path = files[i];
		if (strcmp(path, "-") == 0 && mode == FMT_WRITE) {
			status = cli_usage(c, M_P_U_WRITE_STDIN, NULL, NULL, NULL);
			continue;
		}
		samw_source *src;
		/* an empty file is formatted as it is: empty */
		sw_path in = { PATH_FILE, (char *)path, (char *)path, 0, M_NONE, 0 };
		if (cli_load(c, &in, &src, NULL, 1)) {
			status = EXIT_USAGE;
			continue;
		}
		const char *shown = samw_source_path(src);
		size_t len, n;
		const char *text = samw_source_text(src, &len);
		char *out;
		samw_result *diags;
		if (samw_format_source(src, lang, &out, &n, &diags) != 0) {
			/* not formatted: say why, in the reader's words */
			fflush(stdout);
			samw_emitter *e = samw_emit_begin(stderr, SAMW_FORMAT_HUMAN,
			                                  c->nl ? SAMW_LANG_NL : SAMW_LANG_EN, c->color);
			samw_emit(e, src, diags);
			samw_emit_end(e);
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
			sw_msg what = M_NONE;
			int we = replace_file(path, out, n, &what);
			if (we) {
				char ebuf[64];
				sw_buf m = { 0 };
				sw_darg x[SW_DARGS] = { { sw_msg_text(what, c->nl), M_NONE },
				                        { cli_errno_text(c, we, ebuf, sizeof ebuf), M_NONE } };
				sw_msg_expand(&m, M_P_FMT_NOT_REWRITTEN, x, c->nl);
				cli_say(path, sw_buf_str(&m));
				sw_buf_free(&m);
				status = EXIT_USAGE;
			}
		}
		free(out);
		samw_source_free(src);
	}
	return status;
}
