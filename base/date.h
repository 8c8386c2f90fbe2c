/* The calendar: dates written YYYY-MM-DD, in the proleptic Gregorian
 * calendar, compared as days since 1970-01-01. */
#ifndef SW_DATE_H
#define SW_DATE_H

#include <stddef.h>

typedef struct sw_date {
	int y, m, d;
	long days; /* days since 1970-01-01, for comparison */
} sw_date;

/* Parse a date written YYYY-MM-DD; 0 when it is not in the calendar. */
int sw_date_parse(const char *s, size_t n, sw_date *out);
/* Days since 1970-01-01 of a valid date. */
long sw_date_days(int y, int m, int d);
/* The date n months after d (n may be negative), the day clamped to the
 * length of the month it lands in. */
sw_date sw_date_add_months(sw_date d, int n);
/* The date of a day counted since 1970-01-01 (the inverse of
 * sw_date_days). */
sw_date sw_date_from_days(long days);
/* Write d as YYYY-MM-DD into out. */
void sw_date_write(char out[11], sw_date d);
/* Today in UTC, written YYYY-MM-DD into out: the day of SOURCE_DATE_EPOCH
 * when it is set (so that a build or CI run gives the same output
 * whenever it runs), else the clock's. Returns 0, or -1 when
 * SOURCE_DATE_EPOCH is not a number of seconds up to 9999-12-31 (out is
 * then the clock's day). The command line and the language server both
 * take their day here. */
int sw_date_today(char out[11]);

#endif
