/* Positions and spans in a source: what every stage above uses to say
 * where something is. Lines and columns are 1-based and columns count
 * characters; offsets are bytes, so no input may exceed 4 GiB. */
#ifndef SW_SPAN_H
#define SW_SPAN_H

#include <stdint.h>

typedef struct sw_pos {
	uint32_t line, col; /* 1-based; col counts characters */
	uint32_t off;       /* byte offset */
} sw_pos;

typedef struct sw_span {
	sw_pos start, end; /* end is exclusive */
} sw_span;

#endif
