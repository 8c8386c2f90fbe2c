/* C7 Durable but finite ("duurzaam, maar wel eindig"): not a one-time
 * purchase on a market, not an acquisition in which a party gives up its
 * autonomy; a term that ends, or a way out; dates that follow each other. */
#include <stdio.h>
#include <string.h>

#include "sema.h"

static int informal(const sw_agreement *a)
{
	return a->n_kinds == 1 && (a->kind == KW_INFORMAL || a->kind == KW_ORAL ||
	                           a->kind == KW_PSYCHOLOGICAL);
}

/* Is there a durable agreement that is not a purchase? */
static int durable_beside_purchases(const sw_sema *s)
{
	size_t i = 0;
	for (const sw_agreement *a = s->c->agreements; a; a = a->next, i++)
		if (s->core.durable[i] && !(sw_agreement_is(a, KW_PURCHASE) && a->n_kinds == 1))
			return 1;
	return 0;
}

/* SW701 one-time-transaction, SW707 purchase-for-a-term: a purchase is a
 * contradiction only when it is all the collaboration has; in one that
 * runs for six months or more it is most likely a framework agreement */
static void purchases(sw_sema *s)
{
	if (durable_beside_purchases(s))
		return; /* a purchase beside durable agreements is no contradiction */
	for (const sw_agreement *a = s->c->agreements; a; a = a->next) {
		if (!(sw_agreement_is(a, KW_PURCHASE) && a->n_kinds == 1))
			continue;
		sw_span at = sw_value_span(a->kind_stmt);
		sw_diag *g;
		if (s->core.long_term) {
			g = sw_sema_diag(s, SW707, at, M_C7_FRAMEWORK);
			if (g) {
				g->help = M_C7_FRAMEWORK_HELP;
				sw_diag_fix(s->D, g, sw_sema_kw(s, KW_FRAMEWORK), 0); /* a judgement
				                                                      the reader makes */
			}
		} else {
			g = sw_sema_diag(s, SW701, at, M_C7_PURCHASE);
			if (g)
				g->help = M_C7_PURCHASE_HELP;
		}
		if (g) {
			sw_diag_arg(s->D, g, 1, a->d.name->text, a->d.name->len);
			sw_sema_example(s, g, 2, "%k %k", KW_KIND, KW_FRAMEWORK);
		}
	}
}

/* SW702 acquisition, SW708 acquisition-of-other */
static void acquisitions(sw_sema *s)
{
	for (const sw_agreement *a = s->c->agreements; a; a = a->next) {
		int merger = sw_agreement_is(a, KW_MERGER), acq = sw_agreement_is(a, KW_ACQUISITION);
		if (!merger && !acq)
			continue;
		sw_span at = sw_value_span(a->kind_stmt);
		if (acq && !a->acquired_ref && a->acquired_text && !a->acquired_title) {
			sw_diag *g = sw_sema_diag(s, SW708, sw_value_span(a->acquired_stmt), M_C7_ACQUIRED_OTHER);
			if (g) {
				g->help = M_C7_ACQUIRED_OTHER_HELP;
				sw_diag_arg(s->D, g, 1, a->d.name->text, a->d.name->len);
				sw_diag_arg(s->D, g, 2, a->acquired_text->text, a->acquired_text->len);
				/* the day it took effect, when the file says it */
				char day[11] = "";
				const sw_stmt *on = a->has_effective ? a->effective_stmt : a->has_signed ? a->signed_stmt : NULL;
				if (on && sw_stmt_args(on)->len == 10)
					memcpy(day, sw_stmt_args(on)->text, 10);
				sw_sema_example(s, g, 3, "%k %k %k %s", KW_PHASE, KW_ENDED, KW_SINCE,
				                *day ? day : s->nl ? "JJJJ-MM-DD" : "YYYY-MM-DD");
			}
			continue;
		}
		const sw_ref *of = acq ? a->acquired_ref : NULL;
		const sw_party *titled = acq ? a->acquired_title : NULL;
		sw_diag *g = sw_sema_diag(s, SW702, of ? of->arg->span : titled ? a->acquired_text->span : at,
		                          merger ? M_C7_MERGER : of || titled ? M_C7_ACQUISITION_OF : M_C7_ACQUISITION);
		if (!g)
			continue;
		sw_diag_arg(s->D, g, 1, a->d.name->text, a->d.name->len);
		if (of)
			sw_diag_arg(s->D, g, 2, of->arg->text, of->arg->len);
		else if (titled)
			sw_diag_arg(s->D, g, 2, titled->d.name->text, titled->d.name->len);
		if (acq && !of && !titled && !sw_present_has(&a->d.present, KW_ACQUIRED)) {
			/* say what is acquired, and the verdict can tell */
			g->help = M_C7_ACQUISITION_NAME_HELP;
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_ACQUIRED));
		} else {
			g->help = M_C7_ACQUISITION_HELP;
		}
	}
}

static void arg_text(sw_sema *s, sw_diag *g, int i, const sw_arg *a)
{
	sw_diag_arg(s->D, g, i, a->text, a->len);
}

