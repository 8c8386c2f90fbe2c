/* Amounts of money as people write them: groups of thousands and cents
 * separated the Dutch way (1.250.000,00) or the English way (1,250,000.00),
 * read without guessing and written back in either. */
#ifndef SW_MONEY_H
#define SW_MONEY_H

#include <stddef.h>

#include "buf.h"

typedef enum sw_money_read {
	SW_MONEY_OK,
	SW_MONEY_BAD,        /* not a number of this form */
	SW_MONEY_AMBIGUOUS,  /* 1.250: a thousand and more, or one and a bit */
} sw_money_read;

/* Read s[0..n) as a number of cents. group is the grouping sign of the
 * file's language ('.' in Dutch, ',' in English): a single sign before
 * exactly three digits groups thousands when it is that sign, and is
 * ambiguous otherwise. *frac is set when the number has cents. */
sw_money_read sw_money_parse(const char *s, size_t n, char group, long long *cents, int *frac);
/* Write cents grouped in thousands, the Dutch way when nl, with the cents
 * when frac (or when there are any). */
void sw_money_write(sw_buf *b, long long cents, int frac, int nl);
/* Write an amount with its currency (an ISO 4217 code) as the reader writes
 * it, with its cents: "EUR 1,250,000.00" in English, "€ 1.250.000,00" in
 * Dutch (other currencies by their code: "USD 1.000,00"). */
void sw_money_amount(sw_buf *b, const char *currency, long long cents, int nl);
/* The same two for a number of cents given as decimal digits (at least
 * three, no sign: "005" is five cents), for sums too large for a long long. */
void sw_money_write_digits(sw_buf *b, const char *digits, size_t n, int frac, int nl);
void sw_money_amount_digits(sw_buf *b, const char *currency, const char *digits, size_t n, int nl);

#endif
