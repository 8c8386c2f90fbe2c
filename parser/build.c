/* The shape pass: every statement checked against the shape table, in
 * the block it stands in, and the model of each collaboration built from
 * the statements that fit. */
#include "build.h"

#include <stdio.h>
#include <string.h>

static void block(sw_build *h, sw_stmt *list, sw_ctx ctx, void *node);

/* Report a statement that does not belong here; 1 when it does. */
static const sw_shape *place(sw_build *h, sw_stmt *s, sw_ctx ctx)
{
	const sw_shape *sp = s->kw ? sw_shape_find(ctx, s->kw) : NULL;
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
			g->help = M_MISPLACED_HELP;
			sw_diag_argz(h->D, g, 1, sw_kwtext(s));
			sw_diag_argp(g, 2, sw_ctx_phrase((sw_ctx)elsewhere->ctx), NULL);
			sw_diag_argp(g, 3, sw_ctx_phrase(ctx), NULL);
		}
		return NULL;
	}
	sw_diag *g = sw_build_diag(h, SW002, s->head->span, M_UNKNOWN_KW);
	if (!g)
		return NULL;
	g->label = M_UNKNOWN_KW_LABEL;
	sw_diag_argz(h->D, g, 1, sw_kwtext(s));
	sw_diag_argp(g, 2, sw_ctx_phrase(ctx), NULL);
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
	sw_diag_argz(h->D, g, 3, sw_buf_str(&list));
	sw_buf_free(&list);
	g->note = M_UNKNOWN_KW_NOTE;
	sw_suggest(h, g, sw_nearest_kw(s->head->text, s->head->len, cands, nc));
	return NULL;
}

static void append_party(sw_collab *c, sw_party *p)
{
	if (c->parties_tail)
		c->parties_tail->next = p;
	else
		c->parties = p;
	c->parties_tail = p;
	c->n_parties++;
}

static void append_agreement(sw_collab *c, sw_agreement *p)
{
	if (c->agreements_tail)
		c->agreements_tail->next = p;
	else
		c->agreements = p;
	c->agreements_tail = p;
	c->n_agreements++;
}

static void append_body(sw_collab *c, sw_body *p)
{
	if (c->bodies_tail)
		c->bodies_tail->next = p;
	else
		c->bodies = p;
	c->bodies_tail = p;
	c->n_bodies++;
}

/* Apply one well-shaped statement to the node of its block. */
static void apply(sw_build *h, sw_stmt *s, sw_ctx ctx, void *node, margs *m)
{
	sw_collab *c = h->c;
	switch (ctx) {
	case CTX_COLLAB:
		switch (s->kw) {
		case KW_FORM: c->form = s; c->form_kw = m->value; break;
		case KW_PHASE: c->phase = s; c->phase_kw = m->value; break;
		case KW_GOAL: c->n_goals++; sw_check_text(h, s, m->text); break;
		case KW_STRATEGY: c->strategy = s; sw_check_text(h, s, m->text); break;
		case KW_PROCESS: c->process = s; sw_check_text(h, s, m->text); break;
		case KW_STYLE: c->style = s; sw_check_text(h, s, m->text); break;
		case KW_EXIT: c->exit = s; sw_check_text(h, s, m->text); break;
		case KW_RESULT: c->n_results++; sw_check_text(h, s, m->text); break;
		case KW_REVIEW: {
			sw_date d;
			c->n_reviews++;
			sw_check_date(h, m->date[0], &d);
			break;
		}
		case KW_TERM: {
			c->term = s;
			int ok = sw_date_parse(m->date[0]->text, m->date[0]->len, &c->start);
			sw_check_date(h, m->date[0], NULL);
			if (m->open) {
				c->term_open = 1;
				c->term_valid = ok;
			} else {
				int ok2 = sw_date_parse(m->date[1]->text, m->date[1]->len, &c->end);
				sw_check_date(h, m->date[1], NULL);
				c->term_valid = ok && ok2;
			}
			break;
		}
		default: break;
		}
		break;
	case CTX_PARTY: {
		sw_party *p = node;
		switch (s->kw) {
		case KW_KIND: p->kind_stmt = s; if (m->value) p->kind = m->value; break;
		case KW_PART_OF:
			p->part_of = s;
			p->part_of_ref = m->refs;
			p->part_of_text = m->text;
			sw_check_text(h, s, m->text);
			break;
		case KW_KVK: p->kvk = s; sw_check_kvk(h, m->text); break;
		case KW_INTEREST: p->n_interest++; sw_check_text(h, s, m->text); break;
		case KW_CONTRIBUTES: p->n_contributes++; sw_check_text(h, s, m->text); break;
		case KW_GIVES_UP: p->n_gives_up++; sw_check_text(h, s, m->text); break;
		case KW_PERSON: {
			sw_person *x = sw_alloc(h->A, sizeof *x);
			x->stmt = s;
			x->name = m->text;
			x->role = m->value;
			sw_check_text(h, s, m->text);
			if (p->people_tail)
				p->people_tail->next = x;
			else
				p->people = x;
			p->people_tail = x;
			p->n_people++;
			break;
		}
		default: break;
		}
		break;
	}
	case CTX_AGREEMENT: {
		sw_agreement *g = node;
		switch (s->kw) {
		case KW_KIND: g->kind_stmt = s; g->kind = m->value; break;
		case KW_BETWEEN: g->between = s; g->parties = m->refs; g->parties_tail = m->refs_tail; break;
		case KW_ABOUT: g->about = s; sw_check_text(h, s, m->text); break;
		case KW_ENTITY: g->entity = s; sw_check_text(h, s, m->text); break;
		case KW_SHARES: g->shares = s; g->shares_mask = m->values; break;
		case KW_DOCUMENT: {
			sw_doc *d = sw_alloc(h->A, sizeof *d);
			d->path = m->text;
			sw_check_text(h, s, m->text);
			if (g->docs_tail)
				g->docs_tail->next = d;
			else
				g->docs = d;
			g->docs_tail = d;
			break;
		}
		case KW_SIGNED: g->signed_stmt = s; sw_check_date(h, m->date[0], &g->signed_on); break;
		default: break;
		}
		break;
	}
	case CTX_GOVERNANCE:
		if (s->kw == KW_ESCALATION) {
			c->escalation = s;
			sw_check_text(h, s, m->text);
		}
		break;
	case CTX_BODY: {
		sw_body *b = node;
		switch (s->kw) {
		case KW_MEMBERS: b->members_stmt = s; b->members = m->refs; b->members_tail = m->refs_tail; break;
		case KW_DECIDES: b->decides = s; b->decides_kw = m->value; b->decider = m->refs; break;
		case KW_CHAIR: b->chair = s; b->chair_ref = m->refs; break;
		default: break;
		}
		break;
	}
	default:
		break;
	}
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
		if (d->kind == DECL_PARTY)
			append_party(c, (sw_party *)d);
		else if (d->kind == DECL_AGREEMENT)
			append_agreement(c, (sw_agreement *)d);
		else
			append_body(c, (sw_body *)d);
	}
	s->node = node;
	block(h, s->body, (sw_ctx)sp->block, node);
	if (sp->block == CTX_AGREEMENT && !((sw_agreement *)node)->kind_stmt) {
		sw_diag *g = sw_build_diag(h, SW009, s->head->span, M_MISSING_KIND);
		if (g) {
			g->help = M_MISSING_KIND_HELP;
			sw_diag_arg(h->D, g, 1, m->name->text, m->name->len);
			char ex[64];
			snprintf(ex, sizeof ex, "%s %s", sw_kw_spell(KW_KIND, h->lang),
			         sw_kw_spell(KW_CONTRACT, h->lang));
			sw_diag_argz(h->D, g, 2, ex);
			sw_diag_argz(h->D, g, 3, sw_vset_list(h, VS_AGREEMENT_KIND));
		}
	}
}

