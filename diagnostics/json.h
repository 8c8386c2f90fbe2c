/* Writing JSON text: strings escaped, invalid UTF-8 replaced by U+FFFD, so
 * that every document samw writes is valid whatever bytes it was given. */
#ifndef SW_JSON_H
#define SW_JSON_H

#include <stddef.h>

#include "../base/buf.h"

void sw_json_str(sw_buf *b, const char *s, size_t n);
void sw_json_strz(sw_buf *b, const char *s);

#endif
