/* The baseline of samw check: the findings a repository had when it
 * adopted samw (--write-baseline FILE), which --baseline FILE then leaves
 * out, so that only new ones are reported. A finding is recorded by its
 * code, its file (relative to the baseline's folder), its collaboration
 * and its message in English with line numbers left out: never by its
 * line, so edits elsewhere do not make it new. The format (docs/baseline.md)
 * is text, one finding a line, sorted; a finding that occurs n times is
 * there n times, and n occurrences are left out. */
#include "baseline.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BL_HEADER                                                                         \
	"# samw baseline: findings that `samw check --baseline FILE` does not report again.\n" \
	"# Written by `samw check --write-baseline FILE`. One finding a line: code, file,\n"   \
	"# collaboration (- outside every one) and message, separated by tabs.\n"             \
	"samw-baseline 1\n"

/* The folder of path as an absolute, real path ("" when it cannot be
 * found). */
static void folder(const char *path, char *out, size_t n)
{
	char dir[PATH_MAX];
	const char *slash = strrchr(path, '/');
	if (!slash)
		snprintf(dir, sizeof dir, ".");
	else if (slash == path)
		snprintf(dir, sizeof dir, "/");
	else
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
	char real[PATH_MAX];
	if (realpath(dir, real))
		snprintf(out, n, "%s", real);
	else
		out[0] = '\0';
}

void cli_baseline_init(sw_baseline *b, const char *path)
{
	memset(b, 0, sizeof *b);
	b->path = path;
	folder(path, b->dir, sizeof b->dir);
}

void cli_baseline_free(sw_baseline *b)
{
	for (size_t i = 0; i < b->n; i++)
		free(b->v[i].line);
	free(b->v);
	sw_buf_free(&b->seen);
	b->v = NULL;
	b->n = b->cap = 0;
}

static void put(sw_baseline *b, const char *line, size_t n)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 64;
		b->v = realloc(b->v, b->cap * sizeof *b->v);
		if (!b->v)
			abort();
	}
	sw_bl_item *x = &b->v[b->n++];
	x->line = malloc(n + 1);
	if (!x->line)
		abort();
	memcpy(x->line, line, n);
	x->line[n] = '\0';
	x->count = 1;
	x->used = 0;
}

static int by_line(const void *a, const void *b)
{
	return strcmp(((const sw_bl_item *)a)->line, ((const sw_bl_item *)b)->line);
}

/* Sort, and count each line once with its multiplicity. */
static void settle(sw_baseline *b)
{
	if (b->n)
		qsort(b->v, b->n, sizeof *b->v, by_line);
	size_t k = 0;
	for (size_t i = 0; i < b->n; i++) {
		if (k && strcmp(b->v[k - 1].line, b->v[i].line) == 0) {
			b->v[k - 1].count++;
			free(b->v[i].line);
		} else {
			b->v[k++] = b->v[i];
		}
	}
	b->n = k;
}

static void field(sw_buf *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\')
			sw_buf_puts(out, "\\\\");
		else if (*s == '\t')
			sw_buf_puts(out, "\\t");
		else if (*s == '\n')
			sw_buf_puts(out, "\\n");
		else if (*s == '\r')
			sw_buf_puts(out, "\\r");
		else
			sw_buf_putc(out, *s);
	}
}

/* The name of a file in the baseline: relative to the baseline's folder
 * when it lies below it, else as named. */
static void file_name(const sw_baseline *b, const char *file, sw_buf *out)
{
	char dir[PATH_MAX];
	folder(file, dir, sizeof dir);
	const char *base = strrchr(file, '/');
	base = base ? base + 1 : file;
	size_t n = strlen(b->dir);
	if (*dir && n && strncmp(dir, b->dir, n) == 0 && (dir[n] == '/' || dir[n] == '\0') &&
	    strcmp(file, "-") != 0) {
		const char *rest = dir[n] == '/' ? dir + n + 1 : "";
		if (strcmp(b->dir, "/") == 0)
			rest = dir + 1;
		sw_buf_printf(out, "%s%s%s", rest, *rest ? "/" : "", base);
		return;
	}
	while (file[0] == '.' && file[1] == '/')
		file += 2;
	sw_buf_puts(out, file);
}

/* The line of diagnostic i of r, a finding in the file the baseline
 * names name. */
static void entry(const char *name, const samw_result *r, size_t i, sw_buf *out)
{
	samw_diagnostic d;
	samw_result_get(r, i, &d);
	sw_buf_puts(out, samw_check_code(d.check));
	sw_buf_putc(out, '\t');
	field(out, name);
	sw_buf_putc(out, '\t');
	const char *collab = samw_result_collaboration(r, i);
	field(out, collab ? collab : "-");
	sw_buf_putc(out, '\t');
	size_t n = samw_result_identity(r, i, NULL, 0);
	char *msg = malloc(n + 1);
	if (!msg)
		abort();
	samw_result_identity(r, i, msg, n + 1);
	field(out, msg);
	free(msg);
}

