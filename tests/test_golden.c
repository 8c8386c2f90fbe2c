/* Golden test: every file in examples/ passes with nothing to report, and
 * every file in examples/invalid/ reports exactly the diagnostics its
 * `# expect: SEVERITY CODE line:col` comments list (like
 * `# expect: note SW501 12:5`): the same severities, codes and positions,
 * all of them, in the same order. A `# expect:` line in any other form (the
 * old `# expect: SW501 12:5` without a severity, too) fails the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .samw files of a folder, sorted. */
static char **list(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	char **v = NULL;
	*n = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t k = strlen(e->d_name);
		if (k < 6 || strcmp(e->d_name + k - 5, ".samw") != 0)
			continue;
		v = realloc(v, (*n + 1) * sizeof *v);
		v[*n] = malloc(strlen(dir) + k + 2);
		sprintf(v[*n], "%s/%s", dir, e->d_name);
		(*n)++;
	}
	closedir(d);
	if (*n > 1)
		qsort(v, *n, sizeof *v, by_name);
	return v;
}

static const char *const sev_word[3] = { "note", "warning", "error" };

/* "SEVERITY CODE line:col" for each diagnostic, one per line. */
static char *actual(const char *path)
{
	size_t len;
	char *text = read_file(path, &len);
	assert_non_null(text);
	sw_source s = source_of(path, text, len);
	samw_opts o = { 0, 0, NULL, 0, NULL };
	sw_diags d;
	sw_diags_init(&d, 0);
	samw_check(&s, &o, &d);
	sw_buf b = { 0 };
	for (size_t i = 0; i < d.len; i++)
		sw_buf_printf(&b, "%s %s %u:%u\n", sev_word[d.v[i].sev], sw_check_info(d.v[i].check)->code,
		              (unsigned)d.v[i].span.start.line, (unsigned)d.v[i].span.start.col);
	sw_diags_free(&d);
	free(s.text);
	free(text);
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return out;
}

/* One `# expect:` comment, the text after "# expect:": a severity, a check
 * code and a position, single spaces, nothing else. Returns NULL and writes
 * the normal form to out, or returns what is wrong with it. */
static const char *expect_line(const char *s, sw_buf *out)
{
	char sev[16], code[16];
	unsigned line, col;
	if (*s++ != ' ')
		return "write one space after '# expect:'";
	if (strncmp(s, "SW", 2) == 0)
		return "the severity is missing: write '# expect: SEVERITY CODE line:col' "
		       "(SEVERITY one of note, warning, error), like '# expect: note SW501 12:5'";
	char again[64];
	if (sscanf(s, "%15s %15s %u:%u", sev, code, &line, &col) != 4 ||
	    (snprintf(again, sizeof again, "%s %s %u:%u", sev, code, line, col), strcmp(again, s) != 0))
		return "write it as '# expect: SEVERITY CODE line:col', like '# expect: note SW501 12:5'";
	int known = 0;
	for (int i = 0; i < 3; i++)
		known |= strcmp(sev, sev_word[i]) == 0;
	if (!known)
		return "the severity must be note, warning or error";
	int found = 0;
	for (int c = 0; c < SW__COUNT; c++)
		found |= strcmp(code, sw_check_info((sw_check)c)->code) == 0;
	if (!found)
		return "no check has this code";
	sw_buf_printf(out, "%s %s %u:%u\n", sev, code, line, col);
	return NULL;
}

/* The `# expect:` lines of a text, in the form actual() writes. *err is
 * NULL, or a message naming the first line that is not in that form. */
static char *expected_of(const char *path, const char *text, char **err)
{
	char *copy = strdup(text);
	sw_buf b = { 0 };
	*err = NULL;
	unsigned no = 1;
	for (char *l = copy; l && *l; no++) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = '\0';
		const char *m = strstr(l, "# expect:");
		const char *why = m ? expect_line(m + 9, &b) : NULL;
		if (why && !*err) {
			sw_buf e = { 0 };
			sw_buf_printf(&e, "%s:%u: '%s': %s", path, no, m, why);
			*err = strdup(sw_buf_str(&e));
			sw_buf_free(&e);
		}
		l = nl ? nl + 1 : NULL;
	}
	free(copy);
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return out;
}

static char *expected(const char *path)
{
	char *text = read_file(path, NULL);
	assert_non_null(text);
	char *err;
	char *out = expected_of(path, text, &err);
	if (err)
		print_error("%s\n", err);
	assert_null(err);
	free(text);
	return out;
}

static void valid_examples(void **st)
{
	(void)st;
	size_t n;
	char **v = list("../examples", &n);
	assert_true(n >= 8);
	for (size_t i = 0; i < n; i++) {
		char *got = actual(v[i]);
		if (*got)
			print_error("%s should pass cleanly, but reports:\n%s", v[i], got);
		assert_string_equal(got, "");
		free(got);
		free(v[i]);
	}
	free(v);
}

static void invalid_examples(void **st)
{
	(void)st;
	size_t n;
	char **v = list("../examples/invalid", &n);
	assert_true(n >= 7);
	for (size_t i = 0; i < n; i++) {
		char *got = actual(v[i]), *want = expected(v[i]);
		if (strcmp(got, want) != 0)
			print_error("%s\n--- expected\n%s--- got\n%s", v[i], want, got);
		assert_true(*want != '\0');
		assert_string_equal(got, want);
		free(got);
		free(want);
		free(v[i]);
	}
	free(v);
}

/* The form of `# expect:` lines: the one accepted form, and the forms that
 * make the golden test fail, above all the old one without a severity. */
static void expect_form(void **st)
{
	(void)st;
	static const struct {
		const char *line, *want, *why;
	} cases[] = {
		{ "# expect: note SW501 12:5", "note SW501 12:5\n", NULL },
		{ "# expect: error SW701 77:14", "error SW701 77:14\n", NULL },
		{ "# expect: SW501 12:5", NULL, "the severity is missing" },
		{ "# expect: NOTE SW501 12:5", NULL, "the severity must be" },
		{ "# expect: fatal SW501 12:5", NULL, "the severity must be" },
		{ "# expect: note SW999 12:5", NULL, "no check has this code" },
		{ "# expect: note SW501", NULL, "write it as" },
		{ "# expect: note SW501 12", NULL, "write it as" },
		{ "# expect: note SW501 12:5 and more", NULL, "write it as" },
		{ "# expect: note SW501 12:5 ", NULL, "write it as" },
		{ "# expect: note  SW501 12:5", NULL, "write it as" },
		{ "# expect: note SW501 12:05", NULL, "write it as" },
		{ "# expect:note SW501 12:5", NULL, "write one space" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char text[128], *err;
		snprintf(text, sizeof text, "collaboration c {\n%s\n}\n", cases[i].line);
		char *got = expected_of("x.samw", text, &err);
		if (cases[i].why) {
			if (!err || !strstr(err, cases[i].why))
				print_error("'%s' should be refused (%s), got: %s\n", cases[i].line,
				            cases[i].why, err ? err : "accepted");
			assert_non_null(err);
			assert_non_null(strstr(err, cases[i].why));
			assert_non_null(strstr(err, "x.samw:2: "));
		} else {
			if (err)
				print_error("'%s' should be accepted: %s\n", cases[i].line, err);
			assert_null(err);
			assert_string_equal(got, cases[i].want);
		}
		free(err);
		free(got);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(expect_form),
		cmocka_unit_test(valid_examples),
		cmocka_unit_test(invalid_examples),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
