#include "graph.h"

#include <string.h>

#include "../base/buf.h"
#include "../base/utf8.h"
#include "../parser/shape.h"

enum { WRAP = 28, MAX_LABEL = 90, MAX_EDGE_LABEL = 30 };

typedef struct gfile {
	FILE *out;
	int nl;
	sw_buf b, lab, id, id2;
} gfile;

/* A DOT string: quoted, '"' and '\' escaped, a newline as the line break
 * \n, other control characters as spaces, invalid UTF-8 replaced. */
void sw_dot_str(sw_buf *b, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	sw_buf_putc(b, '"');
	for (size_t i = 0; i < n;) {
		unsigned c = u[i];
		if (c >= 0x80) {
			size_t k = sw_utf8_seq(u + i, n - i);
			unsigned cp = k ? sw_utf8_decode(s + i, &k) : 0;
			if (k && sw_utf8_hidden(cp))
				sw_buf_printf(b, "\\\\u{%02X}", cp); /* shown as \u{202E} */
			else if (k)
				sw_buf_put(b, s + i, k);
			else
				sw_buf_puts(b, "\xEF\xBF\xBD");
			i += k ? k : 1;
			continue;
		}
		if (c == '"' || c == '\\')
			sw_buf_putc(b, '\\');
		if (c == '\n')
			sw_buf_puts(b, "\\n");
		else
			sw_buf_putc(b, c < 0x20 || c == 0x7F ? ' ' : (char)c);
		i++;
	}
	sw_buf_putc(b, '"');
}

static void dot_buf(sw_buf *b, sw_buf *s)
{
	sw_dot_str(b, s->data ? s->data : "", s->len);
}

/* Append a user's text to a label: on lines of about WRAP characters,
 * cut after max characters. */
void sw_dot_fit(sw_buf *lab, const char *s, size_t n, size_t max)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t chars = 0, col = 0;
	for (size_t i = 0; i < n;) {
		if (chars == max) {
			sw_buf_puts(lab, "…");
			return;
		}
		size_t k = u[i] < 0x80 ? 1 : sw_utf8_seq(u + i, n - i);
		if (u[i] < 0x20 || u[i] == 0x7F || (u[i] == ' ' && col >= WRAP)) {
			sw_buf_putc(lab, col >= WRAP ? '\n' : ' ');
			col = col >= WRAP ? 0 : col + 1;
		} else if (k) {
			sw_buf_put(lab, s + i, k);
			col++;
		} else {
			sw_buf_puts(lab, "\xEF\xBF\xBD");
			col++;
		}
		i += k ? k : 1;
		chars++;
	}
}

static void fit(sw_buf *lab, const char *s, size_t n)
{
	sw_dot_fit(lab, s, n, MAX_LABEL);
}

static void fit_arg(sw_buf *lab, const sw_arg *a)
{
	fit(lab, a->text, a->len);
}

/* The first date a statement holds, or NULL. */
static const sw_arg *date_of(const sw_stmt *s)
{
	for (const sw_arg *a = s ? s->args : NULL; a; a = a->next)
		if (a->kind == ARG_DATE)
			return a;
	return NULL;
}

/* The node id of a declaration: collaboration.kind.name (of the
 * collaboration's one node of a kind: collaboration.kind, s NULL). */
static void node_id(sw_buf *out, sw_buf *tmp, const sw_collab *c, const char *kind, const char *s, size_t n)
{
	sw_buf_reset(tmp);
	sw_buf_put(tmp, c->name->text, c->name->len);
	sw_buf_printf(tmp, ".%s", kind);
	if (s) {
		sw_buf_putc(tmp, '.');
		sw_buf_put(tmp, s, n);
	}
	dot_buf(out, tmp);
}

static void party_id(gfile *g, sw_buf *out, const sw_collab *c, const sw_arg *name)
{
	node_id(out, &g->id, c, "party", name->text, name->len);
}

