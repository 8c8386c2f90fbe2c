/* What a collaboration's dates say on a given day (dates.h). */
#include "dates.h"

#include <string.h>

const sw_date *sw_term_end(const sw_collab *c, const sw_arg **arg)
{
	if (!c->term_valid || c->term_open)
		return NULL;
	const sw_date *end = &c->end;
	*arg = sw_stmt_args(c->term)->next->next;
	for (const sw_extension *x = c->extensions; x; x = x->next) {
		if (x->valid && x->until.days > end->days) {
			end = &x->until;
			*arg = sw_stmt_args(x->stmt)->next;
		}
	}
	return end;
}

void sw_dated_make(sw_dated *d, const sw_collab *c, const sw_when *w)
{
	memset(d, 0, sizeof *d);
	d->exit = c->exit != NULL || sw_present_has(&c->present, KW_EXIT);
	long today = w->today.days, horizon = sw_date_add_months(w->today, (int)w->horizon).days;
	const sw_arg *arg = NULL;
	const sw_date *end = sw_term_end(c, &arg);
	if (end) {
		d->end = *end;
		d->has_end = 1;
		d->end_arg = arg;
	}
	if (c->phase_kw == KW_ENDED) {
		d->term = TS_CLOSED;
		return; /* an ended collaboration plans no review */
	}
	if (c->term_valid && c->term_open)
		d->term = TS_OPEN;
	else if (end && c->renewal == KW_YEARLY)
		d->term = TS_RENEWS;
	else if (end && end->days >= c->start.days)
		d->term = end->days < today ? TS_ENDED : end->days <= horizon ? TS_ENDS_SOON : TS_RUNS;

	/* the next review from today on, or else the last one */
	const sw_review *next = NULL, *last = NULL;
	for (const sw_review *r = c->reviews; r; r = r->next) {
		if (!r->valid)
			continue;
		if (r->on.days >= today && (!next || r->on.days < next->on.days))
			next = r;
		if (!last || r->on.days > last->on.days)
			last = r;
	}
	if (next) {
		d->review = next->on.days <= horizon ? RS_DUE : RS_PLANNED;
		d->review_at = next;
	} else if (last) {
		d->review = RS_OVERDUE;
		d->review_at = last;
	}
	if (d->review_at)
		d->review_on = d->review_at->on;
}
