/* The shape pass: every statement checked against the shape table, in
 * the block it stands in, and the model of each collaboration built from
 * the statements that fit. */
#include "build.h"
#include "fixit.h"

#include <stdio.h>
#include <string.h>

static void block(sw_build *h, sw_stmt *list, sw_ctx ctx, void *node);

/* Is a block an ancestor of another (a collaboration holds parties)? */
static int holds(sw_ctx outer, sw_ctx inner)
{
	if (outer == CTX_TOP)
		return inner != CTX_TOP;
	if (outer == CTX_COLLAB)
		return inner != CTX_TOP && inner != CTX_COLLAB && inner != CTX_ORG;
	return outer == CTX_GOVERNANCE && inner == CTX_BODY;
}

static int takes_kw(sw_kw k, const void *ud)
{
	return sw_shape_find(*(const sw_ctx *)ud, k) != NULL;
}

void sw_resolve_head(sw_stmt *s, sw_ctx ctx)
{
	if (s->kw && sw_shape_find(ctx, s->kw))
		return;
	/* a keyword of several words: `onderdeel van "Gemeente X"` */
	const sw_arg *after;
	const sw_spelling *sp = sw_kw_phrase(s->head, takes_kw, &ctx, &after);
	if (!sp || sp->kw2)
		return;
	unsigned n = 0;
	for (const sw_arg *a = s->args; a && a != after; a = a->next)
		n++;
	s->kw = sp->kw;
	s->head_words = (uint8_t)n;
}

/* The shape of s in ctx, or NULL after reporting why it does not belong;
 * *meant is then the keyword it most likely is (a misspelling's nearest
 * keyword), so that it still counts as present. */
static const sw_shape *place(sw_build *h, sw_stmt *s, sw_ctx ctx, sw_kw *meant)
{
	*meant = KW_NONE;
	/* the keyword of one word, the common case, looked up once */
	const sw_shape *sp = sw_shape_find(ctx, s->kw);
	if (sp)
		return sp;
	sw_resolve_head(s, ctx);
	sp = s->kw ? sw_shape_find(ctx, s->kw) : NULL;
	if (sp)
		return sp;
	/* a keyword of another block? */
	const sw_shape *elsewhere = NULL;
	size_t n;
	const sw_shape *all = sw_shapes(&n);
	for (size_t i = 0; s->kw && i < n && !elsewhere; i++)
		if (all[i].kw == s->kw)
			elsewhere = &all[i];
	if (elsewhere) {
		sw_diag *g = sw_build_diag(h, SW003, s->head->span, M_MISPLACED);
		if (g) {
			/* "move this line into a collaboration" reads wrong for a
			 * line already inside one: say to move it out */
			g->help = holds((sw_ctx)elsewhere->ctx, ctx) ? M_MISPLACED_UP_HELP : M_MISPLACED_HELP;
			sw_diag_argz(h->D, g, 1, sw_kwtext(s));
			sw_diag_argp(g, 2, sw_ctx_phrase((sw_ctx)elsewhere->ctx), NULL);
			sw_diag_argp(g, 3, sw_ctx_phrase(ctx), NULL);
		}
		return NULL;
	}
	sw_kw cands[KW__COUNT];
	size_t nc = 0;
	sw_buf list = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (all[i].ctx != ctx)
			continue;
		cands[nc++] = (sw_kw)all[i].kw;
		if (list.len)
			sw_buf_puts(&list, ", ");
		sw_buf_puts(&list, sw_kw_spell((sw_kw)all[i].kw, h->lang));
	}
	*meant = sw_nearest_kw(h, s->head->text, s->head->len, cands, nc);
	sw_diag *g = sw_build_diag(h, SW002, s->head->span, M_UNKNOWN_KW);
	if (g) {
		g->label = M_UNKNOWN_KW_LABEL;
		sw_diag_argz(h->D, g, 1, sw_kwtext(s));
		sw_diag_argp(g, 2, sw_ctx_phrase(ctx), NULL);
		sw_diag_argz(h->D, g, 3, sw_buf_str(&list));
		g->note = M_UNKNOWN_KW_NOTE;
		sw_suggest(h, g, *meant);
	}
	sw_buf_free(&list);
	return NULL;
}

/* Append node x to a list through its next field. */
#define APPEND(head, tail, x)              \
	do {                               \
		if (tail)                  \
			(tail)->next = (x); \
		else                       \
			(head) = (x);      \
		(tail) = (x);              \
	} while (0)

