/* The organisations a checked file brings into scope: its `use` lines and
 * its own `organisation` blocks; the checks that need them (SW014 a use
 * that cannot be followed, SW015 one number under two organisations,
 * SW016 one organisation registered twice, SW018 one that no collaboration
 * names), within a file as it is read and across the files of a run at its
 * end. What a party takes from the register is in attach.c. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../base/buf.h"
#include "../parser/build.h"
#include "../parser/parser.h"
#include "core.h"
#include "register.h"
#include "sema.h"
#include "suppress.h"

/* A hash table of organisations of all registers, keyed by name, title or
 * number, the first one (in the order of paths) kept. */
typedef struct gtab {
	uint64_t *hash;
	const void **who;
	size_t cap, n;
	sw_arena *A;
} gtab;

static void gtab_init(gtab *t, sw_arena *A, size_t n)
{
	t->cap = 16;
	while (t->cap < 2 * n + 2)
		t->cap *= 2;
	t->n = 0;
	t->A = A;
	t->hash = sw_alloc(A, t->cap * sizeof *t->hash);
	t->who = sw_alloc(A, t->cap * sizeof *t->who);
}

/* The entry of hash h that eq finds equal to x; else x is added. */
static const void *gtab_put(gtab *t, uint64_t h, const void *x,
                            int (*eq)(const void *, const void *))
{
	if (2 * (t->n + 1) > t->cap) {
		gtab old = *t;
		gtab_init(t, old.A, old.cap);
		for (size_t i = 0; i < old.cap; i++) {
			if (!old.who[i])
				continue;
			size_t k = old.hash[i] & (t->cap - 1);
			while (t->who[k])
				k = (k + 1) & (t->cap - 1);
			t->hash[k] = old.hash[i];
			t->who[k] = old.who[i];
			t->n++;
		}
	}
	size_t k = h & (t->cap - 1);
	for (; t->who[k]; k = (k + 1) & (t->cap - 1))
		if (t->hash[k] == h && eq(t->who[k], x))
			return t->who[k];
	t->hash[k] = h;
	t->who[k] = x;
	t->n++;
	return NULL;
}

static uint64_t bytes_hash(const char *s, size_t n, uint64_t h)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

static int same_str(sw_str a, sw_str b)
{
	return a.n == b.n && memcmp(a.s, b.s, a.n) == 0;
}

static int eq_title(const void *a, const void *b)
{
	const sw_org *x = a, *y = b;
	return sw_same_name(x->title.s, x->title.n, y->title.s, y->title.n);
}

static int eq_num(const void *a, const void *b)
{
	const sw_nument *x = a, *y = b;
	return x->scheme == y->scheme && same_str(x->number, y->number);
}

void sw_scope_init(sw_scope *sc, sw_workspace *w, const sw_source *src, const char *fallback,
                   const char *doc_dir, sw_arena *A, int nl)
{
	memset(sc, 0, sizeof *sc);
	sc->nl = nl;
	sc->w = w;
	sc->src = src;
	sc->fallback = fallback;
	sc->doc_dir = doc_dir;
	sc->A = A;
}

int sw_scope_any(const sw_scope *sc)
{
	/* a use that failed counts too: `party ID` then means the register */
	return sc->use_lines || sc->n_own;
}

sw_org *sw_scope_find(const sw_scope *sc, const char *s, size_t n)
{
	sw_org *o = sw_orgtab_find(&sc->own, s, n);
	for (size_t i = 0; !o && i < sc->n_uses; i++)
		o = sw_orgtab_find(&sc->uses[i]->scope, s, n);
	return o;
}

/* The resolved folder of the file and its repository, worked out when a
 * use first needs them (most files have none: they pay nothing). */
