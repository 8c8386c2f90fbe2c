/* The index of a source for editors (include/samw.h, "the index of a
 * source"): the symbols each collaboration declares, every use of their
 * names and the blocks, gathered from each collaboration's tree and model
 * while the check holds them (sw_check_opts.top_hook). */
#include <stdlib.h>
#include <string.h>

#include "../base/arena.h"
#include "../parser/parser.h"
#include "../semantics/check.h"
#include "impl.h"

struct samw_index {
	sw_arena arena;           /* names and titles */
	samw_symbol *sym;
	sw_kw *party_kw;          /* per symbol: a party's kind, else KW_NONE */
	size_t nsym, capsym, capkw;
	samw_use *use;
	size_t nuse, capuse;
	samw_position *blk;       /* pairs: open, close */
	size_t nblk, capblk;
	samw_lang lang;
	/* while one collaboration is read: its declarations and their symbols */
	struct decl_sym { const sw_decl *d; size_t sym; } *decl;
	size_t ndecl, capdecl;
	size_t *slot;             /* a hash of decl by its pointer: index + 1 */
	size_t nslot;             /* a power of two, or 0 */
};

static void *grow(void *v, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return v;
	size_t c = *cap ? *cap * 2 : 16;
	while (c < need)
		c *= 2;
	void *n = realloc(v, c * size);
	if (!n)
		abort();
	*cap = c;
	return n;
}

static samw_position pos(sw_pos p)
{
	samw_position x = { p.line, p.col, p.off };
	return x;
}

/* The end of a statement: its closing brace when it has a block. */
static sw_pos stmt_end(const sw_stmt *s)
{
	return s->has_block && s->close.end.off > s->span.end.off ? s->close.end : s->span.end;
}

static const char *copy_arg(samw_index *ix, const sw_arg *a)
{
	return a ? sw_strndup(&ix->arena, a->text, a->len) : NULL;
}

static size_t add_symbol(samw_index *ix, samw_symbol_kind kind, const sw_arg *name,
                         const sw_arg *title, const sw_stmt *s, long parent, sw_kw party_kw,
                         int dup)
{
	ix->sym = grow(ix->sym, &ix->capsym, ix->nsym + 1, sizeof *ix->sym);
	ix->party_kw = grow(ix->party_kw, &ix->capkw, ix->nsym + 1, sizeof *ix->party_kw);
	samw_symbol *y = &ix->sym[ix->nsym];
	memset(y, 0, sizeof *y);
	y->kind = kind;
	y->name = copy_arg(ix, name);
	y->title = title && title->kind == ARG_STRING ? copy_arg(ix, title) : NULL;
	y->name_start = pos(name->span.start);
	y->name_end = pos(name->span.end);
	y->start = pos(s->span.start);
	y->end = pos(stmt_end(s));
	y->parent = parent;
	y->duplicate = dup;
	ix->party_kw[ix->nsym] = party_kw;
	return ix->nsym++;
}

static void add_use(samw_index *ix, size_t sym, const sw_arg *a, int decl, long owner, int binds)
{
	ix->use = grow(ix->use, &ix->capuse, ix->nuse + 1, sizeof *ix->use);
	samw_use *u = &ix->use[ix->nuse++];
	u->symbol = sym;
	u->start = pos(a->span.start);
	u->end = pos(a->span.end);
	u->declaration = decl;
	u->owner = owner;
	u->binds = binds;
}

static size_t hash_ptr(const void *p, size_t nslot)
{
	uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15u;
	return (size_t)(h >> 20) & (nslot - 1);
}

/* Hash the declarations just gathered: a collaboration of very many
 * parties and references costs time in proportion to them. */
