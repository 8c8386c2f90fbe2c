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

/* The result of matching one statement's arguments. */
typedef struct margs {
	sw_arg *name, *title, *text, *word;
	sw_arg *date[2];
	int open;
	sw_kw value;
	unsigned values;      /* SHARED as a mask */
	sw_ref *refs, *refs_tail;
	int ok;
} margs;

/* Match the arguments of s against its shape. Reports what does not fit;
 * m->ok is 0 when the statement cannot be used. */
void sw_match(sw_build *h, const sw_stmt *s, const sw_shape *sp, margs *m);

/* Report c at a place with its default severity. */
sw_diag *sw_build_diag(sw_build *h, sw_check c, sw_span at, sw_msg m);
/* The keyword of s as written. */
const char *sw_kwtext(const sw_stmt *s);
/* The values of a set, in the file's language, as one list. */
const char *sw_vset_list(sw_build *h, sw_vset v);
/* The keyword among cands (spelled in either language) nearest to w. */
sw_kw sw_nearest_kw(const char *w, size_t n, const sw_kw *cands, size_t nc);
/* Offer k, in the file's language, as the fix of g. */
void sw_suggest(sw_build *h, sw_diag *g, sw_kw k);

/* Values: a text that is not empty, a KvK number, a date in the calendar. */
void sw_check_text(sw_build *h, const sw_stmt *s, const sw_arg *t);
void sw_check_kvk(sw_build *h, const sw_arg *t);
void sw_check_date(sw_build *h, const sw_arg *a, sw_date *out);

#endif
