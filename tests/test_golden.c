/* Golden test: every file in examples/ passes with nothing to report, and
 * every file in examples/invalid/ reports exactly the diagnostics its
 * `# expect: SEVERITY CODE line:col` comments list (like
 * `# expect: note SW501 12:5`): the same severities, codes and positions,
 * all of them, in the same order. A `# expect:` line in any other form (the
 * old `# expect: SW501 12:5` without a severity, too) fails the test.
 *
 * Verdicts too: `# verdict: NAME STATUS C1=S ... C7=S` (STATUS one of
 * collaboration, not-collaboration, not-yet, not-assessed; S one of met,
 * not_evidenced, violated, the words of `samw report --format json`) states
 * the verdict on each collaboration, in order. Every file in
 * examples/invalid/ states the verdict of every collaboration it holds; a
 * file in examples/ that states none is a collaboration with every
 * criterion met. */
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
static const char *const verdict_word[4] = { "collaboration", "not-collaboration", "not-yet", "not-assessed" };
static const char *const status_word[3] = { "met", "not_evidenced", "violated" };

/* "NAME STATUS C1=S ... C7=S" for each collaboration, one per line. */
static char *verdicts_of(const samw_result *r)
{
	sw_buf b = { 0 };
	for (size_t i = 0; i < samw_result_collaborations(r); i++) {
		const char *name = NULL;
		samw_verdict v = samw_result_verdict(r, i, &name, NULL);
		sw_buf_printf(&b, "%s %s", name, verdict_word[v]);
		for (unsigned c = 0; c < 7; c++)
			sw_buf_printf(&b, " C%u=%s", c + 1, status_word[samw_result_criterion(r, i, c)]);
		sw_buf_putc(&b, '\n');
	}
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return out;
}

/* "SEVERITY CODE line:col" for each diagnostic, one per line; *verdicts
 * the verdicts as verdicts_of() writes them. */
static char *actual(const char *path, char **verdicts)
{
	size_t len;
	char *text = read_file(path, &len);
	assert_non_null(text);
	samw_source *s = samw_source_new(path, text, len);
	samw_options o = { .lang = SAMW_LANG_EN };
	samw_result *r = samw_check(s, &o);
	sw_buf b = { 0 };
	for (size_t i = 0; i < samw_result_len(r); i++) {
		samw_diagnostic g;
		samw_result_get(r, i, &g);
		sw_buf_printf(&b, "%s %s %u:%u\n", sev_word[g.severity], samw_check_code(g.check),
		              (unsigned)g.start.line, (unsigned)g.start.column);
	}
	*verdicts = verdicts_of(r);
	samw_result_free(r);
	samw_source_free(s);
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
	found = samw_check_find(code) >= 0 && strcmp(samw_check_code((size_t)samw_check_find(code)), code) == 0;
	if (!found)
		return "no check has this code";
	sw_buf_printf(out, "%s %s %u:%u\n", sev, code, line, col);
	return NULL;
}

/* One `# verdict:` line after its colon, s; appended to out in the form
 * verdicts_of() writes. Returns NULL, or why the line is refused. */
static const char *verdict_line(const char *s, sw_buf *out)
{
	if (*s++ != ' ')
		return "write one space after '# verdict:'";
	char name[128], status[32], crit[7][32];
	if (sscanf(s, "%127s %31s %31s %31s %31s %31s %31s %31s %31s", name, status, crit[0], crit[1],
	           crit[2], crit[3], crit[4], crit[5], crit[6]) != 9)
		return "write it as '# verdict: NAME STATUS C1=S C2=S C3=S C4=S C5=S C6=S C7=S'";
	sw_buf again = { 0 };
	sw_buf_printf(&again, "%s %s", name, status);
	for (int c = 0; c < 7; c++)
		sw_buf_printf(&again, " %s", crit[c]);
	int same = strcmp(sw_buf_str(&again), s) == 0;
	sw_buf_free(&again);
	if (!same)
		return "write it as '# verdict: NAME STATUS C1=S C2=S C3=S C4=S C5=S C6=S C7=S', one space apart";
	int known = 0;
	for (int i = 0; i < 4; i++)
		known |= strcmp(status, verdict_word[i]) == 0;
	if (!known)
		return "the status must be collaboration, not-collaboration, not-yet or not-assessed";
	for (int c = 0; c < 7; c++) {
		char want[16];
		snprintf(want, sizeof want, "C%d=", c + 1);
		if (strncmp(crit[c], want, 3) != 0)
			return "the criteria must be C1= ... C7=, in that order";
		int ok = 0;
		for (int k = 0; k < 3; k++)
			ok |= strcmp(crit[c] + 3, status_word[k]) == 0;
		if (!ok)
			return "a criterion's status must be met, not_evidenced or violated";
	}
	sw_buf_printf(out, "%s\n", s);
	return NULL;
}

