/* The verdict in one sentence, in the words of the definition: what the
 * collaboration is and what did not count, or why it is not (yet) one. */
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
	return sw_crit_info(k)->label[nl ? 1 : 0];
}

/* Why a party or agreement does not count: its reason in the check table
 * (or, for a check made an error by configuration, its summary), then the
 * code. */
void sw_sentence_item(sw_buf *b, const sw_vitem *x, int nl, int agreement)
{
	if (!x->why) {
		say(b, nl, M_P_V_LEFT, x->name, NULL);
		return;
	}
	if (x->why == SW702 && !agreement && x->kind == KW_ACQUISITION && x->other) {
		say(b, nl, M_P_V_TAKEN_OVER, x->name, x->other);
	} else if (x->why == SW702 && !agreement) {
		say(b, nl, M_P_V_MERGED, x->name, x->other);
	} else if (x->why == SW702 && agreement && (x->kind == KW_MERGER || x->kind == KW_ACQUISITION)) {
		say(b, nl, x->kind == KW_MERGER ? M_P_V_IS_MERGER : M_P_V_IS_ACQUISITION, x->name, NULL);
	} else if (x->why == SW508 && agreement && (x->kind == KW_LETTER_OF_INTENT || x->kind == KW_SUBSIDY)) {
		say(b, nl, x->kind == KW_SUBSIDY ? M_P_V_SUBSIDY : M_P_V_LOI, x->name, NULL);
	} else {
		const char *r = sw_check_reason(x->why, nl);
		if (r) {
			sw_darg a[SW_DARGS] = { { x->name, M_NONE }, { x->other, M_NONE } };
			sw_buf t = { 0 };
			sw_buf_puts(&t, r);
			/* the reason is a template of its own */
			sw_msg_expand_text(b, sw_buf_str(&t), a, nl);
			sw_buf_free(&t);
		} else {
			sw_buf_printf(b, "'%s'", x->name);
		}
	}
	sw_buf_printf(b, ", %s", sw_check_info(x->why)->code);
}

static void items(sw_buf *b, const sw_vitem *v, size_t n, int nl, int agreement)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			sw_buf_puts(b, "; ");
		const sw_vitem *x = &v[i];
		if (!agreement && x->why == SW702 && x->kind == KW_MERGER && x->other) {
			/* the parties of one merger together: none of them is the
			 * one that remains */
			size_t j = i;
			while (j + 1 < n && v[j + 1].why == SW702 && v[j + 1].kind == KW_MERGER &&
			       v[j + 1].other && strcmp(v[j + 1].other, x->other) == 0)
				j++;
			sw_buf list = { 0 };
			sw_buf_printf(&list, "'%s'", x->other);
			for (size_t k = i; k <= j; k++)
				sw_buf_printf(&list, "%s'%s'", k == j ? (nl ? " en " : " and ") : ", ", v[k].name);
			say(b, nl, M_P_V_MERGED_ALL, sw_buf_str(&list), NULL);
			sw_buf_free(&list);
			sw_buf_printf(b, ", %s", sw_check_info(SW702)->code);
			i = j;
			continue;
		}
		sw_sentence_item(b, x, nl, agreement);
	}
}

static sw_msg form_phrase(sw_kw f)
{
	switch (f) {
	case KW_ALLIANCE: return M_P_R_F_ALLIANCE;
	case KW_NETWORK: return M_P_R_F_NETWORK;
	case KW_JOINT_VENTURE: return M_P_R_F_JOINT_VENTURE;
	case KW_COOPERATIVE: return M_P_R_F_COOPERATIVE;
	case KW_PUBLIC_BODY: return M_P_R_F_PUBLIC_BODY;
	case KW_JOINT_BODY: return M_P_R_F_JOINT_BODY;
	case KW_OPERATING_ORGANISATION: return M_P_R_F_OPERATING;
	case KW_CENTRAL_MUNICIPALITY: return M_P_R_F_CENTRAL;
	case KW_PLAIN_ARRANGEMENT: return M_P_R_F_PLAIN;
	default: return M_P_R_F_OTHER;
	}
}

/* "4 autonomous organisations (of a membership of 15)" */
static void orgs(sw_buf *b, const sw_verdict *v, int nl)
{
	char num[16], mem[16];
	snprintf(num, sizeof num, "%u", v->orgs);
	sw_buf t = { 0 };
	say(&t, nl, v->orgs == 1 ? M_P_R_ORGS_1 : M_P_R_ORGS_N, num, NULL);
	if (v->membership > v->orgs) {
		snprintf(mem, sizeof mem, "%u", v->membership);
		say(b, nl, M_P_V_MEMBERSHIP, sw_buf_str(&t), mem);
	} else {
		sw_buf_put(b, t.data ? t.data : "", t.len);
	}
	sw_buf_free(&t);
}

/* "; not evidenced: C2 (...)": the criteria of a status, if any */
static void criteria(sw_buf *b, const sw_verdict *v, sw_cstatus st, sw_msg m, int nl)
{
	sw_buf list = { 0 };
	for (int k = CRIT_C1; k < CRIT__COUNT; k++) {
		if (v->crit[k] != st)
			continue;
		sw_buf_printf(&list, "%s%s (%s)", list.len ? ", " : "", sw_crit_info((sw_crit)k)->id,
		              sw_crit_name((sw_crit)k, nl));
	}
	if (list.len) {
		sw_buf_puts(b, "; ");
		say(b, nl, m, sw_buf_str(&list), NULL);
	}
	sw_buf_free(&list);
}

