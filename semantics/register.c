/* Reading registers of organisations for `use`, each once per workspace.
 * A used file is found as docs/security.md says the command line finds
 * files: its path is relative to the file that uses it and must resolve,
 * links included, to a regular file inside the repository; it is read
 * without following a link (the resolved path has none), at most
 * max_size bytes, and uses go at most SW_USE_DEPTH deep. A FIFO or a
 * device is refused before it is opened. */
#include "register.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../base/buf.h"
#include "../base/path.h"
#include "../parser/parser.h"
#include "../parser/shape.h"
#include "core.h"
#include "suppress.h"

/* ---- organisations by name -------------------------------------------- */

static uint32_t hash_of(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

void sw_orgtab_add(sw_orgtab *t, sw_arena *A, sw_org *o)
{
	if (2 * (t->n + 1) > t->cap) {
		uint32_t cap = t->cap ? 2 * t->cap : 16;
		sw_org **v = sw_alloc(A, cap * sizeof *v);
		for (uint32_t i = 0; i < t->cap; i++) {
			if (!t->v[i])
				continue;
			uint32_t k = hash_of(t->v[i]->id.s, t->v[i]->id.n) & (cap - 1);
			while (v[k])
				k = (k + 1) & (cap - 1);
			v[k] = t->v[i];
		}
		t->v = v;
		t->cap = cap;
	}
	uint32_t k = hash_of(o->id.s, o->id.n) & (t->cap - 1);
	for (; t->v[k]; k = (k + 1) & (t->cap - 1))
		if (t->v[k]->id.n == o->id.n && memcmp(t->v[k]->id.s, o->id.s, o->id.n) == 0)
			return; /* the first one wins */
	t->v[k] = o;
	t->n++;
}

sw_org *sw_orgtab_find(const sw_orgtab *t, const char *s, size_t n)
{
	if (!t->cap)
		return NULL;
	for (uint32_t k = hash_of(s, n) & (t->cap - 1); t->v[k]; k = (k + 1) & (t->cap - 1))
		if (t->v[k]->id.n == n && memcmp(t->v[k]->id.s, s, n) == 0)
			return t->v[k];
	return NULL;
}

/* ---- an organisation out of its tree ------------------------------------ */

static sw_str copy(sw_arena *A, const char *s, size_t n)
{
	sw_str x = { NULL, 0 };
	if (s) {
		x.s = sw_strndup(A, s, n);
		x.n = (uint32_t)n;
	}
	return x;
}

static sw_str arg_copy(sw_arena *A, const sw_arg *a)
{
	return a ? copy(A, a->text, a->len) : copy(A, NULL, 0);
}

sw_org *sw_org_from_party(sw_arena *A, const sw_party *p)
{
	sw_org *o = sw_alloc(A, sizeof *o);
	o->id = arg_copy(A, p->d.name);
	o->title = arg_copy(A, p->d.title);
	o->at = p->d.name->span;
	o->kind = p->kind;
	if (p->kvk && sw_stmt_args(p->kvk)) {
		o->kvk = arg_copy(A, sw_stmt_args(p->kvk));
		o->kvk_at = sw_stmt_args(p->kvk)->span;
	}
	if (p->part_of_ref) {
		o->part_of_id = arg_copy(A, p->part_of_ref->arg);
		o->part_of_at = p->part_of_ref->arg->span;
	} else if (p->part_of_text) {
		o->part_of_text = arg_copy(A, p->part_of_text);
		o->part_of_at = p->part_of_text->span;
	}
	for (const sw_registration *r = p->registrations; r; r = r->next)
		o->n_regs++;
	/* most organisations have neither: nothing allocated for them */
	o->regs = o->n_regs ? sw_alloc(A, o->n_regs * sizeof *o->regs) : NULL;
	unsigned i = 0;
	for (const sw_registration *r = p->registrations; r; r = r->next, i++) {
		o->regs[i].scheme = r->scheme;
		o->regs[i].number = arg_copy(A, r->number);
		o->regs[i].at = r->number ? r->number->span : r->stmt->span;
	}
	o->people = p->n_people ? sw_alloc(A, p->n_people * sizeof *o->people) : NULL;
	for (const sw_person *x = p->people; x; x = x->next) {
		sw_operson *y = &o->people[o->n_people++];
		y->name = arg_copy(A, x->name);
		y->title = arg_copy(A, x->title);
		y->role = x->role;
		y->role_stated = x->role_stated;
	}
	return o;
}

/* ---- the workspace ------------------------------------------------------ */

void sw_workspace_init(sw_workspace *w, size_t max_size)
{
	memset(w, 0, sizeof *w);
	sw_arena_init(&w->A);
	w->max_size = max_size ? max_size : SW_MAX_SOURCE;
}

void sw_workspace_free(sw_workspace *w)
{
	for (size_t i = 0; i < w->n; i++)
		sw_source_free(&w->files[i]->src);
	free(w->files);
	free(w->tab);
	free(w->last_dir);
	free(w->last_root);
	free(w->last_dir_in);
	free(w->memo_key);
	free(w->memo_root);
	free(w->checking);
	sw_arena_free(&w->A);
	memset(w, 0, sizeof *w);
}

static int inside(const char *root, const char *real)
{
	size_t n = strlen(root);
	if (strcmp(root, "/") == 0)
		return real[0] == '/';
	return strncmp(real, root, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

void sw_repo_root(const char *dir, const char *fallback, char *out)
{
	char d[PATH_MAX];
	snprintf(d, sizeof d, "%s", dir);
	for (;;) {
		char git[PATH_MAX + 8];
		struct stat st;
		snprintf(git, sizeof git, "%s/.git", strcmp(d, "/") == 0 ? "" : d);
		if (lstat(git, &st) == 0) {
			snprintf(out, PATH_MAX, "%s", d);
			return;
		}
		char *slash = strrchr(d, '/');
		if (!slash || slash == d)
			break;
		*slash = '\0';
	}
	if (fallback && inside(fallback, dir))
		snprintf(out, PATH_MAX, "%s", fallback);
	else
		snprintf(out, PATH_MAX, "%s", dir);
}

/* The files read, by resolved path: a checked folder puts every file in
 * the cache, so lookups must not walk it. */
static sw_regfile **slot(const sw_workspace *w, const char *real)
{
	uint32_t h = hash_of(real, strlen(real));
	size_t k = h & (w->tabcap - 1);
	for (; w->tab[k]; k = (k + 1) & (w->tabcap - 1))
		if (strcmp(w->tab[k]->real, real) == 0)
			break;
	return &w->tab[k];
}

/* Is dir/rel, with "." and ".." taken as written, inside root? Writes the
 * path relative to root into out. */
static int lexically_inside(const char *root, const char *dir, const char *rel, size_t n,
                            char *out, size_t cap)
{
	size_t rl = strcmp(root, "/") == 0 ? 0 : strlen(root);
	if (strncmp(dir, root, rl) != 0 || (dir[rl] != '/' && dir[rl] != '\0'))
		return 0;
	char path[PATH_MAX];
	int k = snprintf(path, sizeof path, "%s/%.*s", dir + rl, (int)n, rel);
	if (k < 0 || (size_t)k >= sizeof path)
		return 0;
	/* the components, "." dropped and ".." taking one back */
	size_t len = 0;
	out[0] = '\0';
	for (char *c = path, *e; *c; c = e) {
		e = strchr(c, '/');
		size_t m = e ? (size_t)(e - c) : strlen(c);
		e = e ? e + 1 : c + m;
		if (m == 0 || (m == 1 && c[0] == '.'))
			continue;
		if (m == 2 && c[0] == '.' && c[1] == '.') {
			if (!len)
				return 0; /* above the root */
			while (len && out[len - 1] != '/')
				len--;
			if (len)
				len--;
			out[len] = '\0';
			continue;
		}
		if (len + m + 2 > cap)
			return 0;
		if (len)
			out[len++] = '/';
		memcpy(out + len, c, m);
		len += m;
		out[len] = '\0';
	}
	return len > 0;
}

static sw_regfile *cached(const sw_workspace *w, const char *real)
{
	return w->tabcap ? *slot(w, real) : NULL;
}

static void remember(sw_workspace *w, sw_regfile *f)
{
	if (2 * (w->ntab + 1) > w->tabcap) {
		size_t old = w->tabcap;
		sw_regfile **t = w->tab;
		w->tabcap = old ? 2 * old : 64;
		w->tab = calloc(w->tabcap, sizeof *w->tab);
		if (!w->tab)
			abort();
		for (size_t i = 0; i < old; i++)
			if (t[i])
				*slot(w, t[i]->real) = t[i];
		free(t);
	}
	*slot(w, f->real) = f;
	w->ntab++;
}

static void remember_use(sw_workspace *w, const char *dir, const char *rel, size_t n,
                         const char *root, sw_regfile *f)
{
	sw_buf b = { 0 };
	sw_buf_printf(&b, "%s/%.*s", dir, (int)n, rel);
	free(w->memo_key);
	free(w->memo_root);
	w->memo_key = strdup(sw_buf_str(&b));
	w->memo_root = strdup(root);
	sw_buf_free(&b);
	if (!w->memo_key || !w->memo_root)
		abort();
	w->memo = f;
}

static sw_regfile *new_file(sw_workspace *w, const char *real, const char *shown)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 8;
		w->files = realloc(w->files, w->cap * sizeof *w->files);
		if (!w->files)
			abort();
	}
	sw_regfile *f = sw_alloc(&w->A, sizeof *f);
	f->real = real ? sw_strndup(&w->A, real, strlen(real)) : NULL;
	f->shown = sw_strndup(&w->A, shown, strlen(shown));
	w->files[w->n++] = f;
	if (f->real)
		remember(w, f);
	return f;
}

/* The folder of a path ("" when it has none), into out. */
static void folder_of(const char *path, char *out, size_t cap)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		snprintf(out, cap, "%s", path[0] == '/' ? "/" : "");
	else if (slash == path)
		snprintf(out, cap, "/");
	else
		snprintf(out, cap, "%.*s", (int)(slash - path), path);
}

