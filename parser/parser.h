/* The parser driver: runs the scanner and the bison parser over one
 * source, attaches comments to statements, and hands each top-level
 * statement to a callback as soon as it is complete. */
#ifndef SW_PARSER_H
#define SW_PARSER_H

#include <stddef.h>

#include "../base/arena.h"
#include "../base/source.h"
#include "../diagnostics/diag.h"
#include "../lexer/intern.h"
#include "../lexer/lex.h"
#include "cst.h"

struct sw_parser;
/* Called with each top-level statement, comments attached; then once more
 * with top == NULL and the comments after the last statement. */
typedef void (*sw_top_fn)(void *ud, struct sw_parser *P, sw_stmt *top, sw_comment *tail);

typedef struct sw_parser {
	const sw_source *src;
	sw_diags *diags;
	sw_arena file;     /* symbols: live as long as the file */
	sw_arena tree;     /* the tree of the current top-level statement */
	sw_names names;
	sw_lex lex;
	sw_top_fn fn;
	void *ud;
	int keep;          /* keep every tree until sw_parser_free */
	uint32_t gen;      /* generation of name bindings: one per block */
	unsigned long long suggest_work; /* edit-distance work left for "did
	                      you mean" in this file (base/edit.h) */
	sw_mark mark;
	sw_span tok;       /* the last token the grammar read */
	unsigned directives_attached; /* lex.directives when every comment read
	                      had been attached and looked at for suppressions */
} sw_parser;

void sw_parser_init(sw_parser *P, const sw_source *src, sw_diags *d,
                    sw_top_fn fn, void *ud);
void sw_parser_run(sw_parser *P);
void sw_parser_free(sw_parser *P);
/* The language most keywords of the file were written in so far. */
sw_lang sw_parser_lang(const sw_parser *P);

/* For the grammar's actions. */
/* A statement (inline: the grammar makes one for every statement). */
static inline sw_stmt *sw_parser_stmt(sw_parser *P, sw_arg *head, sw_arg *args,
                                      const sw_span *all, sw_stmt *body,
                                      const sw_span *open, const sw_span *close)
{
	/* every field written once (one for each statement: no memset of
	 * the whole first) */
	sw_stmt *s = sw_alloc_raw(&P->tree, sizeof *s);
	s->span = *all;
	s->head = head;
	s->args = args;
	head->next = args; /* a keyword may be several words (sw_resolve_head) */
	s->kw = head->sym->kw;
	s->ctx = 0;
	s->head_words = 0;
	/* next to close, in one run of stores (a memset of them is a slow
	 * `rep stos`) */
	s->next = s->body = NULL;
	s->lead = s->trail = s->inner = s->close_trail = NULL;
	s->node = NULL;
	memset(&s->open, 0, 2 * sizeof(sw_span));
	s->has_block = open != NULL;
	if (open) {
		s->body = body;
		s->open = *open;
		s->close = *close;
	}
	return s;
}
void sw_parser_top(sw_parser *P, sw_stmt *s, int lookahead);
void sw_parser_syntax_error(sw_parser *P, int what, sw_span at);

#endif
