/* Growable byte buffer for building output text. */
#ifndef SW_BUF_H
#define SW_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct sw_buf {
	char *data;
	size_t len, cap;
} sw_buf;

void sw_buf_free(sw_buf *b);
/* Empty the buffer, keeping its memory. */
void sw_buf_reset(sw_buf *b);
void sw_buf_put(sw_buf *b, const char *s, size_t n);
void sw_buf_puts(sw_buf *b, const char *s);
void sw_buf_putc(sw_buf *b, char c);
void sw_buf_printf(sw_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sw_buf_vprintf(sw_buf *b, const char *fmt, va_list ap);
/* NUL-terminated view of the contents (never NULL). */
const char *sw_buf_str(sw_buf *b);

#endif
