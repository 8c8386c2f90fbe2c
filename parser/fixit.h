/* Fix-its that add a missing statement to a block: where it goes and how
 * it is indented, so that an editor's quick fix leaves the file as
 * `samw fmt` would write it. */
#ifndef SW_FIXIT_H
#define SW_FIXIT_H

#include "../base/source.h"
#include "../diagnostics/diag.h"
#include "cst.h"

typedef enum sw_fixit_where {
	FIXIT_TOP, /* on a line of its own after the line of the block's '{' */
	FIXIT_END, /* on a line of its own before the line of its '}' */
} sw_fixit_where;

/* Give g a fix that inserts stmt into the block of b, which stands depth
 * blocks deep (0: a collaboration). stmt may span lines ('\n' between
 * them, each with its own indentation relative to the statement); every
 * line gets fmt's indentation and the file's line end. No fix when b has
 * no block, or when the line it would go next to holds a statement too
 * (a block written on one line). */
void sw_fixit_add(sw_diags *D, sw_diag *g, const sw_source *src, const sw_stmt *b,
                  unsigned depth, sw_fixit_where where, const char *stmt);

#endif
