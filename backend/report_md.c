/* The report in Markdown: each collaboration's digest as headings, lists
 * and tables, every text escaped so that it reads as the same text on any
 * Markdown page. */
#include "report_out.h"

#include <stdio.h>
#include <string.h>

#include "../base/money.h"
#include "../base/utf8.h"
#include "../parser/shape.h"
#include "sentence.h"


/* Valid UTF-8 of s at i into b (or U+FFFD); a control, bidirectional or
 * invisible character is written as its escape, \u{202E} (as the
 * sanitiser of diagnostics/sanitize.h writes it: the same text in every
 * Markdown renderer, and nothing hidden). Returns the bytes read. */
static size_t put_char(sw_buf *b, const unsigned char *u, size_t i, size_t n)
{
	size_t k = sw_utf8_seq(u + i, n - i);
	if (!k) {
		sw_buf_puts(b, "\xEF\xBF\xBD");
		return 1;
	}
	unsigned cp = sw_utf8_decode((const char *)u + i, &k);
	if (sw_utf8_hidden(cp))
		sw_buf_printf(b, "\\u{%02X}", cp);
	else
		sw_buf_put(b, (const char *)u + i, k);
	return k;
}

static int lower_is(const unsigned char *u, size_t i, size_t n, const char *w)
{
	size_t k = strlen(w);
	if (n - i < k)
		return 0;
	for (size_t j = 0; j < k; j++)
		if ((u[i + j] | 0x20) != (unsigned char)w[j] && u[i + j] != (unsigned char)w[j])
			return 0;
	return 1;
}

/* Whether the byte beside u[i] (d -1 before, 1 after) is a letter or
 * digit: an '_' between two of them never marks emphasis. */
static int word(const unsigned char *u, size_t i, size_t n, int d)
{
	if ((d < 0 && i == 0) || (d > 0 && i + 1 >= n))
		return 0;
	unsigned c = u[d < 0 ? i - 1 : i + 1];
	return c >= 0x80 || (c >= '0' && c <= '9') || (unsigned)((c | 0x20) - 'a') < 26u;
}

/* A text as markdown: on one line, markup characters escaped, so that it
 * reads as the same text in any cell, list item, paragraph or heading, and
 * becomes no link: the ':' of "://" and the '.' of a "www." are escaped
 * (autolinks of URLs), and so is every '@' (addresses and mentions) and
 * '#' (a heading's closing #s, references to issues). */
void sw_md_text(sw_buf *b, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k = 0;
	while (k < n && u[k] >= '0' && u[k] <= '9')
		k++;
	if (n && u[0] && strchr("+-=>", u[0])) { /* a leading # is escaped below */
		sw_buf_putc(b, '\\');
	} else if (k && k < n && (u[k] == '.' || u[k] == ')')) {
		sw_buf_put(b, s, k);
		sw_buf_putc(b, '\\');
		i = k;
	}
	while (i < n) {
		unsigned c = u[i];
		if (c >= 0x80) {
			i += put_char(b, u, i, n);
			continue;
		}
		if (c < 0x20 || c == 0x7F)
			c = ' ';
		else if (strchr("\\`*[]<>|~@#", (int)c) || (c == '_' && !(word(u, i, n, -1) && word(u, i, n, 1))) ||
		         (c == '&' && i + 1 < n && (u[i + 1] == '#' || (unsigned)((u[i + 1] | 0x20) - 'a') < 26u)) ||
		         (c == ':' && i + 2 < n && u[i + 1] == '/' && u[i + 2] == '/') ||
		         (c == '.' && i >= 3 && lower_is(u, i - 3, n, "www") && !word(u, i - 3, n, -1)))
			sw_buf_putc(b, '\\');
		sw_buf_putc(b, (char)c);
		i++;
	}
}

void sw_md_textz(sw_buf *b, const char *s)
{
	sw_md_text(b, s, strlen(s));
}

void sw_md_t(sw_buf *b, sw_text t)
{
	sw_md_text(b, t.s, t.n);
}

/* An identifier in a code span (identifiers hold no backquote; if one
 * ever did, it is written as text). */
void sw_md_code(sw_buf *b, sw_text t)
{
	if (memchr(t.s, '`', t.n) || memchr(t.s, '\n', t.n)) {
		sw_md_t(b, t);
		return;
	}
	sw_buf_putc(b, '`');
	for (size_t i = 0; i < t.n;)
		i += put_char(b, (const unsigned char *)t.s, i, t.n);
	sw_buf_putc(b, '`');
}

