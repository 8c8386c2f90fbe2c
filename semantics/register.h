/* The register of organisations: organisations declared once, with
 * `organisation ID "Name" { ... }`, and brought into scope by the files
 * that `use` them. A workspace reads each register once however many files
 * use it, under the rules the command line follows for files: inside the
 * repository, no link out of it, only regular files, a size limit, and a
 * limit on how deep uses go (register.c). The organisations in scope of a
 * checked file and the checks that need more than one file are in
 * organisations.c; what a party takes from the register, in attach.c. */
#ifndef SW_REGISTER_H
#define SW_REGISTER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../base/arena.h"
#include "../base/source.h"
#include "../base/span.h"
#include "../diagnostics/diag.h"
#include "../lexer/keywords.h"
#include "../parser/model.h"

/* Append x to the array v of n items (room for cap) in arena A, doubling
 * it when full; the old array stays in the arena. */
#define SW_PUSH(A, v, n, cap, x)                                          \
	do {                                                              \
		if ((n) == (cap)) {                                       \
			size_t c_ = (cap) ? 2 * (cap) : 8;                \
			void *nv_ = sw_alloc((A), c_ * sizeof *(v));      \
			if (n)                                            \
				memcpy(nv_, (v), (n) * sizeof *(v));      \
			(v) = nv_;                                        \
			(cap) = c_;                                       \
		}                                                         \
		(v)[(n)++] = (x);                                         \
	} while (0)

typedef struct sw_str {
	const char *s;
	uint32_t n;
} sw_str;

typedef struct sw_oreg {
	sw_kw scheme;
	sw_str number;
	sw_span at;
} sw_oreg;

typedef struct sw_operson {
	sw_str name, title;   /* title: s NULL when none */
	sw_kw role;
	int role_stated;
} sw_operson;

struct sw_regfile;

/* One organisation, copied out of its file's tree. */
typedef struct sw_org {
	sw_str id, title, kvk;
	sw_str part_of_id;     /* part-of ID: another organisation */
	sw_str part_of_text;   /* part-of "Name" */
	sw_kw kind;
	sw_span at;            /* its name, in its file */
	sw_span kvk_at, part_of_at;
	sw_oreg *regs;
	unsigned n_regs;
	sw_operson *people;
	unsigned n_people;
	struct sw_regfile *file; /* NULL: of the file being checked */
	unsigned used;         /* parties that are it */
	unsigned dup;          /* its name was registered before in its file */
	unsigned allowed;      /* checks a comment above it allows: bit
	                          c - SW014 for SW015, SW016 and SW018, which
	                          may be found only at the end of a run */
	const struct sw_org *twin_id, *twin_title; /* in an earlier register */
	const struct sw_org *twin_num;
	const sw_oreg *twin_reg;  /* its number that twin_num has too, or NULL
	                             for the KvK number */
} sw_org;

/* Organisations by name: open addressing, first one wins. */
typedef struct sw_orgtab {
	sw_org **v;
	uint32_t cap, n;
} sw_orgtab;

void sw_orgtab_add(sw_orgtab *t, sw_arena *A, sw_org *o);
sw_org *sw_orgtab_find(const sw_orgtab *t, const char *s, size_t n);

/* Why a `use` could not be followed (the messages of SW014). */
typedef enum sw_usefail {
	USE_OK = 0,
	USE_ABSOLUTE,      /* an absolute path */
	USE_OUTSIDE,       /* it leaves the repository */
	USE_MISSING,       /* no such file */
	USE_NOT_REGULAR,   /* a folder, a device, a FIFO or a socket */
	USE_TOO_BIG,       /* over the size limit */
	USE_UNREADABLE,    /* another error */
	USE_LOOP,          /* it uses the file that uses it */
	USE_TOO_DEEP,      /* uses within uses beyond SW_USE_DEPTH */
	USE_NOT_REGISTER,  /* it describes collaborations, or nothing */
	USE_ERRORS,        /* it has errors of its own */
} sw_usefail;

enum { SW_USE_DEPTH = 16 };

/* A file read as a register. */
typedef struct sw_regfile {
	char *real;            /* its resolved path: the key of the cache */
	char *shown;           /* its path as first reached */
	sw_source src;         /* its text, for messages at the end of a run */
	sw_org **orgs;         /* its own, in source order */
	size_t n_orgs, cap_orgs;
	struct sw_regfile **uses;
	size_t n_uses, cap_uses;
	sw_orgtab scope;       /* its own and those of the files it uses */
	int loading;           /* being read: a use of it now is a loop */
	sw_usefail fail;       /* USE_OK, or why it cannot be used */
	size_t errors;         /* errors found in it, or in a file it uses */
	char *first_error;     /* "file:line:col" of the first */
	int checked;           /* was itself one of the files checked */
	void *same;            /* its scope by title and KvK number, once asked */
	int depth;             /* how deep it was read */
	int deep;              /* a use below it went beyond SW_USE_DEPTH: read
	                          from nearer by, it is read again */
	int stale;             /* read again since: no longer in the run */
} sw_regfile;

typedef struct sw_workspace {
	sw_arena A;
	sw_regfile **files;    /* in the order they were first read */
	size_t n, cap;
	size_t max_size;       /* of one register */
	sw_regfile **tab;      /* by resolved path */
	size_t tabcap, ntab;
	char *last_dir, *last_root; /* the repository of the last folder asked */
	char *last_dir_in;          /* ... that folder as it was named */
	char *memo_key, *memo_root; /* the last use followed: folder/text */
	sw_regfile *memo;           /* ... and what it found */
	char *checking;             /* the resolved path of the file being
	                               checked, when it is not in the cache */
	/* at the end of a run (organisations.c): the registers by path, and
	 * per organisation the first of the same name, title or number in an
	 * earlier register */
	sw_regfile **sorted;
	size_t n_sorted;
	int settled;
} sw_workspace;

