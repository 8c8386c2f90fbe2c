/* Interned words: each distinct spelling is stored once per file, so names
 * compare by pointer and a name's declaration hangs off its symbol. */
#ifndef SW_INTERN_H
#define SW_INTERN_H

#include <stddef.h>
#include <stdint.h>

#include "../base/arena.h"
#include "../base/span.h"
#include "keywords.h"

/* An interned word: one per distinct spelling per file. */
typedef struct sw_sym {
	struct sw_sym *next; /* hash chain */
	const char *s;
	uint32_t len, hash;
	sw_kw kw;          /* KW_NONE when not a keyword */
	sw_lang lang;      /* language of the spelling, for keywords */
	unsigned char phrase; /* the first word of a spelling of several words */
	void *decl;        /* what the name declares, while decl_gen is current */
	uint32_t decl_gen;
	uint32_t top_used; /* names a collaboration of this file */
	sw_span top_span;  /* ... first here */
} sw_sym;

typedef struct sw_names {
	sw_arena *arena;
	sw_sym **tab;
	uint32_t cap, count;
} sw_names;

void sw_intern_init(sw_names *t, sw_arena *arena);
void sw_intern_free(sw_names *t);
sw_sym *sw_intern(sw_names *t, const char *s, size_t n);
/* The same, where avail >= n bytes may be read from s (the scanner's
 * input, followed by its NUL bytes): the words are then hashed and
 * compared eight bytes at a time. */
sw_sym *sw_intern_in(sw_names *t, const char *s, size_t n, size_t avail);

#endif
