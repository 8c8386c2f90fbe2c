/* UTF-8: validation and character counting. Columns in diagnostics count
 * characters, not bytes, so every position goes through here. */
#ifndef SW_UTF8_H
#define SW_UTF8_H

#include <stddef.h>

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 when the
 * bytes there are not valid UTF-8 (bad lead, truncated, overlong, surrogate,
 * beyond U+10FFFF) or are a NUL. */
size_t sw_utf8_seq(const unsigned char *s, size_t n);
/* Offset of the first invalid byte in s[0..n), or n when all is valid. */
size_t sw_utf8_check(const char *s, size_t n);
/* Length of the leading run of s[0..n) that is plain ASCII (no byte with
 * the high bit set), read eight bytes at a time. */
size_t sw_ascii_len(const char *s, size_t n);
/* Number of characters in s[0..n); an invalid byte counts as one. */
size_t sw_utf8_count(const char *s, size_t n);
/* Decode one code point at s (valid UTF-8 assumed); sets *len. */
unsigned sw_utf8_decode(const char *s, size_t *len);
/* A bidirectional control: U+202A..U+202E (embeddings, overrides and
 * their end) and U+2066..U+2069 (isolates): it reorders what follows. */
int sw_utf8_bidi(unsigned cp);
/* A character a reader cannot see or that acts on the terminal: the C0
 * controls (tab aside), DEL, the C1 controls, the bidirectional controls
 * and marks, and the invisible formatting characters (zero-width spaces
 * and joiners, line and paragraph separators, word joiners, the
 * byte-order mark, interlinear annotations, tag characters). Output shows
 * them escaped. */
int sw_utf8_hidden(unsigned cp);

#endif
