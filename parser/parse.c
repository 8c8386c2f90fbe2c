#include "parser.h"

#include <string.h>

#include "../base/buf.h"
#include "../base/edit.h"
#include "grammar.h"
#include "scanner.h"

/* the scanner's token numbers are the grammar's, after an offset (the
 * grammar's are bison's own symbols: api.token.raw) */
#define SAME(g, t) ((int)(g) - (int)WORD == (int)(t) - (int)TOK_WORD)
_Static_assert(SAME(STRING, TOK_STRING) && SAME(DATE, TOK_DATE) && SAME(NUMBER, TOK_NUMBER) &&
               SAME(COMMA, TOK_COMMA) && SAME(TERM, TOK_TERM) && SAME(LBRACE, TOK_LBRACE) &&
               SAME(RBRACE, TOK_RBRACE) && SAME(LINE, TOK_LINE) && SAME(LINES, TOK_LINES) &&
               (int)TOK_END == 0,
               "lexer/token.h and parser/grammar.y disagree");
#undef SAME

void sw_parser_init(sw_parser *P, const sw_source *src, sw_diags *d,
                    sw_top_fn fn, void *ud)
{
	memset(P, 0, sizeof *P);
	P->src = src;
	P->diags = d;
	P->fn = fn;
	P->ud = ud;
	P->suggest_work = SW_EDIT_WORK;
	sw_arena_init(&P->file);
	sw_arena_init(&P->tree);
	sw_intern_init(&P->names, &P->file);
}

void sw_parser_free(sw_parser *P)
{
	sw_intern_free(&P->names);
	sw_arena_free(&P->tree);
	sw_arena_free(&P->file);
}

sw_lang sw_parser_lang(const sw_parser *P)
{
	return P->lex.votes[SW_LANG_NL] > P->lex.votes[SW_LANG_EN] ? SW_LANG_NL : SW_LANG_EN;
}

void sw_parser_run(sw_parser *P)
{
	sw_lex *L = &P->lex;
	L->tree = &P->tree;
	L->names = &P->names;
	L->diags = P->diags;
	size_t skip = sw_lex_begin(L, P->src->text, P->src->len);
	P->mark = sw_arena_mark(&P->tree);
	P->gen = 1;
	L->gather = 1;

	yyscan_t scanner;
	swylex_init_extra(L, &scanner);
	swy_scan_buffer(P->src->text + skip, P->src->len - skip + 2, scanner);
	swyparse(scanner, P);
	swylex_destroy(scanner);

	if (P->fn)
		P->fn(P->ud, P, NULL, L->cm_head);
	L->cm_head = L->cm_tail = NULL;
}

/* ---- comments --------------------------------------------------------
 * Comments arrive in source order; each statement takes, in order, those
 * above it, the one ending its first line, those before its '}' and the one
 * after its '}'. */

static sw_comment *take_before(sw_lex *L, uint32_t off)
{
	sw_comment *h = NULL, *t = NULL;
	while (L->cm_head && L->cm_head->span.start.off < off) {
		sw_comment *c = L->cm_head;
		L->cm_head = c->next;
		c->next = NULL;
		if (t)
			t->next = c;
		else
			h = c;
		t = c;
	}
	if (!L->cm_head)
		L->cm_tail = NULL;
	return h;
}

static inline sw_comment *take_on_line(sw_lex *L, uint32_t line, uint32_t before)
{
	sw_comment *c = L->cm_head;
	if (c && c->span.start.line == line && c->span.start.off < before)
		return take_before(L, c->span.start.off + 1);
	return NULL;
}

static void attach(sw_lex *L, sw_stmt *s, uint32_t limit)
{
	/* once no comment is left, there is nothing to take: the fields are
	 * NULL already (sw_alloc) */
	for (; s && L->cm_head; s = s->next) {
		uint32_t next = s->next ? s->next->span.start.off : limit;
		if (!s->has_block && L->cm_head->span.start.off >= next)
			continue; /* the next comment is after it: none above it,
			           * none at the end of its line */
		if (s->has_block && L->cm_head->span.start.off >= s->close.start.off) {
			/* the next comment is after its block: nothing above it,
			 * on its first line or inside its block is left to take,
			 * so the block's statements are not visited */
			s->close_trail = take_on_line(L, s->close.end.line, next);
			continue;
		}
		s->lead = take_before(L, s->span.start.off);
		if (s->has_block) {
			uint32_t first = s->body ? s->body->span.start.off : s->close.start.off;
			s->trail = take_on_line(L, s->open.start.line, first);
			attach(L, s->body, s->close.start.off);
			s->inner = take_before(L, s->close.start.off);
			s->close_trail = take_on_line(L, s->close.end.line, next);
		} else {
			s->trail = take_on_line(L, s->span.end.line, next);
		}
	}
}

void sw_parser_top(sw_parser *P, sw_stmt *s, int lookahead)
{
	sw_lex *L = &P->lex;
	s->next = NULL;
	attach(L, s, UINT32_MAX);
	if (P->fn)
		P->fn(P->ud, P, s, NULL);
	P->gen++;
	/* Drop this block's tree, unless a lookahead token or a comment read
	 * past it still lives there (then it goes with the next one). */
	if (!P->keep && !lookahead && !L->cm_head)
		sw_arena_rewind(&P->tree, P->mark);
}

void sw_parser_syntax_error(sw_parser *P, int what, sw_span at)
{
	if (what == -3) {
		sw_diag *g = sw_diag_report(P->diags, SW001, at, M_SYN_TOO_DEEP);
		if (g) {
			g->help = M_SYN_TOO_DEEP_HELP;
			sw_diag_argz(P->diags, g, 1, "10000");
		}
		return;
	}
	sw_diag *g = sw_diag_report(P->diags, SW001, at, M_SYN_STMT_START);
	if (!g)
		return;
	g->help = M_SYN_STMT_START_HELP;
	if (what == ARG_COMMA) {
		sw_diag_argp(g, 1, M_P_COMMA, NULL);
	} else if (what == -2) {
		sw_diag_argp(g, 1, M_P_EOF, NULL);
	} else {
		size_t n = at.end.off - at.start.off;
		if (n > 60)
			n = 60;
		sw_diag_arg(P->diags, g, 1, P->src->text + at.start.off, n);
	}
}
