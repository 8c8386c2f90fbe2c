/* Comparing two versions of a set of files: snapshots of their
 * collaborations (the digest of each, with its diagnostics), matched by
 * name at every level, and the list of what changed between them. */
#include "change.h"

#include <stdlib.h>
#include <string.h>

#include "../diagnostics/render.h"
#include "../parser/shape.h"
#include "sentence.h"

/* ---- the fields compared ------------------------------------------------ */

/* F(id, json name, noun, list, phrase for an item added, for one removed) */
#define CFIELDS(F)                                                                      \
	F(TITLE, "title", M_P_CH_F_TITLE, 0, M_NONE, M_NONE)                               \
	F(FORM, "form", M_P_CH_F_FORM, 0, M_NONE, M_NONE)                                  \
	F(PHASE, "phase", M_P_CH_F_PHASE, 0, M_NONE, M_NONE)                               \
	F(HISTORY, "phases", M_P_CH_F_HISTORY, 1, M_NONE, M_NONE)                          \
	F(TERM, "term", M_P_CH_F_TERM, 0, M_NONE, M_NONE)                                  \
	F(EXTENSIONS, "extensions", M_P_CH_F_EXTENSION, 1, M_NONE, M_NONE)                 \
	F(RENEWAL, "renewal", M_P_CH_F_RENEWAL, 0, M_NONE, M_NONE)                         \
	F(REVIEWS, "reviews", M_P_CH_F_REVIEW, 1, M_NONE, M_NONE)                          \
	F(EXIT, "exit", M_P_CH_F_EXIT, 0, M_NONE, M_NONE)                                  \
	F(STRATEGY, "strategy", M_P_CH_F_STRATEGY, 0, M_NONE, M_NONE)                      \
	F(PROCESS, "process", M_P_CH_F_PROCESS, 0, M_NONE, M_NONE)                         \
	F(STYLE, "style", M_P_CH_F_STYLE, 0, M_NONE, M_NONE)                               \
	F(BASIS, "basis", M_P_CH_F_BASIS, 0, M_NONE, M_NONE)                               \
	F(MEMBERSHIP, "membership", M_P_CH_F_MEMBERSHIP, 0, M_NONE, M_NONE)                \
	F(BUDGET, "budget", M_P_CH_F_BUDGET, 0, M_NONE, M_NONE)                            \
	F(GOALS, "goals", M_P_CH_F_GOAL, 1, M_NONE, M_NONE)                                \
	F(RESULTS, "results", M_P_CH_F_RESULT, 1, M_NONE, M_NONE)                          \
	F(GOVERNANCE, "governance", M_P_CH_F_GOVERNANCE, 0, M_NONE, M_NONE)                \
	F(ESCALATION, "escalation", M_P_CH_F_ESCALATION, 0, M_NONE, M_NONE)                \
	F(MANDATES, "mandates", M_P_CH_F_MANDATE, 1, M_NONE, M_NONE)                       \
	F(KIND, "kind", M_P_CH_F_KIND, 0, M_NONE, M_NONE)                                  \
	F(PART_OF, "part_of", M_P_CH_F_PART_OF, 0, M_NONE, M_NONE)                         \
	F(JOINED, "joined", M_P_CH_F_JOINED, 0, M_NONE, M_NONE)                            \
	F(LEFT, "left", M_P_CH_F_LEFT, 0, M_NONE, M_NONE)                                  \
	F(KVK, "kvk", M_P_CH_F_KVK, 0, M_NONE, M_NONE)                                     \
	F(REGISTRATIONS, "registrations", M_P_CH_F_REGISTRATION, 1, M_NONE, M_NONE)        \
	F(REPRESENTS, "represents", M_P_CH_F_REPRESENTS, 0, M_NONE, M_NONE)                \
	F(INTERESTS, "interests", M_P_CH_F_INTEREST, 1, M_NONE, M_NONE)                    \
	F(CONTRIBUTIONS, "contributions", M_P_CH_F_CONTRIBUTION, 1, M_NONE, M_NONE)        \
	F(GIVES_UP, "gives_up", M_P_CH_F_GIVES_UP, 1, M_NONE, M_NONE)                      \
	F(PEOPLE, "people", M_P_CH_F_PERSON, 1, M_NONE, M_NONE)                            \
	F(ROLE, "role", M_P_CH_F_ROLE, 0, M_NONE, M_NONE)                                  \
	F(KINDS, "kinds", M_P_CH_F_KIND, 1, M_NONE, M_NONE)                                \
	F(PARTIES, "parties", M_P_CH_F_BOUND, 1, M_P_CH_BINDS_ADDED, M_P_CH_BINDS_REMOVED) \
	F(ABOUT, "about", M_P_CH_F_ABOUT, 0, M_NONE, M_NONE)                               \
	F(ENTITY, "entity", M_P_CH_F_ENTITY, 0, M_NONE, M_NONE)                            \
	F(SHARES, "shares", M_P_CH_F_SHARES, 1, M_P_CH_SHARES_ADDED, M_P_CH_SHARES_REMOVED) \
	F(DOCUMENTS, "documents", M_P_CH_F_DOCUMENT, 1, M_NONE, M_NONE)                    \
	F(SIGNED, "signed", M_P_CH_F_SIGNED, 0, M_NONE, M_NONE)                            \
	F(EFFECTIVE, "effective", M_P_CH_F_EFFECTIVE, 0, M_NONE, M_NONE)                   \
	F(AMENDS, "amends", M_P_CH_F_AMENDS, 0, M_NONE, M_NONE)                            \
	F(ACQUIRED, "acquired", M_P_CH_F_ACQUIRED, 0, M_NONE, M_NONE)                      \
	F(MEMBERS, "members", M_P_CH_F_MEMBER, 1, M_NONE, M_NONE)                          \
	F(DECIDES, "decides", M_P_CH_F_DECIDES, 0, M_NONE, M_NONE)                         \
	F(CHAIR, "chair", M_P_CH_F_CHAIR, 0, M_NONE, M_NONE)                               \
	F(SECRETARY, "secretary", M_P_CH_F_SECRETARY, 0, M_NONE, M_NONE)                   \
	F(VETO, "veto", M_P_CH_F_VETO, 1, M_NONE, M_NONE)

