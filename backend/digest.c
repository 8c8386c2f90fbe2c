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

/* The text of a span of the source, as written. */
static sw_text written(sw_digest *x, const sw_source *src, sw_span sp)
{
	sw_text t = { NULL, 0 };
	if (sp.end.off > sp.start.off && sp.end.off <= src->len)
		t = text(x, src->text + sp.start.off, sp.end.off - sp.start.off);
	return t;
}

static sw_damount amount(sw_digest *x, const sw_source *src, const sw_amount *a)
{
	sw_damount d;
	memset(&d, 0, sizeof d);
	if (a->valid) {
		d.valid = 1;
		memcpy(d.currency, a->currency, sizeof d.currency);
		d.currency[3] = '\0';
		d.cents = a->cents;
		d.written = written(x, src, a->span);
	}
	return d;
}

#define SUM_BASE 1000000000000000000ULL /* 10^18 */

/* Add an amount to the sums of its currency (s->v holds room for every
 * currency that can come). */
static void add_sum(sw_dsums *s, const char *currency, long long cents)
{
	sw_dsum a;
	memcpy(a.currency, currency, sizeof a.currency);
	a.currency[3] = '\0';
	a.hi = 0;
	a.lo = (unsigned long long)(cents < 0 ? 0 : cents);
	sw_dsums_add(s, &a);
}

void sw_dsums_add(sw_dsums *s, const sw_dsum *a)
{
	const char *currency = a->currency;
	size_t i = 0;
	while (i < s->n && strcmp(s->v[i].currency, currency) != 0)
		i++;
	if (i == s->n) {
		memcpy(s->v[i].currency, currency, sizeof s->v[i].currency);
		s->v[i].currency[3] = '\0';
		s->v[i].hi = s->v[i].lo = 0;
		s->n++;
	}
	sw_dsum *x = &s->v[i];
	x->hi += a->hi;
	x->lo += a->lo;
	while (x->lo >= SUM_BASE) {
		x->lo -= SUM_BASE;
		x->hi++;
	}
}

size_t sw_dsum_digits(const sw_dsum *s, char out[SW_DSUM_DIGITS])
{
	int n = s->hi ? snprintf(out, SW_DSUM_DIGITS, "%llu%018llu", s->hi, s->lo)
	              : snprintf(out, SW_DSUM_DIGITS, "%03llu", s->lo);
	return n > 0 ? (size_t)n : 0;
}

/* The contributions in the budget's currency against the budget: what the
 * Money section says under its table. */
static void compare_budget(sw_digest *x)
{
	if (!x->budget.valid || !x->contributed.n || x->budget.cents < 0)
		return;
	const sw_dsum *s = NULL;
	for (size_t i = 0; i < x->contributed.n && !s; i++)
		if (strcmp(x->contributed.v[i].currency, x->budget.currency) == 0)
			s = &x->contributed.v[i];
	if (!s) {
		x->budget_cmp = SW_BUDGET_OTHER_CURRENCY;
		return;
	}
	unsigned long long b = (unsigned long long)x->budget.cents; /* < 10^17 */
	sw_dsum *g = &x->budget_gap;
	memcpy(g->currency, s->currency, sizeof g->currency);
	if (!s->hi && s->lo == b) {
		x->budget_cmp = SW_BUDGET_EQUAL;
	} else if (!s->hi && s->lo < b) {
		x->budget_cmp = SW_BUDGET_LESS;
		g->lo = b - s->lo;
	} else {
		x->budget_cmp = SW_BUDGET_MORE;
		g->hi = s->hi;
		g->lo = s->lo;
		if (g->lo < b) {
			g->hi--;
			g->lo += SUM_BASE;
		}
		g->lo -= b;
	}
}

static size_t count_contributions(const sw_contribution *q)
{
	size_t n = 0;
	for (; q; q = q->next)
		n++;
	return n;
}

static void person(sw_digest *x, sw_dperson *d, const sw_person *q)
{
	d->name = arg_text(x, q->name);
	d->role = q->role;
	d->title = arg_text(x, q->title);
}

/* What parties and stakeholders both state, from the statements of body
 * and the lists of the model. */
