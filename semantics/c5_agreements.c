/* C5 Durable agreements ("op basis van duurzame afspraken"): implicit or
 * explicit, formal or informal, even psychological; all legitimate, but a
 * file must state them. */
#include <string.h>

#include "../base/path.h"
#include "sema.h"

/* Does a relative path stay inside the folder it is relative to? Decided on
 * the text alone: nothing outside is ever looked at. */
static int stays_inside(const char *p, size_t n)
{
	if (n == 0 || p[0] == '/' || p[0] == '\\' || (n >= 2 && p[1] == ':'))
		return 0;
	long depth = 0;
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && p[j] != '/' && p[j] != '\\')
			j++;
		size_t k = j - i;
		if (k == 2 && p[i] == '.' && p[i + 1] == '.') {
			if (--depth < 0)
				return 0;
		} else if (k && !(k == 1 && p[i] == '.')) {
			depth++;
		}
		i = j + 1;
	}
	return 1;
}

static void check_document(sw_sema *s, const sw_arg *path)
{
	if (!path || !path->len || memchr(path->text, 0, path->len))
		return;
	if (!stays_inside(path->text, path->len)) {
		sw_diag *g = sw_sema_diag(s, SW506, path->span, M_C5_DOC_OUTSIDE);
		if (g) {
			g->help = M_C5_DOC_OUTSIDE_HELP;
			sw_diag_arg(s->D, g, 1, path->text, path->len);
		}
		return;
	}
	/* looked up without leaving the folder (base/path.h): a symbolic
	 * link inside it cannot make this a probe of the file system */
	sw_found found = sw_path_find_inside(s->dir, path->text, path->len);
	if (found != SW_FOUND_FILE) {
		sw_diag *g = sw_sema_diag(s, SW505, path->span,
		                          found ? M_C5_DOC_FOLDER : M_C5_NO_DOCUMENT);
		if (g) {
			g->note = M_C5_NO_DOCUMENT_NOTE;
			sw_diag_arg(s->D, g, 1, path->text, path->len);
		}
	}
}

/* The date an agreement takes effect: its `effective` date, else its
 * signature; NULL when it states neither. */
static const sw_date *agreement_date(const sw_agreement *a, const sw_arg **arg)
{
	if (a->has_effective) {
		*arg = sw_stmt_args(a->effective_stmt);
		return &a->effective;
	}
	if (a->has_signed) {
		*arg = sw_stmt_args(a->signed_stmt);
		return &a->signed_on;
	}
	return NULL;
}

/* SW507 left-party-bound: a party that has left, in an agreement that
 * takes effect after it left */
static void left_bound(sw_sema *s, const sw_agreement *a)
{
	const sw_arg *when;
	const sw_date *d = agreement_date(a, &when);
	if (!d || !a->between)
		return;
	for (const sw_ref *r = a->parties; r; r = r->next) {
		const sw_party *p = r->party;
		if (!p || !p->has_left || d->days <= p->left.days)
			continue;
		sw_diag *g = sw_sema_diag(s, SW507, r->arg->span, M_C5_LEFT_BOUND);
		if (!g)
			continue;
		const sw_arg *l = sw_stmt_args(p->left_stmt);
		g->help = M_C5_LEFT_BOUND_HELP;
		sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
		sw_diag_arg(s->D, g, 2, l->text, l->len);
		sw_diag_arg(s->D, g, 3, a->d.name->text, a->d.name->len);
		sw_diag_arg(s->D, g, 4, when->text, when->len);
	}
}