enum {
#define F(id, js, noun, list, add, rm) CF_##id,
	CFIELDS(F)
#undef F
	CF__COUNT
};

static const struct {
	const char *id;
	sw_msg noun;
	int list;
	sw_msg added, removed;
} fields[] = {
#define F(id, js, noun, list, add, rm) { js, noun, list, add, rm },
	CFIELDS(F)
#undef F
};

const char *sw_cfield_id(int f)
{
	return fields[f].id;
}

sw_msg sw_cfield_noun(int f)
{
	return fields[f].noun;
}

sw_msg sw_cfield_added(int f)
{
	return fields[f].added;
}

sw_msg sw_cfield_removed(int f)
{
	return fields[f].removed;
}

int sw_cfield_is_left(int f)
{
	return f == CF_LEFT;
}

/* ---- snapshots ------------------------------------------------------------ */

void sw_snapshot_init(sw_snapshot *s, int nl)
{
	memset(s, 0, sizeof *s);
	sw_arena_init(&s->arena);
	s->nl = nl;
}

void sw_snapshot_free(sw_snapshot *s)
{
	for (size_t i = 0; i < s->n_units; i++)
		free(s->units[i]->diags);
	free(s->units);
	free(s->files);
	sw_arena_free(&s->arena);
}

static sw_cunit *new_unit(sw_snapshot *s, size_t file, int is_collab)
{
	if (s->n_units == s->cap_units) {
		s->cap_units = s->cap_units ? 2 * s->cap_units : 16;
		s->units = realloc(s->units, s->cap_units * sizeof *s->units);
		if (!s->units)
			abort();
	}
	sw_cunit *u = sw_alloc(&s->arena, sizeof *u);
	u->is_collab = is_collab;
	u->file = file;
	s->units[s->n_units++] = u;
	return u;
}

static void keep_unit(sw_arena *A, sw_cunit *u, const sw_digest *x);

typedef struct adding {
	sw_snapshot *s;
	size_t file;
} adding;

static void on_collab(void *ud, const sw_source *src, sw_collab *c, const sw_verdict *v,
                      const sw_tally *t, const sw_diags *d, size_t first)
{
	adding *a = ud;
	(void)t, (void)d, (void)first;
	sw_cunit *u = new_unit(a->s, a->file, 1);
	sw_digest x;
	sw_digest_make(&x, src, c, v, NULL, 0, a->s->nl);
	keep_unit(&a->s->arena, u, &x);
	sw_digest_free(&x);
	const sw_stmt *st = c->stmt;
	u->lo = st->span.start.off;
	u->hi = st->has_block && st->close.end.off > st->span.end.off ? st->close.end.off : st->span.end.off;
}

void sw_change_identity(sw_buf *b, const sw_diag *g)
{
	/* keywords quoted from the file in their English spelling: a file
	 * written again in Dutch by fmt --lang says the same */
	sw_darg args[SW_DARGS];
	memcpy(args, g->args, sizeof args);
	for (int i = 0; i < SW_DARGS; i++) {
		sw_lang lang;
		sw_kw k = args[i].text ? sw_kw_lookup(args[i].text, strlen(args[i].text), &lang) : KW_NONE;
		if (k)
			args[i].text = sw_kw_spell(k, SW_LANG_EN);
	}
	sw_buf m = { 0 };
	sw_msg_expand(&m, g->msg, args, 0);
	const char *s = sw_buf_str(&m);
	for (size_t i = 0; i < m.len; i++) {
		sw_buf_putc(b, s[i]);
		if (i + 5 < m.len && memcmp(s + i, "line ", 5) == 0 && s[i + 5] >= '0' && s[i + 5] <= '9') {
			sw_buf_puts(b, "ine #");
			i += 5;
			while (i + 1 < m.len && s[i + 1] >= '0' && s[i + 1] <= '9')
				i++;
		}
	}
	sw_buf_free(&m);
}

static void add_diag(sw_snapshot *s, sw_cunit *u, const sw_diag *g, sw_buf *t)
{
	if (u->n_diags == u->cap_diags) {
		u->cap_diags = u->cap_diags ? 2 * u->cap_diags : 8;
		u->diags = realloc(u->diags, u->cap_diags * sizeof *u->diags);
		if (!u->diags)
			abort();
	}
	sw_cdiag *x = &u->diags[u->n_diags++];
	x->check = g->check;
	x->sev = g->sev;
	x->line = g->span.start.line;
	x->col = g->span.start.col;
	sw_buf_reset(t);
	sw_buf_printf(t, "%s %s ", sw_check_info(g->check)->code, sw_sev_name(g->sev));
	sw_change_identity(t, g);
	x->key.s = sw_strndup(&s->arena, sw_buf_str(t), t->len);
	x->key.n = t->len;
	sw_buf m = { 0 };
	sw_render_msg(&m, g, g->msg, s->nl);
	x->msg.s = sw_strndup(&s->arena, sw_buf_str(&m), m.len);
	x->msg.n = m.len;
	sw_buf_free(&m);
}