static const char *shape_of(sw_kw kind)
{
	switch (kind) {
	case KW_DEPARTMENT: return "tab";
	case KW_TEAM: return "folder";
	case KW_PROJECT: return "component";
	case KW_PERSON: return "ellipse";
	default: return "box";
	}
}

static const char *word(const gfile *g, sw_kw k)
{
	return sw_kw_spell(k, g->nl ? SW_LANG_NL : SW_LANG_EN);
}

static void label_of(sw_buf *lab, const sw_decl *d)
{
	fit_arg(lab, d->title && d->title->len ? d->title : d->name);
}

/* The colour of what has left: a party that left, and its edges. */
#define GREY "#9e9e9e"

/* An edge from node a (already in g->id2) to party p: grey when p has
 * left. */
static void edge(gfile *g, const sw_collab *c, const sw_party *p, const char *attrs, const char *label)
{
	sw_buf *b = &g->b;
	sw_buf_puts(b, "\t\t");
	sw_buf_put(b, g->id2.data, g->id2.len);
	sw_buf_puts(b, " -> ");
	party_id(g, b, c, p->d.name);
	sw_buf_printf(b, " [%s", attrs);
	if (p->left_stmt && !strstr(attrs, "color="))
		sw_buf_puts(b, ", color=\"" GREY "\", fontcolor=\"" GREY "\"");
	if (label) {
		sw_buf_puts(b, ", label=");
		sw_dot_str(b, label, strlen(label));
	}
	sw_buf_puts(b, "];\n");
}

/* Set g->id2 to the quoted id of a node. */
static void from(gfile *g, const sw_collab *c, const char *kind, const sw_arg *name)
{
	sw_buf_reset(&g->id2);
	node_id(&g->id2, &g->id, c, kind, name->text, name->len);
}

/* Whether party p is named in the list r. */
static int listed(const sw_ref *r, const sw_party *p)
{
	for (; r; r = r->next)
		if (r->party == p)
			return 1;
	return 0;
}

/* Whether the party of r is named in list before r. */
static int seen_before(const sw_ref *list, const sw_ref *r)
{
	for (; list && list != r; list = list->next)
		if (list->party == r->party)
			return 1;
	return 0;
}

/* An edge from body y (already in g->id2) to party p, labelled with what
 * p is in it: chair, secretary, veto. */
static void body_edge(gfile *g, const sw_collab *c, const sw_body *y, const sw_party *p)
{
	sw_buf what = { 0 };
	if (y->chair_ref && y->chair_ref->party == p)
		sw_buf_puts(&what, word(g, KW_CHAIR));
	if (y->secretary_ref && y->secretary_ref->party == p)
		sw_buf_printf(&what, "%s%s", what.len ? ", " : "", word(g, KW_SECRETARY));
	if (listed(y->veto, p))
		sw_buf_printf(&what, "%s%s", what.len ? ", " : "", word(g, KW_VETO));
	edge(g, c, p, listed(y->veto, p) ? "dir=none, style=\"dashed,bold\"" : "dir=none, style=dashed",
	     what.len ? sw_buf_str(&what) : NULL);
	sw_buf_free(&what);
}

