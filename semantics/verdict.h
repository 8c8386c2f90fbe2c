/* The verdict on one collaboration: whether it is a collaboration in the
 * sense of the definition, and the status of each criterion. It is decided
 * on the core (core.h): the organisations that count and the durable
 * agreements between them, not on the worst part; a contradiction in one
 * part stays an error on its line and is listed under its criterion. The
 * back ends only render it. */
#ifndef SW_VERDICT_H
#define SW_VERDICT_H

#include <stddef.h>
#include <stdint.h>

#include "../base/arena.h"
#include "../diagnostics/diag.h"
#include "../lexer/keywords.h"

typedef enum sw_vstatus {
	V_COLLABORATION,     /* it is one */
	V_NOT_COLLABORATION, /* its core fails: too few organisations, no
	                        durable agreement, or no goal */
	V_NOT_YET,           /* before `agreeing`, no durable agreement yet */
	V_NOT_ASSESSED,      /* its text cannot be read */
} sw_vstatus;

typedef enum sw_cstatus {
	CS_MET,
	CS_NOT_EVIDENCED,
	CS_NOT_MET,
} sw_cstatus;

/* A party that does not count, or an agreement that is not durable: its
 * name, why (a check, 0 for a party that has left) and the name of the
 * other side (the party it counts as, the agreement that decides it). */
typedef struct sw_vitem {
	sw_check why;
	const char *name, *other;
	sw_kw kind;  /* an agreement's first kind, for its reason */
} sw_vitem;

enum {
	VF_ORGS = 1,       /* fewer than two autonomous organisations */
	VF_AGREEMENT = 2,  /* no durable agreement */
	VF_GOAL = 4,       /* no goal */
	VF_ONE_ORG = 8,    /* every party is part of one organisation (SW103) */
};

enum {
	VU_SYNTAX = 1,     /* not assessed: SW001 */
	VU_ENCODING = 2,   /* SW008 */
	VU_VALUES = 4,     /* a kind the verdict depends on (SW005) */
};

enum {
	VM_AGREEMENT = 1,  /* what is not yet evidenced */
	VM_TERM = 2,
	VM_GOVERNANCE = 4,
	VM_RESULTS = 8,
};

typedef struct sw_verdict {
	/* small types: a file may hold a million collaborations, and each
	 * keeps its verdict */
	sw_vitem *uncounted;
	sw_vitem *nondurable;
	uint32_t n_uncounted, n_nondurable;
	uint32_t orgs;           /* autonomous organisations counted */
	uint32_t membership;     /* of a larger membership, or 0 */
	uint16_t form, phase;    /* sw_kw; KW_NONE when not stated */
	uint8_t status;          /* sw_vstatus */
	uint8_t crit[CRIT__COUNT]; /* sw_cstatus */
	uint8_t fails;           /* VF_*: why it is not one */
	uint8_t missing;         /* VM_*: what is not evidenced yet */
	uint8_t agreements;      /* it states agreements at all */
	uint8_t unread;          /* not assessed: VU_* of the checks that say why */
} sw_verdict;

struct sw_sema;
/* Judge the collaboration of s (after its checks) from its core and the
 * tally of what was reported in it; names are copied into a. */
void sw_verdict_judge(sw_verdict *v, const struct sw_sema *s, const sw_tally *t, sw_arena *a);
/* A copy of v whose names live in a. */
void sw_verdict_copy(sw_verdict *to, const sw_verdict *v, sw_arena *a);

#endif
