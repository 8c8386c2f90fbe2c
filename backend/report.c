#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "../base/version.h"
#include "../diagnostics/json.h"
#include "../diagnostics/render.h"
#include "../parser/shape.h"
#include "digest.h"
#include "report_out.h"

static void say(sw_buf *b, int nl, sw_msg m, const char *a1)
{
	sw_darg a[SW_DARGS] = { { a1, M_NONE } };
	sw_msg_expand(b, m, a, nl);
}

/* A diagnostic as a digest holds it, its message rendered into m. */
static void ddiag(sw_ddiag *x, const sw_diag *g, int nl, sw_buf *m)
{
	sw_buf_reset(m);
	sw_render_msg(m, g, g->msg, nl);
	x->check = g->check;
	x->sev = g->sev;
	x->line = g->span.start.line;
	x->col = g->span.start.col;
	x->message.s = sw_buf_str(m);
	x->message.n = m->len;
}

static uint32_t stmt_end(const sw_stmt *s)
{
	return s->has_block && s->close.end.off > s->span.end.off ? s->close.end.off : s->span.end.off;
}

/* ---- the survey ------------------------------------------------------ */

/* The survey keeps no diagnostic: it reads the log of what was counted
 * (diag.h) as each top-level statement is done, and looks each C0 error
 * up among the spans of the collaborations read so far (in order, so by
 * binary search): time and memory in proportion to the file. */
typedef struct survey {
	sw_survey *s;
	sw_buf spans;   /* uint32_t pairs: each collaboration's [start, end] */
} survey;

