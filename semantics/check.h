/* Checking one source: scan, parse, shape, resolve and check each
 * collaboration as soon as it has been read. The library's one way in to
 * the checks; include/samw.h and the back ends call it. */
#ifndef SW_CHECK_H
#define SW_CHECK_H

#include <stddef.h>
#include <stdint.h>

#include "../base/source.h"
#include "../diagnostics/diag.h"
#include "../parser/model.h"
#include "dates.h"
#include "verdict.h"

struct sw_parser;
struct sw_stmt;
/* Called with every top-level statement once it has been checked, while
 * its tree is alive: c is its model when it is a collaboration, else NULL.
 * For tools that look at the tree itself (the editor index, api/index.c). */
typedef void (*sw_top_hook)(void *ud, struct sw_parser *P, struct sw_stmt *top, sw_collab *c);

typedef struct sw_check_opts {
	int nl;                  /* messages in Dutch */
	size_t max_diags;        /* per file; 0: no limit */
	const int8_t *override;  /* per check: SW_SEV_KEEP or a severity, or NULL */
	int werror;              /* warnings count as errors */
	const char *doc_dir;     /* document paths are relative to this folder;
	                            NULL: the folder of the source's path */
	int keep_first;          /* past max_diags keep the first emitted, so
	                            that d->v only grows (the back ends) */
	int dated;               /* run the date checks (SW712-SW714) ... */
	sw_when when;            /* ... as on this day */
	struct sw_workspace *ws; /* registers read for `use`, kept between
	                            sources; NULL: a workspace of this check */
	const char *root;        /* the repository when no folder above the
	                            source holds .git; NULL: its own folder */
	sw_top_hook top_hook;    /* or NULL */
	void *top_ud;
} sw_check_opts;

/* Called with each collaboration once it has been checked: its model, its
 * verdict, the tally of every diagnostic in it (kept or beyond the limit),
 * and the index in d->v from which its diagnostics start (before sorting).
 * The model, the verdict and the tally live until fn returns. */
typedef void (*sw_collab_fn)(void *ud, const sw_source *src, sw_collab *c,
                             const sw_verdict *v, const sw_tally *t, const sw_diags *d,
                             size_t first);

/* Check src; diagnostics are added to out (initialised by the caller) and
 * sorted by position at the end. fn may be NULL. */
void sw_check_source(const sw_source *src, const sw_check_opts *o, sw_diags *out,
                     sw_collab_fn fn, void *ud);

#endif
