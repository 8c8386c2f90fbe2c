/* samw diff --git: what changed in the .samw files of a git repository
 * since a revision, and their old versions, read through git itself
 * (git.c). */
#ifndef SW_CLI_GIT_H
#define SW_CLI_GIT_H

#include "cli.h"

/* One .samw file that differs: added (status 'A', no old path), deleted
 * ('D', no path), modified ('M', 'T') or renamed ('R'). Paths are relative
 * to the top of the working tree. */
typedef struct sw_gitfile {
	char status;
	char *path, *old_path;
	char old_sha[72], new_sha[72]; /* blobs (new: of the index; all zeros
	                                  for the working tree) */
	int old_link, new_link;        /* a symbolic link on that side */
	int old_samw, new_samw;        /* a .samw file on that side */
} sw_gitfile;

typedef struct sw_git {
	sw_buf top;                    /* the top of the working tree */
	char commit[72];               /* the revision, as a commit hash */
	sw_gitfile *v;
	size_t n, cap;
} sw_git;

/* The .samw files that differ between rev and the working tree (or, with
 * staged, the index), under paths (none: the current folder). Returns 0,
 * or EXIT_USAGE after saying why not. */
int cli_git_changes(const cli *c, const char *rev, int staged, const char *const *paths, size_t npaths,
                    sw_git *g);
/* The content of a blob, at most max bytes, into out. Returns 0, or
 * EXIT_USAGE after saying why not (shown names the file). */
int cli_git_blob(const cli *c, const sw_git *g, const char *sha, const char *shown, size_t max, sw_buf *out);
void cli_git_free(sw_git *g);

#endif
