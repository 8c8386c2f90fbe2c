/* Writing the changes of samw diff: each change as one sentence of the
 * phrase table, grouped by file and collaboration, as plain text, Markdown
 * (for a pull-request comment), JSON (docs/diff.schema.json) or GitHub
 * workflow annotations. */
#include <string.h>

#include "../base/version.h"
#include "../diagnostics/formats.h"
#include "../diagnostics/json.h"
#include "../diagnostics/sanitize.h"
#include "../parser/shape.h"
#include "change.h"
#include "report_out.h"
#include "sentence.h"

static void expand(sw_buf *b, int nl, sw_msg m, const char *a1, const char *a2, const char *a3,
                   const char *a4)
{
	sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE }, { a3, M_NONE }, { a4, M_NONE } };
	sw_msg_expand(b, m, a, nl);
}

static void text_z(sw_buf *b, sw_text t)
{
	sw_buf_put(b, t.s ? t.s : "", t.n);
}

static void atom_text(sw_buf *b, const sw_catom *a, int nl)
{
	switch (a->type) {
	case ATOM_TEXT:
		sw_buf_putc(b, '"');
		text_z(b, a->t);
		sw_buf_putc(b, '"');
		break;
	case ATOM_NAME:
		sw_buf_putc(b, '\'');
		text_z(b, a->t);
		sw_buf_putc(b, '\'');
		break;
	case ATOM_KW: sw_buf_puts(b, sw_kw_spell(a->kw, nl ? SW_LANG_NL : SW_LANG_EN)); break;
	case ATOM_PHRASE: sw_buf_puts(b, sw_msg_text(a->msg, nl)); break;
	default: text_z(b, a->t); break;
	}
}

static void item_text(sw_buf *b, const sw_citem *it, int nl)
{
	for (size_t k = 0; k < it->n; k++) {
		if (k)
			sw_buf_puts(b, it->paren ? (k == 1 ? " (" : ", ") : " ");
		atom_text(b, &it->a[k], nl);
	}
	if (it->paren && it->n > 1)
		sw_buf_putc(b, ')');
}

static void value_text(sw_buf *b, const sw_cvalue *v, int nl)
{
	for (size_t i = 0; i < v->n; i++) {
		if (i)
			sw_buf_puts(b, ", ");
		item_text(b, &v->v[i], nl);
	}
}

static const sw_msg subject_msg[] = {
	[SUBJ_NONE] = M_NONE, [SUBJ_COLLAB] = M_P_CH_S_COLLAB, [SUBJ_PARTY] = M_P_CH_S_PARTY,
	[SUBJ_STAKEHOLDER] = M_P_CH_S_STAKEHOLDER, [SUBJ_AGREEMENT] = M_P_CH_S_AGREEMENT,
	[SUBJ_BODY] = M_P_CH_S_BODY,
};

static const sw_msg status_msg[] = {
	[V_COLLABORATION] = M_P_CH_V_COLLAB, [V_NOT_COLLABORATION] = M_P_CH_V_NOT,
	[V_NOT_YET] = M_P_CH_V_NOT_YET, [V_NOT_ASSESSED] = M_P_CH_V_NOT_ASSESSED,
};

static const sw_msg crit_msg[] = {
	[CS_MET] = M_P_R_MET, [CS_NOT_EVIDENCED] = M_P_R_NOT_EVIDENCED, [CS_NOT_MET] = M_P_R_VIOLATED,
};

/* "party 'x'" */
static void subject(sw_buf *b, int nl, sw_csubject s, sw_text name)
{
	sw_buf n = { 0 };
	text_z(&n, name);
	expand(b, nl, subject_msg[s], sw_buf_str(&n), NULL, NULL, NULL);
	sw_buf_free(&n);
}

