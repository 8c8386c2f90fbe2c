/* The core of a collaboration, as the definition sees it: which parties
 * count as autonomous organisations, and which agreements as durable
 * agreements between them. Worked out once from the model (core.c), before
 * the checks, which ask it; the verdict is decided on it. */
#ifndef SW_CORE_H
#define SW_CORE_H

#include "../base/buf.h"
#include "../diagnostics/diag.h"
#include "../parser/model.h"

/* Why a party does not count as an organisation of its own. */
typedef struct sw_uncounted {
	const sw_party *party;
	sw_check why;         /* SW102 a person, SW401 part of another party,
	                         SW105 the joint entity, SW702 taken over or
	                         merged, 0 it has left */
	const sw_party *into; /* SW401, SW702: the party it counts as */
	const sw_agreement *by; /* SW702, SW105: the agreement */
} sw_uncounted;

/* Why an agreement is not a durable agreement between organisations. */
typedef struct sw_nondurable {
	const sw_agreement *agreement;
	sw_check why;         /* SW701 a one-time purchase, SW702 an acquisition
	                         or merger, SW708 the acquisition of something
	                         else, SW508 a letter of intent or a subsidy
	                         decision, SW502 fewer than two organisations */
} sw_nondurable;

typedef struct sw_core {
	unsigned orgs;          /* autonomous organisations among the parties */
	unsigned current;       /* parties that have not left */
	unsigned n_durable;     /* durable agreements */
	int long_term;          /* the term runs six months or more, or is open */
	sw_uncounted *uncounted;
	size_t n_uncounted;
	sw_nondurable *nondurable;
	size_t n_nondurable;
	/* per party, in list order: its group (an index), or -1 when it is not
	 * counted; per agreement: whether it is durable */
	int *group;
	unsigned char *durable;
	unsigned short *why;    /* per party: why it does not count, or 0 */
	/* parties and agreements whose kind is stated but cannot be read:
	 * they are not counted, and the verdict waits for them when they
	 * could decide it */
	unsigned unread_parties, unread_agreements;
	size_t n_parties;
} sw_core;

/* Has p left? It says so, unless it says it left before it joined (SW709):
 * then no one knows, and it stays. */
static inline int sw_party_left(const sw_party *p)
{
	return p->left_stmt && !(p->has_joined && p->has_left && p->left.days < p->joined.days);
}

struct sw_sema;
/* Work out the core of s->c into s->core (memory from the tree). */
void sw_core_make(struct sw_sema *s);
/* Is party p counted as an organisation? The same group as q? */
int sw_core_counted(const sw_core *k, const sw_collab *c, const sw_party *p);
/* Does p not count as an organisation of its own because it is a person,
 * part of another party, the joint entity or of a kind that cannot be read
 * (SW102, SW401, SW105, SW005)? Checks
 * that ask something of an organisation leave such a party alone: its
 * mistake is reported once. */
int sw_core_set_aside(const sw_core *k, const sw_party *p);
/* Normalised names compare equal (case, spaces and punctuation ignored):
 * "Gemeente Amsterdam" and "gemeente  amsterdam." */
int sw_same_name(const char *a, size_t na, const char *b, size_t nb);
/* Append a name as sw_same_name compares it (lower case, without spaces
 * and punctuation): names that compare equal give the same text. */
void sw_name_norm(sw_buf *b, const char *s, size_t n);
/* The hash of a name as sw_same_name compares it. */
uint64_t sw_name_hash(const char *s, size_t n);
/* Does agreement a have kind k (among `kind contract, entity`)? */
int sw_agreement_is(const sw_agreement *a, sw_kw k);

#endif
