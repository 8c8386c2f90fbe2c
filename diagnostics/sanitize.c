#include "sanitize.h"

#include <stdio.h>
#include <string.h>

#include "../base/utf8.h"

size_t sw_safe_char(sw_buf *out, const unsigned char *u, size_t n, size_t *cols)
{
	char esc[16];
	size_t k;
	unsigned cp;
	if (u[0] < 0x80) {
		k = 1;
		cp = u[0];
	} else {
		k = sw_utf8_seq(u, n);
		if (!k) {
			snprintf(esc, sizeof esc, "\\x%02X", u[0]);
			goto escaped;
		}
		cp = sw_utf8_decode((const char *)u, &k);
	}
	if (!sw_utf8_hidden(cp)) {
		if (out)
			sw_buf_put(out, (const char *)u, k);
		*cols = 1;
		return k;
	}
	snprintf(esc, sizeof esc, "\\u{%02X}", cp);
	if (out)
		sw_buf_puts(out, esc);
	*cols = strlen(esc);
	return k;
escaped:
	if (out)
		sw_buf_puts(out, esc);
	*cols = strlen(esc);
	return 1;
}

int sw_safe_already(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n; i++) {
		if (u[i] >= 0x80)
			return 0;
		if ((u[i] < 0x20 && u[i] != '\t') || u[i] == 0x7F)
			return 0;
	}
	return 1;
}

void sw_safe(sw_buf *out, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		/* runs of plain ASCII as they are */
		size_t j = i;
		while (j < n && u[j] < 0x7F && (u[j] >= 0x20 || u[j] == '\t'))
			j++;
		if (j > i)
			sw_buf_put(out, s + i, j - i);
		if (j >= n)
			break;
		size_t cols;
		i = j + sw_safe_char(out, u + j, n - j, &cols);
	}
}

void sw_safe_z(sw_buf *out, const char *s)
{
	sw_safe(out, s, strlen(s));
}

void sw_safe_path(sw_buf *out, const char *s)
{
	size_t n = strlen(s), i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (n - i >= 2 && s[i] == ':' && s[i + 1] == ':') {
		sw_safe(out, s, i);
		sw_buf_puts(out, "\\u{3A}");
		sw_safe(out, s + i + 1, n - i - 1);
		return;
	}
	sw_safe(out, s, n);
}

void sw_safe_lines(sw_buf *out, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t j = nl ? (size_t)(nl - s) : n;
		sw_safe(out, s + i, j - i);
		if (nl)
			sw_buf_putc(out, '\n');
		i = j + 1;
	}
}