static void say(sw_buf *b, int nl, sw_msg m, const char *a1, const char *a2, const char *a3)
{
	sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE }, { a3, M_NONE } };
	sw_msg_expand(b, m, a, nl);
}

static const char *kw_word(sw_kw k, int nl)
{
	return sw_kw_spell(k, nl ? SW_LANG_NL : SW_LANG_EN);
}

static void md_cell_sep(sw_buf *b, int *first)
{
	if (!*first)
		sw_buf_puts(b, "<br>");
	*first = 0;
}

/* A list of texts as one cell. */
static void md_texts(sw_buf *b, const sw_texts *t)
{
	int first = 1;
	for (size_t i = 0; i < t->n; i++) {
		md_cell_sep(b, &first);
		sw_md_t(b, t->v[i]);
	}
	if (first)
		sw_buf_puts(b, "—");
}

void sw_md_heading(sw_buf *b, int level, sw_msg m, int nl)
{
	sw_buf_printf(b, "%.*s %s\n\n", level, "###", sw_msg_text(m, nl));
}

static void md_fact(sw_buf *b, int nl, sw_msg label, sw_text t)
{
	sw_buf_printf(b, "- **%s:** ", sw_msg_text(label, nl));
	if (t.s)
		sw_md_t(b, t);
	else
		sw_buf_puts(b, sw_msg_text(M_P_R_NOT_STATED, nl));
	sw_buf_putc(b, '\n');
}

void sw_md_name(sw_buf *b, sw_text name, sw_text title)
{
	if (title.s && title.n) {
		sw_md_t(b, title);
		sw_buf_puts(b, " (");
		sw_md_code(b, name);
		sw_buf_putc(b, ')');
	} else {
		sw_md_code(b, name);
	}
}

void sw_md_diag(sw_buf *b, const sw_ddiag *g, int nl)
{
	char code[48], line[16];
	snprintf(code, sizeof code, "%s %s", sw_sev_word(g->sev, nl), sw_check_info(g->check)->code);
	snprintf(line, sizeof line, "%u", g->line);
	sw_buf m = { 0 };
	sw_md_text(&m, g->message.s, g->message.n);
	say(b, nl, M_P_R_AT, code, line, sw_buf_str(&m));
	sw_buf_free(&m);
}

static void md_refs(sw_buf *b, const sw_texts *t)
{
	for (size_t i = 0; i < t->n; i++) {
		if (i)
			sw_buf_puts(b, ", ");
		sw_md_code(b, t->v[i]);
	}
}

static void md_refs_or_none(sw_buf *b, const sw_texts *t)
{
	if (t->n)
		md_refs(b, t);
	else
		sw_buf_puts(b, "—");
}

/* " (text)" after a value, when there is a text. */
static void md_paren(sw_buf *b, sw_text t)
{
	if (!t.s || !t.n)
		return;
	sw_buf_puts(b, " (");
	sw_md_t(b, t);
	sw_buf_putc(b, ')');
}

/* "executing since 2010-01-01; before: exploring since 2009-01-01": the
 * current phase, then the ones before it, the latest first. */
static void md_phase(sw_buf *b, const sw_dphase *p, int nl)
{
	if (p->since.s)
		say(b, nl, M_P_R_PHASE_SINCE, kw_word(p->phase, nl), p->since.s, NULL);
	else
		sw_buf_puts(b, kw_word(p->phase, nl));
	md_paren(b, p->note);
}

static void md_history(sw_buf *b, const sw_digest *x)
{
	int nl = x->nl;
	if (!x->n_phases || !x->phase) { /* the last phase stated cannot be read */
		sw_buf_puts(b, x->phase ? kw_word(x->phase, nl) : sw_msg_text(M_P_R_NOT_STATED, nl));
		return;
	}
	md_phase(b, &x->phases[x->n_phases - 1], nl);
	if (x->n_phases < 2)
		return;
	sw_buf before = { 0 };
	for (size_t i = x->n_phases - 1; i-- > 0;) {
		if (before.len)
			sw_buf_puts(&before, ", ");
		md_phase(&before, &x->phases[i], nl);
	}
	sw_buf_puts(b, "; ");
	say(b, nl, M_P_R_PHASE_BEFORE, sw_buf_str(&before), NULL, NULL);
	sw_buf_free(&before);
}

