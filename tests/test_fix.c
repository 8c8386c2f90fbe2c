/* Fix-its and samw_fix_source: which fixes are machine-applicable, where
 * a missing statement is inserted and how it reads, the choice of fixes
 * that overlap, rounds that uncover more fixes, and the files that are
 * never fixed (encoding errors) or fixed only in part (syntax errors). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "api/fix.h"
#include "include/samw.h"

/* The first diagnostic of code in text, checked as x.samw; its fix in
 * *fx (fails when there is none). r is the caller's to free. */
static samw_result *fix_of(const char *text, const char *code, size_t *at, samw_fix *fx)
{
	samw_source *s = samw_source_new("x.samw", text, strlen(text));
	samw_options o = { .lang = SAMW_LANG_EN, .no_verdicts = 1 };
	samw_result *r = samw_check(s, &o);
	samw_source_free(s);
	for (size_t i = 0; i < samw_result_len(r); i++) {
		samw_diagnostic d;
		samw_result_get(r, i, &d);
		if (strcmp(samw_check_code(d.check), code) == 0) {
			*at = i;
			assert_int_equal(samw_result_fix(r, i, fx), 1);
			return r;
		}
	}
	fail_msg("no %s", code);
	return r;
}

/* text with fx applied */
static char *applied(const char *text, const samw_fix *fx)
{
	size_t n = strlen(text), k = strlen(fx->replacement);
	char *out = malloc(n + k + 1);
	assert_non_null(out);
	memcpy(out, text, fx->start.offset);
	memcpy(out + fx->start.offset, fx->replacement, k);
	strcpy(out + fx->start.offset + k, text + fx->end.offset);
	return out;
}

/* text with the fix of the first diagnostic of code applied (malloc'd) */
static char *with_fix(const char *text, const char *code)
{
	size_t i;
	samw_fix fx;
	samw_result *r = fix_of(text, code, &i, &fx);
	char *got = applied(text, &fx);
	samw_result_free(r);
	return got;
}

static void keyword_typo_is_applicable(void **st)
{
	(void)st;
	const char *t = "collaboration c \"C\" {\n    form allaince\n}\n";
	size_t i;
	samw_fix fx;
	samw_result *r = fix_of(t, "SW005", &i, &fx);
	assert_string_equal(fx.replacement, "alliance");
	assert_int_equal(fx.applicable, 1);
	assert_int_equal(fx.inserts, 0);
	assert_int_equal(fx.start.line, 2);
	assert_int_equal(fx.start.column, 10);
	assert_int_equal(fx.end.offset - fx.start.offset, 8);
	samw_diagnostic d;
	samw_result_get(r, i, &d);
	assert_string_equal(d.replacement, "alliance"); /* the old field, as before */
	char buf[64];
	samw_result_text(r, i, SAMW_PART_FIX, SAMW_LANG_NL, buf, sizeof buf);
	assert_string_equal(buf, "bedoelde je 'alliance'?");
	samw_result_free(r);
}

static void name_typo_is_a_suggestion(void **st)
{
	(void)st;
	const char *t = "collaboration c \"C\" {\n    party alpha \"A\" {\n    }\n"
	                "    agreement x {\n        kind contract\n        between alpha, alpah\n    }\n}\n";
	size_t i;
	samw_fix fx;
	samw_result *r = fix_of(t, "SW007", &i, &fx);
	assert_string_equal(fx.replacement, "alpha");
	assert_int_equal(fx.applicable, 0);
	samw_result_free(r);
}

