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

/* A symbol met lately, by the first sixteen bytes of its text (zero past
 * its end): a small table in front of the hash table, which the words of a
 * file, most of them a few dozen keywords, nearly always find at once. */
typedef struct sw_recent {
	uint64_t w0, w1;
	sw_sym *y; /* (an empty one: a symbol of no text, which no word is) */
} sw_recent;
enum { SW_RECENT_BITS = 9 };

typedef struct sw_names {
	sw_arena *arena;
	sw_sym **tab;
	uint32_t cap, count;
	sw_recent *recent; /* 1 << SW_RECENT_BITS of them, in arena */
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
/* sw_intern_in without the table of recent symbols (its slow path). */
sw_sym *sw_intern_find(sw_names *t, const char *s, size_t n, size_t avail);

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
 * input, followed by its NUL bytes): a word of up to sixteen bytes is
 * looked up in the table of recent symbols first, read as two words.
 * Inline, as it runs for every word of the input (and the compiler would
 * not inline it on its own). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline sw_sym *sw_intern_in(sw_names *t, const char *s, size_t n, size_t avail)
{
	if (n - 1 >= 16)
		return sw_intern_find(t, s, n, avail);
	uint64_t w0, w1 = 0;
	if (n >= 8) {
		memcpy(&w0, s, 8);
		if (n > 8)
			w1 = sw_tail_word(s, n, avail, 8);
	} else {
		w0 = sw_tail_word(s, n, avail, 0);
	}
	sw_recent *e = &t->recent[((w0 ^ ((w1 << 29) | (w1 >> 35))) * 0x9E3779B97F4A7C15ull) >>
	                          (64 - SW_RECENT_BITS)];
	/* the same sixteen bytes and length: the same text */
	if (e->w0 == w0 && e->w1 == w1 && e->y->len == n)
		return e->y;
	sw_sym *y = sw_intern_find(t, s, n, avail);
	e->w0 = w0;
	e->w1 = w1;
	e->y = y;
	return y;
}

#endif