/* Reading one register: its statements as they come. */
typedef struct load {
	sw_workspace *w;
	sw_regfile *f;
	const char *dir, *root;  /* its folder (resolved), the repository */
	char shown_dir[PATH_MAX];
	int depth;
	int loop;               /* a use in it, or below, is a loop */
} load;

static void on_register_top(void *ud, sw_parser *P, sw_stmt *top, sw_comment *tail)
{
	load *L = ud;
	(void)tail;
	if (!top)
		return;
	if (top->kw == KW_COLLABORATION) {
		L->f->fail = USE_NOT_REGISTER; /* its checks are its own business */
		return;
	}
	/* what a comment allows in the file's own check is no error here */
	sw_allow *allow = sw_suppress_collect(P, top, NULL);
	P->diags->filter = allow ? sw_suppress_filter : NULL;
	P->diags->filter_ud = allow;
	sw_shape_top(P, top, sw_parser_lang(P));
	if (top->kw == KW_USE && top->node) {
		const sw_arg *a = top->node;
		sw_usefail why;
		char sd[PATH_MAX];
		snprintf(sd, sizeof sd, "%s", L->shown_dir);
		sw_regfile *u = sw_workspace_use_from(L->w, L->dir, sd, L->root, a->text, a->len,
		                                      L->depth + 1, &why);
		size_t i = 0;
		while (u && i < L->f->n_uses && L->f->uses[i] != u)
			i++;
		if (u && i == L->f->n_uses) /* once, however often it is named */
			SW_PUSH(&L->w->A, L->f->uses, L->f->n_uses, L->f->cap_uses, u);
		/* counted as an error of this file, and said when it is checked */
		L->loop |= why == USE_LOOP;
		L->f->deep |= why == USE_TOO_DEEP || (u && u->deep);
		if (why != USE_OK)
			sw_use_report(P->diags, why, a, u, L->w->max_size);
	} else if (top->kw == KW_ORGANISATION && top->node) {
		sw_org *o = sw_org_from_party(&L->w->A, top->node);
		o->file = L->f;
		o->allowed = sw_org_allowed(allow, o->at);
		SW_PUSH(&L->w->A, L->f->orgs, L->f->n_orgs, L->f->cap_orgs, o);
	}
	P->diags->filter = NULL;
}

