/* One source through the whole front end: scan, parse, shape, resolve and
 * check each collaboration as soon as it has been read. */
#include <stdio.h>
#include <string.h>

#include "check.h"

#include "../parser/shape.h"
#include "register.h"
#include "sema.h"
#include "suppress.h"

typedef struct run {
	const sw_check_opts *o;
	const char *dir;
	int collabs, tops;
	sw_collab_fn fn;
	void *ud;
	const sw_source *src;
	sw_scope scope;      /* the organisations in scope */
} run;

static void on_top(void *ud, sw_parser *P, sw_stmt *top, sw_comment *tail)
{
	run *r = ud;
	if (!top) {
		sw_scope_end(&r->scope, P);
		sw_suppress_unused(P, sw_suppress_collect(P, NULL, tail));
		if (!r->tops && !P->diags->len) {
			sw_span at = { { 1, 1, 0 }, { 1, 1, 0 } };
			sw_diag *g = sw_diag_report(P->diags, SW009, at, M_MISSING_COLLAB);
			if (g) {
				g->help = M_MISSING_COLLAB_HELP;
				char ex[96];
				sw_lang l = sw_parser_lang(P);
				snprintf(ex, sizeof ex, "%s name \"%s\" { ... }",
				         sw_kw_spell(KW_COLLABORATION, l),
				         l == SW_LANG_NL ? "Titel" : "Title");
				sw_diag_argz(P->diags, g, 1, ex);
			}
		}
		sw_diags_drain(P->diags, 0, UINT32_MAX, NULL);
		return;
	}
	r->tops++;
	size_t first = P->diags->len;
	sw_allow *allow = sw_suppress_collect(P, top, NULL);
	P->diags->filter = allow ? sw_suppress_filter : NULL;
	P->diags->filter_ud = allow;
	sw_lang lang = sw_parser_lang(P);
	sw_collab *c = sw_shape_top(P, top, lang);
	if (!c && top->node && top->kw == KW_USE)
		sw_scope_use(&r->scope, P, top, top->node);
	else if (!c && top->node && top->kw == KW_ORGANISATION)
		sw_scope_declare(&r->scope, P, top->node, allow);
	sw_sema s;
	memset(&s, 0, sizeof s);
	if (c) {
		r->collabs++;
		r->scope.collabs++;
		s.scope = &r->scope;
		s.P = P;
		s.D = P->diags;
		s.c = c;
		s.lang = lang;
		s.nl = r->o->nl;
		s.dir = r->dir;
		s.when = r->o->dated ? &r->o->when : NULL;
		sw_sema_run(&s);
	}
	P->diags->filter = NULL;
	sw_suppress_unused(P, allow);
	/* what was reported in this block, for its verdict; what came before
	 * it lies outside every collaboration */
	uint32_t lo = top->span.start.off;
	uint32_t hi = top->has_block && top->close.end.off > top->span.end.off ? top->close.end.off
	                                                                         : top->span.end.off;
	sw_tally t;
	memset(&t, 0, sizeof t);
	sw_diags_drain(P->diags, lo, hi, c ? &t : NULL);
	if (c && r->fn) {
		sw_verdict v;
		sw_verdict_judge(&v, &s, &t, &P->tree);
		r->fn(r->ud, r->src, c, &v, &t, P->diags, first);
	}
	if (r->o->top_hook)
		r->o->top_hook(r->o->top_ud, P, top, c);
}

void sw_check_source(const sw_source *src, const sw_check_opts *o, sw_diags *out,
                     sw_collab_fn fn, void *ud)
{
	char *dir = NULL;
	run r;
	memset(&r, 0, sizeof r);
	r.o = o;
	r.dir = o->doc_dir;
	r.fn = fn;
	r.ud = ud;
	r.src = src;
	if (!r.dir) {
		const char *slash = src->path ? strrchr(src->path, '/') : NULL;
		if (slash) {
			size_t n = (size_t)(slash - src->path);
			dir = sw_strndup(&out->arena, src->path, n ? n : 1);
			r.dir = dir;
		} else {
			r.dir = ".";
		}
	}
	out->override = o->override;
	out->werror = o->werror;
	if (o->max_diags)
		out->max = o->max_diags;
	out->keep_first = o->keep_first;
	/* without a workspace of the caller's, one for this source alone */
	sw_workspace mine, *ws = o->ws;
	if (!ws) {
		sw_workspace_init(&mine, (size_t)1 << 30);
		ws = &mine;
	}
	sw_parser P;
	sw_parser_init(&P, src, out, on_top, &r);
	sw_scope_init(&r.scope, ws, src, o->root, o->doc_dir, &P.file, o->nl);
	sw_parser_run(&P);
	sw_parser_free(&P);
	if (ws == &mine)
		sw_workspace_free(&mine);
	sw_diags_sort(out);
}
