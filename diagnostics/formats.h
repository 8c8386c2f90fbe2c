/* The machine formats of `samw check`: json, sarif and github. Each run is
 * written as begin, one call per file (or per file that could not be read),
 * and end. */
#ifndef SW_FORMATS_H
#define SW_FORMATS_H

#include "render.h"

typedef struct sw_emit {
	const sw_render *r;
	sw_format format;
	int files;        /* written so far */
	int diags;        /* written so far (json, sarif) */
	size_t count[3];
	sw_buf failures;  /* json: files that could not be read */
} sw_emit;

void sw_emit_begin(sw_emit *e, const sw_render *r, sw_format f);
void sw_emit_file(sw_emit *e, const sw_source *src, const sw_diags *d);
/* Diagnostics about a file, counted in the summary but not as a file of
 * its own (what the end of a run finds about a register). */
void sw_emit_diags(sw_emit *e, const sw_source *src, const sw_diags *d);
void sw_emit_failure(sw_emit *e, const char *path, const char *message);
void sw_emit_end(sw_emit *e);
/* s as a GitHub workflow command writes it (sanitised; '%' and line ends
 * escaped, and in a property ':' and ','): also for samw diff. */
void sw_gh_escape(sw_buf *b, const char *s, size_t n, int property);

#endif
