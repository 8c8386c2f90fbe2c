/* The renderer: the exact text of rendered diagnostics. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "diagnostics/diag.h"
#include "util.h"

static const char two_forms[] =
	"collaboration c \"C\" {\n"
	"    form network\n"
	"    form allaince\n"
	"}\n";

static void human_with_second_place(void **st)
{
	(void)st;
	char *got = render("x.samw", "collaboration c {\n    vorm netwerk\n    form alliance\n}\n", "human", 0);
	const char *want =
		"x.samw:3:5: error[SW004]: 'form' may appear only once in a collaboration\n"
		"  |\n"
		"2 |     vorm netwerk\n"
		"  |     ---- first stated here\n"
		"3 |     form alliance\n"
		"  |     ^^^^\n"
		"  = help: keep one of the two and remove the other\n"
		"\n";
	/* the other diagnostics of this file come before and after it */
	const char *at = strstr(got, "x.samw:3:5:");
	assert_non_null(at);
	assert_memory_equal(at, want, strlen(want));
	free(got);
}

static void human_suggestion_and_note(void **st)
{
	(void)st;
	char *got = render("y.samw", two_forms, "human", 0);
	const char *want =
		"y.samw:3:5: error[SW004]: 'form' may appear only once in a collaboration\n";
	assert_non_null(strstr(got, want));
	free(got);

	got = render("z.samw", "collaboration c {\n    form allaince\n}\n", "human", 0);
	want =
		"z.samw:2:10: error[SW005]: 'allaince' is not a form\n"
		"  |\n"
		"2 |     form allaince\n"
		"  |          ^^^^^^^^\n"
		"  = note: a form is one of: alliance, network, joint-venture, cooperative, public-body, joint-body, "
		"operating-organisation, central-municipality, plain-arrangement, other\n"
		"  = help: did you mean 'alliance'?\n"
		"\n";
	assert_non_null(strstr(got, want));
	free(got);
}

static void human_dutch(void **st)
{
	(void)st;
	char *got = render("n.samw", "samenwerking c {\n    vorm aliantie\n}\n", "human", 1);
	const char *want =
		"n.samw:2:10: fout[SW005]: 'aliantie' is geen geldige vorm\n"
		"  |\n"
		"2 |     vorm aliantie\n"
		"  |          ^^^^^^^^\n"
		"  = opmerking: kies een vorm uit: alliantie, netwerk, joint-venture, coöperatie, openbaar lichaam, "
		"gemeenschappelijk orgaan, bedrijfsvoeringsorganisatie, centrumgemeente, regeling zonder meer, overig\n"
		"  = tip: bedoelde je 'alliantie'?\n"
		"\n";
	assert_non_null(strstr(got, want));
	free(got);
}

static void columns_in_characters_and_tabs(void **st)
{
	(void)st;
	char *got = render("t.samw", "collaboration c {\n\tparty é {\n\t\tkind teem\n\t}\n}\n", "human", 0);
	const char *want =
		"t.samw:3:8: error[SW005]: 'teem' is not a kind of party\n"
		"  |\n"
		"3 | \t\tkind teem\n"
		"  | \t\t     ^^^^\n";
	assert_non_null(strstr(got, want));
	free(got);
}

static void gcc_format(void **st)
{
	(void)st;
	char *got = render("g.samw", "collaboration c {\n    form allaince\n}\n", "gcc", 0);
	const char *first = "g.samw:1:15: error: collaboration 'c' names no party [SW101]\n";
	assert_memory_equal(got, first, strlen(first));
	assert_non_null(strstr(got, "g.samw:2:10: error: 'allaince' is not a form [SW005]\n"));
	free(got);
}

static void long_line_window(void **st)
{
	(void)st;
	size_t n = 5000;
	char *src = malloc(n + 64);
	strcpy(src, "collaboration c {\n    goal \"");
	size_t k = strlen(src);
	memset(src + k, 'x', n);
	strcpy(src + k + n, "\" 42\n}\n");
	char *got = render("l.samw", src, "human", 0);
	/* the snippet shows a window around the error, not 5000 characters */
	const char *at = strstr(got, "l.samw:2:5013:");
	assert_non_null(at);
	const char *line = strstr(at, "2 | ...");
	assert_non_null(line);
	assert_true(strchr(line, '\n') - line < 200);
	free(got);
	free(src);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(human_with_second_place),
		cmocka_unit_test(human_suggestion_and_note),
		cmocka_unit_test(human_dutch),
		cmocka_unit_test(columns_in_characters_and_tabs),
		cmocka_unit_test(gcc_format),
		cmocka_unit_test(long_line_window),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
