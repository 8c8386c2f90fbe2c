#include "verdict.h"

#include <string.h>

void sw_verdict_judge(sw_verdict *v, const sw_collab *c, const sw_diag *const *d, size_t n,
                      const uint8_t *outside)
{
	memset(v, 0, sizeof *v);
	uint8_t err[SW__COUNT] = { 0 };
	for (size_t i = 0; i < n; i++) {
		const sw_diag *g = d[i];
		sw_crit k = sw_check_info(g->check)->crit;
		if (g->sev == SEV_ERROR) {
			v->crit[k] = CS_NOT_MET;
			err[g->check] = 1;
		} else if (g->sev == SEV_WARNING && v->crit[k] < CS_NOT_EVIDENCED) {
			v->crit[k] = CS_NOT_EVIDENCED;
		}
	}
	v->orgs = c->n_parties;
	v->form = c->form ? c->form_kw : KW_NONE;
	/* well-formedness first: what cannot be read cannot be judged */
	int unread = 0;
	for (int k = 0; k < SW__COUNT; k++) {
		if (sw_check_info((sw_check)k)->crit == CRIT_C0 && (err[k] || (outside && outside[k]))) {
			v->because[k] = 1;
			unread = 1;
		}
	}
	if (unread) {
		v->status = V_NOT_ASSESSED;
		return;
	}
	int contradicted = 0;
	for (int k = 0; k < SW__COUNT; k++) {
		if (err[k]) {
			v->because[k] = 1;
			contradicted = 1;
		}
	}
	v->status = contradicted ? V_NOT_COLLABORATION : V_COLLABORATION;
}