void sw_snapshot_add(sw_snapshot *s, const sw_source *src, const char *key, const sw_check_opts *o)
{
	if (s->n_files == s->cap_files) {
		s->cap_files = s->cap_files ? 2 * s->cap_files : 16;
		s->files = realloc(s->files, s->cap_files * sizeof *s->files);
		if (!s->files)
			abort();
	}
	sw_cfile *f = &s->files[s->n_files];
	f->path = sw_strndup(&s->arena, src->path, strlen(src->path));
	f->key = key ? sw_strndup(&s->arena, key, strlen(key)) : f->path;
	adding a = { s, s->n_files++ };
	size_t first = s->n_units;
	sw_cunit *outside = new_unit(s, a.file, 0);
	sw_check_opts co = *o;
	co.max_diags = 0;
	co.nl = s->nl;
	sw_diags d;
	sw_diags_init(&d, 0);
	sw_check_source(src, &co, &d, on_collab, &a);
	f = &s->files[a.file];
	f->first_unit = first;
	f->n_units = s->n_units - first;
	/* each diagnostic to the collaboration it lies in (they are in order
	 * of their offsets), or to the file */
	sw_buf t = { 0 };
	size_t lo = first + 1, hi = s->n_units;
	for (size_t i = 0; i < d.len; i++) {
		const sw_diag *g = &d.v[i];
		uint32_t off = g->span.start.off;
		size_t a0 = lo, b0 = hi;
		sw_cunit *u = outside;
		while (a0 < b0) {
			size_t m = a0 + (b0 - a0) / 2;
			if (off < s->units[m]->lo) {
				b0 = m;
			} else if (off > s->units[m]->hi) {
				a0 = m + 1;
			} else {
				u = s->units[m];
				break;
			}
		}
		add_diag(s, u, g, &t);
	}
	sw_buf_free(&t);
	sw_diags_free(&d);
}

/* ---- values --------------------------------------------------------------- */

/* Room for n items (none when n is 0: most fields of most subjects are
 * empty, and a file may hold very many subjects). */
static void val_init(sw_arena *A, sw_cvalue *v, size_t n)
{
	v->v = n ? sw_alloc(A, n * sizeof *v->v) : NULL;
	v->n = 0;
}

enum { ITEM_ATOMS = 3 }; /* the most atoms an item has (a person: name, role, title) */

static sw_citem *item(sw_arena *A, sw_cvalue *v, size_t atoms, int paren)
{
	sw_citem *it = &v->v[v->n++];
	it->a = sw_alloc(A, atoms * sizeof *it->a);
	it->paren = paren;
	return it;
}

static void atom(sw_citem *it, int type, sw_kw kw, sw_text t)
{
	sw_catom *a = &it->a[it->n++];
	a->type = type;
	a->kw = kw;
	a->t = t;
}

static sw_text nothing(void)
{
	sw_text t = { NULL, 0 };
	return t;
}

/* A copy of t in A (none stays none). */
static sw_text keep(sw_arena *A, sw_text t)
{
	if (t.s)
		t.s = sw_strndup(A, t.s, t.n);
	return t;
}

/* The key of each item: its atoms, each marked with its type. */
static void seal(sw_arena *A, sw_cvalue *v)
{
	sw_buf b = { 0 };
	for (size_t i = 0; i < v->n; i++) {
		sw_citem *it = &v->v[i];
		size_t at[ITEM_ATOMS];
		sw_buf_reset(&b);
		for (size_t k = 0; k < it->n; k++) {
			const sw_catom *a = &it->a[k];
			if (a->type == ATOM_KW || a->type == ATOM_PHRASE) {
				sw_buf_printf(&b, "%d:%d\x1f", a->type, a->type == ATOM_KW ? (int)a->kw : (int)a->msg);
				continue;
			}
			sw_buf_printf(&b, "%d:", a->type);
			at[k] = b.len;
			sw_buf_put(&b, a->t.s ? a->t.s : "", a->t.n);
			sw_buf_putc(&b, '\x1f');
		}
		it->key.s = sw_strndup(A, sw_buf_str(&b), b.len);
		it->key.n = b.len;
		/* each text is in the key: the value needs no other copy to
		 * outlive the digest */
		for (size_t k = 0; k < it->n; k++)
			if (it->a[k].t.s && it->a[k].type != ATOM_KW && it->a[k].type != ATOM_PHRASE)
				it->a[k].t.s = it->key.s + at[k];
	}
	sw_buf_free(&b);
}

/* The keys of every field of a subject. */
static void seal_all(sw_arena *A, sw_cvalue *v)
{
	for (int f = 0; f < CF__COUNT; f++)
		seal(A, &v[f]);
}

/* A value of one atom, or none when the atom is not stated. */
static void one(sw_arena *A, sw_cvalue *v, int type, sw_kw kw, sw_text t)
{
	int stated = (type == ATOM_KW && kw) || (type != ATOM_KW && t.s);
	val_init(A, v, stated);
	if (stated)
		atom(item(A, v, 1, 0), type, kw, t);
}

static void texts(sw_arena *A, sw_cvalue *v, const sw_texts *t, int type)
{
	val_init(A, v, t->n);
	for (size_t i = 0; i < t->n; i++)
		atom(item(A, v, 1, 0), type, KW_NONE, t->v[i]);
}

static void kws(sw_arena *A, sw_cvalue *v, const sw_kw *k, size_t n)
{
	val_init(A, v, n);
	for (size_t i = 0; i < n; i++)
		atom(item(A, v, 1, 0), ATOM_KW, k[i], nothing());
}