static void md_amount(sw_buf *b, const char *currency, long long cents, int nl)
{
	sw_money_amount(b, currency, cents, nl);
}

/* Sums per currency, one on each line of a cell. */
static void md_sums(sw_buf *b, const sw_dsums *s, int nl)
{
	for (size_t i = 0; i < s->n; i++) {
		if (i)
			sw_buf_puts(b, "<br>");
		char digits[SW_DSUM_DIGITS];
		size_t n = sw_dsum_digits(&s->v[i], digits);
		sw_money_amount_digits(b, s->v[i].currency, digits, n, nl);
	}
	if (!s->n)
		sw_buf_puts(b, "—");
}

/* The name of a party or stakeholder, with its registrations and whom it
 * represents. */
static void md_involved(sw_buf *b, sw_text name, sw_text title, const sw_dinvolved *in, int nl)
{
	sw_buf t = { 0 };
	sw_md_name(b, name, title);
	if (in->kvk.s) {
		sw_md_t(&t, in->kvk);
		sw_buf_puts(b, ", ");
		say(b, nl, M_P_R_KVK, sw_buf_str(&t), NULL, NULL);
	}
	for (size_t i = 0; i < in->n_registrations; i++) {
		const sw_dregistration *r = &in->registrations[i];
		sw_buf_reset(&t);
		sw_md_t(&t, r->number);
		sw_buf_puts(b, ", ");
		say(b, nl, r->scheme == KW_KBO ? M_P_R_REG_KBO : r->scheme == KW_HANDELSREGISTER ? M_P_R_REG_HANDELSREGISTER
		                                                                               : M_P_R_REG_OTHER,
		    sw_buf_str(&t), NULL, NULL);
	}
	if (in->represents.s) {
		sw_buf_reset(&t);
		sw_md_t(&t, in->represents);
		sw_buf_puts(b, "<br>");
		say(b, nl, M_P_R_REPRESENTS, sw_buf_str(&t), NULL, NULL);
	}
	sw_buf_free(&t);
}

/* Each contribution, with its amount when it has one. */
void sw_md_contributions(sw_buf *b, const sw_dinvolved *in, int nl)
{
	int first = 1;
	for (size_t k = 0; k < in->n_contributions; k++) {
		const sw_dcontribution *q = &in->contributions[k];
		md_cell_sep(b, &first);
		sw_md_t(b, q->text);
		if (q->amount.valid) {
			sw_buf_puts(b, " (");
			md_amount(b, q->amount.currency, q->amount.cents, nl);
			sw_buf_putc(b, ')');
		}
	}
	if (first)
		sw_buf_puts(b, "—");
}

/* "M. Jansen (director, mayor)" */
void sw_md_people(sw_buf *b, const sw_dinvolved *in, int nl)
{
	int first = 1;
	for (size_t k = 0; k < in->n_people; k++) {
		const sw_dperson *q = &in->people[k];
		md_cell_sep(b, &first);
		sw_md_t(b, q->name);
		if (q->role && q->title.s)
			sw_buf_printf(b, " (%s, ", kw_word(q->role, nl));
		else if (q->role)
			sw_buf_printf(b, " (%s)", kw_word(q->role, nl));
		else if (q->title.s)
			sw_buf_puts(b, " (");
		if (q->title.s) {
			sw_md_t(b, q->title);
			sw_buf_putc(b, ')');
		}
	}
	if (first)
		sw_buf_puts(b, "—");
}

/* The budget, and what each party and stakeholder contributes in money,
 * added up per currency, with the total. */
