#include "formats.h"

#include <stdio.h>
#include <string.h>

#include "../base/version.h"
#include "explain.h"
#include "json.h"
#include "sanitize.h"


static void flush(sw_emit *e, sw_buf *b)
{
	fwrite(b->data ? b->data : "", 1, b->len, e->r->out);
	sw_buf_reset(b);
}

static void pos(sw_buf *b, const char *key, sw_pos p)
{
	sw_buf_printf(b, "\"%s\":{\"line\":%u,\"column\":%u,\"offset\":%u}", key,
	              (unsigned)p.line, (unsigned)p.col, (unsigned)p.off);
}

static void text(sw_buf *b, const sw_diag *g, sw_msg m, int nl)
{
	sw_buf t = { 0 };
	sw_render_msg(&t, g, m, nl);
	sw_json_str(b, t.data ? t.data : "", t.len);
	sw_buf_free(&t);
}

static void suggestion_text(sw_buf *b, const sw_diag *g, int nl)
{
	sw_buf t = { 0 };
	sw_fix_title(&t, g, nl);
	sw_json_str(b, t.data, t.len);
	sw_buf_free(&t);
}

/* ---- json ------------------------------------------------------------ */

static void json_diag(sw_emit *e, sw_buf *b, const sw_source *src, const sw_diag *g)
{
	int nl = e->r->nl;
	const sw_checkinfo *ci = sw_check_info(g->check);
	sw_buf_puts(b, e->diags++ ? ",\n    {" : "\n    {");
	sw_buf_puts(b, "\"file\":");
	sw_json_strz(b, src->path);
	sw_buf_printf(b, ",\"code\":\"%s\",\"name\":\"%s\",\"severity\":\"%s\",\"criterion\":\"%s\",",
	              ci->code, ci->name, sw_sev_name(g->sev), sw_crit_info(ci->crit)->id);
	sw_buf_puts(b, "\"message\":");
	text(b, g, g->msg, nl);
	sw_buf_putc(b, ',');
	pos(b, "start", g->span.start);
	sw_buf_putc(b, ',');
	pos(b, "end", g->span.end);
	if (g->label) {
		sw_buf_puts(b, ",\"label\":");
		text(b, g, g->label, nl);
	}
	sw_buf_puts(b, ",\"notes\":[");
	if (g->note)
		text(b, g, g->note, nl);
	sw_buf_puts(b, "],\"help\":[");
	if (g->fix && !g->fix_insert) {
		suggestion_text(b, g, nl);
		if (g->help)
			sw_buf_putc(b, ',');
	}
	if (g->help)
		text(b, g, g->help, nl);
	sw_buf_puts(b, "],\"related\":[");
	if (g->has_span2) {
		sw_buf_putc(b, '{');
		pos(b, "start", g->span2.start);
		sw_buf_putc(b, ',');
		pos(b, "end", g->span2.end);
		sw_buf_puts(b, ",\"message\":");
		text(b, g, g->label2, nl);
		sw_buf_putc(b, '}');
	}
	sw_buf_puts(b, "],\"suggestions\":[");
	if (g->fix) {
		sw_buf_puts(b, "{\"replacement\":");
		sw_json_strz(b, g->fix);
		sw_buf_putc(b, ',');
		pos(b, "start", g->fix_span.start);
		sw_buf_putc(b, ',');
		pos(b, "end", g->fix_span.end);
		sw_buf_printf(b, ",\"kind\":\"%s\",\"applicable\":%s}", g->fix_insert ? "insert" : "replace",
		              g->fix_safe ? "true" : "false");
	}
	sw_buf_puts(b, "]}");
}

/* ---- sarif ----------------------------------------------------------- */

/* A path as a URI reference: unreserved characters and '/' as they are,
 * the rest percent-encoded. */
static void uri(sw_buf *b, const char *path)
{
	sw_buf u = { 0 };
	if (path[0] == '/')
		sw_buf_puts(&u, "file://");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("-._~/", *p))
			sw_buf_putc(&u, (char)*p);
		else
			sw_buf_printf(&u, "%%%02X", *p);
	}
	sw_json_str(b, u.data, u.len);
	sw_buf_free(&u);
}

