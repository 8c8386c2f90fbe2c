#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sw_chunk {
	sw_chunk *prev;
	char *end;
	max_align_t data[];
};

enum { CHUNK = 64 * 1024 };

void sw_arena_init(sw_arena *a)
{
	memset(a, 0, sizeof *a);
}

void sw_arena_free(sw_arena *a)
{
	sw_chunk *c = a->head;
	while (c) {
		sw_chunk *p = c->prev;
		free(c);
		c = p;
	}
	sw_arena_init(a);
}

void *sw_arena_grow(sw_arena *a, size_t n)
{
	size_t size = n + sizeof(sw_chunk) > CHUNK ? n + sizeof(sw_chunk) : CHUNK;
	sw_chunk *c = malloc(size);
	if (!c) {
		fputs("samw: out of memory\n", stderr);
		abort();
	}
	c->prev = a->head;
	c->end = (char *)c + size;
	a->head = c;
	a->cur = (char *)c->data + n;
	a->end = c->end;
	return c->data;
}

char *sw_strndup(sw_arena *a, const char *s, size_t n)
{
	char *p = sw_alloc_raw(a, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

sw_mark sw_arena_mark(const sw_arena *a)
{
	sw_mark m = { a->head, a->cur };
	return m;
}

void sw_arena_rewind(sw_arena *a, sw_mark m)
{
	/* Free the chunks made after the mark; keep the marked one. */
	while (a->head != m.head) {
		sw_chunk *p = a->head->prev;
		free(a->head);
		a->head = p;
	}
	if (a->head) {
		a->cur = m.cur;
		a->end = a->head->end;
	} else {
		a->cur = a->end = NULL;
	}
}