/* An amount as "EUR 1250000.00", whatever way it was written. */
static sw_text money(sw_arena *A, const sw_damount *a)
{
	char s[64];
	long long c = a->cents < 0 ? 0 : a->cents;
	int n = snprintf(s, sizeof s, "%s %lld.%02lld", a->currency, c / 100, c % 100);
	sw_text t = { sw_strndup(A, s, (size_t)n), (size_t)n };
	return t;
}

static void involved(sw_arena *A, sw_cvalue *out, const sw_dinvolved *in)
{
	one(A, &out[CF_KVK], ATOM_TEXT, KW_NONE, in->kvk);
	one(A, &out[CF_REPRESENTS], ATOM_TEXT, KW_NONE, in->represents);
	texts(A, &out[CF_INTERESTS], &in->interests, ATOM_TEXT);
	sw_cvalue *v = &out[CF_REGISTRATIONS];
	val_init(A, v, in->n_registrations);
	for (size_t i = 0; i < in->n_registrations; i++) {
		sw_citem *it = item(A, v, 2, 0);
		if (in->registrations[i].scheme)
			atom(it, ATOM_KW, in->registrations[i].scheme, nothing());
		atom(it, ATOM_TEXT, KW_NONE, in->registrations[i].number);
	}
	v = &out[CF_CONTRIBUTIONS];
	val_init(A, v, in->n_contributions);
	for (size_t i = 0; i < in->n_contributions; i++) {
		const sw_dcontribution *q = &in->contributions[i];
		sw_citem *it = item(A, v, 2, 1);
		atom(it, ATOM_TEXT, KW_NONE, q->text);
		if (q->amount.valid)
			atom(it, ATOM_PLAIN, KW_NONE, money(A, &q->amount));
	}
	v = &out[CF_PEOPLE];
	val_init(A, v, in->n_people);
	for (size_t i = 0; i < in->n_people; i++) {
		const sw_dperson *p = &in->people[i];
		sw_citem *it = item(A, v, 3, 1);
		atom(it, ATOM_TEXT, KW_NONE, p->name);
		if (p->role)
			atom(it, ATOM_KW, p->role, nothing());
		if (p->title.s)
			atom(it, ATOM_TEXT, KW_NONE, p->title);
	}
}

/* The values of every field of each kind of subject; a field the subject
 * does not have stays empty (and so never changes). */
static void collab_values(sw_arena *A, sw_cvalue *out, const sw_digest *x)
{
	one(A, &out[CF_TITLE], ATOM_TEXT, KW_NONE, x->title);
	one(A, &out[CF_FORM], ATOM_KW, x->form, nothing());
	one(A, &out[CF_PHASE], ATOM_KW, x->phase, nothing());
	sw_cvalue *v = &out[CF_HISTORY];
	val_init(A, v, x->n_phases);
	/* the history before the present phase: the present one is its own field */
	for (size_t i = 0; i + 1 < x->n_phases; i++) {
		sw_citem *it = item(A, v, 3, 1);
		atom(it, ATOM_KW, x->phases[i].phase, nothing());
		if (x->phases[i].since.s)
			atom(it, ATOM_PLAIN, KW_NONE, x->phases[i].since);
		if (x->phases[i].note.s)
			atom(it, ATOM_TEXT, KW_NONE, x->phases[i].note);
	}
	v = &out[CF_TERM];
	val_init(A, v, x->has_term);
	if (x->has_term) {
		sw_citem *it = item(A, v, 3, 0);
		atom(it, ATOM_PLAIN, KW_NONE, x->term_start);
		atom(it, ATOM_KW, KW_UNTIL, nothing());
		if (x->term_open)
			atom(it, ATOM_KW, KW_OPEN, nothing());
		else
			atom(it, ATOM_PLAIN, KW_NONE, x->term_end);
	}
	texts(A, &out[CF_EXTENSIONS], &x->extensions, ATOM_PLAIN);
	one(A, &out[CF_RENEWAL], ATOM_KW, x->renewal, nothing());
	texts(A, &out[CF_REVIEWS], &x->reviews, ATOM_PLAIN);
	one(A, &out[CF_EXIT], ATOM_TEXT, KW_NONE, x->exit);
	one(A, &out[CF_STRATEGY], ATOM_TEXT, KW_NONE, x->strategy);
	one(A, &out[CF_PROCESS], ATOM_TEXT, KW_NONE, x->process);
	one(A, &out[CF_STYLE], ATOM_TEXT, KW_NONE, x->style);
	v = &out[CF_BASIS];
	val_init(A, v, x->basis != KW_NONE);
	if (x->basis) {
		sw_citem *it = item(A, v, 2, 1);
		atom(it, ATOM_KW, x->basis, nothing());
		if (x->basis_text.s)
			atom(it, ATOM_TEXT, KW_NONE, x->basis_text);
	}
	v = &out[CF_MEMBERSHIP];
	val_init(A, v, x->membership != 0);
	if (x->membership) {
		char s[32];
		int n = snprintf(s, sizeof s, "%u", x->membership);
		sw_text t = { sw_strndup(A, s, (size_t)n), (size_t)n };
		sw_citem *it = item(A, v, 2, 1);
		atom(it, ATOM_PLAIN, KW_NONE, t);
		if (x->membership_text.s)
			atom(it, ATOM_TEXT, KW_NONE, x->membership_text);
	}
	v = &out[CF_BUDGET];
	val_init(A, v, x->budget.valid != 0);
	if (x->budget.valid)
		atom(item(A, v, 1, 0), ATOM_PLAIN, KW_NONE, money(A, &x->budget));
	texts(A, &out[CF_GOALS], &x->goals, ATOM_TEXT);
	texts(A, &out[CF_RESULTS], &x->results, ATOM_TEXT);
	v = &out[CF_GOVERNANCE];
	val_init(A, v, x->has_governance != 0);
	if (x->has_governance)
		atom(item(A, v, 1, 0), ATOM_KW, KW_GOVERNANCE, nothing()); /* a block, stated or not */
	one(A, &out[CF_ESCALATION], ATOM_TEXT, KW_NONE, x->escalation);
	v = &out[CF_MANDATES];
	val_init(A, v, x->n_mandates);
	for (size_t i = 0; i < x->n_mandates; i++) {
		sw_citem *it = item(A, v, 2, 1);
		atom(it, ATOM_NAME, KW_NONE, x->mandates[i].party);
		atom(it, ATOM_TEXT, KW_NONE, x->mandates[i].domain);
	}
}

