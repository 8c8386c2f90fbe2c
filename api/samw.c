/* The public API (include/samw.h) over the library's stages: each opaque
 * type wraps the internal one, and each call is a thin wrapper. */
#include "../include/samw.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../backend/change.h"
#include "../backend/fmt.h"
#include "../backend/graph.h"
#include "../backend/portfolio.h"
#include "../backend/report.h"
#include "../backend/sentence.h"
#include "../base/buf.h"
#include "../base/source.h"
#include "../base/version.h"
#include "../diagnostics/explain.h"
#include "../diagnostics/formats.h"
#include "../diagnostics/render.h"
#include "../semantics/check.h"
#include "../semantics/register.h"
#include "impl.h"

/* Hand b's text to the caller as snprintf does (cap bytes at most, NUL
 * included); returns its whole length. b is freed. */
static size_t give(sw_buf *b, char *buf, size_t cap)
{
	size_t n = b->len;
	if (cap) {
		size_t k = n < cap ? n : cap - 1;
		if (k)
			memcpy(buf, b->data, k);
		buf[k] = '\0';
	}
	sw_buf_free(b);
	return n;
}

struct samw_emitter {
	sw_render r;
	sw_format format;
	sw_emit e;
};

struct samw_report {
	sw_report r;
	samw_workspace *ws;  /* registers, or NULL: each file reads its own */
};

struct samw_portfolio {
	sw_portfolio p;
	FILE *out;
	samw_portfolio_format format;
};

const char *samw_version(void)
{
	return SW_VERSION;
}

/* ---- the checks ------------------------------------------------------ */

size_t samw_checks(void)
{
	return SW__COUNT;
}

const char *samw_check_code(size_t check)
{
	return sw_check_info((sw_check)check)->code;
}

const char *samw_check_name(size_t check)
{
	return sw_check_info((sw_check)check)->name;
}

const char *samw_check_criterion(size_t check)
{
	return sw_crit_info(sw_check_info((sw_check)check)->crit)->id;
}

samw_severity samw_check_severity(size_t check)
{
	return (samw_severity)sw_check_info((sw_check)check)->sev;
}

long samw_check_find(const char *code_or_name)
{
	sw_check c;
	return sw_check_find(code_or_name, &c) ? (long)c : -1;
}

char *samw_explain(size_t check, samw_lang lang)
{
	sw_buf b = { 0 };
	sw_explain_text(&b, (sw_check)check, lang == SAMW_LANG_NL);
	char *s = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	if (!s)
		abort();
	return s;
}

/* ---- sources --------------------------------------------------------- */

static samw_source *wrap(const char *path)
{
	samw_source *s = calloc(1, sizeof *s);
	if (!s || !(s->path = strdup(path ? path : "")))
		abort();
	return s;
}

samw_source *samw_source_new(const char *path, const char *text, size_t len)
{
	samw_source *s = wrap(path);
	sw_source_copy(&s->s, s->path, text, len);
	return s;
}

samw_read samw_source_read(const char *path, size_t max, samw_source **out, int *err)
{
	return samw_source_read_ex(path, max, 0, out, err);
}

samw_read samw_source_read_ex(const char *path, size_t max, unsigned flags, samw_source **out,
                              int *err)
{
	sw_source src;
	int e = 0;
	sw_read_status st = sw_source_read(path, max, flags & SAMW_READ_NOFOLLOW ? SW_READ_NOFOLLOW : 0,
	                                   &src, &e);
	if (err)
		*err = e;
	switch (st) {
	case SW_READ_OK: break;
	case SW_READ_MISSING: return SAMW_READ_MISSING;
	case SW_READ_DIR: return SAMW_READ_DIR;
	case SW_READ_DEVICE: return SAMW_READ_DEVICE;
	case SW_READ_TOO_BIG: return SAMW_READ_TOO_BIG;
	case SW_READ_FAILED: return SAMW_READ_FAILED;
	case SW_READ_SPECIAL: return SAMW_READ_SPECIAL;
	case SW_READ_UNSTABLE: return SAMW_READ_UNSTABLE;
	}
	samw_source *s = wrap(path);
	s->s = src;
	s->s.path = s->path;
	*out = s;
	return src.len ? SAMW_READ_OK : SAMW_READ_EMPTY;
}