void sw_check_c5(sw_sema *s)
{
	sw_collab *c = s->c;

	/* SW501 no-agreement (an agreement block with a mistake is there) */
	if (!c->n_agreements && !sw_present_has(&c->present, KW_AGREEMENT)) {
		sw_diag *g = sw_sema_diag(s, SW501, c->name->span, M_C5_NO_AGREEMENT);
		if (g) {
			g->help = M_C5_NO_AGREEMENT_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			sw_sema_example(s, g, 2, "%k name { %k %k }", KW_AGREEMENT, KW_KIND,
			                KW_INFORMAL);
			/* the fix-it: an informal agreement between the parties, for
			 * the reader to name and complete */
			sw_buf parties = { 0 };
			sw_sema_parties(s, &parties);
			if (parties.len)
				sw_sema_fixit(s, g, c->stmt, 0, FIXIT_END, "%k %p {\n    %k %k\n    %k %s\n}",
				              KW_AGREEMENT, M_P_FIX_AGREEMENT_NAME, KW_KIND, KW_INFORMAL,
				              KW_BETWEEN, sw_buf_str(&parties));
			sw_buf_free(&parties);
		}
	}

	for (sw_agreement *a = c->agreements; a; a = a->next) {
		/* SW502 one-sided-agreement: a subsidy decision is one-sided by
		 * nature, and a stakeholder on the other side makes two; with
		 * fewer than two parties SW101 has said it, and when the parties
		 * listed are a selection of the members the other side may be
		 * one that is not listed */
		unsigned listed = s->core.current + c->n_unnamed_parties;
		if (a->between && !sw_agreement_is(a, KW_SUBSIDY) && !a->stakeholders &&
		    listed >= 2 && c->membership <= listed) {
			unsigned n = 0;
			const sw_ref *one = NULL;
			for (const sw_ref *r = a->parties; r; r = r->next) {
				if (r->party) {
					n++;
					one = r;
				}
			}
			/* a name that names no party is SW007's: count it as listed */
			if (n + a->unknown == 1 && n == 1) {
				sw_diag *g = sw_sema_diag(s, SW502, a->between->span, M_C5_ONE_SIDED);
				if (g) {
					g->help = M_C5_ONE_SIDED_HELP;
					sw_diag_arg(s->D, g, 1, a->d.name->text, a->d.name->len);
					sw_diag_arg(s->D, g, 2, one->arg->text, one->arg->len);
					sw_diag_argz(s->D, g, 3, sw_sema_kw(s, KW_BETWEEN));
				}
			}
		}
		/* SW504 entity-unnamed */
		if (sw_agreement_is(a, KW_ENTITY) && !a->entity && !sw_present_has(&a->d.present, KW_ENTITY)) {
			sw_diag *g = sw_sema_diag(s, SW504, a->d.name->span, M_C5_ENTITY);
			if (g) {
				g->help = M_C5_ENTITY_HELP;
				sw_diag_arg(s->D, g, 1, a->d.name->text, a->d.name->len);
				sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_ENTITY));
			}
		}
		/* SW505 missing-document, SW506 document-outside */
		for (const sw_doc *d = a->docs; d; d = d->next)
			check_document(s, d->path);
		left_bound(s, a);
	}

	/* SW503 unbound-party; not when a `between` names an unknown party,
	 * since then who is bound is not known; not for a party that left */
	if (c->n_agreements && !c->unknown_bound) {
		for (sw_party *p = c->parties; p; p = p->next) {
			if (p->bound || sw_party_left(p) || sw_core_set_aside(&s->core, p))
				continue;
			sw_diag *g = sw_sema_diag(s, SW503, p->d.name->span, M_C5_UNBOUND);
			if (g) {
				g->help = M_C5_UNBOUND_HELP;
				sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
				sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_BETWEEN));
			}
		}
	}

	/* SW508 no-durable-agreement: agreements, but none the parties made
	 * together to last; a purchase, an acquisition or a merger has a check
	 * of its own (SW701, SW702) */
	if (c->n_agreements && !s->core.n_durable) {
		int own = 0;
		/* before `agreeing`, a letter of intent is the evidence expected */
		for (const sw_agreement *a = c->agreements; a && s->early; a = a->next)
			own |= sw_agreement_is(a, KW_LETTER_OF_INTENT);
		for (size_t i = 0; i < s->core.n_nondurable; i++) {
			sw_check w = s->core.nondurable[i].why;
			/* these say it as errors of their own; an acquisition of
			 * something else (SW708) is only a note, and a kind that
			 * cannot be read has SW005 */
			own |= w == SW701 || w == SW702 || w == SW502 || w == SW005;
		}
		if (!own) {
			sw_diag *g = sw_sema_diag(s, SW508, c->name->span, M_C5_NO_DURABLE);
			if (g) {
				g->help = M_C5_NO_DURABLE_HELP;
				sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			}
		}
	}
}
