#include "money.h"

#include <stdio.h>
#include <string.h>

/* Read a number of cents. Groups of thousands are separated by '.' or ','
 * and the cents by the other sign: 1.250.000,00 (as the Dutch write it) or
 * 1,250,000.00 (as the English do), or neither: 1250000. One sign followed
 * by exactly three digits (1.250) can be read either way: it groups
 * thousands when it is the grouping sign of the file's language (group),
 * and is ambiguous otherwise. */
sw_money_read sw_money_parse(const char *s, size_t n, char lang_group, long long *cents, int *frac_out)
{
	/* One pass gathers what decides the reading: the signs, the digits'
	 * value as one number, and the runs of digits between the signs. */
	const long long big_at = 100000000000000000LL; /* beyond any amount read */
	size_t dots = 0, commas = 0, run = 0, first_run = 0, signs = 0;
	int bad_run = 0, big = 0;
	char last = 0;
	long long acc = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= '0' && c <= '9') {
			if (acc >= big_at)
				big = 1;
			else
				acc = acc * 10 + (c - '0');
			run++;
			continue;
		}
		if (c == '.')
			dots++;
		else if (c == ',')
			commas++;
		else
			return SW_MONEY_BAD;
		/* after the first sign, every run of digits between two signs
		 * is a group of three */
		if (signs++ == 0)
			first_run = run;
		else if (run != 3)
			bad_run = 1;
		last = c;
		run = 0;
	}
	if (!n || s[0] < '0' || s[0] > '9' || s[n - 1] < '0' || s[n - 1] > '9')
		return SW_MONEY_BAD;
	/* run: the digits after the last sign; cents, when it separates them */
	size_t cent_digits = 0;
	if (signs == 1) {
		char sign = last;
		size_t before = first_run, after = run;
		/* more than three digits before it: no group, so cents (and
		 * three of them are too many) */
		if (after == 3 && sign != lang_group && before <= 3)
			return SW_MONEY_AMBIGUOUS;
		if (after == 3 && before > 3)
			return SW_MONEY_BAD;
		if (after != 3) {
			if (after > 2)
				return SW_MONEY_BAD;
			cent_digits = after;
		}
	} else if (signs > 1) {
		/* groups of thousands: one to three digits first, then three
		 * each; both signs: the last one separates the cents */
		if (dots && commas && (last == '.' ? dots : commas) != 1)
			return SW_MONEY_BAD;
		if (first_run > 3 || bad_run)
			return SW_MONEY_BAD;
		if (dots && commas) {
			if (run > 2)
				return SW_MONEY_BAD;
			cent_digits = run;
		} else if (run != 3) {
			return SW_MONEY_BAD;
		}
	}
	int in_frac = (signs == 1 && cent_digits) || (dots && commas);
	long long scale = cent_digits == 2 ? 100 : cent_digits == 1 ? 10 : 1;
	long long whole = acc / scale, frac = acc % scale;
	if (big || whole > 999999999999999LL)
		return SW_MONEY_BAD; /* more than anyone budgets */
	if (cent_digits == 1)
		frac *= 10;
	*cents = whole * 100 + frac;
	*frac_out = in_frac;
	return SW_MONEY_OK;
}

void sw_money_write_digits(sw_buf *b, const char *digits, size_t n, int frac, int nl)
{
	size_t whole = n - 2; /* n >= 3 */
	for (size_t i = 0; i < whole; i++) {
		if (i && (whole - i) % 3 == 0)
			sw_buf_putc(b, nl ? '.' : ',');
		sw_buf_putc(b, digits[i]);
	}
	if (frac || digits[n - 2] != '0' || digits[n - 1] != '0') {
		sw_buf_putc(b, nl ? ',' : '.');
		sw_buf_put(b, digits + whole, 2);
	}
}

void sw_money_write(sw_buf *b, long long cents, int frac, int nl)
{
	char digits[32];
	int n = snprintf(digits, sizeof digits, "%03lld", cents);
	sw_money_write_digits(b, digits, (size_t)n, frac, nl);
}

void sw_money_amount_digits(sw_buf *b, const char *currency, const char *digits, size_t n, int nl)
{
	if (nl && strcmp(currency, "EUR") == 0)
		sw_buf_puts(b, "\xE2\x82\xAC "); /* € */
	else
		sw_buf_printf(b, "%s ", currency);
	sw_money_write_digits(b, digits, n, 1, nl);
}

void sw_money_amount(sw_buf *b, const char *currency, long long cents, int nl)
{
	char digits[32];
	int n = snprintf(digits, sizeof digits, "%03lld", cents);
	sw_money_amount_digits(b, currency, digits, (size_t)n, nl);
}
