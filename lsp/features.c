/* The requests about a document: diagnostics as the protocol wants them,
 * completion, hover, definition, references, highlights, rename, the
 * outline, folding, formatting and quick fixes. Each reads the library's
 * check, index, completion and descriptions of the document (include/samw.h)
 * and turns offsets into positions in the negotiated encoding. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../base/buf.h"
#include "lsp.h"

/* ---- shared -------------------------------------------------------------- */

static json_t *jpos(const lsp_server *S, lsp_doc *d, uint32_t off)
{
	lsp_pos p = lsp_position(d, off, S->utf8);
	return json_pack("{s:i, s:i}", "line", (json_int_t)p.line, "character", (json_int_t)p.character);
}

json_t *lsp_json_range(const lsp_server *S, lsp_doc *d, uint32_t from, uint32_t to)
{
	/* the start first: counting the end goes on from it (lsp_position) */
	json_t *start = jpos(S, d, from);
	return json_pack("{s:o, s:o}", "start", start, "end", jpos(S, d, to));
}

json_t *lsp_json_location(const lsp_server *S, lsp_doc *d, uint32_t from, uint32_t to)
{
	return json_pack("{s:s, s:o}", "uri", d->uri, "range", lsp_json_range(S, d, from, to));
}

int lsp_get_pos(json_t *j, lsp_pos *p)
{
	json_t *l = json_object_get(j, "line"), *c = json_object_get(j, "character");
	if (!json_is_integer(l) || !json_is_integer(c) || json_integer_value(l) < 0 ||
	    json_integer_value(c) < 0)
		return 0;
	json_int_t lv = json_integer_value(l), cv = json_integer_value(c);
	p->line = lv > UINT32_MAX ? UINT32_MAX : (uint32_t)lv;
	p->character = cv > UINT32_MAX ? UINT32_MAX : (uint32_t)cv;
	return 1;
}

long lsp_param_offset(const lsp_server *S, const lsp_doc *d, json_t *params)
{
	lsp_pos p;
	if (!lsp_get_pos(json_object_get(params, "position"), &p))
		return -1;
	return (long)lsp_offset(d, p, S->utf8);
}

static void fail(lsp_server *S, json_t *id, int code, sw_msg m, const char *a1, const char *a2)
{
	char *s = lsp_say(S, m, a1, a2);
	lsp_error(S, id, code, s);
	free(s);
}

lsp_doc *lsp_request_doc(lsp_server *S, json_t *id, json_t *params)
{
	const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
	if (!uri) {
		fail(S, id, LSP_INVALID_PARAMS, M_P_LSP_BAD_PARAMS, "textDocument", NULL);
		return NULL;
	}
	lsp_doc *d = lsp_find(S, uri);
	if (!d) {
		fail(S, id, LSP_INVALID_PARAMS, M_P_LSP_NO_DOCUMENT, uri, NULL);
		return NULL;
	}
	lsp_analyse(S, d);
	return d;
}

/* The document and the offset of params.position, or NULL after an error. */
static lsp_doc *at(lsp_server *S, json_t *id, json_t *params, uint32_t *off)
{
	lsp_doc *d = lsp_request_doc(S, id, params);
	if (!d)
		return NULL;
	long o = lsp_param_offset(S, d, params);
	if (o < 0) {
		fail(S, id, LSP_INVALID_PARAMS, M_P_LSP_BAD_PARAMS, "position", NULL);
		return NULL;
	}
	*off = (uint32_t)o;
	return d;
}

static samw_lang msg_lang(const lsp_server *S)
{
	return S->nl ? SAMW_LANG_NL : SAMW_LANG_EN;
}

static char *part(const lsp_server *S, const lsp_doc *d, size_t i, samw_part p)
{
	size_t n = samw_result_text(d->res, i, p, msg_lang(S), NULL, 0);
	char *s = malloc(n + 1);
	if (!s)
		abort();
	samw_result_text(d->res, i, p, msg_lang(S), s, n + 1);
	return s;
}

/* ---- diagnostics ------------------------------------------------------------ */

