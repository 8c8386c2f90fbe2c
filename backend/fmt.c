#include "fmt.h"

#include <stdlib.h>
#include <string.h>

#include "../base/money.h"
#include "../base/source.h"
#include "../parser/shape.h"

/* Every top-level statement of a file, kept (the parser's keep mode). */
typedef struct tops {
	sw_stmt *first, *last;
	sw_comment *tail;        /* comments after the last statement */
	sw_lang *lang;           /* the file's language when each was read */
	size_t n, cap;
} tops;

static void collect(void *ud, sw_parser *P, sw_stmt *top, sw_comment *tail)
{
	tops *t = ud;
	if (!top) {
		t->tail = tail;
		return;
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 16;
		t->lang = realloc(t->lang, t->cap * sizeof *t->lang);
		if (!t->lang)
			abort();
	}
	t->lang[t->n++] = sw_parser_lang(P);
	if (t->last)
		t->last->next = top;
	else
		t->first = top;
	t->last = top;
	sw_shape_contexts(top);
}

typedef struct fmt {
	sw_parser *P;
	const sw_source *src;
	sw_buf *out;
	sw_lang lang;
	uint32_t line;           /* last source line written */
	int first;               /* no top-level statement written yet */
	int last_use;            /* the last one written is a `use` */
	int safe_amounts;        /* write 800.000 as 800.000,00 (amount) */
	int ambiguous;           /* an amount was written as 800.000 */
	sw_diags *report;        /* the caller's, for what stops translating */
	int refused;             /* an amount reads two ways: not written */
} fmt;

/* The keywords among the arguments of s (to be spelt in the target
 * language), decided by its shape, so a party named `network` stays
 * `network`: into marks, which holds one entry per argument. Returns 0
 * when s is no statement of its block. */
static int classify(sw_parser *P, const sw_stmt *s, sw_kwmark **marks, sw_kwmark *small, size_t nsmall)
{
	size_t n = 0;
	for (const sw_arg *a = sw_stmt_args(s); a; a = a->next)
		n++;
	*marks = n <= nsmall ? small : malloc(n * sizeof **marks);
	if (!*marks)
		abort();
	return sw_stmt_keywords(P, s, *marks, n);
}

static void unclassify(sw_kwmark *marks, sw_kwmark *small)
{
	if (marks != small)
		free(marks);
}

static void quoted(sw_buf *b, const char *s, size_t n)
{
	sw_buf_putc(b, '"');
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '"': sw_buf_puts(b, "\\\""); break;
		case '\\': sw_buf_puts(b, "\\\\"); break;
		case '\n': sw_buf_puts(b, "\\n"); break;
		case '\t': sw_buf_puts(b, "\\t"); break;
		default: sw_buf_putc(b, s[i]);
		}
	}
	sw_buf_putc(b, '"');
}

static void indent(fmt *f, int depth)
{
	for (int i = 0; i < depth; i++)
		sw_buf_puts(f->out, "    ");
}

/* The comment's text without trailing blanks. */
static void comment_text(fmt *f, const sw_comment *c)
{
	const char *s = f->src->text + c->span.start.off;
	size_t n = c->span.end.off - c->span.start.off;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	sw_buf_put(f->out, s, n);
}

/* A blank line before an item that starts on line, if the source had one
 * since the last item (at most one, never first in a block). */
static void blank(fmt *f, uint32_t line, int first)
{
	if (!first && f->line && line > f->line + 1)
		sw_buf_putc(f->out, '\n');
}

static void comments(fmt *f, const sw_comment *c, int depth, int *first)
{
	for (; c; c = c->next) {
		blank(f, c->span.start.line, *first);
		indent(f, depth);
		comment_text(f, c);
		sw_buf_putc(f->out, '\n');
		f->line = c->span.end.line;
		*first = 0;
	}
}

/* A keyword in the target language: a mark's one or two keywords. */
static void keyword(fmt *f, sw_kw kw, sw_kw kw2)
{
	sw_buf_puts(f->out, sw_kw_spell(kw, f->lang));
	if (kw2) {
		sw_buf_putc(f->out, ' ');
		sw_buf_puts(f->out, sw_kw_spell(kw2, f->lang));
	}
}

static void trail(fmt *f, const sw_comment *c)
{
	for (; c; c = c->next) {
		sw_buf_putc(f->out, ' ');
		comment_text(f, c);
	}
}

