/* C7 Durable but finite ("duurzaam, maar wel eindig"): not a one-time
 * purchase on a market, not an acquisition or merger; a term that ends, or
 * a way out. */
#include "sema.h"

static sw_span value_span(const sw_stmt *s)
{
	return s->args ? s->args->span : s->head->span;
}

void sw_check_c7(sw_sema *s)
{
	sw_collab *c = s->c;

	for (const sw_agreement *a = c->agreements; a; a = a->next) {
		if (!a->kind_stmt)
			continue;
		/* SW701 one-time-transaction */
		if (a->kind == KW_PURCHASE) {
			sw_diag *g = sw_sema_diag(s, SW701, value_span(a->kind_stmt), M_C7_PURCHASE);
			if (g) {
				g->help = M_C7_PURCHASE_HELP;
				sw_diag_arg(s->D, g, 1, a->d.name->text, a->d.name->len);
			}
		}
		/* SW702 acquisition */
		if (a->kind == KW_ACQUISITION || a->kind == KW_MERGER) {
			sw_diag *g = sw_sema_diag(s, SW702, value_span(a->kind_stmt),
			                          a->kind == KW_MERGER ? M_C7_MERGER : M_C7_ACQUISITION);
			if (g) {
				g->help = M_C7_ACQUISITION_HELP;
				sw_diag_arg(s->D, g, 1, a->d.name->text, a->d.name->len);
			}
		}
	}

	/* SW703 no-term */
	if (!c->term) {
		sw_diag *g = sw_sema_diag(s, SW703, c->name->span, M_C7_NO_TERM);
		if (g) {
			g->help = M_C7_NO_TERM_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			sw_sema_example(s, g, 2, "%k 2025-01-01 %k 2027-12-31", KW_TERM, KW_UNTIL);
		}
		return;
	}

	/* SW704 not-finite */
	if (c->term_open && !c->exit) {
		sw_diag *g = sw_sema_diag(s, SW704, c->term->span, M_C7_NOT_FINITE);
		if (g) {
			g->help = M_C7_NOT_FINITE_HELP;
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_EXIT));
		}
	}
	if (!c->term_valid || c->term_open)
		return;

	const sw_arg *from = c->term->args, *to = from->next->next;
	/* SW705 term-reversed */
	if (c->end.days < c->start.days) {
		sw_diag *g = sw_sema_diag(s, SW705, c->term->span, M_C7_REVERSED);
		if (g) {
			g->help = M_C7_REVERSED_HELP;
			sw_diag_arg(s->D, g, 1, to->text, to->len);
			sw_diag_arg(s->D, g, 2, from->text, from->len);
		}
		return;
	}
	/* SW706 short-term */
	if (c->end.days < sw_date_add_months(c->start, 6).days) {
		sw_diag *g = sw_sema_diag(s, SW706, c->term->span, M_C7_SHORT);
		if (g) {
			g->help = M_C7_SHORT_HELP;
			sw_diag_arg(s->D, g, 1, from->text, from->len);
			sw_diag_arg(s->D, g, 2, to->text, to->len);
		}
	}
}
