/* Name resolution: every reference to a party (part-of, between, members,
 * decides, chair) must name a party of the same collaboration. Names live
 * on their interned symbols, so each lookup is one pointer check. */
#include <string.h>

#include "../base/edit.h"
#include "sema.h"

static sw_party *lookup(sw_sema *s, sw_arg *a)
{
	sw_sym *y = a->sym;
	if (y->decl_gen != s->P->gen || !y->decl)
		return NULL;
	sw_decl *d = y->decl;
	return d->kind == DECL_PARTY ? (sw_party *)d : NULL;
}

/* The name nearest to w among the parties (and, for `decides`, the ways of
 * deciding), within the edit budget. */
static const char *nearest(sw_sema *s, const sw_arg *a, int decision)
{
	size_t best = sw_edit_budget(a->len) + 1;
	const char *bs = NULL;
	for (sw_party *p = s->c->parties; p; p = p->next) {
		const sw_arg *n = p->d.name;
		size_t d = sw_edit_distance(a->text, a->len, n->text, n->len, best - 1);
		if (d < best) {
			best = d;
			bs = n->text;
		}
	}
	if (decision) {
		for (int k = 1; k < KW__COUNT; k++) {
			if (sw_kw_vset((sw_kw)k) != VS_DECISION)
				continue;
			const char *w = sw_sema_kw(s, (sw_kw)k);
			size_t d = sw_edit_distance(a->text, a->len, w, strlen(w), best - 1);
			if (d < best) {
				best = d;
				bs = w;
			}
		}
	}
	return bs;
}

/* Resolve a list; owner, when given, marks a name listed twice (SW005).
 * Returns the number of names that name no party. */
static unsigned resolve(sw_sema *s, sw_ref *r, int decision, const void *owner)
{
	unsigned unknown = 0;
	for (; r; r = r->next) {
		r->party = lookup(s, r->arg);
		if (r->party && owner) {
			if (r->party->seen_by == owner) {
				sw_diag *d = sw_sema_diag(s, SW005, r->arg->span, M_VAL_REPEATED_ITEM);
				sw_diag_arg(s->D, d, 1, r->arg->text, r->arg->len);
				r->party = NULL; /* count it once */
				continue;
			}
			r->party->seen_by = owner;
		}
		if (r->party)
			continue;
		unknown++;
		sw_diag *g = sw_sema_diag(s, SW007, r->arg->span, M_UNKNOWN_NAME);
		if (!g)
			continue;
		sw_diag_arg(s->D, g, 1, r->arg->text, r->arg->len);
		sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_PARTY));
		/* suggestions cost a pass over the parties: bounded per block */
		const char *near = s->suggestions++ < 200 ? nearest(s, r->arg, decision) : NULL;
		if (near)
			sw_diag_fix(s->D, g, near);
		if (decision) {
			g->help = M_UNKNOWN_DECIDER_HELP;
			sw_sema_example(s, g, 2, "%k, %k %s %k", KW_CONSENSUS, KW_UNANIMITY,
			                sw_msg_text(M_P_OR, s->nl), KW_MAJORITY);
		} else if (!near) {
			g->help = M_UNKNOWN_NAME_HELP;
		}
	}
	return unknown;
}

void sw_resolve(sw_sema *s)
{
	sw_collab *c = s->c;
	for (sw_party *p = c->parties; p; p = p->next)
		resolve(s, p->part_of_ref, 0, NULL);
	unsigned binds_all = 0; /* agreements without `between` */
	for (sw_agreement *g = c->agreements; g; g = g->next) {
		g->unknown = resolve(s, g->parties, 0, g);
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
		resolve(s, b->members, 0, b);
		resolve(s, b->decider, 1, NULL);
		resolve(s, b->chair_ref, 0, NULL);
	}
}
