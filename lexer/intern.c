#include "intern.h"

#include <stdlib.h>
#include <string.h>

static uint32_t hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
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

sw_sym *sw_intern(sw_names *t, const char *s, size_t n)
{
	uint32_t h = hash(s, n);
	if (t->cap) {
		for (sw_sym *y = t->tab[h & (t->cap - 1)]; y; y = y->next)
			if (y->hash == h && y->len == n && memcmp(y->s, s, n) == 0)
				return y;
	}
	if (t->count >= t->cap / 2)
		grow(t);
	sw_sym *y = sw_alloc(t->arena, sizeof *y);
	y->s = sw_strndup(t->arena, s, n);
	y->len = (uint32_t)n;
	y->hash = h;
	y->kw = sw_kw_lookup(s, n, &y->lang);
	y->phrase = (unsigned char)sw_kw_phrase_head(s, n);
	y->next = t->tab[h & (t->cap - 1)];
	t->tab[h & (t->cap - 1)] = y;
	t->count++;
	return y;
}
