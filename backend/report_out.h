/* The two renderings of a report (report_md.c, report_json.c): each writes
 * a collaboration's digest, and the pieces the file-level part of the
 * report (report.c) shares with them. */
#ifndef SW_REPORT_OUT_H
#define SW_REPORT_OUT_H

#include "../base/buf.h"
#include "digest.h"

/* Markdown */
void sw_md_collab(sw_buf *b, const sw_digest *x);
void sw_md_text(sw_buf *b, const char *s, size_t n);
void sw_md_textz(sw_buf *b, const char *s);
void sw_md_heading(sw_buf *b, int level, sw_msg m, int nl);
/* "severity CODE, line N: message" */
void sw_md_diag(sw_buf *b, const sw_ddiag *g, int nl);

/* JSON (docs/report.schema.json) */
void sw_js_collab(sw_buf *b, const sw_digest *x);
void sw_js_diag(sw_buf *b, const sw_ddiag *g);

#endif