void samw_source_free(samw_source *src)
{
	if (!src)
		return;
	sw_source_free(&src->s);
	free(src->path);
	free(src);
}

const char *samw_source_path(const samw_source *src)
{
	return src->path;
}

void samw_source_rename(samw_source *src, const char *path)
{
	char *p = strdup(path);
	if (!p)
		abort();
	free(src->path);
	src->path = p;
	src->s.path = p;
}

const char *samw_source_text(const samw_source *src, size_t *len)
{
	if (len)
		*len = src->s.len;
	return src->s.text;
}

/* ---- checking -------------------------------------------------------- */

static sw_check_opts opts_of(const samw_options *o)
{
	sw_check_opts x;
	memset(&x, 0, sizeof x);
	if (o) {
		x.nl = o->lang == SAMW_LANG_NL;
		x.max_diags = o->max_diagnostics;
		x.override = (const int8_t *)o->severity;
		x.werror = o->warnings_as_errors;
		x.doc_dir = o->document_dir;
		x.dated = o->today && sw_date_parse(o->today, strlen(o->today), &x.when.today);
		x.when.horizon = o->horizon ? o->horizon : SW_HORIZON_DEFAULT;
	}
	return x;
}

int samw_date_valid(const char *s)
{
	return s && sw_date_parse(s, strlen(s), NULL);
}

/* Keep each collaboration's verdict. */
static void judged(void *ud, const sw_source *src, sw_collab *c, const sw_verdict *v,
                   const sw_tally *t, const sw_diags *d, size_t first)
{
	samw_result *r = ud;
	(void)src, (void)t, (void)d, (void)first;
	if (r->n_judged == r->cap_judged) {
		size_t cap = r->cap_judged ? r->cap_judged * 2 : 8;
		sw_judged **j = realloc(r->judged, cap * sizeof *j);
		if (!j)
			abort();
		r->judged = j;
		r->cap_judged = cap;
	}
	sw_judged *j = sw_alloc_raw(&r->arena, sizeof *j);
	r->judged[r->n_judged++] = j;
	j->name = sw_strndup(&r->arena, c->name->text, c->name->len);
	j->at = c->name->span.start;
	const sw_stmt *st = c->stmt;
	j->lo = st->span.start.off;
	j->hi = st->has_block && st->close.end.off > st->span.end.off ? st->close.end.off : st->span.end.off;
	sw_verdict_copy(&j->v, v, &r->arena);
}

samw_result *samw_check(const samw_source *src, const samw_options *opts)
{
	return samw_check_in(NULL, src, opts);
}

/* Registers through w (when given), its root the repository's fallback. */
static void in_workspace(sw_check_opts *o, samw_workspace *w)
{
	if (w) {
		o->ws = &w->w;
		o->root = w->root;
	}
}

/* A result to fill, its diagnostics kept as o says. */
static samw_result *new_result(const sw_check_opts *o)
{
	samw_result *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	sw_diags_init(&r->d, 0);
	sw_arena_init(&r->arena);
	if (o->max_diags)
		r->d.max = o->max_diags;
	r->d.override = o->override;
	r->d.werror = o->werror;
	return r;
}

samw_result *samw_check_in(samw_workspace *w, const samw_source *src, const samw_options *opts)
{
	sw_check_opts o = opts_of(opts);
	samw_result *r = new_result(&o);
	in_workspace(&o, w);
	sw_check_source(&src->s, &o, &r->d, opts && opts->no_verdicts ? NULL : judged, r);
	return r;
}

samw_result *samw_check_hooked(const samw_source *src, const samw_options *opts,
                               sw_top_hook hook, void *ud)
{
	sw_check_opts o = opts_of(opts);
	o.top_hook = hook;
	o.top_ud = ud;
	samw_result *r = new_result(&o);
	sw_check_source(&src->s, &o, &r->d, opts && opts->no_verdicts ? NULL : judged, r);
	return r;
}

