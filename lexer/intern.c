#include "intern.h"

#include <stdlib.h>
#include <string.h>

/* keep_mask + 8 - k: eight bytes of which the first k are 0xFF, so that a
 * word read from memory keeps its first k bytes, however the machine
 * orders the bytes of a word */
static const unsigned char keep_mask[16] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };

/* The last, partial word of s[0..n) that starts at i (n - i < 8), zero
 * past n: read whole when 8 bytes may be read there. */
static inline uint64_t tail_word(const char *s, size_t n, size_t avail, size_t i)
{
	uint64_t w = 0, m;
	if (avail - i < 8) {
		memcpy(&w, s + i, n - i);
		return w;
	}
	memcpy(&w, s + i, 8);
	memcpy(&m, keep_mask + 8 - (n - i), 8);
	return w & m;
}

static inline uint32_t finish(uint64_t h)
{
	h ^= h >> 32;
	h *= 0xC4CEB9FE1A85EC53ull;
	return (uint32_t)(h ^ (h >> 29));
}

void sw_intern_init(sw_names *t, sw_arena *arena)
{
	memset(t, 0, sizeof *t);
	t->arena = arena;
}

void sw_intern_free(sw_names *t)
{
	free(t->tab);
	t->tab = NULL;
	t->cap = t->count = 0;
}

static void grow(sw_names *t)
{
	uint32_t cap = t->cap ? t->cap * 2 : 256;
	sw_sym **tab = calloc(cap, sizeof *tab);
	if (!tab)
		abort();
	for (uint32_t i = 0; i < t->cap; i++) {
		sw_sym *s = t->tab[i];
		while (s) {
			sw_sym *n = s->next;
			s->next = tab[s->hash & (cap - 1)];
			tab[s->hash & (cap - 1)] = s;
			s = n;
		}
	}
	free(t->tab);
	t->tab = tab;
	t->cap = cap;
}

sw_sym *sw_intern_in(sw_names *t, const char *s, size_t n, size_t avail)
{
	/* a word-at-a-time multiplicative hash, whose value does not depend
	 * on how many bytes could be read; the last, partial word is kept for
	 * the comparisons */
	uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ull, w, last = 0;
	size_t whole = 0;
	for (; whole + 8 <= n; whole += 8) {
		memcpy(&w, s + whole, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDull;
	}
	if (whole < n) {
		last = tail_word(s, n, avail, whole);
		h = (h ^ last) * 0xFF51AFD7ED558CCDull;
	}
	uint32_t hv = finish(h);
	if (t->cap) {
		for (sw_sym *y = t->tab[hv & (t->cap - 1)]; y; y = y->next) {
			if (y->hash != hv || y->len != n)
				continue;
			/* a symbol's text is followed by eight zero bytes */
			uint64_t a, b;
			size_t i = 0;
			for (; i < whole; i += 8) {
				memcpy(&a, y->s + i, 8);
				memcpy(&b, s + i, 8);
				if (a != b)
					break;
			}
			if (i < whole)
				continue;
			if (whole < n) {
				memcpy(&a, y->s + whole, 8);
				if (a != last)
					continue;
			}
			return y;
		}
	}
	if (t->count >= t->cap / 2)
		grow(t);
	sw_sym *y = sw_alloc(t->arena, sizeof *y);
	/* eight zero bytes after the text, so that a lookup reads whole words */
	char *text = sw_alloc(t->arena, n + 8);
	memcpy(text, s, n);
	y->s = text;
	y->len = (uint32_t)n;
	y->hash = hv;
	y->kw = sw_kw_lookup(s, n, &y->lang);
	y->phrase = (unsigned char)sw_kw_phrase_head(s, n);
	y->next = t->tab[hv & (t->cap - 1)];
	t->tab[hv & (t->cap - 1)] = y;
	t->count++;
	return y;
}

sw_sym *sw_intern(sw_names *t, const char *s, size_t n)
{
	return sw_intern_in(t, s, n, n);
}
