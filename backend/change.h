/* samw diff: what changed in a collaboration between two versions of its
 * files, in the terms of the domain. A snapshot holds, for every
 * collaboration of one version, the values of what its digest (digest.h)
 * says, its verdict and its diagnostics; comparing
 * two snapshots (change.c) matches files, collaborations, parties,
 * stakeholders, agreements and bodies by name and lists what changed;
 * change_out.c writes the list as text, Markdown, JSON or GitHub
 * annotations. Layout never shows: only what the digest holds is compared. */
#ifndef SW_CHANGE_H
#define SW_CHANGE_H

#include <stddef.h>
#include <stdio.h>

#include "../base/arena.h"
#include "../base/buf.h"
#include "../semantics/check.h"
#include "digest.h"

/* A diagnostic as a snapshot keeps it. key identifies it across versions:
 * its code, severity and English message with line numbers left out, so
 * that moving text does not make it new. */
typedef struct sw_cdiag {
	sw_check check;
	sw_sev sev;
	unsigned line, col;
	sw_text key;
	sw_text msg;                /* in the snapshot's language */
} sw_cdiag;

struct sw_cvalue;

/* The fields of one subject that are stated: their numbers (CF_*,
 * change.c), in order, and their values. Most fields of most subjects are
 * not, and a file may hold very many subjects. */
typedef struct sw_cfields {
	size_t n;
	unsigned char *id;
	struct sw_cvalue *v;
} sw_cfields;

/* The parties (or stakeholders, agreements, bodies) of a collaboration:
 * their names, lines, and the fields of each, worked out once from the
 * digest. */
typedef struct sw_csubjects {
	size_t n;
	sw_text *names;
	unsigned *lines;
	sw_cfields *vals;
} sw_csubjects;

enum { SW_CSUBJECTS = 4 };  /* parties, stakeholders, agreements, bodies */

/* One collaboration of a version, or (is_collab 0) what a file reports
 * outside every collaboration. What is compared is kept, in the snapshot's
 * arena; the digest it comes from is not. */
typedef struct sw_cunit {
	int is_collab;
	size_t file;                /* index in the snapshot's files */
	sw_text name;               /* when is_collab */
	unsigned line;
	sw_verdict verdict;
	sw_cfields vals;            /* the collaboration's own fields */
	sw_csubjects subj[SW_CSUBJECTS];
	uint32_t lo, hi;            /* its offsets in the file */
	sw_cdiag *diags;
	size_t n_diags, cap_diags;
} sw_cunit;

typedef struct sw_cfile {
	const char *key;            /* the name it is matched by */
	const char *path;           /* the name it is shown by */
	size_t first_unit, n_units; /* its units: what lies outside its
	                               collaborations, then each of them */
} sw_cfile;

typedef struct sw_snapshot {
	sw_arena arena;
	int nl;                     /* the language of messages */
	sw_cfile *files;
	size_t n_files, cap_files;
	sw_cunit **units;
	size_t n_units, cap_units;
} sw_snapshot;

/* What identifies g across versions of its file (samw diff, the baseline
 * of samw check): its message in English, keywords quoted from the file in
 * their English spelling and line numbers left out ("already used on line
 * #"), so that moving text, or writing it in the other language, does not
 * change it. */
void sw_change_identity(sw_buf *b, const sw_diag *g);

void sw_snapshot_init(sw_snapshot *s, int nl);
void sw_snapshot_free(sw_snapshot *s);
/* Check src with o (every diagnostic kept) and add its collaborations
 * under the name key (NULL: src's path). */
void sw_snapshot_add(sw_snapshot *s, const sw_source *src, const char *key, const sw_check_opts *o);

/* One atom of a value: a text in quotes, a name, a word as written (a
 * date, an amount) or a keyword in the language of the output. */
enum { ATOM_TEXT, ATOM_NAME, ATOM_PLAIN, ATOM_KW, ATOM_PHRASE };

