/* The portfolio as a Graphviz picture: a box per organisation and an
 * ellipse per collaboration, a line between an organisation and each
 * collaboration it is a party to (dashed and grey once it has left), so
 * that organisations are linked through the collaborations they share.
 * Strings are escaped as in the graph of one file (graph.c). */
#include <string.h>

#include "../parser/shape.h"
#include "graph.h"
#include "portfolio.h"

enum { MAX_LABEL = 90 };

static void collab_id(sw_buf *b, sw_buf *tmp, const sw_digest *x)
{
	sw_buf_reset(tmp);
	sw_buf_puts(tmp, "collaboration:");
	sw_buf_put(tmp, x->file.s, x->file.n);
	/* by its line too: a file may declare a name twice (SW006) */
	sw_buf_printf(tmp, ":%u:", x->line);
	sw_buf_put(tmp, x->name.s, x->name.n);
	sw_dot_str(b, tmp->data, tmp->len);
}

static void org_id(sw_buf *b, sw_buf *tmp, const sw_porg *o)
{
	sw_buf_reset(tmp);
	sw_buf_puts(tmp, "organisation:");
	sw_buf_puts(tmp, o->id);
	sw_dot_str(b, tmp->data, tmp->len);
}

void sw_portfolio_dot(sw_buf *b, const sw_portfolio *p)
{
	sw_buf tmp = { 0 }, lab = { 0 };
	sw_buf_puts(b, "graph \"portfolio\" {\n\tgraph [fontname=\"Helvetica\", fontsize=11];\n"
	               "\tnode [fontname=\"Helvetica\", fontsize=10];\n"
	               "\tedge [fontname=\"Helvetica\", fontsize=9];\n");
	for (size_t i = 0; i < p->n_collabs; i++) {
		const sw_digest *x = &p->collabs[i]->x;
		sw_buf_putc(b, '\t');
		collab_id(b, &tmp, x);
		sw_buf_reset(&lab);
		sw_text t = x->title.s && x->title.n ? x->title : x->name;
		sw_dot_fit(&lab, t.s, t.n, MAX_LABEL);
		if (x->form)
			sw_buf_printf(&lab, "\n(%s)", sw_kw_spell(x->form, p->nl ? SW_LANG_NL : SW_LANG_EN));
		sw_buf_puts(b, " [shape=ellipse, style=filled, fillcolor=\"#fff4d6\", label=");
		sw_dot_str(b, lab.data ? lab.data : "", lab.len);
		sw_buf_puts(b, "];\n");
	}
	for (size_t i = 0; i < p->n_orgs; i++) {
		const sw_porg *o = &p->orgs[i];
		sw_buf_putc(b, '\t');
		org_id(b, &tmp, o);
		sw_buf_reset(&lab);
		sw_dot_fit(&lab, o->name.s, o->name.n, MAX_LABEL);
		sw_buf_puts(b, " [shape=box, style=filled, fillcolor=\"#e3edfb\", label=");
		sw_dot_str(b, lab.data ? lab.data : "", lab.len);
		sw_buf_puts(b, "];\n");
	}
	for (size_t i = 0; i < p->n_orgs; i++) {
		const sw_porg *o = &p->orgs[i];
		for (size_t j = 0; j < o->n_members; j++) {
			const sw_pmember *m = &o->members[j];
			const sw_digest *x = &p->collabs[m->collab]->x;
			/* one line per collaboration: drawn solid when one of its
			 * parties that are this organisation is still in it */
			if (j && m->collab == o->members[j - 1].collab)
				continue;
			int current = 0;
			for (size_t k = j; k < o->n_members && o->members[k].collab == m->collab; k++)
				current |= !x->parties[o->members[k].party].left.s;
			sw_buf_putc(b, '\t');
			org_id(b, &tmp, o);
			sw_buf_puts(b, " -- ");
			collab_id(b, &tmp, x);
			sw_buf_puts(b, current ? ";\n" : " [style=dashed, color=\"#9e9e9e\"];\n");
		}
	}
	sw_buf_puts(b, "}\n");
	sw_buf_free(&tmp);
	sw_buf_free(&lab);
}
