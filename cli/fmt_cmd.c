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

/* Why a file was not replaced: a message (with the folder as {1} where it
 * takes one) and an errno value, or a refusal of its own (err 0). */
typedef struct why {
	sw_msg what;
	int err;
	char folder[PATH_MAX];
	char arg[32];
} why;

/* Replace path by text: a temporary file beside the real target (through
 * symbolic links), with a short name (so that a name of 255 bytes still
 * works), given the original's owner, group and mode, flushed to disk,
 * then renamed over it. A file without write permission (by its mode, for
 * root too) or with other names (hard links, which a rename would leave
 * with the old text) is not replaced. On any failure the original is
 * untouched. Returns 0, or -1 with *w set. */
static int replace_file(const char *path, const char *text, size_t n, why *w)
{
	char target[PATH_MAX];
	w->err = 0;
	w->folder[0] = '\0';
	if (!realpath(path, target)) {
		w->what = M_P_FMT_CANNOT_RESOLVE, w->err = errno;
		return -1;
	}
	struct stat st;
	if (stat(target, &st) != 0) {
		w->what = M_P_FMT_CANNOT_STAT, w->err = errno;
		return -1;
	}
	if (!(st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) || access(target, W_OK) != 0) {
		w->what = M_P_FMT_READ_ONLY;
		return -1;
	}
	if (st.st_nlink > 1) {
		w->what = M_P_FMT_HARD_LINKS;
		snprintf(w->arg, sizeof w->arg, "%lu", (unsigned long)st.st_nlink);
		return -1;
	}
	const char *slash = strrchr(target, '/');
	size_t dn = slash == target ? 1 : (size_t)(slash - target);
	snprintf(w->folder, sizeof w->folder, "%.*s", (int)dn, target);
	char tmp[PATH_MAX + 32];
	if (snprintf(tmp, sizeof tmp, "%s/.samw-fmt-XXXXXX", dn == 1 && target[0] == '/' ? "" : w->folder)
	    >= (int)sizeof tmp) {
		w->what = M_P_FMT_CANNOT_NAME, w->err = ENAMETOOLONG;
		return -1;
	}
	int fd = mkstemp(tmp);
	if (fd < 0) {
		w->what = M_P_FMT_CANNOT_CREATE, w->err = errno;
		return -1;
	}
	int e = write_all(fd, text, n);
	sw_msg what = M_P_FMT_CANNOT_WRITE;
	struct stat ts;
	if (!e && fstat(fd, &ts) != 0)
		e = errno;
	/* the owner and group first (a change of owner clears the set-id
	 * bits), then the mode */
	if (!e && (ts.st_uid != st.st_uid || ts.st_gid != st.st_gid) &&
	    fchown(fd, st.st_uid, st.st_gid) != 0)
		e = errno, what = M_P_FMT_CANNOT_OWN;
	if (!e && fchmod(fd, st.st_mode & 07777) != 0)
		e = errno;
	if (!e && fsync(fd) != 0)
		e = errno;
	if (close(fd) != 0 && !e)
		e = errno;
	if (e) {
		w->what = what, w->err = e;
		unlink(tmp);
		return -1;
	}
	if (rename(tmp, target) != 0) {
		w->what = M_P_FMT_CANNOT_RENAME, w->err = errno;
		unlink(tmp);
		return -1;
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
			why w;
			if (replace_file(path, out, n, &w) != 0) {
				char ebuf[64];
				sw_buf m = { 0 }, t = { 0 };
				if (w.err) {
					sw_darg f[SW_DARGS] = { { w.folder, M_NONE } };
					sw_msg_expand(&t, w.what, f, c->nl);
					sw_darg x[SW_DARGS] = { { sw_buf_str(&t), M_NONE },
					                        { cli_errno_text(c, w.err, ebuf, sizeof ebuf), M_NONE } };
					sw_msg_expand(&m, M_P_FMT_NOT_REWRITTEN, x, c->nl);
				} else {
					sw_darg x[SW_DARGS] = { { w.arg, M_NONE } };
					sw_msg_expand(&m, w.what, x, c->nl);
				}
				cli_say(path, sw_buf_str(&m));
				sw_buf_free(&m);
				sw_buf_free(&t);
				status = EXIT_USAGE;
			}
		}
		free(out);
		samw_source_free(src);
	}
	return status;
}
