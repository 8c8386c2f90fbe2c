/* samw diff: compare two versions of .samw files -- two files, two
 * folders, or the working tree (or the index) with a git revision -- and
 * say what changed in the collaborations they describe. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../base/buf.h"
#include "../base/utf8.h"
#include "git.h"

/* One file of one version: the name it is matched by, and its source (NULL
 * when it is not there, or could not be used). */
typedef struct entry {
	char *key;
	samw_source *src;
	char *doc_dir;  /* where its document paths are looked up, or NULL */
	int bad;        /* it could not be read or used: the file is left out */
} entry;

typedef struct side {
	entry *v;
	size_t n, cap;
} side;

static entry *add(side *s, const char *key)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->v = realloc(s->v, s->cap * sizeof *s->v);
		if (!s->v)
			abort();
	}
	entry *e = &s->v[s->n++];
	memset(e, 0, sizeof *e);
	e->key = strdup(key);
	if (!e->key)
		abort();
	return e;
}

static void side_free(side *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].key);
		free(s->v[i].doc_dir);
		samw_source_free(s->v[i].src);
	}
	free(s->v);
}

static int by_key(const void *a, const void *b)
{
	return strcmp(((const entry *)a)->key, ((const entry *)b)->key);
}

/* A description is text: a NUL byte makes it a binary file, and a byte
 * that is not UTF-8 a file in another encoding; neither is compared.
 * Returns 0, or EXIT_USAGE after saying so. */
static int usable(const cli *c, const samw_source *src)
{
	size_t len;
	const char *text = samw_source_text(src, &len);
	if (memchr(text, '\0', len)) {
		cli_file_error(c, samw_source_path(src), M_P_CH_BINARY, NULL);
		return EXIT_USAGE;
	}
	size_t bad = sw_utf8_check(text, len);
	if (bad < len) {
		char num[32];
		snprintf(num, sizeof num, "%zu", bad + 1);
		cli_file_error(c, samw_source_path(src), M_P_CH_NOT_UTF8, num);
		return EXIT_USAGE;
	}
	return 0;
}