static void place(sw_scope *sc)
{
	if (sc->placed)
		return;
	sc->placed = 1;
	const char *path = sc->src->path ? sc->src->path : "";
	char dir[PATH_MAX], real[PATH_MAX], fb[PATH_MAX], root[PATH_MAX];
	const char *slash = strrchr(path, '/');
	int is_file = strcmp(path, "-") != 0 && path[0] != '<';
	if (!is_file)
		snprintf(dir, sizeof dir, "%s", sc->doc_dir ? sc->doc_dir : ".");
	else if (!slash)
		snprintf(dir, sizeof dir, ".");
	else
		snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
	sw_workspace *w = sc->w;
	/* files of one folder come one after the other: its resolved path and
	 * repository are worked out once (the key: the folder as named, and
	 * the root to fall back on) */
	sw_buf key = { 0 };
	sw_buf_printf(&key, "%s\n%s", dir, sc->fallback ? sc->fallback : "");
	int known = w->last_dir_in && strcmp(w->last_dir_in, sw_buf_str(&key)) == 0;
	if (known) {
		snprintf(real, sizeof real, "%s", w->last_dir);
	} else if (!realpath(dir, real)) {
		sw_buf_free(&key);
		return; /* no folder: every use is missing */
	}
	sc->dir = sw_strndup(sc->A, real, strlen(real));
	if (known) {
		sc->root = sw_strndup(sc->A, w->last_root, strlen(w->last_root));
	} else {
		const char *f = sc->fallback && realpath(sc->fallback, fb) ? fb : NULL;
		sw_repo_root(real, f, root);
		sc->root = sw_strndup(sc->A, root, strlen(root));
		free(w->last_dir);
		free(w->last_root);
		free(w->last_dir_in);
		w->last_dir = strdup(real);
		w->last_root = strdup(root);
		w->last_dir_in = strdup(sw_buf_str(&key));
		if (!w->last_dir || !w->last_root || !w->last_dir_in)
			abort();
	}
	sw_buf_free(&key);
	/* the file itself is known while it is checked: a use of it from
	 * below is a loop */
	const char *base = slash ? slash + 1 : path;
	struct stat st;
	/* its resolved path: the folder's and its own name, unless that is a
	 * link (then resolved as a whole) */
	if (is_file && *base) {
		sw_buf self = { 0 };
		sw_buf_printf(&self, "%s/%s", strcmp(real, "/") == 0 ? "" : real, base);
		char linked[PATH_MAX];
		if (lstat(sw_buf_str(&self), &st) == 0 && S_ISLNK(st.st_mode)) {
			if (realpath(path, linked))
				sc->self = sw_workspace_begin_source(w, linked);
		} else {
			sc->self = sw_workspace_begin_source(w, sw_buf_str(&self));
		}
		sw_buf_free(&self);
	}
}

/* The message of each reason a use fails. */
static sw_msg use_msg(sw_usefail f, sw_msg *help)
{
	switch (f) {
	case USE_ABSOLUTE: *help = M_USE_PATH_HELP; return M_USE_ABSOLUTE;
	case USE_OUTSIDE: *help = M_USE_PATH_HELP; return M_USE_OUTSIDE;
	case USE_MISSING: *help = M_USE_PATH_HELP; return M_USE_MISSING;
	case USE_NOT_REGULAR: *help = M_USE_PATH_HELP; return M_USE_NOT_REGULAR;
	case USE_TOO_BIG: *help = M_USE_TOO_BIG_HELP; return M_USE_TOO_BIG;
	case USE_UNREADABLE: *help = M_USE_PATH_HELP; return M_USE_UNREADABLE;
	case USE_LOOP: *help = M_USE_LOOP_HELP; return M_USE_LOOP;
	case USE_TOO_DEEP: *help = M_USE_TOO_DEEP_HELP; return M_USE_TOO_DEEP;
	case USE_NOT_REGISTER: *help = M_USE_NOT_REGISTER_HELP; return M_USE_NOT_REGISTER;
	default: *help = M_USE_ERRORS_HELP; return M_USE_ERRORS;
	}
}

