/* Matching a statement's arguments against its shape: what does not fit is
 * reported with what was expected, what was found and an example. The
 * values themselves (dates, amounts, numbers) are checked in values.c. */
#include "build.h"

#include <stdio.h>
#include <string.h>

#include "../base/edit.h"

sw_diag *sw_build_diag(sw_build *h, sw_check c, sw_span at, sw_msg m)
{
	return h->D ? sw_diag_report(h->D, c, at, m) : NULL;
}

const char *sw_kwtext(const sw_stmt *s)
{
	return s->head->text;
}

/* Describe what was found, as argument i of g. */
static void found(sw_build *h, sw_diag *g, int i, const sw_arg *a)
{
	if (!g)
		return;
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
	if (!h->D)
		return;
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

sw_msg sw_vset_expected(sw_vset v)
{
	switch (v) {
	case VS_FORM: return M_P_EXP_FORM;
	case VS_PHASE: return M_P_EXP_PHASE;
	case VS_KIND: return M_P_EXP_KIND;
	case VS_ROLE: return M_P_EXP_ROLE;
	case VS_AGREEMENT_KIND: return M_P_EXP_AKIND;
	case VS_SHARED: return M_P_EXP_SHARED;
	case VS_DECISION: return M_P_EXP_DECISION;
	case VS_SCHEME: return M_P_EXP_SCHEME;
	case VS_STAKE_ROLE: return M_P_EXP_STAKE_ROLE;
	case VS_BASIS: return M_P_EXP_BASIS;
	case VS_RENEWAL: return M_P_EXP_RENEWAL;
	default: return M_P_EXP_NAME;
	}
}

const char *sw_vset_list(sw_build *h, sw_vset v)
{
	sw_buf b = { 0 };
	sw_value_list(&b, v, h->lang, ", ");
	const char *s = h->D ? sw_strndup(&h->D->arena, sw_buf_str(&b), b.len) : "";
	sw_buf_free(&b);
	return s;
}

/* The keyword among cands (spelled in either language) nearest to w. */
sw_kw sw_nearest_kw(sw_build *h, const char *w, size_t n, const sw_kw *cands, size_t nc)
{
	size_t best = sw_edit_budget(n) + 1, ns;
	sw_kw bk = KW_NONE;
	const sw_spelling *sp = sw_kw_spellings(&ns);
	for (size_t i = 0; i < nc; i++) {
		/* every spelling of the candidate, in table order */
		for (size_t j = 0; j < ns; j++) {
			if (sp[j].kw != cands[i] || sp[j].kw2)
				continue;
			size_t d = sw_edit_distance_within(w, n, sp[j].s, sp[j].len, best - 1,
			                                   &h->P->suggest_work);
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
	/* a keyword or value of the table: one reading, safe for --fix */
	sw_diag_fix(h->D, g, sw_kw_spell(k, h->lang), 1);
}

/* The phrases naming each value set, after "is not a" and in "a ... is one
 * of", in the order of sw_vset. */
static const sw_msg set_names[VS__COUNT] = {
	M_NONE, M_P_VS_FORM, M_P_VS_PHASE, M_P_VS_KIND, M_P_VS_ROLE,
	M_P_VS_AGREEMENT_KIND, M_P_VS_SHARED, M_P_VS_DECISION, M_P_VS_SCHEME,
	M_P_VS_STAKE_ROLE, M_P_VS_BASIS, M_P_VS_RENEWAL,
};
static const sw_msg set_names_valid[VS__COUNT] = {
	M_NONE, M_P_VS_FORM_V, M_P_VS_PHASE_V, M_P_VS_KIND_V, M_P_VS_ROLE_V,
	M_P_VS_AGREEMENT_KIND_V, M_P_VS_SHARED_V, M_P_VS_DECISION_V, M_P_VS_SCHEME_V,
	M_P_VS_STAKE_ROLE_V, M_P_VS_BASIS_V, M_P_VS_RENEWAL_V,
};

sw_msg sw_vset_name(sw_vset v)
{
	return v < VS__COUNT ? set_names[v] : M_NONE;
}

static void bad_value(sw_build *h, const sw_arg *a, sw_vset v)
{
	if (v == VS_ROLE && sw_title_role(h, a))
		return; /* a title where the role belongs: reported with its fix */
	sw_diag *g = sw_build_diag(h, SW005, a->span, M_VAL_ENUM);
	if (!g)
		return;
	sw_diag_arg(h->D, g, 1, a->text, a->len);
	sw_diag_argp(g, 2, set_names_valid[v], NULL);
	sw_diag_argp(g, 4, set_names[v], NULL);
	sw_diag_arg_whole(h->D, g, 3, sw_vset_list(h, v));
	g->note = M_VAL_ENUM_NOTE;
	sw_kw cands[KW__COUNT];
	size_t nc = 0;
	for (int k = 1; k < KW__COUNT; k++)
		if (sw_kw_in((sw_kw)k, v))
			cands[nc++] = (sw_kw)k;
	sw_suggest(h, g, sw_nearest_kw(h, a->text, a->len, cands, nc));
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

/* ---- keywords in arguments, of one word or several ----------------------- */

typedef struct want {
	sw_kw kw;       /* this keyword, or */
	sw_vset set;    /* a value of this set */
} want;

static int wanted(sw_kw k, const void *ud)
{
	const want *w = ud;
	return w->kw ? k == w->kw : sw_kw_in(k, w->set);
}

/* The keyword that a begins with, of one word or several, that w accepts;
 * KW_NONE when there is none. Sets *after to the argument after it and
 * *combo to the second keyword of a combination ("voor onbepaalde tijd"). */
static sw_kw keyword_at(const sw_arg *a, const want *w, const sw_arg **after, sw_kw *combo)
{
	*combo = KW_NONE;
	if (!a || a->kind != ARG_WORD)
		return KW_NONE;
	const sw_spelling *sp = a->sym && !sw_sym_phrase(a->sym) ? NULL : sw_kw_phrase(a, wanted, w, after);
	if (sp) {
		*combo = sp->kw2;
		return sp->kw;
	}
	if (a->sym->kw && wanted(a->sym->kw, w)) {
		*after = a->next;
		return a->sym->kw;
	}
	return KW_NONE;
}

/* Mark the keywords of a statement, for fmt: argument i (counted from the
 * first after the keyword) is the keyword marks[i].kw, and the words it
 * takes (marks[i].words); the words after its first have words 0. */
static void mark(margs *m, const sw_stmt *s, const sw_arg *from, const sw_arg *after,
                 sw_kw kw, sw_kw combo)
{
	if (!m->marks)
		return;
	size_t i = 0;
	for (const sw_arg *x = sw_stmt_args(s); x && x != from; x = x->next)
		i++;
	if (i >= m->nmarks)
		return;
	unsigned words = 0;
	for (const sw_arg *x = from; x && x != after; x = x->next)
		words++;
	m->marks[i].kw = kw;
	m->marks[i].kw2 = combo;
	m->marks[i].words = (unsigned char)words;
}

/* ---- the matcher --------------------------------------------------------- */

/* Between the items of a list: a comma, or `and` (`en`) as people write
 * before the last one. */
static int separator(const sw_arg *a)
{
	return a && (a->kind == ARG_COMMA || (a->kind == ARG_WORD && a->sym && a->sym->kw == KW_AND));
}


/* ---- the commonest statements ------------------------------------------- */

/* The keyword a is by itself, when it is a word that begins no keyword of
 * several words there (what keyword_at finds): it is known to begin none,
 * or no word follows it (`tot` before a date); KW_NONE when it is none, or
 * when keyword_at would look further or has not yet asked whether the word
 * begins one (then the walk asks, once for each word). */
static SW_HOT sw_kw lone_kw(const sw_arg *a)
{
	if (!a || a->kind != ARG_WORD)
		return KW_NONE;
	return a->sym->phrase == 0 || !a->next || a->next->kind != ARG_WORD ? a->sym->kw : KW_NONE;
}

/* Lists of values or party names, and a way of deciding, alone in their
 * statements: the quick forms that call (sw_match_quick and quick_more
 * call nothing, so they save no registers). */
static int quick_list(sw_build *h, const sw_aspec *x, margs *m, sw_arg *a)
{
	sw_kw k;
	if (x[1].kind != A_END || !a)
		return 0;
	switch ((sw_akind)x[0].kind) {
	case A_VALUES: {
		/* each once, separated by commas or `and` */
		unsigned n = 0, shared = 0;
		for (;;) {
			k = lone_kw(a);
			if (!k || !sw_kw_in(k, (sw_vset)x[0].vset))
				return 0;
			if (x[0].vset == VS_SHARED) {
				unsigned bit = sw_share_bit(k);
				if (shared & bit)
					return 0;
				shared |= bit;
			} else {
				for (unsigned j = 0; j < n; j++)
					if (m->values[j] == k)
						return 0;
				if (n < SW_MAX_KINDS)
					m->values[n++] = k;
			}
			a = a->next;
			if (!a)
				break;
			if (!separator(a))
				return 0;
			a = a->next;
		}
		m->nvalues = n;
		m->shared = shared;
		m->value_bad = 0;
		m->ok = 1;
		return 1;
	}
	case A_REF:
	case A_REFS:
		/* names, separated by commas or `and` when several may come */
		for (const sw_arg *b = a;;) {
			if (!b || b->kind != ARG_WORD)
				return 0;
			b = b->next;
			if (!b)
				break;
			if (x[0].kind == A_REF || !separator(b))
				return 0;
			b = b->next;
		}
		/* each name a ref, linked as add_ref links them */
		m->refs = m->refs_tail = NULL;
		for (sw_ref **at = &m->refs; a; a = a->next ? a->next->next : NULL) {
			sw_ref *r = sw_alloc(h->A, sizeof *r);
			r->arg = a;
			*at = m->refs_tail = r;
			at = &r->next;
		}
		m->ok = 1;
		return 1;
	case A_DECIDER: {
		/* a way of deciding (a qualified majority after it), or a party */
		if (a->kind != ARG_WORD)
			return 0;
		sw_arg *b = a->next;
		k = a->sym->kw;
		if (a->sym->phrase != 0 && b && b->kind == ARG_WORD) {
			/* `bij consensus`: of several words, or none */
			const sw_arg *after;
			sw_kw combo;
			k = keyword_at(a, &(want){ KW_NONE, VS_DECISION }, &after, &combo);
			if (!k)
				return 0;
			b = (sw_arg *)after;
		}
		m->refs = m->refs_tail = NULL;
		m->ratio_arg = NULL;
		m->value = KW_NONE;
		if (k && sw_kw_in(k, VS_DECISION)) {
			if (b && b->kind == ARG_NUMBER) {
				m->ratio_arg = b;
				b = b->next;
			}
			if (b)
				return 0;
			m->value = k;
		} else {
			if (a->next)
				return 0;
			add_ref(h, m, a);
		}
		m->value_bad = 0;
		m->ok = 1;
		return 1;
	}
	default:
		return 0;
	}
}

/* The quick forms of several specs: a contribution, a person, a
 * registration, a basis, membership, an extension, a phase, a term. */
static int quick_more(sw_build *h, const sw_aspec *x, margs *m, sw_arg *a)
{
	sw_arg *b = a ? a->next : NULL;
	sw_kw k;
	if (x[0].kind == A_TEXT && a && a->kind == ARG_STRING) {
		if (x[1].kind == A_OPT_AMOUNT && x[2].kind == A_END) {
			/* a contribution, with an amount or without */
			if (b && (b->kind != ARG_WORD || !b->next || b->next->kind != ARG_NUMBER ||
			          b->next->next))
				return 0;
			m->currency = b;
			m->number = b ? b->next : NULL;
			m->text[0] = a;
			m->ntext = 1;
			m->ok = 1;
			return 1;
		}
		if (x[1].kind == A_OPT && x[1].vset == 1 && x[2].kind == A_VALUE && x[3].kind == A_OPT &&
		    x[3].vset == 1 && x[4].kind == A_TEXT && x[5].kind == A_END) {
			/* a person: "name", and `role VALUE` and `title "..."`
			 * when there */
			memset(m->opt, 0, sizeof m->opt);
			m->value = KW_NONE;
			m->value_bad = 0;
			m->ntext = 1;
			if (b) {
				if (lone_kw(b) != x[1].kw)
					return 0;
				sw_arg *c = b->next, *d;
				k = lone_kw(c);
				if (!k || !sw_kw_in(k, (sw_vset)x[2].vset))
					return 0;
				d = c->next;
				if (d) {
					if (lone_kw(d) != x[3].kw || !d->next || d->next->kind != ARG_STRING ||
					    d->next->next)
						return 0;
					m->opt[3] = 1;
					m->text[1] = d->next;
					m->ntext = 2;
				}
				m->opt[1] = 1;
				m->value = k;
			}
			m->text[0] = a;
			m->ok = 1;
			return 1;
		}
		return 0;
	}
	if (x[0].kind == A_VALUE && x[2].kind == A_END && (x[1].kind == A_TEXT || x[1].kind == A_TITLE)) {
		/* a value and a text (a registration), or a value and a title
		 * when there (a basis) */
		k = lone_kw(a);
		if (!k || !sw_kw_in(k, (sw_vset)x[0].vset) || (b && (b->kind != ARG_STRING || b->next)))
			return 0;
		if (x[1].kind == A_TEXT) {
			if (!b)
				return 0;
			m->text[0] = b;
			m->ntext = 1;
		} else {
			m->title = b;
		}
		m->value = k;
		m->value_bad = 0;
		m->ok = 1;
		return 1;
	}
	if (x[0].kind == A_COUNT && x[1].kind == A_TITLE && x[2].kind == A_END) {
		/* a number and a title when there (membership) */
		if (!a || a->kind != ARG_NUMBER || (b && (b->kind != ARG_STRING || b->next)))
			return 0;
		m->count_arg = a;
		m->title = b;
		m->ok = 1;
		return 1;
	}
	if (x[0].kind == A_WORD && x[1].kind == A_DATE && x[2].kind == A_END) {
		/* until DATE (an extension) */
		if (lone_kw(a) != x[0].kw || !b || b->kind != ARG_DATE || b->next)
			return 0;
		m->date[0] = b;
		m->ndate = 1;
		m->ok = 1;
		return 1;
	}
	if (x[0].kind == A_VALUE && x[1].kind == A_OPT && x[1].vset == 1 && x[2].kind == A_DATE &&
	    x[3].kind == A_TITLE && x[4].kind == A_END) {
		/* a phase: `since DATE` and a title when there */
		k = lone_kw(a);
		if (!k || !sw_kw_in(k, (sw_vset)x[0].vset))
			return 0;
		memset(m->opt, 0, sizeof m->opt);
		m->ndate = 0;
		if (b && b->kind == ARG_WORD) {
			if (lone_kw(b) != x[1].kw || !b->next || b->next->kind != ARG_DATE)
				return 0;
			m->opt[1] = 1;
			m->date[0] = b->next;
			m->ndate = 1;
			b = b->next->next;
		}
		if (b && (b->kind != ARG_STRING || b->next))
			return 0;
		m->title = b;
		m->value = k;
		m->value_bad = 0;
		m->ok = 1;
		return 1;
	}
	if (x[0].kind == A_DATE && x[1].kind == A_WORD && x[2].kind == A_DATE_OR_OPEN &&
	    x[3].kind == A_END) {
		/* a term: DATE until DATE, or until open */
		if (!a || a->kind != ARG_DATE || lone_kw(b) != x[1].kw || !b->next || b->next->next)
			return 0;
		m->date[0] = a;
		b = b->next;
		m->open = 0;
		if (b->kind == ARG_DATE) {
			m->date[1] = b;
			m->ndate = 2;
		} else if (lone_kw(b) == KW_OPEN) {
			m->ndate = 1;
			m->open = 1;
		} else {
			return 0;
		}
		m->ok = 1;
		return 1;
	}
	return quick_list(h, x, m, a);
}

int sw_match_quick(sw_build *h, const sw_stmt *s, const sw_shape *sp, margs *m)
{
	sw_arg *a = (sw_arg *)sw_stmt_args(s), *b = a ? a->next : NULL;
	const sw_aspec *x = sp->args;
	sw_kw k;
	if (x[1].kind != A_END && x[0].kind != A_NAME)
		return quick_more(h, x, m, a);
	switch ((sw_akind)x[0].kind) {
	case A_NAME:
		/* a block's name and title */
		if (x[1].kind != A_TITLE || x[2].kind != A_END || !a || a->kind != ARG_WORD ||
		    (b && (b->kind != ARG_STRING || b->next)))
			return 0;
		m->name = a;
		m->title = b;
		m->ok = 1;
		return 1;
	case A_DATE:
		if (!a || a->kind != ARG_DATE || b)
			return 0;
		m->date[0] = a;
		m->ndate = 1;
		m->ok = 1;
		return 1;
	case A_VALUE:
		k = lone_kw(a);
		if (!k || !sw_kw_in(k, (sw_vset)x[0].vset) || b)
			return 0;
		m->value = k;
		m->value_bad = 0;
		m->ok = 1;
		return 1;
	case A_END:
		/* a block without a name (governance) */
		if (a)
			return 0;
		m->name = m->title = NULL;
		m->ok = 1;
		return 1;
	case A_AMOUNT:
		/* a currency and a number (a budget) */
		if (!a || a->kind != ARG_WORD || !b || b->kind != ARG_NUMBER || b->next)
			return 0;
		m->currency = a;
		m->number = b;
		m->ok = 1;
		return 1;
	case A_AGREEMENT_REF:
		if (!a || a->kind != ARG_WORD || b)
			return 0;
		m->aref = a;
		m->ok = 1;
		return 1;
	default:
		return quick_list(h, x, m, a);
	}
}

/* The walk over the shape's specs, for every statement (and the marks). */
void sw_match_walk(sw_build *h, const sw_stmt *s, const sw_shape *sp, margs *m)
{
	sw_arg *a = (sw_arg *)sw_stmt_args(s);
	/* a fresh result, keeping where the marks go: the fields every
	 * statement has; the others are set by their specs below. Field by
	 * field: a memset of the whole becomes a slow `rep stos` */
	m->name = m->title = NULL;
	m->value = KW_NONE;
	m->ntext = m->ndate = m->open = m->value_bad = 0;
	memset(m->opt, 0, sizeof m->opt);
	if (m->marks)
		memset(m->marks, 0, m->nmarks * sizeof *m->marks);
	m->ok = 1;
	const sw_arg *after;
	sw_kw combo;
	for (int i = 0; i < SW_SHAPE_ARGS && sp->args[i].kind; i++) {
		const sw_aspec *x = &sp->args[i];
		switch ((sw_akind)x->kind) {
		case A_NAME:
			if (!a || a->kind != ARG_WORD) {
				expected(h, s, sp, a, M_P_EXP_NAME, NULL);
				m->ok = 0;
				return;
			}
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
			if (m->ntext < 2)
				m->text[m->ntext++] = a;
			a = a->next;
			break;
		case A_DATE:
			if (!a || a->kind != ARG_DATE) {
				expected(h, s, sp, a, M_P_EXP_DATE, NULL);
				m->ok = 0;
				return;
			}
			if (m->ndate < 2)
				m->date[m->ndate++] = a;
			a = a->next;
			break;
		case A_COUNT:
			m->count_arg = NULL;
			if (!a || a->kind != ARG_NUMBER) {
				expected(h, s, sp, a, M_P_EXP_COUNT, NULL);
				m->ok = 0;
				return;
			}
			m->count_arg = a;
			a = a->next;
			break;
		case A_AMOUNT:
		case A_OPT_AMOUNT:
			m->currency = m->number = NULL;
			if (x->kind == A_OPT_AMOUNT && (!a || a->kind != ARG_WORD))
				break; /* no amount */
			if (!a || a->kind != ARG_WORD || !a->next || a->next->kind != ARG_NUMBER) {
				expected(h, s, sp, a, M_P_EXP_AMOUNT, NULL);
				m->ok = 0;
				return;
			}
			m->currency = a;
			m->number = a->next;
			a = a->next->next;
			break;
		case A_WORD: {
			sw_kw k = keyword_at(a, &(want){ (sw_kw)x->kw, VS_NONE }, &after, &combo);
			/* "voor onbepaalde tijd" is `until open`: only where an
			 * open end may follow (a term, not an extension) */
			if (k && combo == KW_OPEN && !(i + 1 < SW_SHAPE_ARGS && sp->args[i + 1].kind == A_DATE_OR_OPEN))
				k = KW_NONE;
			if (!k) {
				expected(h, s, sp, a, M_P_EXP_WORD, sw_kw_spell((sw_kw)x->kw, h->lang));
				m->ok = 0;
				return;
			}
			mark(m, s, a, after, k, combo);
			a = (sw_arg *)after;
			if (combo == KW_OPEN && i + 1 < SW_SHAPE_ARGS && sp->args[i + 1].kind == A_DATE_OR_OPEN) {
				m->open = 1; /* "voor onbepaalde tijd": until and open in one */
				i++;
			}
			break;
		}
		case A_OPT: {
			sw_kw k = keyword_at(a, &(want){ (sw_kw)x->kw, VS_NONE }, &after, &combo);
			if (!k) {
				i += x->vset; /* the group is not there */
				break;
			}
			m->opt[i] = 1;
			mark(m, s, a, after, k, combo);
			a = (sw_arg *)after;
			break;
		}
		case A_DATE_OR_OPEN:
			if (a && a->kind == ARG_DATE) {
				if (m->ndate < 2)
					m->date[m->ndate++] = a;
				a = a->next;
			} else if (keyword_at(a, &(want){ KW_OPEN, VS_NONE }, &after, &combo)) {
				mark(m, s, a, after, KW_OPEN, KW_NONE);
				m->open = 1;
				a = (sw_arg *)after;
			} else {
				expected(h, s, sp, a, M_P_EXP_DATE_OR_OPEN, sw_kw_spell(KW_OPEN, h->lang));
				m->ok = 0;
				return;
			}
			break;
		case A_VALUE:
		case A_VALUES:
			m->nvalues = m->shared = 0;
			for (;;) {
				if (!a || a->kind != ARG_WORD) {
					expected(h, s, sp, a, sw_vset_expected((sw_vset)x->vset),
					         sw_vset_list(h, (sw_vset)x->vset));
					m->ok = 0;
					return;
				}
				sw_kw k = keyword_at(a, &(want){ KW_NONE, (sw_vset)x->vset }, &after, &combo);
				if (!k) {
					bad_value(h, a, (sw_vset)x->vset);
					m->value_bad = 1;
					after = a->next;
				} else {
					mark(m, s, a, after, k, KW_NONE);
					if (x->kind == A_VALUE) {
						m->value = k;
					} else if (x->vset == VS_SHARED) {
						unsigned bit = sw_share_bit(k);
						if (m->shared & bit) {
							sw_diag *g = sw_build_diag(h, SW005, a->span, M_VAL_REPEATED_ITEM);
							sw_diag_arg(h->D, g, 1, a->text, a->len);
						}
						m->shared |= bit;
					} else {
						unsigned j = 0;
						while (j < m->nvalues && m->values[j] != k)
							j++;
						if (j < m->nvalues) {
							sw_diag *g = sw_build_diag(h, SW005, a->span, M_VAL_REPEATED_ITEM);
							sw_diag_arg(h->D, g, 1, a->text, a->len);
						} else if (m->nvalues < SW_MAX_KINDS) {
							m->values[m->nvalues++] = k;
						}
					}
				}
				a = (sw_arg *)after;
				if (x->kind == A_VALUE || !separator(a))
					break;
				if (a->kind == ARG_WORD)
					mark(m, s, a, a->next, KW_AND, KW_NONE);
				a = a->next;
			}
			break;
		case A_REF:
		case A_REFS:
			m->refs = m->refs_tail = NULL;
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
				if (x->kind == A_REF || !separator(a))
					break;
				if (a->kind == ARG_WORD)
					mark(m, s, a, a->next, KW_AND, KW_NONE);
				a = a->next;
			}
			break;
		case A_AGREEMENT_REF:
			m->aref = NULL;
			if (!a || a->kind != ARG_WORD) {
				expected(h, s, sp, a, M_P_EXP_AGREEMENT, NULL);
				m->ok = 0;
				return;
			}
			m->aref = a;
			a = a->next;
			break;
		case A_REF_OR_TEXT:
			m->refs = m->refs_tail = NULL;
			if (a && a->kind == ARG_WORD) {
				add_ref(h, m, a);
			} else if (a && a->kind == ARG_STRING) {
				m->text[m->ntext++] = a;
			} else {
				expected(h, s, sp, a, M_P_EXP_NAME_OR_TEXT, NULL);
				m->ok = 0;
				return;
			}
			a = a->next;
			break;
		case A_DECIDER: {
			m->refs = m->refs_tail = NULL;
			m->ratio_arg = NULL;
			if (!a || a->kind != ARG_WORD) {
				expected(h, s, sp, a, M_P_EXP_DECISION, sw_vset_list(h, VS_DECISION));
				m->ok = 0;
				return;
			}
			sw_kw k = keyword_at(a, &(want){ KW_NONE, VS_DECISION }, &after, &combo);
			if (k) {
				mark(m, s, a, after, k, KW_NONE);
				m->value = k;
				a = (sw_arg *)after;
				/* a qualified majority: `majority 2/3`, `75%` */
				if (a && a->kind == ARG_NUMBER) {
					m->ratio_arg = a;
					a = a->next;
				}
			} else if (a->next && a->next->kind == ARG_WORD) {
				/* several words, none a way of deciding (`bij gewogen
				 * meerderheid`): not a party's name, but a way of
				 * deciding samw does not know, named whole */
				const sw_arg *last = a;
				while (last->next && last->next->kind != ARG_STRING &&
				       last->next->span.start.line == a->span.start.line)
					last = last->next;
				/* the words as written, from the source */
				sw_arg whole = *a;
				whole.text = h->P->src->text + a->span.start.off;
				whole.len = last->span.end.off - a->span.start.off;
				whole.span.end = last->span.end;
				bad_value(h, &whole, VS_DECISION);
				m->value_bad = 1;
				a = NULL;
			} else {
				add_ref(h, m, a);
				a = a->next;
			}
			break;
		}
		case A_END:
			break;
		}
	}
	if (a) {
		/* more than the shape takes */
		if (!(sp->kw == KW_PERSON && sw_title_word(h, s, a)))
			expected(h, s, sp, a, M_P_EOL, NULL);
		m->ok = m->ok && a != sw_stmt_args(s);
	}
}
