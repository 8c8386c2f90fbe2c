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
void sw_md_t(sw_buf *b, sw_text t);
/* An identifier in a code span. */
void sw_md_code(sw_buf *b, sw_text t);
/* "Title (`name`)", or "`name`" */
void sw_md_name(sw_buf *b, sw_text name, sw_text title);
/* The contributions of a party, and the people, as table cells. */
void sw_md_contributions(sw_buf *b, const sw_dinvolved *in, int nl);
void sw_md_people(sw_buf *b, const sw_dinvolved *in, int nl);
/* "severity CODE, line N: message" */
void sw_md_diag(sw_buf *b, const sw_ddiag *g, int nl);

/* JSON (docs/report.schema.json) */
void sw_js_collab(sw_buf *b, const sw_digest *x);
/* The start of a collaboration's object: {"file", "language" (when
 * language), "name", "title", "line", "form", "phase", without the comma
 * after the last. */
void sw_js_head(sw_buf *b, const sw_digest *x, int language);
void sw_js_diag(sw_buf *b, const sw_ddiag *g);
/* A text as a JSON string, or null when it is not stated. */
void sw_js_t(sw_buf *b, sw_text t);
/* {"name":...,"role":...,"title":...} */
void sw_js_person(sw_buf *b, const sw_dperson *q);
/* {"text":...,"amount":{"currency":...,"amount":...,"written":...}|null} */
void sw_js_contribution(sw_buf *b, const sw_dcontribution *q);
/* The verdict's status as the JSON reports name it: "collaboration" ... */
const char *sw_js_status(unsigned status);
/* A keyword in English, or null. */
void sw_js_kw(sw_buf *b, sw_kw k);
/* ,"key":[{"currency":"EUR","amount":"1.00"},...] */
void sw_js_sums(sw_buf *b, const char *key, const sw_dsums *s);

#endif
