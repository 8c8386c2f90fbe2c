#include "explain.h"

#include <string.h>

static const sw_explaininfo table[SW__COUNT] = {
#define EXPLAIN(code, wen, wnl, ben, gen, bnl, gnl) \
	[code] = { { wen, wnl }, { ben, bnl }, { gen, gnl } },
#include "explain.def"
#undef EXPLAIN
};

static const char *const quotes[CRIT__COUNT][2] = {
#define QUOTE(crit, nl, en) [CRIT_##crit] = { en, nl },
#include "quotes.def"
#undef QUOTE
};

const sw_explaininfo *sw_explain_info(sw_check c)
{
	return &table[c < SW__COUNT ? c : 0];
}

const char *sw_quote(sw_crit c, int nl)
{
	const char *q = quotes[c < CRIT__COUNT ? c : 0][nl ? 1 : 0];
	return q ? q : "";
}

/* Indent every line of s by four spaces. */
static void indented(sw_buf *b, const char *s)
{
	while (*s) {
		const char *e = strchr(s, '\n');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		if (n)
			sw_buf_puts(b, "    ");
		sw_buf_put(b, s, n);
		sw_buf_putc(b, '\n');
		s += n + (e ? 1 : 0);
	}
}

void sw_explain_text(sw_buf *b, sw_check c, int nl)
{
	const sw_checkinfo *ci = sw_check_info(c);
	const sw_critinfo *cr = sw_crit_info(ci->crit);
	const sw_explaininfo *x = sw_explain_info(c);
	static const sw_msg sev[3] = { M_P_NOTE, M_P_WARNING, M_P_ERROR };
	nl = nl ? 1 : 0;
	sw_buf_printf(b, "%s %s (%s; %s %s: %s)\n\n%s\n\n", ci->code, ci->name,
	              sw_msg_text(sev[ci->sev], nl), sw_msg_text(M_P_EX_CRITERION, nl), cr->id,
	              nl ? (cr->phrase_nl[0] ? cr->phrase_nl : cr->phrase_en) : cr->phrase_en,
	              ci->summary[nl]);
	sw_buf_printf(b, "%s\n", sw_msg_text(M_P_EX_DEFINITION, nl));
	sw_buf_printf(b, "    \"%s\"\n", sw_quote(ci->crit, 1));
	if (!nl)
		sw_buf_printf(b, "    (%s)\n", sw_quote(ci->crit, 0));
	sw_buf_putc(b, '\n');
	if (x->why[nl]) {
		sw_buf_puts(b, x->why[nl]);
		sw_buf_puts(b, "\n\n");
	}
	if (x->bad[nl]) {
		sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_EX_BAD, nl));
		indented(b, x->bad[nl]);
		sw_buf_putc(b, '\n');
	}
	if (x->good[nl]) {
		sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_EX_GOOD, nl));
		indented(b, x->good[nl]);
	}
}
