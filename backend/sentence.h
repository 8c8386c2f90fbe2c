/* The verdict in one sentence, as the report and `samw check --verdict`
 * print it: what the collaboration is, or why it is not one. */
#ifndef SW_SENTENCE_H
#define SW_SENTENCE_H

#include "../base/buf.h"
#include "../semantics/verdict.h"

/* Append the sentence of v to b as plain text, in English or Dutch. */
void sw_sentence(sw_buf *b, const sw_verdict *v, int nl);
/* Why a party does not count, or an agreement is not durable (agreement),
 * as the sentence says it: "'x' becomes one organisation with 'y', SW702". */
void sw_sentence_item(sw_buf *b, const sw_vitem *x, int nl, int agreement);
/* The name of a criterion in a language ("durable agreements"). */
const char *sw_crit_name(sw_crit k, int nl);

#endif