static void on_collab(void *ud, const sw_source *src, sw_collab *c, const sw_verdict *v,
                      const sw_tally *t, const sw_diags *d, size_t first)
{
	gfile *g = ud;
	sw_buf *b = &g->b, *lab = &g->lab;
	(void)src;
	(void)v;
	(void)t;
	(void)d;
	(void)first;
	sw_buf_reset(&g->id);
	sw_buf_puts(&g->id, "cluster_");
	sw_buf_put(&g->id, c->name->text, c->name->len);
	sw_buf_puts(b, "\tsubgraph ");
	dot_buf(b, &g->id);
	sw_buf_puts(b, " {\n\t\tlabel=");
	sw_buf_reset(lab);
	fit_arg(lab, c->title && c->title->len ? c->title : c->name);
	if (c->form && c->form_kw)
		sw_buf_printf(lab, "\n(%s)", word(g, c->form_kw));
	dot_buf(b, lab);
	sw_buf_puts(b, ";\n\t\tstyle=rounded;\n\t\tcolor=\"#9e9e9e\";\n");

	/* parties, and what they are part of */
	for (const sw_party *p = c->parties; p; p = p->next) {
		sw_buf_puts(b, "\t\t");
		party_id(g, b, c, p->d.name);
		sw_buf_reset(lab);
		label_of(lab, &p->d);
		if (p->left_stmt) {
			/* it has left: still drawn, greyed and dashed */
			const sw_arg *on = date_of(p->left_stmt);
			sw_buf t = { 0 };
			sw_buf_put(&t, on ? on->text : "", on ? on->len : 0);
			sw_darg arg[SW_DARGS] = { { sw_buf_str(&t), M_NONE } };
			sw_buf_puts(lab, "\n(");
			sw_msg_expand(lab, M_P_R_LEFT, arg, g->nl);
			sw_buf_putc(lab, ')');
			sw_buf_free(&t);
			sw_buf_printf(b, " [shape=%s, style=\"filled,dashed\", fillcolor=\"#f2f2f2\", color=\"" GREY
			                 "\", fontcolor=\"#757575\", label=",
			              shape_of(p->kind));
		} else {
			sw_buf_printf(b, " [shape=%s, style=filled, fillcolor=\"#e3edfb\", label=", shape_of(p->kind));
		}
		dot_buf(b, lab);
		sw_buf_puts(b, "];\n");
	}
	for (const sw_party *p = c->parties; p; p = p->next) {
		const char *part_of = word(g, KW_PART_OF);
		if (p->part_of_ref && p->part_of_ref->party) {
			from(g, c, "party", p->d.name);
			edge(g, c, p->part_of_ref->party, "style=bold", part_of);
		} else if (p->part_of_text) {
			sw_buf_puts(b, "\t\t");
			node_id(b, &g->id, c, "organisation", p->part_of_text->text, p->part_of_text->len);
			sw_buf_puts(b, " [shape=box, style=dashed, label=");
			sw_buf_reset(lab);
			fit_arg(lab, p->part_of_text);
			dot_buf(b, lab);
			sw_buf_puts(b, "];\n\t\t");
			party_id(g, b, c, p->d.name);
			sw_buf_puts(b, " -> ");
			node_id(b, &g->id, c, "organisation", p->part_of_text->text, p->part_of_text->len);
			sw_buf_puts(b, " [style=bold, label=");
			sw_dot_str(b, part_of, strlen(part_of));
			sw_buf_puts(b, "];\n");
		}
	}

	/* stakeholders: involved, but no party */
	for (const sw_stakeholder *k = c->stakeholders; k; k = k->next) {
		sw_buf_puts(b, "\t\t");
		node_id(b, &g->id, c, "stakeholder", k->d.name->text, k->d.name->len);
		sw_buf_puts(b, " [shape=octagon, style=\"filled,dashed\", fillcolor=\"#efe3f7\", label=");
		sw_buf_reset(lab);
		label_of(lab, &k->d);
		if (k->role)
			sw_buf_printf(lab, "\n(%s)", word(g, k->role));
		dot_buf(b, lab);
		sw_buf_puts(b, "];\n");
	}

	/* agreements, linked to the parties and stakeholders they bind, to
	 * the agreement they amend and to what they acquire */
	for (const sw_agreement *a = c->agreements; a; a = a->next) {
		sw_buf_reset(lab);
		label_of(lab, &a->d);
		for (unsigned k = 0; k < a->n_kinds && k < SW_MAX_KINDS; k++)
			if (a->kinds[k])
				sw_buf_printf(lab, "%s%s", k ? ", " : "\n", word(g, a->kinds[k]));
		sw_buf_putc(lab, '\n');
		sw_buf list = { 0 };
		for (int k = 0; k < SW_SHARED; k++)
			if (a->shares_mask & (1u << k))
				sw_buf_printf(&list, "%s%s", list.len ? ", " : "", sw_msg_text(sw_shared_phrase(k), g->nl));
		sw_darg arg[SW_DARGS] = { { sw_buf_str(&list), M_NONE } };
		sw_msg_expand(lab, list.len ? M_P_R_G_SHARES : M_P_R_G_SHARES_NOTHING, arg, g->nl);
		sw_buf_free(&list);
		int bad = a->kind == KW_PURCHASE || a->kind == KW_ACQUISITION || a->kind == KW_MERGER;
		from(g, c, "agreement", a->d.name);
		sw_buf_puts(b, "\t\t");
		sw_buf_put(b, g->id2.data, g->id2.len);
		sw_buf_printf(b, " [shape=note, style=filled, fillcolor=\"%s\", label=", bad ? "#fbe3e3" : "#fff4cc");
		dot_buf(b, lab);
		sw_buf_puts(b, "];\n");
		/* a merger's lines to the parties it merges are bold and red */
		int merger = 0;
		for (unsigned k = 0; k < a->n_kinds && k < SW_MAX_KINDS; k++)
			merger |= a->kinds[k] == KW_MERGER;
		const char *to_party = merger ? "dir=none, style=bold, color=\"#c62828\"" : "dir=none";
		if (a->between) {
			for (const sw_ref *r = a->parties; r; r = r->next) {
				if (r->party) {
					edge(g, c, r->party, to_party, NULL);
				} else if (r->stakeholder) {
					sw_buf_puts(b, "\t\t");
					sw_buf_put(b, g->id2.data, g->id2.len);
					sw_buf_puts(b, " -> ");
					node_id(b, &g->id, c, "stakeholder", r->stakeholder->d.name->text,
					        r->stakeholder->d.name->len);
					sw_buf_puts(b, " [dir=none, style=dotted];\n");
				}
			}
		} else {
			for (const sw_party *p = c->parties; p; p = p->next)
				edge(g, c, p, to_party, NULL);
		}
		if (a->amends_agreement && a->amends_agreement->d.name) {
			const char *amends = word(g, KW_AMENDS);
			sw_buf_puts(b, "\t\t");
			sw_buf_put(b, g->id2.data, g->id2.len);
			sw_buf_puts(b, " -> ");
			node_id(b, &g->id, c, "agreement", a->amends_agreement->d.name->text,
			        a->amends_agreement->d.name->len);
			sw_buf_puts(b, " [style=dashed, label=");
			sw_dot_str(b, amends, strlen(amends));
			sw_buf_puts(b, "];\n");
		}
		if (a->acquired_ref && a->acquired_ref->party)
			edge(g, c, a->acquired_ref->party, "style=bold, color=\"#c62828\", fontcolor=\"#c62828\"",
			     word(g, KW_ACQUIRED));
	}

	/* governance bodies, linked to their members */
	for (const sw_body *y = c->bodies; y; y = y->next) {
		sw_buf_reset(lab);
		label_of(lab, &y->d);
		if (y->decides_kw)
			sw_buf_printf(lab, "\n%s %s", word(g, KW_DECIDES), word(g, y->decides_kw));
		if (y->decides_kw == KW_MAJORITY && y->ratio.den && y->ratio.arg) {
			sw_buf_putc(lab, ' ');
			sw_dot_fit(lab, y->ratio.arg->text, y->ratio.arg->len, MAX_EDGE_LABEL);
		}
		from(g, c, "body", y->d.name);
		sw_buf_puts(b, "\t\t");
		sw_buf_put(b, g->id2.data, g->id2.len);
		sw_buf_puts(b, " [shape=hexagon, style=filled, fillcolor=\"#e3f4e6\", label=");
		dot_buf(b, lab);
		sw_buf_puts(b, "];\n");
		/* its members, and the chair, secretary and vetoes among them or
		 * beside them, each party once */
		for (const sw_ref *r = y->members; r; r = r->next)
			if (r->party && !seen_before(y->members, r))
				body_edge(g, c, y, r->party);
		const sw_ref *others[3] = { y->chair_ref, y->secretary_ref, y->veto };
		for (int k = 0; k < 3; k++) {
			for (const sw_ref *r = others[k]; r; r = r->next) {
				if (!r->party || listed(y->members, r->party))
					continue;
				int done = 0;
				for (int j = 0; j <= k && !done; j++)
					for (const sw_ref *q = others[j]; q && q != r && !done; q = q->next)
						done = q->party == r->party;
				if (!done)
					body_edge(g, c, y, r->party);
			}
		}
		if (!y->decides_kw && y->decider && y->decider->party)
			edge(g, c, y->decider->party, "color=\"#c62828\", fontcolor=\"#c62828\"",
			     sw_msg_text(M_P_R_G_DECIDES, g->nl));
	}
	/* mandates: a party that decides for the others in a domain */
	if (c->mandates) {
		const char *gov = sw_msg_text(M_P_R_GOVERNANCE, g->nl);
		sw_buf_reset(&g->id2);
		node_id(&g->id2, &g->id, c, "governance", NULL, 0);
		sw_buf_puts(b, "\t\t");
		sw_buf_put(b, g->id2.data, g->id2.len);
		sw_buf_puts(b, " [shape=hexagon, style=\"filled,dashed\", fillcolor=\"#e3f4e6\", label=");
		sw_dot_str(b, gov, strlen(gov));
		sw_buf_puts(b, "];\n");
	}
	for (const sw_mandate *m = c->mandates; m; m = m->next) {
		if (!m->party || !m->party->party)
			continue;
		sw_buf_puts(b, "\t\t");
		party_id(g, b, c, m->party->party->d.name);
		sw_buf_puts(b, " -> ");
		sw_buf_put(b, g->id2.data, g->id2.len);
		sw_buf_reset(lab);
		sw_buf_printf(lab, "%s: ", word(g, KW_MANDATE));
		if (m->domain)
			sw_dot_fit(lab, m->domain->text, m->domain->len, MAX_EDGE_LABEL);
		sw_buf_puts(b, " [color=\"#1565c0\", fontcolor=\"#1565c0\", label=");
		dot_buf(b, lab);
		sw_buf_puts(b, "];\n");
	}
	sw_buf_puts(b, "\t}\n");
	fwrite(b->data ? b->data : "", 1, b->len, g->out);
	sw_buf_reset(b);
}

size_t sw_graph_file(FILE *out, const sw_source *src, const sw_check_opts *o)
{
	gfile g;
	memset(&g, 0, sizeof g);
	g.out = out;
	g.nl = o->nl;
	sw_buf_puts(&g.b, "digraph ");
	sw_dot_str(&g.b, src->path, strlen(src->path));
	sw_buf_puts(&g.b, " {\n\tgraph [fontname=\"Helvetica\", fontsize=11];\n"
	                  "\tnode [fontname=\"Helvetica\", fontsize=10];\n"
	                  "\tedge [fontname=\"Helvetica\", fontsize=9];\n");
	fwrite(g.b.data, 1, g.b.len, out);
	sw_buf_reset(&g.b);
	sw_diags d;
	sw_diags_init(&d, 1);
	sw_check_source(src, o, &d, on_collab, &g);
	fputs("}\n", out);
	size_t errors = d.count[SEV_ERROR];
	sw_diags_free(&d);
	sw_buf_free(&g.b);
	sw_buf_free(&g.lab);
	sw_buf_free(&g.id);
	sw_buf_free(&g.id2);
	return errors;
}
