/* What a collaboration's dates say on a given day: whether its term has
 * ended or ends within the horizon, and whether a review is due or
 * overdue. Worked out in one place (dates.c) from the model: the date
 * checks (SW712-SW714, c7_term.c) report it and the portfolio lists it,
 * so the two never disagree. */
#ifndef SW_DATES_H
#define SW_DATES_H

#include "../base/date.h"
#include "../parser/model.h"

/* The day the checks are run as, and how far ahead they look. */
typedef struct sw_when {
	sw_date today;
	unsigned horizon;   /* months */
} sw_when;

enum { SW_HORIZON_DEFAULT = 6, SW_HORIZON_MAX = 120 };

typedef enum sw_termstate {
	TS_NONE,       /* no term, or one that cannot be read */
	TS_OPEN,       /* until open */
	TS_RENEWS,     /* renewal yearly: it renews unless a party ends it */
	TS_RUNS,       /* ends after the horizon */
	TS_ENDS_SOON,  /* ends today or within the horizon */
	TS_ENDED,      /* ended before today, but its phase is not `ended` */
	TS_CLOSED,     /* its phase is `ended`: no date asks anything of it */
} sw_termstate;

typedef enum sw_reviewstate {
	RS_NONE,       /* no review stated (or the collaboration has ended) */
	RS_PLANNED,    /* the next review is after the horizon */
	RS_DUE,        /* the next review is today or within the horizon */
	RS_OVERDUE,    /* every review stated has passed */
} sw_reviewstate;

typedef struct sw_dated {
	sw_termstate term;
	sw_reviewstate review;
	int exit;                  /* an exit arrangement is stated */
	sw_date end;               /* the end of the term, extensions counted
	                              (TS_RUNS .. TS_ENDED, and TS_RENEWS and
	                              TS_CLOSED when the term has an end) */
	int has_end;               /* end is known */
	const sw_arg *end_arg;     /* where that end is written, or NULL */
	sw_date review_on;         /* RS_PLANNED, RS_DUE: the next review;
	                              RS_OVERDUE: the last one */
	const sw_review *review_at;
} sw_dated;

/* The end of c's term, extensions counted, and (in *arg) where it is
 * written; NULL when the term is open or cannot be read. */
const sw_date *sw_term_end(const sw_collab *c, const sw_arg **arg);
/* What c's dates say on w->today. */
void sw_dated_make(sw_dated *d, const sw_collab *c, const sw_when *w);

#endif
