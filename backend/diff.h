/* A unified diff of two texts, line by line (Myers' algorithm), for
 * `samw fmt --diff`. */
#ifndef SW_DIFF_H
#define SW_DIFF_H

#include <stddef.h>

#include "../base/buf.h"

/* Append the unified diff of a (old) and b (new) to out, with the two
 * names in its header; nothing when they are equal. */
void sw_diff(sw_buf *out, const char *name_a, const char *a, size_t na,
             const char *name_b, const char *b, size_t nb);

#endif
