/* The examples of `samw explain` (diagnostics/explain.def): for every check of
 * the table and both languages, the bad example, checked as a file, reports
 * the check, and the good example does not. The list of checks comes from
 * the table, so a new check is covered as soon as it is added.
 *
 * Each example is written to a file of its own, in a fresh folder, and
 * checked as that file (document paths are relative to its folder):
 * - bad examples are checked in an empty folder, so a document they name
 *   does not exist (SW505's bad example is about exactly that);
 * - good examples are checked in a folder that holds every document they
 *   name inside it (SW506's good example names one, and it is not missing);
 * - an example that says "--max-diagnostics N" is checked with that limit,
 *   the good example of the same check and language too (SW010 only fires
 *   when a file has more diagnostics than the limit; `samw check` reports
 *   it for what the library counts as dropped); all others with no limit;
 * - SW008's bad examples hold a byte that is not UTF-8, written as it is. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diagnostics/explain.h"
#include "util.h"

static const char *const lang_name[2] = { "en", "nl" };
static char root[4096]; /* the temporary folder of all examples */

typedef struct example {
	sw_check check;
	int nl, good;
	char name[64];
} example;

/* The limit an example asks for with "--max-diagnostics N", or 0 (all). */
static size_t limit_of(const char *text)
{
	const char *m = text ? strstr(text, "--max-diagnostics ") : NULL;
	return m ? (size_t)strtoul(m + 18, NULL, 10) : 0;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
}

/* Create dir/path and the folders on its way (path relative, no ".."). */
static void create_document(const char *dir, const char *path, size_t len)
{
	sw_buf b = { 0 };
	sw_buf_printf(&b, "%s/", dir);
	for (size_t i = 0; i < len; i++) {
		if (path[i] == '/')
			mkdir(sw_buf_str(&b), 0700); /* may exist already */
		sw_buf_putc(&b, path[i]);
	}
	write_file(sw_buf_str(&b), "a document\n");
	sw_buf_free(&b);
}

/* Every `document "PATH"` of text that stays inside the folder exists in dir. */
static void create_documents(const char *dir, const char *text)
{
	for (const char *p = text; (p = strstr(p, "document \"")); ) {
		p += 10;
		const char *e = strchr(p, '"');
		assert_non_null(e);
		size_t n = (size_t)(e - p);
		char *path = strndup(p, n);
		if (n && path[0] != '/' && !strstr(path, "..") && !strchr(path, '\\'))
			create_document(dir, path, n);
		free(path);
		p = e + 1;
	}
}

/* The codes text reports, checked as the file dir/example.samw, joined by
 * spaces; *c0 counts the errors among them that say the file cannot be
 * read (criterion C0). */
static char *codes_of(const char *dir, const char *text, int nl, size_t limit, int *c0)
{
	sw_buf path = { 0 };
	sw_buf_printf(&path, "%s/example.samw", dir);
	write_file(sw_buf_str(&path), text);
	samw_source *s = NULL;
	int err = 0;
	assert_int_equal(samw_source_read(sw_buf_str(&path), (size_t)1 << 24, &s, &err), SAMW_READ_OK);
	/* a fixed day for the checks that depend on the date (SW712-SW714),
	 * whose examples are written for it */
	samw_options o = { .lang = nl ? SAMW_LANG_NL : SAMW_LANG_EN, .max_diagnostics = limit, .today = "2026-06-15" };
	samw_result *r = samw_check(s, &o);
	sw_buf b = { 0 };
	*c0 = 0;
	size_t n = samw_result_len(r);
	for (size_t i = 0; i < n; i++) {
		samw_diagnostic g;
		samw_result_get(r, i, &g);
		sw_buf_printf(&b, "%s%s", i ? " " : "", samw_check_code(g.check));
		*c0 += strcmp(samw_check_criterion(g.check), "C0") == 0 && g.severity == SAMW_ERROR;
	}
	/* SW010 is the note `samw check` adds when diagnostics were left out
	 * past the limit; the library counts them as dropped */
	if (samw_result_dropped(r))
		sw_buf_printf(&b, "%s%s", n ? " " : "", sw_check_info(SW010)->code);
	samw_result_free(r);
	samw_source_free(s);
	sw_buf_free(&path);
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return out;
}