static SW_HOT sw_person *person(sw_build *h, sw_stmt *s, margs *m)
{
	sw_person *x = sw_alloc(h->A, sizeof *x);
	x->stmt = s;
	x->name = m->text[0];
	sw_check_text(h, s, x->name);
	/* the specs: TEXT, OPT(ROLE, 1), VALUE, OPT(TITLE, 1), TEXT */
	x->role_stated = m->opt[1];
	x->role = m->value;
	if (m->opt[3]) {
		x->title = m->text[1];
		sw_check_text(h, s, x->title);
	}
	return x;
}

static SW_HOT sw_contribution *contribution(sw_build *h, sw_stmt *s, margs *m)
{
	sw_contribution *x = sw_alloc(h->A, sizeof *x);
	x->text = m->text[0];
	sw_check_text(h, s, x->text);
	if (m->currency)
		sw_check_amount(h, m->currency, m->number, &x->amount);
	return x;
}

static sw_registration *registration(sw_build *h, sw_stmt *s, margs *m)
{
	sw_registration *x = sw_alloc(h->A, sizeof *x);
	x->stmt = s;
	x->scheme = m->value;
	x->number = m->text[0];
	if (x->scheme)
		sw_check_registration(h, x->scheme, x->number);
	return x;
}

/* Apply one well-shaped statement, of shape id (SHAPE_...), to the node of
 * its block: a collaboration's (h->c), a party's or an organisation's,
 * a stakeholder's, an agreement's, a body's, or (governance) none. One
 * switch on the shape: this runs for every statement. */
