#include "diff.h"

#include <stdlib.h>
#include <string.h>

typedef struct lines {
	const char **s;
	size_t *n;
	size_t len;
} lines;

static void split(lines *l, const char *t, size_t n)
{
	size_t cap = 16;
	l->s = malloc(cap * sizeof *l->s);
	l->n = malloc(cap * sizeof *l->n);
	l->len = 0;
	size_t i = 0;
	while (i < n) {
		const char *e = memchr(t + i, '\n', n - i);
		size_t k = e ? (size_t)(e - (t + i)) + 1 : n - i;
		if (l->len == cap) {
			cap *= 2;
			l->s = realloc(l->s, cap * sizeof *l->s);
			l->n = realloc(l->n, cap * sizeof *l->n);
		}
		l->s[l->len] = t + i;
		l->n[l->len++] = k;
		i += k;
	}
}

static int same(const lines *a, size_t i, const lines *b, size_t j)
{
	return a->n[i] == b->n[j] && memcmp(a->s[i], b->s[j], a->n[i]) == 0;
}

/* The edit script as ops: 0 keep, 1 delete (from a), 2 insert (from b).
 * Myers' O((N+M)D) greedy algorithm, keeping each round's frontier to walk
 * back. */
static unsigned char *script(const lines *a, const lines *b, size_t *nops)
{
	long n = (long)a->len, m = (long)b->len, max = n + m;
	long off = max + 1;
	long *v = calloc((size_t)(2 * max + 3), sizeof *v);
	long **trace = calloc((size_t)max + 2, sizeof *trace);
	long d, found = -1;
	/* the frontiers kept cost (2max+3) longs a round: past 256 MiB, give
	 * up on a minimal diff and replace the whole text */
	long rounds = (long)((256u << 20) / ((size_t)(2 * max + 3) * sizeof *v));
	for (d = 0; d <= max && found < 0; d++) {
		if (d > rounds) {
			for (long i = 0; i < d; i++)
				free(trace[i]);
			free(trace);
			free(v);
			unsigned char *ops = malloc(a->len + b->len + 1);
			memset(ops, 1, a->len);
			memset(ops + a->len, 2, b->len);
			*nops = a->len + b->len;
			return ops;
		}
		trace[d] = malloc((size_t)(2 * max + 3) * sizeof **trace);
		memcpy(trace[d], v, (size_t)(2 * max + 3) * sizeof *v);
		for (long k = -d; k <= d; k += 2) {
			long x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
				? v[off + k + 1] : v[off + k - 1] + 1;
			long y = x - k;
			while (x < n && y < m && same(a, (size_t)x, b, (size_t)y))
				x++, y++;
			v[off + k] = x;
			if (x >= n && y >= m) {
				found = d;
				break;
			}
		}
	}
	/* walk back */
	unsigned char *ops = malloc(a->len + b->len + 1);
	size_t len = 0;
	long x = n, y = m;
	for (d = found; d > 0; d--) {
		long *pv = trace[d];
		long k = x - y;
		long pk = (k == -d || (k != d && pv[off + k - 1] < pv[off + k + 1])) ? k + 1 : k - 1;
		long px = pv[off + pk], py = px - pk;
		while (x > px && y > py) {
			ops[len++] = 0;
			x--, y--;
		}
		ops[len++] = x == px ? 2 : 1;
		x = px, y = py;
	}
	while (x > 0 && y > 0) {
		ops[len++] = 0;
		x--, y--;
	}
	for (long i = 0; i <= found && i <= max; i++)
		free(trace[i]);
	free(trace);
	free(v);
	/* reverse */
	for (size_t i = 0; i < len / 2; i++) {
		unsigned char t = ops[i];
		ops[i] = ops[len - 1 - i];
		ops[len - 1 - i] = t;
	}
	*nops = len;
	return ops;
}

static void line(sw_buf *out, char mark, const char *s, size_t n)
{
	sw_buf_putc(out, mark);
	sw_buf_put(out, s, n);
	if (!n || s[n - 1] != '\n')
		sw_buf_puts(out, "\n\\ No newline at end of file\n");
}

void sw_diff(sw_buf *out, const char *name_a, const char *a, size_t na,
             const char *name_b, const char *b, size_t nb)
{
	if (na == nb && memcmp(a, b, na) == 0)
		return;
	lines A, B;
	split(&A, a, na);
	split(&B, b, nb);
	size_t nops;
	unsigned char *ops = script(&A, &B, &nops);
	sw_buf_printf(out, "--- %s\n+++ %s\n", name_a, name_b);
	enum { CTX = 3 };
	size_t i = 0, ai = 0, bi = 0;
	while (i < nops) {
		/* find the next change */
		size_t j = i, aj = ai, bj = bi;
		while (j < nops && ops[j] == 0)
			j++, aj++, bj++;
		if (j == nops)
			break;
		/* the hunk starts CTX lines before it */
		size_t back = j - i < CTX ? j - i : CTX;
		size_t hs = j - back, has = aj - back, hbs = bj - back;
		/* and runs until CTX*2 unchanged lines follow a change */
		size_t e = j, run = 0;
		size_t k = j;
		while (k < nops) {
			if (ops[k] == 0) {
				run++;
				if (run > 2 * CTX)
					break;
			} else {
				run = 0;
				e = k + 1;
			}
			k++;
		}
		size_t he = e + CTX < nops ? e + CTX : nops;
		size_t ca = 0, cb = 0;
		for (size_t t = hs; t < he; t++) {
			ca += ops[t] != 2;
			cb += ops[t] != 1;
		}
		sw_buf_printf(out, "@@ -%zu,%zu +%zu,%zu @@\n", ca ? has + 1 : has, ca, cb ? hbs + 1 : hbs, cb);
		size_t x = has, y = hbs;
		for (size_t t = hs; t < he; t++) {
			if (ops[t] == 0) {
				line(out, ' ', A.s[x], A.n[x]);
				x++, y++;
			} else if (ops[t] == 1) {
				line(out, '-', A.s[x], A.n[x]);
				x++;
			} else {
				line(out, '+', B.s[y], B.n[y]);
				y++;
			}
		}
		i = he;
		ai = x;
		bi = y;
	}
	free(ops);
	free(A.s);
	free(A.n);
	free(B.s);
	free(B.n);
}
