/* The portfolio in JSON (docs/portfolio.schema.json): the same facts as
 * the Markdown, with stable English identifiers as keys and values; texts
 * as written, sentences in the portfolio's language. */
#include <stdio.h>
#include <stdlib.h>

#include "../base/version.h"
#include "../diagnostics/json.h"
#include "portfolio.h"
#include "report_out.h"
#include "sentence.h"

static const char *const term_id[] = {
	[TS_NONE] = "none", [TS_OPEN] = "open", [TS_RENEWS] = "renews", [TS_RUNS] = "runs",
	[TS_ENDS_SOON] = "ending", [TS_ENDED] = "ended", [TS_CLOSED] = "closed",
};

static const char *const review_id[] = {
	[RS_NONE] = "none", [RS_PLANNED] = "planned", [RS_DUE] = "due", [RS_OVERDUE] = "overdue",
};

static void js_date(sw_buf *b, int has, sw_date d)
{
	char day[11];
	if (!has) {
		sw_buf_puts(b, "null");
		return;
	}
	sw_date_write(day, d);
	sw_buf_printf(b, "\"%s\"", day);
}

/* "file", "line", "collaboration": which collaboration (a file may
 * declare a name twice, SW006) */
static void js_ref(sw_buf *b, const sw_digest *x)
{
	sw_buf_puts(b, "{\"file\":");
	sw_js_t(b, x->file);
	sw_buf_printf(b, ",\"line\":%u,\"collaboration\":", x->line);
	sw_js_t(b, x->name);
}

static void js_collab(sw_buf *b, const sw_portfolio *p, size_t i)
{
	const sw_pcollab *k = p->collabs[i];
	const sw_digest *x = &k->x;
	const sw_dated *d = &k->dated;
	sw_js_head(b, x, 0);
	sw_buf_puts(b, ",\"term\":{\"start\":");
	sw_js_t(b, x->has_term ? x->term_start : (sw_text){ NULL, 0 });
	sw_buf_puts(b, ",\"end\":");
	js_date(b, d->has_end, d->end);
	sw_buf_printf(b, ",\"open\":%s,\"renewal\":", x->has_term && x->term_open ? "true" : "false");
	sw_js_kw(b, x->renewal);
	sw_buf_printf(b, ",\"state\":\"%s\"},\"exit\":%s,\"review\":{\"state\":\"%s\",\"date\":",
	              term_id[d->term], d->exit ? "true" : "false", review_id[d->review]);
	js_date(b, d->review != RS_NONE, d->review_on);
	sw_buf_printf(b, "},\"verdict\":{\"status\":\"%s\",\"collaboration\":%s,\"sentence\":",
	              sw_js_status(x->verdict.status), x->verdict.status == V_COLLABORATION ? "true" : "false");
	sw_buf t = { 0 };
	sw_sentence(&t, &x->verdict, p->nl);
	sw_json_str(b, t.data ? t.data : "", t.len);
	sw_buf_free(&t);
	sw_buf_printf(b, "},\"errors\":%zu,\"warnings\":%zu,\"notes\":%zu,\"organisations\":[", k->errors,
	              k->warnings, k->notes);
	/* the organisations of its parties, in the order of the portfolio */
	for (size_t o = 0; o < k->n_orgs; o++) {
		if (o)
			sw_buf_putc(b, ',');
		sw_json_strz(b, p->orgs[k->orgs[o]].id);
	}
	sw_buf_puts(b, "]}");
}

static void js_membership(sw_buf *b, const sw_portfolio *p, const sw_pmember *m)
{
	const sw_digest *x = &p->collabs[m->collab]->x;
	const sw_dparty *d = &x->parties[m->party];
	js_ref(b, x);
	sw_buf_puts(b, ",\"party\":");
	sw_js_t(b, d->name);
	sw_buf_puts(b, ",\"kind\":");
	sw_js_kw(b, d->kind);
	sw_buf_puts(b, ",\"left\":");
	sw_js_t(b, d->left);
	sw_buf_puts(b, ",\"contributions\":[");
	for (size_t i = 0; i < d->in.n_contributions; i++) {
		if (i)
			sw_buf_putc(b, ',');
		sw_js_contribution(b, &d->in.contributions[i]);
	}
	sw_buf_putc(b, ']');
	sw_js_sums(b, "contributed", &d->in.contributed);
	sw_buf_puts(b, ",\"people\":[");
	for (size_t i = 0; i < d->in.n_people; i++) {
		if (i)
			sw_buf_putc(b, ',');
		sw_js_person(b, &d->in.people[i]);
	}
	sw_buf_puts(b, "],\"agreements\":[");
	for (size_t a = 0, n = 0; sw_next_binding(x, d->name, &a); a++, n++) {
		if (n)
			sw_buf_putc(b, ',');
		sw_js_t(b, x->agreements[a].name);
	}
	sw_buf_puts(b, "]}");
}