static void apply(sw_build *h, sw_stmt *s, unsigned id, void *node, margs *m)
{
	sw_collab *c = h->c;
	sw_party *p = node;
	sw_stakeholder *k = node;
	sw_agreement *g = node;
	sw_body *b = node;
	switch (id) {
	/* a collaboration */
	case SHAPE_COLLAB_FORM: c->form = s; c->form_kw = m->value; break;
	case SHAPE_COLLAB_PHASE: {
		sw_phase *ph = sw_alloc(h->A, sizeof *ph);
		ph->stmt = s;
		ph->kw = m->value;
		if (m->opt[1])
			ph->has_since = sw_check_date(h, m->date[0], &ph->since);
		ph->note = m->title;
		sw_check_text(h, s, m->title);
		APPEND(c->phases, c->phases_tail, ph);
		c->n_phases++;
		/* the current phase is the last one stated */
		c->phase = s;
		c->phase_kw = m->value;
		break;
	}
	case SHAPE_COLLAB_GOAL: c->n_goals++; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_COLLAB_STRATEGY: c->strategy = s; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_COLLAB_PROCESS: c->process = s; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_COLLAB_STYLE: c->style = s; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_COLLAB_EXIT: c->exit = s; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_COLLAB_RESULT: c->n_results++; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_COLLAB_REVIEW: {
		sw_review *r = sw_alloc(h->A, sizeof *r);
		r->stmt = s;
		r->valid = sw_check_date(h, m->date[0], &r->on);
		APPEND(c->reviews, c->reviews_tail, r);
		c->n_reviews++;
		break;
	}
	case SHAPE_COLLAB_TERM: {
		c->term = s;
		int ok = sw_check_date(h, m->date[0], &c->start);
		if (m->open) {
			c->term_open = 1;
			c->term_valid = ok;
		} else {
			int ok2 = sw_check_date(h, m->date[1], &c->end);
			c->term_valid = ok && ok2;
		}
		break;
	}
	case SHAPE_COLLAB_EXTENDED: {
		sw_extension *x = sw_alloc(h->A, sizeof *x);
		x->stmt = s;
		x->valid = sw_check_date(h, m->date[0], &x->until);
		APPEND(c->extensions, c->extensions_tail, x);
		break;
	}
	case SHAPE_COLLAB_RENEWAL: c->renewal_stmt = s; c->renewal = m->value; break;
	case SHAPE_COLLAB_BUDGET:
		c->budget_stmt = s;
		sw_check_amount(h, m->currency, m->number, &c->budget);
		break;
	case SHAPE_COLLAB_BASIS:
		c->basis_stmt = s;
		c->basis = m->value;
		c->basis_text = m->title;
		sw_check_text(h, s, m->title);
		break;
	case SHAPE_COLLAB_MEMBERSHIP:
		c->membership_stmt = s;
		sw_check_count(h, m->count_arg, &c->membership);
		sw_check_text(h, s, m->title);
		break;

	/* a party, or an organisation of the register */
	case SHAPE_PARTY_KIND:
	case SHAPE_ORG_KIND:
		p->kind_stmt = s;
		if (m->value)
			p->kind = m->value;
		p->kind_bad = m->value_bad;
		break;
	case SHAPE_PARTY_PART_OF:
	case SHAPE_ORG_PART_OF:
		p->part_of = s;
		p->part_of_ref = m->refs;
		p->part_of_text = m->ntext ? m->text[0] : NULL;
		sw_check_text(h, s, p->part_of_text);
		break;
	case SHAPE_PARTY_KVK:
	case SHAPE_ORG_KVK: p->kvk = s; sw_check_kvk(h, m->text[0]); break;
	case SHAPE_PARTY_REGISTRATION:
	case SHAPE_ORG_REGISTRATION: {
		sw_registration *x = registration(h, s, m);
		APPEND(p->registrations, p->registrations_tail, x);
		break;
	}
	case SHAPE_PARTY_REPRESENTS: p->represents = s; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_PARTY_JOINED: p->joined_stmt = s; p->has_joined = sw_check_date(h, m->date[0], &p->joined); break;
	case SHAPE_PARTY_LEFT: p->left_stmt = s; p->has_left = sw_check_date(h, m->date[0], &p->left); break;
	case SHAPE_PARTY_INTEREST: p->n_interest++; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_PARTY_CONTRIBUTES: {
		p->n_contributes++;
		sw_contribution *x = contribution(h, s, m);
		APPEND(p->contributions, p->contributions_tail, x);
		break;
	}
	case SHAPE_PARTY_GIVES_UP: p->n_gives_up++; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_PARTY_PERSON:
	case SHAPE_ORG_PERSON: {
		sw_person *x = person(h, s, m);
		APPEND(p->people, p->people_tail, x);
		p->n_people++;
		break;
	}

	/* a stakeholder */
	case SHAPE_STAKEHOLDER_ROLE: k->role = m->value; break;
	case SHAPE_STAKEHOLDER_KVK: k->kvk = s; sw_check_kvk(h, m->text[0]); break;
	case SHAPE_STAKEHOLDER_REGISTRATION: {
		sw_registration *x = registration(h, s, m);
		APPEND(k->registrations, k->registrations_tail, x);
		break;
	}
	case SHAPE_STAKEHOLDER_REPRESENTS: k->represents = s; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_STAKEHOLDER_INTEREST: k->n_interest++; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_STAKEHOLDER_CONTRIBUTES: {
		sw_contribution *x = contribution(h, s, m);
		APPEND(k->contributions, k->contributions_tail, x);
		break;
	}
	case SHAPE_STAKEHOLDER_PERSON: {
		sw_person *x = person(h, s, m);
		APPEND(k->people, k->people_tail, x);
		break;
	}

	/* an agreement */
	case SHAPE_AGREEMENT_KIND:
		g->kind_stmt = s;
		g->kind = m->nvalues ? m->values[0] : KW_NONE;
		memcpy(g->kinds, m->values, sizeof g->kinds);
		g->n_kinds = m->nvalues;
		g->kind_bad = m->value_bad;
		break;
	case SHAPE_AGREEMENT_BETWEEN: g->between = s; g->parties = m->refs; g->parties_tail = m->refs_tail; break;
	case SHAPE_AGREEMENT_ABOUT: g->about = s; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_AGREEMENT_ENTITY: g->entity = s; sw_check_text(h, s, m->text[0]); break;
	case SHAPE_AGREEMENT_SHARES: g->shares = s; g->shares_mask = m->shared; g->shares_bad = m->value_bad; break;
	case SHAPE_AGREEMENT_DOCUMENT: {
		sw_doc *d = sw_alloc(h->A, sizeof *d);
		d->path = m->text[0];
		sw_check_text(h, s, m->text[0]);
		APPEND(g->docs, g->docs_tail, d);
		break;
	}
	case SHAPE_AGREEMENT_SIGNED: g->signed_stmt = s; g->has_signed = sw_check_date(h, m->date[0], &g->signed_on); break;
	case SHAPE_AGREEMENT_EFFECTIVE:
		g->effective_stmt = s;
		g->has_effective = sw_check_date(h, m->date[0], &g->effective);
		break;
	case SHAPE_AGREEMENT_AMENDS: g->amends_stmt = s; g->amends = m->aref; break;
	case SHAPE_AGREEMENT_ACQUIRED:
		g->acquired_stmt = s;
		g->acquired_ref = m->refs;
		g->acquired_text = m->ntext ? m->text[0] : NULL;
		sw_check_text(h, s, g->acquired_text);
		break;

	/* governance */
	case SHAPE_GOVERNANCE_ESCALATION:
		c->escalation = s;
		sw_check_text(h, s, m->text[0]);
		break;
	case SHAPE_GOVERNANCE_MANDATE: {
		sw_mandate *x = sw_alloc(h->A, sizeof *x);
		x->stmt = s;
		x->party = m->refs;
		x->domain = m->text[0];
		sw_check_text(h, s, x->domain);
		APPEND(c->mandates, c->mandates_tail, x);
		break;
	}

	/* a body */
	case SHAPE_BODY_MEMBERS: b->members_stmt = s; b->members = m->refs; b->members_tail = m->refs_tail; break;
	case SHAPE_BODY_DECIDES:
		b->decides = s;
		b->decides_kw = m->value;
		b->decider = m->refs;
		if (m->ratio_arg)
			sw_check_ratio(h, m->value, m->ratio_arg, &b->ratio);
		break;
	case SHAPE_BODY_CHAIR: b->chair = s; b->chair_ref = m->refs; break;
	case SHAPE_BODY_SECRETARY: b->secretary = s; b->secretary_ref = m->refs; break;
	case SHAPE_BODY_VETO: b->veto_stmt = s; b->veto = m->refs; break;
	default: break;
	}
}

