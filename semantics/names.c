/* Names: every party, agreement and body of a collaboration has its own
 * name, and every collaboration of a file too (SW006). A name binds on its
 * interned symbol, so each later lookup is one pointer check; a second
 * declaration is reported and taken out of the lists, so that it is not
 * counted as one more party, agreement or body. */
#include <stdio.h>

#include "sema.h"

static void duplicate(sw_sema *s, const sw_arg *name, sw_span first)
{
	sw_diag *g = sw_sema_diag(s, SW006, name->span, M_DUP_NAME);
	if (!g)
		return;
	char line[16];
	snprintf(line, sizeof line, "%u", (unsigned)first.start.line);
	sw_diag_arg(s->D, g, 1, name->text, name->len);
	sw_diag_argz(s->D, g, 2, line);
	g->has_span2 = 1;
	g->span2 = first;
	g->label2 = M_DUP_NAME_LABEL;
	g->help = M_DUP_NAME_HELP;
}

void sw_declare_names(sw_sema *s)
{
	sw_collab *c = s->c;
	sw_sym *top = c->name->sym;
	if (top->top_used) {
		duplicate(s, c->name, top->top_span);
	} else {
		top->top_used = 1;
		top->top_span = c->name->span;
	}

	for (sw_decl *d = c->decls; d; d = d->next_decl) {
		sw_sym *y = d->name->sym;
		if (y->decl_gen == s->P->gen && y->decl) {
			duplicate(s, d->name, ((sw_decl *)y->decl)->name->span);
			d->dup = 1;
			c->n_dups++;
			continue;
		}
		y->decl = d;
		y->decl_gen = s->P->gen;
	}
	if (!c->n_dups)
		return;
	/* the lists again, without the second declarations */
	c->parties = c->parties_tail = NULL;
	c->stakeholders = c->stakeholders_tail = NULL;
	c->agreements = c->agreements_tail = NULL;
	c->bodies = c->bodies_tail = NULL;
	c->n_parties = c->n_stakeholders = c->n_agreements = c->n_bodies = 0;
#define RELINK(type, head, tail, count)                    \
	do {                                               \
		type *x_ = (type *)d;                      \
		x_->next = NULL;                           \
		if (c->tail)                               \
			c->tail->next = x_;                \
		else                                       \
			c->head = x_;                      \
		c->tail = x_;                              \
		c->count++;                                \
	} while (0)
	for (sw_decl *d = c->decls; d; d = d->next_decl) {
		if (d->dup)
			continue;
		switch (d->kind) {
		case DECL_PARTY: RELINK(sw_party, parties, parties_tail, n_parties); break;
		case DECL_STAKEHOLDER: RELINK(sw_stakeholder, stakeholders, stakeholders_tail, n_stakeholders); break;
		case DECL_AGREEMENT: RELINK(sw_agreement, agreements, agreements_tail, n_agreements); break;
		case DECL_BODY: RELINK(sw_body, bodies, bodies_tail, n_bodies); break;
		}
	}
#undef RELINK
}
