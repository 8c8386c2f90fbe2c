/* The portfolio in Markdown: the collaborations, counts by form and phase,
 * the dates that ask for action, and each organisation with what it does
 * where. Every sentence comes from the phrase table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/money.h"
#include "../parser/shape.h"
#include "portfolio.h"
#include "report_out.h"
#include "sentence.h"

static void say(sw_buf *b, int nl, sw_msg m, const char *a1, const char *a2, const char *a3)
{
	sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE }, { a3, M_NONE } };
	sw_msg_expand(b, m, a, nl);
}

static const char *kw_word(sw_kw k, int nl)
{
	return sw_kw_spell(k, nl ? SW_LANG_NL : SW_LANG_EN);
}

/* "1 file", "3 files": a number and its noun */
static void counted(sw_buf *b, size_t n, sw_msg one, sw_msg many, int nl)
{
	char num[32];
	snprintf(num, sizeof num, "%zu", n);
	say(b, nl, n == 1 ? one : many, num, NULL, NULL);
}

/* "6 months", "1 maand" */
static void months(sw_buf *b, unsigned n, int nl)
{
	counted(b, n, M_P_MONTHS_1, M_P_MONTHS_N, nl);
}

static void row_start(sw_buf *b, int nl, const sw_msg *cols, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sw_buf_printf(b, "| %s ", sw_msg_text(cols[i], nl));
	sw_buf_puts(b, "|\n");
	for (size_t i = 0; i < n; i++)
		sw_buf_puts(b, "|---");
	sw_buf_puts(b, "|\n");
}

/* "Title (`name`) | file, line N" */
static void collab_cells(sw_buf *b, const sw_pcollab *k, int nl)
{
	sw_buf_puts(b, "| ");
	sw_md_name(b, k->x.name, k->x.title);
	sw_buf_puts(b, " | ");
	sw_buf path = { 0 };
	char line[16];
	sw_md_t(&path, k->x.file);
	snprintf(line, sizeof line, "%u", k->x.line);
	say(b, nl, M_P_PF_AT, sw_buf_str(&path), line, NULL);
	sw_buf_free(&path);
	sw_buf_puts(b, " |");
}

static void kw_cell(sw_buf *b, sw_kw k, int nl)
{
	sw_buf_printf(b, " %s |", k ? kw_word(k, nl) : sw_msg_text(M_P_R_NOT_STATED, nl));
}

static void term_cell(sw_buf *b, const sw_pcollab *k, int nl)
{
	const sw_digest *x = &k->x;
	sw_buf_putc(b, ' ');
	if (x->has_term && x->term_open) {
		say(b, nl, M_P_R_TERM_OPEN, x->term_start.s, NULL, NULL);
	} else if (x->has_term) {
		char end[11];
		int dated = k->dated.has_end;
		if (dated)
			sw_date_write(end, k->dated.end);
		say(b, nl, M_P_R_TERM_RANGE, x->term_start.s, dated ? end : x->term_end.s, NULL);
	} else {
		sw_buf_puts(b, sw_msg_text(M_P_R_NOT_STATED, nl));
	}
	if (x->renewal == KW_YEARLY) {
		sw_buf_puts(b, "; ");
		sw_buf_puts(b, sw_msg_text(M_P_PF_RENEWS, nl));
	}
	sw_buf_puts(b, " |");
}

/* ---- lists in order of a date ------------------------------------------ */

typedef struct dated_ix {
	long days;
	size_t i;
} dated_ix;

static int by_day(const void *a, const void *b)
{
	const dated_ix *x = a, *y = b;
	if (x->days != y->days)
		return x->days < y->days ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

enum { L_ENDED, L_ENDING, L_REVIEWS, L_OPEN };

/* The collaborations of one list, in order of their dates (the open-ended
 * ones in file order); returns how many, into v (room for every
 * collaboration). */
static size_t list_of(const sw_portfolio *p, int which, dated_ix *v)
{
	size_t n = 0;
	for (size_t i = 0; i < p->n_collabs; i++) {
		const sw_dated *d = &p->collabs[i]->dated;
		int in = which == L_ENDED ? d->term == TS_ENDED
		       : which == L_ENDING ? d->term == TS_ENDS_SOON
		       : which == L_REVIEWS ? d->review == RS_DUE || d->review == RS_OVERDUE
		       : d->term == TS_OPEN && !d->exit;
		if (!in)
			continue;
		v[n].days = which == L_REVIEWS ? d->review_on.days : which == L_OPEN ? 0 : d->end.days;
		v[n++].i = i;
	}
	qsort(v, n, sizeof *v, by_day);
	return n;
}

static void none(sw_buf *b, int nl)
{
	sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_PF_NONE, nl));
}

/* The lists of what needs attention: each a heading and a table of the
 * collaboration, its file, and (but the last) a date and what it means. */
