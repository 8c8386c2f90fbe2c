#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "../base/utf8.h"
#include "../base/version.h"
#include "../diagnostics/json.h"
#include "../diagnostics/render.h"
#include "../parser/model.h"
#include "../parser/shape.h"

enum { ST_MET, ST_WEAK, ST_BAD };
static const char *const st_id[3] = { "met", "not_evidenced", "violated" };
static const sw_msg st_word[3] = { M_P_R_MET, M_P_R_NOT_EVIDENCED, M_P_R_VIOLATED };
static const char *const sev_id[3] = { "note", "warning", "error" };
static const sw_msg sev_word[3] = { M_P_NOTE, M_P_WARNING, M_P_ERROR };

/* The short reason a contradiction gives in the verdict sentence. */
static const struct { sw_check check; sw_msg msg; } reasons[] = {
	{ SW101, M_P_R_X_SW101 }, { SW102, M_P_R_X_SW102 }, { SW103, M_P_R_X_SW103 },
	{ SW201, M_P_R_X_SW201 }, { SW401, M_P_R_X_SW401 }, { SW501, M_P_R_X_SW501 },
	{ SW502, M_P_R_X_SW502 }, { SW504, M_P_R_X_SW504 }, { SW604, M_P_R_X_SW604 },
	{ SW701, M_P_R_X_SW701 }, { SW702, M_P_R_X_SW702 }, { SW705, M_P_R_X_SW705 },
};

static void say(sw_buf *b, int nl, sw_msg m, const char *a1, const char *a2, const char *a3)
{
	sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE }, { a3, M_NONE } };
	sw_msg_expand(b, m, a, nl);
}

static uint32_t stmt_end(const sw_stmt *s)
{
	return s->has_block && s->close.end.off > s->span.end.off ? s->close.end.off : s->span.end.off;
}

/* The nth argument of kind k of a statement, or NULL. */
static const sw_arg *arg_of(const sw_stmt *s, sw_argkind k, int nth)
{
	for (const sw_arg *a = s ? s->args : NULL; a; a = a->next)
		if (a->kind == k && nth-- == 0)
			return a;
	return NULL;
}

static const char *kw_word(sw_kw k, int nl)
{
	return sw_kw_spell(k, nl ? SW_LANG_NL : SW_LANG_EN);
}

/* ---- the survey ------------------------------------------------------ */

static void survey_top(void *ud, sw_parser *P, sw_stmt *top, sw_comment *tail)
{
	(void)tail;
	if (top && sw_shape_top(P, top, sw_parser_lang(P))) {
		uint32_t at[2] = { top->span.start.off, stmt_end(top) };
		sw_buf_put(ud, (const char *)at, sizeof at);
	}
}

void sw_survey_file(const sw_source *src, const sw_check_opts *o, sw_survey *s)
{
	sw_diags d;
	sw_diags_init(&d, 0);
	d.override = o->override;
	sw_buf spans = { 0 };
	sw_parser P;
	sw_parser_init(&P, src, &d, survey_top, &spans);
	sw_parser_run(&P);
	s->lang = sw_parser_lang(&P);
	sw_parser_free(&P);
	memset(s->outside, 0, sizeof s->outside);
	size_t n = spans.len / (2 * sizeof(uint32_t));
	for (size_t i = 0; i < d.len; i++) {
		const sw_diag *g = &d.v[i];
		if (g->sev != SEV_ERROR || sw_check_info(g->check)->crit != CRIT_C0)
			continue;
		int in = 0;
		for (size_t k = 0; k < n && !in; k++) {
			uint32_t at[2];
			memcpy(at, spans.data + k * sizeof at, sizeof at);
			in = g->span.start.off >= at[0] && g->span.start.off <= at[1];
		}
		if (!in)
			s->outside[g->check] = 1;
	}
	sw_buf_free(&spans);
	sw_diags_free(&d);
}

/* ---- markdown text --------------------------------------------------- */

