/* C4 Autonomous organisations ("uit autonome organisaties"): each lets go
 * of bits of autonomy expecting a benefit; there is no direct control. */
#include <stdio.h>

#include "sema.h"

/* The ways of deciding, as prose in the message's language: "consensus,
 * unanimity or majority", "bij consensus, unaniem of bij meerderheid". */
static void ways(sw_sema *s, sw_diag *g, int i)
{
	sw_lang l = s->nl ? SW_LANG_NL : SW_LANG_EN;
	sw_buf b = { 0 };
	sw_buf_printf(&b, "%s, %s %s %s", sw_kw_spell(KW_CONSENSUS, l), sw_kw_spell(KW_UNANIMITY, l),
	              sw_msg_text(M_P_OR, s->nl), sw_kw_spell(KW_MAJORITY, l));
	sw_diag_argz(s->D, g, i, sw_buf_str(&b));
	sw_buf_free(&b);
}

/* SW401 not-autonomous: part-of a party, by its name or by its title */
static void part_of(sw_sema *s, const sw_party *p)
{
	const sw_ref *r = p->part_of_ref;
	if (r && r->party) { /* part of another party, or of itself */
		sw_diag *g = sw_sema_diag(s, SW401, r->arg->span, M_C4_PART_OF_PARTY);
		if (g) {
			g->help = M_C4_PART_OF_PARTY_HELP;
			sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
			sw_diag_arg(s->D, g, 2, r->arg->text, r->arg->len);
		}
	} else if (p->part_of_party && p->org && !p->part_of) {
		/* part of another party as the register says: nothing to fix here */
		const sw_party *q = p->part_of_party;
		sw_diag *g = sw_sema_diag(s, SW401, p->d.name->span, M_C4_PART_OF_REGISTERED);
		if (g) {
			g->help = M_C4_PART_OF_PARTY_HELP;
			sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
			sw_diag_arg(s->D, g, 2, q->d.name->text, q->d.name->len);
		}
	} else if (p->part_of_party) {
		const sw_party *q = p->part_of_party;
		sw_diag *g = sw_sema_diag(s, SW401, p->part_of_text->span, M_C4_PART_OF_TITLE);
		if (g) {
			g->help = M_C4_PART_OF_PARTY_HELP;
			sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
			sw_diag_arg(s->D, g, 2, q->d.name->text, q->d.name->len);
			sw_diag_arg(s->D, g, 3, p->part_of_text->text, p->part_of_text->len);
			/* name the party itself: the title is its own, so the
			 * name says the same thing (safe for --fix) */
			sw_diag_fix(s->D, g, q->d.name->sym->s, 1);
		}
	}
}

/* SW403 direct-control: a party that decides alone, or a body of one
 * member that decides for a collaboration of three or more */
static void direct_control(sw_sema *s)
{
	sw_collab *c = s->c;
	int shared = 0; /* a body of two or more members decides */
	for (const sw_body *b = c->bodies; b; b = b->next) {
		unsigned n = 0;
		for (const sw_ref *r = b->members; r; r = r->next)
			n += r->party != NULL;
		shared |= n >= 2 && b->decides;
	}
	for (sw_body *b = c->bodies; b; b = b->next) {
		sw_ref *r = b->decider;
		if (r && r->party) {
			sw_diag *g = sw_sema_diag(s, SW403, r->arg->span, M_C4_DIRECT);
			if (g) {
				g->help = M_C4_DIRECT_HELP;
				sw_diag_arg(s->D, g, 1, b->d.name->text, b->d.name->len);
				sw_diag_arg(s->D, g, 2, r->arg->text, r->arg->len);
				ways(s, g, 3);
			}
			continue;
		}
		const sw_ref *only = NULL;
		unsigned n = 0;
		for (const sw_ref *m = b->members; m; m = m->next)
			if (m->party)
				n++, only = m;
		if (n != 1 || !b->decides || shared || s->core.orgs < 3)
			continue;
		sw_diag *g = sw_sema_diag(s, SW403, only->arg->span, M_C4_SINGLE_MEMBER);
		if (g) {
			char k[16];
			snprintf(k, sizeof k, "%u", s->core.orgs);
			g->help = M_C4_SINGLE_MEMBER_HELP;
			sw_diag_arg(s->D, g, 1, b->d.name->text, b->d.name->len);
			sw_diag_arg(s->D, g, 2, only->arg->text, only->arg->len);
			sw_diag_argz(s->D, g, 3, k);
			sw_sema_example(s, g, 4, "%k name1, name2, name3", KW_MEMBERS);
		}
	}
}

void sw_check_c4(sw_sema *s)
{
	sw_collab *c = s->c;
	unsigned giving = 0;
	for (sw_party *p = c->parties; p; p = p->next) {
		giving += p->n_gives_up > 0 || sw_present_has(&p->d.present, KW_GIVES_UP);
		part_of(s, p);
		/* SW402 no-interest */
		if (!p->n_interest && !sw_present_has(&p->d.present, KW_INTEREST) && !sw_party_left(p) &&
		    !sw_core_set_aside(&s->core, p)) {
			sw_diag *g = sw_sema_diag(s, SW402, p->d.name->span, M_C4_NO_INTEREST);
			if (g) {
				g->help = M_C4_NO_INTEREST_HELP;
				sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
				sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_INTEREST));
				sw_sema_fixit(s, g, p->d.stmt, 1, FIXIT_TOP, "%k \"%p\"", KW_INTEREST,
				              M_P_FIX_INTEREST_TEXT);
			}
		}
	}

	direct_control(s);

	/* SW404 nothing-given-up */
	if (c->n_parties && !giving) {
		sw_diag *g = sw_sema_diag(s, SW404, c->name->span, M_C4_NOTHING_GIVEN_UP);
		if (g) {
			g->help = M_C4_NOTHING_GIVEN_UP_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_GIVES_UP));
		}
	}

	/* SW405 mandate */
	for (const sw_mandate *m = c->mandates; m; m = m->next) {
		if (!m->party || !m->party->party)
			continue;
		sw_diag *g = sw_sema_diag(s, SW405, m->party->arg->span, M_C4_MANDATE);
		if (g) {
			g->help = M_C4_MANDATE_HELP;
			sw_diag_arg(s->D, g, 1, m->party->arg->text, m->party->arg->len);
			sw_diag_arg(s->D, g, 2, m->domain->text, m->domain->len);
		}
	}

	/* SW406 required-by-law */
	if (c->basis == KW_LAW) {
		sw_diag *g = sw_sema_diag(s, SW406, sw_value_span(c->basis_stmt), M_C4_LAW);
		if (g) {
			g->help = M_C4_LAW_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			if (c->basis_text && c->basis_text->len) {
				sw_buf b = { 0 };
				sw_buf_printf(&b, " (%.*s)", (int)c->basis_text->len, c->basis_text->text);
				sw_diag_argz(s->D, g, 2, sw_buf_str(&b));
				sw_buf_free(&b);
			} else {
				sw_diag_argz(s->D, g, 2, "");
			}
			sw_diag_argz(s->D, g, 3, sw_sema_kw(s, KW_GIVES_UP));
		}
	}
}
