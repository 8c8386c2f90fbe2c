/* samw graph: a Graphviz (DOT) picture of each file: its collaborations as
 * clusters, their parties, the agreements that bind them, the governance
 * bodies and their members, and which party is part of which. */
#ifndef SW_GRAPH_H
#define SW_GRAPH_H

#include <stdio.h>

#include "../base/buf.h"
#include "../semantics/check.h"

/* Check src with o (o->nl: the language of the labels) and write one
 * digraph for it. Returns the number of errors found. */
size_t sw_graph_file(FILE *out, const sw_source *src, const sw_check_opts *o);

/* A DOT string: quoted, '"' and '\\' escaped, a newline as the line break
 * \\n, other control characters as spaces, hidden characters shown as
 * \\u{202E}, invalid UTF-8 replaced. */
void sw_dot_str(sw_buf *b, const char *s, size_t n);
/* Append a user's text to a label: on lines of about 28 characters, cut
 * after max characters. */
void sw_dot_fit(sw_buf *lab, const char *s, size_t n, size_t max);

#endif
