#include "date.h"

#include <errno.h>
#include <stdlib.h>
#include <time.h>

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return mdays[m - 1] + (m == 2 && leap(y));
}

long sw_date_days(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int sw_date_parse(const char *s, size_t n, sw_date *out)
{
	if (n != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	/* each digit's value, unsigned, so that a byte below '0' is large
	 * too: one test for all eight, rather than a loop (a date is read for
	 * every dated statement) */
	const unsigned char *u = (const unsigned char *)s;
	unsigned v0 = u[0] - '0', v1 = u[1] - '0', v2 = u[2] - '0', v3 = u[3] - '0';
	unsigned v5 = u[5] - '0', v6 = u[6] - '0', v8 = u[8] - '0', v9 = u[9] - '0';
	if ((v0 > 9) | (v1 > 9) | (v2 > 9) | (v3 > 9) | (v5 > 9) | (v6 > 9) | (v8 > 9) | (v9 > 9))
		return 0;
	int y = (int)(v0 * 1000 + v1 * 100 + v2 * 10 + v3);
	int m = (int)(v5 * 10 + v6), d = (int)(v8 * 10 + v9);
	if (m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return 0;
	if (out) {
		out->y = y;
		out->m = m;
		out->d = d;
		out->days = sw_date_days(y, m, d);
	}
	return 1;
}

sw_date sw_date_add_months(sw_date d, int n)
{
	long m0 = (long)d.y * 12 + (d.m - 1) + n;
	long y = m0 >= 0 ? m0 / 12 : (m0 - 11) / 12;
	sw_date r;
	r.y = (int)y;
	r.m = (int)(m0 - y * 12) + 1;
	int max = month_days(r.y, r.m);
	r.d = d.d < max ? d.d : max;
	r.days = sw_date_days(r.y, r.m, r.d);
	return r;
}

sw_date sw_date_from_days(long days)
{
	/* the inverse of sw_date_days, in eras of 400 years */
	long z = days + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	sw_date r;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(yoe + era * 400 + (r.m <= 2));
	r.days = days;
	return r;
}

void sw_date_write(char out[11], sw_date d)
{
	/* a year of four digits, as dates are written */
	unsigned y = (unsigned)d.y % 10000u, m = (unsigned)d.m % 100u, day = (unsigned)d.d % 100u;
	const unsigned v[8] = { y / 1000, y / 100 % 10, y / 10 % 10, y % 10, m / 10, m % 10, day / 10, day % 10 };
	static const int at[8] = { 0, 1, 2, 3, 5, 6, 8, 9 };
	for (int i = 0; i < 8; i++)
		out[at[i]] = (char)('0' + v[i]);
	out[4] = out[7] = '-';
	out[10] = '\0';
}

int sw_date_today(char out[11])
{
	const char *env = getenv("SOURCE_DATE_EPOCH");
	long long secs = (long long)time(NULL);
	int rc = 0;
	if (env) {
		char *end;
		errno = 0;
		unsigned long long v = strtoull(env, &end, 10);
		/* up to 9999-12-31: a date has four digits of year */
		if (errno || end == env || *end || env[0] == '-' || v > 253402300799ULL)
			rc = -1;
		else
			secs = (long long)v;
	}
	sw_date_write(out, sw_date_from_days((long)(secs / 86400 - (secs < 0 && secs % 86400))));
	return rc;
}
