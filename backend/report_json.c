/* The report in JSON (docs/report.schema.json): each collaboration's
 * digest as one object. Keys and values are stable English identifiers;
 * texts are as written, and messages in the report's language. */
#include "report_out.h"

#include <stdio.h>

#include "../diagnostics/json.h"
#include "../parser/shape.h"
#include "sentence.h"

void sw_js_t(sw_buf *b, sw_text t)
{
	if (t.s)
		sw_json_str(b, t.s, t.n);
	else
		sw_buf_puts(b, "null");
}

void sw_js_kw(sw_buf *b, sw_kw k)
{
	if (k)
		sw_buf_printf(b, "\"%s\"", sw_kw_spell(k, SW_LANG_EN));
	else
		sw_buf_puts(b, "null");
}

static void js_list(sw_buf *b, const sw_texts *t)
{
	sw_buf_putc(b, '[');
	for (size_t i = 0; i < t->n; i++) {
		if (i)
			sw_buf_putc(b, ',');
		sw_js_t(b, t->v[i]);
	}
	sw_buf_putc(b, ']');
}

static void js_texts(sw_buf *b, const char *key, const sw_texts *t)
{
	sw_buf_printf(b, ",\"%s\":", key);
	js_list(b, t);
}

static void js_decl(sw_buf *b, sw_text name, sw_text title, unsigned line)
{
	sw_buf_puts(b, "{\"name\":");
	sw_js_t(b, name);
	sw_buf_puts(b, ",\"title\":");
	sw_js_t(b, title);
	sw_buf_printf(b, ",\"line\":%u", line);
}

void sw_js_diag(sw_buf *b, const sw_ddiag *g)
{
	const sw_checkinfo *ci = sw_check_info(g->check);
	sw_buf_printf(b, "{\"code\":\"%s\",\"name\":\"%s\",\"severity\":\"%s\",\"criterion\":\"%s\",\"message\":",
	              ci->code, ci->name, sw_sev_name(g->sev), sw_crit_info(ci->crit)->id);
	sw_js_t(b, g->message);
	sw_buf_printf(b, ",\"line\":%u,\"column\":%u}", g->line, g->col);
}

/* {"currency":"EUR","amount":"1250000.00" from n >= 3 digits of cents,
 * without its closing brace: a decimal string, exact for any amount */
static void js_money(sw_buf *b, const char *currency, const char *digits, size_t n)
{
	size_t i = 0;
	while (i + 3 < n && digits[i] == '0')
		i++;
	sw_buf_puts(b, "{\"currency\":");
	sw_json_strz(b, currency);
	sw_buf_printf(b, ",\"amount\":\"%.*s.%.2s\"", (int)(n - 2 - i), digits + i, digits + n - 2);
}

static void js_sum(sw_buf *b, const sw_dsum *s)
{
	char digits[SW_DSUM_DIGITS];
	js_money(b, s->currency, digits, sw_dsum_digits(s, digits));
	sw_buf_putc(b, '}');
}

/* An amount as stated, with the text as written; null when none is. */
static void js_amount(sw_buf *b, const sw_damount *a)
{
	if (!a->valid) {
		sw_buf_puts(b, "null");
		return;
	}
	char digits[32];
	int n = snprintf(digits, sizeof digits, "%03lld", a->cents < 0 ? 0 : a->cents);
	js_money(b, a->currency, digits, (size_t)n);
	sw_buf_puts(b, ",\"written\":");
	sw_js_t(b, a->written);
	sw_buf_putc(b, '}');
}

void sw_js_sums(sw_buf *b, const char *key, const sw_dsums *s)
{
	sw_buf_printf(b, ",\"%s\":[", key);
	for (size_t i = 0; i < s->n; i++) {
		if (i)
			sw_buf_putc(b, ',');
		js_sum(b, &s->v[i]);
	}
	sw_buf_putc(b, ']');
}

