/* C6 A diversity of collaboration relationships ("met een diversiteit aan
 * samenwerkingsrelaties"): an alliance shares risks, costs and revenues; a
 * network joins forces; a joint venture or cooperative is a new entity. */
#include "../parser/shape.h"
#include "sema.h"

void sw_check_c6(sw_sema *s)
{
	sw_collab *c = s->c;

	/* SW601 no-form */
	if (!c->form && !sw_present_has(&c->present, KW_FORM)) {
		sw_diag *g = sw_sema_diag(s, SW601, c->name->span, M_C6_NO_FORM);
		if (g) {
			g->help = M_C6_NO_FORM_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			/* the example, and the fix-it that adds it (for editors:
			 * the reader chooses the form) */
			sw_sema_write(s, g, 2, c->stmt, 0, FIXIT_TOP, "%k %k", KW_FORM, KW_NETWORK);
			/* every form of the table */
			sw_buf forms = { 0 };
			sw_value_list(&forms, VS_FORM, s->lang, ", ");
			sw_diag_arg_whole(s->D, g, 3, sw_buf_str(&forms));
			sw_buf_free(&forms);
		}
		return;
	}

	/* SW602 alliance-not-shared */
	if (c->form_kw == KW_ALLIANCE) {
		unsigned shared = 0;
		int unread = 0; /* a `shares` line with a mistake: SW005 says it */
		for (const sw_agreement *a = c->agreements; a; a = a->next) {
			shared |= a->shares_mask;
			unread |= a->shares_bad || (!a->shares && sw_present_has(&a->d.present, KW_SHARES));
		}
		if (shared != SHARE_ALL && !unread) {
			sw_buf what = { 0 };
			int missing = 0, n = 0;
			for (int i = 0; i < SW_SHARED; i++)
				missing += !(shared & (1u << i));
			for (int i = 0; i < SW_SHARED; i++) {
				if (shared & (1u << i))
					continue;
				if (n)
					sw_buf_puts(&what, n == missing - 1 ? " " : ", ");
				if (n && n == missing - 1) {
					sw_buf_puts(&what, sw_msg_text(M_P_AND, s->nl));
					sw_buf_putc(&what, ' ');
				}
				sw_buf_puts(&what, sw_msg_text(sw_shared_phrase(i), s->nl));
				n++;
			}
			sw_diag *g = sw_sema_diag(s, SW602, sw_value_span(c->form), M_C6_ALLIANCE);
			if (g) {
				g->help = M_C6_ALLIANCE_HELP;
				sw_diag_argz(s->D, g, 1, sw_buf_str(&what));
				sw_sema_example(s, g, 2, "%k %k, %k, %k", KW_SHARES, KW_RISKS,
				                KW_COSTS, KW_REVENUES);
				sw_sema_example(s, g, 3, "%k %k", KW_FORM, KW_NETWORK);
			}
			sw_buf_free(&what);
		}
	}

	/* SW603 network-no-joint-force: one party alone contributes (none at
	 * all is SW202's) */
	if (c->form_kw == KW_NETWORK) {
		unsigned n = 0;
		const sw_party *one = NULL;
		/* the parties of now: one that has left joins no force */
		for (const sw_party *p = c->parties; p; p = p->next) {
			if (sw_party_left(p))
				continue;
			if (p->n_contributes > 0 || sw_present_has(&p->d.present, KW_CONTRIBUTES)) {
				n++;
				one = p;
			}
		}
		if (n == 1 && s->core.current >= 2) {
			sw_diag *g = sw_sema_diag(s, SW603, sw_value_span(c->form), M_C6_NETWORK);
			if (g) {
				g->help = M_C6_NETWORK_HELP;
				sw_diag_arg(s->D, g, 1, one->d.name->text, one->d.name->len);
				sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_CONTRIBUTES));
			}
		}
	}

	/* SW604 entity-form-without-entity: the forms that are a new entity,
	 * the public bodies of the Wet gemeenschappelijke regelingen too */
	sw_kw f = c->form_kw;
	if (f == KW_JOINT_VENTURE || f == KW_COOPERATIVE || f == KW_PUBLIC_BODY ||
	    f == KW_OPERATING_ORGANISATION) {
		int entity = 0;
		for (const sw_agreement *a = c->agreements; a; a = a->next)
			entity |= sw_agreement_is(a, KW_ENTITY) || !a->kind_stmt || a->kind_bad;
		if (!entity) {
			sw_diag *g = sw_sema_diag(s, SW604, sw_value_span(c->form), M_C6_ENTITY_FORM);
			if (g) {
				g->help = M_C6_ENTITY_FORM_HELP;
				sw_diag_argp(g, 1, f == KW_JOINT_VENTURE ? M_P_FN_JOINT_VENTURE
				                   : f == KW_COOPERATIVE ? M_P_FN_COOPERATIVE
				                   : f == KW_PUBLIC_BODY ? M_P_FN_PUBLIC_BODY : M_P_FN_OPERATING, NULL);
				sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_ENTITY));
				sw_sema_example(s, g, 3, "%k %k", KW_KIND, KW_ENTITY);
				sw_diag_argz(s->D, g, 4, sw_sema_kw(s, KW_ENTITY));
			}
		}
	}
}