void sw_workspace_init(sw_workspace *w, size_t max_size);
void sw_workspace_free(sw_workspace *w);

/* The repository a file in folder dir (a resolved path) belongs to: the
 * nearest folder above it, itself included, that holds .git; else
 * fallback when dir lies in it; else dir. Into out (PATH_MAX bytes). */
void sw_repo_root(const char *dir, const char *fallback, char *out);

/* Follow `use "rel"` from a file in folder dir (resolved; shown as
 * shown_dir in messages), inside root (resolved), at depth (1 for a use in
 * a checked file). Returns the register, read or from the cache, with
 * *fail USE_OK, USE_ERRORS (it has errors: usable all the same) or USE_LOOP
 * (a loop below it: usable); or NULL and why not. */
sw_regfile *sw_workspace_use_from(sw_workspace *w, const char *dir, const char *shown_dir,
                                  const char *root, const char *rel, size_t n, int depth,
                                  sw_usefail *fail);

/* Report why a use of a (the text of `use`) failed: SW014. f: the
 * register when it was read (USE_ERRORS, USE_LOOP). */
void sw_use_report(sw_diags *D, sw_usefail why, const sw_arg *a, const sw_regfile *f,
                   size_t max_size);

/* A checked source at its resolved path real: while it is checked, a use
 * of it from below is a loop. Returns 1, or 0 when it was read before as
 * a register (then there is nothing to end). */
int sw_workspace_begin_source(sw_workspace *w, const char *real);
/* Its check is over: a file of collaborations is forgotten; a register is
 * read as one, so that the end of a run knows its organisations. */
void sw_workspace_end_source(sw_workspace *w, const sw_source *src, const char *root, int collabs);

/* An organisation out of its model (a party built from an `organisation`
 * block), its texts copied into A. */
sw_org *sw_org_from_party(sw_arena *A, const sw_party *p);

/* ---- the organisations in scope of a checked file (organisations.c) ---- */

/* Numbers (a KvK number, a registration) and names (titles) of
 * organisations, to find one organisation under two entries. */
typedef struct sw_nument {
	sw_kw scheme;         /* KW_KVK for the KvK number */
	sw_str number;
	sw_span at;
	sw_org *org;
} sw_nument;

typedef struct sw_scope {
	sw_workspace *w;
	const sw_source *src;
	const char *fallback;  /* the root when no .git is above the file */
	const char *doc_dir;   /* standard input's folder */
	int placed;            /* dir and root worked out */
	char *dir, *root;      /* resolved: the file's folder, its repository */
	int self;              /* begun in the workspace: to be ended */
	sw_regfile **uses;
	size_t n_uses, cap_uses;
	sw_orgtab own;         /* this file's organisations, by name */
	sw_org **own_list;
	size_t n_own, cap_own;
	struct gtab *nums;     /* this file's numbers, titles (organisations.c) */
	struct gtab *titles;
	void *same;            /* its organisations by title and KvK number */
	int collabs;           /* collaborations read so far */
	unsigned use_lines;    /* `use` statements read so far */
	sw_arena *A;           /* the file's memory */
	int nl;                /* messages in Dutch */
} sw_scope;

struct sw_parser;
void sw_scope_init(sw_scope *sc, sw_workspace *w, const sw_source *src, const char *fallback,
                   const char *doc_dir, sw_arena *A, int nl);
/* Does the file bring organisations into scope (so far), or try to? */
int sw_scope_any(const sw_scope *sc);
/* `use "path"` at top (the text is path). */
void sw_scope_use(sw_scope *sc, struct sw_parser *P, const sw_stmt *top, const sw_arg *path);
/* An organisation of this file, its model p; allow: the suppressions of
 * its statement (or NULL). */
struct sw_allow;
void sw_scope_declare(sw_scope *sc, struct sw_parser *P, const sw_party *p, struct sw_allow *allow);
/* The checks of the end of a run that the suppressions allow for the
 * organisation at (sw_org.allowed); they count as used. */
unsigned sw_org_allowed(struct sw_allow *allow, sw_span at);
sw_org *sw_scope_find(const sw_scope *sc, const char *s, size_t n);
/* Set argument i of g to where o is registered: "line 12" in the file
 * here (or in the file being checked), "path:12:5" in another. */
void sw_org_where(sw_diags *D, sw_diag *g, int i, const sw_org *o, const sw_regfile *here);
/* An organisation in scope with the KvK number or the title of p (a party
 * declared in full), or NULL. */
const sw_org *sw_scope_same(sw_scope *sc, const sw_party *p);
/* The end of the file: what needs all of it (SW007 for a part-of that
 * names no organisation, SW018 in a file of collaborations), and the file's
 * place in the workspace. */
void sw_scope_end(sw_scope *sc, struct sw_parser *P);

/* After a run over many files: diagnostics of register i (in the order of
 * their paths) that need every file: an organisation or a number
 * registered in two files (SW016, SW015), and, with unused, organisations
 * no collaboration names (SW018). */
size_t sw_workspace_registers(sw_workspace *w);
const sw_regfile *sw_workspace_register(sw_workspace *w, size_t i);
void sw_workspace_report(sw_workspace *w, size_t i, int unused, sw_diags *out);

#endif