void sw_use_report(sw_diags *D, sw_usefail why, const sw_arg *a, const sw_regfile *f,
                   size_t max_size)
{
	sw_msg help;
	sw_msg m = use_msg(why, &help);
	sw_diag *g = sw_diag_report(D, SW014, a->span, m);
	if (!g)
		return;
	g->help = help;
	sw_diag_arg(D, g, 1, a->text, a->len);
	char num[32];
	if (why == USE_TOO_BIG) {
		snprintf(num, sizeof num, "%zu", max_size);
		sw_diag_argz(D, g, 2, num);
	} else if (why == USE_TOO_DEEP) {
		snprintf(num, sizeof num, "%d", SW_USE_DEPTH);
		sw_diag_argz(D, g, 2, num);
	} else if (why == USE_ERRORS && f) {
		sw_diag_argz(D, g, 2, f->first_error ? f->first_error : f->shown);
		sw_diag_argz(D, g, 3, f->shown);
	}
}

void sw_scope_use(sw_scope *sc, sw_parser *P, const sw_stmt *top, const sw_arg *a)
{
	sc->use_lines++;
	if (sc->collabs) {
		sw_diag *g = sw_diag_report(P->diags, SW014, top->head->span, M_USE_AFTER);
		if (g) {
			g->help = M_USE_AFTER_HELP;
			sw_diag_argz(P->diags, g, 1, sw_kwtext(top));
		}
	}
	place(sc);
	sw_usefail why = USE_MISSING;
	sw_regfile *f = NULL;
	if (sc->dir) {
		const char *path = sc->src->path ? sc->src->path : ".";
		char shown[PATH_MAX];
		const char *slash = strrchr(path, '/');
		if (slash && path[0] != '<')
			snprintf(shown, sizeof shown, "%.*s", slash == path ? 1 : (int)(slash - path), path);
		else
			shown[0] = '\0';
		f = sw_workspace_use_from(sc->w, sc->dir, shown, sc->root, a->text, a->len, 1, &why);
	}
	if (why != USE_OK)
		sw_use_report(P->diags, why, a, f, sc->w->max_size);
	if (!f)
		return;
	for (size_t i = 0; i < sc->n_uses; i++)
		if (sc->uses[i] == f)
			return;
	SW_PUSH(sc->A, sc->uses, sc->n_uses, sc->cap_uses, f);
}

/* ---- numbers and names of organisations ---------------------------------- */

void sw_org_where(sw_diags *D, sw_diag *g, int i, const sw_org *o, const sw_regfile *here)
{
	char buf[PATH_MAX + 64];
	if (o->file == here || !o->file) {
		snprintf(buf, sizeof buf, "%u", (unsigned)o->at.start.line);
		sw_diag_argp(g, i, M_P_ON_LINE, sw_strndup(&D->arena, buf, strlen(buf)));
	} else {
		snprintf(buf, sizeof buf, "%s:%u:%u", o->file->shown, (unsigned)o->at.start.line,
		         (unsigned)o->at.start.col);
		sw_diag_argz(D, g, i, buf);
	}
}

/* SW015: number (of the register scheme, KW_KVK for the KvK) at at is also
 * that of first. The names of the registers are the same in both
 * languages (kvk, kbo, handelsregister). */
static void dup_number(sw_diags *D, sw_kw scheme, sw_str number, sw_span at, const sw_org *first,
                       const sw_regfile *here)
{
	sw_diag *g = sw_diag_report(D, SW015, at, M_DUP_NUMBER);
	if (!g)
		return;
	g->help = M_DUP_NUMBER_HELP;
	sw_diag_argz(D, g, 1, scheme == KW_KVK ? "KvK" : sw_kw_spell(scheme, SW_LANG_EN));
	sw_diag_arg(D, g, 2, number.s, number.n);
	sw_diag_arg(D, g, 3, first->id.s, first->id.n);
	sw_org_where(D, g, 4, first, here);
}

