/* Interned words: each distinct spelling is stored once per file, so names
 * compare by pointer and a name's declaration hangs off its symbol. */
#ifndef SW_INTERN_H
#define SW_INTERN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

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
	unsigned char phrase; /* the first word of a spelling of several words
	                         (1), or not (0); 2 until asked (sw_sym_phrase) */
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

/* Is y the first word of a spelling of several words? Worked out when
 * first asked: most words are never in a keyword's place. */
static inline int sw_sym_phrase(sw_sym *y)
{
	if (y->phrase == 2)
		y->phrase = (unsigned char)sw_kw_phrase_head(y->s, y->len);
	return y->phrase;
}

void sw_intern_init(sw_names *t, sw_arena *arena);
void sw_intern_free(sw_names *t);
sw_sym *sw_intern(sw_names *t, const char *s, size_t n);
/* A new symbol s[0..n) of hash value hv (sw_intern_in's slow path). */
sw_sym *sw_intern_add(sw_names *t, const char *s, size_t n, uint32_t hv);

/* keep_mask + 8 - k: eight bytes of which the first k are 0xFF, so that a
 * word read from memory keeps its first k bytes, however the machine
 * orders the bytes of a word */
static const unsigned char sw_keep_mask[16] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };

/* The last, partial word of s[0..n) that starts at i (n - i < 8), zero
 * past n: read whole when 8 bytes may be read there. */
static inline uint64_t sw_tail_word(const char *s, size_t n, size_t avail, size_t i)
{
	uint64_t w = 0, m;
	if (avail - i < 8) {
		memcpy(&w, s + i, n - i);
		return w;
	}
	memcpy(&w, s + i, 8);
	memcpy(&m, sw_keep_mask + 8 - (n - i), 8);
	return w & m;
}

/* sw_intern, where avail >= n bytes may be read from s (the scanner's
 * input, followed by its NUL bytes): the word is hashed and compared eight
 * bytes at a time. Inline, as it runs for every word of the input (and
 * the compiler would not inline it on its own). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline sw_sym *sw_intern_in(sw_names *t, const char *s, size_t n, size_t avail)
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
			 * after its last whole one (sw_intern_add) */
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
	return sw_intern_add(t, s, n, hv);
}

#endif