/* ---- workspaces ------------------------------------------------------- */

samw_workspace *samw_workspace_new(size_t max_size)
{
	samw_workspace *w = calloc(1, sizeof *w);
	if (!w)
		abort();
	sw_workspace_init(&w->w, max_size);
	return w;
}

void samw_workspace_free(samw_workspace *w)
{
	if (!w)
		return;
	sw_workspace_free(&w->w);
	free(w->root);
	free(w);
}

void samw_workspace_root(samw_workspace *w, const char *root)
{
	free(w->root);
	w->root = root ? strdup(root) : NULL;
	if (root && !w->root)
		abort();
}

size_t samw_workspace_registers(samw_workspace *w)
{
	return sw_workspace_registers(&w->w);
}

samw_source *samw_workspace_source(samw_workspace *w, size_t i)
{
	const sw_regfile *f = sw_workspace_register(&w->w, i);
	return f ? samw_source_new(f->shown, f->src.text, f->src.len) : NULL;
}

samw_result *samw_workspace_check(samw_workspace *w, size_t i, const samw_options *opts,
                                  int unused)
{
	sw_check_opts o = opts_of(opts);
	samw_result *r = new_result(&o);
	sw_workspace_report(&w->w, i, unused, &r->d);
	return r;
}

void samw_result_free(samw_result *r)
{
	if (!r)
		return;
	sw_diags_free(&r->d);
	sw_arena_free(&r->arena);
	free(r->judged);
	free(r);
}

size_t samw_result_collaborations(const samw_result *r)
{
	return r->n_judged;
}

samw_verdict samw_result_verdict(const samw_result *r, size_t i, const char **name,
                                 samw_position *at)
{
	const sw_judged *j = r->judged[i];
	if (name)
		*name = j->name;
	if (at) {
		at->line = j->at.line;
		at->column = j->at.col;
		at->offset = j->at.off;
	}
	switch (j->v.status) {
	case V_COLLABORATION: return SAMW_COLLABORATION;
	case V_NOT_COLLABORATION: return SAMW_NOT_COLLABORATION;
	case V_NOT_YET: return SAMW_NOT_YET;
	default: return SAMW_NOT_ASSESSED;
	}
}

samw_status samw_result_criterion(const samw_result *r, size_t i, unsigned c)
{
	if (c >= CRIT__COUNT - CRIT_C1)
		return SAMW_NOT_EVIDENCED;
	switch (r->judged[i]->v.crit[CRIT_C1 + c]) {
	case CS_MET: return SAMW_MET;
	case CS_NOT_MET: return SAMW_NOT_MET;
	default: return SAMW_NOT_EVIDENCED;
	}
}

size_t samw_result_sentence(const samw_result *r, size_t i, samw_lang lang, char *buf, size_t cap)
{
	sw_buf b = { 0 };
	sw_sentence(&b, &r->judged[i]->v, lang == SAMW_LANG_NL);
	return give(&b, buf, cap);
}

size_t samw_result_len(const samw_result *r)
{
	return r->d.len;
}

size_t samw_result_count(const samw_result *r, samw_severity sev)
{
	return sev >= SAMW_NOTE && sev <= SAMW_ERROR ? r->d.count[sev] : 0;
}

size_t samw_result_dropped(const samw_result *r)
{
	return r->d.dropped;
}

static samw_position position(sw_pos p)
{
	samw_position x = { p.line, p.col, p.off };
	return x;
}

void samw_result_get(const samw_result *r, size_t i, samw_diagnostic *out)
{
	const sw_diag *g = &r->d.v[i];
	memset(out, 0, sizeof *out);
	out->check = (size_t)g->check;
	out->severity = (samw_severity)g->sev;
	out->start = position(g->span.start);
	out->end = position(g->span.end);
	out->has_related = g->has_span2;
	if (g->has_span2) {
		out->related_start = position(g->span2.start);
		out->related_end = position(g->span2.end);
	}
	out->replacement = g->fix_insert ? NULL : g->fix;
}