/* SW709 dates-out-of-order, SW710 date-outside-term, SW711 ended-but-running */
static void dates(sw_sema *s)
{
	sw_collab *c = s->c;
	/* extensions follow the term, and each other */
	const sw_date *prev = c->term_valid && !c->term_open ? &c->end : NULL;
	const sw_arg *prev_arg = prev ? sw_stmt_args(c->term)->next->next : NULL;
	for (const sw_extension *x = c->extensions; x; x = x->next) {
		const sw_arg *until = sw_stmt_args(x->stmt)->next;
		if (c->term_open) {
			sw_diag *g = sw_sema_diag(s, SW709, x->stmt->head->span, M_C7_EXTENSION_OPEN);
			if (g)
				g->help = M_C7_ORDER_HELP;
			continue;
		}
		if (!x->valid)
			continue;
		if (prev && x->until.days <= prev->days) {
			sw_diag *g = sw_sema_diag(s, SW709, until->span, M_C7_EXTENSION_ORDER);
			if (g) {
				g->help = M_C7_ORDER_HELP;
				arg_text(s, g, 1, until);
				arg_text(s, g, 2, prev_arg);
			}
		}
		prev = &x->until;
		prev_arg = until;
	}
	/* phases follow each other */
	const sw_phase *last = NULL;
	for (const sw_phase *p = c->phases; p; p = p->next) {
		if (!p->has_since)
			continue;
		if (last && p->since.days < last->since.days) {
			const sw_arg *a = sw_stmt_args(p->stmt)->next->next, *b = sw_stmt_args(last->stmt)->next->next;
			sw_diag *g = sw_sema_diag(s, SW709, a->span, M_C7_PHASE_ORDER);
			if (g) {
				g->help = M_C7_ORDER_HELP;
				arg_text(s, g, 1, a);
				arg_text(s, g, 2, b);
			}
		}
		last = p;
	}
	/* members join before they leave, within the term */
	const sw_arg *end_arg = NULL;
	const sw_date *end = sw_term_end(c, &end_arg);
	const sw_arg *start_arg = c->term_valid ? sw_stmt_args(c->term) : NULL;
	for (const sw_party *p = c->parties; p; p = p->next) {
		const sw_arg *j = p->has_joined ? sw_stmt_args(p->joined_stmt) : NULL;
		const sw_arg *l = p->has_left ? sw_stmt_args(p->left_stmt) : NULL;
		if (j && l && p->left.days < p->joined.days) {
			sw_diag *g = sw_sema_diag(s, SW709, l->span, M_C7_LEFT_BEFORE_JOINED);
			if (g) {
				g->help = M_C7_ORDER_HELP;
				sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
				arg_text(s, g, 2, l);
				arg_text(s, g, 3, j);
			}
			continue;
		}
		const sw_stmt *when[2] = { p->has_joined ? p->joined_stmt : NULL, p->has_left ? p->left_stmt : NULL };
		const sw_date *day[2] = { &p->joined, &p->left };
		for (int k = 0; k < 2 && c->term_valid; k++) {
			if (!when[k])
				continue;
			int before = day[k]->days < c->start.days, after = end && day[k]->days > end->days;
			if (!before && !after)
				continue;
			const sw_arg *a = sw_stmt_args(when[k]);
			sw_diag *g = sw_sema_diag(s, SW710, a->span, end ? M_C7_OUTSIDE_TERM : M_C7_BEFORE_TERM);
			if (!g)
				continue;
			g->help = M_C7_OUTSIDE_TERM_HELP;
			sw_diag_argz(s->D, g, 1, sw_sema_kw(s, when[k]->kw));
			arg_text(s, g, 2, a);
			arg_text(s, g, 3, start_arg);
			if (end)
				arg_text(s, g, 4, end_arg);
		}
	}
	/* agreements take effect within the term */
	for (const sw_agreement *a = c->agreements; a && c->term_valid; a = a->next) {
		if (!a->has_effective)
			continue;
		int before = a->effective.days < c->start.days, after = end && a->effective.days > end->days;
		if (!before && !after)
			continue;
		const sw_arg *e = sw_stmt_args(a->effective_stmt);
		sw_diag *g = sw_sema_diag(s, SW710, e->span, end ? M_C7_OUTSIDE_TERM : M_C7_BEFORE_TERM);
		if (!g)
			continue;
		g->help = M_C7_OUTSIDE_TERM_HELP;
		sw_diag_argz(s->D, g, 1, sw_sema_kw(s, KW_EFFECTIVE));
		arg_text(s, g, 2, e);
		arg_text(s, g, 3, start_arg);
		if (end)
			arg_text(s, g, 4, end_arg);
	}
	/* an ended collaboration's term ends too */
	const sw_phase *now = c->phases_tail;
	if (now && now->kw == KW_ENDED && now->has_since && c->term_valid &&
	    (c->term_open || (end && end->days > now->since.days))) {
		const sw_arg *since = sw_stmt_args(now->stmt)->next->next;
		sw_diag *g = sw_sema_diag(s, SW711, c->term_open ? c->term->span : end_arg->span,
		                          c->term_open ? M_C7_ENDED_OPEN : M_C7_ENDED_RUNNING);
		if (g) {
			g->help = M_C7_ENDED_RUNNING_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			arg_text(s, g, 2, since);
			if (end)
				arg_text(s, g, 3, end_arg);
		}
	}
}