static void hash_decls(samw_index *ix)
{
	size_t n = 16;
	while (n < ix->ndecl * 2)
		n *= 2;
	if (n > ix->nslot) {
		free(ix->slot);
		ix->slot = malloc(n * sizeof *ix->slot);
		if (!ix->slot)
			abort();
		ix->nslot = n;
	}
	memset(ix->slot, 0, ix->nslot * sizeof *ix->slot);
	for (size_t i = 0; i < ix->ndecl; i++) {
		size_t k = hash_ptr(ix->decl[i].d, ix->nslot);
		while (ix->slot[k])
			k = (k + 1) & (ix->nslot - 1);
		ix->slot[k] = i + 1;
	}
}

/* The symbol of a declaration of the collaboration being read, or -1. */
static long symbol_of(const samw_index *ix, const sw_decl *d)
{
	for (size_t k = hash_ptr(d, ix->nslot); ix->slot[k]; k = (k + 1) & (ix->nslot - 1))
		if (ix->decl[ix->slot[k] - 1].d == d)
			return (long)ix->decl[ix->slot[k] - 1].sym;
	return -1;
}

/* A name in a reference: the declaration its word is bound to in this
 * collaboration (the binding of the names pass, still current while the
 * collaboration's hook runs). */
static void ref(samw_index *ix, const sw_parser *P, const sw_arg *a, long owner, int binds)
{
	if (!a || a->kind != ARG_WORD || !a->sym || a->sym->decl_gen != P->gen || !a->sym->decl)
		return;
	long y = symbol_of(ix, a->sym->decl);
	if (y >= 0)
		add_use(ix, (size_t)y, a, 0, owner, binds);
}

static void refs(samw_index *ix, const sw_parser *P, const sw_ref *r, long owner, int binds)
{
	for (; r; r = r->next)
		ref(ix, P, r->arg, owner, binds);
}

static void blocks(samw_index *ix, const sw_stmt *s, int depth)
{
	for (; s; s = s->next) {
		if (!s->has_block)
			continue;
		ix->blk = grow(ix->blk, &ix->capblk, ix->nblk * 2 + 2, sizeof *ix->blk);
		ix->blk[ix->nblk * 2] = pos(s->open.start);
		ix->blk[ix->nblk * 2 + 1] = pos(s->close.start);
		ix->nblk++;
		if (depth < SW_MAX_DEPTH)
			blocks(ix, s->body, depth + 1);
	}
}

static samw_symbol_kind kind_of(sw_declkind k)
{
	switch (k) {
	case DECL_PARTY: return SAMW_SYMBOL_PARTY;
	case DECL_AGREEMENT: return SAMW_SYMBOL_AGREEMENT;
	case DECL_BODY: return SAMW_SYMBOL_BODY;
	default: return SAMW_SYMBOL_STAKEHOLDER;
	}
}

static void on_top(void *ud, sw_parser *P, sw_stmt *top, sw_collab *c)
{
	samw_index *ix = ud;
	ix->lang = sw_parser_lang(P) == SW_LANG_NL ? SAMW_LANG_NL : SAMW_LANG_EN;
	blocks(ix, top, 0);
	if (!c || !c->name)
		return;
	long cs = (long)add_symbol(ix, SAMW_SYMBOL_COLLABORATION, c->name, c->title, c->stmt, -1,
	                           KW_NONE, 0);
	add_use(ix, (size_t)cs, c->name, 1, -1, 0);
	ix->ndecl = 0;
	for (const sw_decl *d = c->decls; d; d = d->next_decl) {
		if (!d->name)
			continue;
		sw_kw pk = d->kind == DECL_PARTY ? ((const sw_party *)d)->kind : KW_NONE;
		size_t y = add_symbol(ix, kind_of(d->kind), d->name, d->title, d->stmt, cs, pk, d->dup);
		add_use(ix, y, d->name, 1, -1, 0);
		ix->decl = grow(ix->decl, &ix->capdecl, ix->ndecl + 1, sizeof *ix->decl);
		ix->decl[ix->ndecl].d = d;
		ix->decl[ix->ndecl++].sym = y;
	}
	hash_decls(ix);
	/* every declaration, a second one of a name too (the lists of the
	 * model leave those out): a rename must reach the names in it */
	for (const sw_decl *d = c->decls; d; d = d->next_decl) {
		long o = symbol_of(ix, d);
		if (d->kind == DECL_PARTY) {
			refs(ix, P, ((const sw_party *)d)->part_of_ref, o, 0);
		} else if (d->kind == DECL_AGREEMENT) {
			const sw_agreement *g = (const sw_agreement *)d;
			refs(ix, P, g->parties, o, 1);
			refs(ix, P, g->acquired_ref, o, 0);
			ref(ix, P, g->amends, o, 0);
		} else if (d->kind == DECL_BODY) {
			const sw_body *b = (const sw_body *)d;
			refs(ix, P, b->members, o, 0);
			refs(ix, P, b->decider, o, 0);
			refs(ix, P, b->chair_ref, o, 0);
			refs(ix, P, b->secretary_ref, o, 0);
			refs(ix, P, b->veto, o, 0);
		}
	}
	for (const sw_mandate *m = c->mandates; m; m = m->next)
		refs(ix, P, m->party, -1, 0);
}

