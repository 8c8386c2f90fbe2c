/* Name resolution: every reference names what it must in the same
 * collaboration -- a party (part-of, members, decides, chair, secretary,
 * veto, mandate, acquired), a party or a stakeholder (between), an
 * agreement (amends). Names live on their interned symbols, so each lookup
 * is one pointer check. */
#include <string.h>

#include "../base/edit.h"
#include "register.h"
#include "sema.h"

static sw_decl *lookup(sw_sema *s, const sw_arg *a)
{
	sw_sym *y = a->sym;
	if (y->decl_gen != s->P->gen || !y->decl)
		return NULL;
	return y->decl;
}

/* The name nearest to w among the declarations of a kind (and, for
 * `decides`, the ways of deciding), within the edit budget. */
static const char *nearest(sw_sema *s, const sw_arg *a, sw_declkind kind, int stakeholders,
                           int decision)
{
	size_t best = sw_edit_budget(a->len) + 1;
	const char *bs = NULL;
	for (const sw_decl *d = s->c->decls; d; d = d->next_decl) {
		if (d->dup || !(d->kind == kind || (stakeholders && d->kind == DECL_STAKEHOLDER)))
			continue;
		size_t k = sw_edit_distance_within(a->text, a->len, d->name->text, d->name->len,
		                                   best - 1, &s->P->suggest_work);
		if (k < best) {
			best = k;
			bs = d->name->text;
		}
	}
	if (decision) {
		for (int k = 1; k < KW__COUNT; k++) {
			if (!sw_kw_in((sw_kw)k, VS_DECISION))
				continue;
			const char *w = sw_sema_kw(s, (sw_kw)k);
			if (strchr(w, ' '))
				continue; /* offer one word for one word */
			size_t d = sw_edit_distance_within(a->text, a->len, w, strlen(w), best - 1,
			                                   &s->P->suggest_work);
			if (d < best) {
				best = d;
				bs = w;
			}
		}
	}
	return bs;
}

typedef enum want {
	WANT_PARTY,       /* a party */
	WANT_BOUND,       /* a party or a stakeholder: `between` */
	WANT_DECIDER,     /* a party, in `decides` */
} want;

/* A name that names no party: say so, with the nearest name. */
static void unknown(sw_sema *s, const sw_arg *a, want w)
{
	sw_diag *g = sw_sema_diag(s, SW007, a->span, M_UNKNOWN_NAME);
	if (!g)
		return;
	sw_diag_arg(s->D, g, 1, a->text, a->len);
	sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_PARTY));
	/* suggestions cost a pass over the names: bounded per collaboration */
	const char *near = s->suggestions++ < 200
		? nearest(s, a, DECL_PARTY, w == WANT_BOUND, w == WANT_DECIDER) : NULL;
	if (near)
		sw_diag_fix(s->D, g, near, 0); /* the file's own names: the
		                                   nearest may be another party, so
		                                   the reader chooses (not --fix) */
	if (s->scope && sw_scope_find(s->scope, a->text, a->len)) {
		/* the register holds it: it only has to be made a party */
		g->help = M_UNKNOWN_NAME_REGISTERED_HELP;
	} else if (w == WANT_DECIDER) {
		g->help = M_UNKNOWN_DECIDER_HELP;
		sw_sema_example(s, g, 2, "%k, %k %s %k", KW_CONSENSUS, KW_UNANIMITY,
		                sw_msg_text(M_P_OR, s->nl), KW_MAJORITY);
	} else if (!near) {
		g->help = M_UNKNOWN_NAME_HELP;
	}
}

/* Resolve a list; owner, when given, marks a name listed twice (SW005).
 * Returns the number of names that name no party (or stakeholder). */
