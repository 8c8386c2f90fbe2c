/* Oracles shared by the fuzz targets: checks on what the back ends write,
 * independent of the code that wrote it. Each returns 1 when the text is
 * fine; a target abort()s otherwise, so libFuzzer keeps the input. */
#ifndef SW_FUZZ_ORACLE_H
#define SW_FUZZ_ORACLE_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Output of a back end, captured in memory. */
typedef struct capture {
	char *data;
	size_t len;
	FILE *f;
} capture;

static inline void cap_open(capture *c)
{
	c->data = NULL;
	c->len = 0;
	c->f = open_memstream(&c->data, &c->len);
	if (!c->f)
		abort();
}

/* Say what went wrong, then abort: the message lands in the fuzzer's log
 * beside the input that caused it. */
static inline void fuzz_fail(const char *what, const char *text, size_t n)
{
	fprintf(stderr, "fuzz oracle: %s\n", what);
	if (text) {
		fprintf(stderr, "---- output (%zu bytes, first 2000) ----\n", n);
		fwrite(text, 1, n > 2000 ? 2000 : n, stderr);
		fprintf(stderr, "\n----\n");
	}
	abort();
}

/* Length of the valid UTF-8 character at s (RFC 3629: no overlongs, no
 * surrogates, nothing past U+10FFFF), or 0. Written apart from base/utf8.c
 * on purpose. */
static inline size_t fuzz_utf8_char(const unsigned char *s, size_t n)
{
	if (n == 0)
		return 0;
	unsigned c = s[0];
	size_t k;
	unsigned cp, min;
	if (c < 0x80)
		return 1;
	else if ((c & 0xE0) == 0xC0)
		k = 2, cp = c & 0x1F, min = 0x80;
	else if ((c & 0xF0) == 0xE0)
		k = 3, cp = c & 0x0F, min = 0x800;
	else if ((c & 0xF8) == 0xF0)
		k = 4, cp = c & 0x07, min = 0x10000;
	else
		return 0;
	if (n < k)
		return 0;
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return k;
}

/* ---- a strict JSON reader (RFC 8259), for the json and sarif formats ---- */

typedef struct fuzz_json {
	const unsigned char *p, *end;
} fuzz_json;

static inline void fj_ws(fuzz_json *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static inline int fj_lit(fuzz_json *j, const char *w)
{
	size_t n = strlen(w);
	if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n) != 0)
		return 0;
	j->p += n;
	return 1;
}

static inline int fj_hex4(fuzz_json *j, unsigned *v)
{
	*v = 0;
	for (int i = 0; i < 4; i++) {
		if (j->p >= j->end)
			return 0;
		unsigned c = *j->p++, d;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return 0;
		*v = *v << 4 | d;
	}
	return 1;
}

static inline int fj_string(fuzz_json *j)
{
	if (j->p >= j->end || *j->p != '"')
		return 0;
	j->p++;
	while (j->p < j->end) {
		unsigned c = *j->p;
		if (c == '"') {
			j->p++;
			return 1;
		}
		if (c < 0x20)
			return 0;
		if (c == '\\') {
			j->p++;
			if (j->p >= j->end)
				return 0;
			c = *j->p++;
			if (c == 'u') {
				unsigned v;
				if (!fj_hex4(j, &v))
					return 0;
				if (v >= 0xD800 && v <= 0xDBFF) {
					/* a high surrogate needs its low half */
					unsigned w;
					if (!fj_lit(j, "\\u") || !fj_hex4(j, &w) || w < 0xDC00 || w > 0xDFFF)
						return 0;
				} else if (v >= 0xDC00 && v <= 0xDFFF) {
					return 0;
				}
			} else if (!strchr("\"\\/bfnrt", (int)c) || c == 0) {
				return 0;
			}
			continue;
		}
		size_t k = fuzz_utf8_char(j->p, (size_t)(j->end - j->p));
		if (!k)
			return 0;
		j->p += k;
	}
	return 0;
}

static inline int fj_number(fuzz_json *j)
{
	const unsigned char *s = j->p;
	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p < j->end && *j->p == '0') {
		j->p++;
	} else {
		if (j->p >= j->end || *j->p < '1' || *j->p > '9')
			return 0;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	}
	if (j->p < j->end && *j->p == '.') {
		j->p++;
		if (j->p >= j->end || *j->p < '0' || *j->p > '9')
			return 0;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		if (j->p >= j->end || *j->p < '0' || *j->p > '9')
			return 0;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	}
	return j->p > s;
}