static void md_money(sw_buf *b, const sw_digest *x)
{
	int nl = x->nl, stakeholders = 0;
	sw_md_heading(b, 2, M_P_R_MONEY, nl);
	sw_buf_printf(b, "- **%s:** ", sw_msg_text(M_P_R_BUDGET, nl));
	if (x->budget.valid)
		md_amount(b, x->budget.currency, x->budget.cents, nl);
	else
		sw_buf_puts(b, sw_msg_text(M_P_R_NOT_STATED, nl));
	sw_buf_puts(b, "\n\n");
	if (!x->contributed.n)
		return;
	for (size_t i = 0; i < x->n_stakeholders; i++)
		stakeholders |= x->stakeholders[i].in.contributed.n > 0;
	sw_buf_printf(b, "| %s | %s |\n|---|---|\n",
	              sw_msg_text(stakeholders ? M_P_R_CONTRIBUTOR : M_P_R_PARTY, nl),
	              sw_msg_text(M_P_R_IN_MONEY, nl));
	for (size_t i = 0; i < x->n_parties; i++) {
		const sw_dparty *p = &x->parties[i];
		if (!p->in.contributed.n)
			continue;
		sw_buf_puts(b, "| ");
		sw_md_name(b, p->name, p->title);
		sw_buf_puts(b, " | ");
		md_sums(b, &p->in.contributed, nl);
		sw_buf_puts(b, " |\n");
	}
	for (size_t i = 0; i < x->n_stakeholders; i++) {
		const sw_dstakeholder *k = &x->stakeholders[i];
		if (!k->in.contributed.n)
			continue;
		sw_buf_puts(b, "| ");
		sw_md_name(b, k->name, k->title);
		sw_buf_puts(b, " | ");
		md_sums(b, &k->in.contributed, nl);
		sw_buf_puts(b, " |\n");
	}
	sw_buf_printf(b, "| **%s** | ", sw_msg_text(M_P_R_TOTAL, nl));
	md_sums(b, &x->contributed, nl);
	sw_buf_puts(b, " |\n\n");

	/* compared with the budget */
	const char *cur = x->budget.currency;
	char digits[SW_DSUM_DIGITS];
	sw_buf sum = { 0 }, gap = { 0 };
	for (size_t i = 0; i < x->contributed.n; i++) {
		if (strcmp(x->contributed.v[i].currency, cur) == 0) {
			size_t n = sw_dsum_digits(&x->contributed.v[i], digits);
			sw_money_amount_digits(&sum, cur, digits, n, nl);
		}
	}
	if (x->budget_cmp == SW_BUDGET_LESS || x->budget_cmp == SW_BUDGET_MORE) {
		size_t n = sw_dsum_digits(&x->budget_gap, digits);
		sw_money_amount_digits(&gap, cur, digits, n, nl);
	}
	switch (x->budget_cmp) {
	case SW_BUDGET_EQUAL: say(b, nl, M_P_R_B_EQUAL, cur, NULL, NULL); break;
	case SW_BUDGET_LESS: say(b, nl, M_P_R_B_LESS, cur, sw_buf_str(&sum), sw_buf_str(&gap)); break;
	case SW_BUDGET_MORE: say(b, nl, M_P_R_B_MORE, cur, sw_buf_str(&sum), sw_buf_str(&gap)); break;
	case SW_BUDGET_OTHER_CURRENCY: say(b, nl, M_P_R_B_OTHER_CURRENCY, cur, NULL, NULL); break;
	default: break;
	}
	if (x->budget_cmp == SW_BUDGET_LESS && x->membership > x->current) {
		char listed[16], all[16];
		snprintf(listed, sizeof listed, "%u", x->current);
		snprintf(all, sizeof all, "%u", x->membership);
		sw_buf_putc(b, ' ');
		say(b, nl, M_P_R_B_SELECTION, listed, all, NULL);
	}
	if (x->budget_cmp != SW_BUDGET_NONE)
		sw_buf_puts(b, "\n\n");
	sw_buf_free(&sum);
	sw_buf_free(&gap);
}

static const sw_msg st_word[3] = { M_P_R_MET, M_P_R_NOT_EVIDENCED, M_P_R_VIOLATED };

