#include "graph.h"

#include <string.h>

#include "../base/buf.h"
#include "../base/utf8.h"
#include "../parser/shape.h"

enum { WRAP = 28, MAX_LABEL = 90 };

typedef struct gfile {
	FILE *out;
	int nl;
	sw_buf b, lab, id, id2;
} gfile;

/* A DOT string: quoted, '"' and '\' escaped, a newline as the line break
 * \n, other control characters as spaces, invalid UTF-8 replaced. */
static void dot_str(sw_buf *b, const char *s, size_t n)
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
	dot_str(b, s->data ? s->data : "", s->len);
}

/* Append a user's text to a label: on lines of about WRAP characters,
 * cut after MAX_LABEL characters. */
static void fit(sw_buf *lab, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t chars = 0, col = 0;
	for (size_t i = 0; i < n;) {
		if (chars == MAX_LABEL) {
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

static void fit_arg(sw_buf *lab, const sw_arg *a)
{
	fit(lab, a->text, a->len);
}

/* The node id of a declaration: collaboration.kind.name. */
static void node_id(sw_buf *out, sw_buf *tmp, const sw_collab *c, const char *kind, const char *s, size_t n)
{
	sw_buf_reset(tmp);
	sw_buf_put(tmp, c->name->text, c->name->len);
	sw_buf_printf(tmp, ".%s.", kind);
	sw_buf_put(tmp, s, n);
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

/* An edge from node a (already in g->id2) to party p. */
static void edge(gfile *g, const sw_collab *c, const sw_party *p, const char *attrs, const char *label)
{
	sw_buf *b = &g->b;
	sw_buf_puts(b, "\t\t");
	sw_buf_put(b, g->id2.data, g->id2.len);
	sw_buf_puts(b, " -> ");
	party_id(g, b, c, p->d.name);
	sw_buf_printf(b, " [%s", attrs);
	if (label) {
		sw_buf_puts(b, ", label=");
		dot_str(b, label, strlen(label));
	}
	sw_buf_puts(b, "];\n");
}

/* Set g->id2 to the quoted id of a node. */
static void from(gfile *g, const sw_collab *c, const char *kind, const sw_arg *name)
{
	sw_buf_reset(&g->id2);
	node_id(&g->id2, &g->id, c, kind, name->text, name->len);
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
		sw_buf_printf(b, " [shape=%s, style=filled, fillcolor=\"#e3edfb\", label=", shape_of(p->kind));
		sw_buf_reset(lab);
		label_of(lab, &p->d);
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
			dot_str(b, part_of, strlen(part_of));
			sw_buf_puts(b, "];\n");
		}
	}

	/* agreements, linked to the parties they bind */
	for (const sw_agreement *a = c->agreements; a; a = a->next) {
		sw_buf_reset(lab);
		label_of(lab, &a->d);
		if (a->kind)
			sw_buf_printf(lab, "\n%s", word(g, a->kind));
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
		if (a->between) {
			for (const sw_ref *r = a->parties; r; r = r->next)
				if (r->party)
					edge(g, c, r->party, "dir=none", NULL);
		} else {
			for (const sw_party *p = c->parties; p; p = p->next)
				edge(g, c, p, "dir=none", NULL);
		}
	}

	/* governance bodies, linked to their members */
	const char *chair = word(g, KW_CHAIR);
	for (const sw_body *y = c->bodies; y; y = y->next) {
		sw_buf_reset(lab);
		label_of(lab, &y->d);
		if (y->decides_kw)
			sw_buf_printf(lab, "\n%s %s", word(g, KW_DECIDES), word(g, y->decides_kw));
		from(g, c, "body", y->d.name);
		sw_buf_puts(b, "\t\t");
		sw_buf_put(b, g->id2.data, g->id2.len);
		sw_buf_puts(b, " [shape=hexagon, style=filled, fillcolor=\"#e3f4e6\", label=");
		dot_buf(b, lab);
		sw_buf_puts(b, "];\n");
		const sw_party *ch = y->chair_ref ? y->chair_ref->party : NULL;
		int chair_member = 0;
		for (const sw_ref *r = y->members; r; r = r->next) {
			if (!r->party)
				continue;
			chair_member |= r->party == ch;
			edge(g, c, r->party, "dir=none, style=dashed", r->party == ch ? chair : NULL);
		}
		if (ch && !chair_member)
			edge(g, c, ch, "dir=none, style=dashed", chair);
		if (!y->decides_kw && y->decider && y->decider->party)
			edge(g, c, y->decider->party, "color=\"#c62828\", fontcolor=\"#c62828\"",
			     sw_msg_text(M_P_R_G_DECIDES, g->nl));
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
	dot_str(&g.b, src->path, strlen(src->path));
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
