/* The portfolio (portfolio.h): each collaboration of each file checked and
 * kept as a digest, and the organisations grouped across files. */
#include "portfolio.h"

#include <stdlib.h>
#include <string.h>

#include "../semantics/core.h"

void sw_portfolio_init(sw_portfolio *p, int nl, const sw_when *w)
{
	memset(p, 0, sizeof *p);
	sw_arena_init(&p->arena);
	p->nl = nl;
	p->when = *w;
}

static void *grow(void *v, size_t *cap, size_t size)
{
	*cap = *cap ? *cap * 2 : 16;
	void *n = realloc(v, *cap * size);
	if (!n)
		abort();
	return n;
}

static sw_pfile *new_file(sw_portfolio *p, const char *path)
{
	if (p->n_files == p->cap_files)
		p->files = grow(p->files, &p->cap_files, sizeof *p->files);
	sw_pfile *f = &p->files[p->n_files++];
	memset(f, 0, sizeof *f);
	f->path = sw_strndup(&p->arena, path, strlen(path));
	return f;
}

typedef struct pfile {
	sw_portfolio *p;
	sw_pfile *f;
	int nl;
} pfile;

static void on_collab(void *ud, const sw_source *src, sw_collab *c, const sw_verdict *v,
                      const sw_tally *t, const sw_diags *d, size_t first)
{
	pfile *pf = ud;
	sw_portfolio *p = pf->p;
	(void)d, (void)first;
	if (p->n_collabs == p->cap_collabs)
		p->collabs = grow(p->collabs, &p->cap_collabs, sizeof *p->collabs);
	sw_pcollab *k = calloc(1, sizeof *k);
	if (!k)
		abort();
	p->collabs[p->n_collabs++] = k;
	sw_digest_make(&k->x, src, c, v, NULL, 0, pf->nl);
	sw_dated_make(&k->dated, c, &p->when);
	k->dated.end_arg = NULL;
	k->dated.review_at = NULL;
	k->errors = t->count[SEV_ERROR];
	k->warnings = t->count[SEV_WARNING];
	k->notes = t->count[SEV_NOTE];
	pf->f->collabs++;
}

size_t sw_portfolio_file(sw_portfolio *p, const sw_source *src, const sw_check_opts *o)
{
	sw_check_opts x = *o;
	/* the portfolio shows no diagnostic: it keeps one, and counts them all */
	x.max_diags = 1;
	x.keep_first = 1;
	x.dated = 1;
	x.when = p->when;
	sw_pfile *f = new_file(p, src->path);
	f->read = 1;
	pfile pf = { p, f, p->nl };
	sw_diags d;
	sw_diags_init(&d, 1);
	sw_check_source(src, &x, &d, on_collab, &pf);
	f = &p->files[p->n_files - 1];
	f->errors = d.count[SEV_ERROR];
	f->warnings = d.count[SEV_WARNING];
	f->notes = d.count[SEV_NOTE];
	sw_diags_free(&d);
	return f->errors;
}

void sw_portfolio_unread(sw_portfolio *p, const char *path, const char *message)
{
	sw_pfile *f = new_file(p, path);
	f->message = message ? sw_strndup(&p->arena, message, strlen(message)) : NULL;
}

void sw_portfolio_free(sw_portfolio *p)
{
	for (size_t i = 0; i < p->n_collabs; i++) {
		sw_digest_free(&p->collabs[i]->x);
		free(p->collabs[i]);
	}
	free(p->collabs);
	free(p->files);
	for (size_t i = 0; i < p->n_orgs; i++)
		free(p->orgs[i].members);
	free(p->orgs);
	sw_arena_free(&p->arena);
}

/* ---- who is who ------------------------------------------------------ */

int sw_org_listed(const sw_dparty *p)
{
	return p->kind != KW_PERSON;
}

