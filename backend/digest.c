#include "digest.h"

#include <stdlib.h>
#include <string.h>

#include "../base/buf.h"
#include "../diagnostics/render.h"

static sw_text text(sw_digest *x, const char *s, size_t n)
{
	sw_text t = { sw_strndup(&x->arena, s ? s : "", n), n };
	return t;
}

static sw_text arg_text(sw_digest *x, const sw_arg *a)
{
	sw_text t = { NULL, 0 };
	return a ? text(x, a->text, a->len) : t;
}

/* The nth argument of kind k of a statement, or NULL. */
static const sw_arg *arg_of(const sw_stmt *s, sw_argkind k, int nth)
{
	for (const sw_arg *a = s ? s->args : NULL; a; a = a->next)
		if (a->kind == k && nth-- == 0)
			return a;
	return NULL;
}

static sw_text stmt_text(sw_digest *x, const sw_stmt *s, sw_argkind k)
{
	return arg_text(x, arg_of(s, k, 0));
}

/* The first arguments of kind k of the statements kw of a block, in
 * order: what a list in the report shows. */
static sw_texts texts_of(sw_digest *x, const sw_stmt *body, sw_kw kw, sw_argkind k)
{
	sw_texts t = { NULL, 0 };
	size_t n = 0;
	for (const sw_stmt *s = body; s; s = s->next)
		n += s->kw == kw && arg_of(s, k, 0);
	if (!n)
		return t;
	t.v = sw_alloc(&x->arena, n * sizeof *t.v);
	for (const sw_stmt *s = body; s; s = s->next) {
		const sw_arg *a = s->kw == kw ? arg_of(s, k, 0) : NULL;
		if (a)
			t.v[t.n++] = arg_text(x, a);
	}
	return t;
}

static sw_texts refs_of(sw_digest *x, const sw_ref *r)
{
	sw_texts t = { NULL, 0 };
	size_t n = 0;
	for (const sw_ref *q = r; q; q = q->next)
		n++;
	if (!n)
		return t;
	t.v = sw_alloc(&x->arena, n * sizeof *t.v);
	for (; r; r = r->next)
		t.v[t.n++] = arg_text(x, r->arg);
	return t;
}

static void party(sw_digest *x, sw_dparty *d, const sw_party *p)
{
	const sw_stmt *body = p->d.stmt->body;
	d->name = arg_text(x, p->d.name);
	d->title = arg_text(x, p->d.title);
	d->line = p->d.stmt->span.start.line;
	d->kind = p->kind;
	if (p->part_of_ref) {
		d->part_of = arg_text(x, p->part_of_ref->arg);
		d->part_of_party = 1;
	} else {
		d->part_of = arg_text(x, p->part_of_text);
	}
	d->kvk = stmt_text(x, p->kvk, ARG_STRING);
	d->interests = texts_of(x, body, KW_INTEREST, ARG_STRING);
	d->contributions = texts_of(x, body, KW_CONTRIBUTES, ARG_STRING);
	d->gives_up = texts_of(x, body, KW_GIVES_UP, ARG_STRING);
	d->people = sw_alloc(&x->arena, (p->n_people ? p->n_people : 1) * sizeof *d->people);
	for (const sw_person *q = p->people; q; q = q->next) {
		d->people[d->n_people].name = arg_text(x, q->name);
		d->people[d->n_people].role = q->role;
		d->n_people++;
	}
}

static void agreement(sw_digest *x, sw_dagreement *d, const sw_agreement *g, const sw_collab *c)
{
	d->name = arg_text(x, g->d.name);
	d->title = arg_text(x, g->d.title);
	d->line = g->d.stmt->span.start.line;
	d->kind = g->kind;
	if (g->between) {
		d->parties = refs_of(x, g->parties);
	} else {
		d->all_parties = 1;
		d->parties.v = sw_alloc(&x->arena, (c->n_parties ? c->n_parties : 1) * sizeof *d->parties.v);
		for (const sw_party *p = c->parties; p; p = p->next)
			d->parties.v[d->parties.n++] = arg_text(x, p->d.name);
	}
	d->about = stmt_text(x, g->about, ARG_STRING);
	d->entity = stmt_text(x, g->entity, ARG_STRING);
	d->signed_on = stmt_text(x, g->signed_stmt, ARG_DATE);
	d->shares = g->shares_mask;
	size_t n = 0;
	for (const sw_doc *q = g->docs; q; q = q->next)
		n++;
	if (n) {
		d->documents.v = sw_alloc(&x->arena, n * sizeof *d->documents.v);
		for (const sw_doc *q = g->docs; q; q = q->next)
			d->documents.v[d->documents.n++] = arg_text(x, q->path);
	}
}

