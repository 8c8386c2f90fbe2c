/* The scanner's state (flex's "extra"): everything the reentrant scanner
 * needs lives here, none of it global. */
#ifndef SW_LEX_H
#define SW_LEX_H

#include <stddef.h>

#include "../base/arena.h"
#include "../diagnostics/diag.h"
#include "intern.h"
#include "token.h"

enum { SW_MAX_DEPTH = 64 };

typedef struct sw_lex {
	const char *src;     /* the whole input */
	size_t len;
	/* Positions come from byte offsets: a token's offset is where flex
	 * found it in src. Its column is col0 plus the bytes since off0, the
	 * start of the line or the end of the last token that was not plain
	 * ASCII (a column counts characters, so only such a token counts
	 * them). */
	uint32_t line;       /* the line being read */
	uint32_t off0, col0;
	sw_pos stop;         /* where reading stopped, once fatal */
	sw_arena *tree;      /* strings and arguments of the current block */
	sw_names *names;
	sw_diags *diags;
	sw_comment *cm_head, *cm_tail; /* comments not yet attached */
	unsigned directives; /* comments read that may be `# samw: ...`, so far */
	sw_span braces[SW_MAX_DEPTH];  /* open '{' */
	int depth;
	int closing;         /* '}' still to give at the end of the file */
	int fatal;           /* stop: the input cannot be read further */
	int last;            /* the last token returned (sw_token; 0 at the start) */
	uint32_t brace_line; /* a '{' is coming on a later line than this one */
	unsigned votes[3];   /* keywords seen per sw_lang (for SW_LANG_BOTH
	                        also the words that are none) */
	/* a statement's keyword and arguments as one token (scanner.l's
	 * ARG_TOK), when gather is set */
	int gather;
	int gathering;       /* st_head..st_tail are being read */
	int eof_again;       /* the end of the input comes next */
	int term_next;       /* a TERM comes next: the line end after a '}' */
	int resume;          /* statements come next, after a '{' or that TERM:
	                        read without the automaton (sw_scan) */
	/* read every token with flex's automaton, not gather_rest: the rules
	 * are what the loop must agree with, and tests/test_lexer.c compares
	 * the two on every example and test input */
	int automaton_only;
	sw_span term_loc;
	sw_arg *st_head, *st_tail;
	sw_line *run, *run_tail; /* statements read, not handed over yet */
} sw_lex;

/* Ready L to read src[0..len) (followed by two NUL bytes, as flex wants):
 * L's other fields must be set or zero. Returns the number of bytes to
 * skip at the start (a byte-order mark), where flex starts reading. */
size_t sw_lex_begin(sw_lex *L, const char *src, size_t len);

/* The scanner (lexer/scanner.l): the next token of the input, its value
 * (an argument node, or NULL) in *v and its span in *loc. scanner is
 * flex's reentrant state (yyscan_t), made by swylex_init_extra. */
int sw_scan(sw_tokval *v, sw_span *loc, void *scanner);
/* flex's own function, which sw_scan calls unless a TERM, the end of the
 * input or the braces after a stop are due */
int sw_scan_inner(sw_tokval *v, sw_span *loc, void *scanner);
/* sw_scan for a caller that has L at hand (the parser): the common case
 * without sw_scan's call in between */
static inline int sw_scan_with(sw_lex *L, sw_tokval *v, sw_span *loc, void *scanner)
{
	if (L->term_next || L->eof_again || L->fatal || L->resume)
		return sw_scan(v, loc, scanner);
	return sw_scan_inner(v, loc, scanner);
}

#endif