static inline int fj_value(fuzz_json *j, int depth)
{
	if (depth > 64)
		return 0;
	fj_ws(j);
	if (j->p >= j->end)
		return 0;
	switch (*j->p) {
	case '{':
		j->p++;
		fj_ws(j);
		if (j->p < j->end && *j->p == '}') {
			j->p++;
			return 1;
		}
		for (;;) {
			fj_ws(j);
			if (!fj_string(j))
				return 0;
			fj_ws(j);
			if (j->p >= j->end || *j->p++ != ':')
				return 0;
			if (!fj_value(j, depth + 1))
				return 0;
			fj_ws(j);
			if (j->p >= j->end)
				return 0;
			if (*j->p == '}') {
				j->p++;
				return 1;
			}
			if (*j->p++ != ',')
				return 0;
		}
	case '[':
		j->p++;
		fj_ws(j);
		if (j->p < j->end && *j->p == ']') {
			j->p++;
			return 1;
		}
		for (;;) {
			if (!fj_value(j, depth + 1))
				return 0;
			fj_ws(j);
			if (j->p >= j->end)
				return 0;
			if (*j->p == ']') {
				j->p++;
				return 1;
			}
			if (*j->p++ != ',')
				return 0;
		}
	case '"':
		return fj_string(j);
	case 't':
		return fj_lit(j, "true");
	case 'f':
		return fj_lit(j, "false");
	case 'n':
		return fj_lit(j, "null");
	default:
		return fj_number(j);
	}
}

/* One JSON document, and nothing after it but white space. */
static inline int fuzz_json_ok(const char *s, size_t n)
{
	fuzz_json j = { (const unsigned char *)s, (const unsigned char *)s + n };
	if (!fj_value(&j, 0))
		return 0;
	fj_ws(&j);
	return j.p == j.end;
}

/* ---- line formats ------------------------------------------------------- */

/* Text without control characters other than '\n' and '\t' (no escape
 * sequences a terminal would act on, no '\r' to hide what came before). */
static inline int fuzz_no_controls(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
			return 0;
	}
	return 1;
}

/* A character no output may hold as itself (written apart from
 * base/utf8.c on purpose): C1 controls, bidirectional controls and marks,
 * invisible formatting characters. */
static inline int fuzz_hidden_cp(unsigned cp)
{
	static const unsigned ranges[][2] = {
		{ 0x80, 0x9F }, { 0x61C, 0x61C }, { 0x200B, 0x200F }, { 0x2028, 0x202E },
		{ 0x2060, 0x2064 }, { 0x2066, 0x206F }, { 0xFEFF, 0xFEFF }, { 0xFFF9, 0xFFFB },
		{ 0xE0000, 0xE007F },
	};
	for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
		if (cp >= ranges[i][0] && cp <= ranges[i][1])
			return 1;
	return 0;
}

/* Valid UTF-8 with no control character but '\n' and '\t', and none of
 * the characters above: what a terminal, a CI log or a reviewer can be
 * given as it is (docs/security.md). */
static inline int fuzz_no_hidden(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		size_t k = fuzz_utf8_char(u + i, n - i);
		if (!k)
			return 0;
		unsigned cp = u[i];
		if (k > 1) {
			cp = u[i] & (0xFF >> (k + 1));
			for (size_t j = 1; j < k; j++)
				cp = (cp << 6) | (u[i + j] & 0x3F);
		}
		if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F || fuzz_hidden_cp(cp))
			return 0;
		i += k;
	}
	return 1;
}

/* File names a stranger could give a file: a terminal escape, a line that
 * forges a diagnostic or a workflow command, C1 and bidirectional
 * controls, bytes that are not UTF-8. Picked by bits of the input. */
static const char *const fuzz_names[8] = {
	"fuzz.samw",
	"a\033]0;title\007b.samw",
	"x\nx.samw:1:1: error: forged [SW999]\ny.samw",
	"a\n::error file=README.md::forged\n.samw",
	"::stop-commands::tok.samw",
	"c\xC2\x9B" "d\xE2\x80\xAE" "e.samw",
	"bad\xFF\xFEutf8\r.samw",
	"zw\xE2\x80\x8B" "j\xEF\xBB\xBF" "\xF3\xA0\x80\x81.samw",
};

/* Number of lines in s; 0 for "", and text must end with '\n'. Returns
 * (size_t)-1 when the last line is not ended. */
static inline size_t fuzz_lines(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (s[n - 1] != '\n')
		return (size_t)-1;
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += s[i] == '\n';
	return k;
}

/* Does every line of s start with prefix? */
static inline int fuzz_lines_start(const char *s, size_t n, const char *prefix)
{
	size_t pn = strlen(prefix);
	size_t i = 0;
	while (i < n) {
		if (n - i < pn || memcmp(s + i, prefix, pn) != 0)
			return 0;
		const char *nl = memchr(s + i, '\n', n - i);
		if (!nl)
			return 0;
		i = (size_t)(nl - s) + 1;
	}
	return 1;
}

#endif
