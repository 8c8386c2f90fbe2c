/* Expanding the command line's paths: a directory stands for the .samw
 * files below it, in a sorted, deterministic order. */
#include <dirent.h>
#include <errno.h>
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
	for (size_t i = 0; i < p->len; i++)
		free(p->v[i]);
	free(p->v);
	memset(p, 0, sizeof *p);
}

static void add(sw_paths *p, const char *s)
{
	if (p->len == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->v = realloc(p->v, p->cap * sizeof *p->v);
		if (!p->v)
			abort();
	}
	p->v[p->len++] = strdup(s);
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

/* Walk dir; depth bounds symbolic-link loops. */
static void walk(const char *dir, sw_paths *p, int depth)
{
	if (depth > 32)
		return;
	DIR *d = opendir(dir);
	if (!d)
		return;
	sw_paths here;
	sw_paths_init(&here);
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue; /* ., .. and hidden folders such as .git */
		add(&here, e->d_name);
	}
	closedir(d);
	if (here.len > 1)
		qsort(here.v, here.len, sizeof *here.v, by_name);
	for (size_t i = 0; i < here.len; i++) {
		size_t n = strlen(dir) + strlen(here.v[i]) + 2;
		char *full = malloc(n);
		if (!full)
			abort();
		snprintf(full, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", here.v[i]);
		struct stat st;
		if (stat(full, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				walk(full, p, depth + 1);
			else if (is_samw(here.v[i]))
				add(p, full);
		}
		free(full);
	}
	sw_paths_free(&here);
}

int cli_expand(const cli *c, const char *path, sw_paths *p)
{
	struct stat st;
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		size_t before = p->len;
		walk(path, p, 0);
		if (p->len == before) {
			cli_file_error(c, path, M_P_FILE_NO_SAMW, NULL);
			return -1;
		}
		return 0;
	}
	add(p, path);
	return 0;
}