/* Valid UTF-8 of s at i into b (or U+FFFD); returns the bytes read. */
static size_t put_char(sw_buf *b, const unsigned char *u, size_t i, size_t n)
{
	size_t k = sw_utf8_seq(u + i, n - i);
	if (k)
		sw_buf_put(b, (const char *)u + i, k);
	else
		sw_buf_puts(b, "\xEF\xBF\xBD");
	return k ? k : 1;
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
 * reads as the same text in any cell, list item or paragraph. */
static void md_text(sw_buf *b, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k = 0;
	while (k < n && u[k] >= '0' && u[k] <= '9')
		k++;
	if (n && u[0] && strchr("#+-=>", u[0])) {
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
		else if (strchr("\\`*[]<>|~", (int)c) || (c == '_' && !(word(u, i, n, -1) && word(u, i, n, 1))) ||
		         (c == '&' && i + 1 < n && (u[i + 1] == '#' || (unsigned)((u[i + 1] | 0x20) - 'a') < 26u)))
			sw_buf_putc(b, '\\');
		sw_buf_putc(b, (char)c);
		i++;
	}
}

static void md_textz(sw_buf *b, const char *s)
{
	md_text(b, s, strlen(s));
}

static void md_arg(sw_buf *b, const sw_arg *a)
{
	md_text(b, a->text, a->len);
}

/* An identifier in a code span (identifiers hold no backquote; if one
 * ever did, it is written as text). */
static void md_code(sw_buf *b, const sw_arg *a)
{
	if (memchr(a->text, '`', a->len) || memchr(a->text, '\n', a->len)) {
		md_arg(b, a);
		return;
	}
	sw_buf_putc(b, '`');
	for (size_t i = 0; i < a->len;)
		i += put_char(b, (const unsigned char *)a->text, i, a->len);
	sw_buf_putc(b, '`');
}

/* ---- one collaboration ----------------------------------------------- */

typedef struct rc {
	sw_buf *b;
	int nl;
	const sw_source *src;
	const sw_survey *sv;
	sw_collab *c;
	const sw_diag **v;       /* its diagnostics, by position */
	size_t n;
	int st[CRIT__COUNT];
	size_t count[3];
	uint8_t err[SW__COUNT];  /* checks with an error here */
	int verdict;             /* 1 a collaboration, 0 not, -1 not assessed */
	sw_buf sentence;         /* plain text */
} rc;

static void judge(rc *x)
{
	for (size_t i = 0; i < x->n; i++) {
		const sw_diag *g = x->v[i];
		sw_crit k = sw_check_info(g->check)->crit;
		x->count[g->sev]++;
		if (g->sev == SEV_ERROR) {
			x->st[k] = ST_BAD;
			x->err[g->check] = 1;
		} else if (g->sev == SEV_WARNING && x->st[k] < ST_WEAK) {
			x->st[k] = ST_WEAK;
		}
	}
	int nl = x->nl;
	sw_buf *s = &x->sentence, list = { 0 }, t = { 0 };
	/* well-formedness first: what cannot be read cannot be judged */
	for (int k = 0; k < SW__COUNT; k++) {
		if (sw_check_info((sw_check)k)->crit == CRIT_C0 && (x->err[k] || x->sv->outside[k]))
			sw_buf_printf(&list, "%s%s", list.len ? ", " : "", sw_check_info((sw_check)k)->code);
	}
	if (list.len) {
		x->verdict = -1;
		say(s, nl, M_P_R_V_UNREAD, sw_buf_str(&list), NULL, NULL);
		goto done;
	}
	for (int k = 0; k < SW__COUNT; k++) {
		if (!x->err[k])
			continue;
		const sw_checkinfo *ci = sw_check_info((sw_check)k);
		if (list.len)
			sw_buf_puts(&list, "; ");
		sw_msg m = M_NONE;
		for (size_t r = 0; r < sizeof reasons / sizeof reasons[0]; r++)
			if (reasons[r].check == (sw_check)k)
				m = reasons[r].msg;
		if (m) {
			sw_buf_puts(&list, sw_msg_text(m, nl));
		} else {
			/* a check made an error by configuration: its summary */
			const char *sum = ci->summary[nl ? 1 : 0];
			size_t n = strlen(sum);
			if (n && sum[n - 1] == '.')
				n--;
			if (n && sum[0] >= 'A' && sum[0] <= 'Z') {
				sw_buf_putc(&list, (char)(sum[0] - 'A' + 'a'));
				sw_buf_put(&list, sum + 1, n - 1);
			} else {
				sw_buf_put(&list, sum, n);
			}
		}
		sw_buf_printf(&list, ", %s", ci->code);
	}
	if (list.len) {
		x->verdict = 0;
		say(s, nl, M_P_R_V_NO, sw_buf_str(&list), NULL, NULL);
		goto done;
	}
	x->verdict = 1;
	char num[32];
	snprintf(num, sizeof num, "%u", x->c->n_parties);
	say(&t, nl, x->c->n_parties == 1 ? M_P_R_ORGS_1 : M_P_R_ORGS_N, num, NULL, NULL);
	sw_kw f = x->c->form ? x->c->form_kw : KW_NONE;
	sw_msg fm = f == KW_ALLIANCE ? M_P_R_F_ALLIANCE : f == KW_NETWORK ? M_P_R_F_NETWORK
	          : f == KW_JOINT_VENTURE ? M_P_R_F_JOINT_VENTURE
	          : f == KW_COOPERATIVE ? M_P_R_F_COOPERATIVE : M_P_R_F_OTHER;
	sw_buf form = { 0 };
	say(&form, nl, fm, sw_buf_str(&t), NULL, NULL);
	for (int k = CRIT_C1; k < CRIT__COUNT; k++) {
		if (x->st[k] != ST_WEAK)
			continue;
		const sw_critinfo *ci = sw_crit_info((sw_crit)k);
		sw_buf_printf(&list, "%s%s (%s)", list.len ? ", " : "", ci->id, nl ? ci->phrase_nl : ci->phrase_en);
	}
	say(s, nl, list.len ? M_P_R_V_YES_BUT : M_P_R_V_YES, sw_buf_str(&form), sw_buf_str(&list), NULL);
	sw_buf_free(&form);
done:
	sw_buf_free(&list);
	sw_buf_free(&t);
}

static const char *crit_name(sw_crit k, int nl)
{
	const sw_critinfo *ci = sw_crit_info(k);
	return k == CRIT_C0 ? sw_msg_text(M_P_R_C0, nl) : nl ? ci->phrase_nl : ci->phrase_en;
}

/* ---- markdown -------------------------------------------------------- */

static void md_cell_sep(sw_buf *b, int *first)
{
	if (!*first)
		sw_buf_puts(b, "<br>");
	*first = 0;
}

/* The texts of the statements kw in a block, as one cell. */
static void md_texts(sw_buf *b, const sw_stmt *body, sw_kw kw)
{
	int first = 1;
	for (const sw_stmt *s = body; s; s = s->next) {
		const sw_arg *a = s->kw == kw ? arg_of(s, ARG_STRING, 0) : NULL;
		if (a) {
			md_cell_sep(b, &first);
			md_arg(b, a);
		}
	}
	if (first)
		sw_buf_puts(b, "—");
}

static void md_heading(sw_buf *b, int level, sw_msg m, int nl)
{
	sw_buf_printf(b, "%.*s %s\n\n", level, "###", sw_msg_text(m, nl));
}

static void md_fact(sw_buf *b, int nl, sw_msg label, const sw_arg *a)
{
	sw_buf_printf(b, "- **%s:** ", sw_msg_text(label, nl));
	if (a)
		md_arg(b, a);
	else
		sw_buf_puts(b, sw_msg_text(M_P_R_NOT_STATED, nl));
	sw_buf_putc(b, '\n');
}

static void md_name(sw_buf *b, const sw_decl *d)
{
	if (d->title && d->title->len) {
		md_arg(b, d->title);
		sw_buf_puts(b, " (");
		md_code(b, d->name);
		sw_buf_putc(b, ')');
	} else {
		md_code(b, d->name);
	}
}

static void md_diag(sw_buf *b, const sw_diag *g, int nl, sw_buf *t)
{
	char code[48], line[16];
	snprintf(code, sizeof code, "%s %s", sw_msg_text(sev_word[g->sev], nl), sw_check_info(g->check)->code);
	snprintf(line, sizeof line, "%u", (unsigned)g->span.start.line);
	sw_buf_reset(t);
	sw_render_msg(t, g, g->msg, nl);
	sw_buf m = { 0 };
	md_text(&m, t->data ? t->data : "", t->len);
	say(b, nl, M_P_R_AT, code, line, sw_buf_str(&m));
	sw_buf_free(&m);
}

static void md_refs(sw_buf *b, const sw_ref *r)
{
	for (int first = 1; r; r = r->next, first = 0) {
		if (!first)
			sw_buf_puts(b, ", ");
		md_code(b, r->arg);
	}
}

static void md_collab(rc *x)
{
	sw_buf *b = x->b, t = { 0 };
	sw_collab *c = x->c;
	int nl = x->nl;
	sw_buf_puts(b, "# ");
	md_arg(b, c->title && c->title->len ? c->title : c->name);
	sw_buf_puts(b, "\n\n");
	{
		sw_buf id = { 0 }, path = { 0 };
		char line[16];
		md_code(&id, c->name);
		md_textz(&path, x->src->path);
		snprintf(line, sizeof line, "%u", (unsigned)c->stmt->span.start.line);
		say(b, nl, M_P_R_WHERE, sw_buf_str(&id), sw_buf_str(&path), line);
		sw_buf_puts(b, "\n\n");
		sw_buf_free(&id);
		sw_buf_free(&path);
	}

	/* the facts */
	sw_buf_printf(b, "- **%s:** %s\n", sw_msg_text(M_P_R_FORM, nl),
	              c->form && c->form_kw ? kw_word(c->form_kw, nl) : sw_msg_text(M_P_R_NOT_STATED, nl));
	sw_buf_printf(b, "- **%s:** %s\n", sw_msg_text(M_P_R_PHASE, nl),
	              c->phase && c->phase_kw ? kw_word(c->phase_kw, nl) : sw_msg_text(M_P_R_NOT_STATED, nl));
	sw_buf_printf(b, "- **%s:** ", sw_msg_text(M_P_R_TERM, nl));
	const sw_arg *d0 = arg_of(c->term, ARG_DATE, 0), *d1 = arg_of(c->term, ARG_DATE, 1);
	if (d0 && c->term_open)
		say(b, nl, M_P_R_TERM_OPEN, d0->text, NULL, NULL);
	else if (d0 && d1)
		say(b, nl, M_P_R_TERM_RANGE, d0->text, d1->text, NULL);
	else
		sw_buf_puts(b, sw_msg_text(M_P_R_NOT_STATED, nl));
	sw_buf_printf(b, "\n- **%s:** ", sw_msg_text(M_P_R_REVIEWS, nl));
	int any = 0;
	for (const sw_stmt *s = c->stmt->body; s; s = s->next) {
		const sw_arg *a = s->kw == KW_REVIEW ? arg_of(s, ARG_DATE, 0) : NULL;
		if (a)
			sw_buf_printf(b, "%s%s", any++ ? ", " : "", a->text);
	}
	if (!any)
		sw_buf_puts(b, sw_msg_text(M_P_R_NOT_STATED, nl));
	sw_buf_putc(b, '\n');
	md_fact(b, nl, M_P_R_EXIT, arg_of(c->exit, ARG_STRING, 0));
	md_fact(b, nl, M_P_R_STRATEGY, arg_of(c->strategy, ARG_STRING, 0));
	md_fact(b, nl, M_P_R_PROCESS, arg_of(c->process, ARG_STRING, 0));
	md_fact(b, nl, M_P_R_STYLE, arg_of(c->style, ARG_STRING, 0));
	sw_buf_putc(b, '\n');

	/* parties */
	md_heading(b, 2, M_P_R_PARTIES, nl);
	if (!c->parties) {
		sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_R_NO_PARTIES, nl));
	} else {
		sw_buf_printf(b, "| %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|\n",
		              sw_msg_text(M_P_R_PARTY, nl), sw_msg_text(M_P_R_KIND, nl),
		              sw_msg_text(M_P_R_INTERESTS, nl), sw_msg_text(M_P_R_CONTRIBUTIONS, nl),
		              sw_msg_text(M_P_R_GIVES_UP, nl), sw_msg_text(M_P_R_PEOPLE, nl));
	}
	for (const sw_party *p = c->parties; p; p = p->next) {
		const sw_stmt *body = p->d.stmt->body;
		sw_buf_puts(b, "| ");
		md_name(b, &p->d);
		const sw_arg *kvk = arg_of(p->kvk, ARG_STRING, 0);
		if (kvk) {
			sw_buf_puts(b, ", KvK ");
			md_arg(b, kvk);
		}
		sw_buf_printf(b, " | %s", kw_word(p->kind, nl));
		if (p->part_of_ref || p->part_of_text) {
			sw_buf_reset(&t);
			if (p->part_of_ref)
				md_code(&t, p->part_of_ref->arg);
			else
				md_arg(&t, p->part_of_text);
			sw_buf_puts(b, ", ");
			say(b, nl, M_P_R_PART_OF, sw_buf_str(&t), NULL, NULL);
		}
		sw_buf_puts(b, " | ");
		md_texts(b, body, KW_INTEREST);
		sw_buf_puts(b, " | ");
		md_texts(b, body, KW_CONTRIBUTES);
		sw_buf_puts(b, " | ");
		md_texts(b, body, KW_GIVES_UP);
		sw_buf_puts(b, " | ");
		int first = 1;
		for (const sw_person *q = p->people; q; q = q->next) {
			md_cell_sep(b, &first);
			md_arg(b, q->name);
			if (q->role)
				sw_buf_printf(b, " (%s)", kw_word(q->role, nl));
		}
		sw_buf_puts(b, first ? "— |\n" : " |\n");
	}
	if (c->parties)
		sw_buf_putc(b, '\n');

	/* agreements */
	md_heading(b, 2, M_P_R_AGREEMENTS, nl);
	if (!c->agreements) {
		sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_R_NO_AGREEMENTS, nl));
	} else {
		sw_buf_printf(b, "| %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|\n",
		              sw_msg_text(M_P_R_AGREEMENT, nl), sw_msg_text(M_P_R_KIND, nl),
		              sw_msg_text(M_P_R_PARTIES, nl), sw_msg_text(M_P_R_SHARES, nl),
		              sw_msg_text(M_P_R_DOCUMENTS, nl), sw_msg_text(M_P_R_SIGNED, nl));
	}
	for (const sw_agreement *g = c->agreements; g; g = g->next) {
		sw_buf_puts(b, "| ");
		md_name(b, &g->d);
		const sw_arg *about = arg_of(g->about, ARG_STRING, 0);
		if (about) {
			sw_buf_reset(&t);
			md_arg(&t, about);
			sw_buf_puts(b, "<br>");
			say(b, nl, M_P_R_ABOUT, sw_buf_str(&t), NULL, NULL);
		}
		sw_buf_printf(b, " | %s", g->kind ? kw_word(g->kind, nl) : "—");
		const sw_arg *ent = arg_of(g->entity, ARG_STRING, 0);
		if (ent) {
			sw_buf_puts(b, ": ");
			md_arg(b, ent);
		}
		sw_buf_puts(b, " | ");
		if (g->between)
			md_refs(b, g->parties);
		else
			sw_buf_puts(b, sw_msg_text(M_P_R_ALL_PARTIES, nl));
		sw_buf_puts(b, " | ");
		static const sw_msg shared[3] = { M_P_RISKS, M_P_COSTS, M_P_REVENUES };
		int first = 1;
		for (int k = 0; k < 3; k++) {
			if (g->shares_mask & (1u << k)) {
				sw_buf_printf(b, "%s%s", first ? "" : ", ", sw_msg_text(shared[k], nl));
				first = 0;
			}
		}
		sw_buf_puts(b, first ? "— | " : " | ");
		first = 1;
		for (const sw_doc *d = g->docs; d; d = d->next) {
			md_cell_sep(b, &first);
			md_arg(b, d->path);
		}
		const sw_arg *sg = arg_of(g->signed_stmt, ARG_DATE, 0);
		sw_buf_printf(b, "%s | %s |\n", first ? "—" : "", sg ? sg->text : "—");
	}
	if (c->agreements)
		sw_buf_putc(b, '\n');

	/* governance */
	md_heading(b, 2, M_P_R_GOVERNANCE, nl);
	if (!c->governance)
		sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_R_NO_GOVERNANCE, nl));
	if (c->bodies)
		sw_buf_printf(b, "| %s | %s | %s | %s |\n|---|---|---|---|\n",
		              sw_msg_text(M_P_R_BODY, nl), sw_msg_text(M_P_R_MEMBERS, nl),
		              sw_msg_text(M_P_R_DECIDES, nl), sw_msg_text(M_P_R_CHAIR, nl));
	for (const sw_body *y = c->bodies; y; y = y->next) {
		sw_buf_puts(b, "| ");
		md_name(b, &y->d);
		sw_buf_puts(b, " | ");
		if (y->members)
			md_refs(b, y->members);
		else
			sw_buf_puts(b, "—");
		sw_buf_puts(b, " | ");
		if (y->decides_kw) {
			sw_buf_puts(b, kw_word(y->decides_kw, nl));
		} else if (y->decider) {
			sw_buf_reset(&t);
			md_code(&t, y->decider->arg);
			say(b, nl, M_P_R_DECIDER, sw_buf_str(&t), NULL, NULL);
		} else {
			sw_buf_puts(b, "—");
		}
		sw_buf_puts(b, " | ");
		if (y->chair_ref)
			md_refs(b, y->chair_ref);
		else
			sw_buf_puts(b, "—");
		sw_buf_puts(b, " |\n");
	}
	if (c->bodies)
		sw_buf_putc(b, '\n');
	const sw_arg *esc = arg_of(c->escalation, ARG_STRING, 0);
	if (esc) {
		sw_buf_printf(b, "- **%s:** ", sw_msg_text(M_P_R_ESCALATION, nl));
		md_arg(b, esc);
		sw_buf_puts(b, "\n\n");
	}

	/* goals and results */
	static const struct { sw_kw kw; sw_msg head; } lists[2] = {
		{ KW_GOAL, M_P_R_GOALS }, { KW_RESULT, M_P_R_RESULTS },
	};
	for (int k = 0; k < 2; k++) {
		md_heading(b, 2, lists[k].head, nl);
		any = 0;
		for (const sw_stmt *s = c->stmt->body; s; s = s->next) {
			const sw_arg *a = s->kw == lists[k].kw ? arg_of(s, ARG_STRING, 0) : NULL;
			if (a) {
				sw_buf_puts(b, "- ");
				md_arg(b, a);
				sw_buf_putc(b, '\n');
				any = 1;
			}
		}
		sw_buf_printf(b, any ? "\n" : "%s\n\n", sw_msg_text(M_P_R_NONE_STATED, nl));
	}

	/* the verdict */
	md_heading(b, 2, M_P_R_VERDICT, nl);
	sw_buf_printf(b, "| %s | %s | %s |\n|---|---|---|\n", sw_msg_text(M_P_R_CRITERION, nl),
	              sw_msg_text(M_P_R_VERDICT, nl), sw_msg_text(M_P_R_DECIDED_BY, nl));
	for (int k = 0; k < CRIT__COUNT; k++) {
		if (k == CRIT_C0 && x->st[k] == ST_MET)
			continue;
		sw_buf_printf(b, "| %s %s | %s | ", sw_crit_info((sw_crit)k)->id, crit_name((sw_crit)k, nl),
		              sw_msg_text(st_word[x->st[k]], nl));
		int first = 1;
		for (size_t i = 0; i < x->n; i++) {
			const sw_diag *g = x->v[i];
			if (g->sev == SEV_NOTE || sw_check_info(g->check)->crit != (sw_crit)k)
				continue;
			md_cell_sep(b, &first);
			md_diag(b, g, nl, &t);
		}
		sw_buf_puts(b, first ? "|\n" : " |\n");
	}
	sw_buf_puts(b, "\n**");
	md_text(b, x->sentence.data, x->sentence.len);
	sw_buf_puts(b, "**\n");
	any = 0;
	for (size_t i = 0; i < x->n; i++) {
		if (x->v[i]->sev != SEV_NOTE)
			continue;
		if (!any++) {
			sw_buf_putc(b, '\n');
			md_heading(b, 3, M_P_R_ADVICE, nl);
		}
		sw_buf_puts(b, "- ");
		md_diag(b, x->v[i], nl, &t);
		sw_buf_putc(b, '\n');
	}
	sw_buf_free(&t);
}