void sw_change_sentence(sw_buf *b, const sw_changes *c, const sw_change *x)
{
	int nl = c->nl;
	sw_buf n = { 0 }, v1 = { 0 }, v2 = { 0 }, s = { 0 };
	text_z(&n, x->name);
	const char *name = sw_buf_str(&n);
	const char *noun = x->field >= 0 ? sw_msg_text(sw_cfield_noun(x->field), nl) : NULL;
	value_text(&v1, &x->before, nl);
	value_text(&v2, &x->after, nl);
	/* a field of a party, stakeholder, agreement or body says whose */
	if (x->kind >= CH_SET && x->kind <= CH_ITEM_REMOVED && x->subject != SUBJ_COLLAB &&
	    !(x->kind == CH_SET && sw_cfield_is_left(x->field))) {
		subject(b, nl, x->subject, x->name);
		sw_buf_puts(b, ": ");
	}
	switch (x->kind) {
	case CH_FILE_ADDED: sw_buf_puts(b, sw_msg_text(M_P_CH_FILE_ADDED, nl)); break;
	case CH_FILE_REMOVED: sw_buf_puts(b, sw_msg_text(M_P_CH_FILE_REMOVED, nl)); break;
	case CH_FILE_RENAMED: expand(b, nl, M_P_CH_FILE_RENAMED, x->old_path, NULL, NULL, NULL); break;
	case CH_COLLAB_ADDED: expand(b, nl, M_P_CH_COLLAB_ADDED, name, NULL, NULL, NULL); break;
	case CH_COLLAB_REMOVED: expand(b, nl, M_P_CH_COLLAB_REMOVED, name, NULL, NULL, NULL); break;
	case CH_ADDED:
	case CH_REMOVED:
		if (x->subject == SUBJ_PARTY) {
			expand(b, nl, x->kind == CH_ADDED ? M_P_CH_PARTY_JOINED : M_P_CH_PARTY_LEFT, name, NULL,
			       NULL, NULL);
		} else {
			subject(&s, nl, x->subject, x->name);
			expand(b, nl, x->kind == CH_ADDED ? M_P_CH_ADDED : M_P_CH_REMOVED, sw_buf_str(&s), NULL,
			       NULL, NULL);
		}
		break;
	case CH_SET:
		if (sw_cfield_is_left(x->field))
			expand(b, nl, M_P_CH_PARTY_LEFT_ON, name, sw_buf_str(&v2), NULL, NULL);
		else
			expand(b, nl, M_P_CH_SET, noun, sw_buf_str(&v2), NULL, NULL);
		break;
	case CH_UNSET: expand(b, nl, M_P_CH_UNSET, noun, sw_buf_str(&v1), NULL, NULL); break;
	case CH_CHANGED:
		expand(b, nl, M_P_CH_CHANGED, noun, sw_buf_str(&v1), sw_buf_str(&v2), NULL);
		break;
	case CH_ITEM_ADDED:
	case CH_ITEM_REMOVED: {
		/* a field's own phrase ("no longer shares costs"), or the general one */
		int added = x->kind == CH_ITEM_ADDED;
		sw_msg own = added ? sw_cfield_added(x->field) : sw_cfield_removed(x->field);
		const char *item = sw_buf_str(added ? &v2 : &v1);
		if (own != M_NONE)
			expand(b, nl, own, item, NULL, NULL, NULL);
		else
			expand(b, nl, added ? M_P_CH_ITEM_ADDED : M_P_CH_ITEM_REMOVED, noun, item, NULL, NULL);
		break;
	}
	case CH_VERDICT:
		text_z(&s, x->sentence);
		expand(b, nl, M_P_CH_VERDICT, sw_msg_text(status_msg[x->old_status], nl),
		       sw_msg_text(status_msg[x->new_status], nl), sw_buf_str(&s), NULL);
		break;
	case CH_CRITERION:
		expand(b, nl, M_P_CH_CRITERION, sw_crit_info((sw_crit)x->crit)->id,
		       sw_crit_name((sw_crit)x->crit, nl), sw_msg_text(crit_msg[x->old_status], nl),
		       sw_msg_text(crit_msg[x->new_status], nl));
		break;
	case CH_DIAG_NEW:
	case CH_DIAG_FIXED: {
		const sw_cdiag *g = x->diag;
		char line[32];
		snprintf(line, sizeof line, "%u", g->line);
		text_z(&s, g->msg);
		if (x->kind == CH_DIAG_NEW)
			expand(b, nl, M_P_CH_DIAG_NEW, sw_sev_word(g->sev, nl), sw_check_info(g->check)->code, line,
			       sw_buf_str(&s));
		else
			expand(b, nl, M_P_CH_DIAG_FIXED, sw_sev_word(g->sev, nl), sw_check_info(g->check)->code,
			       sw_buf_str(&s), NULL);
		break;
	}
	}
	sw_buf_free(&n);
	sw_buf_free(&v1);
	sw_buf_free(&v2);
	sw_buf_free(&s);
}

