#include "utf8.h"

#include <stdint.h>
#include <string.h>

size_t sw_utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c == 0)
		return 0;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0; /* surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0; /* overlong */
		if (c == 0xF4 && s[1] >= 0x90)
			return 0; /* beyond U+10FFFF */
		return 4;
	}
	return 0;
}

size_t sw_ascii_len(const char *s, size_t n)
{
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ull)
			break;
	}
	while (i < n && !((unsigned char)s[i] & 0x80))
		i++;
	return i;
}

size_t sw_utf8_check(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		if (u[i] >= 0x80 || u[i] == 0) {
			size_t k = sw_utf8_seq(u + i, n - i);
			if (!k)
				return i;
			i += k;
		} else {
			i++;
		}
	}
	return n;
}

size_t sw_utf8_count(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t chars = 0, i = 0;
	while (i < n) {
		if (u[i] < 0x80) {
			i++;
		} else {
			size_t k = sw_utf8_seq(u + i, n - i);
			i += k ? k : 1;
		}
		chars++;
	}
	return chars;
}

unsigned sw_utf8_decode(const char *s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] < 0x80) {
		*len = 1;
		return u[0];
	}
	if (u[0] < 0xE0) {
		*len = 2;
		return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
	}
	if (u[0] < 0xF0) {
		*len = 3;
		return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
	}
	*len = 4;
	return ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) |
	       ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu);
}

int sw_utf8_bidi(unsigned cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

int sw_utf8_hidden(unsigned cp)
{
	return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C ||
	       (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
	       (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F) || cp == 0xFEFF ||
	       (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE0000 && cp <= 0xE007F);
}
