/* What may be written at a place, and what a keyword means (include/samw.h,
 * samw_complete and samw_describe_at): both read the tree of the
 * collaboration around the place while the check holds it, and derive
 * their words from the statement shapes (parser/shapes.def) and the
 * keyword table, never from a list of their own. */
#include <stdlib.h>
#include <string.h>

#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/utf8.h"
#include "../parser/parser.h"
#include "../parser/shape.h"
#include "impl.h"

struct samw_completion {
	sw_arena arena;
	samw_item *items;
	size_t n, cap;
	uint32_t from;
};

/* What a look at one place needs while the check runs. */
typedef struct look {
	const samw_source *src;
	uint32_t off;
	samw_lang kw_lang, msg_lang;
	sw_lang lang;           /* the keywords' language, once known */
	int done;
	samw_completion *out;   /* samw_complete */
	sw_buf *text;           /* samw_describe_at */
	samw_position start, end;
	uint32_t gen;           /* the parser's generation of name bindings */
	const sw_stmt *owner;   /* completion: the block statement around it */
	const sw_stmt *cur;     /* ... and the statement being written */
} look;

/* Check src, calling hook with each top-level statement, to look at
 * offset (L cleared and given its output by the caller). */
static void look_at(look *L, const samw_source *src, uint32_t offset, samw_lang kwl,
                    samw_lang msgl, sw_top_hook hook)
{
	L->src = src;
	L->off = offset;
	L->kw_lang = kwl;
	L->msg_lang = msgl;
	L->lang = kwl == SAMW_LANG_NL ? SW_LANG_NL : SW_LANG_EN;
	samw_options o;
	memset(&o, 0, sizeof o);
	o.lang = msgl;
	o.no_verdicts = 1;
	o.max_diagnostics = 1;
	samw_result_free(samw_check_hooked(src, &o, hook, L));
}

static sw_lang kw_lang(const look *L, const sw_parser *P)
{
	if (L->kw_lang == SAMW_LANG_NL)
		return SW_LANG_NL;
	if (L->kw_lang == SAMW_LANG_EN)
		return SW_LANG_EN;
	return sw_parser_lang(P);
}

static sw_pos stmt_end(const sw_stmt *s)
{
	return s->has_block && s->close.end.off > s->span.end.off ? s->close.end : s->span.end;
}

/* b's text as a malloc'd string; b is freed. */
static char *take(sw_buf *b)
{
	char *s = strdup(sw_buf_str(b));
	sw_buf_free(b);
	if (!s)
		abort();
	return s;
}

/* ---- completion -------------------------------------------------------- */

static void add(samw_completion *c, samw_item_kind kind, const char *label, const char *snippet,
                const char *detail)
{
	/* a word in two sets comes once (the values and keywords of a
	 * statement are few; names are each declared once, so they are not
	 * compared: a collaboration of very many parties costs no square) */
	if (kind == SAMW_ITEM_VALUE || kind == SAMW_ITEM_KEYWORD || kind == SAMW_ITEM_BLOCK)
		for (size_t i = 0; i < c->n; i++)
			if (strcmp(c->items[i].label, label) == 0)
				return;
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 32;
		c->items = realloc(c->items, c->cap * sizeof *c->items);
		if (!c->items)
			abort();
	}
	samw_item *it = &c->items[c->n++];
	it->kind = kind;
	it->label = sw_strndup(&c->arena, label, strlen(label));
	it->snippet = snippet ? sw_strndup(&c->arena, snippet, strlen(snippet)) : NULL;
	it->detail = detail ? sw_strndup(&c->arena, detail, strlen(detail)) : NULL;
}

/* Does the block (its statements, list) hold a kw statement besides
 * except? */
static int holds(const sw_stmt *list, sw_kw kw, const sw_stmt *except)
{
	for (const sw_stmt *s = list; s; s = s->next)
		if (s != except && s->kw == kw)
			return 1;
	return 0;
}

/* The statements a block takes, with a snippet for those that open one;
 * not those that may stand once and already do (but the one being
 * written, except). */