static void body(sw_digest *x, sw_dbody *d, const sw_body *y)
{
	d->name = arg_text(x, y->d.name);
	d->title = arg_text(x, y->d.title);
	d->line = y->d.stmt->span.start.line;
	d->members = refs_of(x, y->members);
	d->decides = y->decides_kw;
	if (!y->decides_kw && y->decider)
		d->decider = arg_text(x, y->decider->arg);
	d->chair = refs_of(x, y->chair_ref);
}

void sw_digest_make(sw_digest *x, const sw_source *src, const sw_collab *c, const sw_verdict *v,
                    const sw_diag *const *d, size_t n, int nl)
{
	memset(x, 0, sizeof *x);
	sw_arena_init(&x->arena);
	x->nl = nl;
	x->file = text(x, src->path, strlen(src->path));
	x->name = arg_text(x, c->name);
	x->title = arg_text(x, c->title);
	x->line = c->stmt->span.start.line;
	x->form = c->form ? c->form_kw : KW_NONE;
	x->phase = c->phase ? c->phase_kw : KW_NONE;
	const sw_arg *d0 = arg_of(c->term, ARG_DATE, 0), *d1 = arg_of(c->term, ARG_DATE, 1);
	if (d0 && (c->term_open || d1)) {
		x->has_term = 1;
		x->term_open = c->term_open;
		x->term_start = arg_text(x, d0);
		if (!c->term_open)
			x->term_end = arg_text(x, d1);
	}
	const sw_stmt *cb = c->stmt->body;
	x->reviews = texts_of(x, cb, KW_REVIEW, ARG_DATE);
	x->goals = texts_of(x, cb, KW_GOAL, ARG_STRING);
	x->results = texts_of(x, cb, KW_RESULT, ARG_STRING);
	x->exit = stmt_text(x, c->exit, ARG_STRING);
	x->strategy = stmt_text(x, c->strategy, ARG_STRING);
	x->process = stmt_text(x, c->process, ARG_STRING);
	x->style = stmt_text(x, c->style, ARG_STRING);

	x->parties = sw_alloc(&x->arena, (c->n_parties ? c->n_parties : 1) * sizeof *x->parties);
	for (const sw_party *p = c->parties; p; p = p->next)
		party(x, &x->parties[x->n_parties++], p);
	x->agreements = sw_alloc(&x->arena, (c->n_agreements ? c->n_agreements : 1) * sizeof *x->agreements);
	for (const sw_agreement *g = c->agreements; g; g = g->next)
		agreement(x, &x->agreements[x->n_agreements++], g, c);
	x->has_governance = c->governance != NULL;
	x->bodies = sw_alloc(&x->arena, (c->n_bodies ? c->n_bodies : 1) * sizeof *x->bodies);
	for (const sw_body *y = c->bodies; y; y = y->next)
		body(x, &x->bodies[x->n_bodies++], y);
	x->escalation = stmt_text(x, c->escalation, ARG_STRING);

	sw_verdict_copy(&x->verdict, v, &x->arena);
	x->diags = sw_alloc(&x->arena, (n ? n : 1) * sizeof *x->diags);
	sw_buf t = { 0 };
	for (size_t i = 0; i < n; i++) {
		const sw_diag *g = d[i];
		sw_ddiag *o = &x->diags[x->n_diags++];
		o->check = g->check;
		o->sev = g->sev;
		o->line = g->span.start.line;
		o->col = g->span.start.col;
		sw_buf_reset(&t);
		sw_render_msg(&t, g, g->msg, nl);
		o->message = text(x, t.data, t.len);
		x->count[g->sev]++;
	}
	sw_buf_free(&t);
}

void sw_digest_free(sw_digest *x)
{
	sw_arena_free(&x->arena);
}
