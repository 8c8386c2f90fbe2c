#include "json.h"

#include <string.h>

#include "../base/utf8.h"

void sw_json_str(sw_buf *b, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	sw_buf_putc(b, '"');
	size_t i = 0;
	while (i < n) {
		unsigned c = u[i];
		if (c >= 0x80) {
			size_t k = sw_utf8_seq(u + i, n - i);
			if (k) {
				sw_buf_put(b, s + i, k);
				i += k;
			} else {
				sw_buf_puts(b, "\xEF\xBF\xBD");
				i++;
			}
			continue;
		}
		switch (c) {
		case '"': sw_buf_puts(b, "\\\""); break;
		case '\\': sw_buf_puts(b, "\\\\"); break;
		case '\n': sw_buf_puts(b, "\\n"); break;
		case '\r': sw_buf_puts(b, "\\r"); break;
		case '\t': sw_buf_puts(b, "\\t"); break;
		default:
			if (c < 0x20 || c == 0x7F)
				sw_buf_printf(b, "\\u%04x", c);
			else
				sw_buf_putc(b, (char)c);
		}
		i++;
	}
	sw_buf_putc(b, '"');
}

void sw_json_strz(sw_buf *b, const char *s)
{
	sw_json_str(b, s, strlen(s));
}