static void involved(sw_digest *x, const sw_source *src, sw_dinvolved *d, const sw_stmt *body,
                     const sw_stmt *kvk, const sw_stmt *represents, const sw_registration *regs,
                     const sw_contribution *contributions, const sw_person *people)
{
	d->kvk = stmt_text(x, kvk, ARG_STRING);
	d->represents = stmt_text(x, represents, ARG_STRING);
	d->interests = texts_of(x, body, KW_INTEREST, ARG_STRING);
	size_t n = 0;
	for (const sw_registration *r = regs; r; r = r->next)
		n++;
	d->registrations = sw_alloc(&x->arena, (n ? n : 1) * sizeof *d->registrations);
	for (const sw_registration *r = regs; r; r = r->next) {
		sw_dregistration *o = &d->registrations[d->n_registrations++];
		o->scheme = r->scheme;
		o->number = arg_text(x, r->number);
	}
	n = count_contributions(contributions);
	d->contributions = sw_alloc(&x->arena, (n ? n : 1) * sizeof *d->contributions);
	d->contributed.v = sw_alloc(&x->arena, (n ? n : 1) * sizeof *d->contributed.v);
	for (const sw_contribution *q = contributions; q; q = q->next) {
		sw_dcontribution *o = &d->contributions[d->n_contributions++];
		o->text = arg_text(x, q->text);
		o->amount = amount(x, src, &q->amount);
		if (o->amount.valid) {
			add_sum(&d->contributed, o->amount.currency, o->amount.cents);
			add_sum(&x->contributed, o->amount.currency, o->amount.cents);
			x->money = 1;
		}
	}
	n = 0;
	for (const sw_person *q = people; q; q = q->next)
		n++;
	d->people = sw_alloc(&x->arena, (n ? n : 1) * sizeof *d->people);
	for (const sw_person *q = people; q; q = q->next)
		person(x, &d->people[d->n_people++], q);
}

static void party(sw_digest *x, const sw_source *src, sw_dparty *d, const sw_party *p)
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
	d->joined = stmt_text(x, p->joined_stmt, ARG_DATE);
	d->left = stmt_text(x, p->left_stmt, ARG_DATE);
	d->gives_up = texts_of(x, body, KW_GIVES_UP, ARG_STRING);
	involved(x, src, &d->in, body, p->kvk, p->represents, p->registrations, p->contributions, p->people);
}

static void stakeholder(sw_digest *x, const sw_source *src, sw_dstakeholder *d, const sw_stakeholder *k)
{
	d->name = arg_text(x, k->d.name);
	d->title = arg_text(x, k->d.title);
	d->line = k->d.stmt->span.start.line;
	d->role = k->role;
	involved(x, src, &d->in, k->d.stmt->body, k->kvk, k->represents, k->registrations, k->contributions,
	         k->people);
}

static void agreement(sw_digest *x, sw_dagreement *d, const sw_agreement *g, const sw_collab *c)
{
	d->name = arg_text(x, g->d.name);
	d->title = arg_text(x, g->d.title);
	d->line = g->d.stmt->span.start.line;
	d->kind = g->kind;
	for (unsigned k = 0; k < g->n_kinds && k < SW_MAX_KINDS; k++)
		if (g->kinds[k])
			d->kinds[d->n_kinds++] = g->kinds[k];
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
	d->effective = stmt_text(x, g->effective_stmt, ARG_DATE);
	d->amends = arg_text(x, g->amends);
	if (g->acquired_ref) {
		d->acquired = arg_text(x, g->acquired_ref->arg);
		d->acquired_party = 1;
	} else {
		d->acquired = arg_text(x, g->acquired_text);
	}
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
	if (y->decides_kw == KW_MAJORITY && y->ratio.den && y->ratio.arg)
		d->majority = arg_text(x, y->ratio.arg);
	if (!y->decides_kw && y->decider)
		d->decider = arg_text(x, y->decider->arg);
	d->chair = refs_of(x, y->chair_ref);
	d->secretary = refs_of(x, y->secretary_ref);
	d->veto = refs_of(x, y->veto);
}

