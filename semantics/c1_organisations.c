/* C1 Organising between organisations ("organiseren tussen organisaties"):
 * it is between organisations, not between individuals inside departments,
 * teams or projects of one organisation. */
#include <stdio.h>
#include <string.h>

#include "sema.h"

static int is_unit(sw_kw k)
{
	return k == KW_DEPARTMENT || k == KW_TEAM || k == KW_PROJECT;
}

static sw_span kind_span(const sw_party *p)
{
	return p->kind_stmt ? sw_value_span(p->kind_stmt) : p->d.name->span;
}

void sw_check_c1(sw_sema *s)
{
	sw_collab *c = s->c;

	/* SW101 too-few-parties: parties that have left do not count; a file
	 * that lists a selection of a larger membership is not too few */
	if (s->core.current + c->n_unnamed_parties < 2 && c->membership < 2) {
		sw_diag *g = sw_sema_diag(s, SW101, c->name->span,
		                          s->core.current ? M_C1_ONE_PARTY : M_C1_NO_PARTY);
		if (g) {
			g->help = M_C1_FEW_HELP;
			if (s->core.current < c->n_parties)
				g->note = M_C1_FEW_LEFT_NOTE;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_PARTY));
		}
	}

	/* SW106 membership-smaller */
	/* parties that have left are no members any more */
	if (c->membership && c->membership < s->core.current) {
		sw_diag *g = sw_sema_diag(s, SW106, sw_value_span(c->membership_stmt), M_C1_MEMBERSHIP);
		if (g) {
			char a[16], b[16];
			snprintf(a, sizeof a, "%u", c->membership);
			snprintf(b, sizeof b, "%u", s->core.current);
			g->help = M_C1_MEMBERSHIP_HELP;
			sw_diag_argz(s->D, g, 1, a);
			sw_diag_argz(s->D, g, 2, b);
			sw_diag_argz(s->D, g, 3, sw_sema_kw(s, KW_MEMBERSHIP));
		}
	}

	const char *org = NULL;
	size_t org_len = 0;
	int all_same = c->n_parties >= 2;
	for (sw_party *p = c->parties; p; p = p->next) {
		/* SW102 person-as-party */
		if (p->kind == KW_PERSON) {
			sw_diag *g = sw_sema_diag(s, SW102, kind_span(p), M_C1_PERSON);
			if (g) {
				g->help = M_C1_PERSON_HELP;
				sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
				sw_sema_example(s, g, 2, "%k \"%p\" %k %k", KW_PERSON, M_P_FIX_PERSON_NAME,
				                KW_ROLE, KW_DIRECTOR);
			}
		}
		/* SW104 unit-as-party */
		if (is_unit(p->kind) && !p->part_of && !p->part_of_text) {
			sw_diag *g = sw_sema_diag(s, SW104, p->d.name->span, M_C1_UNIT);
			if (g) {
				g->help = M_C1_UNIT_HELP;
				sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
				/* prose, so in the language of the message */
				sw_diag_argz(s->D, g, 2, sw_kw_spell(p->kind, s->nl ? SW_LANG_NL : SW_LANG_EN));
				sw_diag_argz(s->D, g, 3, sw_sema_kw(s, KW_PART_OF));
			}
		}
		/* for SW103: is every party part of the same named organisation? */
		const sw_arg *t = p->part_of_text;
		if (!t || p->part_of_party) {
			all_same = 0;
		} else if (!org) {
			org = t->text;
			org_len = t->len;
		} else if (!sw_same_name(t->text, t->len, org, org_len)) {
			all_same = 0;
		}
	}

	/* SW103 intra-organisational */
	if (all_same && org) {
		sw_diag *g = sw_sema_diag(s, SW103, c->name->span, M_C1_INTRA);
		if (g) {
			g->help = M_C1_INTRA_HELP;
			sw_diag_arg(s->D, g, 1, org, org_len);
		}
	}

	/* SW105 entity-as-party: decided in the core */
	for (size_t i = 0; i < s->core.n_uncounted; i++) {
		const sw_uncounted *u = &s->core.uncounted[i];
		if (u->why != SW105)
			continue;
		sw_diag *g = sw_sema_diag(s, SW105, u->party->d.name->span, M_C1_ENTITY_PARTY);
		if (!g)
			continue;
		g->help = M_C1_ENTITY_PARTY_HELP;
		sw_diag_arg(s->D, g, 1, u->party->d.name->text, u->party->d.name->len);
		sw_diag_arg(s->D, g, 2, u->party->d.title->text, u->party->d.title->len);
		sw_diag_arg(s->D, g, 3, u->by->d.name->text, u->by->d.name->len);
	}
}