static void dup_title(sw_diags *D, const sw_org *o, const sw_org *first, const sw_regfile *here)
{
	sw_diag *g = sw_diag_report(D, SW016, o->at, M_DUP_ORG_TITLE);
	if (!g)
		return;
	g->help = M_DUP_ORG_HELP;
	sw_diag_arg(D, g, 1, o->id.s, o->id.n);
	sw_diag_arg(D, g, 2, o->title.s, o->title.n);
	sw_diag_arg(D, g, 3, first->id.s, first->id.n);
	sw_org_where(D, g, 4, first, here);
}

/* This file's numbers: the first entry of scheme and number, or NULL
 * after adding this one. */
static const sw_nument *num_put(sw_scope *sc, sw_kw scheme, sw_str number, sw_span at, sw_org *o)
{
	if (!sc->nums) {
		sc->nums = sw_alloc(sc->A, sizeof(gtab));
		gtab_init(sc->nums, sc->A, 16);
	}
	sw_nument *e = sw_alloc(sc->A, sizeof *e);
	e->scheme = scheme;
	e->number = number;
	e->at = at;
	e->org = o;
	return gtab_put(sc->nums, bytes_hash(number.s, number.n, (uint64_t)scheme), e, eq_num);
}

static void same_add(sw_scope *sc, const sw_org *o);

unsigned sw_org_allowed(sw_allow *allow, sw_span at)
{
	static const sw_check late[] = { SW015, SW016, SW018 };
	unsigned m = 0;
	for (size_t i = 0; allow && i < sizeof late / sizeof late[0]; i++)
		if (sw_suppress_filter(allow, late[i], at))
			m |= 1u << (late[i] - SW014);
	return m;
}

void sw_scope_declare(sw_scope *sc, sw_parser *P, const sw_party *p, sw_allow *allow)
{
	sw_org *o = sw_org_from_party(sc->A, p);
	o->allowed = sw_org_allowed(allow, o->at);
	/* SW302: its people need a role here, where they are registered */
	sw_sema s;
	memset(&s, 0, sizeof s);
	s.P = P;
	s.D = P->diags;
	s.lang = sw_parser_lang(P);
	s.nl = sc->nl;
	for (const sw_person *x = p->people; x; x = x->next)
		sw_check_role(&s, x);
	sw_org *first = sw_orgtab_find(&sc->own, o->id.s, o->id.n);
	if (first) {
		/* SW006: the same name twice in one file */
		sw_diag *g = sw_diag_report(P->diags, SW006, o->at, M_DUP_NAME);
		if (g) {
			char line[16];
			snprintf(line, sizeof line, "%u", (unsigned)first->at.start.line);
			sw_diag_arg(P->diags, g, 1, o->id.s, o->id.n);
			sw_diag_argz(P->diags, g, 2, line);
			g->has_span2 = 1;
			g->span2 = first->at;
			g->label2 = M_DUP_NAME_LABEL;
			g->help = M_DUP_ORG_HELP;
		}
		return;
	}
	/* SW016: another name for an organisation of the same title */
	if (o->title.n) {
		if (!sc->titles) {
			sc->titles = sw_alloc(sc->A, sizeof(gtab));
			gtab_init(sc->titles, sc->A, 16);
		}
		const sw_org *q = gtab_put(sc->titles, sw_name_hash(o->title.s, o->title.n), o, eq_title);
		if (q)
			dup_title(P->diags, o, q, NULL);
	}
	/* SW015: a number another organisation has */
	if (o->kvk.n) {
		const sw_nument *e = num_put(sc, KW_KVK, o->kvk, o->kvk_at, o);
		if (e)
			dup_number(P->diags, KW_KVK, o->kvk, o->kvk_at, e->org, NULL);
	}
	for (unsigned i = 0; i < o->n_regs; i++) {
		const sw_oreg *r = &o->regs[i];
		if (!r->scheme || !r->number.n)
			continue;
		const sw_nument *e = num_put(sc, r->scheme, r->number, r->at, o);
		if (e && e->org != o)
			dup_number(P->diags, r->scheme, r->number, r->at, e->org, NULL);
	}
	sw_orgtab_add(&sc->own, sc->A, o);
	same_add(sc, o);
	SW_PUSH(sc->A, sc->own_list, sc->n_own, sc->cap_own, o);
}