/* The statements present in the block of node (a collaboration, its
 * governance, or a declaration). */
static sw_present *present_of(sw_build *h, sw_ctx ctx, void *node)
{
	if (ctx == CTX_COLLAB)
		return &h->c->present;
	if (ctx == CTX_GOVERNANCE)
		return &h->c->gov_present;
	return node ? &((sw_decl *)node)->present : NULL;
}

/* A statement that opens a block: make its node, then read the block. */
static void open_block(sw_build *h, sw_stmt *s, const sw_shape *sp, margs *m)
{
	sw_collab *c = h->c;
	void *node = NULL;
	sw_decl *d = NULL;
	switch (sp->block) {
	case CTX_PARTY: {
		sw_party *p = sw_alloc(h->A, sizeof *p);
		p->d.kind = DECL_PARTY;
		p->kind = KW_ORGANISATION;
		node = d = &p->d;
		break;
	}
	case CTX_STAKEHOLDER: {
		sw_stakeholder *k = sw_alloc(h->A, sizeof *k);
		k->d.kind = DECL_STAKEHOLDER;
		node = d = &k->d;
		break;
	}
	case CTX_AGREEMENT: {
		sw_agreement *g = sw_alloc(h->A, sizeof *g);
		g->d.kind = DECL_AGREEMENT;
		node = d = &g->d;
		break;
	}
	case CTX_BODY: {
		sw_body *b = sw_alloc(h->A, sizeof *b);
		b->d.kind = DECL_BODY;
		node = d = &b->d;
		break;
	}
	case CTX_GOVERNANCE:
		c->governance = s;
		break;
	default:
		break;
	}
	if (d) {
		d->name = m->name;
		d->title = m->title;
		d->stmt = s;
		/* every declaration is kept, in source order; the names pass
		 * (semantics/names.c) reports a name declared twice and takes
		 * the second one out of the lists */
		if (c->decls_tail)
			c->decls_tail->next_decl = d;
		else
			c->decls = d;
		c->decls_tail = d;
		switch (d->kind) {
		case DECL_PARTY: APPEND(c->parties, c->parties_tail, (sw_party *)d); c->n_parties++; break;
		case DECL_STAKEHOLDER:
			APPEND(c->stakeholders, c->stakeholders_tail, (sw_stakeholder *)d);
			c->n_stakeholders++;
			break;
		case DECL_AGREEMENT:
			APPEND(c->agreements, c->agreements_tail, (sw_agreement *)d);
			c->n_agreements++;
			break;
		case DECL_BODY: APPEND(c->bodies, c->bodies_tail, (sw_body *)d); c->n_bodies++; break;
		}
	}
	s->node = node;
	block(h, s->body, (sw_ctx)sp->block, node);
	if (sp->block == CTX_AGREEMENT && !sw_present_has(&d->present, KW_KIND)) {
		sw_diag *g = sw_build_diag(h, SW009, s->head->span, M_MISSING_KIND);
		if (g) {
			g->help = M_MISSING_KIND_HELP;
			sw_diag_arg(h->D, g, 1, m->name->text, m->name->len);
			char ex[96];
			snprintf(ex, sizeof ex, "%s %s", sw_kw_spell(KW_KIND, h->lang),
			         sw_kw_spell(KW_CONTRACT, h->lang));
			sw_diag_argz(h->D, g, 2, ex);
			sw_diag_argz(h->D, g, 3, sw_vset_list(h, VS_AGREEMENT_KIND));
			/* a kind the reader must choose: for editors, not --fix */
			sw_fixit_add(h->D, g, h->P->src, s, 1, FIXIT_TOP, ex);
		}
	}
}