int samw_result_fix(const samw_result *r, size_t i, samw_fix *out)
{
	const sw_diag *g = &r->d.v[i];
	memset(out, 0, sizeof *out);
	if (!g->fix)
		return 0;
	out->start = position(g->fix_span.start);
	out->end = position(g->fix_span.end);
	out->replacement = g->fix;
	out->applicable = g->fix_safe;
	out->inserts = g->fix_insert;
	return 1;
}

size_t samw_result_text(const samw_result *r, size_t i, samw_part part, samw_lang lang,
                        char *buf, size_t cap)
{
	const sw_diag *g = &r->d.v[i];
	int nl = lang == SAMW_LANG_NL;
	sw_buf b = { 0 };
	switch (part) {
	case SAMW_PART_MESSAGE: sw_render_msg(&b, g, g->msg, nl); break;
	case SAMW_PART_LABEL: if (g->label) sw_render_msg(&b, g, g->label, nl); break;
	case SAMW_PART_NOTE: if (g->note) sw_render_msg(&b, g, g->note, nl); break;
	case SAMW_PART_HELP: if (g->help) sw_render_msg(&b, g, g->help, nl); break;
	case SAMW_PART_RELATED: if (g->has_span2) sw_render_msg(&b, g, g->label2, nl); break;
	case SAMW_PART_FIX: sw_fix_title(&b, g, nl); break;
	case SAMW_PART_SUGGESTION:
		if (g->fix && !g->fix_insert) {
			sw_darg a[SW_DARGS] = { { g->fix, M_NONE } };
			sw_msg_expand(&b, M_P_DID_YOU_MEAN, a, nl);
		}
		break;
	}
	return give(&b, buf, cap);
}

const char *samw_result_collaboration(const samw_result *r, size_t i)
{
	uint32_t off = r->d.v[i].span.start.off;
	size_t lo = 0, hi = r->n_judged;
	while (lo < hi) {
		size_t m = lo + (hi - lo) / 2;
		if (off < r->judged[m]->lo)
			hi = m;
		else if (off > r->judged[m]->hi)
			lo = m + 1;
		else
			return r->judged[m]->name;
	}
	return NULL;
}

size_t samw_result_identity(const samw_result *r, size_t i, char *buf, size_t cap)
{
	sw_buf b = { 0 };
	sw_change_identity(&b, &r->d.v[i]);
	return give(&b, buf, cap);
}

void samw_result_keep(samw_result *r, const unsigned char *keep, size_t max)
{
	size_t n = 0;
	memset(r->d.count, 0, sizeof r->d.count);
	r->d.dropped = 0;
	for (size_t i = 0; i < r->d.len; i++) {
		if (!keep[i])
			continue;
		if (max && n == max) {
			r->d.dropped++;
		} else {
			r->d.v[n++] = r->d.v[i];
		}
		if (r->d.v[i].sev >= SEV_NOTE)
			r->d.count[r->d.v[i].sev]++;
	}
	r->d.len = n;
}

/* ---- output ---------------------------------------------------------- */

samw_emitter *samw_emit_begin(FILE *out, samw_format format, samw_lang lang, int color)
{
	samw_emitter *e = calloc(1, sizeof *e);
	if (!e)
		abort();
	static const sw_format formats[] = {
		[SAMW_FORMAT_HUMAN] = FMT_HUMAN, [SAMW_FORMAT_GCC] = FMT_GCC,
		[SAMW_FORMAT_JSON] = FMT_JSON, [SAMW_FORMAT_SARIF] = FMT_SARIF,
		[SAMW_FORMAT_GITHUB] = FMT_GITHUB,
	};
	e->format = formats[format];
	e->r.out = out;
	e->r.nl = lang == SAMW_LANG_NL;
	e->r.color = e->format == FMT_HUMAN && color;
	if (e->format != FMT_HUMAN && e->format != FMT_GCC)
		sw_emit_begin(&e->e, &e->r, e->format);
	return e;
}

/* more: diagnostics about a file already counted (samw_emit_more) */
static void emit(samw_emitter *e, const samw_source *src, const samw_result *r, int more)
{
	if (e->format == FMT_HUMAN)
		sw_render_human(&e->r, &src->s, &r->d);
	else if (e->format == FMT_GCC)
		sw_render_gcc(&e->r, &src->s, &r->d);
	else if (more)
		sw_emit_diags(&e->e, &src->s, &r->d);
	else
		sw_emit_file(&e->e, &src->s, &r->d);
}

