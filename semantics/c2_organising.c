/* C2 A form of organising ("is een vorm van organiseren"): goal-directed,
 * committing resources, leading to results, with its own objective and
 * strategy, governance, process design and management style. */
#include "sema.h"

void sw_check_c2(sw_sema *s)
{
	sw_collab *c = s->c;
	const sw_arg *name = c->name;

	/* SW201 no-goal */
	if (!c->n_goals) {
		sw_diag *g = sw_sema_diag(s, SW201, name->span, M_C2_NO_GOAL);
		if (g) {
			g->help = M_C2_NO_GOAL_HELP;
			sw_diag_arg(s->D, g, 1, name->text, name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_GOAL));
		}
	}

	/* SW202 no-resources */
	unsigned contributing = 0;
	for (sw_party *p = c->parties; p; p = p->next)
		contributing += p->n_contributes > 0;
	if (c->n_parties && !contributing) {
		sw_diag *g = sw_sema_diag(s, SW202, name->span, M_C2_NO_RESOURCES);
		if (g) {
			g->help = M_C2_NO_RESOURCES_HELP;
			sw_diag_arg(s->D, g, 1, name->text, name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_CONTRIBUTES));
		}
	}

	/* SW203 no-results */
	if (!c->n_results) {
		sw_diag *g = sw_sema_diag(s, SW203, name->span, M_C2_NO_RESULTS);
		if (g) {
			g->help = M_C2_NO_RESULTS_HELP;
			sw_diag_arg(s->D, g, 1, name->text, name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_RESULT));
		}
	}

	/* SW204 no-governance */
	if (!c->governance || (!c->n_bodies && !c->escalation)) {
		sw_diag *g = sw_sema_diag(s, SW204, name->span, M_C2_NO_GOVERNANCE);
		if (g) {
			g->help = M_C2_NO_GOVERNANCE_HELP;
			sw_diag_arg(s->D, g, 1, name->text, name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_GOVERNANCE));
		}
	}

	/* SW205 own-dynamics: list what is missing */
	const sw_kw kws[3] = { KW_STRATEGY, KW_PROCESS, KW_STYLE };
	const sw_stmt *have[3] = { c->strategy, c->process, c->style };
	const sw_msg words[3] = { M_P_STRATEGY, M_P_PROCESS, M_P_STYLE };
	sw_buf what = { 0 }, add = { 0 };
	int missing = 0, n = 0;
	for (int i = 0; i < 3; i++)
		missing += !have[i];
	for (int i = 0; i < 3; i++) {
		if (have[i])
			continue;
		if (n) {
			sw_buf_puts(&what, n == missing - 1 ? " " : ", ");
			if (n == missing - 1) {
				sw_buf_puts(&what, sw_msg_text(M_P_AND, s->nl));
				sw_buf_putc(&what, ' ');
			}
			sw_buf_puts(&add, ", ");
		}
		sw_buf_puts(&what, sw_msg_text(words[i], s->nl));
		sw_buf_printf(&add, "`%s \"...\"`", sw_sema_kw(s, kws[i]));
		n++;
	}
	if (missing) {
		sw_diag *g = sw_sema_diag(s, SW205, name->span, M_C2_DYNAMICS);
		if (g) {
			g->help = M_C2_DYNAMICS_HELP;
			sw_diag_arg(s->D, g, 1, name->text, name->len);
			sw_diag_argz(s->D, g, 2, sw_buf_str(&what));
			sw_diag_argz(s->D, g, 3, sw_buf_str(&add));
		}
	}
	sw_buf_free(&what);
	sw_buf_free(&add);
}
