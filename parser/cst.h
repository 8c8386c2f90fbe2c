/* The concrete syntax tree. The parser reads every statement into the same
 * shape -- a keyword, its arguments, an optional block -- and keeps every
 * span and comment, so that the formatter can print the file back and the
 * shape pass (shape.c) can give precise messages about each statement. */
#ifndef SW_CST_H
#define SW_CST_H

#include <stdint.h>

#include "../base/span.h"
#include "../lexer/token.h"

typedef enum sw_ctx {
	CTX_TOP,
	CTX_COLLAB,
	CTX_PARTY,
	CTX_AGREEMENT,
	CTX_GOVERNANCE,
	CTX_BODY,
	CTX_STAKEHOLDER,
	CTX_ORG,         /* an organisation of the register */
	CTX__COUNT
} sw_ctx;

typedef struct sw_stmt {
	sw_span span;          /* keyword to last argument (or '}') */
	sw_arg *head;          /* the keyword */
	sw_arg *args;
	sw_kw kw;              /* resolved keyword, KW_NONE if unknown */
	uint8_t has_block;
	uint8_t ctx;           /* the block it stands in (sw_ctx) */
	uint8_t head_words;    /* arguments that are part of the keyword
	                          ("onderdeel van": 1) */
	/* from here to the end: none until set (the parser clears them in
	 * one run, as it makes a statement for every line) */
	struct sw_stmt *next;
	struct sw_stmt *body;  /* statements of the block */
	sw_comment *lead;      /* full-line comments above it */
	sw_comment *trail;     /* comment at the end of its (first) line */
	sw_comment *inner;     /* comments before the closing '}' */
	sw_comment *close_trail; /* comment after the closing '}' */
	void *node;            /* the model node it built, if any */
	sw_span open, close;   /* the braces, when has_block */
} sw_stmt;

/* The arguments of s after its keyword (which may take the first few:
 * "onderdeel van X"). */
static inline const sw_arg *sw_stmt_args(const sw_stmt *s)
{
	const sw_arg *a = s->args;
	if (!s->head_words) /* a keyword of one word, the common case */
		return a;
	for (unsigned i = 0; a && i < s->head_words; i++)
		a = a->next;
	return a;
}

#endif