void sw_sentence(sw_buf *b, const sw_verdict *v, int nl)
{
	sw_buf s = { 0 }, t = { 0 };
	switch (v->status) {
	case V_NOT_ASSESSED:
		if (v->unread == VU_VALUES) {
			/* the kinds that cannot be read, and nothing else */
			for (size_t i = 0; i < v->n_uncounted; i++)
				if (v->uncounted[i].why == SW005) {
					if (s.len)
						sw_buf_puts(&s, "; ");
					sw_sentence_item(&s, &v->uncounted[i], nl, 0);
				}
			for (size_t i = 0; i < v->n_nondurable; i++)
				if (v->nondurable[i].why == SW005) {
					if (s.len)
						sw_buf_puts(&s, "; ");
					sw_sentence_item(&s, &v->nondurable[i], nl, 1);
				}
			say(b, nl, M_P_R_V_UNREAD_VALUES, sw_buf_str(&s), NULL);
			break;
		}
		if (v->unread & VU_SYNTAX)
			sw_buf_printf(&s, "%s", sw_check_info(SW001)->code);
		if (v->unread & VU_ENCODING)
			sw_buf_printf(&s, "%s%s", s.len ? ", " : "", sw_check_info(SW008)->code);
		say(b, nl, M_P_R_V_UNREAD, sw_buf_str(&s), NULL);
		break;
	case V_COLLABORATION:
		orgs(&t, v, nl);
		say(&s, nl, form_phrase(v->form), sw_buf_str(&t), NULL);
		if (v->phase == KW_ENDED) {
			sw_buf_puts(&s, "; ");
			say(&s, nl, M_P_V_ENDED, NULL, NULL);
		}
		if (v->n_uncounted) {
			sw_buf_reset(&t);
			items(&t, v->uncounted, v->n_uncounted, nl, 0);
			sw_buf_puts(&s, "; ");
			say(&s, nl, M_P_V_NOT_COUNTED, sw_buf_str(&t), NULL);
		}
		/* a part that contradicts the definition does not decide the
		 * verdict, but the sentence does not hide it */
		criteria(&s, v, CS_NOT_MET, M_P_V_NOT_MET_PART, nl);
		criteria(&s, v, CS_NOT_EVIDENCED, M_P_V_NOT_EVIDENCED, nl);
		say(b, nl, M_P_R_V_YES, sw_buf_str(&s), NULL);
		break;
	case V_NOT_YET: {
		orgs(&t, v, nl);
		sw_buf what = { 0 };
		say(&s, nl, v->phase == KW_SHARING ? M_P_V_SHARING : M_P_V_EXPLORING, sw_buf_str(&t), NULL);
		static const struct { unsigned bit; sw_msg m; } missing[] = {
			{ VM_AGREEMENT, M_P_V_M_AGREEMENT }, { VM_TERM, M_P_V_M_TERM },
			{ VM_GOVERNANCE, M_P_V_M_GOVERNANCE }, { VM_RESULTS, M_P_V_M_RESULTS },
		};
		for (size_t i = 0; i < sizeof missing / sizeof missing[0]; i++)
			if (v->missing & missing[i].bit)
				sw_buf_printf(&what, "%s%s", what.len ? ", " : "", sw_msg_text(missing[i].m, nl));
		say(b, nl, M_P_R_V_NOT_YET, sw_buf_str(&s), sw_buf_str(&what));
		sw_buf_free(&what);
		break;
	}
	case V_NOT_COLLABORATION:
		if (v->fails & VF_ORGS) {
			sw_buf_puts(&s, sw_msg_text(M_P_V_FEW_ORGS, nl));
			if (v->fails & VF_ONE_ORG) {
				sw_buf_printf(&s, " (%s)", sw_msg_text(M_P_V_ONE_ORG, nl));
			} else if (v->n_uncounted) {
				sw_buf_puts(&s, " (");
				items(&s, v->uncounted, v->n_uncounted, nl, 0);
				sw_buf_putc(&s, ')');
			}
		}
		/* with too few organisations, an agreement that binds fewer than
		 * two is no second reason */
		int consequence = (v->fails & VF_ORGS) && v->agreements && v->n_nondurable;
		for (size_t i = 0; i < v->n_nondurable; i++)
			consequence &= v->nondurable[i].why == SW502;
		if ((v->fails & VF_AGREEMENT) && !consequence) {
			if (s.len)
				sw_buf_puts(&s, "; ");
			if (!v->agreements) {
				sw_buf_printf(&s, "%s, SW501", sw_check_reason(SW501, nl));
			} else {
				sw_buf_puts(&s, sw_msg_text(M_P_V_NO_DURABLE, nl));
				if (v->n_nondurable) {
					sw_buf_puts(&s, " (");
					items(&s, v->nondurable, v->n_nondurable, nl, 1);
					sw_buf_putc(&s, ')');
				}
			}
		}
		if (v->fails & VF_GOAL)
			sw_buf_printf(&s, "%s%s, SW201", s.len ? "; " : "", sw_check_reason(SW201, nl));
		say(b, nl, M_P_R_V_NO, sw_buf_str(&s), NULL);
		break;
	}
	sw_buf_free(&s);
	sw_buf_free(&t);
}
