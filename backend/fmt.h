/* samw fmt: the one canonical layout of a .samw file. Every comment is
 * kept at its place; keywords can be rewritten into one language. */
#ifndef SW_FMT_H
#define SW_FMT_H

#include "../base/buf.h"
#include "../parser/parser.h"

/* Format src into out. lang SW_LANG_BOTH: the language most of the file's
 * keywords use. Diagnostics of the parse go to d. Returns 0, or -1 when the
 * file has a syntax or encoding error (SW001, SW008): it is not formatted. */
int sw_fmt(const sw_source *src, sw_lang lang, sw_diags *d, sw_buf *out);

/* A dump of the tree that ignores layout and the spelling language, and
 * counts comments: equal for a file and its formatted form. */
void sw_fmt_dump(const sw_source *src, sw_buf *out, size_t *comments);

#endif
