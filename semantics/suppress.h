/* Suppression comments: `# samw: allow SW301 -- reason` on the line just
 * above a statement silences that check for the statement; above a block's
 * opening line, for the whole block. */
#ifndef SW_SUPPRESS_H
#define SW_SUPPRESS_H

#include "../parser/parser.h"

typedef struct sw_allow {
	struct sw_allow *next;
	sw_check code;
	sw_span at;          /* the code in the comment */
	uint32_t from, to;   /* byte range it covers; empty when it covers nothing */
	int used;
	struct sw_allow *up; /* the nearest entry of the same code whose range holds this one */
	struct sw_allow_index *index; /* on the first entry of a list: what the filter searches */
} sw_allow;

/* Find the suppressions in a top-level statement's tree (or, with top NULL,
 * in the comments after the last one). Reports SW011 for unknown codes. */
sw_allow *sw_suppress_collect(sw_parser *P, sw_stmt *top, sw_comment *tail);
/* For sw_diags.filter: ud is the sw_allow list. */
int sw_suppress_filter(void *ud, sw_check c, sw_span at);
/* Report SW012 for each suppression that silenced nothing. */
void sw_suppress_unused(sw_parser *P, sw_allow *list);

#endif
