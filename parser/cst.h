/* The concrete syntax tree. The parser reads every statement into the same
 * shape -- a keyword, its arguments, an optional block -- and keeps every
 * span and comment, so that the formatter can print the file back and the
 * shape pass (shape.c) can give precise messages about each statement. */
#ifndef SW_CST_H
#define SW_CST_H

#include <stdint.h>

#include "../lexer/keywords.h"

typedef struct sw_pos {
	uint32_t line, col; /* 1-based; col counts characters */
	uint32_t off;       /* byte offset */
} sw_pos;

typedef struct sw_span {
	sw_pos start, end; /* end is exclusive */
} sw_span;

/* An interned word: one per distinct spelling per file. */
typedef struct sw_sym {
	struct sw_sym *next; /* hash chain */
	const char *s;
	uint32_t len, hash;
	sw_kw kw;          /* KW_NONE when not a keyword */
	sw_lang lang;      /* language of the spelling, for keywords */
	void *decl;        /* what the name declares, while decl_gen is current */
	uint32_t decl_gen;
	uint32_t top_used; /* names a collaboration of this file */
	sw_span top_span;  /* ... first here */
} sw_sym;

typedef enum sw_argkind {
	ARG_WORD,
	ARG_STRING,
	ARG_DATE,
	ARG_NUMBER,
	ARG_COMMA,
} sw_argkind;

typedef struct sw_arg {
	struct sw_arg *next;
	sw_span span;
	sw_argkind kind;
	sw_sym *sym;      /* ARG_WORD */
	const char *text; /* ARG_STRING: decoded; ARG_DATE/NUMBER: as written */
	uint32_t len;
} sw_arg;

/* A comment: its span in the source; the text is read from there. */
typedef struct sw_comment {
	struct sw_comment *next;
	sw_span span;
} sw_comment;

typedef enum sw_ctx {
	CTX_TOP,
	CTX_COLLAB,
	CTX_PARTY,
	CTX_AGREEMENT,
	CTX_GOVERNANCE,
	CTX_BODY,
	CTX__COUNT
} sw_ctx;

typedef struct sw_stmt {
	struct sw_stmt *next;
	sw_span span;          /* keyword to last argument (or '}') */
	sw_arg *head;          /* the keyword */
	sw_arg *args;
	struct sw_stmt *body;  /* statements of the block */
	sw_span open, close;   /* the braces, when has_block */
	uint8_t has_block;
	uint8_t ctx;           /* the block it stands in (sw_ctx) */
	sw_kw kw;              /* resolved keyword, KW_NONE if unknown */
	sw_comment *lead;      /* full-line comments above it */
	sw_comment *trail;     /* comment at the end of its (first) line */
	sw_comment *inner;     /* comments before the closing '}' */
	sw_comment *close_trail; /* comment after the closing '}' */
	void *node;            /* the model node it built, if any */
} sw_stmt;

#endif
