/* The digest of one collaboration: what a report says of it, copied out of
 * the tree into plain texts and lists with memory of its own, with its
 * verdict and its diagnostics. Built once (digest.c); the Markdown and
 * JSON reports each render it, and it outlives the tree of its file. */
#ifndef SW_DIGEST_H
#define SW_DIGEST_H

#include <stddef.h>

#include "../base/arena.h"
#include "../base/source.h"
#include "../diagnostics/diag.h"
#include "../parser/model.h"
#include "../semantics/verdict.h"

/* A text; s is NULL when it is not stated. */
typedef struct sw_text {
	const char *s;
	size_t n;
} sw_text;

typedef struct sw_texts {
	sw_text *v;
	size_t n;
} sw_texts;

typedef struct sw_dperson {
	sw_text name;
	sw_kw role;                 /* KW_NONE when not stated */
} sw_dperson;

typedef struct sw_dparty {
	sw_text name, title;
	unsigned line;
	sw_kw kind;
	sw_text part_of;            /* a party's name, or an organisation's */
	int part_of_party;          /* part_of names a party */
	sw_text kvk;
	sw_texts interests, contributions, gives_up;
	sw_dperson *people;
	size_t n_people;
} sw_dparty;

typedef struct sw_dagreement {
	sw_text name, title;
	unsigned line;
	sw_kw kind;                 /* KW_NONE when not stated */
	int all_parties;            /* no `between`: it binds every party */
	sw_texts parties;           /* the names it binds (all, when all_parties) */
	sw_text about, entity, signed_on;
	unsigned shares;            /* a mask of shared items (model.h) */
	sw_texts documents;
} sw_dagreement;

typedef struct sw_dbody {
	sw_text name, title;
	unsigned line;
	sw_texts members;
	sw_kw decides;              /* a way of deciding, or KW_NONE */
	sw_text decider;            /* the one party that decides, or none */
	sw_texts chair;             /* none or one */
} sw_dbody;

typedef struct sw_ddiag {
	sw_check check;
	sw_sev sev;
	unsigned line, col;
	sw_text message;            /* in the digest's language */
} sw_ddiag;

typedef struct sw_digest {
	sw_arena arena;             /* every text and list below */
	sw_text file;
	int nl;                     /* the language of its texts */
	sw_text name, title;
	unsigned line;
	sw_kw form, phase;          /* KW_NONE when not stated */
	int has_term, term_open;
	sw_text term_start, term_end;
	sw_texts reviews, goals, results;
	sw_text exit, strategy, process, style;
	sw_dparty *parties;
	size_t n_parties;
	sw_dagreement *agreements;
	size_t n_agreements;
	int has_governance;
	sw_dbody *bodies;
	size_t n_bodies;
	sw_text escalation;
	sw_verdict verdict;
	sw_ddiag *diags;            /* by position */
	size_t n_diags;
	size_t count[3];            /* per severity, shown or not */
	size_t not_shown;           /* beyond the limit of diagnostics */
} sw_digest;

/* The digest of c, with its verdict and its diagnostics d[0..n) (by
 * position), in a language (nl). */
void sw_digest_make(sw_digest *x, const sw_source *src, const sw_collab *c, const sw_verdict *v,
                    const sw_diag *const *d, size_t n, int nl);
void sw_digest_free(sw_digest *x);

#endif
