/* Interned words: each distinct spelling is stored once per file, so names
 * compare by pointer and a name's declaration hangs off its symbol. */
#ifndef SW_INTERN_H
#define SW_INTERN_H

#include <stddef.h>
#include <stdint.h>

#include "../base/arena.h"
#include "../parser/cst.h"

typedef struct sw_names {
	sw_arena *arena;
	sw_sym **tab;
	uint32_t cap, count;
} sw_names;

void sw_intern_init(sw_names *t, sw_arena *arena);
void sw_intern_free(sw_names *t);
sw_sym *sw_intern(sw_names *t, const char *s, size_t n);

#endif
