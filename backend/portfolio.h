/* samw portfolio: one overview of every collaboration in many files --
 * which organisations take part in which, what each contributes, whose
 * terms end or reviews are due, which have no way out, the verdict on
 * each -- in Markdown, in JSON (docs/portfolio.schema.json) or as a
 * Graphviz picture of organisations linked through the collaborations
 * they share. Each collaboration is checked and kept as a digest
 * (portfolio.c); the organisations are grouped across files by one rule
 * (sw_org_keys); the renderings (portfolio_md.c, portfolio_json.c,
 * portfolio_dot.c) only write what is kept. */
#ifndef SW_PORTFOLIO_H
#define SW_PORTFOLIO_H

#include <stdio.h>

#include "../base/buf.h"
#include "../semantics/check.h"
#include "../semantics/dates.h"
#include "digest.h"

/* A collaboration as the portfolio keeps it. */
typedef struct sw_pcollab {
	sw_digest x;               /* without its diagnostics */
	sw_dated dated;            /* on the portfolio's day (no tree pointers) */
	size_t errors, warnings, notes;
	size_t *orgs;              /* its organisations, as indices in the
	                              portfolio's (after sw_portfolio_group) */
	size_t n_orgs;
} sw_pcollab;

/* One party of one collaboration. */
typedef struct sw_pmember {
	size_t collab;             /* index in the portfolio's collaborations */
	size_t party;              /* index in its digest's parties */
} sw_pmember;

/* An organisation: the parties of every file that are one. */
typedef struct sw_porg {
	char *id;                  /* its key (sw_org_keys): "kvk:...", "title:...", "id:..." */
	sw_text name;              /* its first title, else its first party name */
	sw_texts kvk;              /* the KvK numbers stated, each once */
	sw_pmember *members;       /* in the order of the collaborations */
	size_t n_members;
	sw_dsums contributed;      /* its amounts, per currency, in all */
} sw_porg;

typedef struct sw_pfile {
	char *path;
	int read;
	char *message;             /* why it was not read, or NULL */
	size_t collabs, errors, warnings, notes;
} sw_pfile;

typedef struct sw_portfolio {
	sw_arena arena;            /* the organisations and file names */
	int nl;
	sw_when when;
	sw_pcollab **collabs;
	size_t n_collabs, cap_collabs;
	sw_pfile *files;
	size_t n_files, cap_files;
	sw_porg *orgs;             /* after sw_portfolio_group */
	size_t n_orgs;
	/* how many collaborations have each form and each phase, by keyword
	 * (KW_NONE: not stated); after sw_portfolio_group */
	size_t by_form[KW__COUNT], by_phase[KW__COUNT];
} sw_portfolio;

void sw_portfolio_init(sw_portfolio *p, int nl, const sw_when *w);
/* Check src with o and keep each of its collaborations. Returns the
 * number of errors found. */
size_t sw_portfolio_file(sw_portfolio *p, const sw_source *src, const sw_check_opts *o);
/* A file that could not be read, and why. */
void sw_portfolio_unread(sw_portfolio *p, const char *path, const char *message);
/* Group the parties of every collaboration into organisations (after
 * the last file). */
void sw_portfolio_group(sw_portfolio *p);
void sw_portfolio_free(sw_portfolio *p);

/* The keys by which a party is known across files, strongest first, into
 * keys[0..]: "kvk:NUMBER" when it states a KvK number; "title:NAME", its
 * title normalised as sw_same_name compares names, when it has one; else
 * "id:NAME", its name in the file. Parties that share a key are one
 * organisation. This is the one place that decides who is who: a register
 * of organisations makes it exact by giving a registered organisation's
 * key alone. Returns how many keys (1 or 2). */
size_t sw_org_keys(const sw_dparty *p, sw_buf keys[2]);
/* Is party p one that the portfolio lists as an organisation (not a
 * person)? */
int sw_org_listed(const sw_dparty *p);
/* The next agreement of x, from *a on, that binds the party called name:
 * sets *a to it and returns 1, or returns 0 when there is none. */
int sw_next_binding(const sw_digest *x, sw_text name, size_t *a);

/* The renderings. */
void sw_portfolio_md(sw_buf *b, const sw_portfolio *p);
void sw_portfolio_json(sw_buf *b, const sw_portfolio *p);
void sw_portfolio_dot(sw_buf *b, const sw_portfolio *p);

#endif