static void missing_goal_inserted_at_the_top(void **st)
{
	(void)st;
	const char *t = "collaboration c \"C\" { # open\n    form network\n}\n";
	size_t i;
	samw_fix fx;
	samw_result *r = fix_of(t, "SW201", &i, &fx);
	assert_int_equal(fx.inserts, 1);
	assert_int_equal(fx.applicable, 0);
	assert_int_equal(fx.start.line, 2);
	assert_int_equal(fx.start.column, 1);
	assert_int_equal(fx.start.offset, fx.end.offset);
	char *got = applied(t, &fx);
	assert_string_equal(got, "collaboration c \"C\" { # open\n"
	                         "    goal \"what the parties want to achieve together\"\n"
	                         "    form network\n}\n");
	/* the diagnostic has no replacement of its own span */
	samw_diagnostic d;
	samw_result_get(r, i, &d);
	assert_null(d.replacement);
	char buf[128];
	samw_result_text(r, i, SAMW_PART_FIX, SAMW_LANG_EN, buf, sizeof buf);
	assert_string_equal(buf, "add `goal \"what the parties want to achieve together\"`");
	assert_int_equal(samw_result_text(r, i, SAMW_PART_SUGGESTION, SAMW_LANG_EN, buf, sizeof buf), 0);
	free(got);
	samw_result_free(r);
}

static void dutch_file_crlf_person_at_the_end(void **st)
{
	(void)st;
	const char *t = "samenwerking c \"C\" {\r\n    partij a \"A\" {\r\n        belang \"x\"\r\n    }\r\n}\r\n";
	char *got = with_fix(t, "SW301");
	assert_string_equal(got, "samenwerking c \"C\" {\r\n    partij a \"A\" {\r\n        belang \"x\"\r\n"
	                         "        persoon \"Naam\" rol bestuurder\r\n    }\r\n}\r\n");
	free(got);
}

static void agreement_kind_and_governance(void **st)
{
	(void)st;
	const char *t = "collaboration c \"C\" {\n    party a \"A\" {\n    }\n    party b \"B\" {\n    }\n"
	                "    agreement x {\n        between a, b\n    }\n}\n";
	char *got = with_fix(t, "SW009");
	assert_non_null(strstr(got, "    agreement x {\n        kind contract\n        between a, b\n"));
	free(got);
	got = with_fix(t, "SW204");
	assert_non_null(strstr(got, "        between a, b\n    }\n"
	                            "    governance {\n"
	                            "        body steering-group \"Steering group\" {\n"
	                            "            members a, b\n"
	                            "            decides consensus\n"
	                            "        }\n"
	                            "    }\n}\n"));
	free(got);
}

static void interest_and_agreement(void **st)
{
	(void)st;
	const char *t = "collaboration c \"C\" {\n    party a \"A\" {\n    }\n    party b \"B\" {\n"
	                "        left 2020-01-01\n    }\n    party d \"D\" {\n    }\n}\n";
	char *got = with_fix(t, "SW402");
	assert_string_equal(got, "collaboration c \"C\" {\n    party a \"A\" {\n"
	                         "        interest \"what it expects to gain\"\n    }\n"
	                         "    party b \"B\" {\n        left 2020-01-01\n    }\n    party d \"D\" {\n    }\n}\n");
	free(got);
	/* between the parties that have not left */
	got = with_fix(t, "SW501");
	assert_non_null(strstr(got, "    party d \"D\" {\n    }\n"
	                            "    agreement joint-agreement {\n"
	                            "        kind informal\n"
	                            "        between a, d\n"
	                            "    }\n}\n"));
	free(got);
}

static void block_on_one_line_gets_no_insertion(void **st)
{
	(void)st;
	const char *t = "collaboration c \"C\" { form network }\n";
	samw_source *s = samw_source_new("x.samw", t, strlen(t));
	samw_result *r = samw_check(s, NULL);
	for (size_t i = 0; i < samw_result_len(r); i++) {
		samw_fix fx;
		assert_int_equal(samw_result_fix(r, i, &fx), 0);
	}
	samw_result_free(r);
	samw_source_free(s);
}