/* What parties and stakeholders both state: kvk ... people. */
static void js_involved(sw_buf *b, const sw_dinvolved *in, const sw_texts *gives_up)
{
	sw_buf_puts(b, ",\"kvk\":");
	sw_js_t(b, in->kvk);
	sw_buf_puts(b, ",\"registrations\":[");
	for (size_t k = 0; k < in->n_registrations; k++) {
		sw_buf_puts(b, k ? ",{\"scheme\":" : "{\"scheme\":");
		sw_js_kw(b, in->registrations[k].scheme);
		sw_buf_puts(b, ",\"number\":");
		sw_js_t(b, in->registrations[k].number);
		sw_buf_putc(b, '}');
	}
	sw_buf_puts(b, "],\"represents\":");
	sw_js_t(b, in->represents);
	js_texts(b, "interests", &in->interests);
	sw_buf_puts(b, ",\"contributions\":[");
	for (size_t k = 0; k < in->n_contributions; k++) {
		if (k)
			sw_buf_putc(b, ',');
		sw_js_t(b, in->contributions[k].text);
	}
	sw_buf_puts(b, "],\"contribution_amounts\":[");
	for (size_t k = 0; k < in->n_contributions; k++) {
		if (k)
			sw_buf_putc(b, ',');
		js_amount(b, &in->contributions[k].amount);
	}
	sw_buf_putc(b, ']');
	sw_js_sums(b, "contributed", &in->contributed);
	if (gives_up)
		js_texts(b, "gives_up", gives_up);
	sw_buf_puts(b, ",\"people\":[");
	for (size_t k = 0; k < in->n_people; k++) {
		if (k)
			sw_buf_putc(b, ',');
		sw_js_person(b, &in->people[k]);
	}
	sw_buf_putc(b, ']');
}

void sw_js_person(sw_buf *b, const sw_dperson *q)
{
	sw_buf_puts(b, "{\"name\":");
	sw_js_t(b, q->name);
	sw_buf_puts(b, ",\"role\":");
	sw_js_kw(b, q->role);
	sw_buf_puts(b, ",\"title\":");
	sw_js_t(b, q->title);
	sw_buf_putc(b, '}');
}

void sw_js_contribution(sw_buf *b, const sw_dcontribution *q)
{
	sw_buf_puts(b, "{\"text\":");
	sw_js_t(b, q->text);
	sw_buf_puts(b, ",\"amount\":");
	js_amount(b, &q->amount);
	sw_buf_putc(b, '}');
}

/* The verdict's items: a party not counted, an agreement not durable. */
static void js_items(sw_buf *b, const char *key, const sw_vitem *v, size_t n, int other)
{
	sw_buf_printf(b, ",\"%s\":[", key);
	for (size_t i = 0; i < n; i++) {
		sw_buf_puts(b, i ? ",{\"name\":" : "{\"name\":");
		if (v[i].name)
			sw_json_strz(b, v[i].name);
		else
			sw_buf_puts(b, "null");
		if (v[i].why)
			sw_buf_printf(b, ",\"code\":\"%s\"", sw_check_info(v[i].why)->code);
		else
			sw_buf_puts(b, ",\"code\":null");
		if (other) {
			sw_buf_puts(b, ",\"other\":");
			if (v[i].other)
				sw_json_strz(b, v[i].other);
			else
				sw_buf_puts(b, "null");
		}
		sw_buf_putc(b, '}');
	}
	sw_buf_putc(b, ']');
}

static const char *const vstatus_id[] = {
	[V_COLLABORATION] = "collaboration",
	[V_NOT_COLLABORATION] = "not-collaboration",
	[V_NOT_YET] = "not-yet",
	[V_NOT_ASSESSED] = "not-assessed",
};

const char *sw_js_status(unsigned status)
{
	return status < sizeof vstatus_id / sizeof *vstatus_id ? vstatus_id[status] : "not-assessed";
}

static const char *const st_id[3] = { "met", "not_evidenced", "violated" };

static void js_crit(sw_buf *b, const sw_digest *x, sw_crit k)
{
	sw_buf_printf(b, "{\"id\":\"%s\",\"name\":", sw_crit_info(k)->id);
	sw_json_strz(b, sw_crit_name(k, x->nl));
	sw_buf_printf(b, ",\"status\":\"%s\",\"diagnostics\":[", st_id[x->verdict.crit[k]]);
	int first = 1;
	for (size_t i = 0; i < x->n_diags; i++) {
		if (sw_check_info(x->diags[i].check)->crit != k)
			continue;
		if (!first)
			sw_buf_putc(b, ',');
		sw_js_diag(b, &x->diags[i]);
		first = 0;
	}
	sw_buf_puts(b, "]}");
}

void sw_js_head(sw_buf *b, const sw_digest *x, int language)
{
	sw_buf_puts(b, "{\"file\":");
	sw_js_t(b, x->file);
	if (language)
		sw_buf_printf(b, ",\"language\":\"%s\"", x->nl ? "nl" : "en");
	sw_buf_puts(b, ",\"name\":");
	sw_js_t(b, x->name);
	sw_buf_puts(b, ",\"title\":");
	sw_js_t(b, x->title);
	sw_buf_printf(b, ",\"line\":%u,\"form\":", x->line);
	sw_js_kw(b, x->form);
	sw_buf_puts(b, ",\"phase\":");
	sw_js_kw(b, x->phase);
}