static void region(sw_buf *b, sw_span s)
{
	sw_buf_printf(b, "\"region\":{\"startLine\":%u,\"startColumn\":%u,\"endLine\":%u,"
	                 "\"endColumn\":%u,\"byteOffset\":%u,\"byteLength\":%u}",
	              (unsigned)s.start.line, (unsigned)s.start.col, (unsigned)s.end.line,
	              (unsigned)(s.end.col > s.start.col || s.end.line > s.start.line ? s.end.col : s.start.col + 1),
	              (unsigned)s.start.off, (unsigned)(s.end.off - s.start.off));
}

static void location(sw_buf *b, const sw_source *src, sw_span s)
{
	sw_buf_puts(b, "{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
	uri(b, src->path);
	sw_buf_puts(b, "},");
	region(b, s);
	sw_buf_puts(b, "}}");
}

static const char *sarif_level(sw_sev s)
{
	return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note";
}

static void sarif_rules(sw_buf *b, int nl)
{
	for (int i = 0; i < SW__COUNT; i++) {
		const sw_checkinfo *ci = sw_check_info((sw_check)i);
		const sw_critinfo *cr = sw_crit_info(ci->crit);
		sw_buf t = { 0 };
		sw_buf_puts(b, i ? ",\n        {" : "\n        {");
		sw_buf_printf(b, "\"id\":\"%s\",\"name\":\"%s\",\"shortDescription\":{\"text\":", ci->code, ci->name);
		sw_json_strz(b, ci->summary[nl]);
		sw_buf_puts(b, "},\"fullDescription\":{\"text\":");
		sw_buf_printf(&t, "%s %s %s: %s", ci->summary[nl], cr->id,
		              nl ? cr->phrase_nl : cr->phrase_en, cr->summary[nl]);
		sw_json_str(b, t.data, t.len);
		sw_buf_puts(b, "},\"help\":{\"text\":");
		sw_buf_reset(&t);
		sw_explain_text(&t, (sw_check)i, nl);
		sw_json_str(b, t.data, t.len);
		sw_buf_printf(b, "},\"defaultConfiguration\":{\"level\":\"%s\"},"
		                 "\"properties\":{\"criterion\":\"%s\",\"tags\":[\"%s\"]}}",
		              sarif_level(ci->sev), cr->id, cr->id);
		sw_buf_free(&t);
	}
}

static void sarif_result(sw_emit *e, sw_buf *b, const sw_source *src, const sw_diag *g)
{
	int nl = e->r->nl;
	const sw_checkinfo *ci = sw_check_info(g->check);
	sw_buf_puts(b, e->diags++ ? ",\n        {" : "\n        {");
	sw_buf_printf(b, "\"ruleId\":\"%s\",\"ruleIndex\":%d,\"level\":\"%s\",\"message\":{\"text\":",
	              ci->code, (int)g->check, sarif_level(g->sev));
	sw_buf t = { 0 };
	sw_render_msg(&t, g, g->msg, nl);
	if (g->note) {
		sw_buf_puts(&t, "\n");
		sw_render_msg(&t, g, g->note, nl);
	}
	if (g->help) {
		sw_buf_puts(&t, "\n");
		sw_render_msg(&t, g, g->help, nl);
	}
	sw_json_str(b, t.data, t.len);
	sw_buf_free(&t);
	sw_buf_puts(b, "},\"locations\":[");
	location(b, src, g->span);
	sw_buf_puts(b, "]");
	if (g->has_span2) {
		sw_buf_puts(b, ",\"relatedLocations\":[");
		sw_buf_puts(b, "{\"id\":1,\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
		uri(b, src->path);
		sw_buf_puts(b, "},");
		region(b, g->span2);
		sw_buf_puts(b, "},\"message\":{\"text\":");
		text(b, g, g->label2, nl);
		sw_buf_puts(b, "}}]");
	}
	if (g->fix) {
		sw_buf_puts(b, ",\"fixes\":[{\"description\":{\"text\":");
		suggestion_text(b, g, nl);
		sw_buf_puts(b, "},\"artifactChanges\":[{\"artifactLocation\":{\"uri\":");
		uri(b, src->path);
		sw_buf_puts(b, "},\"replacements\":[{\"deletedRegion\":{");
		sw_buf_printf(b, "\"byteOffset\":%u,\"byteLength\":%u},\"insertedContent\":{\"text\":",
		              (unsigned)g->fix_span.start.off,
		              (unsigned)(g->fix_span.end.off - g->fix_span.start.off));
		sw_json_strz(b, g->fix);
		sw_buf_printf(b, "}}]}],\"properties\":{\"applicable\":%s}}]", g->fix_safe ? "true" : "false");
	}
	sw_buf_puts(b, "}");
}

/* ---- github ---------------------------------------------------------- */

/* s as a workflow command writes it: first the one sanitiser (no control
 * or invisible character survives it; sanitize.h), then the command's own
 * escapes of '%', line ends and, in a property, ':' and ','. */
void sw_gh_escape(sw_buf *b, const char *s, size_t n, int property)
{
	sw_buf safe = { 0 };
	sw_safe(&safe, s, n);
	s = sw_buf_str(&safe);
	n = safe.len;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '%')
			sw_buf_puts(b, "%25");
		else if (c == '\r')
			sw_buf_puts(b, "%0D");
		else if (c == '\n')
			sw_buf_puts(b, "%0A");
		else if (property && c == ':')
			sw_buf_puts(b, "%3A");
		else if (property && c == ',')
			sw_buf_puts(b, "%2C");
		else
			sw_buf_putc(b, c);
	}
	sw_buf_free(&safe);
}

