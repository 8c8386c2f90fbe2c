/* Expanding the command line's paths: a folder stands for the .samw files
 * below it, in a sorted, deterministic order. The walk follows the policy
 * of docs/security.md: it never follows a symbolic link to a folder; it
 * checks a symbolically linked .samw file only when the link resolves to a
 * regular file inside the folder named; it reads each file once (by device
 * and inode); a .samw entry that is not a regular file, a link that leads
 * outside, and a folder too deep are each named on standard error, never
 * skipped in silence. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

void sw_paths_init(sw_paths *p)
{
	memset(p, 0, sizeof *p);
}

void sw_paths_free(sw_paths *p)
{
	for (size_t i = 0; i < p->len; i++) {
		free(p->v[i].shown);
		free(p->v[i].open);
		free(p->v[i].root);
	}
	free(p->v);
	free(p->seen);
	memset(p, 0, sizeof *p);
}

static char *dup(const char *s)
{
	char *d = strdup(s);
	if (!d)
		abort();
	return d;
}

static sw_path *add(sw_paths *p, const char *shown, sw_pathkind kind)
{
	if (p->len == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->v = realloc(p->v, p->cap * sizeof *p->v);
		if (!p->v)
			abort();
	}
	sw_path *e = &p->v[p->len++];
	memset(e, 0, sizeof *e);
	e->kind = kind;
	e->shown = dup(shown);
	return e;
}

/* A failure (kind PATH_FAIL: exit status 2) or a notice (PATH_NOTE) about
 * a path, said when the command reaches it. */
static void say(sw_paths *p, const char *shown, sw_pathkind kind, sw_msg m, int err)
{
	sw_path *e = add(p, shown, kind);
	e->msg = m;
	e->err = err;
}

/* Has the file (device, inode) been added before? Adds it when not: an
 * open-addressing table of the pairs seen. */