/* Does x start a new group (another file, or another collaboration)? */
static int new_group(const sw_changes *c, size_t i)
{
	if (!i)
		return 1;
	const sw_change *p = &c->v[i - 1], *x = &c->v[i];
	return strcmp(p->path, x->path) != 0 || p->collab.n != x->collab.n ||
	       (p->collab.s == NULL) != (x->collab.s == NULL) ||
	       (x->collab.n && memcmp(p->collab.s, x->collab.s, x->collab.n) != 0);
}

/* The heading of a group: "path" or "path: collaboration 'x'". */
static void heading(sw_buf *b, const sw_changes *c, const sw_change *x)
{
	sw_buf_puts(b, x->path);
	if (x->collab.s) {
		sw_buf_puts(b, ": ");
		subject(b, c->nl, SUBJ_COLLAB, x->collab);
	}
}

static void summary(sw_buf *b, const sw_changes *c)
{
	char num[32];
	snprintf(num, sizeof num, "%zu", c->n);
	expand(b, c->nl, c->n == 0 ? M_P_CH_NONE : c->n == 1 ? M_P_CH_ONE : M_P_CH_MANY, num, NULL, NULL,
	       NULL);
	if (c->files > 1) {
		snprintf(num, sizeof num, "%zu", c->files);
		sw_buf_putc(b, ' ');
		expand(b, c->nl, M_P_SUM_FILES, num, NULL, NULL, NULL);
	}
}

/* Text (md 0) or Markdown (md 1): a heading per file and collaboration,
 * a list item per change, then how many. In Markdown, what fails a check
 * stands out. */
static void write_list(sw_buf *b, const sw_changes *c, int md)
{
	sw_buf t = { 0 };
	if (md) {
		sw_buf_puts(b, "## ");
		sw_md_textz(b, sw_msg_text(M_P_CH_TITLE, c->nl));
		sw_buf_puts(b, "\n\n");
	}
	for (size_t i = 0; i < c->n; i++) {
		const sw_change *x = &c->v[i];
		if (new_group(c, i)) {
			sw_buf_reset(&t);
			heading(&t, c, x);
			if (i)
				sw_buf_putc(b, '\n');
			if (md) {
				sw_buf_puts(b, "### ");
				sw_md_text(b, t.data, t.len);
				sw_buf_putc(b, '\n');
			} else {
				sw_safe_path(b, sw_buf_str(&t));
			}
			sw_buf_putc(b, '\n');
		}
		sw_buf_reset(&t);
		sw_change_sentence(&t, c, x);
		int strong = md && (x->flags & (CHF_NEW_ERROR | CHF_VERDICT_LOST | CHF_PARTY_LEFT)) != 0;
		sw_buf_puts(b, md ? (strong ? "- **" : "- ") : "  - ");
		if (md)
			sw_md_text(b, t.data ? t.data : "", t.len);
		else
			sw_safe(b, t.data ? t.data : "", t.len);
		sw_buf_puts(b, strong ? "**\n" : "\n");
	}
	if (c->n)
		sw_buf_putc(b, '\n');
	sw_buf_reset(&t);
	summary(&t, c);
	if (md)
		sw_md_text(b, t.data, t.len);
	else
		sw_safe(b, t.data, t.len);
	sw_buf_putc(b, '\n');
	sw_buf_free(&t);
}

/* ---- JSON --------------------------------------------------------------------- */

static const char *const kind_id[] = {
	[CH_FILE_ADDED] = "file-added", [CH_FILE_REMOVED] = "file-removed",
	[CH_FILE_RENAMED] = "file-renamed", [CH_COLLAB_ADDED] = "collaboration-added",
	[CH_COLLAB_REMOVED] = "collaboration-removed", [CH_ADDED] = "added", [CH_REMOVED] = "removed",
	[CH_SET] = "set", [CH_UNSET] = "unset", [CH_CHANGED] = "changed",
	[CH_ITEM_ADDED] = "item-added", [CH_ITEM_REMOVED] = "item-removed", [CH_VERDICT] = "verdict",
	[CH_CRITERION] = "criterion", [CH_DIAG_NEW] = "diagnostic-new",
	[CH_DIAG_FIXED] = "diagnostic-resolved",
};

