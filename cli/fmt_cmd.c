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
#include "../backend/fmt.h"
#include "cli.h"

enum { MODE_PRINT, MODE_CHECK, MODE_DIFF, MODE_WRITE };

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
static int replace_file(const char *path, const char *text, size_t n, const char **what)
{
	char target[PATH_MAX];
	if (!realpath(path, target)) {
		*what = "resolve";
		return errno;
	}
	struct stat st;
	if (stat(target, &st) != 0) {
		*what = "stat";
		return errno;
	}
	char tmp[PATH_MAX + 32];
	const char *slash = strrchr(target, '/');
	int dn = (int)(slash - target);
	if (snprintf(tmp, sizeof tmp, "%.*s/.%s.samw-fmt-XXXXXX", dn, target, slash + 1) >= (int)sizeof tmp) {
		*what = "name";
		return ENAMETOOLONG;
	}
	int fd = mkstemp(tmp);
	if (fd < 0) {
		*what = "create a temporary file in";
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
		*what = "write";
		unlink(tmp);
		return e;
	}
	if (rename(tmp, target) != 0) {
		e = errno;
		*what = "rename over";
		unlink(tmp);
		return e;
	}
	return 0;
}

int cli_fmt(cli *c, int argc, char **argv)
{
	int mode = MODE_PRINT;
	sw_lang lang = SW_LANG_BOTH;
	const char **files = calloc((size_t)argc + 2, sizeof *files);
	size_t nfiles = 0;
	int only_files = 0;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (!only_files && strcmp(a, "--") == 0) {
			only_files = 1;
		} else if (!only_files && strcmp(a, "--check") == 0) {
			mode = MODE_CHECK;
		} else if (!only_files && strcmp(a, "--diff") == 0) {
			mode = MODE_DIFF;
		} else if (!only_files && (strcmp(a, "--write") == 0 || strcmp(a, "-w") == 0)) {
			mode = MODE_WRITE;
		} else if (!only_files && (strcmp(a, "--lang") == 0 || strncmp(a, "--lang=", 7) == 0)) {
			const char *v = a[6] == '=' ? a + 7 : i + 1 < argc ? argv[++i] : "";
			if (strcmp(v, "en") == 0)
				lang = SW_LANG_EN;
			else if (strcmp(v, "nl") == 0)
				lang = SW_LANG_NL;
			else {
				free(files);
				return cli_usage(c, "--lang takes en or nl, not '%s'", v);
			}
		} else if (!only_files && (strcmp(a, "--color") == 0 || strncmp(a, "--color=", 8) == 0)) {
			const char *v = a[7] == '=' ? a + 8 : i + 1 < argc ? argv[++i] : "";
			c->color = strcmp(v, "always") == 0 ? 1 : strcmp(v, "never") == 0 ? 0 : -1;
		} else if (!only_files && a[0] == '-' && a[1]) {
			free(files);
			return cli_usage(c, "unknown option '%s'", a);
		} else {
			files[nfiles++] = a;
		}
	}
	if (!nfiles)
		files[nfiles++] = "-";
	const char *no_color = getenv("NO_COLOR");
	if (no_color && *no_color)
		c->color = 0;
	else if (c->color < 0)
		c->color = isatty(2);

	/* past a file-size limit (ulimit -f), let write() fail with EFBIG
	 * instead of the process being killed half way */
	if (mode == MODE_WRITE)
		signal(SIGXFSZ, SIG_IGN);
	int status = 0;
	for (size_t i = 0; i < nfiles; i++) {
		const char *path = files[i];
		int is_stdin = strcmp(path, "-") == 0;
		if (is_stdin && mode == MODE_WRITE) {
			status = cli_usage(c, "%s", c->nl ? "--write kan standaardinvoer niet herschrijven"
			                                 : "--write cannot rewrite standard input");
			continue;
		}
		sw_source src;
		int too_big = 0;
		int e = samw_load(path, c->max_size, &src, &too_big);
		src.path = is_stdin ? (c->stdin_name ? c->stdin_name : "<stdin>") : path;
		if (e || too_big) {
			fflush(stdout);
			fprintf(stderr, "samw: %s: %s\n", src.path,
			        too_big ? (c->nl ? "het bestand is te groot" : "the file is too large")
			                : e == ENOENT ? (c->nl ? "bestand bestaat niet" : "no such file")
			                : strerror(e));
			status = 2;
			continue;
		}
		sw_diags d;
		sw_diags_init(&d, 0);
		sw_buf out = { 0 };
		if (sw_fmt(&src, lang, &d, &out) != 0) {
			/* not formatted: say why, in the reader's words */
			sw_render r = { stderr, c->color, c->nl };
			sw_diags_sort(&d);
			fflush(stdout);
			sw_render_human(&r, &src, &d);
			fprintf(stderr, c->nl ? "samw: %s: niet opgemaakt: los eerst de fouten op\n"
			                      : "samw: %s: not formatted: fix the errors first\n", src.path);
			if (status == 0)
				status = 1;
		} else {
			int changed = out.len != src.len || memcmp(out.data ? out.data : "", src.text, src.len) != 0;
			if (mode == MODE_PRINT) {
				fwrite(out.data ? out.data : "", 1, out.len, stdout);
			} else if (mode == MODE_CHECK) {
				if (changed) {
					printf("%s\n", src.path);
					if (status == 0)
						status = 1;
				}
			} else if (mode == MODE_DIFF) {
				sw_buf df = { 0 };
				char a[PATH_MAX + 8], b[PATH_MAX + 8];
				snprintf(a, sizeof a, "%s", src.path);
				snprintf(b, sizeof b, "%s (formatted)", src.path);
				sw_diff(&df, a, src.text, src.len, b, out.data ? out.data : "", out.len);
				fwrite(df.data ? df.data : "", 1, df.len, stdout);
				sw_buf_free(&df);
				if (changed && status == 0)
					status = 1;
			} else if (changed) {
				const char *what = "";
				int we = replace_file(path, out.data ? out.data : "", out.len, &what);
				if (we) {
					fflush(stdout);
					fprintf(stderr, c->nl ? "samw: %s: niet herschreven (kan niet %s: %s); het bestand is ongewijzigd\n"
					                      : "samw: %s: not rewritten (cannot %s: %s); the file is unchanged\n",
					        path, what, strerror(we));
					status = 2;
				}
			}
		}
		sw_buf_free(&out);
		sw_diags_free(&d);
		samw_unload(&src);
	}
	free(files);
	return status;
}
