/* Matching a statement's arguments against its shape, and checking the
 * values it holds: what does not fit is reported with what was expected,
 * what was found and an example. */
#include "build.h"

#include <stdio.h>
#include <string.h>

#include "../base/edit.h"

sw_diag *sw_build_diag(sw_build *h, sw_check c, sw_span at, sw_msg m)
{
	return sw_diag_report(h->D, c, at, m);
}

const char *sw_kwtext(const sw_stmt *s)
{
	return s->head->text;
}

/* Describe what was found, as argument i of g. */
static void found(sw_build *h, sw_diag *g, int i, const sw_arg *a)
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

static void expected(sw_build *h, const sw_stmt *s, const sw_shape *sp, const sw_arg *at,
                     sw_msg what, const char *what_text)
{
	sw_diag *g = sw_build_diag(h, SW001, span_or_end(h->P->src, s, at), M_SYN_EXPECTED);
	if (!g)
		return;
	g->help = M_SYN_EXPECTED_HELP;
	sw_diag_argp(g, 1, what, what_text);
	sw_diag_argz(h->D, g, 2, sw_kwtext(s));
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

const char *sw_vset_list(sw_build *h, sw_vset v)
{
	sw_buf b = { 0 };
	sw_value_list(&b, v, h->lang, ", ");
	const char *s = sw_strndup(&h->D->arena, sw_buf_str(&b), b.len);
	sw_buf_free(&b);
	return s;
}

/* The keyword among cands (spelled in either language) nearest to w. */
sw_kw sw_nearest_kw(const char *w, size_t n, const sw_kw *cands, size_t nc)
{
	size_t best = sw_edit_budget(n) + 1, ns;
	sw_kw bk = KW_NONE;
	const sw_spelling *sp = sw_kw_spellings(&ns);
	for (size_t i = 0; i < nc; i++) {
		/* every spelling of the candidate, in table order */
		for (size_t j = 0; j < ns; j++) {
			if (sp[j].kw != cands[i])
				continue;
			size_t d = sw_edit_distance(w, n, sp[j].s, sp[j].len, best - 1);
			if (d < best) {
				best = d;
				bk = cands[i];
			}
		}
	}
	return bk;
}

void sw_suggest(sw_build *h, sw_diag *g, sw_kw k)
{
	if (!g || !k)
		return;
	sw_diag_fix(h->D, g, sw_kw_spell(k, h->lang));
}

static void bad_value(sw_build *h, const sw_arg *a, sw_vset v)
{
	sw_diag *g = sw_build_diag(h, SW005, a->span, M_VAL_ENUM);
	if (!g)
		return;
	sw_diag_arg(h->D, g, 1, a->text, a->len);
	static const sw_msg names[VS__COUNT] = {
		M_NONE, M_P_VS_FORM, M_P_VS_PHASE, M_P_VS_KIND, M_P_VS_ROLE,
		M_P_VS_AGREEMENT_KIND, M_P_VS_SHARED, M_P_VS_DECISION,
	};
	sw_diag_argp(g, 2, names[v], NULL);
	sw_diag_argz(h->D, g, 3, sw_vset_list(h, v));
	g->note = M_VAL_ENUM_NOTE;
	sw_kw cands[KW__COUNT];
	size_t nc = 0;
	for (int k = 1; k < KW__COUNT; k++)
		if (sw_kw_vset((sw_kw)k) == v)
			cands[nc++] = (sw_kw)k;
	sw_suggest(h, g, sw_nearest_kw(a->text, a->len, cands, nc));
}

void sw_check_date(sw_build *h, const sw_arg *a, sw_date *out)
{
	if (!sw_date_parse(a->text, a->len, out)) {
		sw_diag *g = sw_build_diag(h, SW005, a->span, M_VAL_DATE);
		if (g) {
			g->help = M_VAL_DATE_HELP;
			sw_diag_arg(h->D, g, 1, a->text, a->len);
		}
	}
}

static sw_ref *mkref(sw_build *h, sw_arg *a)
{
	sw_ref *r = sw_alloc(h->A, sizeof *r);
	r->arg = a;
	return r;
}

static void add_ref(sw_build *h, margs *m, sw_arg *a)
{
	sw_ref *r = mkref(h, a);
	if (m->refs_tail)
		m->refs_tail->next = r;
	else
		m->refs = r;
	m->refs_tail = r;
}

/* Match the arguments of s against its shape. Reports what does not fit;
 * m->ok is 0 when the statement cannot be used. */
void sw_match(sw_build *h, const sw_stmt *s, const sw_shape *sp, margs *m)
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
					         sw_vset_list(h, (sw_vset)x->vset));
					m->ok = 0;
					return;
				}
				if (sw_kw_vset(a->sym->kw) != x->vset) {
					bad_value(h, a, (sw_vset)x->vset);
				} else if (x->kind == A_VALUE) {
					m->value = a->sym->kw;
				} else {
					unsigned bit = sw_share_bit(a->sym->kw);
					if (m->values & bit) {
						sw_diag *g = sw_build_diag(h, SW005, a->span, M_VAL_REPEATED_ITEM);
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
				expected(h, s, sp, a, M_P_EXP_DECISION, sw_vset_list(h, VS_DECISION));
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

void sw_check_text(sw_build *h, const sw_stmt *s, const sw_arg *t)
{
	if (t && t->len == 0) {
		sw_diag *g = sw_build_diag(h, SW005, t->span, M_VAL_EMPTY);
		if (g) {
			g->help = M_VAL_EMPTY_HELP;
			sw_diag_argz(h->D, g, 1, sw_kwtext(s));
		}
	}
}

void sw_check_kvk(sw_build *h, const sw_arg *t)
{
	int ok = t->len == 8;
	for (uint32_t i = 0; ok && i < t->len; i++)
		ok = t->text[i] >= '0' && t->text[i] <= '9';
	if (!ok) {
		sw_diag *g = sw_build_diag(h, SW005, t->span, M_VAL_KVK);
		if (g) {
			g->help = M_VAL_KVK_HELP;
			sw_diag_arg(h->D, g, 1, t->text, t->len);
		}
	}
}

/* Declare a name in the collaboration's namespace. */
/* Returns 0 when the name is already taken (reported). */