static void dates_sections(sw_buf *b, const sw_portfolio *p)
{
	static const struct {
		sw_msg heading, date, what;
	} lists[] = {
		[L_ENDED] = { M_P_PF_ENDED, M_P_PF_ENDED_ON, M_NONE },
		[L_ENDING] = { M_P_PF_ENDING, M_P_PF_ENDS, M_P_R_EXIT },
		[L_REVIEWS] = { M_P_PF_REVIEWS, M_P_PF_REVIEW, M_P_PF_STATUS },
		[L_OPEN] = { M_P_PF_OPEN_NO_EXIT, M_NONE, M_NONE },
	};
	int nl = p->nl;
	dated_ix *v = malloc((p->n_collabs + 1) * sizeof *v);
	if (!v)
		abort();
	sw_buf horizon = { 0 };
	months(&horizon, p->when.horizon, nl);
	for (int l = L_ENDED; l <= L_OPEN; l++) {
		sw_buf_puts(b, "## ");
		say(b, nl, lists[l].heading, sw_buf_str(&horizon), NULL, NULL);
		sw_buf_puts(b, "\n\n");
		size_t n = list_of(p, l, v);
		if (!n) {
			none(b, nl);
			continue;
		}
		const sw_msg cols[] = { M_P_PF_COLLAB, M_P_PF_FILE, lists[l].date, lists[l].what };
		row_start(b, nl, cols, lists[l].what ? 4 : lists[l].date ? 3 : 2);
		for (size_t j = 0; j < n; j++) {
			const sw_pcollab *k = p->collabs[v[j].i];
			char day[11];
			collab_cells(b, k, nl);
			if (lists[l].date) {
				sw_date_write(day, l == L_REVIEWS ? k->dated.review_on : k->dated.end);
				sw_buf_printf(b, " %s |", day);
			}
			if (l == L_ENDING) {
				sw_buf_putc(b, ' ');
				if (k->x.exit.s)
					sw_md_t(b, k->x.exit);
				else
					sw_buf_puts(b, sw_msg_text(k->dated.exit ? M_P_PF_YES : M_P_PF_NO, nl));
				sw_buf_puts(b, " |");
			} else if (l == L_REVIEWS) {
				sw_buf_putc(b, ' ');
				if (k->dated.review == RS_OVERDUE)
					sw_buf_puts(b, sw_msg_text(M_P_PF_REVIEW_OVERDUE, nl));
				else
					say(b, nl, M_P_PF_REVIEW_DUE, sw_buf_str(&horizon), NULL, NULL);
				sw_buf_puts(b, " |");
			}
			sw_buf_putc(b, '\n');
		}
		sw_buf_putc(b, '\n');
	}
	sw_buf_free(&horizon);
	free(v);
}

/* ---- counts ------------------------------------------------------------ */

static void counts(sw_buf *b, const sw_portfolio *p, int phase)
{
	int nl = p->nl;
	const size_t *n = phase ? p->by_phase : p->by_form;
	sw_md_heading(b, 2, phase ? M_P_PF_BY_PHASE : M_P_PF_BY_FORM, nl);
	const sw_msg cols[] = { phase ? M_P_R_PHASE : M_P_R_FORM, M_P_PF_NUMBER };
	row_start(b, nl, cols, 2);
	/* in the order of the keyword table, not stated last */
	for (int k = 1; k <= KW__COUNT; k++) {
		int kw = k == KW__COUNT ? KW_NONE : k;
		if (n[kw])
			sw_buf_printf(b, "| %s | %zu |\n", kw ? kw_word((sw_kw)kw, nl) : sw_msg_text(M_P_R_NOT_STATED, nl),
			              n[kw]);
	}
	sw_buf_putc(b, '\n');
}

/* ---- organisations ------------------------------------------------------ */

