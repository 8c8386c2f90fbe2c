/* The samw grammar. Every statement has one shape -- a keyword, arguments,
 * an optional block -- and the shape pass (shape.c) checks each against the
 * keyword table, which gives far better messages than a grammar per
 * statement could. What is left for bison is the structure: lines, blocks,
 * and recovery, so that one bad line never hides the rest of the file. */
%define api.pure full
%define api.prefix {swy}
%define parse.error custom
%locations
%param {void *scanner}
%param {struct sw_parser *P}

%code requires {
#include "parser/cst.h"
struct sw_parser;
#define SWYLTYPE sw_span
#define SWYLTYPE_IS_DECLARED 1
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                    \
	do {                                                           \
		if (N) {                                               \
			(Cur).start = YYRHSLOC(Rhs, 1).start;          \
			(Cur).end = YYRHSLOC(Rhs, N).end;              \
		} else {                                               \
			(Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end; \
		}                                                      \
	} while (0)
}

%union {
	sw_arg *arg;
	sw_stmt *stmt;
	struct { sw_stmt *h, *t; } list;
}

%code {
#include "parser/parser.h"
#include "lexer/lex.h"
/* The scanner's tokens, with a statement's keyword and its arguments as
 * one token: the keyword, its arguments linked after it, spanning them
 * all; LINE when the line end or ';' after them is taken too (a statement
 * without a block, the commonest kind). The grammar then shifts one token
 * for most statements instead of two for every argument; the token that
 * ends the arguments is otherwise held until the next call. */
static int swylex(SWYSTYPE *v, SWYLTYPE *loc, void *scanner, struct sw_parser *P)
{
	int t;
	v->arg = NULL;
	if (P->held) {
		P->held = 0;
		t = P->held_tok;
		*loc = P->held_loc;
	} else {
		t = sw_scan(&v->arg, loc, scanner);
	}
	if (t != TOK_WORD || !P->at_start) {
		P->at_start = t == TOK_TERM || t == TOK_LBRACE || t == TOK_RBRACE;
		return t;
	}
	P->at_start = 0;
	sw_arg *tail = v->arg;
	for (;;) {
		sw_arg *a = NULL;
		int u = sw_scan(&a, &P->held_loc, scanner);
		if (u < TOK_WORD || u > TOK_COMMA) {
			P->held = 1;
			P->held_tok = u;
			break;
		}
		tail->next = a;
		tail = a;
		loc->end = P->held_loc.end;
	}
	tail->next = NULL;
	if (P->held_tok == TOK_TERM) {
		P->held = 0;
		P->at_start = 1;
		return LINE;
	}
	return t;
}
static void swyerror(SWYLTYPE *loc, void *scanner, struct sw_parser *P, const char *msg);
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

/* the numbers of lexer/token.h (sw_token); a WORD that starts a statement
 * carries the statement's arguments (swylex) */
%token <arg> WORD 258 STRING 259 DATE 260 NUMBER 261 COMMA 262
%token TERM 263 LBRACE 264 RBRACE 265
%token <arg> LINE 266
%type <stmt> stmt
%type <list> list body

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
	| top LINE                { sw_parser_top(P, sw_parser_stmt(P, $2, $2->next, &@2, NULL, NULL, NULL),
	                                          yychar != SWYEMPTY); }
	| top error TERM          { yyerrok; }
	| top error LBRACE body RBRACE  { yyerrok; }
	;

body
	: list                    { $$ = $1; }
	| list stmt               { LIST_ADD($$, $1, $2); }
	;

list
	: %empty                  { $$.h = $$.t = NULL; }
	| list TERM               { $$ = $1; }
	| list stmt TERM          { LIST_ADD($$, $1, $2); }
	| list LINE               { sw_stmt *s = sw_parser_stmt(P, $2, $2->next, &@2, NULL, NULL, NULL);
	                            LIST_ADD($$, $1, s); }
	| list error TERM         { $$ = $1; yyerrok; }
	| list error LBRACE body RBRACE { $$ = $1; yyerrok; }
	;

stmt
	: WORD                    { $$ = sw_parser_stmt(P, $1, $1->next, &@$, NULL, NULL, NULL); }
	| WORD LBRACE body RBRACE { $$ = sw_parser_stmt(P, $1, $1->next, &@$, $3.h, &@2, &@4); }
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
	sw_parser_syntax_error(P, what, *yypcontext_location(ctx));
	return 0;
}

/* Only reached when the parser's stack is exhausted, which the scanner's
 * nesting limit prevents; reported all the same. */
static void swyerror(SWYLTYPE *loc, void *scanner, struct sw_parser *P, const char *msg)
{
	(void)scanner;
	(void)msg;
	sw_parser_syntax_error(P, -3, *loc);
}
