#include "shape.h"

#include <stdio.h>
#include <string.h>

#include "../base/edit.h"

#define NAME { A_NAME, 0, 0 }
#define TITLE { A_TITLE, 0, 0 }
#define TEXT { A_TEXT, 0, 0 }
#define DATE { A_DATE, 0, 0 }
#define WORD(k) { A_WORD, 0, KW_##k }
#define VALUE(v) { A_VALUE, v, 0 }
#define VALUES(v) { A_VALUES, v, 0 }
#define ONE(k) { k, 0, 0 }

static const sw_shape shapes[] = {
#define S(ctx, kw, block, once, req, ...) \
	{ CTX_##ctx, KW_##kw, block, once, req, { __VA_ARGS__ } },
#include "shapes.def"
#undef S
};

enum {
#define S(ctx, kw, ...) SHAPE_##ctx##_##kw,
#include "shapes.def"
#undef S
	NSHAPES
};

/* (block, keyword) -> shape + 1, so that a lookup is one load */
static const unsigned char shape_index[CTX__COUNT][KW__COUNT] = {
#define S(ctx, kw, ...) [CTX_##ctx][KW_##kw] = SHAPE_##ctx##_##kw + 1,
#include "shapes.def"
#undef S
};

const sw_shape *sw_shapes(size_t *n)
{
	*n = NSHAPES;
	return shapes;
}

const sw_shape *sw_shape_find(sw_ctx ctx, sw_kw kw)
{
	if ((unsigned)ctx >= CTX__COUNT || (unsigned)kw >= KW__COUNT || !shape_index[ctx][kw])
		return NULL;
	return &shapes[shape_index[ctx][kw] - 1];
}

sw_msg sw_ctx_phrase(sw_ctx ctx)
{
	static const sw_msg m[CTX__COUNT] = {
		M_P_CTX_TOP, M_P_CTX_COLLAB, M_P_CTX_PARTY,
		M_P_CTX_AGREEMENT, M_P_CTX_GOVERNANCE, M_P_CTX_BODY,
	};
	return m[ctx < CTX__COUNT ? ctx : 0];
}

/* ---- examples, for help lines ----------------------------------------- */

static void value_list(sw_buf *b, sw_vset v, sw_lang lang, const char *sep)
{
	int first = 1;
	for (int k = 1; k < KW__COUNT; k++) {
		if (sw_kw_vset((sw_kw)k) != v)
			continue;
		if (!first)
			sw_buf_puts(b, sep);
		sw_buf_puts(b, sw_kw_spell((sw_kw)k, lang));
		first = 0;
	}
}

static sw_kw first_value(sw_vset v)
{
	for (int k = 1; k < KW__COUNT; k++)
		if (sw_kw_vset((sw_kw)k) == v)
			return (sw_kw)k;
	return KW_NONE;
}

void sw_shape_example(sw_buf *b, const sw_shape *s, sw_lang lang)
{
	sw_buf_puts(b, sw_kw_spell((sw_kw)s->kw, lang));
	int dates = 0;
	for (int i = 0; i < 4 && s->args[i].kind; i++) {
		const sw_aspec *a = &s->args[i];
		sw_buf_putc(b, ' ');
		switch ((sw_akind)a->kind) {
		case A_NAME: sw_buf_puts(b, "name"); break;
		case A_TITLE: sw_buf_puts(b, lang == SW_LANG_NL ? "\"Naam\"" : "\"Name\""); break;
		case A_TEXT: sw_buf_puts(b, "\"...\""); break;
		case A_DATE:
		case A_DATE_OR_OPEN:
			sw_buf_puts(b, dates++ ? "2027-12-31" : "2025-01-01");
			break;
		case A_WORD: sw_buf_puts(b, sw_kw_spell((sw_kw)a->kw, lang)); break;
		case A_VALUE: sw_buf_puts(b, sw_kw_spell(first_value((sw_vset)a->vset), lang)); break;
		case A_VALUES: value_list(b, (sw_vset)a->vset, lang, ", "); break;
		case A_REF: sw_buf_puts(b, "name"); break;
		case A_REFS: sw_buf_puts(b, "name1, name2"); break;
		case A_REF_OR_TEXT: sw_buf_puts(b, "\"Organisation\""); break;
		case A_DECIDER: sw_buf_puts(b, sw_kw_spell(KW_CONSENSUS, lang)); break;
		case A_END: break;
		}
	}
	if (s->block)
		sw_buf_puts(b, " { ... }");
}

/* ---- the pass -------------------------------------------------------- */

typedef struct sh {
	sw_parser *P;
	sw_diags *D;
	sw_lang lang;
	sw_arena *A;
	sw_collab *c;
} sh;

static sw_diag *diag(sh *h, sw_check c, sw_span at, sw_msg m)
{
	return sw_diag_add(h->D, c, sw_check_info(c)->sev, at, m);
}

static const char *kwtext(const sw_stmt *s)
{
	return s->head->text;
}

/* Describe what was found, as argument i of g. */
static void found(sh *h, sw_diag *g, int i, const sw_arg *a)
{
	if (!a) {
		sw_diag_argp(g, i, M_P_EOL, NULL);
	} else if (a->kind == ARG_COMMA) {
		sw_diag_argp(g, i, M_P_COMMA, NULL);
	} else {
		size_t n = a->span.end.off - a->span.start.off;
		const char *t = h->P->src->text + a->span.start.off;
		if (n > 60) {
			n = 60;
			while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
				n--; /* do not cut a character in two */
		}
		if (a->kind == ARG_WORD) {
			char buf[72];
			snprintf(buf, sizeof buf, "'%.*s'", (int)n, t);
			sw_diag_argz(h->D, g, i, buf);
		} else {
			sw_diag_arg(h->D, g, i, t, n);
		}
	}
}

static sw_span span_or_end(const sw_source *src, const sw_stmt *s, const sw_arg *a)
{
	if (a)
		return a->span;
	sw_span e = s->span;
	if (s->has_block)
		e.end = s->open.start;
	/* point just past the last argument */
	sw_arg *last = s->head;
	for (sw_arg *x = s->args; x; x = x->next)
		last = x;
	e.start = e.end = last->span.end;
	if (e.end.off < src->len) { /* not past the end of a file without a final newline */
		e.end.col++;
		e.end.off++;
	}
	return e;
}

static void expected(sh *h, const sw_stmt *s, const sw_shape *sp, const sw_arg *at,
                     sw_msg what, const char *what_text)
{
	sw_diag *g = diag(h, SW001, span_or_end(h->P->src, s, at), M_SYN_EXPECTED);
	if (!g)
		return;
	g->help = M_SYN_EXPECTED_HELP;
	sw_diag_argp(g, 1, what, what_text);
	sw_diag_argz(h->D, g, 2, kwtext(s));
	found(h, g, 3, at);
	sw_buf ex = { 0 };
	sw_shape_example(&ex, sp, h->lang);
	sw_diag_argz(h->D, g, 4, sw_buf_str(&ex));
	sw_buf_free(&ex);
}

static sw_msg vset_phrase(sw_vset v)
{
	switch (v) {
	case VS_FORM: return M_P_EXP_FORM;
	case VS_PHASE: return M_P_EXP_PHASE;
	case VS_KIND: return M_P_EXP_KIND;
	case VS_ROLE: return M_P_EXP_ROLE;
	case VS_AGREEMENT_KIND: return M_P_EXP_AKIND;
	case VS_SHARED: return M_P_EXP_SHARED;
	case VS_DECISION: return M_P_EXP_DECISION;
	default: return M_P_EXP_NAME;
	}
}

static const char *vset_list(sh *h, sw_vset v)
{
	sw_buf b = { 0 };
	value_list(&b, v, h->lang, ", ");
	const char *s = sw_strndup(&h->D->arena, sw_buf_str(&b), b.len);
	sw_buf_free(&b);
	return s;
}

/* The keyword among cands (spelled in either language) nearest to w. */
static sw_kw nearest_kw(const char *w, size_t n, const sw_kw *cands, size_t nc)
{
	size_t best = sw_edit_budget(n) + 1;
	sw_kw bk = KW_NONE;
	for (size_t i = 0; i < nc; i++) {
		const sw_kwinfo *e = sw_kw_info(cands[i]);
		const char *sp[3] = { e->en, e->nl, e->nl2 };
		for (int j = 0; j < 3; j++) {
			if (!sp[j])
				continue;
			size_t d = sw_edit_distance(w, n, sp[j], strlen(sp[j]), best - 1);
			if (d < best) {
				best = d;
				bk = cands[i];
			}
		}
	}
	return bk;
}

static void suggest(sh *h, sw_diag *g, sw_kw k)
{
	if (!g || !k)
		return;
	sw_diag_fix(h->D, g, sw_kw_spell(k, h->lang));
}

static void bad_value(sh *h, const sw_arg *a, sw_vset v)
{
	sw_diag *g = diag(h, SW005, a->span, M_VAL_ENUM);
	if (!g)
		return;
	sw_diag_arg(h->D, g, 1, a->text, a->len);
	static const sw_msg names[VS__COUNT] = {
		M_NONE, M_P_VS_FORM, M_P_VS_PHASE, M_P_VS_KIND, M_P_VS_ROLE,
		M_P_VS_AGREEMENT_KIND, M_P_VS_SHARED, M_P_VS_DECISION,
	};
	sw_diag_argp(g, 2, names[v], NULL);
	sw_diag_argz(h->D, g, 3, vset_list(h, v));
	g->note = M_VAL_ENUM_NOTE;
	sw_kw cands[KW__COUNT];
	size_t nc = 0;
	for (int k = 1; k < KW__COUNT; k++)
		if (sw_kw_vset((sw_kw)k) == v)
			cands[nc++] = (sw_kw)k;
	suggest(h, g, nearest_kw(a->text, a->len, cands, nc));
}

static void check_date(sh *h, const sw_arg *a, sw_date *out)
{
	if (!sw_date_parse(a->text, a->len, out)) {
		sw_diag *g = diag(h, SW005, a->span, M_VAL_DATE);
		if (g) {
			g->help = M_VAL_DATE_HELP;
			sw_diag_arg(h->D, g, 1, a->text, a->len);
		}
	}
}

static sw_ref *mkref(sh *h, sw_arg *a)
{
	sw_ref *r = sw_alloc(h->A, sizeof *r);
	r->arg = a;
	return r;
}

/* The result of matching one statement's arguments. */
typedef struct margs {
	sw_arg *name, *title, *text, *word;
	sw_arg *date[2];
	int open;
	sw_kw value;
	unsigned values;      /* SHARED as a mask */
	sw_ref *refs, *refs_tail;
	int ok;
} margs;

static void add_ref(sh *h, margs *m, sw_arg *a)
{
	sw_ref *r = mkref(h, a);
	if (m->refs_tail)
		m->refs_tail->next = r;
	else
		m->refs = r;
	m->refs_tail = r;
}

static unsigned share_bit(sw_kw k)
{
	return k == KW_RISKS ? SHARE_RISKS : k == KW_COSTS ? SHARE_COSTS
	       : k == KW_REVENUES ? SHARE_REVENUES : 0;
}

/* Match the arguments of s against its shape. Reports what does not fit;
 * m->ok is 0 when the statement cannot be used. */
static void match(sh *h, const sw_stmt *s, const sw_shape *sp, margs *m)
{
	memset(m, 0, sizeof *m);
	m->ok = 1;
	sw_arg *a = s->args;
	int dates = 0;
	for (int i = 0; i < 4 && sp->args[i].kind; i++) {
		const sw_aspec *x = &sp->args[i];
		switch ((sw_akind)x->kind) {
		case A_NAME:
			if (!a || a->kind != ARG_WORD)
				goto bad_name;
			m->name = a;
			a = a->next;
			break;
		case A_TITLE:
			if (a && a->kind == ARG_STRING) {
				m->title = a;
				a = a->next;
			}
			break;
		case A_TEXT:
			if (!a || a->kind != ARG_STRING) {
				expected(h, s, sp, a, M_P_EXP_TEXT, NULL);
				m->ok = 0;
				return;
			}
			m->text = a;
			a = a->next;
			break;
		case A_DATE:
			if (!a || a->kind != ARG_DATE) {
				expected(h, s, sp, a, M_P_EXP_DATE, NULL);
				m->ok = 0;
				return;
			}
			m->date[dates++] = a;
			a = a->next;
			break;
		case A_DATE_OR_OPEN:
			if (a && a->kind == ARG_DATE) {
				m->date[dates++] = a;
			} else if (a && a->kind == ARG_WORD && a->sym->kw == KW_OPEN) {
				m->open = 1;
			} else {
				expected(h, s, sp, a, M_P_EXP_DATE_OR_OPEN,
				         sw_kw_spell(KW_OPEN, h->lang));
				m->ok = 0;
				return;
			}
			a = a->next;
			break;
		case A_WORD:
			if (!a || a->kind != ARG_WORD || a->sym->kw != x->kw) {
				expected(h, s, sp, a, M_P_EXP_WORD, sw_kw_spell((sw_kw)x->kw, h->lang));
				m->ok = 0;
				return;
			}
			a = a->next;
			break;
		case A_VALUE:
		case A_VALUES:
			for (;;) {
				if (!a || a->kind != ARG_WORD) {
					expected(h, s, sp, a, vset_phrase((sw_vset)x->vset),
					         vset_list(h, (sw_vset)x->vset));
					m->ok = 0;
					return;
				}
				if (sw_kw_vset(a->sym->kw) != x->vset) {
					bad_value(h, a, (sw_vset)x->vset);
				} else if (x->kind == A_VALUE) {
					m->value = a->sym->kw;
				} else {
					unsigned bit = share_bit(a->sym->kw);
					if (m->values & bit) {
						sw_diag *g = diag(h, SW005, a->span, M_VAL_REPEATED_ITEM);
						sw_diag_arg(h->D, g, 1, a->text, a->len);
					}
					m->values |= bit;
				}
				a = a->next;
				if (x->kind == A_VALUE || !a || a->kind != ARG_COMMA)
					break;
				a = a->next;
			}
			break;
		case A_REF:
		case A_REFS:
			for (;;) {
				if (!a || a->kind != ARG_WORD) {
					expected(h, s, sp, a,
					         x->kind == A_REF ? M_P_EXP_PARTY : M_P_EXP_PARTIES,
					         NULL);
					m->ok = 0;
					return;
				}
				add_ref(h, m, a);
				a = a->next;
				if (x->kind == A_REF || !a || a->kind != ARG_COMMA)
					break;
				a = a->next;
			}
			break;
		case A_REF_OR_TEXT:
			if (a && a->kind == ARG_WORD) {
				add_ref(h, m, a);
			} else if (a && a->kind == ARG_STRING) {
				m->text = a;
			} else {
				expected(h, s, sp, a, M_P_EXP_NAME_OR_TEXT, NULL);
				m->ok = 0;
				return;
			}
			a = a->next;
			break;
		case A_DECIDER:
			if (!a || a->kind != ARG_WORD) {
				expected(h, s, sp, a, M_P_EXP_DECISION, vset_list(h, VS_DECISION));
				m->ok = 0;
				return;
			}
			if (sw_kw_vset(a->sym->kw) == VS_DECISION)
				m->value = a->sym->kw;
			else
				add_ref(h, m, a);
			a = a->next;
			break;
		case A_END:
			break;
		}
	}
	if (a) {
		/* more than the shape takes */
		expected(h, s, sp, a, M_P_EOL, NULL);
		m->ok = m->ok && a != s->args;
	}
	return;
bad_name:
	expected(h, s, sp, a, M_P_EXP_NAME, NULL);
	m->ok = 0;
}

static void check_text(sh *h, const sw_stmt *s, const sw_arg *t)
{
	if (t && t->len == 0) {
		sw_diag *g = diag(h, SW005, t->span, M_VAL_EMPTY);
		if (g) {
			g->help = M_VAL_EMPTY_HELP;
			sw_diag_argz(h->D, g, 1, kwtext(s));
		}
	}
}

static void check_kvk(sh *h, const sw_arg *t)
{
	int ok = t->len == 8;
	for (uint32_t i = 0; ok && i < t->len; i++)
		ok = t->text[i] >= '0' && t->text[i] <= '9';
	if (!ok) {
		sw_diag *g = diag(h, SW005, t->span, M_VAL_KVK);
		if (g) {
			g->help = M_VAL_KVK_HELP;
			sw_diag_arg(h->D, g, 1, t->text, t->len);
		}
	}
}

/* Declare a name in the collaboration's namespace. */
/* Returns 0 when the name is already taken (reported). */
static int declare(sh *h, sw_decl *d)
{
	sw_sym *y = d->name->sym;
	if (y->decl_gen == h->P->gen && y->decl) {
		sw_decl *first = y->decl;
		sw_diag *g = diag(h, SW006, d->name->span, M_DUP_NAME);
		if (g) {
			char line[16];
			snprintf(line, sizeof line, "%u", (unsigned)first->name->span.start.line);
			sw_diag_arg(h->D, g, 1, y->s, y->len);
			sw_diag_argz(h->D, g, 2, line);
			g->has_span2 = 1;
			g->span2 = first->name->span;
			g->label2 = M_DUP_NAME_LABEL;
			g->help = M_DUP_NAME_HELP;
		}
		return 0;
	}
	y->decl = d;
	y->decl_gen = h->P->gen;
	return 1;
}

static void block(sh *h, sw_stmt *list, sw_ctx ctx, void *node);

/* Report a statement that does not belong here; 1 when it does. */
static const sw_shape *place(sh *h, sw_stmt *s, sw_ctx ctx)
{
	const sw_shape *sp = s->kw ? sw_shape_find(ctx, s->kw) : NULL;
	if (sp)
		return sp;
	/* a keyword of another block? */
	const sw_shape *elsewhere = NULL;
	size_t n;
	const sw_shape *all = sw_shapes(&n);
	for (size_t i = 0; s->kw && i < n && !elsewhere; i++)
		if (all[i].kw == s->kw)
			elsewhere = &all[i];
	if (elsewhere) {
		sw_diag *g = diag(h, SW003, s->head->span, M_MISPLACED);
		if (g) {
			g->help = M_MISPLACED_HELP;
			sw_diag_argz(h->D, g, 1, kwtext(s));
			sw_diag_argp(g, 2, sw_ctx_phrase((sw_ctx)elsewhere->ctx), NULL);
			sw_diag_argp(g, 3, sw_ctx_phrase(ctx), NULL);
		}
		return NULL;
	}
	sw_diag *g = diag(h, SW002, s->head->span, M_UNKNOWN_KW);
	if (!g)
		return NULL;
	g->label = M_UNKNOWN_KW_LABEL;
	sw_diag_argz(h->D, g, 1, kwtext(s));
	sw_diag_argp(g, 2, sw_ctx_phrase(ctx), NULL);
	sw_kw cands[KW__COUNT];
	size_t nc = 0;
	sw_buf list = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (all[i].ctx != ctx)
			continue;
		cands[nc++] = (sw_kw)all[i].kw;
		if (list.len)
			sw_buf_puts(&list, ", ");
		sw_buf_puts(&list, sw_kw_spell((sw_kw)all[i].kw, h->lang));
	}
	sw_diag_argz(h->D, g, 3, sw_buf_str(&list));
	sw_buf_free(&list);
	g->note = M_UNKNOWN_KW_NOTE;
	suggest(h, g, nearest_kw(s->head->text, s->head->len, cands, nc));
	return NULL;
}

