/* The quick match of the statements people write (sw_match_text and
 * sw_match_quick) reads every statement it takes as the walk over the
 * shape's specs (sw_match_walk) does: on every statement of the examples
 * and of the test inputs, and on each with an argument left out, doubled,
 * or swapped with the next, whatever it takes the walk takes without a
 * word to say, into the same fields. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/build.h"
#include "util.h"

static int quick_taken, compared;

/* The fields of m that a statement of shape sp has, as text. */
static void fields(sw_buf *b, const sw_shape *sp, const margs *m)
{
	sw_buf_printf(b, "ok %d", m->ok);
	for (int i = 0; i < SW_SHAPE_ARGS && sp->args[i].kind; i++) {
		switch ((sw_akind)sp->args[i].kind) {
		case A_NAME: sw_buf_printf(b, " name %p", (void *)m->name); break;
		case A_TITLE: sw_buf_printf(b, " title %p", (void *)m->title); break;
		case A_TEXT:
			sw_buf_printf(b, " ntext %d", m->ntext);
			for (int j = 0; j < m->ntext && j < 2; j++)
				sw_buf_printf(b, " text %p", (void *)m->text[j]);
			break;
		case A_DATE:
			sw_buf_printf(b, " ndate %d", m->ndate);
			for (int j = 0; j < m->ndate && j < 2; j++)
				sw_buf_printf(b, " date %p", (void *)m->date[j]);
			break;
		case A_DATE_OR_OPEN:
			/* after a DATE: the dates are written there */
			sw_buf_printf(b, " open %d", m->open);
			break;
		case A_COUNT: sw_buf_printf(b, " count %p", (void *)m->count_arg); break;
		case A_AMOUNT:
		case A_OPT_AMOUNT:
			sw_buf_printf(b, " amount %p %p", (void *)m->currency, (void *)m->number);
			break;
		case A_OPT: sw_buf_printf(b, " opt%d %d", i, m->opt[i]); break;
		case A_VALUE: sw_buf_printf(b, " value %d bad %d", m->value, m->value_bad); break;
		case A_VALUES:
			sw_buf_printf(b, " bad %d shared %u n %u", m->value_bad, m->shared, m->nvalues);
			for (unsigned j = 0; j < m->nvalues; j++)
				sw_buf_printf(b, " %d", m->values[j]);
			break;
		case A_REF_OR_TEXT:
			sw_buf_printf(b, " ntext %d", m->ntext);
			if (m->ntext)
				sw_buf_printf(b, " text %p", (void *)m->text[0]);
			/* fall through */
		case A_REF:
		case A_REFS:
		case A_DECIDER:
			sw_buf_puts(b, " refs");
			for (const sw_ref *r = m->refs; r; r = r->next)
				sw_buf_printf(b, " %p", (void *)r->arg);
			if (sp->args[i].kind == A_DECIDER)
				sw_buf_printf(b, " value %d bad %d ratio %p", m->value, m->value_bad,
				              (void *)m->ratio_arg);
			break;
		case A_AGREEMENT_REF: sw_buf_printf(b, " aref %p", (void *)m->aref); break;
		case A_WORD:
		case A_END: break;
		}
	}
}

/* Match s (its arguments from args on, n of them) quickly, by the walk,
 * and quickly again (the walk learns which words may begin a keyword of
 * several words): what the quick match takes, the walk takes alike. */