static const char *const subject_id[] = {
	[SUBJ_NONE] = NULL, [SUBJ_COLLAB] = "collaboration", [SUBJ_PARTY] = "party",
	[SUBJ_STAKEHOLDER] = "stakeholder", [SUBJ_AGREEMENT] = "agreement", [SUBJ_BODY] = "body",
};

static const char *const vstatus_id[] = {
	[V_COLLABORATION] = "collaboration", [V_NOT_COLLABORATION] = "not-collaboration",
	[V_NOT_YET] = "not-yet", [V_NOT_ASSESSED] = "not-assessed",
};

static const char *const cstatus_id[] = { "met", "not_evidenced", "violated" };

static void js_text(sw_buf *b, sw_text t)
{
	if (t.s)
		sw_json_str(b, t.s, t.n);
	else
		sw_buf_puts(b, "null");
}

/* A value: its items, each a list of atoms {"type": ..., "value": ...};
 * keywords in their English spelling. */
static void js_value(sw_buf *b, const sw_cvalue *v)
{
	static const char *const type[] = { "text", "name", "value", "keyword", "phrase" };
	sw_buf_putc(b, '[');
	for (size_t i = 0; i < v->n; i++) {
		sw_buf_puts(b, i ? ",[" : "[");
		for (size_t k = 0; k < v->v[i].n; k++) {
			const sw_catom *a = &v->v[i].a[k];
			sw_buf_printf(b, "%s{\"type\":\"%s\",\"value\":", k ? "," : "", type[a->type]);
			if (a->type == ATOM_KW)
				sw_json_strz(b, sw_kw_spell(a->kw, SW_LANG_EN));
			else if (a->type == ATOM_PHRASE)
				sw_json_strz(b, sw_msg_text(a->msg, 0));
			else
				js_text(b, a->t);
			sw_buf_putc(b, '}');
		}
		sw_buf_putc(b, ']');
	}
	sw_buf_putc(b, ']');
}

static void js_flags(sw_buf *b, unsigned f)
{
	static const char *const names[] = { "new-errors", "new-warnings", "verdict-lost", "party-left" };
	sw_buf_puts(b, "[");
	for (int k = 0, first = 1; k < 4; k++) {
		if (f & (1u << k)) {
			sw_buf_printf(b, "%s\"%s\"", first ? "" : ",", names[k]);
			first = 0;
		}
	}
	sw_buf_puts(b, "]");
}

