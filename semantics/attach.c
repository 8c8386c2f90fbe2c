/* What a party takes from the register of organisations. `party ID`
 * without a title is the organisation registered under that name: its
 * title, kind, what it is part of, its numbers and, unless the block says
 * who is active in this collaboration, its people. What the block states
 * wins. The texts it takes keep the span of the party's name, so that
 * every message about them points into the file being checked. A party
 * declared in full that is an organisation of the register is SW017. */
#include <stdio.h>
#include <string.h>

#include "../base/buf.h"
#include "../base/edit.h"
#include "../parser/shape.h"
#include "register.h"
#include "sema.h"

static sw_arg *synth(sw_arena *A, sw_str t, sw_span at)
{
	sw_arg *a = sw_alloc(A, sizeof *a);
	a->kind = ARG_STRING;
	a->text = t.s;
	a->len = t.n;
	a->span = at;
	return a;
}

static void fill(sw_sema *s, sw_party *p, sw_org *o)
{
	sw_arena *A = &s->P->tree;
	sw_span at = p->d.name->span;
	p->org = o;
	o->used++;
	if (o->title.n)
		p->d.title = synth(A, o->title, at);
	if (!p->kind_stmt && !sw_present_has(&p->d.present, KW_KIND))
		p->kind = o->kind;
	if (!p->part_of && !sw_present_has(&p->d.present, KW_PART_OF)) {
		if (o->part_of_text.n) {
			p->part_of_text = synth(A, o->part_of_text, at);
		} else if (o->part_of_id.n) {
			/* the title of the organisation it is part of: the core
			 * finds a party by it, as it does for part-of "Name" */
			const sw_org *up = o->file ? sw_orgtab_find(&o->file->scope, o->part_of_id.s, o->part_of_id.n)
			                           : sw_scope_find(s->scope, o->part_of_id.s, o->part_of_id.n);
			p->part_of_text = synth(A, up && up->title.n ? up->title : o->part_of_id, at);
		}
	}
	if (!p->kvk && !sw_present_has(&p->d.present, KW_KVK) && o->kvk.n) {
		sw_stmt *k = sw_alloc(A, sizeof *k);
		k->kw = KW_KVK;
		k->span = at;
		k->head = synth(A, o->kvk, at);
		k->args = synth(A, o->kvk, at);
		p->kvk = k;
	}
	if (!p->registrations && !sw_present_has(&p->d.present, KW_REGISTRATION)) {
		for (unsigned i = 0; i < o->n_regs; i++) {
			sw_registration *r = sw_alloc(A, sizeof *r);
			r->stmt = p->d.stmt;
			r->scheme = o->regs[i].scheme;
			r->number = synth(A, o->regs[i].number, at);
			if (p->registrations_tail)
				p->registrations_tail->next = r;
			else
				p->registrations = r;
			p->registrations_tail = r;
		}
	}
	if (!p->n_people && !sw_present_has(&p->d.present, KW_PERSON)) {
		/* no one named as active in it: the organisation's people */
		for (unsigned i = 0; i < o->n_people; i++) {
			const sw_operson *y = &o->people[i];
			sw_person *x = sw_alloc(A, sizeof *x);
			x->stmt = p->d.stmt;
			x->name = synth(A, y->name, at);
			x->title = y->title.s ? synth(A, y->title, at) : NULL;
			x->role = y->role;
			x->role_stated = y->role_stated;
			x->registered = 1;
			if (p->people_tail)
				p->people_tail->next = x;
			else
				p->people = x;
			p->people_tail = x;
			p->n_people++;
		}
		return;
	}
	/* people named in the block: their role and title from the register */
	for (sw_person *x = p->people; x; x = x->next) {
		if (x->role || x->role_stated || x->title)
			continue;
		for (unsigned i = 0; i < o->n_people; i++) {
			const sw_operson *y = &o->people[i];
			if (!sw_same_name(y->name.s, y->name.n, x->name->text, x->name->len))
				continue;
			x->role = y->role;
			x->role_stated = y->role_stated;
			x->title = y->title.s ? synth(A, y->title, x->name->span) : NULL;
			break;
		}
	}
}

