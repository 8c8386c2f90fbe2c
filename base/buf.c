#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sw_buf_free(sw_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void sw_buf_reset(sw_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

static void reserve(sw_buf *b, size_t n)
{
	if (b->len + n + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + n + 1)
		cap *= 2;
	char *p = realloc(b->data, cap);
	if (!p) {
		fputs("samw: out of memory\n", stderr);
		abort();
	}
	b->data = p;
	b->cap = cap;
}

void sw_buf_put(sw_buf *b, const char *s, size_t n)
{
	reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void sw_buf_puts(sw_buf *b, const char *s)
{
	sw_buf_put(b, s, strlen(s));
}

void sw_buf_putc(sw_buf *b, char c)
{
	sw_buf_put(b, &c, 1);
}

void sw_buf_vprintf(sw_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n <= 0)
		return;
	reserve(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void sw_buf_printf(sw_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sw_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

const char *sw_buf_str(sw_buf *b)
{
	if (!b->data)
		reserve(b, 0), b->data[0] = '\0';
	return b->data;
}
