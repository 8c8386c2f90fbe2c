/* The model of one collaboration, built from its statements by the shape
 * pass. It points back into the tree for every span and text, and holds
 * only what the checks and back ends need to find quickly. */
#ifndef SW_MODEL_H
#define SW_MODEL_H

#include "../base/date.h"
#include "cst.h"

typedef enum sw_declkind {
	DECL_PARTY = 1,
	DECL_AGREEMENT,
	DECL_BODY,
	DECL_STAKEHOLDER,
} sw_declkind;

/* The keywords of the statements a block holds, whether they could be read
 * or not: a check that reports something missing asks this first, so that
 * a statement with a mistake in it is not reported missing as well. */
typedef struct sw_present {
	uint64_t bits[4];
} sw_present;

_Static_assert(KW__COUNT <= 256, "sw_present holds 256 keywords");

static inline int sw_present_has(const sw_present *p, sw_kw k)
{
	return (p->bits[(unsigned)k / 64] >> ((unsigned)k % 64)) & 1u;
}

static inline void sw_present_add(sw_present *p, sw_kw k)
{
	p->bits[(unsigned)k / 64] |= (uint64_t)1 << ((unsigned)k % 64);
}

/* What every named node starts with: its kind, its name, its statement. */
typedef struct sw_decl {
	sw_declkind kind;
	sw_arg *name;
	sw_arg *title;  /* or NULL */
	sw_stmt *stmt;
	struct sw_decl *next_decl; /* every declaration, in source order */
	int dup;        /* its name was declared before it (SW006) */
	sw_present present;
} sw_decl;

typedef struct sw_ref {
	struct sw_ref *next;
	sw_arg *arg;
	struct sw_party *party; /* after resolution, or NULL */
	struct sw_stakeholder *stakeholder; /* where one may be named */
} sw_ref;

/* An amount of money: a currency and a number of cents. */
typedef struct sw_amount {
	int valid;
	char currency[4];       /* ISO 4217, "EUR" for € */
	long long cents;
	sw_span span;
} sw_amount;

typedef struct sw_person {
	struct sw_person *next;
	sw_stmt *stmt;
	sw_arg *name;
	sw_kw role;             /* KW_NONE when not stated or not readable */
	sw_arg *title;          /* `title "wethouder"`, or NULL */
	int role_stated;        /* `role` written, even with a bad value */
	int registered;         /* from the register: its mistakes are the
	                           register's, reported there */
} sw_person;

typedef struct sw_contribution {
	struct sw_contribution *next;
	sw_arg *text;
	sw_amount amount;       /* valid when stated and readable */
} sw_contribution;

typedef struct sw_registration {
	struct sw_registration *next;
	sw_stmt *stmt;
	sw_kw scheme;
	sw_arg *number;
} sw_registration;

typedef struct sw_party {
	sw_decl d;
	struct sw_party *next;
	sw_kw kind;            /* KW_ORGANISATION unless stated */
	sw_stmt *kind_stmt, *part_of, *kvk, *represents, *joined_stmt, *left_stmt;
	sw_ref *part_of_ref;   /* part-of ID */
	sw_arg *part_of_text;  /* part-of "Organisation" */
	sw_date joined, left;  /* valid when their statements are */
	int has_joined, has_left;
	unsigned n_interest, n_contributes, n_gives_up, n_people;
	sw_person *people, *people_tail;
	sw_contribution *contributions, *contributions_tail;
	sw_registration *registrations, *registrations_tail;
	unsigned bound;        /* agreements that bind it */
	const void *seen_by;   /* the agreement that last listed it */
	struct sw_party *part_of_party; /* part-of names another party's title */
	unsigned index;        /* its place in the collaboration's list */
	int kind_bad;          /* its kind is stated but cannot be read */
	int ref_only;          /* `party ID`, no block: an organisation of the
	                          register, or a block left out */
	const struct sw_org *org; /* the organisation of the register it is */
} sw_party;

/* A stakeholder: involved, but not a party (a funder, a client). */
typedef struct sw_stakeholder {
	sw_decl d;
	struct sw_stakeholder *next;
	sw_kw role;            /* KW_NONE when not stated */
	sw_stmt *kvk, *represents;
	const void *seen_by;   /* the agreement that last listed it */
	unsigned n_interest;
	sw_person *people, *people_tail;
	sw_contribution *contributions, *contributions_tail;
	sw_registration *registrations, *registrations_tail;
} sw_stakeholder;

/* What an agreement shares, as a mask: bit k is the k-th value of the set
 * VS_SHARED in the keyword table (risks, costs, revenues); shape.h maps
 * between the two. */
enum { SW_SHARED = 3, SHARE_ALL = (1 << SW_SHARED) - 1 };

typedef struct sw_doc {
	struct sw_doc *next;
	sw_arg *path;
} sw_doc;

