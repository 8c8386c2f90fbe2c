/* samw report: a normalised report of each collaboration -- its parties,
 * agreements, governance, goals and results -- with the verdict on the
 * seven criteria, in markdown or in JSON (docs/report.schema.json). */
#ifndef SW_REPORT_H
#define SW_REPORT_H

#include <stdio.h>

#include "../base/buf.h"
#include "../semantics/check.h"

typedef struct sw_report {
	FILE *out;
	int json;
	int sections;  /* collaborations (json) or sections (markdown) written */
	int files;     /* files written */
	sw_buf tail;   /* json: the entries of "files" */
} sw_report;

/* What a quick read of a file (parse and shape, no checks) tells before
 * the real run: the language most of its keywords use, and whether it has
 * well-formedness errors outside every collaboration. */
typedef struct sw_survey {
	sw_lang lang;
	uint8_t outside[SW__COUNT]; /* C0 errors outside the collaborations, per check */
} sw_survey;

void sw_survey_file(const sw_source *src, const sw_check_opts *o, sw_survey *s);

void sw_report_begin(sw_report *r, FILE *out, int json);
/* Check src with o (o->nl: the report's language; o->max_diags must be 0)
 * and write the report of each of its collaborations. Returns the number
 * of errors found. */
size_t sw_report_file(sw_report *r, const sw_source *src, const sw_check_opts *o,
                      const sw_survey *s);
/* A file that could not be read. */
void sw_report_unread(sw_report *r, const char *path, const char *message);
void sw_report_end(sw_report *r);

#endif
