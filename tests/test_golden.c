/* Golden test: every file in examples/ passes with nothing to report, and
 * every file in examples/invalid/ reports exactly the codes and positions
 * its `# expect: CODE line:col` comments list. */
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

/* "CODE line:col" for each diagnostic, one per line. */
static char *actual(const char *path)
{
	size_t len;
	char *text = read_file(path, &len);
	assert_non_null(text);
	samw_source *s = samw_source_new(path, text, len);
	samw_options o = { SAMW_LANG_EN, 0, NULL, 0, NULL };
	samw_result *r = samw_check(s, &o);
	sw_buf b = { 0 };
	for (size_t i = 0; i < samw_result_len(r); i++) {
		samw_diagnostic g;
		samw_result_get(r, i, &g);
		sw_buf_printf(&b, "%s %u:%u\n", samw_check_code(g.check),
		              (unsigned)g.start.line, (unsigned)g.start.column);
	}
	samw_result_free(r);
	samw_source_free(s);
	free(text);
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return out;
}

/* The `# expect:` lines of a file, in the same form. */
static char *expected(const char *path)
{
	char *text = read_file(path, NULL);
	assert_non_null(text);
	sw_buf b = { 0 };
	for (char *l = text; l && *l;) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = '\0';
		const char *m = strstr(l, "# expect: ");
		if (m)
			sw_buf_printf(&b, "%s\n", m + 10);
		l = nl ? nl + 1 : NULL;
	}
	free(text);
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(valid_examples),
		cmocka_unit_test(invalid_examples),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
