/* What the scanner hands the parser: token kinds, and each argument token
 * (a word, text, date, number or comma) as a node with its span, which the
 * parser links into statements. Comments are kept beside them, by span. */
#ifndef SW_TOKEN_H
#define SW_TOKEN_H

#include <stdint.h>

#include "../base/span.h"
#include "intern.h"

/* Token kinds. The grammar (parser/grammar.y) declares the same numbers;
 * parser/parse.c asserts that they agree. */
typedef enum sw_token {
	TOK_END = 0,
	TOK_WORD = 258,
	TOK_STRING,
	TOK_DATE,
	TOK_NUMBER,
	TOK_COMMA,
	TOK_TERM,    /* the end of a statement: a line end or ';' */
	TOK_LBRACE,
	TOK_RBRACE,
	TOK_LINE,    /* a statement without a block and its TERM (sw_lex.gather) */
	TOK_LINES,   /* several LINEs in a row inside a block */
} sw_token;

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

/* One statement of a TOK_LINES: its keyword, the arguments linked after
 * it. */
typedef struct sw_line {
	struct sw_line *next;
	sw_arg *head;
} sw_line;

/* A token's value: its argument (a WORD or LINE: the keyword, with the
 * statement's arguments linked after it), or the statements of a LINES. */
typedef union sw_tokval {
	sw_arg *arg;
	sw_line *lines;
} sw_tokval;

/* A comment: its span in the source; the text is read from there. */
typedef struct sw_comment {
	struct sw_comment *next;
	sw_span span;
} sw_comment;

#endif
