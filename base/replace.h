/* Replacing a file's text atomically: what `samw fmt --write` and
 * `samw check --fix` both do to a file, so that a failure at any point
 * leaves the original byte for byte as it was. */
#ifndef SW_REPLACE_H
#define SW_REPLACE_H

#include <limits.h>
#include <stddef.h>

/* Why a file was not replaced. */
typedef enum sw_replace_fail {
	REPLACE_CANNOT_RESOLVE, /* realpath failed (err) */
	REPLACE_CANNOT_STAT,    /* stat failed (err) */
	REPLACE_READ_ONLY,      /* no write permission: refused */
	REPLACE_HARD_LINKS,     /* other names (links): refused */
	REPLACE_CANNOT_NAME,    /* the temporary file's name is too long (err) */
	REPLACE_CANNOT_CREATE,  /* in folder (err) */
	REPLACE_CANNOT_WRITE,   /* in folder (err) */
	REPLACE_CANNOT_OWN,     /* owner and group, in folder (err) */
	REPLACE_CANNOT_RENAME,  /* over the file, in folder (err) */
} sw_replace_fail;

typedef struct sw_replace_why {
	sw_replace_fail what;
	int err;                /* errno, or 0 for a refusal of its own */
	char folder[PATH_MAX];  /* the folder of the real file, when known */
	unsigned long links;    /* REPLACE_HARD_LINKS: how many names */
} sw_replace_why;

/* Replace path by text: a temporary file beside the real target (through
 * symbolic links), with a short name (so that a name of 255 bytes still
 * works), given the original's owner, group and mode, flushed to disk,
 * then renamed over it. A file without write permission (by its mode, for
 * root too) or with other names (hard links, which a rename would leave
 * with the old text) is not replaced. On any failure the original is
 * untouched. Returns 0, or -1 with *w set. The caller ignores SIGXFSZ, so
 * that a file-size limit is an error rather than the end of the process. */
int sw_replace_file(const char *path, const char *text, size_t n, sw_replace_why *w);

#endif
