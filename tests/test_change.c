/* The public API of samw diff and of the baseline (include/samw.h):
 * snapshots compared, the flags that --fail-on reads, the JSON and text
 * written, and the calls the baseline is built on (the collaboration a
 * diagnostic lies in, its identity across versions, keeping some). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "include/samw.h"

static const char base[] =
	"collaboration c \"C\" {\n"
	"    form network\n"
	"    goal \"g\"\n"
	"    result \"r\"\n"
	"    term 2025-01-01 until 2027-12-31\n"
	"    strategy \"s\"\n"
	"    process \"p\"\n"
	"    style \"y\"\n"
	"    party a \"A\" {\n"
	"        interest \"i\"\n"
	"        contributes \"x\"\n"
	"        gives-up \"u\"\n"
	"        person \"P\" role director\n"
	"    }\n"
	"    party b \"B\" {\n"
	"        interest \"i\"\n"
	"        contributes \"x\"\n"
	"        gives-up \"u\"\n"
	"        person \"Q\" role director\n"
	"    }\n"
	"    party d \"D\" {\n"
	"        interest \"i\"\n"
	"        contributes \"x\"\n"
	"        gives-up \"u\"\n"
	"        person \"R\" role director\n"
	"    }\n"
	"    agreement k {\n"
	"        kind contract\n"
	"        shares risks, costs\n"
	"    }\n"
	"    governance {\n"
	"        body g {\n"
	"            members a, b, d\n"
	"            decides consensus\n"
	"        }\n"
	"    }\n"
	"}\n";

/* text with the first occurrence of from replaced by to (malloc'd) */
static char *edit(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);
	assert_non_null(at);
	size_t n = strlen(text) - strlen(from) + strlen(to);
	char *s = malloc(n + 1);
	assert_non_null(s);
	size_t k = (size_t)(at - text);
	memcpy(s, text, k);
	strcpy(s + k, to);
	strcat(s, at + strlen(from));
	return s;
}

static samw_snapshot *snap(const char *text, samw_lang lang)
{
	samw_source *src = samw_source_new("x.samw", text, strlen(text));
	samw_options o = { .lang = lang, .document_dir = "." };
	samw_snapshot *s = samw_snapshot_new(lang);
	samw_snapshot_add(s, src, NULL, &o);
	samw_source_free(src);
	return s;
}

/* The changes from a to b written in a format, as a string (malloc'd);
 * *len and *flags of the comparison. */
static char *compare(const char *a, const char *b, samw_changes_format f, samw_lang lang, size_t *len,
                     unsigned *flags)
{
	samw_snapshot *x = snap(a, lang), *y = snap(b, lang);
	samw_changes *c = samw_compare(x, y);
	char *out = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&out, &n);
	assert_non_null(m);
	samw_changes_write(m, c, f);
	fclose(m);
	*len = samw_changes_len(c);
	*flags = samw_changes_flags(c);
	samw_changes_free(c);
	samw_snapshot_free(x);
	samw_snapshot_free(y);
	return out;
}

static void test_no_change(void **state)
{
	(void)state;
	size_t n;
	unsigned f;
	char *out = compare(base, base, SAMW_CHANGES_TEXT, SAMW_LANG_EN, &n, &f);
	assert_int_equal(n, 0);
	assert_int_equal(f, 0);
	assert_string_equal(out, "no changes\n");
	free(out);
	/* the same text laid out otherwise, in Dutch keywords */
	char *t = edit(base, "    form network\n", "  vorm   netwerk ;\n");
	out = compare(base, t, SAMW_CHANGES_TEXT, SAMW_LANG_NL, &n, &f);
	assert_int_equal(n, 0);
	assert_string_equal(out, "geen wijzigingen\n");
	free(out);
	free(t);
}

static void test_party_left(void **state)
{
	(void)state;
	size_t n;
	unsigned f;
	char *t = edit(base, "        person \"R\" role director\n", "        person \"R\" role director\n        left 2026-01-01\n");
	char *out = compare(base, t, SAMW_CHANGES_TEXT, SAMW_LANG_EN, &n, &f);
	assert_int_equal(f & SAMW_CHANGE_PARTY_LEFT, SAMW_CHANGE_PARTY_LEFT);
	assert_non_null(strstr(out, "  - party 'd' left on 2026-01-01\n"));
	free(out);
	free(t);
}

static void test_shares_json(void **state)
{
	(void)state;
	size_t n;
	unsigned f;
	char *t = edit(base, "shares risks, costs", "shares risks");
	char *out = compare(base, t, SAMW_CHANGES_JSON, SAMW_LANG_EN, &n, &f);
	assert_int_equal(n, 1);
	assert_int_equal(f, 0);
	assert_non_null(strstr(out, "\"kind\":\"item-removed\",\"subject\":{\"type\":\"agreement\",\"name\":\"k\"},"
	                            "\"field\":\"shares\",\"before\":[[{\"type\":\"keyword\",\"value\":\"costs\"}]]"));
	assert_non_null(strstr(out, "\"message\":\"agreement 'k': no longer shares costs\""));
	free(out);
	free(t);
}

static void test_new_error_and_verdict(void **state)
{
	(void)state;
	size_t n;
	unsigned f;
	/* an acquisition: a new error, and no longer a collaboration */
	char *t = edit(base, "        kind contract\n", "        kind acquisition\n        acquired d\n");
	char *out = compare(base, t, SAMW_CHANGES_TEXT, SAMW_LANG_EN, &n, &f);
	assert_int_equal(f & SAMW_CHANGE_NEW_ERROR, SAMW_CHANGE_NEW_ERROR);
	assert_int_equal(f & SAMW_CHANGE_VERDICT_LOST, SAMW_CHANGE_VERDICT_LOST);
	assert_non_null(strstr(out, "  - verdict changed from a collaboration to not a collaboration: "));
	free(out);
	/* the other way round nothing is lost */
	out = compare(t, base, SAMW_CHANGES_TEXT, SAMW_LANG_EN, &n, &f);
	assert_int_equal(f & (SAMW_CHANGE_NEW_ERROR | SAMW_CHANGE_VERDICT_LOST), 0);
	free(out);
	free(t);
}

static void test_identity_and_keep(void **state)
{
	(void)state;
	char *t = edit(base, "    form network\n", "    form network\n    goal \"\"\n    goal \"\"\n");
	samw_source *src = samw_source_new("x.samw", t, strlen(t));
	samw_options o = { .lang = SAMW_LANG_NL, .document_dir = "." };
	samw_result *r = samw_check(src, &o);
	assert_int_equal(samw_result_len(r), 2);
	char a[256], b[256];
	samw_result_identity(r, 0, a, sizeof a);
	samw_result_identity(r, 1, b, sizeof b);
	/* English, whatever the language of messages, and the same for both */
	assert_string_equal(a, "the text after 'goal' is empty");
	assert_string_equal(a, b);
	assert_string_equal(samw_result_collaboration(r, 0), "c");
	unsigned char keep[2] = { 0, 1 };
	samw_result_keep(r, keep, 0);
	assert_int_equal(samw_result_len(r), 1);
	assert_int_equal(samw_result_count(r, SAMW_ERROR), 1);
	samw_diagnostic d;
	samw_result_get(r, 0, &d);
	assert_int_equal(d.start.line, 4);
	samw_result_free(r);
	samw_source_free(src);
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_change),
		cmocka_unit_test(test_party_left),
		cmocka_unit_test(test_shares_json),
		cmocka_unit_test(test_new_error_and_verdict),
		cmocka_unit_test(test_identity_and_keep),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
