#include "sentence.h"

#include <stdio.h>
#include <string.h>

static void say(sw_buf *b, int nl, sw_msg m, const char *a1, const char *a2)
{
	sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE } };
	sw_msg_expand(b, m, a, nl);
}

const char *sw_crit_name(sw_crit k, int nl)
{
	const sw_critinfo *ci = sw_crit_info(k);
	return k == CRIT_C0 ? sw_msg_text(M_P_R_C0, nl) : nl ? ci->phrase_nl : ci->phrase_en;
}

/* What a contradiction makes of the collaboration: its reason in the check
 * table, or else (a check made an error by configuration) its summary. */
static void reason(sw_buf *b, sw_check k, int nl)
{
	const char *r = sw_check_reason(k, nl);
	if (r) {
		sw_buf_puts(b, r);
		return;
	}
	const char *sum = sw_check_info(k)->summary[nl ? 1 : 0];
	size_t n = strlen(sum);
	if (n && sum[n - 1] == '.')
		n--;
	if (n && sum[0] >= 'A' && sum[0] <= 'Z') {
		sw_buf_putc(b, (char)(sum[0] - 'A' + 'a'));
		sw_buf_put(b, sum + 1, n - 1);
	} else {
		sw_buf_put(b, sum, n);
	}
}

void sw_sentence(sw_buf *b, const sw_verdict *v, int nl)
{
	sw_buf list = { 0 };
	if (v->status == V_NOT_ASSESSED) {
		for (int k = 0; k < SW__COUNT; k++)
			if (v->because[k])
				sw_buf_printf(&list, "%s%s", list.len ? ", " : "", sw_check_info((sw_check)k)->code);
		say(b, nl, M_P_R_V_UNREAD, sw_buf_str(&list), NULL);
	} else if (v->status == V_NOT_COLLABORATION) {
		for (int k = 0; k < SW__COUNT; k++) {
			if (!v->because[k])
				continue;
			if (list.len)
				sw_buf_puts(&list, "; ");
			reason(&list, (sw_check)k, nl);
			sw_buf_printf(&list, ", %s", sw_check_info((sw_check)k)->code);
		}
		say(b, nl, M_P_R_V_NO, sw_buf_str(&list), NULL);
	} else {
		sw_buf orgs = { 0 }, form = { 0 };
		char num[32];
		snprintf(num, sizeof num, "%u", v->orgs);
		say(&orgs, nl, v->orgs == 1 ? M_P_R_ORGS_1 : M_P_R_ORGS_N, num, NULL);
		sw_kw f = v->form;
		sw_msg fm = f == KW_ALLIANCE ? M_P_R_F_ALLIANCE : f == KW_NETWORK ? M_P_R_F_NETWORK
		          : f == KW_JOINT_VENTURE ? M_P_R_F_JOINT_VENTURE
		          : f == KW_COOPERATIVE ? M_P_R_F_COOPERATIVE : M_P_R_F_OTHER;
		say(&form, nl, fm, sw_buf_str(&orgs), NULL);
		for (int k = CRIT_C1; k < CRIT__COUNT; k++) {
			if (v->crit[k] != CS_NOT_EVIDENCED)
				continue;
			sw_buf_printf(&list, "%s%s (%s)", list.len ? ", " : "", sw_crit_info((sw_crit)k)->id,
			              sw_crit_name((sw_crit)k, nl));
		}
		say(b, nl, list.len ? M_P_R_V_YES_BUT : M_P_R_V_YES, sw_buf_str(&form), sw_buf_str(&list));
		sw_buf_free(&orgs);
		sw_buf_free(&form);
	}
	sw_buf_free(&list);
}