static void append_party(sw_collab *c, sw_party *p)
{
	if (c->parties_tail)
		c->parties_tail->next = p;
	else
		c->parties = p;
	c->parties_tail = p;
	c->n_parties++;
}

static void append_agreement(sw_collab *c, sw_agreement *p)
{
	if (c->agreements_tail)
		c->agreements_tail->next = p;
	else
		c->agreements = p;
	c->agreements_tail = p;
	c->n_agreements++;
}

static void append_body(sw_collab *c, sw_body *p)
{
	if (c->bodies_tail)
		c->bodies_tail->next = p;
	else
		c->bodies = p;
	c->bodies_tail = p;
	c->n_bodies++;
}

/* Apply one well-shaped statement to the node of its block. */
static void apply(sh *h, sw_stmt *s, sw_ctx ctx, void *node, margs *m)
{
	sw_collab *c = h->c;
	switch (ctx) {
	case CTX_COLLAB:
		switch (s->kw) {
		case KW_FORM: c->form = s; c->form_kw = m->value; break;
		case KW_PHASE: c->phase = s; c->phase_kw = m->value; break;
		case KW_GOAL: c->n_goals++; check_text(h, s, m->text); break;
		case KW_STRATEGY: c->strategy = s; check_text(h, s, m->text); break;
		case KW_PROCESS: c->process = s; check_text(h, s, m->text); break;
		case KW_STYLE: c->style = s; check_text(h, s, m->text); break;
		case KW_EXIT: c->exit = s; check_text(h, s, m->text); break;
		case KW_RESULT: c->n_results++; check_text(h, s, m->text); break;
		case KW_REVIEW: {
			sw_date d;
			c->n_reviews++;
			check_date(h, m->date[0], &d);
			break;
		}
		case KW_TERM: {
			c->term = s;
			int ok = sw_date_parse(m->date[0]->text, m->date[0]->len, &c->start);
			check_date(h, m->date[0], NULL);
			if (m->open) {
				c->term_open = 1;
				c->term_valid = ok;
			} else {
				int ok2 = sw_date_parse(m->date[1]->text, m->date[1]->len, &c->end);
				check_date(h, m->date[1], NULL);
				c->term_valid = ok && ok2;
			}
			break;
		}
		default: break;
		}
		break;
	case CTX_PARTY: {
		sw_party *p = node;
		switch (s->kw) {
		case KW_KIND: p->kind_stmt = s; if (m->value) p->kind = m->value; break;
		case KW_PART_OF:
			p->part_of = s;
			p->part_of_ref = m->refs;
			p->part_of_text = m->text;
			check_text(h, s, m->text);
			break;
		case KW_KVK: p->kvk = s; check_kvk(h, m->text); break;
		case KW_INTEREST: p->n_interest++; check_text(h, s, m->text); break;
		case KW_CONTRIBUTES: p->n_contributes++; check_text(h, s, m->text); break;
		case KW_GIVES_UP: p->n_gives_up++; check_text(h, s, m->text); break;
		case KW_PERSON: {
			sw_person *x = sw_alloc(h->A, sizeof *x);
			x->stmt = s;
			x->name = m->text;
			x->role = m->value;
			check_text(h, s, m->text);
			if (p->people_tail)
				p->people_tail->next = x;
			else
				p->people = x;
			p->people_tail = x;
			p->n_people++;
			break;
		}
		default: break;
		}
		break;
	}
	case CTX_AGREEMENT: {
		sw_agreement *g = node;
		switch (s->kw) {
		case KW_KIND: g->kind_stmt = s; g->kind = m->value; break;
		case KW_BETWEEN: g->between = s; g->parties = m->refs; g->parties_tail = m->refs_tail; break;
		case KW_ABOUT: g->about = s; check_text(h, s, m->text); break;
		case KW_ENTITY: g->entity = s; check_text(h, s, m->text); break;
		case KW_SHARES: g->shares = s; g->shares_mask = m->values; break;
		case KW_DOCUMENT: {
			sw_doc *d = sw_alloc(h->A, sizeof *d);
			d->path = m->text;
			check_text(h, s, m->text);
			if (g->docs_tail)
				g->docs_tail->next = d;
			else
				g->docs = d;
			g->docs_tail = d;
			break;
		}
		case KW_SIGNED: g->signed_stmt = s; check_date(h, m->date[0], &g->signed_on); break;
		default: break;
		}
		break;
	}
	case CTX_GOVERNANCE:
		if (s->kw == KW_ESCALATION) {
			c->escalation = s;
			check_text(h, s, m->text);
		}
		break;
	case CTX_BODY: {
		sw_body *b = node;
		switch (s->kw) {
		case KW_MEMBERS: b->members_stmt = s; b->members = m->refs; b->members_tail = m->refs_tail; break;
		case KW_DECIDES: b->decides = s; b->decides_kw = m->value; b->decider = m->refs; break;
		case KW_CHAIR: b->chair = s; b->chair_ref = m->refs; break;
		default: break;
		}
		break;
	}
	default:
		break;
	}
}