void sw_scope_end(sw_scope *sc, sw_parser *P)
{
	/* what a named organisation is part of is named with it */
	for (size_t i = 0; sc->collabs && i < sc->n_own; i++) {
		const sw_org *o = sc->own_list[i];
		for (int depth = 0; o && o->used && o->part_of_id.n && depth < 64; depth++) {
			sw_org *up = sw_scope_find(sc, o->part_of_id.s, o->part_of_id.n);
			if (!up || up == o || up->used++)
				break;
			o = up;
		}
	}
	for (size_t i = 0; i < sc->n_own; i++) {
		const sw_org *o = sc->own_list[i];
		/* SW007: part-of names no organisation of the register */
		if (o->part_of_id.n && !sw_scope_find(sc, o->part_of_id.s, o->part_of_id.n)) {
			sw_diag *g = sw_diag_report(P->diags, SW007, o->part_of_at, M_UNKNOWN_ORG);
			if (g) {
				g->help = M_UNKNOWN_ORG_PART_OF_HELP;
				sw_diag_arg(P->diags, g, 1, o->part_of_id.s, o->part_of_id.n);
			}
		}
		/* SW018: in a file of collaborations, its own organisations are
		 * its own business: one none of them names is not needed */
		if (sc->collabs && !o->used && !(o->allowed & (1u << (SW018 - SW014)))) {
			sw_diag *g = sw_diag_report(P->diags, SW018, o->at, M_ORG_UNUSED);
			if (g) {
				g->help = M_ORG_UNUSED_HELP;
				sw_diag_arg(P->diags, g, 1, o->id.s, o->id.n);
			}
		}
	}
	if (sc->self)
		sw_workspace_end_source(sc->w, sc->src, sc->root, sc->collabs);
	else if (!sc->placed && sc->n_own && !sc->collabs) {
		/* a register none of the files before it used: known from now */
		place(sc);
		if (sc->self)
			sw_workspace_end_source(sc->w, sc->src, sc->root, 0);
	}
}

/* ---- across the files of a run ------------------------------------------ */

static int by_shown(const void *a, const void *b)
{
	return strcmp((*(sw_regfile *const *)a)->shown, (*(sw_regfile *const *)b)->shown);
}

static int eq_id(const void *a, const void *b)
{
	return same_str(((const sw_org *)a)->id, ((const sw_org *)b)->id);
}

/* a number: its org, scheme and text, in a small record */
typedef struct gnum {
	const sw_org *org;
	const sw_oreg *reg;   /* NULL: the KvK number */
	sw_kw scheme;
	sw_str number;
} gnum;

static int eq_gnum(const void *a, const void *b)
{
	const gnum *x = a, *y = b;
	return x->scheme == y->scheme && same_str(x->number, y->number);
}

/* The organisations of a table, by title and by KvK number: built for a
 * register the first time a party declared in full is looked up in it. */
typedef struct sameidx {
	gtab title, kvk;
} sameidx;

static int eq_kvk(const void *a, const void *b)
{
	return same_str(((const sw_org *)a)->kvk, ((const sw_org *)b)->kvk);
}

static sameidx *index_of(sw_arena *A, const sw_orgtab *t)
{
	sameidx *x = sw_alloc(A, sizeof *x);
	gtab_init(&x->title, A, t->n);
	gtab_init(&x->kvk, A, t->n);
	for (uint32_t k = 0; k < t->cap; k++) {
		const sw_org *o = t->v[k];
		if (!o)
			continue;
		if (o->title.n)
			gtab_put(&x->title, sw_name_hash(o->title.s, o->title.n), o, eq_title);
		if (o->kvk.n)
			gtab_put(&x->kvk, bytes_hash(o->kvk.s, o->kvk.n, 1), o, eq_kvk);
	}
	return x;
}

