/* The shape pass's own state and helpers, shared by its two files:
 * build.c walks the blocks and builds the model, args.c matches and checks
 * the arguments of one statement. */
#ifndef SW_BUILD_H
#define SW_BUILD_H

#include "shape.h"

typedef struct sw_build {
	sw_parser *P;
	sw_diags *D;
	sw_lang lang;     /* of keywords in suggestions */
	sw_arena *A;      /* the model's memory: the tree of the block */
	sw_collab *c;
} sw_build;

/* For the helpers of the shape pass that run for most statements: inline
 * where the compiler would not (it weighs their size, not how often they
 * run). */
#if defined(__GNUC__)
#define SW_HOT __attribute__((always_inline)) inline
#else
#define SW_HOT inline
#endif

/* The result of matching one statement: ok, and the fields of the specs
 * of its shape, present or not (a VALUE in an OPT group that is not there
 * reads KW_NONE); a field is read only when the shape has its spec, and
 * `values` only up to its count. The walk also sets the first fields (to
 * opt) for every statement: after a failed match, the name and title of
 * a block are read. */
typedef struct margs {
	sw_arg *name, *title;     /* NAME; TITLE, the optional text */
	sw_kw value;              /* VALUE, or the way of deciding */
	int ntext;
	int ndate;
	int open;                 /* `open`, or `voor onbepaalde tijd` */
	int value_bad;            /* a value could not be read */
	int ok;
	unsigned char opt[SW_SHAPE_ARGS]; /* the OPT groups present */
	sw_arg *text[2];          /* the TEXTs, in order */
	sw_arg *date[2];          /* the DATEs, in order */
	sw_kw values[SW_MAX_KINDS]; /* VALUES other than shared items */
	unsigned nvalues;
	unsigned shared;          /* VALUES of VS_SHARED, as a mask */
	sw_ref *refs, *refs_tail;
	sw_arg *aref;             /* AGREEMENT_REF */
	sw_arg *count_arg;        /* COUNT */
	sw_arg *currency, *number; /* AMOUNT */
	sw_arg *ratio_arg;        /* the qualified majority after DECIDER */
	sw_kwmark *marks;         /* filled when not NULL (set before matching) */
	size_t nmarks;
} margs;

/* Match the arguments of s against its shape. Reports what does not fit;
 * m->ok is 0 when the statement cannot be used. The shapes of the
 * statements people write, written as they should be (one text, a date, a
 * value, a name and title, a person, a term...), are matched without the
 * walk over their specs: sw_match_quick returns 1 with m->ok and the
 * fields of the shape's specs set, or 0 (m unread) when the walk must
 * decide, as it does for everything it would report. */
int sw_match_quick(sw_build *h, const sw_stmt *s, const sw_shape *sp, margs *m);
void sw_match_walk(sw_build *h, const sw_stmt *s, const sw_shape *sp, margs *m);
/* The commonest statement of all, one text (a goal, an interest, a KvK
 * number), as sw_match_quick: inline, before any call. */
static inline int sw_match_text(const sw_stmt *s, const sw_shape *sp, margs *m)
{
	const sw_arg *a = s->args;
	if (sp->args[0].kind != A_TEXT || sp->args[1].kind != A_END || s->head_words || !a ||
	    a->kind != ARG_STRING || a->next)
		return 0;
	m->text[0] = (sw_arg *)a;
	m->ntext = 1;
	m->ok = 1;
	return 1;
}
static inline void sw_match(sw_build *h, const sw_stmt *s, const sw_shape *sp, margs *m)
{
	if (m->marks || !(sw_match_text(s, sp, m) || sw_match_quick(h, s, sp, m)))
		sw_match_walk(h, s, sp, m);
}

/* Report c at a place with its default severity. */
sw_diag *sw_build_diag(sw_build *h, sw_check c, sw_span at, sw_msg m);
/* The keyword of s as written. */
const char *sw_kwtext(const sw_stmt *s);
/* The values of a set, in the file's language, as one list. */
const char *sw_vset_list(sw_build *h, sw_vset v);
/* The keyword among cands (spelled in either language) nearest to w. */
sw_kw sw_nearest_kw(sw_build *h, const char *w, size_t n, const sw_kw *cands, size_t nc);
/* Offer k, in the file's language, as the fix of g. */
void sw_suggest(sw_build *h, sw_diag *g, sw_kw k);

/* Values (values.c): a text that is not empty, a KvK number, a date in
 * the calendar, a registration number, an amount, a whole number, a
 * qualified majority. Each reports what is wrong; each returns 1 when the
 * value could be read. */
int sw_text_empty(sw_build *h, const sw_stmt *s, const sw_arg *t);
static inline int sw_check_text(sw_build *h, const sw_stmt *s, const sw_arg *t)
{
	/* inline: a text is checked for every statement that has one */
	return t && t->len == 0 ? sw_text_empty(h, s, t) : 1;
}
int sw_check_kvk(sw_build *h, const sw_arg *t);
int sw_date_slow(sw_build *h, const sw_arg *a, sw_date *out);
static SW_HOT int sw_check_date(sw_build *h, const sw_arg *a, sw_date *out)
{
	/* the scanner reads a date only as DDDD-DD-DD, in digits: a day up to
	 * the 28th of a month is in the calendar, whatever the year; a later
	 * one is looked up in it (sw_date_slow, which also reports) */
	const char *t = a->text;
	if (a->kind == ARG_DATE && a->len == 10) {
		int m = (t[5] - '0') * 10 + (t[6] - '0'), d = (t[8] - '0') * 10 + (t[9] - '0');
		if (m >= 1 && m <= 12 && d >= 1 && d <= 28) {
			out->y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
			out->m = m;
			out->d = d;
			out->days = sw_date_days(out->y, m, d);
			return 1;
		}
	}
	return sw_date_slow(h, a, out);
}
int sw_check_registration(sw_build *h, sw_kw scheme, const sw_arg *t);
int sw_check_amount(sw_build *h, const sw_arg *currency, const sw_arg *number, sw_amount *out);
int sw_check_count(sw_build *h, const sw_arg *a, unsigned *out);
int sw_check_ratio(sw_build *h, sw_kw decides, const sw_arg *a, sw_ratio *out);
/* A title written where a role belongs (`rol wethouder`), or after a
 * person's name without `role`: reported with a fix that writes the role
 * and keeps the title. Returns 1 when a was a known title. */
int sw_title_role(sw_build *h, const sw_arg *a);
int sw_title_word(sw_build *h, const sw_stmt *s, const sw_arg *a);

#endif