static void stmts(fmt *f, const sw_stmt *s, int depth);

/* How a reads in language lang where an amount's number stands (after its
 * currency in a budget or a contribution); SW_MONEY_BAD anywhere else.
 * Sets *cents and *frac when it reads. */
static sw_money_read amount_of(const sw_stmt *s, const sw_arg *a, const sw_arg *prev, sw_lang lang,
                               long long *cents, int *frac)
{
	if ((s->kw != KW_BUDGET && s->kw != KW_CONTRIBUTES) || a->kind != ARG_NUMBER || !prev ||
	    prev->kind != ARG_WORD)
		return SW_MONEY_BAD;
	return sw_money_parse(a->text, a->len, lang == SW_LANG_NL ? '.' : ',', cents, frac);
}

/* An amount of money, a when it follows its currency in a budget or a
 * contribution: read the way the file's language writes it, and written
 * the way the target language does, so a translated file means the same
 * (€ 1.250.000,00 becomes € 1,250,000.00). Returns 0, writing nothing,
 * when it needs no change or cannot be read (the checker says why). */
static int amount(fmt *f, const sw_stmt *s, const sw_arg *a, const sw_arg *prev)
{
	sw_lang from = sw_parser_lang(f->P);
	long long cents;
	int frac;
	/* without a separator it reads the same in either language */
	if (from == f->lang || (!memchr(a->text, '.', a->len) && !memchr(a->text, ',', a->len)))
		return 0;
	sw_money_read r = amount_of(s, a, prev, from, &cents, &frac);
	if (r == SW_MONEY_AMBIGUOUS) {
		/* it reads two ways where it stands (1.250 in English), and
		 * would read one of them in the target language, which would
		 * decide for the writer: the file is not translated */
		sw_diag *g = sw_diag_report(f->report, SW005, a->span, M_VAL_AMOUNT_AMBIGUOUS);
		if (g) {
			sw_diag_arg(f->report, g, 1, a->text, a->len);
			g->help = M_VAL_AMOUNT_AMBIGUOUS_HELP;
		}
		f->refused = 1;
	}
	if (r != SW_MONEY_OK)
		return 0;
	/* One sign before three digits (800.000) reads as a group only in a
	 * file read in the target language: a file translated in part (a
	 * statement that is none of its block's stays as written) may be read
	 * in the other one, where the amount would change. sw_fmt then writes
	 * it again with its cents, which read one way in either (800.000,00). */
	int nl = f->lang == SW_LANG_NL;
	size_t at = f->out->len;
	sw_money_write(f->out, cents, frac, nl);
	const char *w = f->out->data + at, *sep = memchr(w, nl ? '.' : ',', f->out->len - at);
	if (!frac && sep && (size_t)(f->out->data + f->out->len - sep) == 4) {
		f->ambiguous = 1;
		if (f->safe_amounts) {
			f->out->len = at;
			sw_money_write(f->out, cents, 1, nl);
		}
	}
	return 1;
}

static void stmt(fmt *f, const sw_stmt *s, int depth)
{
	indent(f, depth);
	/* keywords are translated where they are keywords */
	sw_kwmark small[32], *marks;
	int known = classify(f->P, s, &marks, small, sizeof small / sizeof small[0]);
	if (known)
		keyword(f, s->kw, KW_NONE);
	else
		sw_buf_put(f->out, s->head->text, s->head->len);
	size_t i = 0;
	const sw_arg *prev = NULL;
	for (const sw_arg *a = known ? sw_stmt_args(s) : s->args; a; prev = a, a = a->next, i++) {
		if (known && marks[i].words && marks[i].kw == KW_AND) {
			sw_buf_putc(f->out, ','); /* `costs and revenues`: one way */
			continue;
		}
		if (a->kind != ARG_COMMA)
			sw_buf_putc(f->out, ' ');
		if (known && amount(f, s, a, prev))
			continue;
		if (known && marks[i].words) {
			keyword(f, marks[i].kw, marks[i].kw2);
			for (unsigned w = 1, words = marks[i].words; w < words && a->next; w++)
				a = a->next, i++;
			continue;
		}
		switch (a->kind) {
		case ARG_WORD: sw_buf_put(f->out, a->text, a->len); break;
		case ARG_STRING: quoted(f->out, a->text, a->len); break;
		case ARG_COMMA: sw_buf_putc(f->out, ','); break;
		default: sw_buf_put(f->out, a->text, a->len); break;
		}
	}
	unclassify(marks, small);
	if (s->has_block) {
		sw_buf_puts(f->out, " {");
		trail(f, s->trail);
		sw_buf_putc(f->out, '\n');
		f->line = s->open.end.line;
		stmts(f, s->body, depth + 1);
		int first = s->body == NULL;
		comments(f, s->inner, depth + 1, &first);
		indent(f, depth);
		sw_buf_putc(f->out, '}');
		trail(f, s->close_trail);
		sw_buf_putc(f->out, '\n');
		f->line = s->close.end.line;
	} else {
		trail(f, s->trail);
		sw_buf_putc(f->out, '\n');
		f->line = s->span.end.line;
	}
}

