/* Fuzz target: the whole check path. The input is a .samw file; it is
 * scanned, parsed, resolved and checked (samw_check), and its diagnostics
 * are rendered in every output format: human (with and without colour),
 * gcc, json, sarif and github.
 *
 * Besides the sanitizers, the target aborts when
 * - the source text is not as it was after the check (the scanner reads it
 *   in place);
 * - the diagnostics break their own invariants (more kept than the limit,
 *   counts that do not add up, out of order, a span outside the file, a
 *   fix outside the file, a correction elsewhere than its diagnostic, an
 *   insertion that does not start a line);
 * - samw_fix_source (for a quarter of the inputs) fixes a file that is
 *   not UTF-8, leaves more syntax errors than it found, or says it
 *   applied fixes without changing the text (or the reverse);
 * - json or sarif output is not one well-formed JSON document of valid
 *   UTF-8;
 * - gcc or github output is not exactly one line per diagnostic;
 * - uncoloured human or gcc output, or github output, holds a control
 *   character (a terminal escape, a carriage return), a C1 control, a
 *   bidirectional or invisible character, or a byte that is not UTF-8,
 *   that the input or its file name smuggled in; json or sarif output
 *   holds one as itself.
 *
 * The file's name is picked from hostile ones (oracle.h, fuzz_names) by
 * bits of the input's length.
 *
 * A few bits of the input's length pick the message language, the colour
 * and the diagnostics limit, so every corpus entry is run one way only but
 * all ways get covered. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../diagnostics/formats.h"
#include "../diagnostics/render.h"
#include "../api/impl.h"
#include "oracle.h"


static void cap_close(capture *c)
{
	fclose(c->f);
}

static void check_diags(const sw_source *src, const sw_diags *d, size_t max)
{
	if (max && d->len > max)
		fuzz_fail("more diagnostics kept than the limit", NULL, 0);
	if (d->count[0] + d->count[1] + d->count[2] != d->len + d->dropped)
		fuzz_fail("severity counts do not add up to kept + dropped", NULL, 0);
	for (size_t i = 0; i < d->len; i++) {
		const sw_diag *g = &d->v[i];
		if (g->sev < SEV_NOTE || g->sev > SEV_ERROR || g->check >= SW__COUNT)
			fuzz_fail("diagnostic with a bad severity or check", NULL, 0);
		if (i && g->span.start.off < d->v[i - 1].span.start.off)
			fuzz_fail("diagnostics not sorted by position", NULL, 0);
		if (g->span.start.off > g->span.end.off || g->span.end.off > src->len) {
			fprintf(stderr, "%s at %u:%u, offsets %u..%u, file of %zu bytes\n",
			        sw_check_info(g->check)->code, (unsigned)g->span.start.line,
			        (unsigned)g->span.start.col, (unsigned)g->span.start.off,
			        (unsigned)g->span.end.off, src->len);
			fuzz_fail("span outside the file", NULL, 0);
		}
		if (!g->span.start.line || !g->span.start.col)
			fuzz_fail("span with line or column 0", NULL, 0);
		if (!sw_msg_text(g->msg, 0)[0])
			fuzz_fail("diagnostic without a message", NULL, 0);
		if (!g->fix)
			continue;
		sw_span f = g->fix_span;
		if (f.start.off > f.end.off || f.end.off > src->len)
			fuzz_fail("fix outside the file", NULL, 0);
		if (!g->fix_insert && (f.start.off != g->span.start.off || f.end.off != g->span.end.off))
			fuzz_fail("a correction elsewhere than its diagnostic", NULL, 0);
		if (g->fix_insert && (g->fix_safe || f.start.off != f.end.off || f.start.col != 1 ||
		                      f.start.off == 0 || (src->text[f.start.off - 1] != '\n' &&
		                                           src->text[f.start.off - 1] != '\r')))
			fuzz_fail("an insertion that does not start a line, or is applied unasked", NULL, 0);
	}
}

static size_t syntax_errors(const samw_source *s)
{
	samw_options o = { .lang = SAMW_LANG_EN, .document_dir = "/nonexistent/samw-fuzz",
	                   .no_verdicts = 1 };
	samw_result *r = samw_check(s, &o);
	size_t n = 0, enc = 0;
	for (size_t i = 0; i < r->d.len; i++) {
		n += r->d.v[i].check == SW001;
		enc += r->d.v[i].check == SW008;
	}
	samw_result_free(r);
	return enc ? SIZE_MAX : n;
}

/* samw_fix_source: never a file that is not UTF-8, never more syntax
 * errors, and the count of fixes agrees with the text */
static void fix_oracle(const samw_source *in)
{
	samw_options o = { .lang = SAMW_LANG_EN, .document_dir = "/nonexistent/samw-fuzz",
	                   .no_verdicts = 1 };
	char *out;
	size_t len, applied, n;
	const char *text = samw_source_text(in, &n);
	int rc = samw_fix_source(in, &o, &out, &len, &applied);
	size_t before = syntax_errors(in);
	if ((rc != 0) != (before == SIZE_MAX))
		fuzz_fail(rc ? "a file without encoding errors not fixed" : "a file that is not UTF-8 fixed",
		          NULL, 0);
	if (rc)
		return;
	int changed = len != n || memcmp(out, text, n) != 0;
	if (changed != (applied != 0))
		fuzz_fail("fixes counted and changes made disagree", out, len);
	samw_source *fixed = samw_source_new("fuzz.samw", out, len);
	if (changed && syntax_errors(fixed) > before)
		fuzz_fail("fixing added a syntax error", out, len);
	samw_source_free(fixed);
	free(out);
}