static void party_values(sw_arena *A, sw_cvalue *out, const sw_dparty *p)
{
	one(A, &out[CF_TITLE], ATOM_TEXT, KW_NONE, p->title);
	one(A, &out[CF_KIND], ATOM_KW, p->kind, nothing());
	one(A, &out[CF_PART_OF], p->part_of_party ? ATOM_NAME : ATOM_TEXT, KW_NONE, p->part_of);
	one(A, &out[CF_JOINED], ATOM_PLAIN, KW_NONE, p->joined);
	one(A, &out[CF_LEFT], ATOM_PLAIN, KW_NONE, p->left);
	texts(A, &out[CF_GIVES_UP], &p->gives_up, ATOM_TEXT);
	involved(A, out, &p->in);
}

static void stakeholder_values(sw_arena *A, sw_cvalue *out, const sw_dstakeholder *k)
{
	one(A, &out[CF_TITLE], ATOM_TEXT, KW_NONE, k->title);
	one(A, &out[CF_ROLE], ATOM_KW, k->role, nothing());
	involved(A, out, &k->in);
}

static void agreement_values(sw_arena *A, sw_cvalue *out, const sw_dagreement *g)
{
	one(A, &out[CF_TITLE], ATOM_TEXT, KW_NONE, g->title);
	kws(A, &out[CF_KINDS], g->kinds, g->n_kinds);
	sw_cvalue *v = &out[CF_PARTIES];
	if (g->all_parties) {
		/* every party, whoever joins or leaves */
		val_init(A, v, 1);
		sw_citem *it = item(A, v, 1, 0);
		atom(it, ATOM_PHRASE, KW_NONE, nothing());
		it->a[0].msg = M_P_R_ALL_PARTIES;
	} else {
		texts(A, v, &g->parties, ATOM_NAME);
	}
	one(A, &out[CF_ABOUT], ATOM_TEXT, KW_NONE, g->about);
	one(A, &out[CF_ENTITY], ATOM_TEXT, KW_NONE, g->entity);
	sw_kw sh[SW_SHARED];
	size_t n = 0;
	for (int k = 0; k < SW_SHARED; k++)
		if (g->shares & (1u << k))
			sh[n++] = sw_shared_kw(k);
	kws(A, &out[CF_SHARES], sh, n);
	texts(A, &out[CF_DOCUMENTS], &g->documents, ATOM_TEXT);
	one(A, &out[CF_SIGNED], ATOM_PLAIN, KW_NONE, g->signed_on);
	one(A, &out[CF_EFFECTIVE], ATOM_PLAIN, KW_NONE, g->effective);
	one(A, &out[CF_AMENDS], ATOM_NAME, KW_NONE, g->amends);
	one(A, &out[CF_ACQUIRED], g->acquired_party ? ATOM_NAME : ATOM_TEXT, KW_NONE, g->acquired);
}

static void body_values(sw_arena *A, sw_cvalue *out, const sw_dbody *y)
{
	one(A, &out[CF_TITLE], ATOM_TEXT, KW_NONE, y->title);
	texts(A, &out[CF_MEMBERS], &y->members, ATOM_NAME);
	sw_cvalue *v = &out[CF_DECIDES];
	val_init(A, v, y->decides || y->decider.s);
	if (y->decides) {
		sw_citem *it = item(A, v, 2, 1);
		atom(it, ATOM_KW, y->decides, nothing());
		if (y->majority.s)
			atom(it, ATOM_PLAIN, KW_NONE, y->majority);
	} else if (y->decider.s) {
		atom(item(A, v, 1, 0), ATOM_NAME, KW_NONE, y->decider);
	}
	one(A, &out[CF_CHAIR], ATOM_NAME, KW_NONE, y->chair.n ? y->chair.v[0] : nothing());
	one(A, &out[CF_SECRETARY], ATOM_NAME, KW_NONE, y->secretary.n ? y->secretary.v[0] : nothing());
	texts(A, &out[CF_VETO], &y->veto, ATOM_NAME);
}

/* ---- matching by name -------------------------------------------------------- */

typedef struct named {
	sw_text name;
	int side;       /* 0 old, 1 new */
	size_t index;
} named;

static int text_cmp(sw_text a, sw_text b)
{
	size_t n = a.n < b.n ? a.n : b.n;
	int c = n ? memcmp(a.s, b.s, n) : 0;
	return c ? c : a.n < b.n ? -1 : a.n > b.n;
}