/* Read one file of a version into e (shown as p->shown). */
static int load(cli *c, const sw_path *p, entry *e)
{
	if (p->kind != PATH_FILE) {
		e->bad = 1;
		return cli_path_note(c, p, NULL);
	}
	if (cli_load(c, p, &e->src, NULL, 1, NULL) || usable(c, e->src)) {
		e->bad = 1;
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

/* The files of a folder (or one file), each keyed by its path below the
 * folder named (one file: by key). */
static int collect(cli *c, const char *path, const char *key, side *s)
{
	int status = EXIT_OK;
	sw_paths paths;
	sw_paths_init(&paths);
	cli_expand(c, path, &paths);
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	for (size_t i = 0; i < paths.len; i++) {
		const sw_path *p = &paths.v[i];
		const char *k = key;
		if (!k) {
			k = p->shown;
			if (strncmp(k, path, n) == 0 && k[n] == '/')
				k += n + 1;
		}
		entry *e = add(s, k);
		if (load(c, p, e) != EXIT_OK)
			status = EXIT_USAGE;
	}
	sw_paths_free(&paths);
	return status;
}

static int is_dir(const char *path)
{
	struct stat st;
	return strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The folder of a path in the working tree, for its document paths. */
static char *folder_of(const char *top, const char *path)
{
	sw_buf b = { 0 };
	sw_buf_printf(&b, "%s/%s", top, path);
	char *s = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	if (!s)
		abort();
	char *slash = strrchr(s, '/');
	*slash = '\0';
	return s;
}

/* One side of a file git says differs: from a blob, or (the working tree)
 * from the file itself. */
static int from_git_side(cli *c, const sw_git *g, const char *path, const char *sha, int link,
                         int worktree, entry *e)
{
	if (link) {
		cli_file_error(c, path, M_P_CH_LINK, NULL);
		e->bad = 1;
		return EXIT_OK;
	}
	if (worktree) {
		sw_buf full = { 0 };
		sw_buf_printf(&full, "%s/%s", sw_buf_str((sw_buf *)&g->top), path);
		struct stat st;
		if (lstat(sw_buf_str(&full), &st) == 0 && S_ISLNK(st.st_mode)) {
			sw_buf_free(&full);
			return from_git_side(c, g, path, sha, 1, 0, e);
		}
		sw_path p = { .kind = PATH_FILE, .shown = (char *)path, .open = (char *)sw_buf_str(&full),
		              .flags = SAMW_READ_NOFOLLOW, .msg = M_NONE };
		int rc = load(c, &p, e);
		sw_buf_free(&full);
		return rc;
	}
	sw_buf text = { 0 };
	if (cli_git_blob(c, g, sha, path, c->max_size, &text) != 0) {
		sw_buf_free(&text);
		e->bad = 1;
		return EXIT_USAGE;
	}
	e->src = samw_source_new(path, text.data ? text.data : "", text.len);
	sw_buf_free(&text);
	if (usable(c, e->src) != 0) {
		e->bad = 1;
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static int from_git(cli *c, side *old, side *new_)
{
	sw_git g;
	if (cli_git_changes(c, c->git_rev, c->staged, c->files, c->nfiles, &g) != 0) {
		cli_git_free(&g);
		return -1;
	}
	int status = EXIT_OK;
	const char *top = sw_buf_str(&g.top);
	for (size_t i = 0; i < g.n; i++) {
		const sw_gitfile *f = &g.v[i];
		const char *key = f->path && f->new_samw ? f->path : f->old_path;
		char *dir = folder_of(top, key);
		if (f->old_path && f->old_samw) {
			entry *e = add(old, key);
			e->doc_dir = strdup(dir);
			if (from_git_side(c, &g, f->old_path, f->old_sha, f->old_link, 0, e) != EXIT_OK)
				status = EXIT_USAGE;
		}
		if (f->path && f->new_samw) {
			entry *e = add(new_, key);
			e->doc_dir = strdup(dir);
			if (from_git_side(c, &g, f->path, f->new_sha, f->new_link, !c->staged, e) != EXIT_OK)
				status = EXIT_USAGE;
		}
		free(dir);
	}
	cli_git_free(&g);
	return status;
}

/* Add the files of each side whose other side is usable too. Returns
 * EXIT_USAGE when a file's settings (.samwrc) cannot be used. */
static int snapshot(cli *c, side *old, side *new_, samw_snapshot *so, samw_snapshot *sn)
{
	int status = EXIT_OK;
	if (old->n)
		qsort(old->v, old->n, sizeof *old->v, by_key);
	if (new_->n)
		qsort(new_->v, new_->n, sizeof *new_->v, by_key);
	size_t i = 0, j = 0;
	while (i < old->n || j < new_->n) {
		int d = i == old->n ? 1 : j == new_->n ? -1 : strcmp(old->v[i].key, new_->v[j].key);
		entry *a = d <= 0 ? &old->v[i++] : NULL, *b = d >= 0 ? &new_->v[j++] : NULL;
		if ((a && a->bad) || (b && b->bad))
			continue;
		entry *both[2] = { a, b };
		for (int k = 0; k < 2; k++) {
			entry *e = both[k];
			if (!e || !e->src)
				continue;
			samw_options o;
			signed char override[SW__COUNT];
			/* the settings of the file as it is now (in git, from its
			 * folder in the working tree) */
			const char *at = b && b->src ? samw_source_path(b->src) : samw_source_path(e->src);
			sw_buf where = { 0 };
			if (e->doc_dir)
				sw_buf_printf(&where, "%s/%s", e->doc_dir, strrchr(e->key, '/') ? strrchr(e->key, '/') + 1 : e->key);
			int bad = cli_check_options(c, e->doc_dir ? sw_buf_str(&where) : at, &o, override);
			sw_buf_free(&where);
			if (bad) {
				status = EXIT_USAGE;
				continue;
			}
			if (e->doc_dir)
				o.document_dir = e->doc_dir;
			/* two files or two folders: one file in two versions, shown by
			 * its new name (git says which files were renamed) */
			if (!k && b && b->src && !c->git_rev)
				samw_source_rename(e->src, samw_source_path(b->src));
			samw_snapshot_add(k ? sn : so, e->src, e->key, &o);
		}
	}
	return status;
}

int cli_diff(cli *c)
{
	if (c->staged && !c->git_rev)
		return cli_usage(c, M_P_CH_U_STAGED, NULL, NULL, NULL);
	if (!c->git_rev && c->nfiles != 2)
		return cli_usage(c, M_P_CH_U_TWO, NULL, NULL, NULL);
	int status = EXIT_OK;
	side old = { 0 }, new_ = { 0 };
	if (c->git_rev) {
		status = from_git(c, &old, &new_);
	} else {
		const char *a = c->files[0], *b = c->files[1];
		int da = is_dir(a), db = is_dir(b);
		if (da != db) {
			status = cli_usage(c, M_P_CH_U_KINDS, a, b, NULL);
			status = -1;
		} else {
			/* two files are one file in two versions: the new one's name */
			const char *key = da ? NULL : strcmp(b, "-") == 0 ? a : b;
			if (collect(c, a, key, &old) != EXIT_OK)
				status = EXIT_USAGE;
			if (collect(c, b, key, &new_) != EXIT_OK)
				status = EXIT_USAGE;
		}
	}
	if (status < 0) {
		side_free(&old);
		side_free(&new_);
		return EXIT_USAGE;
	}
	samw_lang lang = c->nl ? SAMW_LANG_NL : SAMW_LANG_EN;
	samw_snapshot *so = samw_snapshot_new(lang), *sn = samw_snapshot_new(lang);
	if (snapshot(c, &old, &new_, so, sn) != EXIT_OK)
		status = EXIT_USAGE;
	samw_changes *ch = samw_compare(so, sn);
	samw_changes_write(stdout, ch, (samw_changes_format)c->format);
	unsigned flags = samw_changes_flags(ch);
	int fail = (c->fail_on & flags) || ((c->fail_on & FAIL_ANY) && samw_changes_len(ch));
	samw_changes_free(ch);
	samw_snapshot_free(so);
	samw_snapshot_free(sn);
	side_free(&old);
	side_free(&new_);
	return status != EXIT_OK ? status : fail ? EXIT_ERRORS : EXIT_OK;
}
