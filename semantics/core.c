#include "core.h"

#include <stdint.h>
#include <string.h>

#include "sema.h"

int sw_agreement_is(const sw_agreement *a, sw_kw k)
{
	for (unsigned i = 0; i < a->n_kinds; i++)
		if (a->kinds[i] == k)
			return 1;
	return 0;
}

/* What a byte of a name counts as: a letter in lower case, a digit, any
 * other byte (accents) as it is, or 0 for spaces and punctuation, which
 * are skipped. A table, as names are hashed for every title and part-of. */
#define FOLD_ROW(b)                                                          \
	FOLD_(b + 0), FOLD_(b + 1), FOLD_(b + 2), FOLD_(b + 3), FOLD_(b + 4), \
	FOLD_(b + 5), FOLD_(b + 6), FOLD_(b + 7), FOLD_(b + 8), FOLD_(b + 9), \
	FOLD_(b + 10), FOLD_(b + 11), FOLD_(b + 12), FOLD_(b + 13),           \
	FOLD_(b + 14), FOLD_(b + 15)
#define FOLD_(c)                                                             \
	(unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) - 'A' + 'a'            \
	                : ((c) >= 'a' && (c) <= 'z') || ((c) >= '0' && (c) <= '9') || (c) >= 0x80 ? (c) : 0)
static const unsigned char name_fold[256] = {
	FOLD_ROW(0x00), FOLD_ROW(0x10), FOLD_ROW(0x20), FOLD_ROW(0x30),
	FOLD_ROW(0x40), FOLD_ROW(0x50), FOLD_ROW(0x60), FOLD_ROW(0x70),
	FOLD_ROW(0x80), FOLD_ROW(0x90), FOLD_ROW(0xA0), FOLD_ROW(0xB0),
	FOLD_ROW(0xC0), FOLD_ROW(0xD0), FOLD_ROW(0xE0), FOLD_ROW(0xF0),
};
#undef FOLD_
#undef FOLD_ROW

/* The next letter or digit of a name from *i on, folded; 0 at the end. */
static inline unsigned char next_char(const char *s, size_t n, size_t *i)
{
	while (*i < n) {
		unsigned char c = name_fold[(unsigned char)s[(*i)++]];
		if (c)
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

void sw_name_norm(sw_buf *b, const char *s, size_t n)
{
	size_t i = 0;
	for (unsigned char c; (c = next_char(s, n, &i));)
		sw_buf_putc(b, (char)c);
}

/* The hash of a name as sw_same_name compares it. */
uint64_t sw_name_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603u;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = name_fold[(unsigned char)s[i]];
		if (c)
			h = (h ^ c) * 1099511628211u;
	}
	return h;
}

/* Names in a hash table, to find the parties a name names without
 * comparing it with every party: lookups stay linear in the file. A
 * party's name is its key: its title, or what it says it is part of. */
typedef const sw_arg *(*name_key)(const sw_party *p);

static const sw_arg *title_key(const sw_party *p)
{
	return p->d.title;
}

static const sw_arg *part_of_key(const sw_party *p)
{
	return p->part_of_text;
}

typedef struct names {
	name_key key;
	const sw_party **party;
	uint64_t *hash;
	int *who;        /* the first party of a name; -1 marks a free slot */
	int *same;       /* per party: the next party of the same name, or -1 */
	int *last;       /* per party first of a name: the last of its chain */
	size_t cap;
} names;

static void names_init(names *t, size_t n, sw_arena *A, name_key key, const sw_party **party)
{
	t->key = key;
	t->party = party;
	t->cap = 4;
	while (t->cap < 2 * n + 2)
		t->cap *= 2;
	t->hash = sw_alloc(A, t->cap * sizeof *t->hash);
	t->who = sw_alloc(A, t->cap * sizeof *t->who);
	t->same = sw_alloc(A, (n + 1) * sizeof *t->same);
	t->last = sw_alloc(A, (n + 1) * sizeof *t->last);
	for (size_t i = 0; i < t->cap; i++)
		t->who[i] = -1;
	for (size_t i = 0; i <= n; i++)
		t->same[i] = t->last[i] = -1;
}

