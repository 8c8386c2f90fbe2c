#include "core.h"

#include <string.h>

#include "sema.h"

int sw_agreement_is(const sw_agreement *a, sw_kw k)
{
	for (unsigned i = 0; i < a->n_kinds; i++)
		if (a->kinds[i] == k)
			return 1;
	return 0;
}

/* The next letter or digit of a name from *i on, lower case; 0 at the end.
 * Spaces and punctuation are skipped; other bytes (accents) as they are. */
static unsigned char next_char(const char *s, size_t n, size_t *i)
{
	while (*i < n) {
		unsigned char c = (unsigned char)s[(*i)++];
		if (c >= 'A' && c <= 'Z')
			return (unsigned char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
			return c;
	}
	return 0;
}

int sw_same_name(const char *a, size_t na, const char *b, size_t nb)
{
	size_t i = 0, j = 0;
	for (;;) {
		unsigned char x = next_char(a, na, &i), y = next_char(b, nb, &j);
		if (x != y)
			return 0;
		if (!x)
			return 1;
	}
}

/* ---- groups of parties that count as one organisation -------------------- */

static int find(int *up, int i)
{
	while (up[i] != i) {
		up[i] = up[up[i]];
		i = up[i];
	}
	return i;
}

/* Make b part of a's group. */
static void join(int *up, int a, int b)
{
	a = find(up, a);
	b = find(up, b);
	if (a != b)
		up[b] = a;
}

typedef struct work {
	sw_sema *s;
	sw_core *k;
	const sw_party **party;  /* by index */
	int *up;                 /* union-find over the parties */
	unsigned char *counted;  /* 1 while it may count */
	unsigned char *current;  /* has not left */
	size_t n;
	size_t cap_unc, cap_non;
} work;

static int index_of(const work *w, const sw_party *p)
{
	for (size_t i = 0; i < w->n; i++)
		if (w->party[i] == p)
			return (int)i;
	return -1;
}

static void uncount(work *w, int i, sw_check why, const sw_party *into, const sw_agreement *by)
{
	if (!w->counted[i])
		return;
	w->counted[i] = 0;
	sw_uncounted *u = &w->k->uncounted[w->k->n_uncounted++];
	u->party = w->party[i];
	u->why = why;
	u->into = into;
	u->by = by;
}

static void nondurable(work *w, size_t ai, const sw_agreement *a, sw_check why)
{
	if (!w->k->durable[ai])
		return;
	w->k->durable[ai] = 0;
	sw_nondurable *d = &w->k->nondurable[w->k->n_nondurable++];
	d->agreement = a;
	d->why = why;
}

/* The parties an agreement binds, as indices of current parties: its
 * `between` list, or every party. Returns how many, into out. */
static size_t bound(const work *w, const sw_agreement *a, int *out)
{
	size_t n = 0;
	if (!a->between) {
		for (size_t i = 0; i < w->n; i++)
			if (w->current[i])
				out[n++] = (int)i;
		return n;
	}
	for (const sw_ref *r = a->parties; r; r = r->next) {
		int i = r->party ? index_of(w, r->party) : -1;
		if (i >= 0 && w->current[i])
			out[n++] = i;
	}
	return n;
}

static int long_term(const sw_collab *c)
{
	if (c->renewal == KW_YEARLY)
		return 1;
	if (!c->term_valid)
		return 0;
	if (c->term_open)
		return 1;
	return c->end.days >= sw_date_add_months(c->start, 6).days;
}

void sw_core_make(sw_sema *s)
{
	sw_collab *c = s->c;
	sw_core *k = &s->core;
	memset(k, 0, sizeof *k);
	sw_arena *A = &s->P->tree;
	size_t n = c->n_parties, na = c->n_agreements;
	work w = { s, k, NULL, NULL, NULL, NULL, n, 0, 0 };
	w.party = sw_alloc(A, (n + 1) * sizeof *w.party);
	w.up = sw_alloc(A, (n + 1) * sizeof *w.up);
	w.counted = sw_alloc(A, n + 1);
	w.current = sw_alloc(A, n + 1);
	k->group = sw_alloc(A, (n + 1) * sizeof *k->group);
	k->durable = sw_alloc(A, na + 1);
	/* at most one entry per party and per agreement */
	k->uncounted = sw_alloc(A, (n + 1) * sizeof *k->uncounted);
	k->nondurable = sw_alloc(A, (na + 1) * sizeof *k->nondurable);
	int *tmp = sw_alloc(A, (n + 1) * sizeof *tmp);
	k->long_term = long_term(c);

	size_t i = 0;
	for (const sw_party *p = c->parties; p; p = p->next, i++) {
		w.party[i] = p;
		w.up[i] = (int)i;
		/* a party left when it says so, unless it says it left before it
		 * joined (SW709): then no one knows, and it stays */
		w.current[i] = !p->left_stmt ||
		               (p->has_joined && p->has_left && p->left.days < p->joined.days);
		w.counted[i] = 1;
	}
	for (i = 0; i < n; i++) {
		const sw_party *p = w.party[i];
		if (!w.current[i]) {
			uncount(&w, (int)i, 0, NULL, NULL);
			continue;
		}
		k->current++;
		if (p->kind == KW_PERSON)
			uncount(&w, (int)i, SW102, NULL, NULL);
	}
	/* part of another party: it counts as that party; a quoted name that
	 * is another party's title names that party too */
	for (sw_party *p = c->parties; p; p = p->next) {
		const sw_arg *t = p->part_of_text;
		if (!t || !t->len)
			continue;
		for (const sw_party *q = c->parties; q && !p->part_of_party; q = q->next)
			if (q != p && q->d.title && sw_same_name(q->d.title->text, q->d.title->len, t->text, t->len))
				p->part_of_party = (sw_party *)q;
	}
	for (i = 0; i < n; i++) {
		const sw_party *p = w.party[i];
		const sw_party *of = p->part_of_ref && p->part_of_ref->party != p
			? p->part_of_ref->party : p->part_of_party;
		int j = of ? index_of(&w, of) : -1;
		if (j >= 0 && w.current[i]) {
			join(w.up, j, (int)i);
			uncount(&w, (int)i, SW401, of, NULL);
		}
	}
	/* the collaboration's own entity, listed as a party */
	for (const sw_agreement *a = c->agreements; a; a = a->next) {
		const sw_arg *e = a->entity && a->entity->args ? sw_stmt_args(a->entity) : NULL;
		if (!e || e->kind != ARG_STRING || !sw_agreement_is(a, KW_ENTITY))
			continue;
		for (i = 0; i < n; i++) {
			const sw_arg *t = w.party[i]->d.title;
			if (t && sw_same_name(t->text, t->len, e->text, e->len))
				uncount(&w, (int)i, SW105, NULL, a);
		}
	}
	/* units of one organisation that is not a party count as that one */
	for (i = 0; i < n; i++) {
		const sw_arg *t = w.party[i]->part_of_text;
		if (!t || w.party[i]->part_of_party || !w.counted[i])
			continue;
		for (size_t j = 0; j < i; j++) {
			const sw_arg *u = w.party[j]->part_of_text;
			if (u && !w.party[j]->part_of_party && w.counted[j] &&
			    sw_same_name(t->text, t->len, u->text, u->len)) {
				join(w.up, (int)j, (int)i);
				break;
			}
		}
	}

	/* acquisitions and mergers make organisations one */
	memset(k->durable, 1, na + 1);
	size_t ai = 0;
	for (const sw_agreement *a = c->agreements; a; a = a->next, ai++) {
		int merger = sw_agreement_is(a, KW_MERGER), acq = sw_agreement_is(a, KW_ACQUISITION);
		if (!merger && !acq)
			continue;
		size_t nb = bound(&w, a, tmp);
		if (acq && a->acquired_text && !a->acquired_ref) {
			nondurable(&w, ai, a, SW708); /* a stake, not a party */
			continue;
		}
		nondurable(&w, ai, a, SW702);
		const sw_party *taken = acq && a->acquired_ref ? a->acquired_ref->party : NULL;
		int t = taken ? index_of(&w, taken) : -1;
		if (t >= 0) {
			/* the one taken over counts as the first other party */
			for (size_t b = 0; b < nb; b++) {
				if (tmp[b] != t) {
					join(w.up, tmp[b], t);
					uncount(&w, t, SW702, w.party[tmp[b]], a);
					break;
				}
			}
			continue;
		}
		/* a merger, or an acquisition that does not say of whom: the
		 * parties become one organisation */
		for (size_t b = 1; b < nb; b++) {
			join(w.up, tmp[0], tmp[b]);
			uncount(&w, tmp[b], SW702, w.party[tmp[0]], a);
		}
	}
	/* what else is not durable */
	ai = 0;
	for (const sw_agreement *a = c->agreements; a; a = a->next, ai++) {
		if (!k->durable[ai])
			continue;
		if (sw_agreement_is(a, KW_PURCHASE) && !k->long_term && a->n_kinds == 1)
			nondurable(&w, ai, a, SW701);
		else if ((sw_agreement_is(a, KW_LETTER_OF_INTENT) || sw_agreement_is(a, KW_SUBSIDY)) &&
		         a->n_kinds == 1)
			nondurable(&w, ai, a, SW508);
	}

	/* the organisations: the groups with a party that counts; every
	 * current party of such a group belongs to it (a department to its
	 * organisation), the others to none (a person, the joint entity) */
	unsigned char *counts = sw_alloc(A, n + 1);
	for (i = 0; i < n; i++)
		if (w.current[i] && w.counted[i])
			counts[find(w.up, (int)i)] = 1;
	for (i = 0; i < n; i++) {
		int root = find(w.up, (int)i);
		k->group[i] = w.current[i] && counts[root] ? root : -1;
		k->orgs += w.current[i] && counts[root] && root == (int)i;
	}

	/* durable: binds two organisations or more */
	ai = 0;
	for (const sw_agreement *a = c->agreements; a; a = a->next, ai++) {
		if (!k->durable[ai])
			continue;
		size_t nb = bound(&w, a, tmp), groups = 0;
		for (size_t b = 0; b < nb; b++) {
			int g = k->group[tmp[b]];
			if (g < 0)
				continue;
			size_t e = 0;
			while (e < b && k->group[tmp[e]] != g)
				e++;
			groups += e == b;
		}
		if (groups < 2)
			nondurable(&w, ai, a, SW502);
		else
			k->n_durable++;
	}
}

int sw_core_set_aside(const sw_core *k, const sw_party *p)
{
	for (size_t i = 0; i < k->n_uncounted; i++)
		if (k->uncounted[i].party == p)
			return k->uncounted[i].why == SW102 || k->uncounted[i].why == SW401 ||
			       k->uncounted[i].why == SW105;
	return 0;
}

int sw_core_counted(const sw_core *k, const sw_collab *c, const sw_party *p)
{
	size_t i = 0;
	for (const sw_party *q = c->parties; q; q = q->next, i++)
		if (q == p)
			return k->group[i] >= 0;
	return 0;
}