/* A statement that opens a block: make its node, then read the block. */
static void open_block(sh *h, sw_stmt *s, const sw_shape *sp, margs *m)
{
	sw_collab *c = h->c;
	void *node = NULL;
	sw_decl *d = NULL;
	switch (sp->block) {
	case CTX_PARTY: {
		sw_party *p = sw_alloc(h->A, sizeof *p);
		p->d.kind = DECL_PARTY;
		p->kind = KW_ORGANISATION;
		node = d = &p->d;
		break;
	}
	case CTX_AGREEMENT: {
		sw_agreement *g = sw_alloc(h->A, sizeof *g);
		g->d.kind = DECL_AGREEMENT;
		node = d = &g->d;
		break;
	}
	case CTX_BODY: {
		sw_body *b = sw_alloc(h->A, sizeof *b);
		b->d.kind = DECL_BODY;
		node = d = &b->d;
		break;
	}
	case CTX_GOVERNANCE:
		c->governance = s;
		break;
	default:
		break;
	}
	if (d) {
		d->name = m->name;
		d->title = m->title;
		d->stmt = s;
		/* a second declaration of a name is reported and read, but it is
		 * not counted as one more party, agreement or body */
		if (declare(h, d)) {
			if (d->kind == DECL_PARTY)
				append_party(c, (sw_party *)d);
			else if (d->kind == DECL_AGREEMENT)
				append_agreement(c, (sw_agreement *)d);
			else
				append_body(c, (sw_body *)d);
		}
	}
	s->node = node;
	block(h, s->body, (sw_ctx)sp->block, node);
	if (sp->block == CTX_AGREEMENT && !((sw_agreement *)node)->kind_stmt) {
		sw_diag *g = diag(h, SW009, s->head->span, M_MISSING_KIND);
		if (g) {
			g->help = M_MISSING_KIND_HELP;
			sw_diag_arg(h->D, g, 1, m->name->text, m->name->len);
			char ex[64];
			snprintf(ex, sizeof ex, "%s %s", sw_kw_spell(KW_KIND, h->lang),
			         sw_kw_spell(KW_CONTRACT, h->lang));
			sw_diag_argz(h->D, g, 2, ex);
			sw_diag_argz(h->D, g, 3, vset_list(h, VS_AGREEMENT_KIND));
		}
	}
}