/* every kind of the set at once (tests/report.sh writes them all) */
enum { SW_MAX_KINDS = 12 };

typedef struct sw_agreement {
	sw_decl d;
	struct sw_agreement *next;
	sw_kw kind;            /* the first kind; KW_NONE when missing */
	sw_kw kinds[SW_MAX_KINDS]; /* `kind contract, entity` */
	unsigned n_kinds;
	sw_stmt *kind_stmt, *between, *about, *entity, *shares, *signed_stmt;
	sw_stmt *effective_stmt, *amends_stmt, *acquired_stmt;
	sw_ref *parties, *parties_tail;
	unsigned shares_mask;
	sw_doc *docs, *docs_tail;
	sw_date signed_on, effective;
	int has_signed, has_effective;
	sw_arg *amends;        /* the agreement it amends, by name */
	struct sw_agreement *amends_agreement; /* after resolution */
	sw_ref *acquired_ref;  /* acquired PARTY */
	sw_arg *acquired_text; /* acquired "a stake in ..." */
	unsigned unknown;      /* names in `between` that name no party */
	unsigned stakeholders; /* stakeholders in `between` */
	int kind_bad;          /* a kind is stated but cannot be read */
	int shares_bad;        /* what it shares is stated but not all readable */
	struct sw_party *acquired_title; /* acquired "text" is a party's title
	                                    (found by the core) */
} sw_agreement;

/* A qualified majority: `majority 2/3` is 2 and 3; `75%` is 75 and 100. */
typedef struct sw_ratio {
	unsigned num, den;
	sw_arg *arg;
} sw_ratio;

typedef struct sw_body {
	sw_decl d;
	struct sw_body *next;
	sw_stmt *members_stmt, *decides, *chair, *secretary, *veto_stmt;
	sw_ref *members, *members_tail;
	sw_kw decides_kw;      /* consensus, unanimity, majority, or KW_NONE */
	sw_ratio ratio;        /* with majority; den 0 when not stated */
	sw_ref *decider;       /* a party that decides alone */
	sw_ref *chair_ref, *secretary_ref;
	sw_ref *veto;          /* parties that hold a veto */
} sw_body;

/* A party mandated to decide for the others in a domain (centrumgemeente). */
typedef struct sw_mandate {
	struct sw_mandate *next;
	sw_stmt *stmt;
	sw_ref *party;
	sw_arg *domain;
} sw_mandate;

/* One phase of the history: `phase executing since 2024-01-01`. */
typedef struct sw_phase {
	struct sw_phase *next;
	sw_stmt *stmt;
	sw_kw kw;              /* KW_NONE when the value is not readable */
	sw_date since;
	int has_since;
	sw_arg *note;          /* how it came about (`phase ended since ... "..."`) */
} sw_phase;

/* `review DATE`: a planned evaluation */
typedef struct sw_review {
	struct sw_review *next;
	sw_stmt *stmt;
	sw_date on;
	int valid;
} sw_review;

/* `extended until DATE` */
typedef struct sw_extension {
	struct sw_extension *next;
	sw_stmt *stmt;
	sw_date until;
	int valid;
} sw_extension;

typedef struct sw_collab {
	sw_stmt *stmt;
	sw_arg *name, *title;
	sw_stmt *form, *phase, *strategy, *process, *style, *exit, *term, *governance, *escalation;
	sw_stmt *budget_stmt, *basis_stmt, *membership_stmt, *renewal_stmt;
	sw_kw form_kw;
	sw_kw phase_kw;        /* the current phase: the last one stated */
	sw_phase *phases, *phases_tail;
	unsigned n_phases;
	sw_extension *extensions, *extensions_tail;
	sw_review *reviews, *reviews_tail;
	unsigned n_goals, n_results, n_reviews;
	int term_valid;        /* both dates read */
	int term_open;         /* until open */
	sw_date start, end;
	sw_amount budget;
	sw_kw basis;           /* law or voluntary, or KW_NONE */
	sw_arg *basis_text;
	unsigned membership;   /* the whole membership, of which the parties are
	                          a selection; 0 when not stated */
	sw_kw renewal;
	sw_party *parties, *parties_tail;
	sw_stakeholder *stakeholders, *stakeholders_tail;
	sw_agreement *agreements, *agreements_tail;
	sw_body *bodies, *bodies_tail;
	sw_mandate *mandates, *mandates_tail;
	unsigned n_parties, n_stakeholders, n_agreements, n_bodies;
	sw_decl *decls, *decls_tail; /* all of them, in source order */
	unsigned n_dups;       /* declarations of a name already declared */
	unsigned n_unnamed_parties; /* party blocks without a readable name */
	unsigned unknown_bound; /* names in `between` lists that name no party */
	sw_present present;    /* the statements of the collaboration's block */
	sw_present gov_present; /* ... and of its governance */
} sw_collab;

#endif