/* ---- json ------------------------------------------------------------ */

static void js_arg(sw_buf *b, const sw_arg *a)
{
	if (a)
		sw_json_str(b, a->text, a->len);
	else
		sw_buf_puts(b, "null");
}

static void js_kw(sw_buf *b, sw_kw k)
{
	if (k)
		sw_buf_printf(b, "\"%s\"", sw_kw_spell(k, SW_LANG_EN));
	else
		sw_buf_puts(b, "null");
}

static void js_texts(sw_buf *b, const char *key, const sw_stmt *body, sw_kw kw, sw_argkind ak)
{
	sw_buf_printf(b, ",\"%s\":[", key);
	int first = 1;
	for (const sw_stmt *s = body; s; s = s->next) {
		const sw_arg *a = s->kw == kw ? arg_of(s, ak, 0) : NULL;
		if (a) {
			if (!first)
				sw_buf_putc(b, ',');
			js_arg(b, a);
			first = 0;
		}
	}
	sw_buf_putc(b, ']');
}

static void js_refs(sw_buf *b, const sw_ref *r)
{
	sw_buf_putc(b, '[');
	for (int first = 1; r; r = r->next, first = 0) {
		if (!first)
			sw_buf_putc(b, ',');
		js_arg(b, r->arg);
	}
	sw_buf_putc(b, ']');
}