static void js_org(sw_buf *b, const sw_portfolio *p, const sw_porg *o)
{
	sw_buf_puts(b, "{\"id\":");
	sw_json_strz(b, o->id);
	sw_buf_puts(b, ",\"name\":");
	sw_js_t(b, o->name);
	sw_buf_puts(b, ",\"kvk\":[");
	for (size_t i = 0; i < o->kvk.n; i++) {
		if (i)
			sw_buf_putc(b, ',');
		sw_js_t(b, o->kvk.v[i]);
	}
	sw_buf_putc(b, ']');
	sw_js_sums(b, "contributed", &o->contributed);
	sw_buf_puts(b, ",\"collaborations\":[");
	for (size_t j = 0; j < o->n_members; j++) {
		sw_buf_puts(b, j ? ",\n        " : "\n        ");
		js_membership(b, p, &o->members[j]);
	}
	sw_buf_puts(b, o->n_members ? "\n      ]}" : "]}");
}

static void js_counts(sw_buf *b, const sw_portfolio *p, int phase)
{
	const size_t *n = phase ? p->by_phase : p->by_form;
	sw_buf_putc(b, '{');
	int first = 1;
	for (int k = 1; k <= KW__COUNT; k++) {
		int kw = k == KW__COUNT ? KW_NONE : k;
		if (!n[kw])
			continue;
		if (!first)
			sw_buf_putc(b, ',');
		first = 0;
		sw_buf_printf(b, "\"%s\":%zu", kw ? sw_kw_spell((sw_kw)kw, SW_LANG_EN) : "not_stated", n[kw]);
	}
	sw_buf_putc(b, '}');
}

void sw_portfolio_json(sw_buf *b, const sw_portfolio *p)
{
	char day[11];
	sw_date_write(day, p->when.today);
	sw_buf_printf(b, "{\n  \"format\": \"samw-portfolio\",\n  \"version\": 1,\n"
	                 "  \"tool\": {\"name\": \"samw\", \"version\": \"" SW_VERSION "\"},\n"
	                 "  \"language\": \"%s\",\n  \"today\": \"%s\",\n  \"horizon_months\": %u,\n",
	              p->nl ? "nl" : "en", day, p->when.horizon);
	sw_buf_puts(b, "  \"counts\": {\"collaborations\": ");
	sw_buf_printf(b, "%zu, \"files\": %zu, \"organisations\": %zu, \"form\": ", p->n_collabs, p->n_files,
	              p->n_orgs);
	js_counts(b, p, 0);
	sw_buf_puts(b, ", \"phase\": ");
	js_counts(b, p, 1);
	sw_buf_puts(b, "},\n  \"collaborations\": [");
	for (size_t i = 0; i < p->n_collabs; i++) {
		sw_buf_puts(b, i ? ",\n    " : "\n    ");
		js_collab(b, p, i);
	}
	sw_buf_puts(b, p->n_collabs ? "\n  ],\n  \"organisations\": [" : "],\n  \"organisations\": [");
	for (size_t i = 0; i < p->n_orgs; i++) {
		sw_buf_puts(b, i ? ",\n    " : "\n    ");
		js_org(b, p, &p->orgs[i]);
	}
	sw_buf_puts(b, p->n_orgs ? "\n  ],\n  \"files\": [" : "],\n  \"files\": [");
	for (size_t i = 0; i < p->n_files; i++) {
		const sw_pfile *f = &p->files[i];
		sw_buf_puts(b, i ? ",\n    {\"file\":" : "\n    {\"file\":");
		sw_json_strz(b, f->path);
		if (f->read) {
			sw_buf_printf(b, ",\"read\":true,\"collaborations\":%zu,\"errors\":%zu,\"warnings\":%zu,\"notes\":%zu}",
			              f->collabs, f->errors, f->warnings, f->notes);
		} else {
			sw_buf_puts(b, ",\"read\":false");
			if (f->message) {
				sw_buf_puts(b, ",\"message\":");
				sw_json_strz(b, f->message);
			}
			sw_buf_putc(b, '}');
		}
	}
	sw_buf_puts(b, p->n_files ? "\n  ]\n}\n" : "]\n}\n");
}
