/* Diagnostics: what a check found, where, and how to say it. A diagnostic
 * stores message ids and arguments, not text, so it can be rendered in
 * English or Dutch and in every output format. */
#ifndef SW_DIAG_H
#define SW_DIAG_H

#include <stddef.h>
#include <stdint.h>

#include "../base/arena.h"
#include "../base/span.h"

typedef enum sw_sev {
	SEV_OFF = -1, /* silenced by configuration */
	SEV_NOTE = 0,
	SEV_WARNING = 1,
	SEV_ERROR = 2,
} sw_sev;

typedef enum sw_crit {
#define CRIT(id, pnl, pen, sen, snl) CRIT_##id,
#include "criteria.def"
#undef CRIT
	CRIT__COUNT
} sw_crit;

typedef enum sw_check {
#define CHECK(code, name, sev, crit, phase, sen, snl) code,
#define MSG(code, id, en, nl)
#define REASON(code, en, nl)
#include "checks.def"
#undef CHECK
#undef MSG
#undef REASON
	SW__COUNT
} sw_check;

typedef enum sw_msg {
	M_NONE = 0,
#define CHECK(code, name, sev, crit, phase, sen, snl)
#define MSG(code, id, en, nl) M_##id,
#define REASON(code, en, nl)
#include "checks.def"
#undef CHECK
#undef MSG
#undef REASON
#define PHRASE(id, en, nl) M_##id,
#include "phrases.def"
#undef PHRASE
	M__COUNT
} sw_msg;

/* When a check applies in full (checks.def's phase column). */
typedef enum sw_phase_rule {
	PHASE_ALWAYS = 0, /* in every phase */
	PHASE_EARLY = 1,  /* a note before `agreeing`: what it misses is expected */
} sw_phase_rule;

typedef struct sw_checkinfo {
	const char *code, *name;
	sw_sev sev;             /* its default */
	sw_crit crit;
	sw_phase_rule phase;
	const char *summary[2]; /* en, nl */
} sw_checkinfo;

typedef struct sw_critinfo {
	const char *id, *phrase_nl, *phrase_en, *summary[2];
} sw_critinfo;

const sw_checkinfo *sw_check_info(sw_check c);
/* What a contradiction reported by c makes of a collaboration, in the
 * verdict's words ("a one-time purchase"), or NULL. */
const char *sw_check_reason(sw_check c, int nl);
/* A severity's name as in machine output: "note", "warning", "error". */
const char *sw_sev_name(sw_sev s);
/* A severity's word in a message language ("fout" in Dutch). */
const char *sw_sev_word(sw_sev s, int nl);
const sw_critinfo *sw_crit_info(sw_crit c);
/* The check with this code ("SW101") or name ("too-few-parties"). */
int sw_check_find(const char *s, sw_check *out);
/* The template of a message: lang 0 English, 1 Dutch. */
const char *sw_msg_text(sw_msg m, int nl);
/* The check a message belongs to, or SW__COUNT for shared phrases. */
sw_check sw_msg_check(sw_msg m);

/* An argument of a message: literal text, or a phrase rendered in the
 * message language (with text as the phrase's own {1}). */
typedef struct sw_darg {
	const char *text;
	sw_msg phrase;
} sw_darg;

enum { SW_DARGS = 4 };

typedef struct sw_diag {
	sw_check check;
	sw_sev sev;
	sw_span span;
	sw_msg msg;          /* the first line */
	sw_msg label;        /* under the span, or M_NONE */
	sw_msg note, help;   /* extra lines, or M_NONE */
	int has_span2;
	sw_span span2;       /* a second place, e.g. where a name was first used */
	sw_msg label2;
	sw_darg args[SW_DARGS];
	const char *fix;     /* replacement text for span (a suggestion), or NULL */
	uint32_t seq;        /* order of emission, for a stable sort */
} sw_diag;

/* The diagnostics of one file. Their strings live in the list's own arena,
 * which outlives the tree of each block. */
typedef struct sw_diags {
	sw_arena arena;
	sw_diag *v;
	size_t len, cap;
	size_t max;          /* keep at most this many (0: no limit) */
	size_t dropped;      /* how many more were found past max */
	int full;            /* max reached: v is a heap, the last by position first */
	uint32_t seq;        /* next emission number */
	size_t count[3];     /* per severity, kept or not */
	const int8_t *override; /* per check: SW_SEV_KEEP, or the severity to use */
	int werror;          /* warnings count as errors */
	/* silences a diagnostic (returns 1) before it is counted, or NULL */
	int (*filter)(void *ud, sw_check c, sw_span at);
	void *filter_ud;
} sw_diags;

enum { SW_SEV_KEEP = -2 };

void sw_diags_init(sw_diags *d, size_t max);
void sw_diags_free(sw_diags *d);
/* Add a diagnostic; returns it for the caller to fill in labels and
 * arguments, or NULL when it was silenced or over the limit. */
sw_diag *sw_diag_add(sw_diags *d, sw_check c, sw_sev sev, sw_span span, sw_msg msg);
/* The same with the check's default severity. */
sw_diag *sw_diag_report(sw_diags *d, sw_check c, sw_span span, sw_msg msg);
/* Copy s into the list's arena and set argument i (1-based, as in {i}). */
void sw_diag_arg(sw_diags *d, sw_diag *g, int i, const char *s, size_t n);
void sw_diag_argz(sw_diags *d, sw_diag *g, int i, const char *s);
void sw_diag_argp(sw_diag *g, int i, sw_msg phrase, const char *text);
void sw_diag_fix(sw_diags *d, sw_diag *g, const char *s);
void sw_diags_sort(sw_diags *d);

/* Expand a message template with a diagnostic's arguments. */
struct sw_buf;
void sw_msg_expand(struct sw_buf *out, sw_msg m, const sw_darg *args, int nl);

#endif