static void statements(look *L, sw_ctx ctx, sw_lang lang, const sw_stmt *list,
                       const sw_stmt *except)
{
	size_t n;
	const sw_shape *all = sw_shapes(&n);
	for (size_t i = 0; i < n; i++) {
		const sw_shape *sh = &all[i];
		if (sh->ctx != ctx || (sh->once && holds(list, (sw_kw)sh->kw, except)))
			continue;
		const char *w = sw_kw_spell((sw_kw)sh->kw, lang);
		sw_buf ex = { 0 }, snip = { 0 };
		sw_shape_example(&ex, sh, lang);
		if (sh->block) {
			if (sh->args[0].kind == A_NAME)
				sw_buf_printf(&snip, "%s ${1:id} \"${2:%s}\" {\n\t$0\n}", w,
				              sw_msg_text(M_P_LSP_PH_NAME, lang == SW_LANG_NL));
			else
				sw_buf_printf(&snip, "%s {\n\t$0\n}", w);
		}
		add(L->out, sh->block ? SAMW_ITEM_BLOCK : SAMW_ITEM_KEYWORD, w,
		    sh->block ? sw_buf_str(&snip) : NULL, sw_buf_str(&ex));
		sw_buf_free(&ex);
		sw_buf_free(&snip);
	}
}

static void values(look *L, sw_vset v, sw_lang lang)
{
	const char *set = sw_msg_text(sw_vset_name(v), L->msg_lang == SAMW_LANG_NL);
	for (int k = 1; k < KW__COUNT; k++)
		if (sw_kw_in((sw_kw)k, v))
			add(L->out, SAMW_ITEM_VALUE, sw_kw_spell((sw_kw)k, lang), NULL, set);
}

static void names(look *L, const sw_collab *c, sw_declkind kind, int stakeholders)
{
	if (!c)
		return;
	for (const sw_decl *d = c->decls; d; d = d->next_decl) {
		if (!d->name || d->dup || !(d->kind == kind || (stakeholders && d->kind == DECL_STAKEHOLDER)))
			continue;
		char *name = sw_strndup(&L->out->arena, d->name->text, d->name->len);
		char *title = d->title && d->title->kind == ARG_STRING
			? sw_strndup(&L->out->arena, d->title->text, d->title->len) : NULL;
		samw_item_kind k = d->kind == DECL_PARTY ? SAMW_ITEM_PARTY
		                 : d->kind == DECL_STAKEHOLDER ? SAMW_ITEM_STAKEHOLDER : SAMW_ITEM_AGREEMENT;
		add(L->out, k, name, NULL, title);
	}
}

/* What argument spec i of a shape lets one write. */
static void spec_items(look *L, const sw_shape *sh, int i, const sw_stmt *s, const sw_collab *c,
                       sw_lang lang)
{
	const sw_aspec *a = &sh->args[i];
	switch ((sw_akind)a->kind) {
	case A_VALUE:
	case A_VALUES: values(L, (sw_vset)a->vset, lang); break;
	case A_DECIDER:
		values(L, VS_DECISION, lang);
		names(L, c, DECL_PARTY, 0);
		break;
	case A_REF:
	case A_REFS:
	case A_REF_OR_TEXT: names(L, c, DECL_PARTY, s->kw == KW_BETWEEN); break;
	case A_AGREEMENT_REF: names(L, c, DECL_AGREEMENT, 0); break;
	case A_DATE_OR_OPEN: add(L->out, SAMW_ITEM_VALUE, sw_kw_spell(KW_OPEN, lang), NULL, NULL); break;
	case A_WORD:
	case A_OPT: add(L->out, SAMW_ITEM_VALUE, sw_kw_spell((sw_kw)a->kw, lang), NULL, NULL); break;
	default: break;
	}
}

static int valued(sw_akind k)
{
	return k == A_VALUE || k == A_VALUES || k == A_DECIDER || k == A_REF || k == A_REFS ||
	       k == A_REF_OR_TEXT || k == A_AGREEMENT_REF;
}