static void pick_overlapping(void **st)
{
	(void)st;
	sw_edit v[] = {
		{ 10, 14, "d" }, /* overlaps 'f', taken before it: waits */
		{ 0, 3, "a" },
		{ 8, 12, "c" },  /* starts where the insertion 'i' is: waits */
		{ 3, 5, "b" },   /* touches 'a' only at its end: both taken */
		{ 8, 8, "i" },   /* of two at one place, the shorter comes first */
		{ 9, 11, "f" },  /* overlaps 'c', which is not taken: taken */
		{ 20, 20, "e" },
	};
	size_t n = sw_fix_pick(v, 7);
	assert_int_equal(n, 5);
	assert_string_equal(v[0].text, "a");
	assert_string_equal(v[1].text, "b");
	assert_string_equal(v[2].text, "i");
	assert_string_equal(v[3].text, "f");
	assert_string_equal(v[4].text, "e");
	sw_buf b = { 0 };
	sw_edit w[] = { { 0, 3, "X" }, { 3, 5, "" }, { 9, 9, "!" } };
	sw_fix_apply(&b, "abcdefghij", 10, w, 3);
	assert_string_equal(sw_buf_str(&b), "Xfghi!j");
	sw_buf_free(&b);
}

static char *fixed(const char *t, size_t *applied_n, int *rc)
{
	samw_source *s = samw_source_new("x.samw", t, strlen(t));
	char *out = NULL;
	size_t len = 0;
	*rc = samw_fix_source(s, NULL, &out, &len, applied_n);
	samw_source_free(s);
	if (out)
		assert_int_equal(strlen(out), len);
	return out;
}

static void rounds_uncover_fixes(void **st)
{
	(void)st;
	/* the block after an unknown keyword is not read: its typo shows only
	 * once the keyword is fixed */
	const char *t = "collaboration c \"C\" {\n    parrty a \"A\" {\n        intrest \"x\"\n    }\n}\n";
	size_t n;
	int rc;
	char *out = fixed(t, &n, &rc);
	assert_int_equal(rc, 0);
	assert_int_equal(n, 2);
	assert_string_equal(out, "collaboration c \"C\" {\n    party a \"A\" {\n        interest \"x\"\n    }\n}\n");
	/* a second time: nothing */
	char *again = fixed(out, &n, &rc);
	assert_int_equal(n, 0);
	assert_string_equal(again, out);
	free(again);
	free(out);
}

static void never_after_a_syntax_error_nor_bad_utf8(void **st)
{
	(void)st;
	size_t n;
	int rc;
	char *out = fixed("collaboration c \"C\" {\n    form allaince\n    goal \"open\n    reslt \"r\"\n}\n", &n, &rc);
	assert_int_equal(rc, 0);
	assert_int_equal(n, 1);
	assert_string_equal(out, "collaboration c \"C\" {\n    form alliance\n    goal \"open\n    reslt \"r\"\n}\n");
	free(out);
	out = fixed("collaboration c \"C\" {\n    form allaince\n    goal \"\xff\"\n}\n", &n, &rc);
	assert_int_equal(rc, -1);
	assert_null(out);
	assert_int_equal(n, 0);
}

static void silenced_checks_are_not_fixed(void **st)
{
	(void)st;
	const char *t = "collaboration c \"C\" {\n    form allaince\n}\n";
	signed char sev[64];
	assert_true(samw_checks() <= sizeof sev);
	for (size_t i = 0; i < samw_checks(); i++)
		sev[i] = SAMW_KEEP;
	sev[samw_check_find("SW005")] = SAMW_OFF;
	samw_options o = { .lang = SAMW_LANG_EN, .severity = sev };
	samw_source *s = samw_source_new("x.samw", t, strlen(t));
	char *out;
	size_t len, n;
	assert_int_equal(samw_fix_source(s, &o, &out, &len, &n), 0);
	assert_int_equal(n, 0);
	assert_string_equal(out, t);
	free(out);
	samw_source_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(keyword_typo_is_applicable),
		cmocka_unit_test(name_typo_is_a_suggestion),
		cmocka_unit_test(missing_goal_inserted_at_the_top),
		cmocka_unit_test(dutch_file_crlf_person_at_the_end),
		cmocka_unit_test(agreement_kind_and_governance),
		cmocka_unit_test(interest_and_agreement),
		cmocka_unit_test(block_on_one_line_gets_no_insertion),
		cmocka_unit_test(pick_overlapping),
		cmocka_unit_test(rounds_uncover_fixes),
		cmocka_unit_test(never_after_a_syntax_error_nor_bad_utf8),
		cmocka_unit_test(silenced_checks_are_not_fixed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
