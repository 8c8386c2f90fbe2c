/* Arena allocator: one per file. Nodes, interned names and decoded strings
 * live here and are freed together; a mark lets the parser drop the tree of
 * one top-level block once it has been checked, so memory stays bounded by
 * the largest block rather than the whole file. */
#ifndef SW_ARENA_H
#define SW_ARENA_H

#include <stddef.h>
#include <string.h>

typedef struct sw_chunk sw_chunk;

typedef struct sw_arena {
	sw_chunk *head;  /* newest chunk */
	char *cur, *end; /* free space in head */
} sw_arena;

typedef struct sw_mark {
	sw_chunk *head;
	char *cur;
} sw_mark;

void sw_arena_init(sw_arena *a);
void sw_arena_free(sw_arena *a);
/* n bytes (rounded up as sw_alloc_raw does) in a new chunk. */
void *sw_arena_grow(sw_arena *a, size_t n);
/* Memory aligned for any type, not zeroed: for memory that is written
 * straight away; never NULL (aborts on exhaustion, after printing a
 * message: there is nothing sensible to recover to). Inline, as the
 * scanner and parser allocate a node for every token and statement. */
static inline void *sw_alloc_raw(sw_arena *a, size_t n)
{
	n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	if (n == 0)
		n = sizeof(max_align_t);
	if ((size_t)(a->end - a->cur) < n)
		return sw_arena_grow(a, n);
	void *p = a->cur;
	a->cur += n;
	return p;
}
/* The same, zeroed (for a size known when compiling, the compiler writes
 * the zeros in place rather than calling memset). */
static inline void *sw_alloc(sw_arena *a, size_t n)
{
	void *p = sw_alloc_raw(a, n);
	memset(p, 0, n);
	return p;
}
char *sw_strndup(sw_arena *a, const char *s, size_t n);
sw_mark sw_arena_mark(const sw_arena *a);
void sw_arena_rewind(sw_arena *a, sw_mark m);

#endif