static int in_spans(const survey *v, uint32_t off)
{
	size_t lo = 0, hi = v->spans.len / (2 * sizeof(uint32_t));
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		uint32_t at[2];
		memcpy(at, v->spans.data + mid * sizeof at, sizeof at);
		if (off < at[0])
			hi = mid;
		else if (off > at[1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

static void survey_top(void *ud, sw_parser *P, sw_stmt *top, sw_comment *tail)
{
	survey *v = ud;
	(void)tail;
	uint32_t hi = UINT32_MAX;
	if (top) {
		hi = stmt_end(top);
		if (sw_shape_top(P, top, sw_parser_lang(P))) {
			uint32_t at[2] = { top->span.start.off, hi };
			sw_buf_put(&v->spans, (const char *)at, sizeof at);
		}
	}
	sw_diags *d = P->diags;
	size_t keep = 0;
	for (size_t i = 0; i < d->log_len; i++) {
		const sw_logent *e = &d->log[i];
		if (e->off > hi) {
			d->log[keep++] = *e; /* read ahead: judged with its statement */
			continue;
		}
		if (e->sev == SEV_ERROR && sw_check_info((sw_check)e->check)->crit == CRIT_C0 &&
		    !in_spans(v, e->off))
			v->s->outside[e->check] = 1;
	}
	d->log_len = keep;
}

void sw_survey_file(const sw_source *src, const sw_check_opts *o, sw_survey *s)
{
	sw_diags d;
	sw_diags_init(&d, 1);
	d.keep_first = 1;
	d.override = o->override;
	memset(s->outside, 0, sizeof s->outside);
	survey v = { s, { 0 } };
	sw_parser P;
	sw_parser_init(&P, src, &d, survey_top, &v);
	sw_parser_run(&P);
	s->lang = sw_parser_lang(&P);
	sw_parser_free(&P);
	sw_buf_free(&v.spans);
	sw_diags_free(&d);
}

/* ---- one file -------------------------------------------------------- */

typedef struct rfile {
	sw_report *r;
	const sw_survey *sv;
	int nl;
	size_t scan;   /* d->v[scan..] not yet looked at */
	sw_buf pend;   /* size_t: indices looked at, not yet placed */
	sw_buf mine;   /* by seq: 1 when a collaboration took it */
	int collabs;
	size_t in_collabs;  /* diagnostics counted in collaborations */
	sw_buf out;
} rfile;

static void emit(rfile *f)
{
	fwrite(f->out.data ? f->out.data : "", 1, f->out.len, f->r->out);
	sw_buf_reset(&f->out);
}

static int by_place(const void *a, const void *b)
{
	const sw_diag *x = *(const sw_diag *const *)a, *y = *(const sw_diag *const *)b;
	if (x->span.start.off != y->span.start.off)
		return x->span.start.off < y->span.start.off ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void take(rfile *f, const sw_diag *g, const sw_diag **v, size_t *n)
{
	while (f->mine.len <= g->seq)
		sw_buf_putc(&f->mine, 0);
	f->mine.data[g->seq] = 1;
	v[(*n)++] = g;
}

/* The section separator of markdown: a rule between sections. */
static void section(rfile *f)
{
	if (f->r->sections++)
		sw_buf_puts(&f->out, f->r->json ? ",\n" : "\n---\n\n");
	else if (f->r->json)
		sw_buf_puts(&f->out, "\n");
}

static void on_collab(void *ud, const sw_source *src, sw_collab *c, const sw_verdict *vd,
                      const sw_tally *t, const sw_diags *d, size_t first)
{
	rfile *f = ud;
	/* its diagnostics: what it reported, and what the reader reported
	 * inside its block before it was complete */
	uint32_t lo = c->stmt->span.start.off, hi = stmt_end(c->stmt);
	size_t np = f->pend.len / sizeof(size_t), n = 0;
	const sw_diag **v = malloc((np + d->len - f->scan + 1) * sizeof *v);
	if (!v)
		abort();
	sw_buf keep = { 0 };
	for (size_t i = 0; i < np + first - f->scan; i++) {
		size_t k;
		if (i < np)
			memcpy(&k, f->pend.data + i * sizeof k, sizeof k);
		else
			k = f->scan + (i - np);
		const sw_diag *g = &d->v[k];
		if (g->span.start.off >= lo && g->span.start.off <= hi)
			take(f, g, v, &n);
		else if (g->span.start.off > hi) /* read ahead: may be the next one's */
			sw_buf_put(&keep, (const char *)&k, sizeof k);
	}
	sw_buf_free(&f->pend);
	f->pend = keep;
	for (size_t k = first; k < d->len; k++)
		take(f, &d->v[k], v, &n);
	f->scan = d->len;
	qsort(v, n, sizeof *v, by_place);

	sw_digest x;
	sw_digest_make(&x, src, c, vd, v, n, f->nl);
	/* beyond the limit the report shows fewer diagnostics than there
	 * are: its counts are of all of them */
	size_t total = t->count[0] + t->count[1] + t->count[2];
	memcpy(x.count, t->count, sizeof x.count);
	x.not_shown = total > n ? total - n : 0;
	f->in_collabs += total;
	section(f);
	if (f->r->json)
		sw_js_collab(&f->out, &x);
	else
		sw_md_collab(&f->out, &x);
	emit(f);
	sw_digest_free(&x);
	free(v);
	f->collabs++;
}

size_t sw_report_file(sw_report *r, const sw_source *src, const sw_check_opts *o,
                      const sw_survey *s)
{
	rfile f;
	memset(&f, 0, sizeof f);
	f.r = r;
	f.sv = s;
	f.nl = o->nl;
	sw_diags d;
	sw_diags_init(&d, 0);
	sw_check_source(src, o, &d, on_collab, &f);

	/* what no collaboration took, in order */
	const sw_diag **v = malloc((d.len + 1) * sizeof *v);
	if (!v)
		abort();
	size_t n = 0;
	uint8_t c0[SW__COUNT] = { 0 };
	for (size_t i = 0; i < d.len; i++) {
		const sw_diag *g = &d.v[i];
		if (g->seq < f.mine.len && f.mine.data[g->seq])
			continue;
		v[n++] = g;
		if (g->sev == SEV_ERROR && sw_check_info(g->check)->crit == CRIT_C0)
			c0[g->check] = 1;
	}
	/* the survey saw every one, shown or not */
	for (int k = 0; k < SW__COUNT; k++)
		c0[k] |= s->outside[k];
	size_t all = d.count[0] + d.count[1] + d.count[2];
	size_t outside = all > f.in_collabs ? all - f.in_collabs : 0;
	size_t more = outside > n ? outside - n : 0;
	sw_buf *b = &f.out, t = { 0 }, codes = { 0 }, m = { 0 };
	for (int k = 0; k < SW__COUNT; k++)
		if (c0[k])
			sw_buf_printf(&codes, "%s%s", codes.len ? ", " : "", sw_check_info((sw_check)k)->code);
	if (r->json) {
		sw_buf *j = &r->tail;
		if (r->files)
			sw_buf_puts(j, ",");
		sw_buf_puts(j, "\n    {\"file\":");
		sw_json_strz(j, src->path);
		sw_buf_printf(j, ",\"read\":true,\"language\":\"%s\",\"collaborations\":%d,"
		                 "\"errors\":%zu,\"warnings\":%zu,\"notes\":%zu,\"not_shown\":%zu,\"sentence\":",
		              f.nl ? "nl" : "en", f.collabs, d.count[SEV_ERROR], d.count[SEV_WARNING],
		              d.count[SEV_NOTE], more);
		if (codes.len) {
			say(&t, f.nl, M_P_R_V_FILE_UNREAD, sw_buf_str(&codes));
			sw_json_str(j, t.data, t.len);
		} else if (!f.collabs) {
			sw_json_strz(j, sw_msg_text(M_P_R_NO_COLLAB, f.nl));
		} else {
			sw_buf_puts(j, "null");
		}
		sw_buf_puts(j, ",\"diagnostics\":[");
		for (size_t i = 0; i < n; i++) {
			if (i)
				sw_buf_putc(j, ',');
			sw_ddiag x;
			ddiag(&x, v[i], f.nl, &m);
			sw_js_diag(j, &x);
		}
		sw_buf_puts(j, "]}");
	} else if (n || more || !f.collabs) {
		section(&f);
		sw_buf_puts(b, "# ");
		sw_md_textz(b, src->path);
		sw_buf_puts(b, "\n\n");
		if (!f.collabs)
			sw_buf_printf(b, "%s\n\n", sw_msg_text(M_P_R_NO_COLLAB, f.nl));
		if (codes.len) {
			say(&t, f.nl, M_P_R_V_FILE_UNREAD, sw_buf_str(&codes));
			sw_buf_puts(b, "**");
			sw_md_text(b, t.data, t.len);
			sw_buf_puts(b, "**\n\n");
		}
		if (n || more)
			sw_md_heading(b, 2, M_P_R_OUTSIDE, f.nl);
		for (size_t i = 0; i < n; i++) {
			sw_buf_puts(b, "- ");
			sw_ddiag x;
			ddiag(&x, v[i], f.nl, &m);
			sw_md_diag(b, &x, f.nl);
			sw_buf_putc(b, '\n');
		}
		if (more) {
			char num[32];
			snprintf(num, sizeof num, "%zu", more);
			sw_buf_putc(b, '\n');
			say(b, f.nl, n ? M_P_R_OUTSIDE_MORE : M_P_R_OUTSIDE_NONE_SHOWN, num);
			sw_buf_puts(b, "\n");
		}
		emit(&f);
	}
	r->files++;
	size_t errors = d.count[SEV_ERROR];
	free(v);
	sw_buf_free(&t);
	sw_buf_free(&codes);
	sw_buf_free(&m);
	sw_buf_free(&f.out);
	sw_buf_free(&f.pend);
	sw_buf_free(&f.mine);
	sw_diags_free(&d);
	return errors;
}

/* ---- the run --------------------------------------------------------- */

void sw_report_begin(sw_report *r, FILE *out, int json)
{
	memset(r, 0, sizeof *r);
	r->out = out;
	r->json = json;
	if (json)
		fputs("{\n  \"format\": \"samw-report\",\n  \"version\": 1,\n"
		      "  \"tool\": {\"name\": \"samw\", \"version\": \"" SW_VERSION "\"},\n"
		      "  \"collaborations\": [", out);
}

void sw_report_unread(sw_report *r, const char *path, const char *message)
{
	if (!r->json)
		return;
	if (r->files++)
		sw_buf_puts(&r->tail, ",");
	sw_buf_puts(&r->tail, "\n    {\"file\":");
	sw_json_strz(&r->tail, path);
	sw_buf_puts(&r->tail, ",\"read\":false");
	if (message) {
		sw_buf_puts(&r->tail, ",\"message\":");
		sw_json_strz(&r->tail, message);
	}
	sw_buf_putc(&r->tail, '}');
}

void sw_report_end(sw_report *r)
{
	if (r->json) {
		fprintf(r->out, "%s],\n  \"files\": [%s%s]\n}\n", r->sections ? "\n  " : "",
		        sw_buf_str(&r->tail), r->files ? "\n  " : "");
	}
	sw_buf_free(&r->tail);
}