static void js_decl(sw_buf *b, const sw_decl *d)
{
	sw_buf_puts(b, "{\"name\":");
	js_arg(b, d->name);
	sw_buf_puts(b, ",\"title\":");
	js_arg(b, d->title);
	sw_buf_printf(b, ",\"line\":%u", (unsigned)d->stmt->span.start.line);
}

static void js_diag(sw_buf *b, const sw_diag *g, int nl, sw_buf *t)
{
	const sw_checkinfo *ci = sw_check_info(g->check);
	sw_buf_printf(b, "{\"code\":\"%s\",\"name\":\"%s\",\"severity\":\"%s\",\"criterion\":\"%s\",\"message\":",
	              ci->code, ci->name, sev_id[g->sev], sw_crit_info(ci->crit)->id);
	sw_buf_reset(t);
	sw_render_msg(t, g, g->msg, nl);
	sw_json_str(b, t->data ? t->data : "", t->len);
	sw_buf_printf(b, ",\"line\":%u,\"column\":%u}", (unsigned)g->span.start.line,
	              (unsigned)g->span.start.col);
}

static void js_crit(rc *x, sw_crit k, sw_buf *t)
{
	sw_buf *b = x->b;
	sw_buf_printf(b, "{\"id\":\"%s\",\"name\":", sw_crit_info(k)->id);
	sw_json_strz(b, crit_name(k, x->nl));
	sw_buf_printf(b, ",\"status\":\"%s\",\"diagnostics\":[", st_id[x->st[k]]);
	int first = 1;
	for (size_t i = 0; i < x->n; i++) {
		if (sw_check_info(x->v[i]->check)->crit != k)
			continue;
		if (!first)
			sw_buf_putc(b, ',');
		js_diag(b, x->v[i], x->nl, t);
		first = 0;
	}
	sw_buf_puts(b, "]}");
}

