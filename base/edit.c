#include "edit.h"

#include <string.h>

enum { MAXW = 64 };

size_t sw_edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max)
{
	if (na > MAXW || nb > MAXW)
		return max + 1;
	size_t diff = na > nb ? na - nb : nb - na;
	if (diff > max)
		return max + 1;
	size_t rows[3][MAXW + 1];
	size_t *pp = rows[0], *p = rows[1], *c = rows[2];
	for (size_t j = 0; j <= nb; j++)
		p[j] = j;
	for (size_t i = 1; i <= na; i++) {
		c[0] = i;
		size_t best = c[0];
		for (size_t j = 1; j <= nb; j++) {
			size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
			size_t v = p[j - 1] + cost;
			if (p[j] + 1 < v)
				v = p[j] + 1;
			if (c[j - 1] + 1 < v)
				v = c[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			c[j] = v;
			if (v < best)
				best = v;
		}
		if (best > max)
			return max + 1;
		size_t *t = pp;
		pp = p;
		p = c;
		c = t;
	}
	return p[nb] > max ? max + 1 : p[nb];
}

size_t sw_edit_budget(size_t n)
{
	return n <= 3 ? 1 : n <= 6 ? 2 : 3;
}

size_t sw_edit_distance_within(const char *a, size_t na, const char *b, size_t nb, size_t max,
                               unsigned long long *left)
{
	size_t diff = na > nb ? na - nb : nb - na;
	if (diff > max || na > MAXW || nb > MAXW)
		return max + 1; /* decided without the table: free */
	unsigned long long cost = (unsigned long long)(na + 1) * (nb + 1);
	if (*left < cost) {
		*left = 0;
		return max + 1;
	}
	*left -= cost;
	return sw_edit_distance(a, na, b, nb, max);
}