/* The registered name nearest to a, within the edit budget. */
static const char *nearest(sw_sema *s, const sw_arg *a)
{
	const sw_scope *sc = s->scope;
	size_t best = sw_edit_budget(a->len) + 1;
	const char *bs = NULL;
	for (size_t u = 0; u <= sc->n_uses; u++) {
		const sw_orgtab *t = u < sc->n_uses ? &sc->uses[u]->scope : &sc->own;
		for (uint32_t k = 0; k < t->cap; k++) {
			const sw_org *o = t->v[k];
			if (!o)
				continue;
			size_t d = sw_edit_distance_within(a->text, a->len, o->id.s, o->id.n, best - 1,
			                                   &s->P->suggest_work);
			if (d < best) {
				best = d;
				bs = o->id.s;
			}
		}
	}
	return bs;
}

static void unknown(sw_sema *s, sw_party *p)
{
	if (!s->scope || !sw_scope_any(s->scope)) {
		/* no register in sight: the block was left out, as ever */
		sw_shape_needs_block(s->P, p->d.stmt);
		return;
	}
	const sw_arg *a = p->d.name;
	sw_diag *g = sw_sema_diag(s, SW007, a->span, M_UNKNOWN_ORG);
	if (!g)
		return;
	sw_diag_arg(s->D, g, 1, a->text, a->len);
	const char *near = s->suggestions++ < 200 ? nearest(s, a) : NULL;
	if (near)
		sw_diag_fix(s->D, g, near, 0); /* another organisation may be meant */
	g->help = M_UNKNOWN_ORG_HELP;
	char name[16];
	snprintf(name, sizeof name, "%s", s->lang == SW_LANG_NL ? "Naam" : "Name");
	sw_sema_example(s, g, 2, "%k %s \"%s\" { ... }", KW_ORGANISATION, "ID", name);
	sw_sema_example(s, g, 3, "%k %s \"%s\" { ... }", KW_PARTY, "ID", name);
}

void sw_register_attach(sw_sema *s)
{
	sw_collab *c = s->c;
	int any = s->scope && sw_scope_any(s->scope);
	unsigned dropped = 0;
	for (sw_party *p = c->parties; p; p = p->next) {
		if (p->d.title)
			continue; /* declared in full: SW017 may say it need not be */
		sw_org *o = any ? sw_scope_find(s->scope, p->d.name->text, p->d.name->len) : NULL;
		if (o) {
			fill(s, p, o);
		} else if (p->ref_only) {
			unknown(s, p);
			dropped++;
		}
	}
	if (!dropped)
		return;
	/* a party that is neither declared nor registered is no party: take
	 * it out, as the shape pass takes out a statement it cannot read */
	sw_decl **d = &c->decls;
	c->decls_tail = NULL;
	for (sw_decl *x = c->decls; x; x = x->next_decl) {
		if (x->kind == DECL_PARTY && ((sw_party *)x)->ref_only && !((sw_party *)x)->org)
			continue;
		*d = x;
		d = &x->next_decl;
		c->decls_tail = x;
	}
	*d = NULL;
	sw_party **q = &c->parties;
	c->parties_tail = NULL;
	for (sw_party *x = c->parties; x; x = x->next) {
		if (x->ref_only && !x->org) {
			c->n_parties--;
			continue;
		}
		*q = x;
		q = &x->next;
		c->parties_tail = x;
	}
	*q = NULL;
}

/* The text that replaces a party declared in full: `party ID`, with a
 * block of what belongs to this collaboration when it states any. NULL
 * when the block holds comments, which a replacement would lose. */