static void write_json(sw_buf *b, const sw_changes *c)
{
	sw_buf_printf(b, "{\n  \"format\": \"samw-diff\",\n  \"version\": 1,\n"
	                 "  \"tool\": {\"name\": \"samw\", \"version\": \"%s\"},\n"
	                 "  \"language\": \"%s\",\n  \"changes\": [",
	              SW_VERSION, c->nl ? "nl" : "en");
	sw_buf t = { 0 };
	size_t count[4] = { 0 };
	for (size_t i = 0; i < c->n; i++) {
		const sw_change *x = &c->v[i];
		for (int k = 0; k < 4; k++)
			count[k] += (x->flags >> k) & 1u;
		sw_buf_puts(b, i ? ",\n    {\"file\":" : "\n    {\"file\":");
		sw_json_strz(b, x->path);
		sw_buf_puts(b, ",\"old_file\":");
		if (x->old_path)
			sw_json_strz(b, x->old_path);
		else
			sw_buf_puts(b, "null");
		sw_buf_puts(b, ",\"collaboration\":");
		js_text(b, x->collab);
		sw_buf_printf(b, ",\"kind\":\"%s\",\"subject\":", kind_id[x->kind]);
		if (x->subject != SUBJ_NONE) {
			sw_buf_printf(b, "{\"type\":\"%s\",\"name\":", subject_id[x->subject]);
			js_text(b, x->name);
			sw_buf_putc(b, '}');
		} else {
			sw_buf_puts(b, "null");
		}
		sw_buf_puts(b, ",\"field\":");
		if (x->kind >= CH_SET && x->kind <= CH_ITEM_REMOVED)
			sw_buf_printf(b, "\"%s\"", sw_cfield_id(x->field));
		else
			sw_buf_puts(b, "null");
		sw_buf_puts(b, ",\"before\":");
		if (x->kind == CH_UNSET || x->kind == CH_CHANGED || x->kind == CH_ITEM_REMOVED)
			js_value(b, &x->before);
		else
			sw_buf_puts(b, "null");
		sw_buf_puts(b, ",\"after\":");
		if (x->kind == CH_SET || x->kind == CH_CHANGED || x->kind == CH_ITEM_ADDED)
			js_value(b, &x->after);
		else
			sw_buf_puts(b, "null");
		if (x->kind == CH_VERDICT) {
			sw_buf_printf(b, ",\"verdict\":{\"before\":\"%s\",\"after\":\"%s\",\"sentence\":",
			              vstatus_id[x->old_status], vstatus_id[x->new_status]);
			js_text(b, x->sentence);
			sw_buf_putc(b, '}');
		}
		if (x->kind == CH_CRITERION)
			sw_buf_printf(b, ",\"criterion\":{\"id\":\"%s\",\"before\":\"%s\",\"after\":\"%s\"}",
			              sw_crit_info((sw_crit)x->crit)->id, cstatus_id[x->old_status],
			              cstatus_id[x->new_status]);
		if (x->diag) {
			sw_ddiag d = { x->diag->check, x->diag->sev, x->diag->line, x->diag->col, x->diag->msg };
			sw_buf_puts(b, ",\"diagnostic\":");
			sw_js_diag(b, &d);
		}
		if (x->line)
			sw_buf_printf(b, ",\"line\":%u", x->line);
		else
			sw_buf_puts(b, ",\"line\":null");
		sw_buf_puts(b, ",\"fails_on\":");
		js_flags(b, x->flags);
		sw_buf_puts(b, ",\"message\":");
		sw_buf_reset(&t);
		sw_change_sentence(&t, c, x);
		sw_json_str(b, t.data ? t.data : "", t.len);
		sw_buf_putc(b, '}');
	}
	sw_buf_free(&t);
	sw_buf_printf(b, "%s],\n  \"summary\": {\"changes\": %zu, \"files\": %zu, \"new_errors\": %zu, "
	                 "\"new_warnings\": %zu, \"verdicts_lost\": %zu, \"parties_left\": %zu}\n}\n",
	              c->n ? "\n  " : "", c->n, c->files, count[0], count[1], count[2], count[3]);
}

/* ---- GitHub annotations ------------------------------------------------------- */

static void write_github(sw_buf *b, const sw_changes *c)
{
	sw_buf t = { 0 };
	for (size_t i = 0; i < c->n; i++) {
		const sw_change *x = &c->v[i];
		const char *level = x->flags & CHF_NEW_ERROR ? "error"
		                  : x->flags & (CHF_NEW_WARNING | CHF_VERDICT_LOST | CHF_PARTY_LEFT) ? "warning"
		                  : "notice";
		sw_buf_printf(b, "::%s file=", level);
		sw_gh_escape(b, x->path, strlen(x->path), 1);
		if (x->line)
			sw_buf_printf(b, ",line=%u", x->line);
		sw_buf_puts(b, ",title=samw diff::");
		sw_buf_reset(&t);
		if (x->collab.s && x->kind != CH_COLLAB_ADDED && x->kind != CH_COLLAB_REMOVED) {
			subject(&t, c->nl, SUBJ_COLLAB, x->collab);
			sw_buf_puts(&t, ": ");
		}
		sw_change_sentence(&t, c, x);
		sw_gh_escape(b, t.data, t.len, 0);
		sw_buf_putc(b, '\n');
	}
	sw_buf_free(&t);
}

void sw_changes_write(sw_buf *b, const sw_changes *c, int format)
{
	switch (format) {
	case SW_CH_MARKDOWN: write_list(b, c, 1); break;
	case SW_CH_JSON: write_json(b, c); break;
	case SW_CH_GITHUB: write_github(b, c); break;
	default: write_list(b, c, 0); break;
	}
}