/* The cursor stands after the keyword of s: what comes next. */
static void in_statement(look *L, const sw_stmt *s, sw_ctx ctx, const sw_collab *c, sw_lang lang)
{
	const sw_shape *sh = sw_shape_find(ctx, s->kw);
	if (!sh)
		return;
	const sw_arg *prev = NULL;
	for (const sw_arg *a = sw_stmt_args(s); a; a = a->next) {
		if (a->span.start.off >= L->off)
			break;
		if (a->kind == ARG_WORD && a->span.end.off >= L->off) {
			L->out->from = a->span.start.off; /* the word being written */
			break;
		}
		prev = a;
	}
	int nargs = 0;
	while (nargs < SW_SHAPE_ARGS && sh->args[nargs].kind)
		nargs++;
	/* after a connecting word: what it introduces */
	if (prev && prev->kind == ARG_WORD && prev->sym && prev->sym->kw) {
		for (int i = 0; i < nargs; i++)
			if ((sh->args[i].kind == A_WORD || sh->args[i].kind == A_OPT) &&
			    sh->args[i].kw == prev->sym->kw) {
				if (i + 1 < nargs)
					spec_items(L, sh, i + 1, s, c, lang);
				return;
			}
	}
	/* the first value the statement takes (again after a comma), or its
	 * connecting words once its first argument is written */
	int first = !prev || prev->kind == ARG_COMMA;
	for (int i = 0; i < nargs; i++) {
		if (sh->args[i].kind == A_OPT) {
			if (!first)
				spec_items(L, sh, i, s, c, lang);
			i += sh->args[i].vset;
			continue;
		}
		if (first && valued((sw_akind)sh->args[i].kind)) {
			spec_items(L, sh, i, s, c, lang);
			return;
		}
		if (!first && (sh->args[i].kind == A_WORD))
			spec_items(L, sh, i, s, c, lang);
	}
}

/* Is the cursor on statement s's line, after its start, with nothing but
 * blanks between its end and the cursor? */
static int at_statement(const look *L, const sw_stmt *s)
{
	if (s->span.start.off > L->off)
		return 0;
	if (L->off <= s->span.end.off)
		return 1;
	size_t len;
	const char *t = samw_source_text(L->src, &len);
	for (uint32_t i = s->span.end.off; i < L->off && i < len; i++)
		if (t[i] != ' ' && t[i] != '\t')
			return 0;
	return 1;
}

static void complete_in(look *L, const sw_stmt *list, sw_ctx ctx, const sw_collab *c, sw_lang lang,
                        int depth)
{
	for (const sw_stmt *s = list; s; s = s->next) {
		if (s->has_block && s->open.end.off <= L->off && L->off <= s->close.start.off) {
			const sw_shape *sh = sw_shape_find(ctx, s->kw);
			sw_ctx inner = sh && sh->block ? (sw_ctx)sh->block : s->body ? (sw_ctx)s->body->ctx : CTX__COUNT;
			if (inner == CTX__COUNT || depth >= SW_MAX_DEPTH)
				return; /* a block of no known statement: nothing to offer */
			L->owner = s;
			complete_in(L, s->body, inner, c, lang, depth + 1);
			return;
		}
		if (at_statement(L, s)) {
			if (L->off <= s->head->span.end.off) {
				L->out->from = s->head->span.start.off;
				statements(L, ctx, lang, list, s);
			} else {
				L->cur = s;
				in_statement(L, s, ctx, c, lang);
			}
			return;
		}
	}
	statements(L, ctx, lang, list, NULL);
}

static int written(const look *L, const sw_arg *a, const char *label)
{
	return a && a->kind == ARG_WORD && !(a->span.start.off <= L->off && L->off <= a->span.end.off) &&
	       strlen(label) == a->len && memcmp(label, a->text, a->len) == 0;
}

/* Leave out what the statement names already (`shares risks, ` offers no
 * risks again) and the name of the block it stands in (an agreement does
 * not amend itself, a party is no part of itself). */