void sw_js_collab(sw_buf *b, const sw_digest *x)
{
	sw_js_head(b, x, 1);
	sw_buf_puts(b, ",\"phases\":[");
	for (size_t i = 0; i < x->n_phases; i++) {
		sw_buf_puts(b, i ? ",{\"phase\":" : "{\"phase\":");
		sw_js_kw(b, x->phases[i].phase);
		sw_buf_puts(b, ",\"since\":");
		sw_js_t(b, x->phases[i].since);
		sw_buf_puts(b, ",\"note\":");
		sw_js_t(b, x->phases[i].note);
		sw_buf_putc(b, '}');
	}
	sw_buf_puts(b, "],\"term\":");
	if (x->has_term) {
		sw_buf_puts(b, "{\"start\":");
		sw_js_t(b, x->term_start);
		sw_buf_puts(b, ",\"end\":");
		sw_js_t(b, x->term_end);
		sw_buf_putc(b, '}');
	} else {
		sw_buf_puts(b, "null");
	}
	js_texts(b, "extensions", &x->extensions);
	sw_buf_puts(b, ",\"renewal\":");
	sw_js_kw(b, x->renewal);
	js_texts(b, "reviews", &x->reviews);
	sw_buf_puts(b, ",\"exit\":");
	sw_js_t(b, x->exit);
	sw_buf_puts(b, ",\"strategy\":");
	sw_js_t(b, x->strategy);
	sw_buf_puts(b, ",\"process\":");
	sw_js_t(b, x->process);
	sw_buf_puts(b, ",\"style\":");
	sw_js_t(b, x->style);
	sw_buf_puts(b, ",\"basis\":");
	if (x->basis) {
		sw_buf_puts(b, "{\"kind\":");
		sw_js_kw(b, x->basis);
		sw_buf_puts(b, ",\"text\":");
		sw_js_t(b, x->basis_text);
		sw_buf_putc(b, '}');
	} else {
		sw_buf_puts(b, "null");
	}
	sw_buf_puts(b, ",\"membership\":");
	if (x->membership) {
		sw_buf_printf(b, "{\"count\":%u,\"text\":", x->membership);
		sw_js_t(b, x->membership_text);
		sw_buf_putc(b, '}');
	} else {
		sw_buf_puts(b, "null");
	}
	sw_buf_puts(b, ",\"budget\":");
	js_amount(b, &x->budget);
	sw_js_sums(b, "contributed", &x->contributed);
	js_texts(b, "goals", &x->goals);
	js_texts(b, "results", &x->results);

	sw_buf_puts(b, ",\"parties\":[");
	for (size_t i = 0; i < x->n_parties; i++) {
		const sw_dparty *p = &x->parties[i];
		js_decl(b, p->name, p->title, p->line);
		sw_buf_puts(b, ",\"kind\":");
		sw_js_kw(b, p->kind);
		sw_buf_puts(b, ",\"part_of\":");
		if (p->part_of.s) {
			sw_buf_puts(b, p->part_of_party ? "{\"party\":" : "{\"organisation\":");
			sw_js_t(b, p->part_of);
			sw_buf_putc(b, '}');
		} else {
			sw_buf_puts(b, "null");
		}
		sw_buf_puts(b, ",\"joined\":");
		sw_js_t(b, p->joined);
		sw_buf_puts(b, ",\"left\":");
		sw_js_t(b, p->left);
		js_involved(b, &p->in, &p->gives_up);
		sw_buf_puts(b, i + 1 < x->n_parties ? "}," : "}");
	}
	sw_buf_puts(b, "],\"stakeholders\":[");
	for (size_t i = 0; i < x->n_stakeholders; i++) {
		const sw_dstakeholder *k = &x->stakeholders[i];
		js_decl(b, k->name, k->title, k->line);
		sw_buf_puts(b, ",\"role\":");
		sw_js_kw(b, k->role);
		js_involved(b, &k->in, NULL);
		sw_buf_puts(b, i + 1 < x->n_stakeholders ? "}," : "}");
	}
	sw_buf_puts(b, "],\"agreements\":[");
	for (size_t i = 0; i < x->n_agreements; i++) {
		const sw_dagreement *g = &x->agreements[i];
		js_decl(b, g->name, g->title, g->line);
		sw_buf_puts(b, ",\"kind\":");
		sw_js_kw(b, g->kind);
		sw_buf_puts(b, ",\"kinds\":[");
		for (size_t k = 0; k < g->n_kinds; k++) {
			if (k)
				sw_buf_putc(b, ',');
			sw_js_kw(b, g->kinds[k]);
		}
		sw_buf_puts(b, "],\"parties\":");
		js_list(b, &g->parties);
		sw_buf_puts(b, ",\"about\":");
		sw_js_t(b, g->about);
		sw_buf_puts(b, ",\"entity\":");
		sw_js_t(b, g->entity);
		sw_buf_puts(b, ",\"shares\":[");
		for (int k = 0, first = 1; k < SW_SHARED; k++) {
			if (g->shares & (1u << k)) {
				sw_buf_printf(b, "%s\"%s\"", first ? "" : ",", sw_kw_spell(sw_shared_kw(k), SW_LANG_EN));
				first = 0;
			}
		}
		sw_buf_puts(b, "],\"documents\":");
		js_list(b, &g->documents);
		sw_buf_puts(b, ",\"signed\":");
		sw_js_t(b, g->signed_on);
		sw_buf_puts(b, ",\"effective\":");
		sw_js_t(b, g->effective);
		sw_buf_puts(b, ",\"amends\":");
		sw_js_t(b, g->amends);
		sw_buf_puts(b, ",\"acquired\":");
		if (g->acquired.s) {
			sw_buf_puts(b, g->acquired_party ? "{\"party\":" : "{\"text\":");
			sw_js_t(b, g->acquired);
			sw_buf_putc(b, '}');
		} else {
			sw_buf_puts(b, "null");
		}
		sw_buf_puts(b, i + 1 < x->n_agreements ? "}," : "}");
	}
	sw_buf_puts(b, "],\"governance\":");
	if (x->has_governance) {
		sw_buf_puts(b, "{\"bodies\":[");
		for (size_t i = 0; i < x->n_bodies; i++) {
			const sw_dbody *y = &x->bodies[i];
			js_decl(b, y->name, y->title, y->line);
			sw_buf_puts(b, ",\"members\":");
			js_list(b, &y->members);
			sw_buf_puts(b, ",\"decides\":");
			sw_js_kw(b, y->decides);
			sw_buf_puts(b, ",\"majority\":");
			sw_js_t(b, y->majority);
			sw_buf_puts(b, ",\"decider\":");
			sw_js_t(b, y->decider);
			sw_buf_puts(b, ",\"chair\":");
			if (y->chair.n)
				sw_js_t(b, y->chair.v[0]);
			else
				sw_buf_puts(b, "null");
			sw_buf_puts(b, ",\"secretary\":");
			if (y->secretary.n)
				sw_js_t(b, y->secretary.v[0]);
			else
				sw_buf_puts(b, "null");
			js_texts(b, "veto", &y->veto);
			sw_buf_puts(b, i + 1 < x->n_bodies ? "}," : "}");
		}
		sw_buf_puts(b, "],\"escalation\":");
		sw_js_t(b, x->escalation);
		sw_buf_puts(b, ",\"mandates\":[");
		for (size_t i = 0; i < x->n_mandates; i++) {
			sw_buf_puts(b, i ? ",{\"party\":" : "{\"party\":");
			sw_js_t(b, x->mandates[i].party);
			sw_buf_puts(b, ",\"domain\":");
			sw_js_t(b, x->mandates[i].domain);
			sw_buf_putc(b, '}');
		}
		sw_buf_puts(b, "]}");
	} else {
		sw_buf_puts(b, "null");
	}

	const sw_verdict *v = &x->verdict;
	sw_buf_printf(b, ",\"verdict\":{\"collaboration\":%s,\"status\":\"%s\",\"sentence\":",
	              v->status == V_NOT_ASSESSED ? "null" : v->status == V_COLLABORATION ? "true" : "false",
	              vstatus_id[v->status]);
	sw_buf t = { 0 };
	sw_sentence(&t, v, x->nl);
	sw_json_str(b, t.data ? t.data : "", t.len);
	sw_buf_free(&t);
	sw_buf_printf(b, ",\"organisations\":%u,\"membership\":", v->orgs);
	if (v->membership)
		sw_buf_printf(b, "%u", v->membership);
	else
		sw_buf_puts(b, "null");
	js_items(b, "not_counted", v->uncounted, v->n_uncounted, 1);
	js_items(b, "not_durable", v->nondurable, v->n_nondurable, 0);
	sw_buf_puts(b, ",\"well_formed\":");
	js_crit(b, x, CRIT_C0);
	sw_buf_puts(b, ",\"criteria\":[");
	for (int k = CRIT_C1; k < CRIT__COUNT; k++) {
		js_crit(b, x, (sw_crit)k);
		if (k + 1 < CRIT__COUNT)
			sw_buf_putc(b, ',');
	}
	sw_buf_printf(b, "]},\"errors\":%zu,\"warnings\":%zu,\"notes\":%zu",
	              x->count[SEV_ERROR], x->count[SEV_WARNING], x->count[SEV_NOTE]);
	if (x->not_shown)
		sw_buf_printf(b, ",\"not_shown\":%zu", x->not_shown);
	sw_buf_putc(b, '}');
}