typedef struct sw_catom {
	int type;
	sw_kw kw;
	sw_msg msg;                 /* ATOM_PHRASE */
	sw_text t;
} sw_catom;

/* One item of a value: atoms shown one after another ("2025-01-01 until
 * 2027-12-31") or, paren, the first with the others in brackets
 * ("\"2 FTE\" (EUR 1250.00)"). */
typedef struct sw_citem {
	sw_catom *a;
	size_t n;
	int paren;
	sw_text key;                /* what it is compared by */
} sw_citem;

typedef struct sw_cvalue {
	sw_citem *v;
	size_t n;
} sw_cvalue;

typedef enum sw_chkind {
	CH_FILE_ADDED, CH_FILE_REMOVED, CH_FILE_RENAMED,
	CH_COLLAB_ADDED, CH_COLLAB_REMOVED,
	CH_ADDED, CH_REMOVED,       /* a party, stakeholder, agreement or body */
	CH_SET, CH_UNSET, CH_CHANGED, /* a field of one value */
	CH_ITEM_ADDED, CH_ITEM_REMOVED, /* an item of a field of a list */
	CH_VERDICT, CH_CRITERION,
	CH_DIAG_NEW, CH_DIAG_FIXED,
} sw_chkind;

typedef enum sw_csubject {
	SUBJ_NONE, SUBJ_COLLAB, SUBJ_PARTY, SUBJ_STAKEHOLDER, SUBJ_AGREEMENT, SUBJ_BODY,
} sw_csubject;

/* What a change means for --fail-on. */
enum {
	CHF_NEW_ERROR = 1,
	CHF_NEW_WARNING = 2,
	CHF_VERDICT_LOST = 4,
	CHF_PARTY_LEFT = 8,
};

typedef struct sw_change {
	sw_chkind kind;
	size_t file;                /* in the new snapshot (the old one for a
	                               file removed) */
	const char *path, *old_path; /* shown */
	sw_text collab;             /* none: the file, outside collaborations */
	sw_csubject subject;
	sw_text name;               /* of the subject */
	int field;                  /* CF_* (change.c) */
	sw_cvalue before, after;    /* CH_SET .. CH_ITEM_REMOVED: after holds
	                               the item added, before the one removed */
	unsigned line;              /* where in the new version (the old one
	                               when it is gone), 0 when nowhere */
	int old_status, new_status; /* CH_VERDICT: sw_vstatus; CH_CRITERION:
	                               sw_cstatus */
	int crit;                   /* CH_CRITERION */
	sw_text sentence;           /* CH_VERDICT: the new verdict's sentence */
	const sw_cdiag *diag;       /* CH_DIAG_* */
	unsigned flags;             /* CHF_* */
} sw_change;

typedef struct sw_changes {
	sw_arena arena;
	int nl;
	sw_change *v;
	size_t n, cap;
	unsigned flags;             /* of every change */
	size_t files;               /* files with a change */
} sw_changes;

/* The changes from old to new (both in the language of the output). */
void sw_changes_make(sw_changes *c, const sw_snapshot *old, const sw_snapshot *new_);
void sw_changes_free(sw_changes *c);

/* The field's identifier in JSON ("shares"). */
const char *sw_cfield_id(int field);
/* The field's name in a language ("shared item"), and the phrases that say
 * an item was added or removed (M_NONE: the general ones). */
sw_msg sw_cfield_noun(int field);
sw_msg sw_cfield_added(int field);
sw_msg sw_cfield_removed(int field);
/* CF_LEFT: a party's leaving date */
int sw_cfield_is_left(int field);

/* Writing the changes (change_out.c). */
enum { SW_CH_TEXT, SW_CH_MARKDOWN, SW_CH_JSON, SW_CH_GITHUB };
void sw_changes_write(sw_buf *b, const sw_changes *c, int format);
/* A change in one sentence, in the language of c. */
void sw_change_sentence(sw_buf *b, const sw_changes *c, const sw_change *x);

#endif
