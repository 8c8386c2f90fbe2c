/* Rendering diagnostics for people (human) and for tools (gcc, and the
 * machine formats in formats.c). */
#ifndef SW_RENDER_H
#define SW_RENDER_H

#include <stdio.h>

#include "../base/buf.h"
#include "../base/source.h"
#include "diag.h"

typedef enum sw_format {
	FMT_HUMAN,
	FMT_GCC,
	FMT_JSON,
	FMT_SARIF,
	FMT_GITHUB,
} sw_format;

typedef struct sw_render {
	FILE *out;
	int color;
	int nl;        /* Dutch messages */
} sw_render;

/* All diagnostics of one file, in order, in the human or gcc format. */
void sw_render_human(const sw_render *r, const sw_source *src, const sw_diags *d);
void sw_render_gcc(const sw_render *r, const sw_source *src, const sw_diags *d);
/* The text of message m of g, in the render language. */
void sw_render_msg(sw_buf *b, const sw_diag *g, sw_msg m, int nl);

#endif
