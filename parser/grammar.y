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
static int swylex(SWYSTYPE *v, SWYLTYPE *loc, void *scanner, struct sw_parser *P)
{
	(void)P;
	v->arg = NULL;
	return sw_scan(&v->arg, loc, scanner);
}
static void swyerror(SWYLTYPE *loc, void *scanner, struct sw_parser *P, const char *msg);
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
	| top LINE                { SHIFTED($2, 1);
	                            sw_parser_top(P, sw_parser_stmt(P, $2, $2->next, &@2, NULL, NULL, NULL),
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
	| list LINE               { SHIFTED($2, 1);
	                            sw_stmt *s = sw_parser_stmt(P, $2, $2->next, &@2, NULL, NULL, NULL);
	                            LIST_ADD($$, $1, s); }
	| list error TERM         { $$ = $1; yyerrok; }
	| list error LBRACE body RBRACE { $$ = $1; yyerrok; }
	;

stmt
	: WORD                    { SHIFTED($1, 0); $$ = sw_parser_stmt(P, $1, $1->next, &@$, NULL, NULL, NULL); }
	| WORD LBRACE body RBRACE { SHIFTED($1, 0); $$ = sw_parser_stmt(P, $1, $1->next, &@$, $3.h, &@2, &@4); }
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