static int seen(sw_paths *p, const struct stat *st)
{
	if (2 * (p->nseen + 1) > p->capseen) {
		size_t cap = p->capseen ? p->capseen * 2 : 64;
		sw_fileid *t = calloc(cap, sizeof *t);
		if (!t)
			abort();
		for (size_t i = 0; i < p->capseen; i++) {
			if (!p->seen[i].used)
				continue;
			size_t h = (size_t)((p->seen[i].ino * 0x9E3779B97F4A7C15ull) ^ p->seen[i].dev) & (cap - 1);
			while (t[h].used)
				h = (h + 1) & (cap - 1);
			t[h] = p->seen[i];
		}
		free(p->seen);
		p->seen = t;
		p->capseen = cap;
	}
	uint64_t dev = (uint64_t)st->st_dev, ino = (uint64_t)st->st_ino;
	size_t h = (size_t)((ino * 0x9E3779B97F4A7C15ull) ^ dev) & (p->capseen - 1);
	for (; p->seen[h].used; h = (h + 1) & (p->capseen - 1))
		if (p->seen[h].dev == dev && p->seen[h].ino == ino)
			return 1;
	p->seen[h].used = 1;
	p->seen[h].dev = dev;
	p->seen[h].ino = ino;
	p->nseen++;
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_samw(const char *name)
{
	size_t n = strlen(name);
	return n > 5 && strcmp(name + n - 5, ".samw") == 0;
}

/* What a regular .samw file found in a walk, or named, reads as. */
static void add_file(sw_paths *p, const char *shown, const char *open, const struct stat *st,
                     unsigned flags)
{
	if (seen(p, st))
		return; /* the same file under another name: checked once */
	sw_path *e = add(p, shown, PATH_FILE);
	e->open = dup(open);
	e->flags = flags;
}

/* Why an entry named *.samw that is not a regular file is not read. */
static sw_msg not_regular(mode_t m)
{
	return S_ISDIR(m) ? M_NONE : S_ISCHR(m) || S_ISBLK(m) ? M_P_FILE_NOT_REGULAR : M_P_FILE_SPECIAL;
}

/* Is real (a resolved path) root itself or inside it? */
static int inside(const char *root, const char *real)
{
	size_t n = strlen(root);
	if (strcmp(root, "/") == 0)
		return real[0] == '/';
	return strncmp(real, root, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

typedef struct walker {
	sw_paths *p;
	const char *root;   /* the real path of the folder named */
	size_t found;       /* .samw files and failures about them */
} walker;

static void walk(walker *w, const char *dir, int depth)
{
	DIR *d = opendir(dir);
	if (!d) {
		say(w->p, dir, PATH_FAIL, M_P_WALK_UNREADABLE, errno);
		w->found++;
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue; /* ., .. and hidden folders such as .git */
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			names = realloc(names, cap * sizeof *names);
			if (!names)
				abort();
		}
		names[n++] = dup(e->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, by_name);
	size_t dl = strlen(dir);
	for (size_t i = 0; i < n; i++) {
		size_t len = dl + strlen(names[i]) + 2;
		char *full = malloc(len);
		if (!full)
			abort();
		snprintf(full, len, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names[i]);
		int samw = is_samw(names[i]);
		struct stat st;
		if (lstat(full, &st) != 0) {
			/* gone since it was listed */
		} else if (S_ISDIR(st.st_mode)) {
			if (depth + 1 > SAMW_MAX_WALK_DEPTH) {
				say(w->p, full, PATH_FAIL, M_P_WALK_TOO_DEEP, 0);
				w->found++;
			} else {
				walk(w, full, depth + 1);
			}
		} else if (S_ISLNK(st.st_mode)) {
			struct stat to;
			char real[PATH_MAX];
			if (stat(full, &to) != 0) {
				if (samw) {
					say(w->p, full, PATH_FAIL, M_P_WALK_LINK_BROKEN, 0);
					w->found++;
				}
			} else if (S_ISDIR(to.st_mode)) {
				say(w->p, full, PATH_NOTE, M_P_WALK_LINK_DIR, 0);
			} else if (!samw) {
				/* not a .samw file: none of samw's business */
			} else if (!realpath(full, real) || !inside(w->root, real)) {
				say(w->p, full, PATH_FAIL, M_P_WALK_LINK_OUTSIDE, 0);
				w->found++;
			} else if (!S_ISREG(to.st_mode)) {
				say(w->p, full, PATH_FAIL, not_regular(to.st_mode), 0);
				w->found++;
			} else {
				/* read the resolved path, and only if it is still the
				 * regular file that was judged */
				add_file(w->p, full, real, &to, SAMW_READ_NOFOLLOW);
				w->found++;
			}
		} else if (samw && S_ISREG(st.st_mode)) {
			add_file(w->p, full, full, &st, SAMW_READ_NOFOLLOW);
			w->found++;
		} else if (samw) {
			say(w->p, full, PATH_FAIL, not_regular(st.st_mode), 0);
			w->found++;
		}
		free(full);
		free(names[i]);
	}
	free(names);
}

int cli_expand(const cli *c, const char *path, sw_paths *p)
{
	(void)c;
	struct stat st;
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		/* a folder named on the command line is followed, even through a
		 * symbolic link: it is what the user asked for */
		char root[PATH_MAX];
		if (!realpath(path, root)) {
			say(p, path, PATH_FAIL, M_P_WALK_UNREADABLE, errno);
			return -1;
		}
		walker w = { p, root, 0 };
		size_t first = p->len;
		walk(&w, path, 0);
		for (size_t i = first; i < p->len; i++)
			p->v[i].root = dup(path);
		if (!w.found) {
			say(p, path, PATH_FAIL, M_P_FILE_NO_SAMW, 0);
			return -1;
		}
		return 0;
	}
	/* a file named on the command line: read as named (a symbolic link is
	 * followed), once */
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode) && seen(p, &st))
		return 0;
	sw_path *e = add(p, path, PATH_FILE);
	e->open = dup(path);
	return 0;
}