static void js_collab(rc *x)
{
	sw_buf *b = x->b, t = { 0 };
	sw_collab *c = x->c;
	sw_buf_puts(b, "{\"file\":");
	sw_json_strz(b, x->src->path);
	sw_buf_printf(b, ",\"language\":\"%s\",\"name\":", x->nl ? "nl" : "en");
	js_arg(b, c->name);
	sw_buf_puts(b, ",\"title\":");
	js_arg(b, c->title);
	sw_buf_printf(b, ",\"line\":%u,\"form\":", (unsigned)c->stmt->span.start.line);
	js_kw(b, c->form ? c->form_kw : KW_NONE);
	sw_buf_puts(b, ",\"phase\":");
	js_kw(b, c->phase ? c->phase_kw : KW_NONE);
	sw_buf_puts(b, ",\"term\":");
	const sw_arg *d0 = arg_of(c->term, ARG_DATE, 0), *d1 = arg_of(c->term, ARG_DATE, 1);
	if (d0 && (c->term_open || d1)) {
		sw_buf_puts(b, "{\"start\":");
		js_arg(b, d0);
		sw_buf_puts(b, ",\"end\":");
		js_arg(b, c->term_open ? NULL : d1);
		sw_buf_putc(b, '}');
	} else {
		sw_buf_puts(b, "null");
	}
	const sw_stmt *body = c->stmt->body;
	js_texts(b, "reviews", body, KW_REVIEW, ARG_DATE);
	sw_buf_puts(b, ",\"exit\":");
	js_arg(b, arg_of(c->exit, ARG_STRING, 0));
	sw_buf_puts(b, ",\"strategy\":");
	js_arg(b, arg_of(c->strategy, ARG_STRING, 0));
	sw_buf_puts(b, ",\"process\":");
	js_arg(b, arg_of(c->process, ARG_STRING, 0));
	sw_buf_puts(b, ",\"style\":");
	js_arg(b, arg_of(c->style, ARG_STRING, 0));
	js_texts(b, "goals", body, KW_GOAL, ARG_STRING);
	js_texts(b, "results", body, KW_RESULT, ARG_STRING);

	sw_buf_puts(b, ",\"parties\":[");
	for (const sw_party *p = c->parties; p; p = p->next) {
		js_decl(b, &p->d);
		sw_buf_puts(b, ",\"kind\":");
		js_kw(b, p->kind);
		sw_buf_puts(b, ",\"part_of\":");
		if (p->part_of_ref) {
			sw_buf_puts(b, "{\"party\":");
			js_arg(b, p->part_of_ref->arg);
			sw_buf_putc(b, '}');
		} else if (p->part_of_text) {
			sw_buf_puts(b, "{\"organisation\":");
			js_arg(b, p->part_of_text);
			sw_buf_putc(b, '}');
		} else {
			sw_buf_puts(b, "null");
		}
		sw_buf_puts(b, ",\"kvk\":");
		js_arg(b, arg_of(p->kvk, ARG_STRING, 0));
		js_texts(b, "interests", p->d.stmt->body, KW_INTEREST, ARG_STRING);
		js_texts(b, "contributions", p->d.stmt->body, KW_CONTRIBUTES, ARG_STRING);
		js_texts(b, "gives_up", p->d.stmt->body, KW_GIVES_UP, ARG_STRING);
		sw_buf_puts(b, ",\"people\":[");
		for (const sw_person *q = p->people; q; q = q->next) {
			sw_buf_puts(b, "{\"name\":");
			js_arg(b, q->name);
			sw_buf_puts(b, ",\"role\":");
			js_kw(b, q->role);
			sw_buf_puts(b, q->next ? "}," : "}");
		}
		sw_buf_puts(b, p->next ? "]}," : "]}");
	}
	sw_buf_puts(b, "],\"agreements\":[");
	for (const sw_agreement *g = c->agreements; g; g = g->next) {
		js_decl(b, &g->d);
		sw_buf_puts(b, ",\"kind\":");
		js_kw(b, g->kind);
		sw_buf_puts(b, ",\"parties\":");
		if (g->between) {
			js_refs(b, g->parties);
		} else {
			/* no `between`: it binds every party */
			sw_buf_putc(b, '[');
			for (const sw_party *p = c->parties; p; p = p->next) {
				js_arg(b, p->d.name);
				if (p->next)
					sw_buf_putc(b, ',');
			}
			sw_buf_putc(b, ']');
		}
		sw_buf_puts(b, ",\"about\":");
		js_arg(b, arg_of(g->about, ARG_STRING, 0));
		sw_buf_puts(b, ",\"entity\":");
		js_arg(b, arg_of(g->entity, ARG_STRING, 0));
		sw_buf_puts(b, ",\"shares\":[");
		static const char *const shared[3] = { "risks", "costs", "revenues" };
		for (int k = 0, first = 1; k < 3; k++) {
			if (g->shares_mask & (1u << k)) {
				sw_buf_printf(b, "%s\"%s\"", first ? "" : ",", shared[k]);
				first = 0;
			}
		}
		sw_buf_puts(b, "],\"documents\":[");
		for (const sw_doc *d = g->docs; d; d = d->next) {
			js_arg(b, d->path);
			if (d->next)
				sw_buf_putc(b, ',');
		}
		sw_buf_puts(b, "],\"signed\":");
		js_arg(b, arg_of(g->signed_stmt, ARG_DATE, 0));
		sw_buf_puts(b, g->next ? "}," : "}");
	}
	sw_buf_puts(b, "],\"governance\":");
	if (c->governance) {
		sw_buf_puts(b, "{\"bodies\":[");
		for (const sw_body *y = c->bodies; y; y = y->next) {
			js_decl(b, &y->d);
			sw_buf_puts(b, ",\"members\":");
			js_refs(b, y->members);
			sw_buf_puts(b, ",\"decides\":");
			js_kw(b, y->decides_kw);
			sw_buf_puts(b, ",\"decider\":");
			js_arg(b, !y->decides_kw && y->decider ? y->decider->arg : NULL);
			sw_buf_puts(b, ",\"chair\":");
			js_arg(b, y->chair_ref ? y->chair_ref->arg : NULL);
			sw_buf_puts(b, y->next ? "}," : "}");
		}
		sw_buf_puts(b, "],\"escalation\":");
		js_arg(b, arg_of(c->escalation, ARG_STRING, 0));
		sw_buf_putc(b, '}');
	} else {
		sw_buf_puts(b, "null");
	}

	sw_buf_printf(b, ",\"verdict\":{\"collaboration\":%s,\"sentence\":",
	              x->verdict < 0 ? "null" : x->verdict ? "true" : "false");
	sw_json_str(b, x->sentence.data ? x->sentence.data : "", x->sentence.len);
	sw_buf_puts(b, ",\"well_formed\":");
	js_crit(x, CRIT_C0, &t);
	sw_buf_puts(b, ",\"criteria\":[");
	for (int k = CRIT_C1; k < CRIT__COUNT; k++) {
		js_crit(x, (sw_crit)k, &t);
		if (k + 1 < CRIT__COUNT)
			sw_buf_putc(b, ',');
	}
	sw_buf_printf(b, "]},\"errors\":%zu,\"warnings\":%zu,\"notes\":%zu}",
	              x->count[SEV_ERROR], x->count[SEV_WARNING], x->count[SEV_NOTE]);
	sw_buf_free(&t);
}