void samw_emit(samw_emitter *e, const samw_source *src, const samw_result *r)
{
	emit(e, src, r, 0);
}

void samw_emit_more(samw_emitter *e, const samw_source *src, const samw_result *r)
{
	emit(e, src, r, 1);
}

void samw_emit_failure(samw_emitter *e, const char *path, const char *message)
{
	if (e->format != FMT_HUMAN && e->format != FMT_GCC)
		sw_emit_failure(&e->e, path, message);
}

void samw_emit_end(samw_emitter *e)
{
	if (!e)
		return;
	if (e->format != FMT_HUMAN && e->format != FMT_GCC)
		sw_emit_end(&e->e);
	free(e);
}

/* ---- fmt ------------------------------------------------------------- */

int samw_format_source(const samw_source *src, samw_lang lang, char **out, size_t *len,
                       samw_result **diags)
{
	return samw_format_source_ex(src, lang, 0, out, len, diags);
}

int samw_format_source_ex(const samw_source *src, samw_lang lang, size_t max_diagnostics,
                          char **out, size_t *len, samw_result **diags)
{
	sw_lang l = lang == SAMW_LANG_NL ? SW_LANG_NL : lang == SAMW_LANG_EN ? SW_LANG_EN : SW_LANG_BOTH;
	samw_result *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	sw_diags_init(&r->d, max_diagnostics);
	sw_buf b = { 0 };
	int rc = sw_fmt(&src->s, l, &r->d, &b);
	*out = NULL;
	*len = 0;
	if (rc == 0) {
		*len = b.len;
		*out = b.data ? b.data : strdup("");
		if (!*out)
			abort();
	} else {
		sw_buf_free(&b);
		sw_diags_sort(&r->d);
	}
	if (diags && rc != 0) {
		*diags = r;
	} else {
		if (diags)
			*diags = NULL;
		samw_result_free(r);
	}
	return rc;
}

/* ---- report and graph ------------------------------------------------ */

samw_report *samw_report_begin(FILE *out, samw_report_format format)
{
	samw_report *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	sw_report_begin(&r->r, out, format == SAMW_REPORT_JSON);
	return r;
}

void samw_report_workspace(samw_report *rep, samw_workspace *w)
{
	rep->ws = w;
}

size_t samw_report_add(samw_report *rep, const samw_source *src, const samw_options *opts,
                       samw_lang lang)
{
	/* a report keeps at most opts->max_diagnostics diagnostics of a file
	 * to show, the first it meets; its verdicts and counts take in every
	 * one */
	sw_check_opts o = opts_of(opts);
	o.keep_first = 1;
	in_workspace(&o, rep->ws);
	sw_survey sv;
	sw_survey_file(&src->s, &o, &sv);
	o.nl = lang == SAMW_LANG_AUTO ? sv.lang == SW_LANG_NL : lang == SAMW_LANG_NL;
	return sw_report_file(&rep->r, &src->s, &o, &sv);
}

void samw_report_unread(samw_report *rep, const char *path)
{
	sw_report_unread(&rep->r, path, NULL);
}

void samw_report_failure(samw_report *rep, const char *path, const char *message)
{
	sw_report_unread(&rep->r, path, message);
}

void samw_report_end(samw_report *rep)
{
	if (!rep)
		return;
	sw_report_end(&rep->r);
	free(rep);
}

size_t samw_graph(FILE *out, const samw_source *src, const samw_options *opts, samw_lang lang)
{
	return samw_graph_in(NULL, out, src, opts, lang);
}