static json_t *diagnostic(lsp_server *S, lsp_doc *d, size_t i)
{
	samw_diagnostic g;
	samw_result_get(d->res, i, &g);
	static const int severity[] = { [SAMW_NOTE] = 3, [SAMW_WARNING] = 2, [SAMW_ERROR] = 1 };
	sw_buf b = { 0 };
	char *m = part(S, d, i, SAMW_PART_MESSAGE);
	sw_buf_puts(&b, m);
	free(m);
	/* the note, "did you mean", the help: the order of samw check's JSON */
	static const samw_part parts[] = { SAMW_PART_NOTE, SAMW_PART_SUGGESTION, SAMW_PART_HELP };
	for (size_t k = 0; k < 3; k++) {
		char *t = part(S, d, i, parts[k]);
		if (*t)
			sw_buf_printf(&b, "\n%s: %s",
			              sw_msg_text(parts[k] == SAMW_PART_NOTE ? M_P_NOTE : M_P_HELP, S->nl), t);
		free(t);
	}
	const char *code = samw_check_code(g.check);
	json_t *j = json_pack("{s:o, s:i, s:s, s:s, s:s}", "range",
	                      lsp_json_range(S, d, g.start.offset, g.end.offset), "severity",
	                      severity[g.severity < 0 ? 0 : g.severity], "code", code, "source", "samw",
	                      "message", sw_buf_str(&b));
	sw_buf_free(&b);
	if (S->docs_url) {
		char href[4200], low[16];
		size_t k = 0;
		for (; code[k] && k + 1 < sizeof low; k++)
			low[k] = (char)tolower((unsigned char)code[k]);
		low[k] = '\0';
		snprintf(href, sizeof href, "%s#%s", S->docs_url, low);
		json_object_set_new(j, "codeDescription", json_pack("{s:s}", "href", href));
	}
	if (g.has_related) {
		char *r = part(S, d, i, SAMW_PART_RELATED);
		json_object_set_new(j, "relatedInformation",
		                    json_pack("[{s:o, s:s}]", "location",
		                              lsp_json_location(S, d, g.related_start.offset,
		                                                g.related_end.offset),
		                              "message", r));
		free(r);
	}
	/* a suppression that silences nothing can go: shown faded */
	if (strcmp(samw_check_name(g.check), "unused-suppression") == 0)
		json_object_set_new(j, "tags", json_pack("[i]", 1));
	return j;
}

json_t *lsp_diagnostics(lsp_server *S, lsp_doc *d)
{
	json_t *a = json_array();
	for (size_t i = 0; i < samw_result_len(d->res); i++)
		json_array_append_new(a, diagnostic(S, d, i));
	return a;
}

/* ---- completion -------------------------------------------------------------- */

void lsp_completion(lsp_server *S, json_t *id, json_t *params)
{
	uint32_t off;
	lsp_doc *d = at(S, id, params, &off);
	if (!d)
		return;
	samw_source *src = lsp_doc_source(d);
	samw_completion *c = samw_complete(src, off, SAMW_LANG_AUTO, msg_lang(S));
	samw_source_free(src);
	static const int kinds[] = {
		[SAMW_ITEM_KEYWORD] = 14, [SAMW_ITEM_BLOCK] = 15, [SAMW_ITEM_VALUE] = 12,
		[SAMW_ITEM_PARTY] = 7, [SAMW_ITEM_STAKEHOLDER] = 8, [SAMW_ITEM_AGREEMENT] = 22,
	};
	json_t *items = json_array();
	/* one range for every item (a position on a long line costs its
	 * length to count) */
	json_t *range = lsp_json_range(S, d, samw_completion_from(c), off);
	/* at most LSP_MAX_ITEMS: the client asks again as more is typed */
	size_t n = samw_completion_len(c), shown = n < LSP_MAX_ITEMS ? n : LSP_MAX_ITEMS;
	for (size_t i = 0; i < shown; i++) {
		const samw_item *it = samw_completion_get(c, i);
		int snippet = it->snippet && S->snippets;
		json_t *j = json_pack("{s:s, s:i, s:o, s:i}", "label", it->label, "kind",
		                      snippet ? kinds[it->kind] : it->kind == SAMW_ITEM_BLOCK ? 14 : kinds[it->kind],
		                      "textEdit",
		                      json_pack("{s:O, s:s}", "range", range,
		                                "newText", snippet ? it->snippet : it->label),
		                      "insertTextFormat", snippet ? 2 : 1);
		if (it->detail)
			json_object_set_new(j, "detail", json_string(it->detail));
		json_array_append_new(items, j);
	}
	samw_completion_free(c);
	json_decref(range);
	lsp_reply(S, id, json_pack("{s:b, s:o}", "isIncomplete", shown < n, "items", items));
}

