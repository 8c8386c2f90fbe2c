#include "suppress.h"

#include <stdlib.h>
#include <string.h>

static int space(char c)
{
	return c == ' ' || c == '\t';
}

/* Parse one comment; add an entry per code, covering [from, to). */
static void parse(sw_parser *P, const sw_comment *cm, uint32_t from, uint32_t to,
                  sw_allow **list)
{
	const char *s = P->src->text + cm->span.start.off;
	const char *end = P->src->text + cm->span.end.off;
	const char *p = s + 1; /* past '#' */
	while (p < end && space(*p))
		p++;
	if (end - p < 5 || memcmp(p, "samw:", 5) != 0)
		return;
	p += 5;
	while (p < end && space(*p))
		p++;
	/* `allow`, or in Dutch `toestaan` (the keyword table's KW_ALLOW) */
	const char *w0 = p;
	while (p < end && !space(*p))
		p++;
	if (sw_kw_lookup(w0, (size_t)(p - w0), NULL) != KW_ALLOW)
		return;
	size_t kw = (size_t)(p - w0);
	p = w0;
	p += kw;
	for (;;) {
		while (p < end && (space(*p) || *p == ','))
			p++;
		if (p >= end || (end - p >= 2 && p[0] == '-' && p[1] == '-'))
			break;
		const char *w = p;
		while (p < end && !space(*p) && *p != ',')
			p++;
		size_t n = (size_t)(p - w);
		char word[64];
		sw_span at = cm->span;
		at.start.off = (uint32_t)(w - P->src->text);
		at.start.col = cm->span.start.col + (uint32_t)(w - s); /* comments here are ASCII up to the code */
		at.end = at.start;
		at.end.off += (uint32_t)n;
		at.end.col += (uint32_t)n;
		sw_check code;
		if (n >= sizeof word || (memcpy(word, w, n), word[n] = '\0', !sw_check_find(word, &code))) {
			sw_diag *g = sw_diag_report(P->diags, SW011, at, M_SUPPRESS_UNKNOWN);
			if (g) {
				g->help = M_SUPPRESS_UNKNOWN_HELP;
				sw_diag_arg(P->diags, g, 1, w, n > 40 ? 40 : n);
			}
			continue;
		}
		sw_allow *a = sw_alloc(&P->tree, sizeof *a);
		a->code = code;
		a->at = at;
		a->from = from;
		a->to = to;
		a->next = *list;
		*list = a;
	}
}

/* Comments that cover nothing (not just above a statement). */
static void loose(sw_parser *P, const sw_comment *c, sw_allow **list)
{
	for (; c; c = c->next)
		parse(P, c, 0, 0, list);
}

static void walk(sw_parser *P, sw_stmt *s, sw_allow **list)
{
	for (; s; s = s->next) {
		/* the run of comment lines that ends just above the statement */
		const sw_comment *run = NULL, *prev = NULL;
		for (const sw_comment *c = s->lead; c; c = c->next) {
			if (!prev || prev->span.start.line + 1 != c->span.start.line)
				run = c;
			prev = c;
		}
		if (!prev || prev->span.start.line + 1 != s->span.start.line)
			run = NULL;
		uint32_t to = s->has_block ? s->close.end.off : s->span.end.off;
		/* the run is the tail of the list: those from run on cover s */
		int covers = 0;
		for (const sw_comment *c = s->lead; c; c = c->next) {
			covers |= c == run;
			parse(P, c, covers ? s->span.start.off : 0, covers ? to : 0, list);
		}
		loose(P, s->trail, list);
		if (s->has_block) {
			walk(P, s->body, list);
			loose(P, s->inner, list);
			loose(P, s->close_trail, list);
		}
	}
}

/* ---- the index ------------------------------------------------------
 * Every diagnostic goes through the filter, so it must not look at every
 * suppression: a file with a suppression above each of many statements
 * would take quadratic time. The ranges are those of statements, so any
 * two of them are nested or apart. The entries that cover something are
 * sorted by code, then start (outer first); each points up to the nearest
 * one of its code that holds it. For an offset, the last entry starting at
 * or before it, then its way up, give every entry that holds it. */

typedef struct sw_allow_index {
	sw_allow **v;
	size_t n;
} sw_allow_index;

static int by_code_start(const void *pa, const void *pb)
{
	const sw_allow *a = *(sw_allow *const *)pa, *b = *(sw_allow *const *)pb;
	if (a->code != b->code)
		return a->code < b->code ? -1 : 1;
	if (a->from != b->from)
		return a->from < b->from ? -1 : 1;
	if (a->to != b->to)
		return a->to > b->to ? -1 : 1; /* the outer one first */
	return a->at.start.off < b->at.start.off ? -1 : a->at.start.off > b->at.start.off;
}

static void index_list(sw_parser *P, sw_allow *list)
{
	size_t n = 0;
	for (sw_allow *a = list; a; a = a->next)
		n += a->from < a->to;
	sw_allow_index *x = sw_alloc(&P->tree, sizeof *x);
	x->v = sw_alloc(&P->tree, (n ? n : 1) * sizeof *x->v);
	for (sw_allow *a = list; a; a = a->next)
		if (a->from < a->to)
			x->v[x->n++] = a;
	qsort(x->v, x->n, sizeof *x->v, by_code_start);
	/* the entry above each: from the one before it, up past those that
	 * end before it starts (each is passed over once) */
	for (size_t i = 0; i < x->n; i++) {
		sw_allow *a = x->v[i];
		sw_allow *up = i && x->v[i - 1]->code == a->code ? x->v[i - 1] : NULL;
		while (up && up->to <= a->from)
			up = up->up;
		a->up = up;
	}
	list->index = x;
}

sw_allow *sw_suppress_collect(sw_parser *P, sw_stmt *top, sw_comment *tail)
{
	sw_allow *list = NULL;
	/* every comment that may be a suppression was attached to an earlier
	 * statement and looked at (none is left waiting in cm_head when the
	 * count is taken): top's comments are none, and need no walk */
	if (top && P->lex.directives != P->directives_attached) {
		if (!P->lex.cm_head)
			P->directives_attached = P->lex.directives;
		sw_stmt *next = top->next;
		top->next = NULL;
		walk(P, top, &list);
		top->next = next;
	}
	loose(P, tail, &list);
	if (list)
		index_list(P, list);
	return list;
}

int sw_suppress_filter(void *ud, sw_check c, sw_span at)
{
	/* what cannot be read cannot be excused */
	if (c == SW001 || c == SW008)
		return 0;
	const sw_allow_index *x = ((sw_allow *)ud)->index;
	uint32_t off = at.start.off;
	/* the last entry at or before (c, off) */
	size_t lo = 0, hi = x->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const sw_allow *m = x->v[mid];
		if (m->code < c || (m->code == c && m->from <= off))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || x->v[lo - 1]->code != c)
		return 0;
	sw_allow *a = x->v[lo - 1];
	while (a && a->to <= off)
		a = a->up;
	/* a holds off, and so does every entry above it */
	int hit = a != NULL;
	for (; a; a = a->up)
		a->used = 1;
	return hit;
}

void sw_suppress_unused(sw_parser *P, sw_allow *list)
{
	for (sw_allow *a = list; a; a = a->next) {
		if (a->used)
			continue;
		sw_diag *g = sw_diag_report(P->diags, SW012, a->at,
		                         a->to ? M_SUPPRESS_UNUSED : M_SUPPRESS_DETACHED);
		if (g) {
			g->help = M_SUPPRESS_UNUSED_HELP;
			sw_diag_argz(P->diags, g, 1, sw_check_info(a->code)->code);
		}
	}
}