static void stmts(fmt *f, const sw_stmt *s, int depth)
{
	int first = 1;
	for (; s; s = s->next) {
		comments(f, s->lead, depth, &first);
		blank(f, s->span.start.line, first);
		stmt(f, s, depth);
		first = 0;
	}
}

static int has_syntax_error(const sw_diags *d)
{
	for (size_t i = 0; i < d->len; i++)
		if (d->v[i].check == SW001 || d->v[i].check == SW008)
			return 1;
	return d->dropped > 0 && d->count[SEV_ERROR] > 0;
}

/* Write each top-level statement as soon as it has been read: the parser
 * then drops its tree, so formatting a large file takes little memory. */
static void write_top(void *ud, sw_parser *P, sw_stmt *top, sw_comment *tail)
{
	fmt *f = ud;
	f->P = P;
	sw_diags_drain(P->diags, 0, UINT32_MAX, NULL); /* fmt keeps no tally */
	if (!top) {
		if (tail) {
			blank(f, tail->span.start.line, f->first);
			comments(f, tail, 0, &f->first);
		}
		return;
	}
	sw_shape_contexts(top);
	/* a blank line between top-level blocks; `use` lines stand together
	 * (fmt does not move a `use` written below a collaboration: that
	 * would change what the collaboration sees, SW014 says so) */
	int use = top->kw == KW_USE;
	if (!f->first && !(use && f->last_use))
		sw_buf_putc(f->out, '\n');
	f->line = 0;
	int none = 1;
	comments(f, top->lead, 0, &none);
	blank(f, top->span.start.line, none);
	stmt(f, top, 0);
	f->first = 0;
	f->last_use = use;
}

static void nothing(void *ud, sw_parser *P, sw_stmt *top, sw_comment *tail)
{
	(void)ud, (void)top, (void)tail;
	sw_diags_drain(P->diags, 0, UINT32_MAX, NULL);
}

/* Does the text written to out from start read as another tree than src
 * (sw_fmt_dump)? */
static int changes_tree(const sw_source *src, const sw_buf *out, size_t start)
{
	sw_source again;
	sw_source_copy(&again, src->path, out->data ? out->data + start : "", out->len - start);
	sw_buf a = { 0 }, b = { 0 };
	size_t ca = 0, cb = 0;
	sw_fmt_dump(src, &a, &ca);
	sw_fmt_dump(&again, &b, &cb);
	int changed = a.len != b.len || (a.len && memcmp(a.data, b.data, a.len) != 0);
	sw_buf_free(&a);
	sw_buf_free(&b);
	sw_source_free(&again);
	return changed;
}