static unsigned resolve(sw_sema *s, sw_ref *r, want w, const void *owner)
{
	unsigned missing = 0;
	for (; r; r = r->next) {
		sw_decl *d = lookup(s, r->arg);
		r->party = d && d->kind == DECL_PARTY ? (sw_party *)d : NULL;
		if (d && d->kind == DECL_STAKEHOLDER) {
			if (w == WANT_BOUND) {
				sw_stakeholder *k = (sw_stakeholder *)d;
				if (owner && k->seen_by == owner) {
					sw_diag *g = sw_sema_diag(s, SW005, r->arg->span, M_VAL_REPEATED_ITEM);
					sw_diag_arg(s->D, g, 1, r->arg->text, r->arg->len);
					continue; /* count it once */
				}
				k->seen_by = owner;
				r->stakeholder = k;
				continue;
			}
			/* a stakeholder is no party: it does not decide, chair or sit */
			sw_diag *g = sw_sema_diag(s, SW007, r->arg->span, M_STAKEHOLDER_NOT_PARTY);
			if (g) {
				g->help = M_STAKEHOLDER_NOT_PARTY_HELP;
				sw_diag_arg(s->D, g, 1, r->arg->text, r->arg->len);
				sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_PARTY));
			}
			missing++;
			continue;
		}
		if (r->party && owner) {
			if (r->party->seen_by == owner) {
				sw_diag *g = sw_sema_diag(s, SW005, r->arg->span, M_VAL_REPEATED_ITEM);
				sw_diag_arg(s->D, g, 1, r->arg->text, r->arg->len);
				r->party = NULL; /* count it once */
				continue;
			}
			r->party->seen_by = owner;
		}
		if (r->party)
			continue;
		missing++;
		unknown(s, r->arg, w);
	}
	return missing;
}

static void resolve_agreement(sw_sema *s, sw_agreement *g)
{
	sw_decl *d = lookup(s, g->amends);
	if (d == &g->d) {
		sw_diag *x = sw_sema_diag(s, SW005, g->amends->span, M_VAL_AMENDS_ITSELF);
		if (x) {
			sw_diag_arg(s->D, x, 1, g->amends->text, g->amends->len);
			x->help = M_VAL_AMENDS_ITSELF_HELP;
		}
		return;
	}
	if (d && d->kind == DECL_AGREEMENT) {
		g->amends_agreement = (sw_agreement *)d;
		return;
	}
	sw_diag *x = sw_sema_diag(s, SW007, g->amends->span, M_UNKNOWN_AGREEMENT);
	if (!x)
		return;
	sw_diag_arg(s->D, x, 1, g->amends->text, g->amends->len);
	const char *near = s->suggestions++ < 200 ? nearest(s, g->amends, DECL_AGREEMENT, 0, 0) : NULL;
	if (near)
		sw_diag_fix(s->D, x, near, 0);
	else
		x->help = M_UNKNOWN_AGREEMENT_HELP;
}

void sw_resolve(sw_sema *s)
{
	sw_collab *c = s->c;
	for (sw_party *p = c->parties; p; p = p->next)
		resolve(s, p->part_of_ref, WANT_PARTY, NULL);
	unsigned binds_all = 0; /* agreements without `between` */
	for (sw_agreement *g = c->agreements; g; g = g->next) {
		g->unknown = resolve(s, g->parties, WANT_BOUND, g);
		for (sw_ref *r = g->parties; r; r = r->next)
			g->stakeholders += r->stakeholder != NULL;
		resolve(s, g->acquired_ref, WANT_PARTY, NULL);
		if (g->amends)
			resolve_agreement(s, g);
		if (!g->between) {
			/* no `between`: the agreement binds every party (counted
			 * below, in one pass over the parties for all of them) */
			binds_all++;
			continue;
		}
		for (sw_ref *r = g->parties; r; r = r->next)
			if (r->party)
				r->party->bound++;
		c->unknown_bound += g->unknown;
	}
	if (binds_all)
		for (sw_party *p = c->parties; p; p = p->next)
			p->bound += binds_all;
	for (sw_body *b = c->bodies; b; b = b->next) {
		resolve(s, b->members, WANT_PARTY, b);
		resolve(s, b->decider, WANT_DECIDER, NULL);
		resolve(s, b->chair_ref, WANT_PARTY, NULL);
		resolve(s, b->secretary_ref, WANT_PARTY, NULL);
		/* a second owner for the same body: a party may sit and veto */
		resolve(s, b->veto, WANT_PARTY, &b->veto);
	}
	for (sw_mandate *m = c->mandates; m; m = m->next)
		resolve(s, m->party, WANT_PARTY, NULL);
}