/* ---- one file -------------------------------------------------------- */

typedef struct rfile {
	sw_report *r;
	const sw_survey *sv;
	int nl;
	size_t scan;   /* d->v[scan..] not yet looked at */
	sw_buf pend;   /* size_t: indices looked at, not yet placed */
	sw_buf mine;   /* by seq: 1 when a collaboration took it */
	int collabs;
	sw_buf out;
} rfile;

static void emit(rfile *f)
{
	fwrite(f->out.data ? f->out.data : "", 1, f->out.len, f->r->out);
	sw_buf_reset(&f->out);
}

static int by_place(const void *a, const void *b)
{
	const sw_diag *x = *(const sw_diag *const *)a, *y = *(const sw_diag *const *)b;
	if (x->span.start.off != y->span.start.off)
		return x->span.start.off < y->span.start.off ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void take(rfile *f, const sw_diag *g, const sw_diag **v, size_t *n)
{
	while (f->mine.len <= g->seq)
		sw_buf_putc(&f->mine, 0);
	f->mine.data[g->seq] = 1;
	v[(*n)++] = g;
}

/* The section separator of markdown: a rule between sections. */
static void section(rfile *f)
{
	if (f->r->sections++)
		sw_buf_puts(&f->out, f->r->json ? ",\n" : "\n---\n\n");
	else if (f->r->json)
		sw_buf_puts(&f->out, "\n");
}

static void on_collab(void *ud, const sw_source *src, sw_collab *c, const sw_diags *d, size_t first)
{
	rfile *f = ud;
	/* its diagnostics: what it reported, and what the reader reported
	 * inside its block before it was complete */
	uint32_t lo = c->stmt->span.start.off, hi = stmt_end(c->stmt);
	size_t np = f->pend.len / sizeof(size_t), n = 0;
	const sw_diag **v = malloc((np + d->len - f->scan + 1) * sizeof *v);
	if (!v)
		abort();
	sw_buf keep = { 0 };
	for (size_t i = 0; i < np + first - f->scan; i++) {
		size_t k;
		if (i < np)
			memcpy(&k, f->pend.data + i * sizeof k, sizeof k);
		else
			k = f->scan + (i - np);
		const sw_diag *g = &d->v[k];
		if (g->span.start.off >= lo && g->span.start.off <= hi)
			take(f, g, v, &n);
		else if (g->span.start.off > hi) /* read ahead: may be the next one's */
			sw_buf_put(&keep, (const char *)&k, sizeof k);
	}
	sw_buf_free(&f->pend);
	f->pend = keep;
	for (size_t k = first; k < d->len; k++)
		take(f, &d->v[k], v, &n);
	f->scan = d->len;
	qsort(v, n, sizeof *v, by_place);

	rc x;
	memset(&x, 0, sizeof x);
	x.b = &f->out;
	x.nl = f->nl;
	x.src = src;
	x.sv = f->sv;
	x.c = c;
	x.v = v;
	x.n = n;
	judge(&x);
	section(f);
	if (f->r->json)
		js_collab(&x);
	else
		md_collab(&x);
	emit(f);
	sw_buf_free(&x.sentence);
	free(v);
	f->collabs++;
}

size_t sw_report_file(sw_report *r, const sw_source *src, const sw_check_opts *o,
                      const sw_survey *s)
{
	rfile f;
	memset(&f, 0, sizeof f);
	f.r = r;
	f.sv = s;
	f.nl = o->nl;
	sw_diags d;
	sw_diags_init(&d, 0);
	sw_check_source(src, o, &d, on_collab, &f);

	/* what no collaboration took, in order */
	const sw_diag **v = malloc((d.len + 1) * sizeof *v);
	if (!v)
		abort();
	size_t n = 0;
	uint8_t c0[SW__COUNT] = { 0 };
	for (size_t i = 0; i < d.len; i++) {
		const sw_diag *g = &d.v[i];
		if (g->seq < f.mine.len && f.mine.data[g->seq])
			continue;
		v[n++] = g;
		if (g->sev == SEV_ERROR && sw_check_info(g->check)->crit == CRIT_C0)
			c0[g->check] = 1;
	}
	sw_buf *b = &f.out, t = { 0 }, codes = { 0 };
	for (int k = 0; k < SW__COUNT; k++)
		if (c0[k])
			sw_buf_printf(&codes, "%s%s", codes.len ? ", " : "", sw_check_info((sw_check)k)->code);
	if (r->json) {
		sw_buf *j = &r->tail;
		if (r->files)
			sw_buf_puts(j, ",");
		sw_buf_puts(j, "\n    {\"file\":");
		sw_json_strz(j, src->path);
		sw_buf_printf(j, ",\"read\":true,\"language\":\"%s\",\"collaborations\":%d,"
		                 "\"errors\":%zu,\"warnings\":%zu,\"notes\":%zu,\"sentence\":",
		              f.nl ? "nl" : "en", f.collabs, d.count[SEV_ERROR], d.count[SEV_WARNING],
		              d.count[SEV_NOTE]);
		if (codes.len) {
			say(&t, f.nl, M_P_R_V_UNREAD, sw_buf_str(&codes), NULL, NULL);
			sw_json_str(j, t.data, t.len);
		} else if (!f.collabs) {
			sw_json_strz(j, sw_msg_text(M_P_R_NO_COLLAB, f.nl));
		} else {
			sw_buf_puts(j, "null");
		}
		sw_buf_puts(j, ",\"diagnostics\":[");
		for (size_t i = 0; i < n; i++) {
			if (i)
				sw_buf_putc(j, ',');
			js_diag(j, v[i], f.nl, &t);
		}
		sw_buf_puts(j, "]}");
	} else if (n || !f.collabs) {
		section(&f);
		sw_buf_puts(b, "# ");
		md_textz(b, src->path);
		sw_buf_puts(b, "\n\n");
		if (!f.collabs)
			sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_R_NO_COLLAB, f.nl));
		if (codes.len) {
			say(&t, f.nl, M_P_R_V_UNREAD, sw_buf_str(&codes), NULL, NULL);
			sw_buf_puts(b, "**");
			md_text(b, t.data, t.len);
			sw_buf_puts(b, "**\n\n");
		}
		if (n)
			md_heading(b, 2, M_P_R_OUTSIDE, f.nl);
		for (size_t i = 0; i < n; i++) {
			sw_buf_puts(b, "- ");
			md_diag(b, v[i], f.nl, &t);
			sw_buf_putc(b, '\n');
		}
		emit(&f);
	}
	r->files++;
	size_t errors = d.count[SEV_ERROR];
	free(v);
	sw_buf_free(&t);
	sw_buf_free(&codes);
	sw_buf_free(&f.out);
	sw_buf_free(&f.pend);
	sw_buf_free(&f.mine);
	sw_diags_free(&d);
	return errors;
}

/* ---- the run --------------------------------------------------------- */

void sw_report_begin(sw_report *r, FILE *out, int json)
{
	memset(r, 0, sizeof *r);
	r->out = out;
	r->json = json;
	if (json)
		fputs("{\n  \"format\": \"samw-report\",\n  \"version\": 1,\n"
		      "  \"tool\": {\"name\": \"samw\", \"version\": \"" SW_VERSION "\"},\n"
		      "  \"collaborations\": [", out);
}

void sw_report_unread(sw_report *r, const char *path)
{
	if (!r->json)
		return;
	if (r->files++)
		sw_buf_puts(&r->tail, ",");
	sw_buf_puts(&r->tail, "\n    {\"file\":");
	sw_json_strz(&r->tail, path);
	sw_buf_puts(&r->tail, ",\"read\":false}");
}

void sw_report_end(sw_report *r)
{
	if (r->json) {
		fprintf(r->out, "%s],\n  \"files\": [%s%s]\n}\n", r->sections ? "\n  " : "",
		        sw_buf_str(&r->tail), r->files ? "\n  " : "");
	}
	sw_buf_free(&r->tail);
}