static int by_name(const void *x, const void *y)
{
	const named *a = x, *b = y;
	int c = text_cmp(a->name, b->name);
	if (c)
		return c;
	if (a->side != b->side)
		return a->side - b->side;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* For each new name, the old one of the same name (the k-th of a name
 * with the k-th), or -1; in time n log n, however many there are. */
static void match(const sw_text *old, size_t no, const sw_text *new_, size_t nn, long *pair,
                  unsigned char *old_used)
{
	named *v = malloc((no + nn + 1) * sizeof *v);
	if (!v)
		abort();
	for (size_t i = 0; i < no; i++)
		v[i] = (named){ old[i], 0, i };
	for (size_t i = 0; i < nn; i++) {
		v[no + i] = (named){ new_[i], 1, i };
		pair[i] = -1;
	}
	memset(old_used, 0, no + 1);
	qsort(v, no + nn, sizeof *v, by_name);
	for (size_t i = 0; i < no + nn;) {
		size_t j = i, k;
		while (j < no + nn && text_cmp(v[j].name, v[i].name) == 0)
			j++;
		for (k = i; k < j && v[k].side == 0; k++)
			;
		/* [i, k) old, [k, j) new */
		for (size_t a = i, b = k; a < k && b < j; a++, b++) {
			pair[v[b].index] = (long)v[a].index;
			old_used[v[a].index] = 1;
		}
		i = j;
	}
	free(v);
}

/* The keys of two lists and what match() makes of them. */
typedef struct pairing {
	sw_text *ka, *kb;
	long *pair;
	unsigned char *used;
	size_t na, nb;
} pairing;

static void pairing_init(pairing *p, size_t na, size_t nb)
{
	p->na = na;
	p->nb = nb;
	p->ka = malloc((na + 1) * sizeof *p->ka);
	p->kb = malloc((nb + 1) * sizeof *p->kb);
	p->pair = malloc((nb + 1) * sizeof *p->pair);
	p->used = malloc(na + 1);
	if (!p->ka || !p->kb || !p->pair || !p->used)
		abort();
}

/* Match the keys, once they are filled in. */
static void pairing_match(pairing *p)
{
	match(p->ka, p->na, p->kb, p->nb, p->pair, p->used);
}

static void pairing_free(pairing *p)
{
	free(p->ka);
	free(p->kb);
	free(p->pair);
	free(p->used);
}

/* ---- the list of changes ----------------------------------------------------- */

typedef struct cmp {
	sw_changes *c;
	const sw_snapshot *old, *new_;
	size_t file;            /* in new (or old, for a file removed) */
	const char *path, *old_path;
	sw_text collab;
	unsigned collab_line;
} cmp;

static sw_change *add(cmp *m, sw_chkind kind, sw_csubject subj, sw_text name, unsigned line)
{
	sw_changes *c = m->c;
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 32;
		c->v = realloc(c->v, c->cap * sizeof *c->v);
		if (!c->v)
			abort();
	}
	sw_change *x = &c->v[c->n++];
	memset(x, 0, sizeof *x);
	x->kind = kind;
	x->file = m->file;
	x->path = m->path;
	x->old_path = m->old_path;
	x->collab = m->collab;
	x->subject = subj;
	x->name = name;
	x->line = line;
	return x;
}

static void flag(cmp *m, sw_change *x, unsigned f)
{
	x->flags |= f;
	m->c->flags |= f;
}

static sw_cvalue single(sw_arena *A, const sw_citem *it)
{
	sw_cvalue v;
	val_init(A, &v, 1);
	v.v[0] = *it;
	v.n = 1;
	return v;
}

static void compare_field(cmp *m, int f, const sw_cvalue *a, const sw_cvalue *b, sw_csubject subj,
                          sw_text name, unsigned line)
{
	sw_arena *A = &m->c->arena;
	if (!fields[f].list) {
		if (!a->n && !b->n)
			return;
		if (a->n && b->n && text_cmp(a->v[0].key, b->v[0].key) == 0)
			return;
		sw_change *x = add(m, !a->n ? CH_SET : !b->n ? CH_UNSET : CH_CHANGED, subj, name, line);
		x->field = f;
		x->before = *a;
		x->after = *b;
		if (f == CF_LEFT && b->n && subj == SUBJ_PARTY)
			flag(m, x, CHF_PARTY_LEFT);
		return;
	}
	/* one item for another (a kind, a member) is a change of it, when the
	 * field has no phrases of its own for adding and removing */
	if (a->n == 1 && b->n == 1 && fields[f].added == M_NONE) {
		if (text_cmp(a->v[0].key, b->v[0].key) != 0) {
			sw_change *x = add(m, CH_CHANGED, subj, name, line);
			x->field = f;
			x->before = *a;
			x->after = *b;
		}
		return;
	}
	pairing p;
	pairing_init(&p, a->n, b->n);
	for (size_t i = 0; i < a->n; i++)
		p.ka[i] = a->v[i].key;
	for (size_t i = 0; i < b->n; i++)
		p.kb[i] = b->v[i].key;
	pairing_match(&p);
	for (size_t i = 0; i < a->n; i++) {
		if (p.used[i])
			continue;
		sw_change *x = add(m, CH_ITEM_REMOVED, subj, name, line);
		x->field = f;
		x->before = single(A, &a->v[i]);
	}
	for (size_t i = 0; i < b->n; i++) {
		if (p.pair[i] >= 0)
			continue;
		sw_change *x = add(m, CH_ITEM_ADDED, subj, name, line);
		x->field = f;
		x->after = single(A, &b->v[i]);
	}
	pairing_free(&p);
}

/* Every field stated in a or b, in the order of the fields. */
static void compare_values(cmp *m, const sw_cfields *a, const sw_cfields *b, sw_csubject subj,
                           sw_text name, unsigned line)
{
	static const sw_cvalue none = { NULL, 0 };
	size_t i = 0, j = 0;
	for (int f = 0; f < CF__COUNT; f++) {
		const sw_cvalue *va = i < a->n && a->id[i] == f ? &a->v[i++] : &none;
		const sw_cvalue *vb = j < b->n && b->id[j] == f ? &b->v[j++] : &none;
		if (va->n || vb->n)
			compare_field(m, f, va, vb, subj, name, line);
	}
}