static void drop_written(look *L)
{
	samw_completion *c = L->out;
	const sw_arg *self = L->owner ? sw_stmt_args(L->owner) : NULL;
	/* a statement of very many names is left as it is: comparing each
	 * offer with each name would cost their product */
	size_t nargs = 0;
	for (const sw_arg *a = sw_stmt_args(L->cur); a; a = a->next)
		if (++nargs > 256)
			return;
	size_t k = 0;
	for (size_t i = 0; i < c->n; i++) {
		int drop = c->items[i].kind != SAMW_ITEM_KEYWORD && c->items[i].kind != SAMW_ITEM_BLOCK &&
		           written(L, self, c->items[i].label);
		for (const sw_arg *a = sw_stmt_args(L->cur); a && !drop; a = a->next)
			drop = written(L, a, c->items[i].label);
		if (!drop)
			c->items[k++] = c->items[i];
	}
	c->n = k;
}

static void complete_top(void *ud, sw_parser *P, sw_stmt *top, sw_collab *c)
{
	look *L = ud;
	L->lang = kw_lang(L, P);
	if (L->done || top->span.start.off > L->off || L->off > stmt_end(top).off)
		return;
	L->done = 1;
	complete_in(L, top, CTX_TOP, c, L->lang, 0);
	if (L->cur)
		drop_written(L);
}

/* Where offset stands on its line: in code (0), in a string or a comment
 * (1), or among the checks of a suppression comment, "# samw: allow "
 * (2). Strings stay on one line (docs/language.md), so the line is all
 * there is to read. */
static int in_text(const samw_source *src, uint32_t offset)
{
	size_t len;
	const char *t = samw_source_text(src, &len);
	if (offset > len)
		offset = (uint32_t)len;
	uint32_t i = offset;
	while (i > 0 && t[i - 1] != '\n')
		i--;
	int str = 0;
	for (; i < offset; i++) {
		if (str && t[i] == '\\' && i + 1 < offset)
			i++;
		else if (t[i] == '"')
			str = !str;
		else if (!str && t[i] == '#')
			break;
	}
	if (i == offset)
		return str;
	/* a comment: "# samw: allow " (or toestaan) before the cursor? */
	const char *p = t + i + 1, *end = t + offset;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (end - p < 5 || memcmp(p, "samw:", 5) != 0)
		return 1;
	p += 5;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	const char *w = p;
	while (p < end && *p != ' ' && *p != '\t')
		p++;
	if (p == end || sw_kw_lookup(w, (size_t)(p - w), NULL) != KW_ALLOW)
		return 1;
	/* not past the reason */
	for (const char *q = p; q + 1 < end; q++)
		if (q[0] == '-' && q[1] == '-')
			return 1;
	return 2;
}

/* The checks a suppression comment may name (not those that cannot be
 * silenced), by name, with their code and summary. */
static void checks(samw_completion *c, const samw_source *src, uint32_t offset, samw_lang msgl)
{
	size_t len;
	const char *t = samw_source_text(src, &len);
	uint32_t from = offset;
	while (from > 0 && (t[from - 1] == '-' || (t[from - 1] >= 'a' && t[from - 1] <= 'z') ||
	                    (t[from - 1] >= 'A' && t[from - 1] <= 'Z') || (t[from - 1] >= '0' && t[from - 1] <= '9')))
		from--;
	c->from = from;
	for (int k = 0; k < SW__COUNT; k++) {
		if (k == SW001 || k == SW008)
			continue;
		const sw_checkinfo *ci = sw_check_info((sw_check)k);
		sw_buf d = { 0 };
		sw_buf_printf(&d, "%s: %s", ci->code, ci->summary[msgl == SAMW_LANG_NL]);
		add(c, SAMW_ITEM_VALUE, ci->name, NULL, sw_buf_str(&d));
		sw_buf_free(&d);
	}
}

samw_completion *samw_complete(const samw_source *src, uint32_t offset, samw_lang kwl,
                               samw_lang msgl)
{
	samw_completion *c = calloc(1, sizeof *c);
	if (!c)
		abort();
	sw_arena_init(&c->arena);
	c->from = offset;
	look L;
	memset(&L, 0, sizeof L);
	L.out = c;
	switch (in_text(src, offset)) {
	case 1: return c;
	case 2: checks(c, src, offset, msgl); return c;
	default: break;
	}
	look_at(&L, src, offset, kwl, msgl, complete_top);
	if (!L.done)
		statements(&L, CTX_TOP, L.lang, NULL, NULL);
	return c;
}