/* Add party i by its name; parties of equal names are chained in order. */
static void names_add(names *t, int i)
{
	const sw_arg *name = t->key(t->party[i]);
	const char *s = name->text;
	size_t n = name->len;
	uint64_t h = sw_name_hash(s, n);
	for (size_t k = h & (t->cap - 1);; k = (k + 1) & (t->cap - 1)) {
		if (t->who[k] < 0) {
			t->hash[k] = h;
			t->who[k] = t->last[i] = i;
			return;
		}
		int f = t->who[k];
		const sw_arg *o = t->key(t->party[f]);
		if (t->hash[k] == h && sw_same_name(o->text, o->len, s, n)) {
			t->same[t->last[f]] = i;
			t->last[f] = i;
			return;
		}
	}
}

/* The first party of the name s, or -1. */
static int names_find(const names *t, const char *s, size_t n)
{
	uint64_t h = sw_name_hash(s, n);
	for (size_t k = h & (t->cap - 1); t->who[k] >= 0; k = (k + 1) & (t->cap - 1)) {
		const sw_arg *o = t->key(t->party[t->who[k]]);
		if (t->hash[k] == h && sw_same_name(o->text, o->len, s, n))
			return t->who[k];
	}
	return -1;
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
	return p->index < w->n && w->party[p->index] == p ? (int)p->index : -1;
}