static void compare(sw_parser *P, const sw_stmt *s, sw_arg **args, size_t n)
{
	const sw_shape *sp = s->kw && s->ctx < CTX__COUNT ? sw_shape_find((sw_ctx)s->ctx, s->kw) : NULL;
	if (!sp)
		return;
	sw_arg copy[16];
	if (n > 16)
		n = 16;
	for (size_t i = 0; i < n; i++) {
		copy[i] = *args[i];
		copy[i].next = i + 1 < n ? &copy[i + 1] : NULL;
	}
	sw_stmt t = *s;
	t.args = n ? &copy[0] : NULL;
	t.head_words = 0;
	sw_diags d;
	sw_diags_init(&d, 0);
	sw_build h = { P, &d, SW_LANG_EN, &P->tree, NULL };
	margs q1, w, q2;
	/* what a match leaves unset reads as garbage, not as the zeros a
	 * fresh stack may hold */
	memset(&q1, 0xA5, sizeof q1);
	memset(&w, 0x5A, sizeof w);
	memset(&q2, 0xC3, sizeof q2);
	q1.marks = w.marks = q2.marks = NULL;
	q1.nmarks = w.nmarks = q2.nmarks = 0;
	int took1 = sw_match_text(&t, sp, &q1) || sw_match_quick(&h, &t, sp, &q1);
	sw_match_walk(&h, &t, sp, &w);
	size_t reported = d.len;
	int took2 = sw_match_text(&t, sp, &q2) || sw_match_quick(&h, &t, sp, &q2);
	sw_buf bw = { 0 };
	fields(&bw, sp, &w);
	for (int k = 0; k < 2; k++) {
		if (!(k ? took2 : took1))
			continue;
		quick_taken++;
		sw_buf bq = { 0 };
		fields(&bq, sp, k ? &q2 : &q1);
		if (reported || strcmp(sw_buf_str(&bq), sw_buf_str(&bw)) != 0) {
			print_error("%s (line %u, %zu arguments): quick '%s', walk '%s' with %zu reports\n",
			            sw_kwtext(s), s->span.start.line, n, sw_buf_str(&bq), sw_buf_str(&bw),
			            reported);
			fail();
		}
		compared++;
		sw_buf_free(&bq);
	}
	sw_buf_free(&bw);
	sw_diags_free(&d);
}

/* Each statement as written, and with one argument left out, doubled, or
 * swapped with the next. */
static void variants(sw_parser *P, const sw_stmt *s)
{
	sw_arg *all[16], *v[17];
	size_t n = 0;
	for (const sw_arg *a = sw_stmt_args(s); a && n < 16; a = a->next)
		all[n++] = (sw_arg *)a;
	compare(P, s, all, n);
	for (size_t j = 0; j < n; j++) {
		size_t k = 0;
		for (size_t i = 0; i < n; i++)
			if (i != j)
				v[k++] = all[i];
		compare(P, s, v, k);
		k = 0;
		for (size_t i = 0; i < n && k < 16; i++) {
			v[k++] = all[i];
			if (i == j && k < 16)
				v[k++] = all[i];
		}
		compare(P, s, v, k);
		if (j + 1 < n) {
			memcpy(v, all, n * sizeof *v);
			v[j] = all[j + 1];
			v[j + 1] = all[j];
			compare(P, s, v, n);
		}
	}
}

static void each(sw_parser *P, const sw_stmt *s)
{
	for (; s; s = s->next) {
		variants(P, s);
		if (s->has_block)
			each(P, s->body);
	}
}

/* Each top-level statement as it is read. */
static void on_top(void *ud, sw_parser *P, sw_stmt *top, sw_comment *tail)
{
	(void)ud;
	(void)tail;
	if (!top)
		return;
	sw_shape_contexts(top);
	each(P, top);
}

static void one_file(const char *path)
{
	size_t len;
	char *text = read_file(path, &len);
	assert_non_null(text);
	sw_source src;
	sw_source_copy(&src, path, text, len);
	sw_diags d;
	sw_diags_init(&d, 0);
	sw_parser P;
	sw_parser_init(&P, &src, &d, on_top, NULL);
	sw_parser_run(&P);
	sw_parser_free(&P);
	sw_diags_free(&d);
	sw_source_free(&src);
	free(text);
}

static void quick_match_is_the_walk(void **st)
{
	(void)st;
	each_samw("../examples", one_file);
	each_samw(".", one_file);
	/* the corpus reaches the quick match, and often */
	assert_true(quick_taken > 2000);
	assert_int_equal(compared, quick_taken);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quick_match_is_the_walk),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