size_t samw_completion_len(const samw_completion *c)
{
	return c->n;
}

const samw_item *samw_completion_get(const samw_completion *c, size_t i)
{
	return i < c->n ? &c->items[i] : NULL;
}

uint32_t samw_completion_from(const samw_completion *c)
{
	return c->from;
}

void samw_completion_free(samw_completion *c)
{
	if (!c)
		return;
	sw_arena_free(&c->arena);
	free(c->items);
	free(c);
}

/* ---- descriptions -------------------------------------------------------- */

static sw_crit criterion_of(sw_kw k)
{
	switch (k) {
#define KC(kw, crit) case KW_##kw: return CRIT_##crit;
#include "keyword_criteria.def"
#undef KC
	default: return CRIT_C0;
	}
}

static void say(sw_buf *b, sw_msg m, const char *a1, sw_msg p1, int nl)
{
	sw_darg a[SW_DARGS] = { { a1, p1 } };
	sw_msg_expand(b, m, a, nl);
}

/* "**form** · vorm": the word in both languages */
static void heading(sw_buf *b, sw_kw k)
{
	const char *en = sw_kw_spell(k, SW_LANG_EN), *nl = sw_kw_spell(k, SW_LANG_NL);
	sw_buf_printf(b, "**%s**", en);
	if (strcmp(en, nl) != 0)
		sw_buf_printf(b, " · **%s**", nl);
	sw_buf_puts(b, "\n\n");
}

static void criterion(sw_buf *b, sw_kw k, int nl)
{
	sw_crit cr = criterion_of(k);
	if (cr == CRIT_C0)
		return;
	const sw_critinfo *ci = sw_crit_info(cr);
	sw_darg a[SW_DARGS] = { { ci->id, M_NONE }, { ci->label[nl], M_NONE },
	                        { ci->summary[nl], M_NONE } };
	sw_buf_puts(b, "\n\n");
	sw_msg_expand(b, M_P_LSP_CRITERION, a, nl);
}

static void describe_statement(look *L, const sw_stmt *s)
{
	sw_buf *b = L->text;
	int nl = L->msg_lang == SAMW_LANG_NL;
	const sw_shape *sh = sw_shape_find((sw_ctx)s->ctx, s->kw);
	heading(b, s->kw);
	say(b, M_P_LSP_STMT_IN, NULL, sw_ctx_phrase((sw_ctx)s->ctx), nl);
	if (sh) {
		sw_buf_puts(b, "\n\n```samw\n");
		sw_shape_example(b, sh, L->lang);
		sw_buf_puts(b, "\n```");
		for (int i = 0; i < SW_SHAPE_ARGS && sh->args[i].kind; i++) {
			if (sh->args[i].kind != A_VALUE && sh->args[i].kind != A_VALUES)
				continue;
			sw_buf list = { 0 }, what = { 0 };
			sw_value_list(&list, (sw_vset)sh->args[i].vset, L->lang, ", ");
			say(&what, sw_vset_expected((sw_vset)sh->args[i].vset), sw_buf_str(&list), M_NONE, nl);
			sw_buf_puts(b, "\n\n");
			say(b, M_P_LSP_TAKES, sw_buf_str(&what), M_NONE, nl);
			sw_buf_free(&list);
			sw_buf_free(&what);
		}
	}
	criterion(b, s->kw, nl);
}