/* A date as written (ten characters) into a string of its own. */
static void date_text(char out[11], const sw_arg *a)
{
	size_t n = a && a->len <= 10 ? a->len : 0;
	memcpy(out, n ? a->text : "", n);
	out[n] = '\0';
}

/* SW712 term-ended, SW713 review-overdue, SW714 ending-without-exit: what
 * the calendar says on the day the checks are run as (dates.c) */
static void on_the_day(sw_sema *s)
{
	if (!s->when)
		return;
	const sw_collab *c = s->c;
	sw_dated d;
	sw_dated_make(&d, c, s->when);
	const char *ymd = s->nl ? "JJJJ-MM-DD" : "YYYY-MM-DD";
	char end[11];
	date_text(end, d.end_arg);
	if (d.term == TS_ENDED) {
		sw_diag *g = sw_sema_diag(s, SW712, d.end_arg->span, M_C7_TERM_ENDED);
		if (g) {
			g->help = M_C7_TERM_ENDED_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			sw_diag_argz(s->D, g, 2, end);
			sw_sema_example(s, g, 3, "%k %k %k %s", KW_PHASE, KW_ENDED, KW_SINCE, end);
			sw_sema_example(s, g, 4, "%k %k %s", KW_EXTENDED, KW_UNTIL, ymd);
		}
	} else if (d.term == TS_ENDS_SOON && !d.exit) {
		sw_diag *g = sw_sema_diag(s, SW714, d.end_arg->span, M_C7_ENDING_NO_EXIT);
		if (g) {
			char months[16];
			snprintf(months, sizeof months, "%u", s->when->horizon);
			g->help = M_C7_ENDING_NO_EXIT_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			sw_diag_argz(s->D, g, 2, end);
			sw_diag_argz(s->D, g, 3, months);
			g->args[2].phrase = s->when->horizon == 1 ? M_P_MONTHS_1 : M_P_MONTHS_N;
			sw_sema_example(s, g, 4, "%k \"...\"", KW_EXIT);
		}
	}
	if (d.review == RS_OVERDUE) {
		const sw_arg *on = sw_stmt_args(d.review_at->stmt);
		sw_diag *g = sw_sema_diag(s, SW713, on->span, M_C7_REVIEW_OVERDUE);
		if (g) {
			g->help = M_C7_REVIEW_OVERDUE_HELP;
			arg_text(s, g, 1, on);
			sw_sema_example(s, g, 2, "%k %s", KW_REVIEW, ymd);
		}
	}
}

void sw_check_c7(sw_sema *s)
{
	sw_collab *c = s->c;

	purchases(s);
	acquisitions(s);
	dates(s);
	on_the_day(s);

	/* SW703 no-term */
	if (!c->term) {
		if (sw_present_has(&c->present, KW_TERM))
			return; /* there, with a mistake reported on it */
		sw_diag *g = sw_sema_diag(s, SW703, c->name->span, M_C7_NO_TERM);
		if (g) {
			g->help = M_C7_NO_TERM_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			/* the example, and the fix-it that adds it (for editors:
			 * placeholder dates) */
			sw_sema_write(s, g, 2, c->stmt, 0, FIXIT_TOP, "%k 2025-01-01 %k 2027-12-31", KW_TERM,
			              KW_UNTIL);
		}
		return;
	}

	/* SW704 not-finite: a note when every agreement can be ended at any
	 * time by its nature (informal, oral, psychological) */
	if (c->term_open && !c->exit && !sw_present_has(&c->present, KW_EXIT)) {
		int all_informal = c->agreements != NULL;
		for (const sw_agreement *a = c->agreements; a; a = a->next)
			all_informal &= informal(a);
		sw_diag *g = sw_sema_diag_as(s, SW704, all_informal ? SEV_NOTE : SEV_WARNING, c->term->span,
		                             M_C7_NOT_FINITE);
		if (g) {
			g->help = M_C7_NOT_FINITE_HELP;
			if (all_informal)
				g->note = M_C7_NOT_FINITE_INFORMAL_NOTE;
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_EXIT));
		}
	}
	if (!c->term_valid || c->term_open)
		return;

	const sw_arg *from = sw_stmt_args(c->term), *to = from->next->next;
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
	/* SW706 short-term: with extensions and yearly renewal counted */
	const sw_arg *end_arg;
	const sw_date *end = sw_term_end(c, &end_arg);
	if (c->renewal != KW_YEARLY && end->days < sw_date_add_months(c->start, 6).days) {
		sw_diag *g = sw_sema_diag(s, SW706, c->term->span, M_C7_SHORT);
		if (g) {
			g->help = M_C7_SHORT_HELP;
			sw_diag_arg(s->D, g, 1, from->text, from->len);
			sw_diag_arg(s->D, g, 2, end_arg->text, end_arg->len);
		}
	}
}