size_t samw_graph_in(samw_workspace *w, FILE *out, const samw_source *src, const samw_options *opts,
                     samw_lang lang)
{
	/* a graph shows no diagnostic: it keeps one, and counts the rest */
	sw_check_opts o = opts_of(opts);
	in_workspace(&o, w);
	o.max_diags = 1;
	o.keep_first = 1;
	if (lang == SAMW_LANG_AUTO) {
		sw_survey sv;
		sw_survey_file(&src->s, &o, &sv);
		o.nl = sv.lang == SW_LANG_NL;
	} else {
		o.nl = lang == SAMW_LANG_NL;
	}
	return sw_graph_file(out, &src->s, &o);
}

samw_portfolio *samw_portfolio_begin(FILE *out, samw_portfolio_format format, samw_lang lang,
                                     const char *today, unsigned horizon)
{
	sw_when w;
	if (!today || !sw_date_parse(today, strlen(today), &w.today))
		return NULL;
	w.horizon = horizon ? horizon : SW_HORIZON_DEFAULT;
	samw_portfolio *pf = calloc(1, sizeof *pf);
	if (!pf)
		abort();
	sw_portfolio_init(&pf->p, lang == SAMW_LANG_NL, &w);
	pf->out = out;
	pf->format = format;
	return pf;
}

size_t samw_portfolio_add(samw_portfolio *pf, const samw_source *src, const samw_options *opts)
{
	sw_check_opts o = opts_of(opts);
	o.nl = pf->p.nl;
	return sw_portfolio_file(&pf->p, &src->s, &o);
}

void samw_portfolio_failure(samw_portfolio *pf, const char *path, const char *message)
{
	sw_portfolio_unread(&pf->p, path, message);
}

void samw_portfolio_end(samw_portfolio *pf)
{
	if (!pf)
		return;
	sw_portfolio_group(&pf->p);
	sw_buf b = { 0 };
	if (pf->format == SAMW_PORTFOLIO_JSON)
		sw_portfolio_json(&b, &pf->p);
	else if (pf->format == SAMW_PORTFOLIO_DOT)
		sw_portfolio_dot(&b, &pf->p);
	else
		sw_portfolio_md(&b, &pf->p);
	fwrite(b.data ? b.data : "", 1, b.len, pf->out);
	sw_buf_free(&b);
	sw_portfolio_free(&pf->p);
	free(pf);
}

/* ---- changes between two versions ------------------------------------- */

struct samw_snapshot {
	sw_snapshot s;
};

struct samw_changes {
	sw_changes c;
};

samw_snapshot *samw_snapshot_new(samw_lang lang)
{
	samw_snapshot *s = calloc(1, sizeof *s);
	if (!s)
		abort();
	sw_snapshot_init(&s->s, lang == SAMW_LANG_NL);
	return s;
}

void samw_snapshot_add(samw_snapshot *s, const samw_source *src, const char *key,
                       const samw_options *opts)
{
	sw_check_opts o = opts_of(opts);
	sw_snapshot_add(&s->s, &src->s, key, &o);
}

void samw_snapshot_free(samw_snapshot *s)
{
	if (!s)
		return;
	sw_snapshot_free(&s->s);
	free(s);
}

samw_changes *samw_compare(const samw_snapshot *old, const samw_snapshot *new_)
{
	samw_changes *c = calloc(1, sizeof *c);
	if (!c)
		abort();
	sw_changes_make(&c->c, &old->s, &new_->s);
	return c;
}

size_t samw_changes_len(const samw_changes *c)
{
	return c->c.n;
}

unsigned samw_changes_flags(const samw_changes *c)
{
	return c->c.flags;
}

void samw_changes_write(FILE *out, const samw_changes *c, samw_changes_format format)
{
	static const int formats[] = {
		[SAMW_CHANGES_TEXT] = SW_CH_TEXT, [SAMW_CHANGES_MARKDOWN] = SW_CH_MARKDOWN,
		[SAMW_CHANGES_JSON] = SW_CH_JSON, [SAMW_CHANGES_GITHUB] = SW_CH_GITHUB,
	};
	sw_buf b = { 0 };
	sw_changes_write(&b, &c->c, formats[format]);
	fwrite(b.data ? b.data : "", 1, b.len, out);
	sw_buf_free(&b);
}

void samw_changes_free(samw_changes *c)
{
	if (!c)
		return;
	sw_changes_free(&c->c);
	free(c);
}
