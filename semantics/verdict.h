/* The verdict on one collaboration: whether it is a collaboration in the
 * sense of the definition, and the status of each criterion. Decided here,
 * once; the back ends only render it. */
#ifndef SW_VERDICT_H
#define SW_VERDICT_H

#include <stddef.h>

#include "../diagnostics/diag.h"
#include "../parser/model.h"

typedef enum sw_vstatus {
	V_COLLABORATION,     /* it is one */
	V_NOT_COLLABORATION, /* it contradicts the definition */
	V_NOT_ASSESSED,      /* it cannot be read as a whole */
} sw_vstatus;

typedef enum sw_cstatus {
	CS_MET,
	CS_NOT_EVIDENCED,
	CS_NOT_MET,
} sw_cstatus;

typedef struct sw_verdict {
	sw_vstatus status;
	sw_cstatus crit[CRIT__COUNT];
	/* the checks that decided it, in code order: not assessed, the
	 * well-formedness errors; not a collaboration, the contradictions */
	uint8_t because[SW__COUNT];
	unsigned orgs;           /* the organisations it is between */
	sw_kw form;              /* KW_NONE when not stated */
} sw_verdict;

/* Judge c from its diagnostics v[0..n) (by position) and the
 * well-formedness errors of its file outside every collaboration
 * (outside[check] != 0). */
void sw_verdict_judge(sw_verdict *v, const sw_collab *c, const sw_diag *const *d, size_t n,
                      const uint8_t *outside);

#endif
