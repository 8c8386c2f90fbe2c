/* samw_fix_source: apply the machine-applicable fixes of a source, round
 * by round (check, take the fixes that do not overlap, apply them, check
 * again), so that a fix that uncovers another (a keyword typo before a
 * block that was not read) and fixes that overlap all get their turn,
 * and a fix never makes the text less readable than it was. */
#include "../include/samw.h"

#include <stdlib.h>
#include <string.h>

#include "fix.h"
#include "impl.h"

enum { ROUNDS = 16 };

static int by_position(const void *a, const void *b)
{
	const sw_edit *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end > y->end) - (x->end < y->end);
}

size_t sw_fix_pick(sw_edit *v, size_t n)
{
	if (!n)
		return 0;
	qsort(v, n, sizeof *v, by_position);
	size_t k = 1;
	for (size_t i = 1; i < n; i++) {
		const sw_edit *last = &v[k - 1];
		if (v[i].start < last->end || v[i].start == last->start)
			continue;
		v[k++] = v[i];
	}
	return k;
}

void sw_fix_apply(sw_buf *out, const char *text, size_t len, const sw_edit *v, size_t n)
{
	size_t at = 0;
	for (size_t i = 0; i < n; i++) {
		sw_buf_put(out, text + at, v[i].start - at);
		sw_buf_puts(out, v[i].text);
		at = v[i].end;
	}
	sw_buf_put(out, text + at, len - at);
}

/* What one check of the text found: its syntax errors and where the first
 * is, and the applicable fixes that can be taken (copied into b). */
typedef struct round {
	size_t syntax;
	int encoding;
	sw_edit *edits;
	size_t n;
	sw_buf texts;
} round;

static void survey(const samw_source *src, const samw_options *o, round *rd)
{
	size_t len;
	const char *text = samw_source_text(src, &len);
	samw_result *r = samw_check(src, o);
	uint32_t first = UINT32_MAX;
	rd->syntax = 0;
	rd->encoding = 0;
	rd->n = 0;
	for (size_t i = 0; i < r->d.len; i++) {
		const sw_diag *g = &r->d.v[i];
		if (g->check == SW008)
			rd->encoding = 1;
		if (g->check == SW001) {
			rd->syntax++;
			if (g->span.start.off < first)
				first = g->span.start.off;
		}
	}
	/* the replacements, copied (the result goes), offsets into texts */
	size_t *at = calloc(r->d.len + 1, sizeof *at);
	rd->edits = calloc(r->d.len + 1, sizeof *rd->edits);
	if (!at || !rd->edits)
		abort();
	sw_buf_reset(&rd->texts);
	for (size_t i = 0; i < r->d.len; i++) {
		const sw_diag *g = &r->d.v[i];
		uint32_t s = g->fix_span.start.off, e = g->fix_span.end.off;
		if (!g->fix || !g->fix_safe || s > e || e > len)
			continue;
		/* after a syntax error the reader may have misread the text:
		 * nothing there is fixed */
		if (rd->syntax && e > first)
			continue;
		size_t fl = strlen(g->fix);
		if (fl == e - s && memcmp(text + s, g->fix, fl) == 0)
			continue; /* already so: nothing to do, and no endless round */
		at[rd->n] = rd->texts.len;
		sw_buf_put(&rd->texts, g->fix, fl + 1);
		rd->edits[rd->n++] = (sw_edit){ s, e, NULL };
	}
	for (size_t i = 0; i < rd->n; i++)
		rd->edits[i].text = rd->texts.data + at[i];
	free(at);
	samw_result_free(r);
}

int samw_fix_source(const samw_source *src, const samw_options *opts, char **out, size_t *len,
                    size_t *applied)
{
	samw_options o = { .lang = SAMW_LANG_EN, .no_verdicts = 1 };
	if (opts) {
		o = *opts;
		o.max_diagnostics = 0;
		o.no_verdicts = 1;
	}
	/* what decides whether fixing is safe is never silenced */
	signed char sev[SW__COUNT];
	for (int i = 0; i < SW__COUNT; i++)
		sev[i] = o.severity ? o.severity[i] : SAMW_KEEP;
	sev[SW001] = sev[SW008] = SAMW_ERROR;
	o.severity = sev;

	size_t n;
	const char *text = samw_source_text(src, &n);
	sw_buf cur = { 0 }, prev = { 0 };
	sw_buf_put(&cur, text, n);
	*applied = 0;
	*out = NULL;
	*len = 0;
	round rd = { 0 };
	size_t syntax = 0, last = 0;
	int one = 0; /* a round of several fixes added a syntax error: one at a time */
	for (int k = 0; k <= ROUNDS; k++) {
		samw_source *s = samw_source_new(samw_source_path(src), cur.data ? cur.data : "", cur.len);
		survey(s, &o, &rd);
		samw_source_free(s);
		if (k == 0 && rd.encoding) {
			free(rd.edits);
			sw_buf_free(&rd.texts);
			sw_buf_free(&cur);
			return -1;
		}
		if (k > 0 && rd.syntax > syntax) {
			/* the last round made the text harder to read: undo it */
			sw_buf t = cur;
			cur = prev;
			prev = t;
			*applied -= last;
			free(rd.edits);
			rd.edits = NULL;
			if (last > 1 && !one) {
				one = 1;
				last = 0;
				continue;
			}
			break;
		}
		syntax = rd.syntax;
		size_t m = sw_fix_pick(rd.edits, rd.n);
		if (one && m > 1)
			m = 1;
		if (!m || k == ROUNDS) {
			free(rd.edits);
			rd.edits = NULL;
			break;
		}
		sw_buf_reset(&prev);
		sw_fix_apply(&prev, cur.data, cur.len, rd.edits, m);
		sw_buf t = cur;
		cur = prev;
		prev = t;
		free(rd.edits);
		rd.edits = NULL;
		last = m;
		*applied += m;
	}
	sw_buf_free(&rd.texts);
	sw_buf_free(&prev);
	*len = cur.len;
	*out = cur.data ? cur.data : strdup("");
	if (!*out)
		abort();
	return 0;
}
