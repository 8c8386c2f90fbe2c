/* The long explanation of each check (semantics/explain.def) and the
 * quotes from the definition it rests on (semantics/quotes.def), for
 * `samw explain`, SARIF help text and docs/checks.md. */
#ifndef SW_EXPLAIN_H
#define SW_EXPLAIN_H

#include "../base/buf.h"
#include "diag.h"

typedef struct sw_explaininfo {
	const char *why[2], *bad[2], *good[2]; /* en, nl */
} sw_explaininfo;

const sw_explaininfo *sw_explain_info(sw_check c);
/* The quote of a criterion: nl 1 the Dutch original, 0 its translation. */
const char *sw_quote(sw_crit c, int nl);
/* The whole explanation as plain text, in a language. */
void sw_explain_text(sw_buf *b, sw_check c, int nl);

#endif