/* Fill out[] for element i of a list of subjects. */
typedef void (*values_fn)(sw_arena *A, sw_cvalue *out, const void *list, size_t i);

static void party_at(sw_arena *A, sw_cvalue *out, const void *l, size_t i)
{
	party_values(A, out, &((const sw_dparty *)l)[i]);
}

static void stakeholder_at(sw_arena *A, sw_cvalue *out, const void *l, size_t i)
{
	stakeholder_values(A, out, &((const sw_dstakeholder *)l)[i]);
}

static void agreement_at(sw_arena *A, sw_cvalue *out, const void *l, size_t i)
{
	agreement_values(A, out, &((const sw_dagreement *)l)[i]);
}

static void body_at(sw_arena *A, sw_cvalue *out, const void *l, size_t i)
{
	body_values(A, out, &((const sw_dbody *)l)[i]);
}

/* The names, lines and values of a list of subjects of the digest. */
#define SUBJECTS(s, arr, cnt, fn)                                                      \
	do {                                                                           \
		(s).n = (cnt);                                                         \
		(s).names = sw_alloc(A, ((cnt) + 1) * sizeof *(s).names);              \
		(s).lines = sw_alloc(A, ((cnt) + 1) * sizeof *(s).lines);              \
		(s).vals = sw_alloc(A, ((cnt) + 1) * sizeof *(s).vals);                \
		for (size_t i_ = 0; i_ < (cnt); i_++) {                                \
			(s).names[i_] = keep(A, (arr)[i_].name);                       \
			(s).lines[i_] = (arr)[i_].line;                                \
			memset(all, 0, sizeof all);                                    \
			fn(A, all, (arr), i_);                                         \
			stated(A, &(s).vals[i_], all);                                 \
		}                                                                      \
	} while (0)

/* The stated fields of all[], sealed, into out. */
static void stated(sw_arena *A, sw_cfields *out, sw_cvalue *all)
{
	seal_all(A, all);
	size_t n = 0;
	for (int f = 0; f < CF__COUNT; f++)
		n += all[f].n != 0;
	out->n = 0;
	out->id = sw_alloc(A, n + 1);
	out->v = sw_alloc(A, (n + 1) * sizeof *out->v);
	for (int f = 0; f < CF__COUNT; f++) {
		if (all[f].n) {
			out->id[out->n] = (unsigned char)f;
			out->v[out->n++] = all[f];
		}
	}
}

static void keep_unit(sw_arena *A, sw_cunit *u, const sw_digest *x)
{
	sw_cvalue all[CF__COUNT];
	u->name = keep(A, x->name);
	u->line = x->line;
	sw_verdict_copy(&u->verdict, &x->verdict, A);
	memset(all, 0, sizeof all);
	collab_values(A, all, x);
	stated(A, &u->vals, all);
	SUBJECTS(u->subj[0], x->parties, x->n_parties, party_at);
	SUBJECTS(u->subj[1], x->stakeholders, x->n_stakeholders, stakeholder_at);
	SUBJECTS(u->subj[2], x->agreements, x->n_agreements, agreement_at);
	SUBJECTS(u->subj[3], x->bodies, x->n_bodies, body_at);
}

static void compare_subjects(cmp *m, sw_csubject subj, const sw_csubjects *a, const sw_csubjects *b)
{
	pairing p;
	pairing_init(&p, a->n, b->n);
	memcpy(p.ka, a->names, a->n * sizeof *p.ka);
	memcpy(p.kb, b->names, b->n * sizeof *p.kb);
	pairing_match(&p);
	for (size_t i = 0; i < b->n; i++) {
		if (p.pair[i] < 0)
			add(m, CH_ADDED, subj, b->names[i], b->lines[i]);
		else
			compare_values(m, &a->vals[p.pair[i]], &b->vals[i], subj,
			               b->names[i], b->lines[i]);
	}
	for (size_t i = 0; i < a->n; i++) {
		if (p.used[i])
			continue;
		sw_change *x = add(m, CH_REMOVED, subj, a->names[i], m->collab_line);
		if (subj == SUBJ_PARTY)
			flag(m, x, CHF_PARTY_LEFT);
	}
	pairing_free(&p);
}

static void compare_diags(cmp *m, const sw_cunit *a, const sw_cunit *b)
{
	size_t na = a ? a->n_diags : 0;
	pairing p;
	pairing_init(&p, na, b->n_diags);
	for (size_t i = 0; i < na; i++)
		p.ka[i] = a->diags[i].key;
	for (size_t i = 0; i < b->n_diags; i++)
		p.kb[i] = b->diags[i].key;
	pairing_match(&p);
	for (size_t i = 0; i < b->n_diags; i++) {
		if (p.pair[i] >= 0)
			continue;
		const sw_cdiag *g = &b->diags[i];
		sw_change *x = add(m, CH_DIAG_NEW, SUBJ_NONE, nothing(), g->line);
		x->diag = g;
		if (g->sev == SEV_ERROR)
			flag(m, x, CHF_NEW_ERROR);
		else if (g->sev == SEV_WARNING)
			flag(m, x, CHF_NEW_WARNING);
	}
	for (size_t i = 0; i < na; i++) {
		if (p.used[i])
			continue;
		sw_change *x = add(m, CH_DIAG_FIXED, SUBJ_NONE, nothing(), m->collab_line);
		x->diag = &a->diags[i];
	}
	pairing_free(&p);
}

