/* C4 Autonomous organisations ("uit autonome organisaties"): each lets go
 * of bits of autonomy expecting a benefit; there is no direct control. */
#include "sema.h"

void sw_check_c4(sw_sema *s)
{
	sw_collab *c = s->c;
	unsigned giving = 0;
	for (sw_party *p = c->parties; p; p = p->next) {
		giving += p->n_gives_up > 0;
		/* SW401 not-autonomous */
		sw_ref *r = p->part_of_ref;
		if (r && r->party) { /* part of another party, or of itself */
			sw_diag *g = sw_sema_diag(s, SW401, r->arg->span, M_C4_PART_OF_PARTY);
			if (g) {
				g->help = M_C4_PART_OF_PARTY_HELP;
				sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
				sw_diag_arg(s->D, g, 2, r->arg->text, r->arg->len);
			}
		}
		/* SW402 no-interest */
		if (!p->n_interest) {
			sw_diag *g = sw_sema_diag(s, SW402, p->d.name->span, M_C4_NO_INTEREST);
			if (g) {
				g->help = M_C4_NO_INTEREST_HELP;
				sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
				sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_INTEREST));
			}
		}
	}

	/* SW403 direct-control */
	for (sw_body *b = c->bodies; b; b = b->next) {
		sw_ref *r = b->decider;
		if (!r || !r->party)
			continue;
		sw_diag *g = sw_sema_diag(s, SW403, r->arg->span, M_C4_DIRECT);
		if (g) {
			g->help = M_C4_DIRECT_HELP;
			sw_diag_arg(s->D, g, 1, b->d.name->text, b->d.name->len);
			sw_diag_arg(s->D, g, 2, r->arg->text, r->arg->len);
			sw_sema_example(s, g, 3, "%k, %k %s %k", KW_CONSENSUS, KW_UNANIMITY,
			                sw_msg_text(M_P_OR, s->nl), KW_MAJORITY);
		}
	}

	/* SW404 nothing-given-up */
	if (c->n_parties && !giving) {
		sw_diag *g = sw_sema_diag(s, SW404, c->name->span, M_C4_NOTHING_GIVEN_UP);
		if (g) {
			g->help = M_C4_NOTHING_GIVEN_UP_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_GIVES_UP));
		}
	}
}