size_t sw_org_keys(const sw_dparty *p, sw_buf keys[2])
{
	size_t n = 0;
	if (p->in.kvk.s && p->in.kvk.n) {
		sw_buf_reset(&keys[n]);
		sw_buf_puts(&keys[n], "kvk:");
		sw_buf_put(&keys[n], p->in.kvk.s, p->in.kvk.n);
		n++;
	}
	if (p->title.s) {
		sw_buf_reset(&keys[n]);
		sw_buf_puts(&keys[n], "title:");
		size_t at = keys[n].len;
		sw_name_norm(&keys[n], p->title.s, p->title.n);
		if (keys[n].len > at)
			n++;
	}
	if (!n) {
		sw_buf_reset(&keys[0]);
		sw_buf_puts(&keys[0], "id:");
		sw_buf_put(&keys[0], p->name.s, p->name.n);
		n = 1;
	}
	return n;
}

int sw_next_binding(const sw_digest *x, sw_text name, size_t *a)
{
	for (; *a < x->n_agreements; ++*a) {
		const sw_texts *t = &x->agreements[*a].parties;
		for (size_t i = 0; i < t->n; i++)
			if (t->v[i].n == name.n && memcmp(t->v[i].s, name.s, name.n) == 0)
				return 1;
	}
	return 0;
}

typedef struct keyed {
	const char *key;
	size_t member;
} keyed;

static int by_key(const void *a, const void *b)
{
	const keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : x->member < y->member ? -1 : x->member > y->member;
}

static size_t find(size_t *up, size_t i)
{
	while (up[i] != i) {
		up[i] = up[up[i]];
		i = up[i];
	}
	return i;
}

/* The organisations in order of their names as compared, then of their
 * keys: the same input gives the same order. */
static int by_name(const void *a, const void *b)
{
	const sw_porg *x = a, *y = b;
	sw_buf nx = { 0 }, ny = { 0 };
	sw_name_norm(&nx, x->name.s, x->name.n);
	sw_name_norm(&ny, y->name.s, y->name.n);
	int c = strcmp(sw_buf_str(&nx), sw_buf_str(&ny));
	sw_buf_free(&nx);
	sw_buf_free(&ny);
	return c ? c : strcmp(x->id, y->id);
}

static int has_text(const sw_texts *t, sw_text s)
{
	for (size_t i = 0; i < t->n; i++)
		if (t->v[i].n == s.n && memcmp(t->v[i].s, s.s, s.n) == 0)
			return 1;
	return 0;
}