static char *replacement(sw_sema *s, const sw_party *p, sw_buf *b)
{
	const sw_stmt *st = p->d.stmt;
	const char *text = s->P->src->text;
	if (st->inner || st->trail || st->close_trail)
		return NULL;
	for (const sw_stmt *x = st->body; x; x = x->next)
		if (x->lead || x->trail || x->inner || x->close_trail)
			return NULL;
	sw_buf_printf(b, "%s %.*s", sw_sema_kw(s, KW_PARTY), (int)p->d.name->len, p->d.name->text);
	int any = 0;
	for (const sw_stmt *x = st->body; x; x = x->next) {
		if (x->kw == KW_KIND || x->kw == KW_PART_OF || x->kw == KW_KVK || x->kw == KW_REGISTRATION)
			continue;
		/* the statement as written, from the start of its line */
		uint32_t from = x->span.start.off;
		while (from > 0 && text[from - 1] != '\n')
			from--;
		uint32_t to = x->has_block ? x->close.end.off : x->span.end.off;
		if (!any)
			sw_buf_puts(b, " {\n");
		any = 1;
		sw_buf_printf(b, "%.*s\n", (int)(to - from), text + from);
	}
	if (any) {
		uint32_t from = st->span.start.off;
		while (from > 0 && text[from - 1] != '\n')
			from--;
		sw_buf_printf(b, "%.*s}", (int)(st->span.start.off - from), text + from);
	}
	return (char *)sw_buf_str(b);
}

/* SW017: a party declared in full that the register holds, by its name,
 * its KvK number or its title. */
static void in_register(sw_sema *s, sw_party *p)
{
	const sw_arg *n = p->d.name;
	const sw_org *o = sw_scope_find(s->scope, n->text, n->len);
	int same = o != NULL;
	if (!o)
		o = sw_scope_same(s->scope, p);
	if (!o)
		return;
	const sw_stmt *st = p->d.stmt;
	sw_span at = st->span;
	if (st->has_block)
		at.end = st->close.end;
	sw_diag *g = sw_sema_diag(s, SW017, at, M_PARTY_REGISTERED);
	if (!g)
		return;
	g->help = M_PARTY_REGISTERED_HELP;
	sw_diag_arg(s->D, g, 1, n->text, n->len);
	sw_diag_arg(s->D, g, 2, o->id.s, o->id.n);
	sw_org_where(s->D, g, 3, o, NULL);
	sw_buf ex = { 0 };
	sw_buf_printf(&ex, "%s %.*s", sw_sema_kw(s, KW_PARTY), (int)o->id.n, o->id.s);
	sw_diag_argz(s->D, g, 4, sw_buf_str(&ex));
	sw_buf_free(&ex);
	if (same) {
		sw_buf b = { 0 };
		const char *fix = replacement(s, p, &b);
		if (fix)
			sw_diag_fix(s->D, g, fix, 0); /* drops what the register holds: the reader decides */
		sw_buf_free(&b);
	}
}

/* A registered organisation part of another that is a party here: that
 * party, by its name (its title may be missing, or another's). */
static void part_of_party(sw_sema *s, sw_party *p)
{
	const sw_org *o = p->org;
	if (p->part_of || !o->part_of_id.n)
		return;
	for (sw_party *q = s->c->parties; q; q = q->next) {
		if (q != p && q->d.name->len == o->part_of_id.n &&
		    memcmp(q->d.name->text, o->part_of_id.s, o->part_of_id.n) == 0) {
			p->part_of_party = q;
			return;
		}
	}
}

/* `part-of ID` that names no party here but an organisation of the
 * register: as `part-of "its name"`, so that the checks of C1 and C4 see
 * parties that are units of one organisation, across files. */
static void part_of_registered(sw_sema *s, sw_party *p)
{
	sw_ref *r = p->part_of_ref;
	if (!r || r->next)
		return;
	const sw_sym *y = r->arg->sym;
	if (y && y->decl_gen == s->P->gen && y->decl)
		return; /* a party (or something else) of this collaboration */
	sw_org *o = sw_scope_find(s->scope, r->arg->text, r->arg->len);
	if (!o)
		return;
	o->used++; /* named, as what the party is part of */
	p->part_of_text = synth(&s->P->tree, o->title.n ? o->title : o->id, r->arg->span);
	p->part_of_ref = NULL;
}

void sw_register_link(sw_sema *s)
{
	if (!s->scope || !sw_scope_any(s->scope))
		return;
	for (sw_party *p = s->c->parties; p; p = p->next) {
		part_of_registered(s, p);
		if (p->org)
			part_of_party(s, p);
		else if (p->d.title)
			in_register(s, p);
	}
}
