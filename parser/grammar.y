/* The samw grammar. Every statement has one shape -- a keyword, arguments,
 * an optional block -- and the shape pass (shape.c) checks each against the
 * keyword table, which gives far better messages than a grammar per
 * statement could. What is left for bison is the structure: lines, blocks,
 * and recovery, so that one bad line never hides the rest of the file. */
%define api.pure full
%define api.prefix {swy}
%define parse.error custom
%define api.token.raw
%param {void *scanner}
%param {struct sw_parser *P}

%code requires {
#include "parser/cst.h"
struct sw_parser;
}

/* No bison locations: a statement's span comes from its keyword and
 * arguments, which carry theirs, and a brace's with it as its value; a
 * syntax error is at the token just read (sw_parser.tok). Bison then
 * copies no location for each token and reduction. */
%union {
	sw_arg *arg;
	sw_line *lines;
	sw_stmt *stmt;
	const sw_span *span;
	struct { sw_stmt *h, *t; } list;
}

%code {
#include "parser/parser.h"
#include "lexer/lex.h"
static int swylex(SWYSTYPE *v, void *scanner, struct sw_parser *P)
{
	sw_tokval tv = { NULL };
	int t = sw_scan_with(&P->lex, &tv, &P->tok, scanner);
	/* the scanner's numbers (lexer/token.h) are the grammar's symbols
	 * after TOK_RAW (api.token.raw: bison does not translate them) */
	if (t == TOK_LINES)
		v->lines = tv.lines;
	else
		v->arg = tv.arg;
	if (t == TOK_LBRACE || t == TOK_RBRACE) {
		sw_span *s = sw_alloc_raw(&P->tree, sizeof *s);
		*s = P->tok;
		v->span = s;
	}
	return t ? t - (TOK_WORD - WORD) : SWYEOF;
}
static void swyerror(void *scanner, struct sw_parser *P, const char *msg);
/* The statement of keyword head (its arguments linked after it), with a
 * block when open is not NULL: it spans from the keyword to its last
 * argument, or to the '}'. Inline in each action: a call for every
 * statement cost more than the body. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline sw_stmt *stmt_of(struct sw_parser *P, sw_arg *head, const sw_span *open, sw_stmt *body,
                               const sw_span *close)
{
	sw_span all;
	all.start = head->span.start;
	if (close) {
		all.end = close->end;
	} else {
		const sw_arg *a = head;
		while (a->next)
			a = a->next;
		all.end = a->span.end;
	}
	return sw_parser_stmt(P, head, head->next, &all, body, open, close);
}
/* Bison reports a syntax error only once three tokens have been shifted
 * since the last one. A WORD or LINE stands for several of the scanner's
 * tokens (its arguments, and a LINE's TERM): they count as shifted too, so
 * that the errors reported are those of a grammar that shifts them one by
 * one. */
#define SHIFTED(head, extra)                                                 \
	do {                                                                 \
		if (yyerrstatus) {                                           \
			int n_ = (extra);                                    \
			for (const sw_arg *a_ = (head)->next; a_ && n_ < 3; a_ = a_->next) \
				n_++;                                        \
			yyerrstatus = yyerrstatus > n_ ? yyerrstatus - n_ : 0; \
		}                                                            \
	} while (0)
#define LIST_ADD(out, in, s)                    \
	do {                                    \
		(out) = (in);                   \
		if ((out).t)                    \
			(out).t->next = (s);    \
		else                            \
			(out).h = (s);          \
		(out).t = (s);                  \
	} while (0)
}

/* the numbers of lexer/token.h (sw_token). A WORD that starts a statement
 * carries the statement's arguments, linked after it and spanned by its
 * location; a LINE is such a statement and the TERM after it (the
 * scanner's ARG_TOK), so that most statements are one token. */
%token <arg> WORD STRING DATE NUMBER COMMA
%token TERM
%token <span> LBRACE RBRACE
%token <arg> LINE
%token <lines> LINES
%type <stmt> stmt
%type <list> list

%%

file
	: top
	| top stmt                { sw_parser_top(P, $2, 0); }
	;

/* top-level statements: each is checked, and its tree dropped, as soon as
 * it has been read */
