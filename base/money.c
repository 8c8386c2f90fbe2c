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
	size_t dots = 0, commas = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '.')
			dots++;
		else if (s[i] == ',')
			commas++;
		else if (s[i] < '0' || s[i] > '9')
			return SW_MONEY_BAD;
	}
	if (!n || s[0] < '0' || s[0] > '9' || s[n - 1] < '0' || s[n - 1] > '9')
		return SW_MONEY_BAD;
	char dec = 0, group = 0;
	if (dots && commas) {
		/* the last sign separates the cents, the other one groups */
		const char *last = s + n;
		while (last > s && last[-1] != '.' && last[-1] != ',')
			last--;
		dec = last[-1];
		group = dec == '.' ? ',' : '.';
		if ((dec == '.' ? dots : commas) != 1)
			return SW_MONEY_BAD;
	} else if (dots + commas == 1) {
		char sign = dots ? '.' : ',';
		const char *p = memchr(s, sign, n);
		size_t after = n - (size_t)(p - s) - 1;
		/* more than three digits before it: no group, so cents (and
		 * three of them are too many) */
		size_t before = (size_t)(p - s);
		if (after == 3 && sign != lang_group && before <= 3)
			return SW_MONEY_AMBIGUOUS;
		if (after == 3 && before > 3)
			return SW_MONEY_BAD;
		if (after == 3)
			group = sign;
		else if (after > 2)
			return SW_MONEY_BAD;
		else
			dec = sign;
	} else if (dots + commas > 1) {
		if (dots && commas)
			return SW_MONEY_BAD;
		group = dots ? '.' : ',';
	}
	long long whole = 0;
	int frac = 0, fdigits = 0, in_frac = 0;
	size_t group_len = 0, groups = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == group) {
			if ((groups && group_len != 3) || (!groups && (group_len == 0 || group_len > 3)))
				return SW_MONEY_BAD;
			groups++;
			group_len = 0;
		} else if (c == dec) {
			if (groups && group_len != 3)
				return SW_MONEY_BAD;
			in_frac = 1;
		} else if (in_frac) {
			if (++fdigits > 2)
				return SW_MONEY_BAD;
			frac = frac * 10 + (c - '0');
		} else {
			if (whole > 99999999999999LL)
				return SW_MONEY_BAD; /* more than anyone budgets */
			whole = whole * 10 + (c - '0');
			group_len++;
		}
	}
	if (groups && !in_frac && group_len != 3)
		return SW_MONEY_BAD;
	if (in_frac && fdigits == 1)
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