static int has_code(const char *codes, const char *code)
{
	size_t n = strlen(code);
	for (const char *p = codes; (p = strstr(p, code)); p += n)
		if ((p == codes || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

/* Check an example as a file in a folder of its own (see the top). */
static char *check_example(const example *t, int *c0)
{
	const sw_explaininfo *x = sw_explain_info(t->check);
	const char *code = sw_check_info(t->check)->code;
	const char *text = t->good ? x->good[t->nl] : x->bad[t->nl];
	if (!text)
		print_error("%s has no %s-%s example in diagnostics/explain.def\n", code,
		            t->good ? "good" : "bad", lang_name[t->nl]);
	assert_non_null(text);
	static unsigned seq;
	sw_buf dir = { 0 };
	sw_buf_printf(&dir, "%s/%u-%s-%s-%s", root, seq++, code, t->good ? "good" : "bad",
	              lang_name[t->nl]);
	assert_int_equal(mkdir(sw_buf_str(&dir), 0700), 0);
	if (t->good)
		create_documents(sw_buf_str(&dir), text);
	char *codes = codes_of(sw_buf_str(&dir), text, t->nl, limit_of(x->bad[t->nl]), c0);
	sw_buf_free(&dir);
	return codes;
}

static void run_example(void **state)
{
	const example *t = *state;
	const sw_explaininfo *x = sw_explain_info(t->check);
	const char *code = sw_check_info(t->check)->code;
	const char *text = t->good ? x->good[t->nl] : x->bad[t->nl];
	int c0;
	char *codes = check_example(t, &c0);
	int fired = has_code(codes, code);
	if (fired == t->good)
		print_error("the %s-%s example of %s %s %s; it reports: %s\n--- the example\n%s",
		            t->good ? "good" : "bad", lang_name[t->nl], code,
		            t->good ? "reports" : "does not report", code, *codes ? codes : "nothing", text);
	assert_int_not_equal(fired, t->good);
	free(codes);
}

static example ex[SW__COUNT * 4];

/* An example that is not about reading the file can be read: the good
 * examples of every check and the bad examples of the criteria C1 to C7 have
 * no error of C0, so they are silent or fire for the reason they show. */
static void examples_can_be_read(void **state)
{
	(void)state;
	int bad = 0;
	for (size_t i = 0; i < sizeof ex / sizeof ex[0]; i++) {
		const example *t = &ex[i];
		if (!t->good && sw_check_info(t->check)->crit == CRIT_C0)
			continue;
		int c0;
		char *codes = check_example(t, &c0);
		if (c0) {
			print_error("the %s-%s example of %s cannot be read: it reports %s\n",
			            t->good ? "good" : "bad", lang_name[t->nl], sw_check_info(t->check)->code, codes);
			bad++;
		}
		free(codes);
	}
	assert_int_equal(bad, 0);
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	return remove(path);
}

static int make_root(void **state)
{
	(void)state;
	const char *tmp = getenv("TMPDIR");
	snprintf(root, sizeof root, "%s/samw-explain-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	return mkdtemp(root) ? 0 : -1;
}

static int remove_root(void **state)
{
	(void)state;
	return nftw(root, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

int main(void)
{
	enum { N = SW__COUNT * 4 };
	struct CMUnitTest tests[N + 1];
	size_t k = 0;
	for (int c = 0; c < SW__COUNT; c++)
		for (int nl = 0; nl < 2; nl++)
			for (int good = 0; good < 2; good++) {
				example *e = &ex[k];
				const char *code = sw_check_info((sw_check)c)->code;
				e->check = (sw_check)c;
				e->nl = nl;
				e->good = good;
				snprintf(e->name, sizeof e->name, "%s %s-%s %s %s", code, good ? "good" : "bad",
				         lang_name[nl], good ? "does not report" : "reports", code);
				tests[k] = (struct CMUnitTest){ e->name, run_example, NULL, NULL, e };
				k++;
			}
	tests[k++] = (struct CMUnitTest){ "good examples, and bad ones of C1 to C7, have no C0 error", examples_can_be_read,
		                          NULL, NULL, NULL };
	return _cmocka_run_group_tests("explain", tests, k, make_root, remove_root);
}