/* Read f's text (already in f->src) as a register. */
static void read_register(sw_workspace *w, sw_regfile *f, const char *dir, const char *root,
                          int depth)
{
	load L;
	memset(&L, 0, sizeof L);
	L.w = w;
	L.f = f;
	L.dir = dir;
	L.root = root;
	L.depth = depth;
	folder_of(f->shown, L.shown_dir, sizeof L.shown_dir);
	sw_diags d;
	sw_diags_init(&d, 0);
	sw_parser P;
	f->loading = 1;
	sw_parser_init(&P, &f->src, &d, on_register_top, &L);
	sw_parser_run(&P);
	sw_parser_free(&P);
	f->loading = 0;
	sw_diags_sort(&d);
	f->errors = d.count[SEV_ERROR];
	for (size_t i = 0; i < d.len; i++) {
		if (d.v[i].sev != SEV_ERROR)
			continue;
		sw_buf b = { 0 };
		sw_buf_printf(&b, "%s:%u:%u", f->shown, (unsigned)d.v[i].span.start.line,
		              (unsigned)d.v[i].span.start.col);
		f->first_error = sw_strndup(&w->A, sw_buf_str(&b), b.len);
		sw_buf_free(&b);
		break;
	}
	sw_diags_free(&d);
	if (L.loop)
		f->fail = USE_LOOP;
	else if (f->fail == USE_OK && !f->n_orgs && !f->n_uses)
		f->fail = USE_NOT_REGISTER;
	/* its scope: its own organisations, then those of the files it uses */
	for (size_t i = 0; i < f->n_orgs; i++)
		sw_orgtab_add(&f->scope, &w->A, f->orgs[i]);
	for (size_t i = 0; i < f->n_uses; i++) {
		const sw_orgtab *t = &f->uses[i]->scope;
		for (uint32_t k = 0; k < t->cap; k++)
			if (t->v[k])
				sw_orgtab_add(&f->scope, &w->A, t->v[k]);
	}
}