void sw_portfolio_group(sw_portfolio *p)
{
	for (size_t i = 0; i < p->n_collabs; i++) {
		sw_kw f = p->collabs[i]->x.form, ph = p->collabs[i]->x.phase;
		p->by_form[f < KW__COUNT ? f : KW_NONE]++;
		p->by_phase[ph < KW__COUNT ? ph : KW_NONE]++;
	}
	/* every listed party of every collaboration, in order */
	size_t n = 0;
	for (size_t i = 0; i < p->n_collabs; i++)
		for (size_t j = 0; j < p->collabs[i]->x.n_parties; j++)
			n += sw_org_listed(&p->collabs[i]->x.parties[j]);
	if (!n)
		return;
	sw_pmember *m = malloc(n * sizeof *m);
	keyed *k = malloc(2 * n * sizeof *k);
	size_t *up = malloc(n * sizeof *up), *first = malloc(n * sizeof *first);
	if (!m || !k || !up || !first)
		abort();
	size_t nm = 0, nk = 0;
	sw_buf keys[2] = { { 0 }, { 0 } };
	for (size_t i = 0; i < p->n_collabs; i++) {
		for (size_t j = 0; j < p->collabs[i]->x.n_parties; j++) {
			const sw_dparty *d = &p->collabs[i]->x.parties[j];
			if (!sw_org_listed(d))
				continue;
			m[nm].collab = i;
			m[nm].party = j;
			size_t q = sw_org_keys(d, keys);
			for (size_t e = 0; e < q; e++) {
				k[nk].key = sw_strndup(&p->arena, keys[e].data, keys[e].len);
				k[nk++].member = nm;
			}
			up[nm] = nm;
			nm++;
		}
	}
	sw_buf_free(&keys[0]);
	sw_buf_free(&keys[1]);
	/* parties that share a key are one */
	qsort(k, nk, sizeof *k, by_key);
	for (size_t e = 1; e < nk; e++) {
		if (strcmp(k[e].key, k[e - 1].key) != 0)
			continue;
		size_t a = find(up, k[e - 1].member), b = find(up, k[e].member);
		if (a != b)
			up[a > b ? a : b] = a < b ? a : b; /* the earliest party is the root */
	}
	/* one organisation per root, its members in order */
	p->orgs = calloc(n, sizeof *p->orgs);
	if (!p->orgs)
		abort();
	size_t *count = calloc(nm, sizeof *count);
	if (!count)
		abort();
	for (size_t i = 0; i < nm; i++)
		count[find(up, i)]++;
	for (size_t i = 0; i < nm; i++) {
		size_t r = find(up, i);
		if (r == i) {
			first[i] = p->n_orgs++;
			p->orgs[first[i]].members = malloc(count[i] * sizeof *p->orgs[first[i]].members);
			if (!p->orgs[first[i]].members)
				abort();
		}
		sw_porg *o = &p->orgs[first[r]];
		o->members[o->n_members++] = m[i];
	}
	free(count);
	sw_buf key = { 0 };
	for (size_t i = 0; i < p->n_orgs; i++) {
		sw_porg *o = &p->orgs[i];
		/* its key: the first KvK number stated, else the strongest key
		 * of its first party; its name: the first title, else the first
		 * party's name */
		const sw_dparty *d0 = &p->collabs[o->members[0].collab]->x.parties[o->members[0].party];
		size_t sums = 1;
		o->kvk.v = sw_alloc(&p->arena, o->n_members * sizeof *o->kvk.v);
		for (size_t j = 0; j < o->n_members; j++) {
			const sw_dparty *d = &p->collabs[o->members[j].collab]->x.parties[o->members[j].party];
			if (d->title.s && !o->name.s)
				o->name = d->title;
			if (d->in.kvk.s && !has_text(&o->kvk, d->in.kvk))
				o->kvk.v[o->kvk.n++] = d->in.kvk;
			sums += d->in.contributed.n;
		}
		if (!o->name.s)
			o->name = d0->name;
		sw_buf keys[2] = { { 0 }, { 0 } };
		sw_buf_reset(&key);
		if (o->kvk.n) {
			sw_buf_puts(&key, "kvk:");
			sw_buf_put(&key, o->kvk.v[0].s, o->kvk.v[0].n);
		} else {
			sw_org_keys(d0, keys);
			sw_buf_put(&key, keys[0].data, keys[0].len);
		}
		sw_buf_free(&keys[0]);
		sw_buf_free(&keys[1]);
		o->id = sw_strndup(&p->arena, key.data ? key.data : "", key.len);
		o->contributed.v = sw_alloc(&p->arena, sums * sizeof *o->contributed.v);
		for (size_t j = 0; j < o->n_members; j++) {
			const sw_dparty *d = &p->collabs[o->members[j].collab]->x.parties[o->members[j].party];
			for (size_t s = 0; s < d->in.contributed.n; s++)
				sw_dsums_add(&o->contributed, &d->in.contributed.v[s]);
		}
	}
	sw_buf_free(&key);
	qsort(p->orgs, p->n_orgs, sizeof *p->orgs, by_name);
	/* each collaboration's organisations, in the portfolio's order */
	for (size_t i = 0; i < p->n_orgs; i++)
		for (size_t j = 0; j < p->orgs[i].n_members; j++)
			p->collabs[p->orgs[i].members[j].collab]->n_orgs++;
	for (size_t i = 0; i < p->n_collabs; i++) {
		p->collabs[i]->orgs = sw_alloc(&p->arena, (p->collabs[i]->n_orgs + 1) * sizeof(size_t));
		p->collabs[i]->n_orgs = 0;
	}
	for (size_t i = 0; i < p->n_orgs; i++) {
		for (size_t j = 0; j < p->orgs[i].n_members; j++) {
			sw_pcollab *k = p->collabs[p->orgs[i].members[j].collab];
			if (!k->n_orgs || k->orgs[k->n_orgs - 1] != i)
				k->orgs[k->n_orgs++] = i;
		}
	}
	free(m);
	free(k);
	free(up);
	free(first);
}