int sw_fmt(const sw_source *src, sw_lang lang, sw_diags *d, sw_buf *out)
{
	sw_diags scratch;
	sw_diags_init(&scratch, d->max);
	sw_diags *second = d;
	if (lang == SW_LANG_BOTH) {
		/* the language most keywords use is known only at the end: read
		 * the file once to learn it (and its syntax errors), then again to
		 * write it */
		sw_parser P;
		sw_parser_init(&P, src, d, nothing, NULL);
		sw_parser_run(&P);
		lang = sw_parser_lang(&P);
		sw_parser_free(&P);
		if (has_syntax_error(d)) {
			sw_diags_free(&scratch);
			return -1;
		}
		second = &scratch;
	}
	size_t start = out->len;
	fmt f;
	for (int safe = 0; safe < 2; safe++) {
		/* the second time the diagnostics are those of the first */
		sw_diags again;
		sw_diags_init(&again, d->max);
		memset(&f, 0, sizeof f);
		f.src = src;
		f.out = out;
		f.lang = lang;
		f.first = 1;
		f.safe_amounts = safe;
		f.report = safe ? &again : d;
		sw_parser P;
		sw_parser_init(&P, src, safe ? &again : second, write_top, &f);
		sw_parser_run(&P);
		sw_parser_free(&P);
		sw_diags_free(&again);
		if (safe || !f.ambiguous || f.refused || has_syntax_error(second) ||
		    !changes_tree(src, out, start))
			break;
		/* read otherwise than it was written: again, amounts with cents */
		out->len = start;
	}
	int rc = has_syntax_error(second) || f.refused ? -1 : 0;
	sw_diags_free(&scratch);
	return rc;
}

/* ---- the dump -------------------------------------------------------- */

typedef struct dump {
	sw_parser *P;
	sw_buf *out;
	size_t comments;
	sw_lang lang;            /* of the top-level statement being dumped */
} dump;

static size_t count(const sw_comment *c)
{
	size_t n = 0;
	for (; c; c = c->next)
		n++;
	return n;
}

static void dump_stmts(dump *d, const sw_stmt *s, int depth)
{
	for (; s; s = s->next) {
		d->comments += count(s->lead) + count(s->trail) + count(s->inner) + count(s->close_trail);
		sw_buf_printf(d->out, "%*s", depth * 2, "");
		sw_kwmark small[32], *marks;
		int known = classify(d->P, s, &marks, small, sizeof small / sizeof small[0]);
		if (known)
			sw_buf_printf(d->out, "kw:%d", (int)s->kw);
		else
			sw_buf_printf(d->out, "w:%s", s->head->text);
		size_t i = 0;
		long long cents;
		int frac;
		const sw_arg *prev = NULL;
		for (const sw_arg *a = known ? sw_stmt_args(s) : s->args; a; prev = a, a = a->next, i++) {
			if (known && marks[i].words && marks[i].kw == KW_AND) {
				sw_buf_puts(d->out, " 4:,"); /* as fmt writes it */
			} else if (known && amount_of(s, a, prev, d->lang, &cents, &frac) == SW_MONEY_OK) {
				/* an amount by its value: fmt writes it in the target
				 * language's way */
				sw_buf_printf(d->out, " amount:%lld", cents);
			} else if (known && marks[i].words) {
				sw_buf_printf(d->out, " kw:%d", (int)marks[i].kw);
				if (marks[i].kw2)
					sw_buf_printf(d->out, " kw:%d", (int)marks[i].kw2);
				for (unsigned w = 1, words = marks[i].words; w < words && a->next; w++)
					a = a->next, i++;
			} else if (a->kind == ARG_STRING) {
				sw_buf_printf(d->out, " s:%u:%s", (unsigned)a->len, a->text);
			} else {
				sw_buf_printf(d->out, " %d:%s", (int)a->kind, a->text);
			}
		}
		unclassify(marks, small);
		sw_buf_puts(d->out, s->has_block ? " {\n" : "\n");
		if (s->has_block) {
			dump_stmts(d, s->body, depth + 1);
			sw_buf_printf(d->out, "%*s}\n", depth * 2, "");
		}
	}
}

void sw_fmt_dump(const sw_source *src, sw_buf *out, size_t *comments)
{
	dump d = { NULL, out, 0, SW_LANG_EN };
	tops t = { 0 };
	sw_diags diags;
	sw_diags_init(&diags, 0);
	sw_parser P;
	sw_parser_init(&P, src, &diags, collect, &t);
	P.keep = 1;
	sw_parser_run(&P);
	d.P = &P;
	size_t k = 0;
	for (sw_stmt *top = t.first; top; top = top->next, k++) {
		sw_stmt *next = top->next;
		d.lang = k < t.n ? t.lang[k] : SW_LANG_EN;
		top->next = NULL;
		dump_stmts(&d, top, 0);
		top->next = next;
	}
	free(t.lang);
	d.comments += count(t.tail);
	if (comments)
		*comments = d.comments;
	sw_parser_free(&P);
	sw_diags_free(&diags);
}