static void uncount(work *w, int i, sw_check why, const sw_party *into, const sw_agreement *by)
{
	if (!w->counted[i])
		return;
	w->counted[i] = 0;
	w->k->why[i] = (unsigned short)why;
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
	const sw_arg *arg;
	return sw_term_end(c, &arg)->days >= sw_date_add_months(c->start, 6).days;
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
	k->why = sw_alloc(A, (n + 1) * sizeof *k->why);
	k->n_parties = n;
	/* at most one entry per party and per agreement */
	k->uncounted = sw_alloc(A, (n + 1) * sizeof *k->uncounted);
	k->nondurable = sw_alloc(A, (na + 1) * sizeof *k->nondurable);
	int *tmp = sw_alloc(A, (n + 1) * sizeof *tmp);
	k->long_term = long_term(c);

	size_t i = 0;
	for (const sw_party *p = c->parties; p; p = p->next, i++) {
		w.party[i] = p;
		((sw_party *)p)->index = (unsigned)i;
		w.up[i] = (int)i;
		w.current[i] = !sw_party_left(p);
		w.counted[i] = 1;
	}
	for (i = 0; i < n; i++) {
		const sw_party *p = w.party[i];
		if (!w.current[i]) {
			uncount(&w, (int)i, 0, NULL, NULL);
			continue;
		}
		k->current++;
		/* a kind that cannot be read (SW005, or a statement that could
		 * not be read at all): no one knows whether it is an
		 * organisation */
		if (p->kind_bad || (!p->kind_stmt && sw_present_has(&p->d.present, KW_KIND))) {
			uncount(&w, (int)i, SW005, NULL, NULL);
			k->unread_parties++;
		} else if (p->kind == KW_PERSON) {
			uncount(&w, (int)i, SW102, NULL, NULL);
		}
	}
	/* part of another party: it counts as that party; a quoted name that
	 * is another party's title names that party too */
	/* the parties by title, when a quoted name may name one: part-of,
	 * an entity, what an acquisition takes over */
	int quoted = 0;
	for (const sw_party *p = c->parties; p && !quoted; p = p->next)
		quoted = p->part_of_text != NULL;
	for (const sw_agreement *a = c->agreements; a && !quoted; a = a->next)
		quoted = a->entity || a->acquired_text;
	names titles;
	names_init(&titles, quoted ? n : 0, A, title_key, w.party);
	for (i = 0; i < n && quoted; i++)
		if (w.party[i]->d.title)
			names_add(&titles, (int)i);
	for (sw_party *p = c->parties; p; p = p->next) {
		const sw_arg *t = p->part_of_text;
		if (!t || !t->len)
			continue;
		/* the first party of that title but itself */
		int q = names_find(&titles, t->text, t->len);
		if (q == (int)p->index)
			q = titles.same[q];
		if (q >= 0)
			p->part_of_party = (sw_party *)w.party[q];
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
	unsigned char *entity_done = sw_alloc(A, n + 1);
	for (const sw_agreement *a = c->agreements; a; a = a->next) {
		const sw_arg *e = a->entity && a->entity->args ? sw_stmt_args(a->entity) : NULL;
		if (!e || e->kind != ARG_STRING || !sw_agreement_is(a, KW_ENTITY))
			continue;
		/* every party of that title (usually one), once */
		int q = names_find(&titles, e->text, e->len);
		if (q < 0 || entity_done[q])
			continue;
		entity_done[q] = 1;
		for (; q >= 0; q = titles.same[q])
			uncount(&w, q, SW105, NULL, a);
	}
	/* units of one organisation that is not a party count as that one:
	 * the first counted unit of each, found by the name */
	names units;
	names_init(&units, quoted ? n : 0, A, part_of_key, w.party);
	for (i = 0; i < n && quoted; i++) {
		const sw_arg *t = w.party[i]->part_of_text;
		if (!t || w.party[i]->part_of_party || !w.counted[i])
			continue;
		int f = names_find(&units, t->text, t->len);
		if (f >= 0)
			join(w.up, f, (int)i);
		else
			names_add(&units, (int)i);
	}

	/* acquisitions and mergers make organisations one */
	memset(k->durable, 1, na + 1);
	size_t ai = 0;
	int all_one = 0; /* a merger without `between` made every party one */
	for (const sw_agreement *a = c->agreements; a; a = a->next, ai++) {
		int merger = sw_agreement_is(a, KW_MERGER), acq = sw_agreement_is(a, KW_ACQUISITION);
		if (!merger && !acq)
			continue;
		if (!a->between && all_one && !a->acquired_ref) {
			nondurable(&w, ai, a, a->acquired_text ? SW708 : SW702);
			continue;
		}
		size_t nb = bound(&w, a, tmp);
		const sw_party *titled = NULL;
		if (acq && a->acquired_text && !a->acquired_ref) {
			/* the title of a party names that party, as in part-of */
			int q = names_find(&titles, a->acquired_text->text, a->acquired_text->len);
			if (q < 0) {
				nondurable(&w, ai, a, SW708); /* a stake, not a party */
				continue;
			}
			titled = w.party[q];
			((sw_agreement *)a)->acquired_title = (sw_party *)titled;
		}
		nondurable(&w, ai, a, SW702);
		const sw_party *taken = acq && a->acquired_ref ? a->acquired_ref->party : titled;
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
		all_one |= !a->between;
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
		if (a->kind_bad || (!a->kind_stmt && sw_present_has(&a->d.present, KW_KIND))) {
			nondurable(&w, ai, a, SW005);
			k->unread_agreements++;
		} else {
			/* durable when one of its kinds is; a purchase for a term
			 * of six months or more is a framework agreement (SW707) */
			int lasting = 0, purchase = 0;
			for (unsigned q = 0; q < a->n_kinds; q++) {
				sw_kw kk = a->kinds[q];
				purchase |= kk == KW_PURCHASE;
				lasting |= kk != KW_PURCHASE && kk != KW_LETTER_OF_INTENT && kk != KW_SUBSIDY;
			}
			if (a->n_kinds && !lasting && purchase && !k->long_term)
				nondurable(&w, ai, a, SW701);
			else if (a->n_kinds && !lasting && !purchase)
				nondurable(&w, ai, a, SW508);
		}
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

	/* durable: binds two organisations or more (without `between`, all
	 * of them); a group is counted once per agreement by its stamp */
	size_t *stamp = sw_alloc(A, (n + 1) * sizeof *stamp);
	ai = 0;
	for (const sw_agreement *a = c->agreements; a; a = a->next, ai++) {
		if (!k->durable[ai])
			continue;
		size_t groups = 0;
		if (!a->between) {
			groups = k->orgs;
		} else {
			size_t nb = bound(&w, a, tmp);
			for (size_t b = 0; b < nb; b++) {
				int g = k->group[tmp[b]];
				if (g < 0 || stamp[g] == ai + 1)
					continue;
				stamp[g] = ai + 1;
				groups++;
			}
		}
		/* one organisation and a stakeholder (a funder): an agreement,
		 * but not one the parties make together (SW508) */
		if (groups < 2)
			nondurable(&w, ai, a, a->stakeholders ? SW508 : SW502);
		else
			k->n_durable++;
	}
}

int sw_core_set_aside(const sw_core *k, const sw_party *p)
{
	if (p->index >= k->n_parties)
		return 0;
	unsigned why = k->why[p->index];
	return why && (why == SW102 || why == SW401 || why == SW105 || why == SW005);
}

int sw_core_counted(const sw_core *k, const sw_collab *c, const sw_party *p)
{
	(void)c;
	return p->index < k->n_parties && k->group[p->index] >= 0;
}