/* Add one of this file's organisations to its index. */
static void same_add(sw_scope *sc, const sw_org *o)
{
	if (!sc->same) {
		sameidx *x = sw_alloc(sc->A, sizeof *x);
		gtab_init(&x->title, sc->A, 16);
		gtab_init(&x->kvk, sc->A, 16);
		sc->same = x;
	}
	sameidx *x = sc->same;
	if (o->title.n)
		gtab_put(&x->title, sw_name_hash(o->title.s, o->title.n), o, eq_title);
	if (o->kvk.n)
		gtab_put(&x->kvk, bytes_hash(o->kvk.s, o->kvk.n, 1), o, eq_kvk);
}

/* The organisation of x with p's KvK number, or else with its title. */
static const sw_org *same_in(const sameidx *x, const sw_org *probe)
{
	const sw_org *o = NULL;
	size_t k;
	if (probe->kvk.n) {
		uint64_t h = bytes_hash(probe->kvk.s, probe->kvk.n, 1);
		for (k = h & (x->kvk.cap - 1); x->kvk.who[k] && !o; k = (k + 1) & (x->kvk.cap - 1))
			if (x->kvk.hash[k] == h && eq_kvk(x->kvk.who[k], probe))
				o = x->kvk.who[k];
	}
	if (!o && probe->title.n) {
		uint64_t h = sw_name_hash(probe->title.s, probe->title.n);
		for (k = h & (x->title.cap - 1); x->title.who[k] && !o; k = (k + 1) & (x->title.cap - 1))
			if (x->title.hash[k] == h && eq_title(x->title.who[k], probe))
				o = x->title.who[k];
	}
	return o;
}

const sw_org *sw_scope_same(sw_scope *sc, const sw_party *p)
{
	sw_org probe;
	memset(&probe, 0, sizeof probe);
	if (p->d.title) {
		probe.title.s = p->d.title->text;
		probe.title.n = p->d.title->len;
	}
	const sw_arg *k = p->kvk ? sw_stmt_args(p->kvk) : NULL;
	if (k && k->kind == ARG_STRING) {
		probe.kvk.s = k->text;
		probe.kvk.n = k->len;
	}
	if (!probe.title.n && !probe.kvk.n)
		return NULL;
	if (sc->same) {
		const sw_org *o = same_in(sc->same, &probe);
		if (o)
			return o;
	}
	for (size_t i = 0; i < sc->n_uses; i++) {
		sw_regfile *f = sc->uses[i];
		if (!f->same)
			f->same = index_of(&sc->w->A, &f->scope);
		const sw_org *o = same_in(f->same, &probe);
		if (o)
			return o;
	}
	return NULL;
}

/* Mark what the used organisations are part of as used too. */
static void mark_parents(sw_org *o, int depth)
{
	if (!o->file || !o->part_of_id.n || depth > 64)
		return;
	sw_org *p = sw_orgtab_find(&o->file->scope, o->part_of_id.s, o->part_of_id.n);
	if (p && p != o && !p->used++)
		mark_parents(p, depth + 1);
}