void cli_baseline_record(sw_baseline *b, const char *file, const samw_result *r)
{
	sw_buf line = { 0 }, name = { 0 };
	file_name(b, file, &name);
	for (size_t i = 0; i < samw_result_len(r); i++) {
		sw_buf_reset(&line);
		entry(sw_buf_str(&name), r, i, &line);
		put(b, sw_buf_str(&line), line.len);
	}
	sw_buf_free(&line);
	sw_buf_free(&name);
}

static int complain(const cli *c, const char *where, sw_msg m, const char *arg)
{
	cli_file_error(c, where, m, arg);
	return EXIT_USAGE;
}

int cli_baseline_load(const cli *c, const char *path, sw_baseline *b)
{
	cli_baseline_init(b, path);
	samw_source *src = NULL;
	int err = 0;
	samw_read rd = samw_source_read(path, c->max_size, &src, &err);
	if (rd != SAMW_READ_OK && rd != SAMW_READ_EMPTY) {
		char ebuf[64];
		samw_source_free(src);
		return complain(c, path, rd == SAMW_READ_MISSING ? M_P_FILE_MISSING : M_P_FILE_UNREADABLE,
		                cli_errno_text(c, rd == SAMW_READ_MISSING ? ENOENT : err ? err : EINVAL, ebuf,
		                               sizeof ebuf));
	}
	size_t len;
	const char *text = samw_source_text(src, &len);
	int version = 0, rc = 0;
	size_t lineno = 0;
	for (const char *s = text; rc == 0 && s < text + len;) {
		const char *nl = memchr(s, '\n', (size_t)(text + len - s));
		const char *end = nl ? nl : text + len;
		size_t n = (size_t)(end - s);
		if (n && s[n - 1] == '\r')
			n--;
		lineno++;
		if (n && s[0] != '#') {
			if (!version) {
				if (n == 15 && memcmp(s, "samw-baseline 1", 15) == 0)
					version = 1;
				else
					rc = complain(c, path, M_P_BL_VERSION, NULL);
			} else {
				/* four fields: three tabs, and a code first */
				size_t tabs = 0;
				for (size_t i = 0; i < n; i++)
					tabs += s[i] == '\t';
				if (tabs != 3 || memchr(s, '\0', n)) {
					char where[64];
					snprintf(where, sizeof where, "%zu", lineno);
					sw_buf at = { 0 };
					sw_buf_printf(&at, "%s:%s", path, where);
					rc = complain(c, sw_buf_str(&at), M_P_BL_BAD_LINE, NULL);
					sw_buf_free(&at);
				} else {
					put(b, s, n);
				}
			}
		}
		s = end + 1;
	}
	if (rc == 0 && !version)
		rc = complain(c, path, M_P_BL_VERSION, NULL);
	samw_source_free(src);
	settle(b);
	return rc;
}

void cli_baseline_apply(sw_baseline *b, const char *file, samw_result *r, size_t max)
{
	/* the files checked: only their entries can have gone */
	sw_buf name = { 0 };
	file_name(b, file, &name);
	field(&b->seen, sw_buf_str(&name)); /* as the entries write it */
	sw_buf_put(&b->seen, "\t", 2);
	size_t n = samw_result_len(r);
	unsigned char *keep = malloc(n + 1);
	if (!keep)
		abort();
	sw_buf line = { 0 };
	for (size_t i = 0; i < n; i++) {
		sw_buf_reset(&line);
		entry(sw_buf_str(&name), r, i, &line);
		sw_bl_item key = { (char *)sw_buf_str(&line), 0, 0 };
		sw_bl_item *x = b->n ? bsearch(&key, b->v, b->n, sizeof *b->v, by_line) : NULL;
		keep[i] = !(x && x->used < x->count);
		if (!keep[i]) {
			x->used++;
			b->baselined++;
		}
	}
	sw_buf_free(&line);
	sw_buf_free(&name);
	samw_result_keep(r, keep, max);
	free(keep);
}

/* Was the file of entry line checked? b->seen holds "file\t" strings. */
static int checked(const sw_baseline *b, const char *line)
{
	const char *f = strchr(line, '\t');
	if (!f)
		return 0;
	f++;
	size_t n = strcspn(f, "\t") + 1;
	for (const char *s = b->seen.data; s && s < b->seen.data + b->seen.len; s += strlen(s) + 1)
		if (strlen(s) == n && strncmp(s, f, n) == 0)
			return 1;
	return 0;
}

size_t cli_baseline_unused(const sw_baseline *b)
{
	size_t n = 0;
	for (size_t i = 0; i < b->n; i++)
		if (b->v[i].count > b->v[i].used && checked(b, b->v[i].line))
			n += b->v[i].count - b->v[i].used;
	return n;
}