static void github_diag(sw_emit *e, sw_buf *b, const sw_source *src, const sw_diag *g)
{
	static const char *const level[3] = { "notice", "warning", "error" };
	sw_buf_printf(b, "::%s file=", level[g->sev]);
	sw_gh_escape(b, src->path, strlen(src->path), 1);
	unsigned endcol = g->span.end.col > g->span.start.col || g->span.end.line > g->span.start.line
		? g->span.end.col : g->span.start.col + 1;
	sw_buf_printf(b, ",line=%u,col=%u,endLine=%u,endColumn=%u,title=%s::",
	              (unsigned)g->span.start.line, (unsigned)g->span.start.col,
	              (unsigned)g->span.end.line, endcol, sw_check_info(g->check)->code);
	/* the message, the suggestion and the help on lines of their own (an
	 * escaped line end), each sanitised apart */
	sw_buf t = { 0 };
	sw_render_msg(&t, g, g->msg, e->r->nl);
	sw_gh_escape(b, t.data, t.len, 0);
	if (g->fix && !g->fix_insert) {
		sw_buf_reset(&t);
		sw_darg a[SW_DARGS] = { { g->fix, M_NONE } };
		sw_msg_expand(&t, M_P_DID_YOU_MEAN, a, e->r->nl);
		sw_buf_puts(b, "%0A");
		sw_gh_escape(b, t.data, t.len, 0);
	}
	if (g->help) {
		sw_buf_reset(&t);
		sw_render_msg(&t, g, g->help, e->r->nl);
		sw_buf_puts(b, "%0A");
		sw_gh_escape(b, t.data, t.len, 0);
	}
	sw_buf_free(&t);
	sw_buf_putc(b, '\n');
}

/* ---- the run --------------------------------------------------------- */

void sw_emit_begin(sw_emit *e, const sw_render *r, sw_format f)
{
	memset(e, 0, sizeof *e);
	e->r = r;
	e->format = f;
	sw_buf b = { 0 };
	if (f == FMT_JSON) {
		sw_buf_puts(&b, "{\n  \"format\": \"samw-diagnostics\",\n  \"version\": 1,\n"
		                "  \"tool\": {\"name\": \"samw\", \"version\": \"" SW_VERSION "\"},\n"
		                "  \"diagnostics\": [");
	} else if (f == FMT_SARIF) {
		sw_buf_puts(&b, "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
		                "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
		                "    \"tool\": {\"driver\": {\"name\": \"samw\", \"version\": \""
		                SW_VERSION "\", \"semanticVersion\": \"" SW_VERSION "\",\n"
		                "      \"rules\": [");
		sarif_rules(&b, r->nl);
		sw_buf_puts(&b, "]}},\n    \"columnKind\": \"unicodeCodePoints\",\n    \"results\": [");
	}
	flush(e, &b);
	sw_buf_free(&b);
}

