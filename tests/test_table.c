/* The check table and the phrase table: complete in both languages, with
 * stable, well-formed codes and names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <ctype.h>
#include <string.h>

#include "diagnostics/diag.h"
#include "util.h"

static void codes_and_names(void **st)
{
	(void)st;
	for (int i = 0; i < SW__COUNT; i++) {
		const sw_checkinfo *a = sw_check_info((sw_check)i);
		assert_int_equal(strlen(a->code), 5);
		assert_memory_equal(a->code, "SW", 2);
		for (int k = 2; k < 5; k++)
			assert_true(isdigit((unsigned char)a->code[k]));
		/* the hundreds digit is the criterion */
		assert_int_equal(a->code[2] - '0', (int)a->crit);
		for (const char *p = a->name; *p; p++)
			assert_true(islower((unsigned char)*p) || *p == '-');
		assert_true(a->summary[0][0] && a->summary[1][0]);
		for (int j = 0; j < i; j++) {
			const sw_checkinfo *b = sw_check_info((sw_check)j);
			assert_string_not_equal(a->code, b->code);
			assert_string_not_equal(a->name, b->name);
			assert_true(strcmp(b->code, a->code) < 0); /* in code order */
		}
		sw_check found;
		assert_true(sw_check_find(a->code, &found) && found == (sw_check)i);
		assert_true(sw_check_find(a->name, &found) && found == (sw_check)i);
	}
}

/* The set of {n} placeholders of a text, as a bit mask. */
static unsigned places(const char *t)
{
	unsigned m = 0;
	for (; *t; t++)
		if (t[0] == '{' && t[1] >= '1' && t[1] <= '4' && t[2] == '}')
			m |= 1u << (t[1] - '1');
	return m;
}

static void every_message_in_both_languages(void **st)
{
	(void)st;
	int per_check[SW__COUNT] = { 0 };
	for (int m = 1; m < M__COUNT; m++) {
		const char *en = sw_msg_text((sw_msg)m, 0), *nl = sw_msg_text((sw_msg)m, 1);
		if (!en[0] || !nl[0])
			print_error("message %d lacks a language\n", m);
		assert_true(en[0] && nl[0]);
		if (places(en) != places(nl))
			print_error("message %d: '%s' and '%s' take different arguments\n", m, en, nl);
		assert_int_equal(places(en), places(nl));
		sw_check c = sw_msg_check((sw_msg)m);
		if (c < SW__COUNT)
			per_check[c]++;
	}
	for (int i = 0; i < SW__COUNT; i++) {
		if (!per_check[i])
			print_error("%s has no message\n", sw_check_info((sw_check)i)->code);
		assert_true(per_check[i] > 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(codes_and_names),
		cmocka_unit_test(every_message_in_both_languages),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