static void history(sw_digest *x, const sw_collab *c)
{
	x->phases = sw_alloc(&x->arena, (c->n_phases ? c->n_phases : 1) * sizeof *x->phases);
	for (const sw_phase *p = c->phases; p; p = p->next) {
		if (!p->kw)
			continue;
		sw_dphase *o = &x->phases[x->n_phases++];
		o->phase = p->kw;
		o->since = stmt_text(x, p->stmt, ARG_DATE);
		o->note = arg_text(x, p->note);
	}
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
	history(x, c);
	const sw_arg *d0 = arg_of(c->term, ARG_DATE, 0), *d1 = arg_of(c->term, ARG_DATE, 1);
	if (d0 && (c->term_open || d1)) {
		x->has_term = 1;
		x->term_open = c->term_open;
		x->term_start = arg_text(x, d0);
		if (!c->term_open)
			x->term_end = arg_text(x, d1);
	}
	const sw_stmt *cb = c->stmt->body;
	x->extensions = texts_of(x, cb, KW_EXTENDED, ARG_DATE);
	x->renewal = c->renewal_stmt ? c->renewal : KW_NONE;
	x->reviews = texts_of(x, cb, KW_REVIEW, ARG_DATE);
	x->goals = texts_of(x, cb, KW_GOAL, ARG_STRING);
	x->results = texts_of(x, cb, KW_RESULT, ARG_STRING);
	x->exit = stmt_text(x, c->exit, ARG_STRING);
	x->strategy = stmt_text(x, c->strategy, ARG_STRING);
	x->process = stmt_text(x, c->process, ARG_STRING);
	x->style = stmt_text(x, c->style, ARG_STRING);
	x->basis = c->basis_stmt ? c->basis : KW_NONE;
	x->basis_text = arg_text(x, c->basis_text);
	x->membership = c->membership_stmt ? c->membership : 0;
	x->membership_text = stmt_text(x, c->membership_stmt, ARG_STRING);
	x->budget = amount(x, src, &c->budget);
	x->money = x->budget.valid;

	/* room in the sums for every currency there can be */
	size_t n_amounts = 1;
	for (const sw_party *p = c->parties; p; p = p->next)
		n_amounts += count_contributions(p->contributions);
	for (const sw_stakeholder *k = c->stakeholders; k; k = k->next)
		n_amounts += count_contributions(k->contributions);
	x->contributed.v = sw_alloc(&x->arena, n_amounts * sizeof *x->contributed.v);
	x->parties = sw_alloc(&x->arena, (c->n_parties ? c->n_parties : 1) * sizeof *x->parties);
	for (const sw_party *p = c->parties; p; p = p->next)
		party(x, src, &x->parties[x->n_parties++], p);
	x->stakeholders = sw_alloc(&x->arena, (c->n_stakeholders ? c->n_stakeholders : 1) * sizeof *x->stakeholders);
	for (const sw_stakeholder *k = c->stakeholders; k; k = k->next)
		stakeholder(x, src, &x->stakeholders[x->n_stakeholders++], k);
	x->agreements = sw_alloc(&x->arena, (c->n_agreements ? c->n_agreements : 1) * sizeof *x->agreements);
	for (const sw_agreement *g = c->agreements; g; g = g->next)
		agreement(x, &x->agreements[x->n_agreements++], g, c);
	x->has_governance = c->governance != NULL;
	x->bodies = sw_alloc(&x->arena, (c->n_bodies ? c->n_bodies : 1) * sizeof *x->bodies);
	for (const sw_body *y = c->bodies; y; y = y->next)
		body(x, &x->bodies[x->n_bodies++], y);
	x->escalation = stmt_text(x, c->escalation, ARG_STRING);
	size_t n_mandates = 0;
	for (const sw_mandate *m = c->mandates; m; m = m->next)
		n_mandates++;
	x->mandates = sw_alloc(&x->arena, (n_mandates ? n_mandates : 1) * sizeof *x->mandates);
	for (const sw_mandate *m = c->mandates; m; m = m->next) {
		sw_dmandate *o = &x->mandates[x->n_mandates++];
		o->party = m->party ? arg_text(x, m->party->arg) : (sw_text){ NULL, 0 };
		o->domain = arg_text(x, m->domain);
	}

	for (size_t i = 0; i < x->n_parties; i++)
		x->current += !x->parties[i].left.s;
	compare_budget(x);

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
