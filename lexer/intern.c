#include "intern.h"

#include <stdlib.h>
#include <string.h>

void sw_intern_init(sw_names *t, sw_arena *arena)
{
	memset(t, 0, sizeof *t);
	t->arena = arena;
	/* the table of recent symbols, empty: each entry a symbol of no
	 * text, found by no word */
	sw_sym *none = sw_alloc(arena, sizeof *none);
	none->s = "";
	t->recent = sw_alloc_raw(arena, ((size_t)1 << SW_RECENT_BITS) * sizeof *t->recent);
	for (size_t i = 0; i < (size_t)1 << SW_RECENT_BITS; i++) {
		t->recent[i].w0 = t->recent[i].w1 = 0;
		t->recent[i].y = none;
	}
}

void sw_intern_free(sw_names *t)
{
	free(t->tab);
	t->tab = NULL;
	t->cap = t->count = 0;
	t->recent = NULL;
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

/* A new symbol s[0..n) of hash value hv. */
static sw_sym *add(sw_names *t, const char *s, size_t n, uint32_t hv)
{
	if (t->count >= t->cap / 2)
		grow(t);
	sw_sym *y = sw_alloc(t->arena, sizeof *y);
	/* zeros after the text up to the end of the word after its last whole
	 * one, so that a lookup reads whole words (no more than a copy with its
	 * NUL would take, once the arena rounds it up) */
	char *text = sw_alloc(t->arena, (n & ~(size_t)7) + 8);
	memcpy(text, s, n);
	y->s = text;
	y->len = (uint32_t)n;
	y->hash = hv;
	y->kw = sw_kw_lookup(s, n, &y->lang);
	y->phrase = 2; /* not known yet */
	y->next = t->tab[hv & (t->cap - 1)];
	t->tab[hv & (t->cap - 1)] = y;
	t->count++;
	return y;
}

sw_sym *sw_intern_find(sw_names *t, const char *s, size_t n, size_t avail)
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
		last = sw_tail_word(s, n, avail, whole);
		h = (h ^ last) * 0xFF51AFD7ED558CCDull;
	}
	h ^= h >> 32;
	h *= 0xC4CEB9FE1A85EC53ull;
	uint32_t hv = (uint32_t)(h ^ (h >> 29));
	if (t->cap) {
		for (sw_sym *y = t->tab[hv & (t->cap - 1)]; y; y = y->next) {
			if (y->hash != hv || y->len != n)
				continue;
			/* a symbol's text is followed by zeros to the end of the word
			 * after its last whole one (add) */
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
	return add(t, s, n, hv);
}

sw_sym *sw_intern(sw_names *t, const char *s, size_t n)
{
	return sw_intern_in(t, s, n, n);
}