static void settle(sw_workspace *w)
{
	if (w->settled)
		return;
	w->settled = 1;
	size_t n = 0, norgs = 0;
	w->sorted = sw_alloc(&w->A, (w->n + 1) * sizeof *w->sorted);
	for (size_t i = 0; i < w->n; i++) {
		sw_regfile *f = w->files[i];
		if (f->n_orgs && !f->stale && (f->fail == USE_OK || f->fail == USE_LOOP)) {
			w->sorted[n++] = f;
			norgs += f->n_orgs;
		}
	}
	w->n_sorted = n;
	if (n > 1)
		qsort(w->sorted, n, sizeof *w->sorted, by_shown);
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < w->sorted[i]->n_orgs; k++)
			if (w->sorted[i]->orgs[k]->used)
				mark_parents(w->sorted[i]->orgs[k], 0);
	if (n < 2)
		return; /* one register: what it holds twice was said when it was checked */
	gtab ids, titles, nums;
	gtab_init(&ids, &w->A, norgs);
	gtab_init(&titles, &w->A, norgs);
	size_t nn = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < w->sorted[i]->n_orgs; k++)
			nn += 1 + w->sorted[i]->orgs[k]->n_regs;
	gtab_init(&nums, &w->A, nn);
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < w->sorted[i]->n_orgs; k++) {
			sw_org *o = w->sorted[i]->orgs[k];
			const sw_org *t = gtab_put(&ids, bytes_hash(o->id.s, o->id.n, 1469598103934665603u), o, eq_id);
			/* only another file's: one file's twice is SW006, said there */
			if (t && ((const sw_org *)t)->file != o->file)
				o->twin_id = t;
			if (o->title.n) {
				t = gtab_put(&titles, sw_name_hash(o->title.s, o->title.n), o, eq_title);
				if (t && ((const sw_org *)t)->file != o->file && !same_str(((const sw_org *)t)->id, o->id))
					o->twin_title = t;
			}
			for (unsigned r = 0; r <= o->n_regs; r++) {
				if (r == o->n_regs ? !o->kvk.n : !o->regs[r].scheme || !o->regs[r].number.n)
					continue;
				gnum *g = sw_alloc(&w->A, sizeof *g);
				g->org = o;
				if (r == o->n_regs) {
					g->scheme = KW_KVK;
					g->number = o->kvk;
				} else {
					g->reg = &o->regs[r];
					g->scheme = o->regs[r].scheme;
					g->number = o->regs[r].number;
				}
				const gnum *e = gtab_put(&nums, bytes_hash(g->number.s, g->number.n, (uint64_t)g->scheme), g, eq_gnum);
				if (e && e->org->file != o->file && !o->twin_num &&
				    !same_str(e->org->id, o->id)) {
					o->twin_num = e->org;
					o->twin_reg = g->reg;
				}
			}
		}
	}
}

size_t sw_workspace_registers(sw_workspace *w)
{
	settle(w);
	return w->n_sorted;
}

const sw_regfile *sw_workspace_register(sw_workspace *w, size_t i)
{
	settle(w);
	return i < w->n_sorted ? w->sorted[i] : NULL;
}

void sw_workspace_report(sw_workspace *w, size_t i, int unused, sw_diags *out)
{
	settle(w);
	if (i >= w->n_sorted)
		return;
	sw_regfile *f = w->sorted[i];
	for (size_t k = 0; k < f->n_orgs; k++) {
		const sw_org *o = f->orgs[k];
		unsigned allowed = o->allowed;
		if (o->twin_id && !(allowed & (1u << (SW016 - SW014)))) {
			sw_diag *g = sw_diag_report(out, SW016, o->at, M_DUP_ORG_ID);
			if (g) {
				g->help = M_DUP_ORG_HELP;
				sw_diag_arg(out, g, 1, o->id.s, o->id.n);
				sw_org_where(out, g, 2, o->twin_id, f);
			}
		} else if (o->twin_title && !(allowed & (1u << (SW016 - SW014)))) {
			dup_title(out, o, o->twin_title, f);
		}
		if (o->twin_num && !(allowed & (1u << (SW015 - SW014)))) {
			const sw_oreg *r = o->twin_reg;
			dup_number(out, r ? r->scheme : KW_KVK, r ? r->number : o->kvk, r ? r->at : o->kvk_at,
			           o->twin_num, f);
		}
		/* a second entry of one name is SW016's: never named, of course */
		if (unused && f->checked && !o->used && !o->twin_id &&
		    !(allowed & (1u << (SW018 - SW014)))) {
			sw_diag *g = sw_diag_report(out, SW018, o->at, M_ORG_UNUSED);
			if (g) {
				g->help = M_ORG_UNUSED_HELP;
				sw_diag_arg(out, g, 1, o->id.s, o->id.n);
			}
		}
	}
	sw_diags_sort(out);
}
