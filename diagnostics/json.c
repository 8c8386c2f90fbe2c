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
				/* the same text, but no C1 control, bidirectional
				 * control or invisible character written as itself:
				 * a reader of the raw document sees them as \uXXXX */
				unsigned cp = sw_utf8_decode(s + i, &k);
				if (sw_utf8_hidden(cp) && cp > 0xFFFF)
					sw_buf_printf(b, "\\u%04x\\u%04x", 0xD800 + ((cp - 0x10000) >> 10),
					              0xDC00 + ((cp - 0x10000) & 0x3FF));
				else if (sw_utf8_hidden(cp))
					sw_buf_printf(b, "\\u%04x", cp);
				else
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