static void block(sh *h, sw_stmt *list, sw_ctx ctx, void *node)
{
	sw_stmt *seen[KW__COUNT];
	memset(seen, 0, sizeof seen);
	for (sw_stmt *s = list; s; s = s->next) {
		s->ctx = (uint8_t)ctx;
		const sw_shape *sp = place(h, s, ctx);
		if (!sp)
			continue;
		if (sp->once && seen[s->kw]) {
			sw_diag *g = diag(h, SW004, s->head->span, M_REPEATED);
			if (g) {
				sw_diag_argz(h->D, g, 1, kwtext(s));
				sw_diag_argp(g, 2, sw_ctx_phrase(ctx), NULL);
				g->has_span2 = 1;
				g->span2 = seen[s->kw]->head->span;
				g->label2 = M_REPEATED_LABEL;
				g->help = M_REPEATED_HELP;
			}
			continue;
		}
		seen[s->kw] = s;
		margs m;
		match(h, s, sp, &m);
		if (sp->block && !s->has_block) {
			sw_diag *g = diag(h, SW001, s->span, M_SYN_NEEDS_BLOCK);
			if (g) {
				g->help = M_SYN_NEEDS_BLOCK_HELP;
				sw_diag_argz(h->D, g, 1, kwtext(s));
			}
			continue;
		}
		if (!sp->block && s->has_block) {
			sw_diag *g = diag(h, SW001, s->open, M_SYN_NO_BLOCK);
			if (g) {
				g->help = M_SYN_NO_BLOCK_HELP;
				sw_diag_argz(h->D, g, 1, kwtext(s));
			}
		}
		if (!m.ok) {
			if (sp->block && m.name == NULL && sp->args[0].kind == A_NAME)
				continue; /* nameless block: cannot be referred to */
			if (!sp->block)
				continue;
		}
		if (sp->block)
			open_block(h, s, sp, &m);
		else
			apply(h, s, ctx, node, &m);
	}
}