top
	: %empty
	| top TERM
	| top stmt TERM           { sw_parser_top(P, $2, yychar != SWYEMPTY); }
	| top LINE                { SHIFTED($2, 1);
	                            sw_parser_top(P, stmt_of(P, $2, NULL, NULL, NULL), yychar != SWYEMPTY); }
	| top error TERM          { yyerrok; }
	| top error LBRACE list RBRACE  { yyerrok; }
	| top error LBRACE list stmt RBRACE  { yyerrok; }
	;

/* a block's statements; one with a block of its own, and its line end,
 * taken at once rather than as a `stmt` first (that is for the last
 * statement before a '}', which needs no line end, and for the top) */
list
	: %empty                  { $$.h = $$.t = NULL; }
	| list TERM               { $$ = $1; }
	| list WORD TERM          { SHIFTED($2, 0);
	                            sw_stmt *s = stmt_of(P, $2, NULL, NULL, NULL);
	                            LIST_ADD($$, $1, s); }
	| list WORD LBRACE list RBRACE TERM
	                          { SHIFTED($2, 0);
	                            sw_stmt *s = stmt_of(P, $2, $3, $4.h, $5);
	                            LIST_ADD($$, $1, s); }
	| list WORD LBRACE list stmt RBRACE TERM
	                          { SHIFTED($2, 0); LIST_ADD($4, $4, $5);
	                            sw_stmt *s = stmt_of(P, $2, $3, $4.h, $6);
	                            LIST_ADD($$, $1, s); }
	| list LINE               { SHIFTED($2, 1);
	                            sw_stmt *s = stmt_of(P, $2, NULL, NULL, NULL);
	                            LIST_ADD($$, $1, s); }
	| list LINES              { $$ = $1;
	                            for (sw_line *x = $2; x; x = x->next) {
	                                    SHIFTED(x->head, 1);
	                                    sw_stmt *s = stmt_of(P, x->head, NULL, NULL, NULL);
	                                    LIST_ADD($$, $$, s);
	                            } }
	| list error TERM         { $$ = $1; yyerrok; }
	| list error LBRACE list RBRACE { $$ = $1; yyerrok; }
	| list error LBRACE list stmt RBRACE { $$ = $1; yyerrok; }
	;

/* a block's statements are a list, and the last may do without its line
 * end ({ a; b }): written out in each rule rather than as a `body`, which
 * bison would reduce once more for every block */
stmt
	: WORD                    { SHIFTED($1, 0); $$ = stmt_of(P, $1, NULL, NULL, NULL); }
	| WORD LBRACE list RBRACE { SHIFTED($1, 0); $$ = stmt_of(P, $1, $2, $3.h, $4); }
	| WORD LBRACE list stmt RBRACE { SHIFTED($1, 0); LIST_ADD($3, $3, $4);
	                            $$ = stmt_of(P, $1, $2, $3.h, $5); }
	;

%%

static int yyreport_syntax_error(const yypcontext_t *ctx, void *scanner, struct sw_parser *P)
{
	(void)scanner;
	/* Bison 3.8 defines the static yypcontext_expected_tokens for every
	 * parse.error custom parser, whether it is called or not, and unlike
	 * its neighbours yypcontext_token and yypcontext_location does not mark
	 * it unused; no bison option leaves it out. The message below does not
	 * list expected tokens, so this is its only use (-Wunused-function). */
	(void)yypcontext_expected_tokens;
	/* The scanner has dealt with braces and line ends, so what is left is a
	 * statement that does not start with a keyword. */
	int what;
	switch (yypcontext_token(ctx)) {
	case YYSYMBOL_STRING: what = ARG_STRING; break;
	case YYSYMBOL_DATE: what = ARG_DATE; break;
	case YYSYMBOL_NUMBER: what = ARG_NUMBER; break;
	case YYSYMBOL_COMMA: what = ARG_COMMA; break;
	case YYSYMBOL_YYEOF: what = -2; break;
	default: what = -1; break;
	}
	sw_parser_syntax_error(P, what, P->tok);
	return 0;
}

/* Only reached when the parser's stack is exhausted, which the scanner's
 * nesting limit prevents; reported all the same. */
static void swyerror(void *scanner, struct sw_parser *P, const char *msg)
{
	(void)scanner;
	(void)msg;
	sw_parser_syntax_error(P, -3, P->tok);
}