static void block(sw_build *h, sw_stmt *list, sw_ctx ctx, void *node)
{
	sw_stmt *seen[KW__COUNT];
	memset(seen, 0, sizeof seen);
	for (sw_stmt *s = list; s; s = s->next) {
		s->ctx = (uint8_t)ctx;
		const sw_shape *sp = place(h, s, ctx);
		if (!sp)
			continue;
		if (sp->once && seen[s->kw]) {
			sw_diag *g = sw_build_diag(h, SW004, s->head->span, M_REPEATED);
			if (g) {
				sw_diag_argz(h->D, g, 1, sw_kwtext(s));
				sw_diag_argp(g, 2, sw_ctx_phrase(ctx), NULL);
				g->has_span2 = 1;
				g->span2 = seen[s->kw]->head->span;
				g->label2 = M_REPEATED_LABEL;
				g->help = M_REPEATED_HELP;
			}
			continue;
		}
		seen[s->kw] = s;
		margs m;
		sw_match(h, s, sp, &m);
		if (sp->block && !s->has_block) {
			sw_diag *g = sw_build_diag(h, SW001, s->span, M_SYN_NEEDS_BLOCK);
			if (g) {
				g->help = M_SYN_NEEDS_BLOCK_HELP;
				sw_diag_argz(h->D, g, 1, sw_kwtext(s));
			}
			continue;
		}
		if (!sp->block && s->has_block) {
			sw_diag *g = sw_build_diag(h, SW001, s->open, M_SYN_NO_BLOCK);
			if (g) {
				g->help = M_SYN_NO_BLOCK_HELP;
				sw_diag_argz(h->D, g, 1, sw_kwtext(s));
			}
		}
		if (!m.ok) {
			if (sp->block && m.name == NULL && sp->args[0].kind == A_NAME)
				continue; /* nameless block: cannot be referred to */
			if (!sp->block)
				continue;
		}
		if (sp->block)
			open_block(h, s, sp, &m);
		else
			apply(h, s, ctx, node, &m);
	}
}

sw_collab *sw_shape_top(sw_parser *P, sw_stmt *top, sw_lang lang)
{
	sw_build h = { P, P->diags, lang, &P->tree, NULL };
	top->ctx = CTX_TOP;
	const sw_shape *sp = place(&h, top, CTX_TOP);
	if (!sp)
		return NULL;
	margs m;
	sw_match(&h, top, sp, &m);
	if (!top->has_block) {
		sw_diag *g = sw_build_diag(&h, SW001, top->span, M_SYN_NEEDS_BLOCK);
		if (g) {
			g->help = M_SYN_NEEDS_BLOCK_HELP;
			sw_diag_argz(h.D, g, 1, sw_kwtext(top));
		}
		return NULL;
	}
	if (!m.name)
		return NULL;
	sw_collab *c = sw_alloc(&P->tree, sizeof *c);
	c->stmt = top;
	c->name = m.name;
	c->title = m.title;
	top->node = c;
	h.c = c;
	block(&h, top->body, CTX_COLLAB, c);
	return c;
}

static void contexts(sw_stmt *s, sw_ctx ctx)
{
	for (; s; s = s->next) {
		s->ctx = (uint8_t)ctx;
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

