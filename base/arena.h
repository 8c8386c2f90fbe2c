/* Arena allocator: one per file. Nodes, interned names and decoded strings
 * live here and are freed together; a mark lets the parser drop the tree of
 * one top-level block once it has been checked, so memory stays bounded by
 * the largest block rather than the whole file. */
#ifndef SW_ARENA_H
#define SW_ARENA_H

#include <stddef.h>

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
/* Zeroed memory aligned for any type; never NULL (aborts on exhaustion,
 * after printing a message: there is nothing sensible to recover to). */
void *sw_alloc(sw_arena *a, size_t n);
/* The same, not zeroed: for memory that is written straight away. */
void *sw_alloc_raw(sw_arena *a, size_t n);
char *sw_strndup(sw_arena *a, const char *s, size_t n);
sw_mark sw_arena_mark(const sw_arena *a);
void sw_arena_rewind(sw_arena *a, sw_mark m);

#endif