/* ---- names ----------------------------------------------------------------- */

static const samw_use *use_at(const lsp_doc *d, uint32_t off)
{
	long u = samw_index_use_at(d->ix, off);
	return u < 0 ? NULL : samw_index_use(d->ix, (size_t)u);
}

static sw_msg kind_phrase(samw_symbol_kind k)
{
	switch (k) {
	case SAMW_SYMBOL_COLLABORATION: return M_P_CTX_COLLAB;
	case SAMW_SYMBOL_PARTY: return M_P_CTX_PARTY;
	case SAMW_SYMBOL_STAKEHOLDER: return M_P_CTX_STAKEHOLDER;
	case SAMW_SYMBOL_AGREEMENT: return M_P_CTX_AGREEMENT;
	default: return M_P_CTX_BODY;
	}
}

/* What the keyword at off means (samw_describe_at), or NULL. */
static char *describe(const lsp_server *S, const lsp_doc *d, uint32_t off, samw_position *s,
                      samw_position *e)
{
	samw_source *src = lsp_doc_source(d);
	char *t = samw_describe_at(src, off, msg_lang(S), s, e);
	samw_source_free(src);
	return t;
}

/* A symbol in a few lines: its name and title, what it is; a party's kind
 * and the agreements that bind it. */
static void summary(lsp_server *S, const lsp_doc *d, size_t y, sw_buf *b)
{
	const samw_symbol *s = samw_index_symbol(d->ix, y);
	sw_buf_printf(b, "**%s**", s->name);
	if (s->title)
		sw_buf_printf(b, " — %s", s->title);
	/* "a party" opens a sentence here: "A party." */
	const char *what = sw_msg_text(kind_phrase(s->kind), S->nl);
	sw_buf_printf(b, "\n\n%c%s", toupper((unsigned char)what[0]), what + 1);
	if (s->parent >= 0) {
		char *in = lsp_say(S, M_P_LSP_IN_COLLAB, samw_index_symbol(d->ix, (size_t)s->parent)->name, NULL);
		sw_buf_printf(b, ". %s", in);
		free(in);
	}
	if (s->kind == SAMW_SYMBOL_AGREEMENT) {
		/* the parties it binds */
		sw_buf who = { 0 };
		for (size_t i = 0; i < samw_index_uses(d->ix); i++) {
			const samw_use *u = samw_index_use(d->ix, i);
			if (u->owner == (long)y && u->binds)
				sw_buf_printf(&who, "%s%s", who.len ? ", " : "",
				              samw_index_symbol(d->ix, u->symbol)->name);
		}
		if (who.len) {
			char *t = lsp_say(S, M_P_LSP_BETWEEN, sw_buf_str(&who), NULL);
			sw_buf_printf(b, "\n\n%s", t);
			free(t);
		}
		sw_buf_free(&who);
		return;
	}
	if (s->kind != SAMW_SYMBOL_PARTY)
		return;
	if (s->party_kind) {
		char *k = lsp_say(S, M_P_LSP_KIND, s->party_kind, NULL);
		sw_buf_printf(b, "\n\n%s", k);
		free(k);
	}
	sw_buf by = { 0 };
	for (size_t i = 0; i < samw_index_uses(d->ix); i++) {
		const samw_use *u = samw_index_use(d->ix, i);
		if (u->symbol == y && u->binds && u->owner >= 0)
			sw_buf_printf(&by, "%s%s", by.len ? ", " : "",
			              samw_index_symbol(d->ix, (size_t)u->owner)->name);
	}
	char *t = by.len ? lsp_say(S, M_P_LSP_BOUND_BY, sw_buf_str(&by), NULL)
	                 : lsp_say(S, M_P_LSP_BOUND_NONE, NULL, NULL);
	sw_buf_printf(b, "\n\n%s", t);
	free(t);
	sw_buf_free(&by);
}

