/* The model of one collaboration, built from its statements by the shape
 * pass. It points back into the tree for every span and text, and holds
 * only what the checks and back ends need to find quickly. */
#ifndef SW_MODEL_H
#define SW_MODEL_H

#include "../base/date.h"
#include "cst.h"

typedef enum sw_declkind { DECL_PARTY = 1, DECL_AGREEMENT, DECL_BODY } sw_declkind;

/* What every named node starts with: its kind, its name, its statement. */
typedef struct sw_decl {
	sw_declkind kind;
	sw_arg *name;
	sw_arg *title;  /* or NULL */
	sw_stmt *stmt;
	struct sw_decl *next_decl; /* every declaration, in source order */
	int dup;        /* its name was declared before it (SW006) */
} sw_decl;

typedef struct sw_ref {
	struct sw_ref *next;
	sw_arg *arg;
	struct sw_party *party; /* after resolution, or NULL */
} sw_ref;

typedef struct sw_person {
	struct sw_person *next;
	sw_stmt *stmt;
	sw_arg *name;
	sw_kw role;
} sw_person;

typedef struct sw_party {
	sw_decl d;
	struct sw_party *next;
	sw_kw kind;            /* KW_ORGANISATION unless stated */
	sw_stmt *kind_stmt, *part_of, *kvk;
	sw_ref *part_of_ref;   /* part-of ID */
	sw_arg *part_of_text;  /* part-of "Organisation" */
	unsigned n_interest, n_contributes, n_gives_up, n_people;
	sw_person *people, *people_tail;
	unsigned bound;        /* agreements that bind it */
	const void *seen_by;   /* the agreement that last listed it */
} sw_party;

/* What an agreement shares, as a mask: bit k is the k-th value of the set
 * VS_SHARED in the keyword table (risks, costs, revenues); shape.h maps
 * between the two. */
enum { SW_SHARED = 3, SHARE_ALL = (1 << SW_SHARED) - 1 };

typedef struct sw_doc {
	struct sw_doc *next;
	sw_arg *path;
} sw_doc;

typedef struct sw_agreement {
	sw_decl d;
	struct sw_agreement *next;
	sw_kw kind;            /* KW_NONE when missing */
	sw_stmt *kind_stmt, *between, *about, *entity, *shares, *signed_stmt;
	sw_ref *parties, *parties_tail;
	unsigned shares_mask;
	sw_doc *docs, *docs_tail;
	sw_date signed_on;
	unsigned unknown;      /* names in `between` that name no party */
} sw_agreement;

typedef struct sw_body {
	sw_decl d;
	struct sw_body *next;
	sw_stmt *members_stmt, *decides, *chair;
	sw_ref *members, *members_tail;
	sw_kw decides_kw;      /* consensus, unanimity, majority, or KW_NONE */
	sw_ref *decider;       /* a party that decides alone */
	sw_ref *chair_ref;
} sw_body;

typedef struct sw_collab {
	sw_stmt *stmt;
	sw_arg *name, *title;
	sw_stmt *form, *phase, *strategy, *process, *style, *exit, *term, *governance, *escalation;
	sw_kw form_kw, phase_kw;
	unsigned n_goals, n_results, n_reviews;
	int term_valid;        /* both dates read */
	int term_open;         /* until open */
	sw_date start, end;
	sw_party *parties, *parties_tail;
	sw_agreement *agreements, *agreements_tail;
	sw_body *bodies, *bodies_tail;
	unsigned n_parties, n_agreements, n_bodies;
	sw_decl *decls, *decls_tail; /* all of them, in source order */
	unsigned n_dups;       /* declarations of a name already declared */
	unsigned unknown_bound; /* names in `between` lists that name no party */
} sw_collab;

#endif