void sw_md_collab(sw_buf *b, const sw_digest *x)
{
	sw_buf t = { 0 };
	int nl = x->nl;
	sw_buf_puts(b, "# ");
	sw_md_t(b, x->title.s && x->title.n ? x->title : x->name);
	sw_buf_puts(b, "\n\n");
	{
		sw_buf id = { 0 }, path = { 0 };
		char line[16];
		sw_md_code(&id, x->name);
		sw_md_t(&path, x->file);
		snprintf(line, sizeof line, "%u", x->line);
		say(b, nl, M_P_R_WHERE, sw_buf_str(&id), sw_buf_str(&path), line);
		sw_buf_puts(b, "\n\n");
		sw_buf_free(&id);
		sw_buf_free(&path);
	}

	/* the facts */
	sw_buf_printf(b, "- **%s:** %s\n", sw_msg_text(M_P_R_FORM, nl),
	              x->form ? kw_word(x->form, nl) : sw_msg_text(M_P_R_NOT_STATED, nl));
	sw_buf_printf(b, "- **%s:** ", sw_msg_text(M_P_R_PHASE, nl));
	md_history(b, x);
	sw_buf_printf(b, "\n- **%s:** ", sw_msg_text(M_P_R_TERM, nl));
	if (x->has_term && x->term_open)
		say(b, nl, M_P_R_TERM_OPEN, x->term_start.s, NULL, NULL);
	else if (x->has_term)
		say(b, nl, M_P_R_TERM_RANGE, x->term_start.s, x->term_end.s, NULL);
	else
		sw_buf_puts(b, sw_msg_text(M_P_R_NOT_STATED, nl));
	for (size_t i = 0; i < x->extensions.n; i++) {
		sw_buf_puts(b, "; ");
		say(b, nl, M_P_R_EXTENDED, x->extensions.v[i].s, NULL, NULL);
	}
	if (x->renewal)
		sw_buf_printf(b, "\n- **%s:** %s", sw_msg_text(M_P_R_RENEWAL, nl), kw_word(x->renewal, nl));
	sw_buf_printf(b, "\n- **%s:** ", sw_msg_text(M_P_R_REVIEWS, nl));
	for (size_t i = 0; i < x->reviews.n; i++)
		sw_buf_printf(b, "%s%s", i ? ", " : "", x->reviews.v[i].s);
	if (!x->reviews.n)
		sw_buf_puts(b, sw_msg_text(M_P_R_NOT_STATED, nl));
	sw_buf_putc(b, '\n');
	md_fact(b, nl, M_P_R_EXIT, x->exit);
	md_fact(b, nl, M_P_R_STRATEGY, x->strategy);
	md_fact(b, nl, M_P_R_PROCESS, x->process);
	md_fact(b, nl, M_P_R_STYLE, x->style);
	if (x->basis) {
		sw_buf_printf(b, "- **%s:** %s", sw_msg_text(M_P_R_BASIS, nl),
		              sw_msg_text(x->basis == KW_LAW ? M_P_R_BASIS_LAW : M_P_R_BASIS_VOLUNTARY, nl));
		md_paren(b, x->basis_text);
		sw_buf_putc(b, '\n');
	}
	if (x->membership) {
		char num[16];
		snprintf(num, sizeof num, "%u", x->membership);
		sw_buf_printf(b, "- **%s:** ", sw_msg_text(M_P_R_MEMBERSHIP, nl));
		if (x->current < x->membership) {
			char listed[16];
			snprintf(listed, sizeof listed, "%u", x->current);
			say(b, nl, M_P_R_MEMBERS_LISTED, listed, num, NULL);
		} else {
			say(b, nl, x->membership == 1 ? M_P_R_MEMBERS_1 : M_P_R_MEMBERS_N, num, NULL, NULL);
		}
		md_paren(b, x->membership_text);
		sw_buf_putc(b, '\n');
	}
	sw_buf_putc(b, '\n');

	/* parties */
	sw_md_heading(b, 2, M_P_R_PARTIES, nl);
	if (!x->n_parties) {
		sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_R_NO_PARTIES, nl));
	} else {
		sw_buf_printf(b, "| %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|\n",
		              sw_msg_text(M_P_R_PARTY, nl), sw_msg_text(M_P_R_KIND, nl),
		              sw_msg_text(M_P_R_INTERESTS, nl), sw_msg_text(M_P_R_CONTRIBUTIONS, nl),
		              sw_msg_text(M_P_R_GIVES_UP, nl), sw_msg_text(M_P_R_PEOPLE, nl));
	}
	for (size_t i = 0; i < x->n_parties; i++) {
		const sw_dparty *p = &x->parties[i];
		sw_buf_puts(b, "| ");
		md_involved(b, p->name, p->title, &p->in, nl);
		if (p->joined.s) {
			sw_buf_puts(b, "<br>");
			say(b, nl, M_P_R_JOINED, p->joined.s, NULL, NULL);
		}
		if (p->left.s) {
			sw_buf_puts(b, "<br>**");
			say(b, nl, M_P_R_LEFT, p->left.s, NULL, NULL);
			sw_buf_puts(b, "**");
		}
		sw_buf_printf(b, " | %s", kw_word(p->kind, nl));
		if (p->part_of.s) {
			sw_buf_reset(&t);
			if (p->part_of_party)
				sw_md_code(&t, p->part_of);
			else
				sw_md_t(&t, p->part_of);
			sw_buf_puts(b, ", ");
			say(b, nl, M_P_R_PART_OF, sw_buf_str(&t), NULL, NULL);
		}
		sw_buf_puts(b, " | ");
		md_texts(b, &p->in.interests);
		sw_buf_puts(b, " | ");
		sw_md_contributions(b, &p->in, nl);
		sw_buf_puts(b, " | ");
		md_texts(b, &p->gives_up);
		sw_buf_puts(b, " | ");
		sw_md_people(b, &p->in, nl);
		sw_buf_puts(b, " |\n");
	}
	if (x->n_parties)
		sw_buf_putc(b, '\n');

	/* stakeholders: involved, but no party */
	if (x->n_stakeholders) {
		sw_md_heading(b, 2, M_P_R_STAKEHOLDERS, nl);
		sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_R_STAKEHOLDERS_NOTE, nl));
		sw_buf_printf(b, "| %s | %s | %s | %s | %s |\n|---|---|---|---|---|\n",
		              sw_msg_text(M_P_R_STAKEHOLDER, nl), sw_msg_text(M_P_R_ROLE, nl),
		              sw_msg_text(M_P_R_INTERESTS, nl), sw_msg_text(M_P_R_CONTRIBUTIONS, nl),
		              sw_msg_text(M_P_R_PEOPLE, nl));
	}
	for (size_t i = 0; i < x->n_stakeholders; i++) {
		const sw_dstakeholder *k = &x->stakeholders[i];
		sw_buf_puts(b, "| ");
		md_involved(b, k->name, k->title, &k->in, nl);
		sw_buf_printf(b, " | %s | ", k->role ? kw_word(k->role, nl) : "—");
		md_texts(b, &k->in.interests);
		sw_buf_puts(b, " | ");
		sw_md_contributions(b, &k->in, nl);
		sw_buf_puts(b, " | ");
		sw_md_people(b, &k->in, nl);
		sw_buf_puts(b, " |\n");
	}
	if (x->n_stakeholders)
		sw_buf_putc(b, '\n');

	/* money: the budget and what each one contributes in money */
	if (x->money)
		md_money(b, x);

	/* agreements */
	sw_md_heading(b, 2, M_P_R_AGREEMENTS, nl);
	if (!x->n_agreements) {
		sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_R_NO_AGREEMENTS, nl));
	} else {
		sw_buf_printf(b, "| %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|\n",
		              sw_msg_text(M_P_R_AGREEMENT, nl), sw_msg_text(M_P_R_KIND, nl),
		              sw_msg_text(M_P_R_PARTIES, nl), sw_msg_text(M_P_R_SHARES, nl),
		              sw_msg_text(M_P_R_DOCUMENTS, nl), sw_msg_text(M_P_R_SIGNED, nl));
	}
	for (size_t i = 0; i < x->n_agreements; i++) {
		const sw_dagreement *g = &x->agreements[i];
		sw_buf_puts(b, "| ");
		sw_md_name(b, g->name, g->title);
		if (g->about.s) {
			sw_buf_reset(&t);
			sw_md_t(&t, g->about);
			sw_buf_puts(b, "<br>");
			say(b, nl, M_P_R_ABOUT, sw_buf_str(&t), NULL, NULL);
		}
		if (g->amends.s) {
			sw_buf_reset(&t);
			sw_md_code(&t, g->amends);
			sw_buf_puts(b, "<br>");
			say(b, nl, M_P_R_AMENDS, sw_buf_str(&t), NULL, NULL);
		}
		if (g->acquired.s) {
			sw_buf_reset(&t);
			if (g->acquired_party)
				sw_md_code(&t, g->acquired);
			else
				sw_md_t(&t, g->acquired);
			sw_buf_puts(b, "<br>");
			say(b, nl, M_P_R_ACQUIRED, sw_buf_str(&t), NULL, NULL);
		}
		sw_buf_puts(b, " | ");
		for (size_t k = 0; k < g->n_kinds; k++)
			sw_buf_printf(b, "%s%s", k ? ", " : "", kw_word(g->kinds[k], nl));
		if (!g->n_kinds)
			sw_buf_puts(b, "—");
		if (g->entity.s) {
			sw_buf_puts(b, ": ");
			sw_md_t(b, g->entity);
		}
		sw_buf_puts(b, " | ");
		if (!g->all_parties)
			md_refs(b, &g->parties);
		else
			sw_buf_puts(b, sw_msg_text(M_P_R_ALL_PARTIES, nl));
		sw_buf_puts(b, " | ");
		int first = 1;
		for (int k = 0; k < SW_SHARED; k++) {
			if (g->shares & (1u << k)) {
				sw_buf_printf(b, "%s%s", first ? "" : ", ", sw_msg_text(sw_shared_phrase(k), nl));
				first = 0;
			}
		}
		sw_buf_puts(b, first ? "— | " : " | ");
		first = 1;
		for (size_t k = 0; k < g->documents.n; k++) {
			md_cell_sep(b, &first);
			sw_md_t(b, g->documents.v[k]);
		}
		sw_buf_printf(b, "%s | ", first ? "—" : "");
		if (g->signed_on.s)
			sw_buf_puts(b, g->signed_on.s);
		if (g->effective.s) {
			sw_buf_puts(b, g->signed_on.s ? "<br>" : "");
			say(b, nl, M_P_R_EFFECTIVE, g->effective.s, NULL, NULL);
		}
		sw_buf_puts(b, g->signed_on.s || g->effective.s ? " |\n" : "— |\n");
	}
	if (x->n_agreements)
		sw_buf_putc(b, '\n');

	/* governance */
	sw_md_heading(b, 2, M_P_R_GOVERNANCE, nl);
	if (!x->has_governance)
		sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_R_NO_GOVERNANCE, nl));
	if (x->n_bodies)
		sw_buf_printf(b, "| %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|\n",
		              sw_msg_text(M_P_R_BODY, nl), sw_msg_text(M_P_R_MEMBERS, nl),
		              sw_msg_text(M_P_R_DECIDES, nl), sw_msg_text(M_P_R_CHAIR, nl),
		              sw_msg_text(M_P_R_SECRETARY, nl), sw_msg_text(M_P_R_VETO, nl));
	for (size_t i = 0; i < x->n_bodies; i++) {
		const sw_dbody *y = &x->bodies[i];
		sw_buf_puts(b, "| ");
		sw_md_name(b, y->name, y->title);
		sw_buf_puts(b, " | ");
		md_refs_or_none(b, &y->members);
		sw_buf_puts(b, " | ");
		if (y->majority.s) {
			sw_buf_reset(&t);
			sw_md_t(&t, y->majority);
			say(b, nl, M_P_R_QUALIFIED, sw_buf_str(&t), NULL, NULL);
		} else if (y->decides) {
			sw_buf_puts(b, kw_word(y->decides, nl));
		} else if (y->decider.s) {
			sw_buf_reset(&t);
			sw_md_code(&t, y->decider);
			say(b, nl, M_P_R_DECIDER, sw_buf_str(&t), NULL, NULL);
		} else {
			sw_buf_puts(b, "—");
		}
		sw_buf_puts(b, " | ");
		md_refs_or_none(b, &y->chair);
		sw_buf_puts(b, " | ");
		md_refs_or_none(b, &y->secretary);
		sw_buf_puts(b, " | ");
		md_refs_or_none(b, &y->veto);
		sw_buf_puts(b, " |\n");
	}
	if (x->n_bodies)
		sw_buf_putc(b, '\n');
	for (size_t i = 0; i < x->n_mandates; i++) {
		const sw_dmandate *m = &x->mandates[i];
		sw_buf reason = { 0 };
		sw_buf_reset(&t);
		sw_md_code(&t, m->party);
		sw_md_t(&reason, m->domain);
		sw_buf_printf(b, "- **%s:** ", sw_msg_text(M_P_R_MANDATE, nl));
		say(b, nl, M_P_R_MANDATE_FOR, sw_buf_str(&t), sw_buf_str(&reason), NULL);
		sw_buf_putc(b, '\n');
		sw_buf_free(&reason);
	}
	if (x->n_mandates)
		sw_buf_putc(b, '\n');
	if (x->escalation.s) {
		sw_buf_printf(b, "- **%s:** ", sw_msg_text(M_P_R_ESCALATION, nl));
		sw_md_t(b, x->escalation);
		sw_buf_puts(b, "\n\n");
	}

	/* goals and results */
	const sw_texts *lists[2] = { &x->goals, &x->results };
	static const sw_msg heads[2] = { M_P_R_GOALS, M_P_R_RESULTS };
	for (int k = 0; k < 2; k++) {
		sw_md_heading(b, 2, heads[k], nl);
		for (size_t i = 0; i < lists[k]->n; i++) {
			sw_buf_puts(b, "- ");
			sw_md_t(b, lists[k]->v[i]);
			sw_buf_putc(b, '\n');
		}
		sw_buf_printf(b, lists[k]->n ? "\n" : "%s\n\n", sw_msg_text(M_P_R_NONE_STATED, nl));
	}

	/* the verdict */
	const sw_verdict *v = &x->verdict;
	sw_md_heading(b, 2, M_P_R_VERDICT, nl);
	sw_buf_printf(b, "| %s | %s | %s |\n|---|---|---|\n", sw_msg_text(M_P_R_CRITERION, nl),
	              sw_msg_text(M_P_R_VERDICT, nl), sw_msg_text(M_P_R_DECIDED_BY, nl));
	for (int k = 0; k < CRIT__COUNT; k++) {
		if (k == CRIT_C0 && v->crit[k] == CS_MET)
			continue;
		sw_buf_printf(b, "| %s %s | %s | ", sw_crit_info((sw_crit)k)->id, sw_crit_name((sw_crit)k, nl),
		              sw_msg_text(st_word[v->crit[k]], nl));
		int first = 1;
		for (size_t i = 0; i < x->n_diags; i++) {
			const sw_ddiag *g = &x->diags[i];
			if (g->sev == SEV_NOTE || sw_check_info(g->check)->crit != (sw_crit)k)
				continue;
			md_cell_sep(b, &first);
			sw_md_diag(b, g, nl);
		}
		/* a status the verdict model decided, with no diagnostic of the
		 * criterion behind it: say what decided it */
		if (first && v->status != V_NOT_ASSESSED && v->crit[k] != CS_MET) {
			if (k == CRIT_C1 && (v->fails & VF_ORGS)) {
				say(b, nl, M_P_R_BY_CORE, sw_msg_text(M_P_V_FEW_ORGS, nl), NULL, NULL);
				first = 0;
			} else if (k == CRIT_C4 && v->crit[k] == CS_NOT_MET) {
				sw_buf_puts(b, sw_msg_text(M_P_R_BY_MERGER, nl));
				first = 0;
			} else if (k == CRIT_C5 && (v->fails & VF_AGREEMENT)) {
				say(b, nl, M_P_R_BY_CORE, sw_msg_text(M_P_V_NO_DURABLE, nl), NULL, NULL);
				first = 0;
			}
		}
		sw_buf_puts(b, first ? "|\n" : " |\n");
	}
	sw_buf_reset(&t);
	sw_sentence(&t, v, nl);
	sw_buf_puts(b, "\n**");
	sw_md_text(b, t.data, t.len);
	sw_buf_puts(b, "**\n");
	/* what did not count and why, in full (the sentence may name only
	 * what decided it) */
	const sw_vitem *items[2] = { v->uncounted, v->nondurable };
	const size_t n_items[2] = { v->n_uncounted, v->n_nondurable };
	static const sw_msg item_heads[2] = { M_P_R_NOT_COUNTED, M_P_R_NOT_DURABLE };
	for (int k = 0; k < 2; k++) {
		if (!n_items[k])
			continue;
		sw_buf_putc(b, '\n');
		sw_md_heading(b, 3, item_heads[k], nl);
		for (size_t i = 0; i < n_items[k]; i++) {
			sw_buf_reset(&t);
			sw_sentence_item(&t, &items[k][i], nl, k);
			sw_buf_puts(b, "- ");
			sw_md_text(b, t.data, t.len);
			sw_buf_putc(b, '\n');
		}
	}
	int any = 0;
	for (size_t i = 0; i < x->n_diags; i++) {
		if (x->diags[i].sev != SEV_NOTE)
			continue;
		if (!any++) {
			sw_buf_putc(b, '\n');
			sw_md_heading(b, 3, M_P_R_ADVICE, nl);
		}
		sw_buf_puts(b, "- ");
		sw_md_diag(b, &x->diags[i], nl);
		sw_buf_putc(b, '\n');
	}
	if (x->not_shown) {
		char num[32];
		snprintf(num, sizeof num, "%zu", x->not_shown);
		sw_buf_putc(b, '\n');
		say(b, nl, M_P_R_NOT_SHOWN, num, NULL, NULL);
		sw_buf_putc(b, '\n');
	}
	sw_buf_free(&t);
}