/* Report that s, which takes no block, has one (SW001). */
static void no_block(sw_build *h, const sw_stmt *s)
{
	sw_diag *g = sw_build_diag(h, SW001, s->open, M_SYN_NO_BLOCK);
	if (g) {
		g->help = M_SYN_NO_BLOCK_HELP;
		sw_diag_argz(h->D, g, 1, sw_kwtext(s));
	}
}

/* May s be one more of its kind after an earlier one? A phase may follow
 * another when both say since when (`phase executing since ...`). */
static int repeat_ok(const sw_stmt *s, const sw_stmt *first, sw_ctx ctx)
{
	if (s->kw != KW_PHASE || ctx != CTX_COLLAB)
		return 0;
	const sw_stmt *two[2] = { first, s };
	for (int i = 0; i < 2; i++) {
		int since = 0;
		for (const sw_arg *a = sw_stmt_args(two[i]); a; a = a->next)
			since |= a->kind == ARG_WORD && a->sym->kw == KW_SINCE;
		if (!since)
			return 0;
	}
	return 1;
}

static void block(sw_build *h, sw_stmt *list, sw_ctx ctx, void *node)
{
	/* the first (for a phase, the last) statement of each keyword that
	 * may be stated once (or, for a phase, again only with `since`); an
	 * entry is set only where its bit is, so that a block of a few
	 * statements does not clear a pointer for every keyword */
	sw_stmt *seen[KW__COUNT];
	uint64_t has[(KW__COUNT + 63) / 64] = { 0 };
#define SEEN(k) ((has[(k) >> 6] >> ((k) & 63) & 1) ? seen[k] : NULL)
	sw_present *present = present_of(h, ctx, node);
	/* the shapes of this block, by keyword (sw_shape_find, hoisted) */
	const sw_shape *const *shapes = sw_shape_at[ctx];
	for (sw_stmt *s = list; s; s = s->next) {
		s->ctx = (uint8_t)ctx;
		const sw_shape *sp = s->kw < KW__COUNT ? shapes[s->kw] : NULL;
		if (!sp) {
			/* a keyword of several words, or none of this block */
			sw_kw meant;
			sp = place(h, s, ctx, &meant);
			if (!sp) {
				if (present && meant)
					sw_present_add(present, meant);
				continue;
			}
		}
		if (present)
			sw_present_add(present, s->kw);
		if (sp->again) {
			/* one of its kind, or a phase: was there one before? */
			sw_stmt *first = SEEN(s->kw);
			if (first && (sp->once || !repeat_ok(s, first, ctx))) {
				sw_diag *g = sw_build_diag(h, SW004, s->head->span, M_REPEATED);
				if (g) {
					sw_diag_argz(h->D, g, 1, sw_kwtext(s));
					sw_diag_argp(g, 2, sw_ctx_phrase(ctx), NULL);
					g->has_span2 = 1;
					g->span2 = first->head->span;
					g->label2 = M_REPEATED_LABEL;
					g->help = s->kw == KW_PHASE ? M_REPEATED_PHASE_HELP : M_REPEATED_HELP;
				}
				continue;
			}
			seen[s->kw] = s;
			has[s->kw >> 6] |= (uint64_t)1 << (s->kw & 63);
		}
		margs m;
		if (!sw_match_text(s, sp, &m) && !sw_match_quick(h, s, sp, &m)) {
			m.marks = NULL;
			m.nmarks = 0;
			sw_match_walk(h, s, sp, &m);
		}
		if (!sp->block) {
			/* the common case: a statement without a block */
			if (s->has_block)
				no_block(h, s);
			if (m.ok)
				apply(h, s, sp->id, node, &m);
			continue;
		}
		if (!s->has_block && s->kw == KW_PARTY && m.ok && m.name && !m.title) {
			/* `party ID`: an organisation of the register; the
			 * semantic pass finds it, or reports the missing block */
			open_block(h, s, sp, &m);
			((sw_party *)s->node)->ref_only = 1;
			continue;
		}
		if (!s->has_block) {
			sw_shape_needs_block(h->P, s);
			continue;
		}
		if (!m.ok && m.name == NULL && sp->args[0].kind == A_NAME) {
			/* nameless block: cannot be referred to, but it is there */
			h->c->n_unnamed_parties += s->kw == KW_PARTY;
			continue;
		}
		open_block(h, s, sp, &m);
	}
#undef SEEN
}

