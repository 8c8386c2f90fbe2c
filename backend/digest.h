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
	sw_text title;              /* `title "wethouder"`, or none */
} sw_dperson;

/* An amount of money, valid when stated and readable. */
typedef struct sw_damount {
	int valid;
	char currency[4];           /* ISO 4217: "EUR" for € */
	long long cents;
	sw_text written;            /* as written in the file: "€ 1.250.000,00" */
} sw_damount;

/* Amounts added up per currency, in the order each currency first
 * appears. Exact however many there are: the cents are hi * 10^18 + lo. */
typedef struct sw_dsum {
	char currency[4];
	unsigned long long hi, lo;
} sw_dsum;

enum { SW_DSUM_DIGITS = 48 };
/* The cents of a sum as decimal digits, at least three ("005" is five
 * cents) and no leading zeros beyond them; returns their number. */
size_t sw_dsum_digits(const sw_dsum *s, char out[SW_DSUM_DIGITS]);

enum {
	SW_BUDGET_NONE,             /* no budget, or no amount at all */
	SW_BUDGET_LESS,             /* the contributions fall short */
	SW_BUDGET_EQUAL,
	SW_BUDGET_MORE,
	SW_BUDGET_OTHER_CURRENCY,   /* no amount in the budget's currency */
};

typedef struct sw_dsums {
	sw_dsum *v;
	size_t n;
} sw_dsums;

/* Add a to the sum of its currency in s, a new one at the end when s has
 * none (s->v must have room for it). Exact: both lo parts are below
 * 10^18, so their sum is below 2 * 10^18 before the carry. */
void sw_dsums_add(sw_dsums *s, const sw_dsum *a);

typedef struct sw_dcontribution {
	sw_text text;
	sw_damount amount;          /* not valid when no amount is stated */
} sw_dcontribution;

typedef struct sw_dregistration {
	sw_kw scheme;               /* kbo, handelsregister, other; KW_NONE when unreadable */
	sw_text number;
} sw_dregistration;

/* What parties and stakeholders both state. */
typedef struct sw_dinvolved {
	sw_text kvk, represents;
	sw_dregistration *registrations;
	size_t n_registrations;
	sw_texts interests;
	sw_dcontribution *contributions;
	size_t n_contributions;
	sw_dsums contributed;       /* its contributions' amounts, per currency */
	sw_dperson *people;
	size_t n_people;
} sw_dinvolved;

typedef struct sw_dparty {
	sw_text name, title;
	unsigned line;
	sw_kw kind;
	sw_text part_of;            /* a party's name, or an organisation's */
	int part_of_party;          /* part_of names a party */
	sw_text joined, left;       /* dates as written, or none */
	sw_texts gives_up;
	sw_dinvolved in;
} sw_dparty;

/* A stakeholder: involved, but not a party. */
typedef struct sw_dstakeholder {
	sw_text name, title;
	unsigned line;
	sw_kw role;                 /* funder, client, supervisor, other; or KW_NONE */
	sw_dinvolved in;
} sw_dstakeholder;

typedef struct sw_dagreement {
	sw_text name, title;
	unsigned line;
	sw_kw kind;                 /* KW_NONE when not stated */
	sw_kw kinds[SW_MAX_KINDS];  /* every kind stated, kind the first */
	size_t n_kinds;
	int all_parties;            /* no `between`: it binds every party */
	sw_texts parties;           /* the names it binds (all, when all_parties) */
	sw_text about, entity, signed_on, effective;
	unsigned shares;            /* a mask of shared items (model.h) */
	sw_texts documents;
	sw_text amends;             /* the name of the agreement it amends */
	sw_text acquired;           /* a party's name, or what is acquired */
	int acquired_party;         /* acquired names a party */
} sw_dagreement;

typedef struct sw_dbody {
	sw_text name, title;
	unsigned line;
	sw_texts members;
	sw_kw decides;              /* a way of deciding, or KW_NONE */
	sw_text majority;           /* a qualified majority as written: "2/3", "75%" */
	sw_text decider;            /* the one party that decides, or none */
	sw_texts chair;             /* none or one */
	sw_texts secretary;         /* none or one */
	sw_texts veto;              /* the parties that hold a veto */
} sw_dbody;

/* A party mandated to decide for the others in a domain. */
typedef struct sw_dmandate {
	sw_text party, domain;
} sw_dmandate;

/* One phase of the history. */
typedef struct sw_dphase {
	sw_kw phase;
	sw_text since, note;        /* as written, or none */
} sw_dphase;

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
	sw_dphase *phases;          /* the history, in order: phase is the last */
	size_t n_phases;
	int has_term, term_open;
	sw_text term_start, term_end;
	sw_texts extensions;        /* `extended until`: the dates, in order */
	sw_kw renewal;              /* KW_NONE when not stated */
	sw_texts reviews, goals, results;
	sw_text exit, strategy, process, style;
	sw_kw basis;                /* law or voluntary, or KW_NONE */
	sw_text basis_text;
	unsigned membership;        /* the whole membership, or 0 */
	sw_text membership_text;
	sw_damount budget;
	sw_dsums contributed;       /* every contribution's amount, per currency */
	int money;                  /* a budget or an amount is stated */
	/* the contributions in the budget's currency against the budget, when
	 * there are both a budget and amounts: SW_BUDGET_* and the difference */
	int budget_cmp;
	sw_dsum budget_gap;
	unsigned current;           /* parties that have not left */
	sw_dparty *parties;
	size_t n_parties;
	sw_dstakeholder *stakeholders;
	size_t n_stakeholders;
	sw_dagreement *agreements;
	size_t n_agreements;
	int has_governance;
	sw_dbody *bodies;
	size_t n_bodies;
	sw_text escalation;
	sw_dmandate *mandates;
	size_t n_mandates;
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
