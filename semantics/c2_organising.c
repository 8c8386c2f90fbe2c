/* C2 A form of organising ("is een vorm van organiseren"): goal-directed,
 * committing resources, leading to results, with its own objective and
 * strategy, governance, process design and management style. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "sema.h"
#include "../base/money.h"

/* a + b, stopping at the largest amount rather than overflowing (a file
 * may add up more than anyone budgets) */
static long long add(long long a, long long b)
{
	return a > LLONG_MAX - b ? LLONG_MAX : a + b;
}

/* SW206 budget-mismatch: the contributions in the budget's currency, of
 * parties and stakeholders, against the budget, when any has an amount
 * (and, when the parties are a selection of the members, when they add up
 * to more than the budget) */
static void budget(sw_sema *s)
{
	sw_collab *c = s->c;
	if (!c->budget.valid)
		return;
	long long sum = 0;
	int any = 0;
	for (const sw_party *p = c->parties; p; p = p->next)
		for (const sw_contribution *x = p->contributions; x; x = x->next)
			if (x->amount.valid && strcmp(x->amount.currency, c->budget.currency) == 0)
				sum = add(sum, x->amount.cents), any = 1;
	for (const sw_stakeholder *k = c->stakeholders; k; k = k->next)
		for (const sw_contribution *x = k->contributions; x; x = x->next)
			if (x->amount.valid && strcmp(x->amount.currency, c->budget.currency) == 0)
				sum = add(sum, x->amount.cents), any = 1;
	if (!any || sum == c->budget.cents)
		return;
	/* a selection of a larger membership pays part of the budget: only
	 * more than the budget is a mismatch */
	if (c->membership > s->core.current + c->n_unnamed_parties && sum < c->budget.cents)
		return;
	sw_diag *g = sw_sema_diag(s, SW206, c->budget.span, M_C2_BUDGET);
	if (!g)
		return;
	sw_buf a = { 0 }, b = { 0 };
	sw_money_amount(&a, c->budget.currency, sum, s->nl);
	sw_money_amount(&b, c->budget.currency, c->budget.cents, s->nl);
	g->help = M_C2_BUDGET_HELP;
	sw_diag_argz(s->D, g, 1, c->budget.currency);
	sw_diag_argz(s->D, g, 2, sw_buf_str(&a));
	sw_diag_argz(s->D, g, 3, sw_buf_str(&b));
	sw_diag_argz(s->D, g, 4, sw_sema_kw(s, KW_BUDGET));
	sw_diag_argz(s->D, g, 5, sw_sema_kw(s, KW_CONTRIBUTES));
	sw_buf_free(&a);
	sw_buf_free(&b);
}

/* SW204's fix-it: a governance block with one body of every current
 * party, deciding by consensus (a placeholder the reader adapts) */
static void governance_fixit(sw_sema *s, sw_diag *g)
{
	sw_buf members = { 0 };
	sw_sema_parties(s, &members);
	if (members.len)
		sw_sema_fixit(s, g, s->c->stmt, 0, FIXIT_END,
		              "%k {\n    %k %p \"%p\" {\n        %k %s\n        %k %k\n    }\n}",
		              KW_GOVERNANCE, KW_BODY, M_P_FIX_BODY_NAME, M_P_FIX_BODY_TITLE, KW_MEMBERS,
		              sw_buf_str(&members), KW_DECIDES, KW_CONSENSUS);
	sw_buf_free(&members);
}

void sw_check_c2(sw_sema *s)
{
	sw_collab *c = s->c;
	const sw_arg *name = c->name;

	/* SW201 no-goal (a goal statement with a mistake in it is still a goal) */
	if (!c->n_goals && !sw_present_has(&c->present, KW_GOAL)) {
		sw_diag *g = sw_sema_diag(s, SW201, name->span, M_C2_NO_GOAL);
		if (g) {
			g->help = M_C2_NO_GOAL_HELP;
			sw_diag_arg(s->D, g, 1, name->text, name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_GOAL));
			sw_sema_fixit(s, g, c->stmt, 0, FIXIT_TOP, "%k \"%p\"", KW_GOAL, M_P_FIX_GOAL_TEXT);
		}
	}

	/* SW202 no-resources */
	unsigned contributing = 0;
	for (sw_party *p = c->parties; p; p = p->next)
		contributing += p->n_contributes > 0 || sw_present_has(&p->d.present, KW_CONTRIBUTES);
	if (c->n_parties && !contributing) {
		sw_diag *g = sw_sema_diag(s, SW202, name->span, M_C2_NO_RESOURCES);
		if (g) {
			g->help = M_C2_NO_RESOURCES_HELP;
			sw_diag_arg(s->D, g, 1, name->text, name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_CONTRIBUTES));
		}
	}

	/* SW203 no-results */
	if (!c->n_results && !sw_present_has(&c->present, KW_RESULT)) {
		sw_diag *g = sw_sema_diag(s, SW203, name->span, M_C2_NO_RESULTS);
		if (g) {
			g->help = M_C2_NO_RESULTS_HELP;
			sw_diag_arg(s->D, g, 1, name->text, name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_RESULT));
			sw_sema_fixit(s, g, c->stmt, 0, FIXIT_TOP, "%k \"%p\"", KW_RESULT,
			              M_P_FIX_RESULT_TEXT);
		}
	}

	/* SW204 no-governance: a body or escalation that is written counts,
	 * even with a mistake in it */
	int governed = c->n_bodies || c->escalation || sw_present_has(&c->gov_present, KW_BODY) ||
	               sw_present_has(&c->gov_present, KW_ESCALATION) ||
	               sw_present_has(&c->gov_present, KW_MANDATE);
	if (!governed && !(sw_present_has(&c->present, KW_GOVERNANCE) && !c->governance)) {
		sw_diag *g = sw_sema_diag(s, SW204, name->span, M_C2_NO_GOVERNANCE);
		if (g) {
			g->help = M_C2_NO_GOVERNANCE_HELP;
			sw_diag_arg(s->D, g, 1, name->text, name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_GOVERNANCE));
			if (!c->governance && !sw_present_has(&c->present, KW_GOVERNANCE))
				governance_fixit(s, g);
		}
	}

	/* SW205 own-dynamics: list what is missing */
	const sw_kw kws[3] = { KW_STRATEGY, KW_PROCESS, KW_STYLE };
	const int have[3] = {
		c->strategy || sw_present_has(&c->present, KW_STRATEGY),
		c->process || sw_present_has(&c->present, KW_PROCESS),
		c->style || sw_present_has(&c->present, KW_STYLE),
	};
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

	budget(s);
}