sw_regfile *sw_workspace_use_from(sw_workspace *w, const char *dir, const char *shown_dir,
                                  const char *root, const char *rel, size_t n, int depth,
                                  sw_usefail *fail)
{
	*fail = USE_OK;
	if (!n || memchr(rel, '\0', n)) {
		*fail = USE_MISSING;
		return NULL;
	}
	if (rel[0] == '/') {
		*fail = USE_ABSOLUTE;
		return NULL;
	}
	char joined[PATH_MAX], real[PATH_MAX];
	if (strlen(dir) + n + 2 > sizeof joined) {
		*fail = USE_UNREADABLE;
		return NULL;
	}
	/* the files of one folder use the same register: the last path found
	 * is remembered, by the folder and the text of the use */
	snprintf(joined, sizeof joined, "%s/%.*s", dir, (int)n, rel);
	if (w->memo_key && strcmp(w->memo_key, joined) == 0 && w->memo_root &&
	    strcmp(w->memo_root, root) == 0 && !w->memo->loading &&
	    !(w->memo->deep && depth < w->memo->depth)) {
		sw_regfile *f = w->memo;
		*fail = f->fail != USE_OK ? f->fail : f->errors ? USE_ERRORS : USE_OK;
		return f->fail == USE_OK || f->fail == USE_LOOP ? f : NULL;
	}
	/* judged on its text first: a path that leaves the repository is not
	 * looked at */
	if (!lexically_inside(root, dir, rel, n, joined, sizeof joined)) {
		*fail = USE_OUTSIDE;
		return NULL;
	}
	/* then looked up inside the repository only, each link resolved by
	 * samw itself: a link out of it is as missing as a missing file, so
	 * that nothing outside is probed */
	sw_found found = sw_path_find_inside(root, joined, strlen(joined));
	if (found != SW_FOUND_FILE) {
		*fail = found == SW_FOUND_DIR ? USE_NOT_REGULAR : USE_MISSING;
		return NULL;
	}
	snprintf(joined, sizeof joined, "%s/%.*s", dir, (int)n, rel);
	if (!realpath(joined, real) || !inside(root, real)) {
		*fail = USE_MISSING; /* changed since it was looked up */
		return NULL;
	}
	if (w->checking && strcmp(w->checking, real) == 0) {
		*fail = USE_LOOP; /* back to the file being checked */
		return NULL;
	}
	sw_regfile *f = cached(w, real);
	if (f && f->deep && !f->loading && depth < f->depth) {
		/* what it lacked was beyond the limit from there, not from here */
		f->stale = 1;
		f = NULL;
	}
	if (f && !f->loading)
		remember_use(w, dir, rel, n, root, f);
	if (f) {
		if (f->loading) {
			*fail = USE_LOOP;
			return NULL;
		}
		*fail = f->fail != USE_OK ? f->fail : f->errors ? USE_ERRORS : USE_OK;
		return f->fail == USE_OK || f->fail == USE_LOOP ? f : NULL;
	}
	if (depth > SW_USE_DEPTH) {
		*fail = USE_TOO_DEEP;
		return NULL;
	}
	struct stat st;
	if (lstat(real, &st) != 0) {
		*fail = USE_MISSING;
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		*fail = USE_NOT_REGULAR;
		return NULL;
	}
	char shown[PATH_MAX];
	if (!shown_dir[0])
		snprintf(shown, sizeof shown, "%.*s", (int)n, rel);
	else
		snprintf(shown, sizeof shown, "%s/%.*s", shown_dir, (int)n, rel);
	f = new_file(w, real, shown);
	f->depth = depth;
	remember_use(w, dir, rel, n, root, f);
	int err = 0;
	sw_read_status st2 = sw_source_read(f->real, w->max_size, SW_READ_NOFOLLOW, &f->src, &err);
	f->src.path = f->shown;
	if (st2 != SW_READ_OK) {
		f->fail = st2 == SW_READ_MISSING ? USE_MISSING
		        : st2 == SW_READ_TOO_BIG ? USE_TOO_BIG
		        : st2 == SW_READ_FAILED && err != ELOOP ? USE_UNREADABLE : USE_NOT_REGULAR;
		*fail = f->fail;
		return NULL;
	}
	char fdir[PATH_MAX];
	folder_of(f->real, fdir, sizeof fdir);
	read_register(w, f, fdir, root, depth);
	*fail = f->fail != USE_OK ? f->fail : f->errors ? USE_ERRORS : USE_OK;
	return f->fail == USE_OK || f->fail == USE_LOOP ? f : NULL;
}

int sw_workspace_begin_source(sw_workspace *w, const char *real)
{
	free(w->checking);
	w->checking = NULL;
	sw_regfile *f = cached(w, real);
	if (f) {
		f->checked = 1;
		return 0;
	}
	w->checking = strdup(real);
	if (!w->checking)
		abort();
	return 1;
}

void sw_workspace_end_source(sw_workspace *w, const sw_source *src, const char *root, int collabs)
{
	char *real = w->checking;
	w->checking = NULL;
	/* a file of collaborations is not kept: a use of it reads it, and
	 * finds it is no register */
	if (!real || collabs) {
		free(real);
		return;
	}
	sw_regfile *f = new_file(w, real, src->path);
	free(real);
	f->checked = 1;
	sw_source_copy(&f->src, f->shown, src->text, src->len);
	char fdir[PATH_MAX];
	folder_of(f->real, fdir, sizeof fdir);
	read_register(w, f, fdir, root, 0);
}