/* A character of a check's code or name. */
static int check_char(char c)
{
	return c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void lsp_hover(lsp_server *S, json_t *id, json_t *params)
{
	uint32_t off;
	lsp_doc *d = at(S, id, params, &off);
	if (!d)
		return;
	sw_buf b = { 0 };
	uint32_t from = off, to = off;
	int have = 0;
	const samw_use *u = use_at(d, off);
	if (u) {
		summary(S, d, u->symbol, &b);
		from = u->start.offset, to = u->end.offset, have = 1;
	} else {
		samw_position s, e;
		char *t = describe(S, d, off, &s, &e);
		if (t) {
			sw_buf_puts(&b, t);
			free(t);
			from = s.offset, to = e.offset, have = 1;
		}
	}
	/* a check named in a comment (# samw: allow no-goal): its explanation */
	if (!have) {
		uint32_t a = off, z = off;
		while (a > 0 && check_char(d->text[a - 1]))
			a--;
		while (z < d->len && check_char(d->text[z]))
			z++;
		uint32_t ls = a;
		while (ls > 0 && d->text[ls - 1] != '\n')
			ls--;
		char word[48];
		long k = -1;
		if (z > a && z - a < sizeof word && memchr(d->text + ls, '#', a - ls)) {
			memcpy(word, d->text + a, z - a);
			word[z - a] = '\0';
			k = samw_check_find(word);
		}
		if (k >= 0) {
			char *x = samw_explain((size_t)k, msg_lang(S));
			sw_buf_printf(&b, "**%s** %s\n\n```text\n%s```", samw_check_code((size_t)k),
			              samw_check_name((size_t)k), x);
			free(x);
			from = a, to = z, have = 1;
		}
	}
	/* the explanation of each check reported here */
	for (size_t i = 0; i < samw_result_len(d->res); i++) {
		samw_diagnostic g;
		samw_result_get(d->res, i, &g);
		if (off < g.start.offset || off > g.end.offset)
			continue;
		char *x = samw_explain(g.check, msg_lang(S));
		sw_buf_printf(&b, "%s**%s** %s\n\n```text\n%s```", b.len ? "\n\n---\n\n" : "",
		              samw_check_code(g.check), samw_check_name(g.check), x);
		free(x);
		if (!have)
			from = g.start.offset, to = g.end.offset, have = 1;
	}
	if (!have) {
		sw_buf_free(&b);
		lsp_reply(S, id, NULL);
		return;
	}
	lsp_reply(S, id, json_pack("{s:{s:s, s:s}, s:o}", "contents", "kind", "markdown", "value",
	                           sw_buf_str(&b), "range", lsp_json_range(S, d, from, to)));
	sw_buf_free(&b);
}

void lsp_definition(lsp_server *S, json_t *id, json_t *params)
{
	uint32_t off;
	lsp_doc *d = at(S, id, params, &off);
	if (!d)
		return;
	const samw_use *u = use_at(d, off);
	if (!u) {
		lsp_reply(S, id, NULL);
		return;
	}
	const samw_symbol *s = samw_index_symbol(d->ix, u->symbol);
	lsp_reply(S, id, lsp_json_location(S, d, s->name_start.offset, s->name_end.offset));
}

/* Every use of the symbol at the cursor: as locations, or highlights. */
static void uses(lsp_server *S, json_t *id, json_t *params, int highlight)
{
	uint32_t off;
	lsp_doc *d = at(S, id, params, &off);
	if (!d)
		return;
	const samw_use *u = use_at(d, off);
	if (!u) {
		lsp_reply(S, id, highlight ? NULL : json_array());
		return;
	}
	json_t *decl = json_object_get(json_object_get(params, "context"), "includeDeclaration");
	int with_decl = highlight || !json_is_false(decl);
	json_t *a = json_array();
	for (size_t i = 0; i < samw_index_uses(d->ix); i++) {
		const samw_use *v = samw_index_use(d->ix, i);
		if (v->symbol != u->symbol || (v->declaration && !with_decl))
			continue;
		if (highlight)
			json_array_append_new(a, json_pack("{s:o, s:i}", "range",
			                                   lsp_json_range(S, d, v->start.offset, v->end.offset),
			                                   "kind", v->declaration ? 3 : 2));
		else
			json_array_append_new(a, lsp_json_location(S, d, v->start.offset, v->end.offset));
	}
	lsp_reply(S, id, a);
}

void lsp_references(lsp_server *S, json_t *id, json_t *params)
{
	uses(S, id, params, 0);
}

void lsp_highlight(lsp_server *S, json_t *id, json_t *params)
{
	uses(S, id, params, 1);
}

/* The use to rename at the cursor, or NULL after the reason why not. */
static const samw_use *renamable(lsp_server *S, json_t *id, lsp_doc *d, uint32_t off)
{
	const samw_use *u = use_at(d, off);
	if (u)
		return u;
	char *kw = describe(S, d, off, NULL, NULL);
	fail(S, id, LSP_REQUEST_FAILED, kw ? M_P_LSP_RENAME_KEYWORD : M_P_LSP_RENAME_NOTHING, NULL, NULL);
	free(kw);
	return NULL;
}

void lsp_prepare_rename(lsp_server *S, json_t *id, json_t *params)
{
	uint32_t off;
	lsp_doc *d = at(S, id, params, &off);
	if (!d)
		return;
	const samw_use *u = renamable(S, id, d, off);
	if (!u)
		return;
	lsp_reply(S, id, json_pack("{s:o, s:s}", "range",
	                           lsp_json_range(S, d, u->start.offset, u->end.offset), "placeholder",
	                           samw_index_symbol(d->ix, u->symbol)->name));
}

void lsp_rename(lsp_server *S, json_t *id, json_t *params)
{
	uint32_t off;
	lsp_doc *d = at(S, id, params, &off);
	if (!d)
		return;
	json_t *nn = json_object_get(params, "newName");
	if (!json_is_string(nn)) {
		fail(S, id, LSP_INVALID_PARAMS, M_P_LSP_BAD_PARAMS, "newName", NULL);
		return;
	}
	const samw_use *u = renamable(S, id, d, off);
	if (!u)
		return;
	const char *name = json_string_value(nn);
	size_t len = json_string_length(nn);
	int bad = len > 200 ? 1 : samw_name_check(name, len);
	if (bad) {
		char shown[64];
		snprintf(shown, sizeof shown, "%.*s%s", (int)lsp_cut(name, len > 40 ? 40 : len), name,
		         len > 40 ? "..." : "");
		for (char *p = shown; *p; p++)
			if ((unsigned char)*p < 0x20)
				*p = ' ';
		if (bad == 2)
			fail(S, id, LSP_REQUEST_FAILED, M_P_LSP_RENAME_IS_KEYWORD, shown, NULL);
		else
			fail(S, id, LSP_REQUEST_FAILED, M_P_LSP_RENAME_BAD, shown,
			     sw_msg_text(M_P_EXP_NAME, S->nl));
		return;
	}
	const samw_symbol *me = samw_index_symbol(d->ix, u->symbol);
	/* the names of one collaboration are one namespace; collaborations
	 * share the file's */
	for (size_t i = 0; i < samw_index_symbols(d->ix); i++) {
		const samw_symbol *o = samw_index_symbol(d->ix, i);
		if (i == u->symbol || o->parent != me->parent || strcmp(o->name, name) != 0)
			continue;
		char *what = lsp_say(S, kind_phrase(o->kind), NULL, NULL);
		fail(S, id, LSP_REQUEST_FAILED, M_P_LSP_RENAME_TAKEN, name, what);
		free(what);
		return;
	}
	json_t *edits = json_array();
	for (size_t i = 0; i < samw_index_uses(d->ix); i++) {
		const samw_use *v = samw_index_use(d->ix, i);
		if (v->symbol == u->symbol)
			json_array_append_new(edits, json_pack("{s:o, s:s}", "range",
			                                       lsp_json_range(S, d, v->start.offset, v->end.offset),
			                                       "newText", name));
	}
	json_t *changes = json_object();
	json_object_set_new(changes, d->uri, edits);
	lsp_reply(S, id, json_pack("{s:o}", "changes", changes));
}

/* ---- the outline, folding, formatting --------------------------------------- */

void lsp_symbols(lsp_server *S, json_t *id, json_t *params)
{
	lsp_doc *d = lsp_request_doc(S, id, params);
	if (!d)
		return;
	static const int kinds[] = {
		[SAMW_SYMBOL_COLLABORATION] = 3, [SAMW_SYMBOL_PARTY] = 5, [SAMW_SYMBOL_STAKEHOLDER] = 11,
		[SAMW_SYMBOL_AGREEMENT] = 23, [SAMW_SYMBOL_BODY] = 2,
	};
	size_t n = samw_index_symbols(d->ix);
	json_t **node = calloc(n ? n : 1, sizeof *node);
	if (!node)
		abort();
	json_t *top = json_array();
	for (size_t i = 0; i < n; i++) {
		const samw_symbol *s = samw_index_symbol(d->ix, i);
		node[i] = json_pack("{s:s, s:i, s:o, s:o}", "name", s->name, "kind", kinds[s->kind], "range",
		                    lsp_json_range(S, d, s->start.offset, s->end.offset), "selectionRange",
		                    lsp_json_range(S, d, s->name_start.offset, s->name_end.offset));
		if (s->title)
			json_object_set_new(node[i], "detail", json_string(s->title));
		if (s->parent < 0) {
			json_object_set_new(node[i], "children", json_array());
			json_array_append_new(top, node[i]);
		} else {
			json_array_append_new(json_object_get(node[s->parent], "children"), node[i]);
		}
	}
	free(node);
	lsp_reply(S, id, top);
}

void lsp_folding(lsp_server *S, json_t *id, json_t *params)
{
	lsp_doc *d = lsp_request_doc(S, id, params);
	if (!d)
		return;
	json_t *a = json_array();
	for (size_t i = 0; i < samw_index_blocks(d->ix); i++) {
		samw_position o, c;
		samw_index_block(d->ix, i, &o, &c);
		uint32_t first = lsp_position(d, o.offset, 1).line, last = lsp_position(d, c.offset, 1).line;
		if (last > first + 1 || (last == first + 1))
			json_array_append_new(a, json_pack("{s:i, s:i}", "startLine", (json_int_t)first,
			                                   "endLine", (json_int_t)(last - 1)));
	}
	lsp_reply(S, id, a);
}

void lsp_formatting(lsp_server *S, json_t *id, json_t *params)
{
	lsp_doc *d = lsp_request_doc(S, id, params);
	if (!d)
		return;
	char *out;
	size_t len;
	samw_source *src = lsp_doc_source(d);
	int rc = samw_format_source(src, SAMW_LANG_AUTO, &out, &len, NULL);
	samw_source_free(src);
	if (rc != 0) {
		fail(S, id, LSP_REQUEST_FAILED, M_P_LSP_FMT_SYNTAX, NULL, NULL);
		return;
	}
	json_t *a = json_array();
	if (len != d->len || memcmp(out, d->text, len) != 0)
		json_array_append_new(a, json_pack("{s:o, s:s%}", "range",
		                                   lsp_json_range(S, d, 0, (uint32_t)d->len), "newText",
		                                   out, len));
	free(out);
	lsp_reply(S, id, a);
}

/* ---- quick fixes ---------------------------------------------------------- */

static json_t *edit_of(const lsp_doc *d, json_t *edits)
{
	json_t *changes = json_object();
	json_object_set_new(changes, d->uri, edits);
	return json_pack("{s:o}", "changes", changes);
}

static json_t *action(const char *title, json_t *diag, json_t *edit, int preferred)
{
	return json_pack("{s:s, s:s, s:[o], s:o, s:b}", "title", title, "kind", "quickfix",
	                 "diagnostics", diag, "edit", edit, "isPreferred", preferred);
}

void lsp_code_action(lsp_server *S, json_t *id, json_t *params)
{
	lsp_doc *d = lsp_request_doc(S, id, params);
	if (!d)
		return;
	json_t *range = json_object_get(params, "range");
	lsp_pos a, b;
	if (!lsp_get_pos(json_object_get(range, "start"), &a) || !lsp_get_pos(json_object_get(range, "end"), &b)) {
		fail(S, id, LSP_INVALID_PARAMS, M_P_LSP_BAD_PARAMS, "range", NULL);
		return;
	}
	uint32_t from = lsp_offset(d, a, S->utf8), to = lsp_offset(d, b, S->utf8);
	json_t *out = json_array();
	samw_lang kwl = samw_index_lang(d->ix);
	for (size_t i = 0; i < samw_result_len(d->res); i++) {
		samw_diagnostic g;
		samw_result_get(d->res, i, &g);
		if (g.start.offset > to || g.end.offset < from)
			continue;
		/* every fix the library has: corrections, and the statements a
		 * check finds missing; preferred when it is machine-applicable,
		 * as samw check --fix would apply it */
		samw_fix fx;
		if (samw_result_fix(d->res, i, &fx)) {
			sw_msg m = fx.start.offset == fx.end.offset ? M_P_LSP_FIX_INSERT
			         : *fx.replacement ? M_P_LSP_FIX_REPLACE : M_P_LSP_FIX_DELETE;
			/* the title shows the first line of the text, trimmed */
			char shown[80];
			const char *r = fx.replacement;
			while (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r')
				r++;
			size_t k = strcspn(r, "\r\n");
			int more = k > 60 || (r[k] && r[k + strspn(r + k, "\r\n")]);
			k = lsp_cut(r, k > 60 ? 60 : k);
			snprintf(shown, sizeof shown, "%.*s%s", (int)k, r, more ? "..." : "");
			char *title = lsp_say(S, m, shown, NULL);
			json_t *e = json_pack("[{s:o, s:s}]", "range",
			                      lsp_json_range(S, d, fx.start.offset, fx.end.offset), "newText",
			                      fx.replacement);
			json_array_append_new(out, action(title, diagnostic(S, d, i), edit_of(d, e), fx.applicable));
			free(title);
		}
		const char *name = samw_check_name(g.check);
		if (strcmp(name, "syntax") == 0 || strcmp(name, "bad-encoding") == 0)
			continue; /* these cannot be silenced: the file is not read as meant */
		/* the comment on the line above, indented as the line is */
		uint32_t line = lsp_position(d, g.start.offset, 1).line;
		uint32_t start = d->lines[line], k = start;
		while (k < d->len && (d->text[k] == ' ' || d->text[k] == '\t'))
			k++;
		char *comment = samw_allow_comment(g.check, kwl, msg_lang(S));
		sw_buf text = { 0 };
		sw_buf_put(&text, d->text + start, k - start);
		sw_buf_printf(&text, "%s\n", comment);
		free(comment);
		char code[64];
		snprintf(code, sizeof code, "%s (%s)", samw_check_code(g.check), name);
		char *title = lsp_say(S, M_P_LSP_SILENCE, code, NULL);
		json_t *e = json_pack("[{s:o, s:s}]", "range", lsp_json_range(S, d, start, start), "newText",
		                      sw_buf_str(&text));
		json_array_append_new(out, action(title, diagnostic(S, d, i), edit_of(d, e), 0));
		free(title);
		sw_buf_free(&text);
	}
	lsp_reply(S, id, out);
}
