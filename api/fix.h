/* The parts of samw_fix_source (api/fix.c) that its white-box test
 * (tests/test_fix.c) checks on their own: choosing the fixes of a round
 * and applying them. */
#ifndef SW_API_FIX_H
#define SW_API_FIX_H

#include <stddef.h>
#include <stdint.h>

#include "../base/buf.h"

/* One change: bytes [start, end) of a text become text. */
typedef struct sw_edit {
	uint32_t start, end;
	const char *text;
} sw_edit;

/* Sort v by position and keep, in its first places, the edits that touch
 * no edit kept before them (two at one place touch, so an insertion and a
 * replacement there are never both taken); returns how many are kept. The
 * others wait for the next round, when the text is checked again. */
size_t sw_fix_pick(sw_edit *v, size_t n);
/* out = text with the first n edits of v applied (sorted, apart). */
void sw_fix_apply(sw_buf *out, const char *text, size_t len, const sw_edit *v, size_t n);

#endif