static void describe_word(look *L, sw_kw k)
{
	sw_buf *b = L->text;
	int nl = L->msg_lang == SAMW_LANG_NL;
	heading(b, k);
	if (sw_kw_vset(k) == VS_NONE) {
		sw_buf_puts(b, sw_msg_text(M_P_LSP_CONNECTING, nl));
	} else {
		sw_buf sets = { 0 };
		for (int v = 1; v < VS__COUNT; v++)
			if (sw_kw_in(k, (sw_vset)v))
				sw_buf_printf(&sets, "%s%s", sets.len ? ", " : "",
				              sw_msg_text(sw_vset_name((sw_vset)v), nl));
		say(b, M_P_LSP_VALUE_OF, sw_buf_str(&sets), M_NONE, nl);
		sw_buf_free(&sets);
	}
	criterion(b, k, nl);
}

static int covers(const look *L, const sw_arg *a)
{
	return a && a->span.start.off <= L->off && L->off <= a->span.end.off;
}

static void found(look *L, const sw_arg *a)
{
	L->done = 1;
	L->start = (samw_position){ a->span.start.line, a->span.start.col, a->span.start.off };
	L->end = (samw_position){ a->span.end.line, a->span.end.col, a->span.end.off };
}

static void describe_in(look *L, const sw_stmt *list, int depth)
{
	for (const sw_stmt *s = list; s && !L->done; s = s->next) {
		if (L->off < s->span.start.off || L->off > stmt_end(s).off)
			continue;
		if (covers(L, s->head)) {
			if (s->kw != KW_NONE && sw_shape_find((sw_ctx)s->ctx, s->kw)) {
				found(L, s->head);
				describe_statement(L, s);
			}
			return;
		}
		for (const sw_arg *a = sw_stmt_args(s); a; a = a->next) {
			if (!covers(L, a))
				continue;
			if (a->kind == ARG_WORD && a->sym && a->sym->kw != KW_NONE &&
			    !(a->sym->decl_gen && a->sym->decl)) {
				found(L, a);
				describe_word(L, a->sym->kw);
			}
			return;
		}
		if (depth < SW_MAX_DEPTH)
			describe_in(L, s->body, depth + 1);
		return;
	}
}

static void describe_top(void *ud, sw_parser *P, sw_stmt *top, sw_collab *c)
{
	look *L = ud;
	(void)c;
	L->lang = kw_lang(L, P);
	L->gen = P->gen;
	if (!L->done)
		describe_in(L, top, 0);
}

char *samw_describe_at(const samw_source *src, uint32_t offset, samw_lang lang,
                       samw_position *start, samw_position *end)
{
	sw_buf b = { 0 };
	look L;
	memset(&L, 0, sizeof L);
	L.text = &b;
	look_at(&L, src, offset, SAMW_LANG_AUTO, lang, describe_top);
	if (!L.done) {
		sw_buf_free(&b);
		return NULL;
	}
	if (start)
		*start = L.start;
	if (end)
		*end = L.end;
	return take(&b);
}

/* ---- edits --------------------------------------------------------------- */

char *samw_allow_comment(size_t check, samw_lang kwl, samw_lang msgl)
{
	sw_buf b = { 0 };
	sw_buf_printf(&b, "# samw: %s %s -- %s", sw_kw_spell(KW_ALLOW, kwl == SAMW_LANG_NL ? SW_LANG_NL : SW_LANG_EN),
	              samw_check_name(check), sw_msg_text(M_P_LSP_REASON, msgl == SAMW_LANG_NL));
	return take(&b);
}

static int letter(const unsigned char *s, size_t n)
{
	return n && (s[0] >= 0x80 || (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'));
}

int samw_name_check(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	if (!letter(s, len) || sw_utf8_check(text, len) != len)
		return 1;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (c >= 0x80) {
			/* a character a reader cannot see makes two names look
			 * alike: never in a name samw writes */
			size_t k;
			if (sw_utf8_hidden(sw_utf8_decode(text + i, &k)))
				return 1;
			i += k - 1;
			continue;
		}
		if (letter(s + i, len - i) || (c >= '0' && c <= '9') || c == '_' || c == '-')
			continue;
		if (c == '\'' && letter(s + i + 1, len - i - 1))
			continue;
		return 1;
	}
	sw_lang lang;
	if (sw_kw_lookup(text, len, &lang) != KW_NONE || sw_kw_phrase_head(text, len))
		return 2;
	return 0;
}