static int by_offset(const void *a, const void *b)
{
	const samw_use *x = a, *y = b;
	return x->start.offset < y->start.offset ? -1 : x->start.offset > y->start.offset;
}

static int block_by_offset(const void *a, const void *b)
{
	const samw_position *x = a, *y = b;
	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

samw_result *samw_check_indexed(const samw_source *src, const samw_options *opts,
                                samw_index **out)
{
	if (!out)
		return samw_check(src, opts);
	samw_index *ix = calloc(1, sizeof *ix);
	if (!ix)
		abort();
	sw_arena_init(&ix->arena);
	ix->lang = SAMW_LANG_EN;
	samw_result *r = samw_check_hooked(src, opts, on_top, ix);
	free(ix->decl);
	free(ix->slot);
	ix->decl = NULL;
	ix->slot = NULL;
	for (size_t i = 0; i < ix->nsym; i++)
		if (ix->party_kw[i] != KW_NONE)
			ix->sym[i].party_kind =
				sw_kw_spell(ix->party_kw[i], ix->lang == SAMW_LANG_NL ? SW_LANG_NL : SW_LANG_EN);
	if (ix->nuse)
		qsort(ix->use, ix->nuse, sizeof *ix->use, by_offset);
	/* blocks nest, so their opening braces come in source order already
	 * within one tree; sorting the pairs keeps them by position */
	if (ix->nblk)
		qsort(ix->blk, ix->nblk, 2 * sizeof *ix->blk, block_by_offset);
	*out = ix;
	return r;
}

void samw_index_free(samw_index *ix)
{
	if (!ix)
		return;
	sw_arena_free(&ix->arena);
	free(ix->sym);
	free(ix->party_kw);
	free(ix->use);
	free(ix->blk);
	free(ix);
}

samw_lang samw_index_lang(const samw_index *ix)
{
	return ix->lang;
}

size_t samw_index_symbols(const samw_index *ix)
{
	return ix->nsym;
}

const samw_symbol *samw_index_symbol(const samw_index *ix, size_t i)
{
	return i < ix->nsym ? &ix->sym[i] : NULL;
}

size_t samw_index_uses(const samw_index *ix)
{
	return ix->nuse;
}

const samw_use *samw_index_use(const samw_index *ix, size_t i)
{
	return i < ix->nuse ? &ix->use[i] : NULL;
}

long samw_index_use_at(const samw_index *ix, uint32_t offset)
{
	/* the last use that starts at or before offset */
	size_t lo = 0, hi = ix->nuse;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ix->use[mid].start.offset <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return -1;
	const samw_use *u = &ix->use[lo - 1];
	return offset <= u->end.offset ? (long)(lo - 1) : -1;
}

size_t samw_index_blocks(const samw_index *ix)
{
	return ix->nblk;
}

void samw_index_block(const samw_index *ix, size_t i, samw_position *open, samw_position *close)
{
	*open = ix->blk[i * 2];
	*close = ix->blk[i * 2 + 1];
}