/* The `# expect:` lines of a text, in the form actual() writes, and (in
 * *verdicts, when not NULL) its `# verdict:` lines. *err is NULL, or a
 * message naming the first line that is not in that form. */
static char *expected_of(const char *path, const char *text, char **err, char **verdicts)
{
	char *copy = strdup(text);
	sw_buf b = { 0 }, vb = { 0 };
	*err = NULL;
	unsigned no = 1;
	for (char *l = copy; l && *l; no++) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = '\0';
		const char *m = strstr(l, "# expect:");
		const char *why = m ? expect_line(m + 9, &b) : NULL;
		if (!m && (m = strstr(l, "# verdict:")))
			why = verdict_line(m + 10, &vb);
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
	if (verdicts)
		*verdicts = strdup(sw_buf_str(&vb));
	sw_buf_free(&vb);
	return out;
}

static char *expected(const char *path, char **verdicts)
{
	char *text = read_file(path, NULL);
	assert_non_null(text);
	char *err;
	char *out = expected_of(path, text, &err, verdicts);
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
		char *verdicts, *want_verdicts;
		char *got = actual(v[i], &verdicts), *want = expected(v[i], &want_verdicts);
		if (*got)
			print_error("%s should pass cleanly, but reports:\n%s", v[i], got);
		assert_string_equal(got, "");
		assert_string_equal(want, "");
		if (!*want_verdicts) {
			/* none stated: a collaboration, every criterion met */
			sw_buf b = { 0 };
			for (const char *l = verdicts; *l;) {
				const char *sp = strchr(l, ' '), *e = strchr(l, '\n');
				sw_buf_printf(&b, "%.*s collaboration C1=met C2=met C3=met C4=met C5=met C6=met C7=met\n",
				              (int)(sp - l), l);
				l = e + 1;
			}
			free(want_verdicts);
			want_verdicts = strdup(sw_buf_str(&b));
			sw_buf_free(&b);
		}
		if (strcmp(verdicts, want_verdicts) != 0)
			print_error("%s\n--- expected verdicts\n%s--- got\n%s", v[i], want_verdicts, verdicts);
		assert_true(*verdicts != '\0');
		assert_string_equal(verdicts, want_verdicts);
		free(got);
		free(want);
		free(verdicts);
		free(want_verdicts);
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
		char *verdicts, *want_verdicts;
		char *got = actual(v[i], &verdicts), *want = expected(v[i], &want_verdicts);
		if (strcmp(got, want) != 0)
			print_error("%s\n--- expected\n%s--- got\n%s", v[i], want, got);
		assert_true(*want != '\0');
		assert_string_equal(got, want);
		/* every collaboration's verdict is stated */
		if (strcmp(verdicts, want_verdicts) != 0)
			print_error("%s\n--- expected verdicts\n%s--- got\n%s", v[i], want_verdicts, verdicts);
		assert_string_equal(verdicts, want_verdicts);
		free(got);
		free(want);
		free(verdicts);
		free(want_verdicts);
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
		{ "# verdict: c collaboration C1=met C2=met C3=met C4=met C5=met C6=met C7=met", "", NULL },
		{ "# verdict: c not-yet C1=met C2=not_evidenced C3=met C4=violated C5=met C6=met C7=met", "", NULL },
		{ "# verdict: c maybe C1=met C2=met C3=met C4=met C5=met C6=met C7=met", NULL, "the status must be" },
		{ "# verdict: c collaboration C1=met C2=met C3=met C4=met C5=met C6=met", NULL, "write it as" },
		{ "# verdict: c collaboration C1=met C2=met C3=met C4=met C5=met C7=met C6=met", NULL, "C1= ... C7=" },
		{ "# verdict: c collaboration C1=met C2=met C3=met C4=met C5=met C6=met C7=not-met", NULL, "met, not_evidenced" },
		{ "# verdict: c collaboration", NULL, "write it as" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char text[128], *err;
		snprintf(text, sizeof text, "collaboration c {\n%s\n}\n", cases[i].line);
		char *got = expected_of("x.samw", text, &err, NULL);
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
