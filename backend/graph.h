/* samw graph: a Graphviz (DOT) picture of each file: its collaborations as
 * clusters, their parties, the agreements that bind them, the governance
 * bodies and their members, and which party is part of which. */
#ifndef SW_GRAPH_H
#define SW_GRAPH_H

#include <stdio.h>

#include "../semantics/check.h"

/* Check src with o (o->nl: the language of the labels) and write one
 * digraph for it. Returns the number of errors found. */
size_t sw_graph_file(FILE *out, const sw_source *src, const sw_check_opts *o);

#endif