int cli_baseline_write(const cli *c, sw_baseline *b)
{
	settle(b);
	/* a complete temporary file, renamed over the old baseline */
	sw_buf tmp = { 0 };
	sw_buf_printf(&tmp, "%s.tmpXXXXXX", b->path);
	char *name = (char *)sw_buf_str(&tmp);
	int fd = mkstemp(name);
	/* a file for the repository, readable as any other there */
	if (fd >= 0)
		(void)fchmod(fd, 0644);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	int err = 0;
	if (!f) {
		err = errno;
		if (fd >= 0)
			close(fd);
	} else {
		fputs(BL_HEADER, f);
		size_t total = 0;
		for (size_t i = 0; i < b->n; i++)
			for (size_t k = 0; k < b->v[i].count; k++, total++)
				fprintf(f, "%s\n", b->v[i].line);
		b->baselined = total;
		if (fflush(f) != 0 || ferror(f))
			err = errno ? errno : EIO;
		if (fclose(f) != 0 && !err)
			err = errno ? errno : EIO;
		if (!err && rename(name, b->path) != 0)
			err = errno;
		if (err)
			unlink(name);
	}
	sw_buf_free(&tmp);
	if (err) {
		char ebuf[64];
		return complain(c, b->path, M_P_BL_CANNOT_WRITE, cli_errno_text(c, err, ebuf, sizeof ebuf));
	}
	return 0;
}

/* ---- one run of samw check -------------------------------------------------- */

int cli_baseline_begin(const cli *c, sw_bl_run *run)
{
	memset(run, 0, sizeof *run);
	if (c->baseline && c->write_baseline)
		return cli_usage(c, M_P_BL_BOTH, NULL, NULL, NULL);
	if (c->write_baseline) {
		run->writing = 1;
		cli_baseline_init(&run->write, c->write_baseline);
	}
	if (c->baseline) {
		run->all = calloc(1, sizeof *run->all);
		if (!run->all)
			abort();
		run->n = 1;
		if (cli_baseline_load(c, c->baseline, &run->all[0]) != 0) {
			cli_baseline_free(&run->all[0]);
			free(run->all);
			return EXIT_USAGE;
		}
		run->all[0].loaded = 1;
	}
	return 0;
}

sw_baseline *cli_baseline_for(cli *c, sw_bl_run *run, const char *file, int *failed)
{
	if (run->writing)
		return NULL;
	if (c->baseline)
		return &run->all[0];
	sw_config cfg;
	if (cli_config(c, file, &cfg) != 0 || !cfg.baseline[0])
		return NULL;
	for (size_t i = 0; i < run->n; i++)
		if (strcmp(run->all[i].path, cfg.baseline) == 0)
			return run->all[i].loaded ? &run->all[i] : NULL;
	run->all = realloc(run->all, (run->n + 1) * sizeof *run->all);
	if (!run->all)
		abort();
	sw_baseline *b = &run->all[run->n++];
	char *path = strdup(cfg.baseline);
	if (!path)
		abort();
	if (cli_baseline_load(c, path, b) != 0) {
		*failed = 1;
		b->path = path;
		return NULL;
	}
	b->path = path;
	b->owned = 1;
	b->loaded = 1;
	return b;
}

int cli_baseline_end(const cli *c, sw_bl_run *run, int status)
{
	char n1[32], n2[32];
	if (run->writing) {
		if (cli_baseline_write(c, &run->write) != 0)
			status = EXIT_USAGE;
		else {
			snprintf(n1, sizeof n1, "%zu", run->write.baselined);
			sw_buf b = { 0 };
			sw_darg a[SW_DARGS] = { { run->write.path, M_NONE }, { n1, M_NONE } };
			sw_msg_expand(&b, M_P_BL_WRITTEN, a, c->nl);
			cli_say(NULL, sw_buf_str(&b));
			sw_buf_free(&b);
		}
		cli_baseline_free(&run->write);
	}
	for (size_t i = 0; i < run->n; i++) {
		sw_baseline *bl = &run->all[i];
		if (bl->loaded) {
			size_t unused = cli_baseline_unused(bl);
			snprintf(n1, sizeof n1, "%zu", bl->baselined);
			snprintf(n2, sizeof n2, "%zu", unused);
			sw_buf b = { 0 };
			sw_darg a[SW_DARGS] = { { bl->path, M_NONE }, { n1, M_NONE }, { n2, M_NONE } };
			sw_msg_expand(&b, M_P_BL_COUNTS, a, c->nl);
			if (unused) {
				sw_buf_puts(&b, "; ");
				sw_buf_puts(&b, sw_msg_text(M_P_BL_PRUNE, c->nl));
			}
			cli_say(NULL, sw_buf_str(&b));
			sw_buf_free(&b);
		}
		if (bl->owned)
			free((char *)bl->path);
		cli_baseline_free(bl);
	}
	free(run->all);
	return status;
}