static void compare_collab(cmp *m, const sw_cunit *ua, const sw_cunit *ub)
{
	sw_arena *A = &m->c->arena;
	compare_values(m, &ua->vals, &ub->vals, SUBJ_COLLAB, ub->name, ub->line);
	static const sw_csubject kinds[SW_CSUBJECTS] = { SUBJ_PARTY, SUBJ_STAKEHOLDER, SUBJ_AGREEMENT, SUBJ_BODY };
	for (int k = 0; k < SW_CSUBJECTS; k++)
		compare_subjects(m, kinds[k], &ua->subj[k], &ub->subj[k]);

	const sw_cunit *a = ua, *b = ub;
	const sw_verdict *p = &a->verdict, *q = &b->verdict;
	if (p->status != q->status) {
		sw_change *x = add(m, CH_VERDICT, SUBJ_NONE, nothing(), b->line);
		x->old_status = p->status;
		x->new_status = q->status;
		sw_buf t = { 0 };
		sw_sentence(&t, q, m->c->nl);
		x->sentence.s = sw_strndup(A, sw_buf_str(&t), t.len);
		x->sentence.n = t.len;
		sw_buf_free(&t);
		if (p->status == V_COLLABORATION)
			flag(m, x, CHF_VERDICT_LOST);
	}
	for (int k = CRIT_C1; k < CRIT__COUNT; k++) {
		if (p->crit[k] == q->crit[k])
			continue;
		sw_change *x = add(m, CH_CRITERION, SUBJ_NONE, nothing(), b->line);
		x->crit = k;
		x->old_status = p->crit[k];
		x->new_status = q->crit[k];
	}
	compare_diags(m, ua, ub);
}

static sw_text unit_name(const sw_cunit *u)
{
	return u->name;
}

/* The units of file f of s: [*first, *first + *n). */
static void units_of(const sw_snapshot *s, size_t f, size_t *first, size_t *n)
{
	*first = s->files[f].first_unit;
	*n = s->files[f].n_units;
}

static void compare_file(cmp *m, long fa, size_t fb)
{
	size_t a0 = 0, an = 0, b0, bn;
	if (fa >= 0)
		units_of(m->old, (size_t)fa, &a0, &an);
	units_of(m->new_, fb, &b0, &bn);
	/* the first unit of a file is what lies outside its collaborations */
	sw_cunit *const *ua = m->old->units + a0, *const *ub = m->new_->units + b0;
	size_t ca = an ? an - 1 : 0, cb = bn - 1;
	pairing p;
	pairing_init(&p, ca, cb);
	for (size_t i = 0; i < ca; i++)
		p.ka[i] = unit_name(ua[i + 1]);
	for (size_t i = 0; i < cb; i++)
		p.kb[i] = unit_name(ub[i + 1]);
	pairing_match(&p);
	m->collab = nothing();
	m->collab_line = 0;
	compare_diags(m, an ? ua[0] : NULL, ub[0]);
	for (size_t i = 0; i < cb; i++) {
		const sw_cunit *u = ub[i + 1];
		m->collab = u->name;
		m->collab_line = u->line;
		if (p.pair[i] < 0) {
			add(m, CH_COLLAB_ADDED, SUBJ_COLLAB, u->name, u->line);
			compare_diags(m, NULL, u);
		} else {
			compare_collab(m, ua[p.pair[i] + 1], u);
		}
	}
	m->collab_line = 0;
	for (size_t i = 0; i < ca; i++) {
		if (!p.used[i]) {
			m->collab = p.ka[i];
			add(m, CH_COLLAB_REMOVED, SUBJ_COLLAB, p.ka[i], 0);
		}
	}
	m->collab = nothing();
	pairing_free(&p);
}

void sw_changes_make(sw_changes *c, const sw_snapshot *old, const sw_snapshot *new_)
{
	memset(c, 0, sizeof *c);
	sw_arena_init(&c->arena);
	c->nl = new_->nl;
	cmp m = { c, old, new_, 0, NULL, NULL, { NULL, 0 }, 0 };
	pairing p;
	pairing_init(&p, old->n_files, new_->n_files);
	for (size_t i = 0; i < old->n_files; i++)
		p.ka[i] = (sw_text){ old->files[i].key, strlen(old->files[i].key) };
	for (size_t i = 0; i < new_->n_files; i++)
		p.kb[i] = (sw_text){ new_->files[i].key, strlen(new_->files[i].key) };
	pairing_match(&p);
	const long *pair = p.pair;
	const unsigned char *used = p.used;
	for (size_t i = 0; i < new_->n_files; i++) {
		m.file = i;
		m.path = new_->files[i].path;
		m.old_path = pair[i] >= 0 ? old->files[pair[i]].path : NULL;
		m.collab = nothing();
		size_t before = c->n;
		if (pair[i] < 0)
			add(&m, CH_FILE_ADDED, SUBJ_NONE, nothing(), 0);
		else if (strcmp(m.old_path, m.path) != 0)
			add(&m, CH_FILE_RENAMED, SUBJ_NONE, nothing(), 0);
		compare_file(&m, pair[i], i);
		c->files += c->n > before;
	}
	for (size_t i = 0; i < old->n_files; i++) {
		if (used[i])
			continue;
		m.file = i;
		m.path = old->files[i].path;
		m.old_path = NULL;
		m.collab = nothing();
		add(&m, CH_FILE_REMOVED, SUBJ_NONE, nothing(), 0);
		size_t first, n;
		units_of(old, i, &first, &n);
		for (size_t k = 1; k < n; k++) {
			m.collab = old->units[first + k]->name;
			add(&m, CH_COLLAB_REMOVED, SUBJ_COLLAB, m.collab, 0);
		}
		c->files++;
	}
	pairing_free(&p);
}

void sw_changes_free(sw_changes *c)
{
	free(c->v);
	sw_arena_free(&c->arena);
}