static void organisation(sw_buf *b, const sw_portfolio *p, const sw_porg *o)
{
	int nl = p->nl;
	sw_buf_puts(b, "### ");
	sw_md_t(b, o->name);
	sw_buf_puts(b, "\n\n");
	for (size_t i = 0; i < o->kvk.n; i++) {
		sw_buf t = { 0 };
		sw_md_t(&t, o->kvk.v[i]);
		say(b, nl, M_P_R_KVK, sw_buf_str(&t), NULL, NULL);
		sw_buf_puts(b, ". ");
		sw_buf_free(&t);
	}
	/* each collaboration once, however many of its parties are this one */
	size_t in = 0;
	for (size_t j = 0; j < o->n_members; j++)
		in += !j || o->members[j].collab != o->members[j - 1].collab;
	counted(b, in, M_P_PF_ORG_IN_1, M_P_PF_ORG_IN, nl);
	if (o->contributed.n) {
		/* the sums per currency on one line */
		sw_buf t = { 0 };
		for (size_t i = 0; i < o->contributed.n; i++) {
			char digits[SW_DSUM_DIGITS];
			size_t n = sw_dsum_digits(&o->contributed.v[i], digits);
			if (i)
				sw_buf_puts(&t, ", ");
			sw_money_amount_digits(&t, o->contributed.v[i].currency, digits, n, nl);
		}
		sw_buf_putc(b, ' ');
		say(b, nl, M_P_PF_ORG_MONEY, sw_buf_str(&t), NULL, NULL);
		sw_buf_free(&t);
	}
	sw_buf_puts(b, "\n\n");
	static const sw_msg cols[] = { M_P_PF_COLLAB, M_P_PF_AS_PARTY, M_P_R_FORM, M_P_R_PHASE,
	                               M_P_R_CONTRIBUTIONS, M_P_R_PEOPLE, M_P_PF_BOUND_BY };
	row_start(b, nl, cols, 7);
	for (size_t j = 0; j < o->n_members; j++) {
		const sw_digest *x = &p->collabs[o->members[j].collab]->x;
		const sw_dparty *d = &x->parties[o->members[j].party];
		sw_buf_puts(b, "| ");
		sw_md_name(b, x->name, x->title);
		sw_buf_puts(b, " | ");
		sw_md_code(b, d->name);
		if (d->left.s) {
			sw_buf_puts(b, " (");
			say(b, nl, M_P_R_LEFT, d->left.s, NULL, NULL);
			sw_buf_putc(b, ')');
		}
		sw_buf_puts(b, " |");
		kw_cell(b, x->form, nl);
		kw_cell(b, x->phase, nl);
		sw_buf_putc(b, ' ');
		sw_md_contributions(b, &d->in, nl);
		sw_buf_puts(b, " | ");
		sw_md_people(b, &d->in, nl);
		sw_buf_puts(b, " | ");
		size_t n = 0;
		for (size_t a = 0; sw_next_binding(x, d->name, &a); a++, n++) {
			if (n)
				sw_buf_puts(b, "<br>");
			sw_md_name(b, x->agreements[a].name, x->agreements[a].title);
		}
		if (!n)
			sw_buf_puts(b, "—");
		sw_buf_puts(b, " |\n");
	}
	sw_buf_putc(b, '\n');
}

void sw_portfolio_md(sw_buf *b, const sw_portfolio *p)
{
	int nl = p->nl;
	sw_buf t = { 0 };
	char day[11];
	sw_buf_printf(b, "# %s\n\n", sw_msg_text(M_P_PF_TITLE, nl));
	sw_date_write(day, p->when.today);
	months(&t, p->when.horizon, nl);
	say(b, nl, M_P_PF_AS_ON, day, sw_buf_str(&t), NULL);
	sw_buf_puts(b, "\n\n");
	sw_buf a = { 0 }, f = { 0 }, o = { 0 };
	counted(&a, p->n_collabs, M_P_PF_1_COLLAB, M_P_PF_N_COLLABS, nl);
	counted(&f, p->n_files, M_P_PF_1_FILE, M_P_PF_N_FILES, nl);
	counted(&o, p->n_orgs, M_P_PF_1_ORG, M_P_PF_N_ORGS, nl);
	say(b, nl, M_P_PF_COUNTS, sw_buf_str(&a), sw_buf_str(&f), sw_buf_str(&o));
	sw_buf_free(&a);
	sw_buf_free(&f);
	sw_buf_free(&o);
	sw_buf_puts(b, "\n\n");

	sw_md_heading(b, 2, M_P_PF_COLLABS, nl);
	if (p->n_collabs) {
		static const sw_msg cols[] = { M_P_PF_COLLAB, M_P_PF_FILE, M_P_R_FORM, M_P_R_PHASE, M_P_R_TERM,
		                               M_P_R_VERDICT };
		row_start(b, nl, cols, 6);
	} else {
		none(b, nl);
	}
	for (size_t i = 0; i < p->n_collabs; i++) {
		const sw_pcollab *k = p->collabs[i];
		collab_cells(b, k, nl);
		kw_cell(b, k->x.form, nl);
		kw_cell(b, k->x.phase, nl);
		term_cell(b, k, nl);
		sw_buf_reset(&t);
		sw_sentence(&t, &k->x.verdict, nl);
		sw_buf_putc(b, ' ');
		sw_md_text(b, t.data ? t.data : "", t.len);
		sw_buf_puts(b, " |\n");
	}
	if (p->n_collabs) {
		sw_buf_putc(b, '\n');
		counts(b, p, 0);
		counts(b, p, 1);
	}
	dates_sections(b, p);

	sw_md_heading(b, 2, M_P_PF_ORGS, nl);
	if (!p->n_orgs)
		none(b, nl);
	for (size_t i = 0; i < p->n_orgs; i++)
		organisation(b, p, &p->orgs[i]);

	int unread = 0;
	for (size_t i = 0; i < p->n_files; i++) {
		const sw_pfile *x = &p->files[i];
		if (x->read)
			continue;
		if (!unread++)
			sw_md_heading(b, 2, M_P_PF_UNREAD, nl);
		sw_buf_puts(b, "- ");
		sw_md_textz(b, x->path);
		if (x->message) {
			sw_buf_puts(b, ": ");
			sw_md_textz(b, x->message);
		}
		sw_buf_putc(b, '\n');
	}
	if (unread)
		sw_buf_putc(b, '\n');
	/* no blank line at the end */
	while (b->len >= 2 && b->data[b->len - 1] == '\n' && b->data[b->len - 2] == '\n')
		b->len--;
	sw_buf_free(&t);
}