sw_collab *sw_shape_top(sw_parser *P, sw_stmt *top, sw_lang lang)
{
	sh h = { P, P->diags, lang, &P->tree, NULL };
	top->ctx = CTX_TOP;
	const sw_shape *sp = place(&h, top, CTX_TOP);
	if (!sp)
		return NULL;
	margs m;
	match(&h, top, sp, &m);
	if (!top->has_block) {
		sw_diag *g = diag(&h, SW001, top->span, M_SYN_NEEDS_BLOCK);
		if (g) {
			g->help = M_SYN_NEEDS_BLOCK_HELP;
			sw_diag_argz(h.D, g, 1, kwtext(top));
		}
		return NULL;
	}
	if (!m.name)
		return NULL;
	sw_sym *y = m.name->sym;
	if (y->top_used) {
		sw_diag *g = diag(&h, SW006, m.name->span, M_DUP_NAME);
		if (g) {
			char line[16];
			snprintf(line, sizeof line, "%u", (unsigned)y->top_span.start.line);
			sw_diag_arg(h.D, g, 1, y->s, y->len);
			sw_diag_argz(h.D, g, 2, line);
			g->has_span2 = 1;
			g->span2 = y->top_span;
			g->label2 = M_DUP_NAME_LABEL;
			g->help = M_DUP_NAME_HELP;
		}
	} else {
		y->top_used = 1;
		y->top_span = m.name->span;
	}
	sw_collab *c = sw_alloc(&P->tree, sizeof *c);
	c->stmt = top;
	c->name = m.name;
	c->title = m.title;
	top->node = c;
	h.c = c;
	block(&h, top->body, CTX_COLLAB, c);
	return c;
}

static void contexts(sw_stmt *s, sw_ctx ctx)
{
	for (; s; s = s->next) {
		s->ctx = (uint8_t)ctx;
		if (!s->has_block)
			continue;
		const sw_shape *sp = s->kw ? sw_shape_find(ctx, s->kw) : NULL;
		contexts(s->body, sp && sp->block ? (sw_ctx)sp->block : CTX__COUNT);
	}
}

void sw_shape_contexts(sw_stmt *top)
{
	sw_stmt *next = top->next;
	top->next = NULL;
	contexts(top, CTX_TOP);
	top->next = next;
}
