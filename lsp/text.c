/* An open document's text, its lines, and the positions of the protocol:
 * a line and a character counted in UTF-8 bytes or UTF-16 code units, as
 * negotiated, exact for any text (a character beyond U+FFFF is two UTF-16
 * units; a byte that is no UTF-8 counts as one unit, as its replacement
 * character would). */
#include <stdlib.h>
#include <string.h>

#include "lsp.h"

static void lines(lsp_doc *d)
{
	d->memo_valid = 0;
	d->nlines = 0;
	for (size_t i = 0;; i++) {
		if (d->nlines == d->caplines) {
			d->caplines = d->caplines ? d->caplines * 2 : 256;
			d->lines = realloc(d->lines, d->caplines * sizeof *d->lines);
			if (!d->lines)
				abort();
		}
		d->lines[d->nlines++] = (uint32_t)i;
		const char *nl = i < d->len ? memchr(d->text + i, '\n', d->len - i) : NULL;
		if (!nl)
			break;
		i = (size_t)(nl - d->text);
	}
}

static void reserve(lsp_doc *d, size_t need)
{
	if (need + 1 <= d->cap)
		return;
	/* an eighth more than asked: edits seldom move the text, and an open
	 * document costs little more than its size */
	size_t cap = need + 1 + need / 8;
	if (cap < 4096)
		cap = 4096;
	char *t = realloc(d->text, cap);
	if (!t)
		abort();
	d->text = t;
	d->cap = cap;
}

void lsp_doc_set(lsp_doc *d, const char *text, size_t len)
{
	reserve(d, len);
	memcpy(d->text, text, len);
	d->len = len;
	d->text[len] = '\0';
	/* a much smaller text gives its memory back */
	if (d->cap > 65536 && d->cap > 4 * (len + 1)) {
		char *t = realloc(d->text, len + 1);
		if (t) {
			d->text = t;
			d->cap = len + 1;
		}
	}
	lines(d);
	d->dirty = 1;
}

void lsp_doc_edit(lsp_doc *d, uint32_t from, uint32_t to, const char *text, size_t len)
{
	if (to < from)
		to = from;
	if (to > d->len)
		to = (uint32_t)d->len;
	if (from > to)
		from = to;
	size_t n = d->len - (to - from) + len;
	reserve(d, n);
	memmove(d->text + from + len, d->text + to, d->len - to);
	memcpy(d->text + from, text, len);
	d->len = n;
	d->text[n] = '\0';
	lines(d);
	d->dirty = 1;
}

samw_source *lsp_doc_source(const lsp_doc *d)
{
	return samw_source_new(d->path, d->text, d->len);
}

void lsp_doc_free(lsp_doc *d)
{
	if (!d)
		return;
	free(d->uri);
	free(d->path);
	free(d->text);
	free(d->lines);
	samw_index_free(d->ix);
	samw_result_free(d->res);
	free(d);
}

/* The length in bytes of the character at s (at most n bytes), and how
 * many UTF-16 units it takes. */
static size_t char_at(const unsigned char *s, size_t n, unsigned *units)
{
	unsigned c = s[0];
	size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
	if (k == 0 || k > n) {
		*units = 1;
		return 1;
	}
	for (size_t i = 1; i < k; i++)
		if ((s[i] & 0xC0) != 0x80) {
			*units = 1;
			return 1;
		}
	*units = k == 4 ? 2 : 1;
	return k;
}

/* Where line l ends, its line end not included. */
static uint32_t line_end(const lsp_doc *d, size_t l)
{
	uint32_t e = l + 1 < d->nlines ? d->lines[l + 1] - 1 : (uint32_t)d->len;
	if (e > d->lines[l] && d->text[e - 1] == '\r' && l + 1 < d->nlines)
		e--;
	return e;
}

uint32_t lsp_offset(const lsp_doc *d, lsp_pos p, int utf8)
{
	if (p.line >= d->nlines)
		return (uint32_t)d->len;
	uint32_t o = d->lines[p.line], e = line_end(d, p.line);
	uint32_t want = p.character, got = 0;
	while (o < e && got < want) {
		unsigned units;
		size_t k = char_at((const unsigned char *)d->text + o, e - o, &units);
		unsigned step = utf8 ? (unsigned)k : units;
		if (got + step > want)
			break; /* inside a character: its start */
		got += step;
		o += (uint32_t)k;
	}
	return o;
}

lsp_pos lsp_position(lsp_doc *d, uint32_t off, int utf8)
{
	if (off > d->len)
		off = (uint32_t)d->len;
	size_t lo = 0, hi = d->nlines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	lsp_pos p = { (uint32_t)lo, 0 };
	uint32_t o = d->lines[lo];
	if (d->memo_valid && d->memo_line == lo && d->memo_utf8 == utf8 && d->memo_off <= off) {
		o = d->memo_off;
		p.character = d->memo_char;
	}
	while (o < off) {
		unsigned units;
		size_t k = char_at((const unsigned char *)d->text + o, off - o, &units);
		p.character += utf8 ? (uint32_t)k : units;
		o += (uint32_t)k;
	}
	d->memo_valid = 1;
	d->memo_line = p.line;
	d->memo_off = o;
	d->memo_char = p.character;
	d->memo_utf8 = utf8;
	return p;
}

size_t lsp_cut(const char *s, size_t n)
{
	while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

static int hex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	     : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

char *lsp_uri_path(const char *uri)
{
	if (strncmp(uri, "file://", 7) != 0)
		return NULL;
	const char *s = uri + 7;
	if (*s != '/') {
		/* file://host/path: only the local host */
		if (strncmp(s, "localhost/", 10) != 0)
			return NULL;
		s += 9;
	}
	size_t n = strlen(s);
	char *p = malloc(n + 1), *q = p;
	if (!p)
		abort();
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%' && i + 2 < n && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
			int c = hex(s[i + 1]) * 16 + hex(s[i + 2]);
			if (c == 0) {
				free(p);
				return NULL; /* no NUL in a path */
			}
			*q++ = (char)c;
			i += 2;
		} else if (s[i] == '?' || s[i] == '#') {
			break;
		} else {
			*q++ = s[i];
		}
	}
	*q = '\0';
	return p;
}