/* The real SARIF header and end, with no file, once per language: valid
 * JSON, and ending where the results start. */
static void sarif_header_once(int nl)
{
	static int done[2];
	if (done[nl])
		return;
	done[nl] = 1;
	capture c;
	cap_open(&c);
	sw_render r = { c.f, 0, nl };
	sw_emit e;
	sw_emit_begin(&e, &r, FMT_SARIF);
	fflush(c.f);
	size_t header = c.len;
	sw_emit_end(&e);
	cap_close(&c);
	static const char results[] = "\"results\": [";
	if (!fuzz_json_ok(c.data, c.len) || header < sizeof results - 1 ||
	    memcmp(c.data + header - (sizeof results - 1), results, sizeof results - 1) != 0)
		fuzz_fail("the SARIF header is not valid JSON ending in the results", c.data, c.len);
	free(c.data);
}

static void render_all(const sw_source *src, const sw_diags *d, int nl, int color)
{
	const char *PATH = src->path;
	int plain = strcmp(PATH, "fuzz.samw") == 0;
	capture c;

	/* human, possibly coloured */
	cap_open(&c);
	sw_render r = { c.f, color, nl };
	sw_render_human(&r, src, d);
	cap_close(&c);
	if (!color && !fuzz_no_hidden(c.data, c.len))
		fuzz_fail("human output holds a control or invisible character", c.data, c.len);
	free(c.data);

	/* gcc: one line per diagnostic */
	cap_open(&c);
	r.out = c.f;
	r.color = 0;
	sw_render_gcc(&r, src, d);
	cap_close(&c);
	if (fuzz_lines(c.data, c.len) != d->len || (plain && !fuzz_lines_start(c.data, c.len, "fuzz.samw:")))
		fuzz_fail("gcc output is not one line per diagnostic", c.data, c.len);
	if (!fuzz_no_hidden(c.data, c.len))
		fuzz_fail("gcc output holds a control or invisible character", c.data, c.len);
	free(c.data);

	/* the machine formats, as `samw check` writes them: begin, file, end */
	static const sw_format machine[3] = { FMT_JSON, FMT_SARIF, FMT_GITHUB };
	for (int i = 0; i < 3; i++) {
		cap_open(&c);
		r.out = c.f;
		sw_emit e;
		if (machine[i] == FMT_SARIF) {
			/* The SARIF header (every rule with its explanation) is most
			 * of the work and does not depend on the input: it is checked
			 * once per language in sarif_header_once(). Here the run is
			 * started as sw_emit_begin would, after a stand-in header. */
			sarif_header_once(nl);
			memset(&e, 0, sizeof e);
			e.r = &r;
			e.format = FMT_SARIF;
			fputs("{\"runs\": [{\"results\": [", c.f);
		} else {
			sw_emit_begin(&e, &r, machine[i]);
		}
		sw_emit_file(&e, src, d);
		sw_emit_end(&e);
		cap_close(&c);
		if (machine[i] == FMT_GITHUB) {
			if (fuzz_lines(c.data, c.len) != d->len || !fuzz_lines_start(c.data, c.len, "::"))
				fuzz_fail("github output is not one line per diagnostic", c.data, c.len);
			if (!fuzz_no_hidden(c.data, c.len))
				fuzz_fail("github output holds a control or invisible character", c.data, c.len);
		} else if (!fuzz_json_ok(c.data, c.len)) {
			fuzz_fail(machine[i] == FMT_JSON ? "json output is not valid JSON"
			                                 : "sarif output is not valid JSON",
			          c.data, c.len);
		} else if (!fuzz_no_hidden(c.data, c.len)) {
			fuzz_fail("json or sarif output holds a control or invisible character as itself",
			          c.data, c.len);
		}
		free(c.data);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t limits[4] = { 100, 3, 0, 1 };
	int nl = size & 1;
	int color = (size >> 1) & 1;
	size_t max = limits[(size >> 2) & 3];

	samw_source *in = samw_source_new(fuzz_names[(size >> 5) & 7], (const char *)data, size);
	signed char override[SW__COUNT];
	for (int k = 0; k < SW__COUNT; k++)
		override[k] = SAMW_KEEP;
	/* document paths are looked up under a folder that does not exist */
	samw_options o = { .lang = nl ? SAMW_LANG_NL : SAMW_LANG_EN, .max_diagnostics = max,
	                   .severity = override, .warnings_as_errors = (int)((size >> 4) & 1),
	                   .document_dir = "/nonexistent/samw-fuzz",
	                   .today = (size >> 6) & 1 ? "2026-06-15" : NULL,
	                   .horizon = (unsigned)((size >> 7) & 15) };
	samw_result *r = samw_check(in, &o);
	/* the scanner reads the text in place: it must leave it as it was */
	const sw_source *src = &in->s;
	if ((size && memcmp(src->text, data, size) != 0) || src->text[size] || src->text[size + 1])
		fuzz_fail("samw_check changed the source text", NULL, 0);
	check_diags(src, &r->d, max);
	render_all(src, &r->d, nl, color);
	samw_result_free(r);
	if (((size >> 6) & 3) == 0)
		fix_oracle(in);
	samw_source_free(in);
	return 0;
}
