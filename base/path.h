/* Looking a path up inside a folder without ever leaving it: each
 * component is examined with lstat, a symbolic link is resolved by samw
 * itself, and a step that would leave the folder (an absolute link, a ".."
 * above it) ends the lookup as "not there". Nothing outside the folder is
 * ever looked at, so the answer tells nothing about the rest of the file
 * system (a `document` path cannot probe for files elsewhere). */
#ifndef SW_PATH_H
#define SW_PATH_H

#include <stddef.h>

typedef enum sw_found {
	SW_FOUND_NONE = 0,   /* not there, or not inside the folder */
	SW_FOUND_FILE,       /* there, and not a folder */
	SW_FOUND_DIR,        /* a folder */
} sw_found;

/* Look rel[0..n) up under the folder dir ("" or NULL: the working folder). */
sw_found sw_path_find_inside(const char *dir, const char *rel, size_t n);

#endif
