#include "intern.h"

#include <stdlib.h>
#include <string.h>

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

sw_sym *sw_intern_add(sw_names *t, const char *s, size_t n, uint32_t hv)
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

sw_sym *sw_intern(sw_names *t, const char *s, size_t n)
{
	return sw_intern_in(t, s, n, n);
}