sw_collab *sw_shape_top(sw_parser *P, sw_stmt *top, sw_lang lang)
{
	sw_build h = { P, P->diags, lang, &P->tree, NULL };
	top->ctx = CTX_TOP;
	sw_kw meant;
	const sw_shape *sp = place(&h, top, CTX_TOP, &meant);
	if (!sp)
		return NULL;
	margs m;
	m.marks = NULL;
	m.nmarks = 0;
	sw_match(&h, top, sp, &m);
	if (!sp->block) {
		/* `use "FILE"`: its text, for the caller to follow */
		if (top->has_block)
			no_block(&h, top);
		if (m.ok)
			top->node = m.text[0];
		return NULL;
	}
	if (!top->has_block) {
		sw_shape_needs_block(P, top);
		return NULL;
	}
	if (!m.name)
		return NULL;
	if (sp->block == CTX_ORG) {
		/* an organisation of the register: read as a party is */
		sw_party *p = sw_alloc(&P->tree, sizeof *p);
		p->d.kind = DECL_PARTY;
		p->d.name = m.name;
		p->d.title = m.title;
		p->d.stmt = top;
		p->kind = KW_ORGANISATION;
		top->node = p;
		block(&h, top->body, CTX_ORG, p);
		return NULL;
	}
	sw_collab *c = sw_alloc(&P->tree, sizeof *c);
	c->stmt = top;
	c->name = m.name;
	c->title = m.title;
	top->node = c;
	h.c = c;
	block(&h, top->body, CTX_COLLAB, c);
	return c;
}

void sw_shape_needs_block(sw_parser *P, const sw_stmt *s)
{
	sw_build h = { P, P->diags, SW_LANG_EN, &P->tree, NULL };
	sw_diag *g = sw_build_diag(&h, SW001, s->span, M_SYN_NEEDS_BLOCK);
	if (g) {
		g->help = M_SYN_NEEDS_BLOCK_HELP;
		sw_diag_argz(h.D, g, 1, sw_kwtext(s));
	}
}

int sw_stmt_keywords(sw_parser *P, const sw_stmt *s, sw_kwmark *marks, size_t n)
{
	memset(marks, 0, n * sizeof *marks);
	const sw_shape *sp = s->kw && s->ctx < CTX__COUNT ? sw_shape_find((sw_ctx)s->ctx, s->kw) : NULL;
	if (!sp)
		return 0;
	sw_build h = { P, NULL, SW_LANG_EN, &P->tree, NULL };
	margs m;
	m.marks = marks;
	m.nmarks = n;
	sw_match(&h, s, sp, &m);
	return 1;
}

static void contexts(sw_stmt *s, sw_ctx ctx)
{
	for (; s; s = s->next) {
		s->ctx = (uint8_t)ctx;
		if (ctx < CTX__COUNT)
			sw_resolve_head(s, ctx);
		if (!s->has_block)
			continue;
		const sw_shape *sp = s->kw ? sw_shape_find(ctx, s->kw) : NULL;
		contexts(s->body, sp && sp->block ? (sw_ctx)sp->block : CTX__COUNT);
	}
}

void sw_shape_contexts(sw_stmt *top)
{
	sw_stmt *next = top->next;
	top->next = NULL;
	contexts(top, CTX_TOP);
	top->next = next;
}
