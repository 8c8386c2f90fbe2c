#include "verdict.h"

#include <string.h>

#include "sema.h"

static const char *name_of(sw_arena *a, const sw_arg *n)
{
	return n ? sw_strndup(a, n->text, n->len) : NULL;
}

/* Is something stated on a line, even one with a mistake in it? */
static int stated(const sw_collab *c, sw_kw k)
{
	return sw_present_has(&c->present, k);
}

void sw_verdict_judge(sw_verdict *v, const sw_sema *s, const sw_tally *t, sw_arena *a)
{
	const sw_collab *c = s->c;
	const sw_core *k = &s->core;
	memset(v, 0, sizeof *v);
	v->orgs = k->orgs;
	v->membership = c->membership;
	v->form = c->form ? c->form_kw : KW_NONE;
	v->phase = c->phase_kw;
	v->agreements = c->n_agreements > 0 || stated(c, KW_AGREEMENT);

	/* the criteria, from what was reported: an error is not met, a warning
	 * or a check the phase rule lowered is not evidenced; a filing check
	 * decides nothing */
	for (int i = 0; i < SW__COUNT; i++) {
		if (!t->sev[i])
			continue;
		const sw_checkinfo *ci = sw_check_info((sw_check)i);
		if (ci->phase == PHASE_FILING)
			continue;
		sw_sev sev = (sw_sev)(t->sev[i] - 1);
		sw_cstatus st = sev == SEV_ERROR ? CS_NOT_MET
		              : sev == SEV_WARNING || t->lowered[i] ? CS_NOT_EVIDENCED : CS_MET;
		if (v->crit[ci->crit] < st)
			v->crit[ci->crit] = st;
	}
	/* an acquisition or merger ends autonomy as well as durability */
	if (t->sev[SW702] == SEV_ERROR + 1)
		v->crit[CRIT_C4] = CS_NOT_MET;
	/* purchases, acquisitions and mergers never make C5 met */
	if (!k->n_durable && v->crit[CRIT_C5] < CS_NOT_EVIDENCED)
		v->crit[CRIT_C5] = CS_NOT_EVIDENCED;

	/* the parties that do not count, the agreements that do not last */
	/* nothing allocated for empty lists: a file may hold a million
	 * collaborations */
	v->uncounted = k->n_uncounted ? sw_alloc(a, k->n_uncounted * sizeof *v->uncounted) : NULL;
	for (size_t i = 0; i < k->n_uncounted; i++) {
		const sw_uncounted *u = &k->uncounted[i];
		sw_vitem *x = &v->uncounted[v->n_uncounted++];
		x->why = u->why;
		x->name = name_of(a, u->party->d.name);
		x->other = u->into ? name_of(a, u->into->d.name) : u->by ? name_of(a, u->by->d.name) : NULL;
		x->kind = u->by ? u->by->kind : KW_NONE;
	}
	v->nondurable = k->n_nondurable ? sw_alloc(a, k->n_nondurable * sizeof *v->nondurable) : NULL;
	for (size_t i = 0; i < k->n_nondurable; i++) {
		sw_vitem *x = &v->nondurable[v->n_nondurable++];
		x->why = k->nondurable[i].why;
		x->name = name_of(a, k->nondurable[i].agreement->d.name);
		x->kind = k->nondurable[i].agreement->kind;
	}

	/* what is not evidenced yet */
	if (!k->n_durable)
		v->missing |= VM_AGREEMENT;
	if (!c->term && !stated(c, KW_TERM))
		v->missing |= VM_TERM;
	if (!c->governance && !stated(c, KW_GOVERNANCE))
		v->missing |= VM_GOVERNANCE;
	if (!c->n_results && !stated(c, KW_RESULT))
		v->missing |= VM_RESULTS;

	/* what cannot be read cannot be judged */
	int unread = 0;
	for (int i = 0; i < SW__COUNT; i++) {
		if ((i == SW001 || i == SW008) && t->sev[i] == SEV_ERROR + 1) {
			v->unread |= i == SW001 ? VU_SYNTAX : VU_ENCODING;
			unread = 1;
		}
	}
	unsigned orgs = k->orgs > c->membership ? k->orgs : c->membership;
	if (orgs < 2) {
		v->fails |= VF_ORGS;
		if (t->sev[SW103])
			v->fails |= VF_ONE_ORG;
	}
	if (!c->n_goals && !stated(c, KW_GOAL))
		v->fails |= VF_GOAL;
	if (!k->n_durable)
		v->fails |= VF_AGREEMENT;
	int early = c->phase_kw == KW_EXPLORING || c->phase_kw == KW_SHARING;
	/* a kind that cannot be read is not assumed: when the parties or the
	 * agreements it hides could make the core hold, the verdict waits */
	if (!unread && !(v->fails & VF_GOAL) &&
	    (((v->fails & VF_ORGS) && k->unread_parties && orgs + k->unread_parties >= 2) ||
	     ((v->fails & VF_AGREEMENT) && k->unread_agreements && !early)) &&
	    !((v->fails & VF_ORGS) && orgs + k->unread_parties < 2)) {
		v->unread |= VU_VALUES;
		unread = 1;
	}
	if (unread) {
		/* what cannot be read evidences nothing: no criterion is met */
		v->status = V_NOT_ASSESSED;
		for (int i = CRIT_C1; i < CRIT__COUNT; i++)
			if (v->crit[i] == CS_MET)
				v->crit[i] = CS_NOT_EVIDENCED;
	} else if (v->fails & (VF_ORGS | VF_GOAL)) {
		v->status = V_NOT_COLLABORATION;
	} else if (v->fails & VF_AGREEMENT) {
		v->status = early ? V_NOT_YET : V_NOT_COLLABORATION;
	} else {
		v->status = V_COLLABORATION;
	}
	/* fewer than two organisations contradicts C1, once it is known */
	if ((v->fails & VF_ORGS) && !unread)
		v->crit[CRIT_C1] = CS_NOT_MET;
}

static sw_vitem *copy_items(const sw_vitem *v, size_t n, sw_arena *a)
{
	if (!n)
		return NULL;
	sw_vitem *x = sw_alloc(a, n * sizeof *x);
	for (size_t i = 0; i < n; i++) {
		x[i].why = v[i].why;
		x[i].kind = v[i].kind;
		x[i].name = v[i].name ? sw_strndup(a, v[i].name, strlen(v[i].name)) : NULL;
		x[i].other = v[i].other ? sw_strndup(a, v[i].other, strlen(v[i].other)) : NULL;
	}
	return x;
}

void sw_verdict_copy(sw_verdict *to, const sw_verdict *v, sw_arena *a)
{
	*to = *v;
	to->uncounted = copy_items(v->uncounted, v->n_uncounted, a);
	to->nondurable = copy_items(v->nondurable, v->n_nondurable, a);
}
