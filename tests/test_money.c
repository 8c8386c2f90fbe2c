/* Reading amounts (base/money.c): groups of thousands and cents in the
 * Dutch and the English way, the one form that reads both ways, and what
 * is too large or malformed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "base/money.h"

/* The reading of s in a file whose grouping sign is group: the status,
 * and when read, the cents and whether cents were written. */
static void reads(const char *s, char group, sw_money_read want, long long cents, int frac)
{
	long long c = -1;
	int f = -1;
	sw_money_read r = sw_money_parse(s, strlen(s), group, &c, &f);
	if (r != want)
		fail_msg("'%s' (grouping '%c'): read %d, not %d", s, group, (int)r, (int)want);
	if (want == SW_MONEY_OK && (c != cents || f != frac))
		fail_msg("'%s': %lld cents (written %d), not %lld (%d)", s, c, f, cents, frac);
	if (want != SW_MONEY_OK && (c != -1 || f != -1))
		fail_msg("'%s': not read, yet the result was written", s);
}

static void plain_and_grouped(void **st)
{
	(void)st;
	reads("1250000", '.', SW_MONEY_OK, 125000000, 0);
	reads("0", '.', SW_MONEY_OK, 0, 0);
	reads("1.250.000", '.', SW_MONEY_OK, 125000000, 0);
	reads("1,250,000", ',', SW_MONEY_OK, 125000000, 0);
	/* several signs of one kind group, whatever the file's language */
	reads("1,250,000", '.', SW_MONEY_OK, 125000000, 0);
	reads("12.500", '.', SW_MONEY_OK, 1250000, 0);
}

static void with_cents(void **st)
{
	(void)st;
	reads("1.250.000,50", '.', SW_MONEY_OK, 125000050, 1);
	reads("1,250,000.50", '.', SW_MONEY_OK, 125000050, 1);
	reads("12,5", '.', SW_MONEY_OK, 1250, 1);
	reads("12.05", ',', SW_MONEY_OK, 1205, 1);
	reads("1250,00", '.', SW_MONEY_OK, 125000, 1);
	/* more than three digits before one sign: cents, and three are too many */
	reads("1250,000", '.', SW_MONEY_BAD, 0, 0);
	reads("1,2,3", '.', SW_MONEY_BAD, 0, 0);
}

static void either_way(void **st)
{
	(void)st;
	/* one sign before three digits: a group in a file that groups so */
	reads("1.250", '.', SW_MONEY_OK, 125000, 0);
	reads("1,250", ',', SW_MONEY_OK, 125000, 0);
	reads("1,250", '.', SW_MONEY_AMBIGUOUS, 0, 0);
	reads("125.000", ',', SW_MONEY_AMBIGUOUS, 0, 0);
}

static void malformed(void **st)
{
	(void)st;
	const char *bad[] = {
		"", ".5", "5.", "1..000", "1.25.000", "1.2500.000", "1234.567.890", "1.250,000,00",
		"1,250.000.00", "1.250.000,505", "12a", "1 250", "-5", "1.000,00.00",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		reads(bad[i], '.', SW_MONEY_BAD, 0, 0);
}

static void bounds(void **st)
{
	(void)st;
	/* up to 999,999,999,999,999 whole, however it is written */
	reads("999999999999999", '.', SW_MONEY_OK, 99999999999999900LL, 0);
	reads("999.999.999.999.999,99", '.', SW_MONEY_OK, 99999999999999999LL, 1);
	reads("000000000000000000000000001", '.', SW_MONEY_OK, 100, 0);
	reads("1000000000000000", '.', SW_MONEY_BAD, 0, 0);
	reads("1.000.000.000.000.000", '.', SW_MONEY_BAD, 0, 0);
	reads("99999999999999999999999999999,9", '.', SW_MONEY_BAD, 0, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plain_and_grouped),
		cmocka_unit_test(with_cents),
		cmocka_unit_test(either_way),
		cmocka_unit_test(malformed),
		cmocka_unit_test(bounds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