void sw_emit_file(sw_emit *e, const sw_source *src, const sw_diags *d)
{
	sw_emit_diags(e, src, d);
	if (e->format == FMT_JSON) {
		sw_buf_puts(&e->failures, e->files ? ",\n    {" : "\n    {");
		sw_buf_puts(&e->failures, "\"file\":");
		sw_json_strz(&e->failures, src->path);
		sw_buf_printf(&e->failures, ",\"read\":true,\"errors\":%zu,\"warnings\":%zu,\"notes\":%zu,\"not_shown\":%zu}",
		              d->count[SEV_ERROR], d->count[SEV_WARNING], d->count[SEV_NOTE], d->dropped);
	}
	e->files++;
}

void sw_emit_diags(sw_emit *e, const sw_source *src, const sw_diags *d)
{
	sw_buf b = { 0 };
	for (size_t i = 0; i < d->len; i++) {
		if (e->format == FMT_JSON)
			json_diag(e, &b, src, &d->v[i]);
		else if (e->format == FMT_SARIF)
			sarif_result(e, &b, src, &d->v[i]);
		else
			github_diag(e, &b, src, &d->v[i]);
		if (b.len > 1 << 16)
			flush(e, &b);
	}
	flush(e, &b);
	sw_buf_free(&b);
	for (int s = 0; s < 3; s++)
		e->count[s] += d->count[s];
}

void sw_emit_failure(sw_emit *e, const char *path, const char *message)
{
	if (e->format == FMT_JSON) {
		sw_buf_puts(&e->failures, e->files ? ",\n    {" : "\n    {");
		sw_buf_puts(&e->failures, "\"file\":");
		sw_json_strz(&e->failures, path);
		sw_buf_puts(&e->failures, ",\"read\":false,\"message\":");
		sw_json_strz(&e->failures, message);
		sw_buf_puts(&e->failures, "}");
		e->files++;
	} else if (e->format == FMT_SARIF) {
		sw_buf *b = &e->failures;
		sw_buf_puts(b, b->len ? ",\n        {" : "\n        {");
		sw_buf_puts(b, "\"level\":\"error\",\"message\":{\"text\":");
		sw_json_strz(b, message);
		sw_buf_puts(b, "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
		uri(b, path);
		sw_buf_puts(b, "}}}]}");
	} else if (e->format == FMT_GITHUB) {
		sw_buf b = { 0 };
		sw_buf_puts(&b, "::error file=");
		sw_gh_escape(&b, path, strlen(path), 1);
		sw_buf_puts(&b, ",title=samw::");
		sw_gh_escape(&b, message, strlen(message), 0);
		sw_buf_putc(&b, '\n');
		flush(e, &b);
		sw_buf_free(&b);
	}
}

void sw_emit_end(sw_emit *e)
{
	sw_buf b = { 0 };
	if (e->format == FMT_JSON) {
		sw_buf_puts(&b, e->diags ? "\n  ],\n  \"files\": [" : "],\n  \"files\": [");
		sw_buf_put(&b, e->failures.data ? e->failures.data : "", e->failures.len);
		sw_buf_printf(&b, "%s],\n  \"summary\": {\"files\": %d, \"errors\": %zu, \"warnings\": %zu, \"notes\": %zu}\n}\n",
		              e->files ? "\n  " : "", e->files, e->count[SEV_ERROR], e->count[SEV_WARNING],
		              e->count[SEV_NOTE]);
	} else if (e->format == FMT_SARIF) {
		sw_buf_puts(&b, e->diags ? "\n    ],\n" : "],\n");
		sw_buf_printf(&b, "    \"invocations\": [{\"executionSuccessful\": %s, \"toolExecutionNotifications\": [",
		              e->failures.len ? "false" : "true");
		sw_buf_put(&b, e->failures.data ? e->failures.data : "", e->failures.len);
		sw_buf_puts(&b, e->failures.len ? "\n      ]}]\n  }]\n}\n" : "]}]\n  }]\n}\n");
	}
	flush(e, &b);
	sw_buf_free(&b);
	sw_buf_free(&e->failures);
}
