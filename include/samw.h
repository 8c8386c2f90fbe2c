/* libsamw: read .samw files, which describe collaborations between
 * organisations, and check them against the criteria of the definition of
 * collaboration (C1 to C7); format them, report on them, draw them.
 *
 * This header is the library's public face: the samw command, the
 * language server, the tests and the fuzz targets all go through it. It
 * includes only standard headers; every type is opaque or its own. All
 * state lives in the objects it hands out, so one process may check many
 * sources at once, from any number of threads, one object per thread. */
#ifndef SAMW_H
#define SAMW_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* The library's version, e.g. "0.1.0". */
const char *samw_version(void);

typedef enum samw_severity {
	SAMW_OFF = -1, /* silenced */
	SAMW_NOTE = 0,
	SAMW_WARNING = 1,
	SAMW_ERROR = 2,
} samw_severity;

/* The language of messages, or of keywords. */
typedef enum samw_lang {
	SAMW_LANG_EN = 0,
	SAMW_LANG_NL = 1,
	SAMW_LANG_AUTO = -1, /* the language most of the source's keywords use */
} samw_lang;

/* ---- the checks ------------------------------------------------------ */

/* Checks are numbered 0 .. samw_checks() - 1, in the order of their codes. */
size_t samw_checks(void);
const char *samw_check_code(size_t check);      /* "SW101" */
const char *samw_check_name(size_t check);      /* "too-few-parties" */
const char *samw_check_criterion(size_t check); /* "C1" */
samw_severity samw_check_severity(size_t check); /* its default */
/* The check with this code (any case) or name, or -1. */
long samw_check_find(const char *code_or_name);
/* The long explanation of a check, with its examples, as plain text
 * (malloc'd; the caller frees it). */
char *samw_explain(size_t check, samw_lang lang);

/* ---- sources --------------------------------------------------------- */

typedef struct samw_source samw_source;

/* A source holding a copy of text, shown in messages as path. */
samw_source *samw_source_new(const char *path, const char *text, size_t len);

typedef enum samw_read {
	SAMW_READ_OK = 0,
	SAMW_READ_MISSING,   /* no such file */
	SAMW_READ_DIR,       /* a folder */
	SAMW_READ_DEVICE,    /* a device, never a source */
	SAMW_READ_TOO_BIG,   /* larger than max */
	SAMW_READ_EMPTY,     /* nothing in it */
	SAMW_READ_FAILED,    /* another error: *err holds its errno value */
	SAMW_READ_SPECIAL,   /* a FIFO or a socket: never opened, it may block */
	SAMW_READ_UNSTABLE,  /* a regular file that gives more than its size
	                        says (a /proc file, a file being written to) */
} samw_read;

/* Read a file whole, at most max bytes (never more than 4 GiB: positions
 * are 32-bit); path "-" reads standard input. Only regular files are read
 * (and standard input, whatever it is): a device, FIFO or socket is
 * refused before it is opened, and a regular file is read up to its size
 * (one of size 0 is empty without being read). *out is set on SAMW_READ_OK
 * and on SAMW_READ_EMPTY (an empty source, which the caller may refuse). */
samw_read samw_source_read(const char *path, size_t max, samw_source **out, int *err);
/* The same with flags: SAMW_READ_NOFOLLOW refuses a symbolic link (as
 * SAMW_READ_FAILED with errno ELOOP). */
enum { SAMW_READ_NOFOLLOW = 1 };
samw_read samw_source_read_ex(const char *path, size_t max, unsigned flags, samw_source **out,
                              int *err);
void samw_source_free(samw_source *src);
const char *samw_source_path(const samw_source *src);
/* Show the source under another name in messages (the name is copied). */
void samw_source_rename(samw_source *src, const char *path);
const char *samw_source_text(const samw_source *src, size_t *len);

/* ---- checking -------------------------------------------------------- */

#define SAMW_KEEP (-2) /* in samw_options.severity: the check's own */

/* The registers of organisations that sources bring into scope with
 * `use "FILE"`, read once however many sources use them (see
 * samw_check_in). A workspace reads files as `samw check` does:
 * a used path is relative to the source, must stay inside its repository
 * (the nearest folder above it holding .git, else the root set with
 * samw_workspace_root, else the source's own folder),
 * links included; only regular files of at most max_size bytes are read,
 * and uses go at most 16 deep. It keeps what it read until it is freed:
 * make a new one when files may have changed. */
typedef struct samw_workspace samw_workspace;

samw_workspace *samw_workspace_new(size_t max_size);
void samw_workspace_free(samw_workspace *w);
/* The repository of the sources checked next when no folder above them
 * holds .git (e.g. the folder named on the command line); NULL: each
 * source's own folder. The string is copied. */
void samw_workspace_root(samw_workspace *w, const char *root);

typedef struct samw_options {
	samw_lang lang;              /* of messages (not AUTO) */
	size_t max_diagnostics;      /* kept per source; 0: all */
	const signed char *severity; /* per check: SAMW_KEEP, SAMW_OFF or a
	                                severity; NULL keeps every default */
	int warnings_as_errors;
	const char *document_dir;    /* document paths are relative to it;
	                                NULL: the folder of the source's path */
	int no_verdicts;             /* keep no verdicts (a caller that does not
	                                read them saves memory on files of very
	                                many collaborations): then
	                                samw_result_collaborations() is 0 */
	const char *today;           /* "YYYY-MM-DD": run the checks that depend
	                                on the date (SW712-SW714) as on that
	                                day; NULL (or not a date): not run. The
	                                library never reads the clock. */
	unsigned horizon;            /* months ahead that count as soon
	                                (SW714, the portfolio); 0: 6 */
} samw_options;

/* Is s a date written YYYY-MM-DD that is in the calendar? */
int samw_date_valid(const char *s);

/* The diagnostics of one source. */
typedef struct samw_result samw_result;

/* Check a source. Never NULL. The registers it uses are read for this
 * check alone. */
samw_result *samw_check(const samw_source *src, const samw_options *opts);
/* The same, with the registers of a workspace, read once for all the
 * sources checked in it (and needed by samw_workspace_check). */
samw_result *samw_check_in(samw_workspace *w, const samw_source *src, const samw_options *opts);
void samw_result_free(samw_result *r);
/* How many diagnostics are kept (at most opts->max_diagnostics). */
size_t samw_result_len(const samw_result *r);
/* How many were found of a severity, kept or not. */
size_t samw_result_count(const samw_result *r, samw_severity sev);
/* How many were found beyond the limit and not kept. */
size_t samw_result_dropped(const samw_result *r);

typedef struct samw_position {
	uint32_t line, column; /* 1-based; columns count characters */
	uint32_t offset;       /* in bytes */
} samw_position;

typedef struct samw_diagnostic {
	size_t check;
	samw_severity severity;
	samw_position start, end;    /* end is exclusive */
	int has_related;             /* a second place, e.g. a first declaration */
	samw_position related_start, related_end;
	const char *replacement;     /* replaces [start, end) to fix it, or NULL;
	                                a fix elsewhere (a missing statement)
	                                is only in samw_result_fix() */
} samw_diagnostic;

/* Diagnostic i of r, in order of position. */
void samw_result_get(const samw_result *r, size_t i, samw_diagnostic *out);

typedef enum samw_part {
	SAMW_PART_MESSAGE,    /* the first line */
	SAMW_PART_LABEL,      /* under the span */
	SAMW_PART_NOTE,
	SAMW_PART_HELP,
	SAMW_PART_RELATED,    /* at the second place */
	SAMW_PART_SUGGESTION, /* "did you mean 'x'?" when there is a replacement */
	SAMW_PART_FIX,        /* the title of the fix (samw_result_fix), for an
	                         editor's quick fix: "did you mean 'x'?" for a
	                         correction, "add `goal \"...\"`" for a missing
	                         statement */
} samw_part;

/* The text of a part of diagnostic i in a language, written into buf as
 * snprintf does; returns its length, 0 when the diagnostic has no such
 * part. */
size_t samw_result_text(const samw_result *r, size_t i, samw_part part, samw_lang lang,
                        char *buf, size_t cap);

/* ---- fixes ------------------------------------------------------------ */

/* A fix of one diagnostic: replace the text from start to end (an
 * insertion when they are equal) by replacement. */
typedef struct samw_fix {
	samw_position start, end;  /* end is exclusive */
	const char *replacement;   /* lives as long as the result */
	int applicable;            /* machine-applicable: it has one reading and
	                              leaves the reader nothing to choose (a
	                              keyword or value typo), so a tool may apply
	                              it unasked, as `samw check --fix` does; 0:
	                              a suggestion to show, e.g. a missing
	                              statement with a placeholder to fill in */
	int inserts;               /* it adds a missing statement, on a line of
	                              its own, indented as samw_format_source
	                              would; 0: it corrects [start, end) of the
	                              diagnostic itself (samw_diagnostic's
	                              replacement) */
} samw_fix;

/* The fix of diagnostic i of r: returns 1 and fills *out, or 0 when it
 * has none. Every fix is here, also those samw_diagnostic.replacement does
 * not carry. */
int samw_result_fix(const samw_result *r, size_t i, samw_fix *out);

/* Apply the machine-applicable fixes of src, checked with opts (its
 * severities and suppressions decide which diagnostics, and so which
 * fixes, there are; max_diagnostics is ignored): fixes that overlap are
 * applied one at a time, and the text is checked again after each round
 * until no applicable fix is left (at most 16 rounds). A fix that would
 * add a syntax error is not applied; in a file with syntax errors only the
 * fixes before the first are. Returns 0 with *out (malloc'd, *len bytes,
 * the source's own text when *applied is 0) and *applied, the number of
 * fixes applied; or -1 when the source is not valid UTF-8 (SW008): such a
 * file is never fixed. */
int samw_fix_source(const samw_source *src, const samw_options *opts, char **out, size_t *len,
                    size_t *applied);

/* After checking sources with a workspace: what needs them all. For each
 * register read (i from 0 to samw_workspace_registers() - 1, in the order
 * of their paths), its source (a copy, which the caller frees) and the
 * diagnostics about it: an organisation, or a KvK or registration number,
 * registered in two files; and, when unused is set (the caller checked a
 * whole folder), the organisations of registers it checked that no
 * collaboration names. Only opts' language, severities and limit apply.
 * They close the run: check no more sources in w after them. */
size_t samw_workspace_registers(samw_workspace *w);
samw_source *samw_workspace_source(samw_workspace *w, size_t i);
samw_result *samw_workspace_check(samw_workspace *w, size_t i, const samw_options *opts,
                                  int unused);

/* ---- verdicts --------------------------------------------------------- */

typedef enum samw_verdict {
	SAMW_COLLABORATION,     /* a collaboration in the sense of the definition */
	SAMW_NOT_COLLABORATION, /* it contradicts the definition */
	SAMW_NOT_YET,           /* exploring: no durable agreement yet */
	SAMW_NOT_ASSESSED,      /* its text cannot be read */
} samw_verdict;

/* How many collaborations the source holds (that could be read). */
size_t samw_result_collaborations(const samw_result *r);
/* The verdict on collaboration i, its name and where it starts. */
samw_verdict samw_result_verdict(const samw_result *r, size_t i, const char **name,
                                 samw_position *at);
typedef enum samw_status {
	SAMW_MET,           /* the file shows the criterion is met */
	SAMW_NOT_EVIDENCED, /* the file does not show it (yet) */
	SAMW_NOT_MET,       /* the file contradicts it */
} samw_status;

/* The status of criterion c (0 for C1 ... 6 for C7) in collaboration i;
 * SAMW_NOT_EVIDENCED when c is out of range. */
samw_status samw_result_criterion(const samw_result *r, size_t i, unsigned c);
/* The verdict on collaboration i in one sentence, written into buf as
 * snprintf does; returns its length. */
size_t samw_result_sentence(const samw_result *r, size_t i, samw_lang lang, char *buf, size_t cap);

/* The name of the collaboration diagnostic i lies in, or NULL when it lies
 * outside every collaboration (or verdicts were not kept: no_verdicts). */
const char *samw_result_collaboration(const samw_result *r, size_t i);
/* What identifies diagnostic i across versions of its file: its message in
 * English with line numbers left out; written as snprintf does. */
size_t samw_result_identity(const samw_result *r, size_t i, char *buf, size_t cap);
/* Keep only the diagnostics i for which keep[i] is not 0, and of them at
 * most max (0: all), the first by position; the counts are of those kept,
 * and samw_result_dropped counts what max left out. */
void samw_result_keep(samw_result *r, const unsigned char *keep, size_t max);

/* ---- output ---------------------------------------------------------- */

typedef enum samw_format {
	SAMW_FORMAT_HUMAN,  /* path:line:col: severity[CODE]: message, a snippet */
	SAMW_FORMAT_GCC,    /* path:line:col: severity: message [CODE] */
	SAMW_FORMAT_JSON,   /* one document, docs/diagnostics.schema.json */
	SAMW_FORMAT_SARIF,  /* SARIF 2.1.0 */
	SAMW_FORMAT_GITHUB, /* workflow commands */
} samw_format;

/* Writes the diagnostics of many sources in one format: begin, then one
 * call per source (or per source that could not be read), then end. */
typedef struct samw_emitter samw_emitter;

samw_emitter *samw_emit_begin(FILE *out, samw_format format, samw_lang lang, int color);
void samw_emit(samw_emitter *e, const samw_source *src, const samw_result *r);
/* More diagnostics about a source, not counted as a file of its own (those
 * of samw_workspace_check, after the sources). */
void samw_emit_more(samw_emitter *e, const samw_source *src, const samw_result *r);
void samw_emit_failure(samw_emitter *e, const char *path, const char *message);
void samw_emit_end(samw_emitter *e);

/* ---- fmt ------------------------------------------------------------- */

/* The canonical layout of src, keywords in lang (AUTO: the source's own).
 * Returns 0 with *out (malloc'd, *len bytes) set, or -1 when the source
 * has a syntax or encoding error: then *diags (when diags is not NULL)
 * holds its diagnostics, to be freed by the caller. */
int samw_format_source(const samw_source *src, samw_lang lang, char **out, size_t *len,
                       samw_result **diags);
/* The same, keeping at most max_diagnostics diagnostics in *diags (the
 * first by position; 0: all); samw_result_dropped counts the rest. */
int samw_format_source_ex(const samw_source *src, samw_lang lang, size_t max_diagnostics,
                          char **out, size_t *len, samw_result **diags);

/* ---- report and graph ------------------------------------------------ */

typedef enum samw_report_format {
	SAMW_REPORT_MARKDOWN,
	SAMW_REPORT_JSON,   /* docs/report.schema.json */
} samw_report_format;

typedef struct samw_report samw_report;

samw_report *samw_report_begin(FILE *out, samw_report_format format);
/* Check src and write the report of each of its collaborations, in
 * opts->lang, or (lang AUTO) in the language of the source. Returns the
 * number of errors found. */
size_t samw_report_add(samw_report *rep, const samw_source *src, const samw_options *opts,
                       samw_lang lang);
/* Read the registers of the files added from now on through w (which
 * must outlive the report); without it each file reads its own. */
void samw_report_workspace(samw_report *rep, samw_workspace *w);
/* A file that could not be read. */
void samw_report_unread(samw_report *rep, const char *path);
/* The same, with why it could not be read (the JSON report's "message"). */
void samw_report_failure(samw_report *rep, const char *path, const char *message);
void samw_report_end(samw_report *rep);

/* Check src and write a Graphviz (DOT) picture of it; labels in lang (AUTO:
 * the source's own). Returns the number of errors found. */
size_t samw_graph(FILE *out, const samw_source *src, const samw_options *opts, samw_lang lang);
/* The same, with the registers of a workspace. */
size_t samw_graph_in(samw_workspace *w, FILE *out, const samw_source *src, const samw_options *opts,
                     samw_lang lang);

/* ---- portfolio ------------------------------------------------------- */

typedef enum samw_portfolio_format {
	SAMW_PORTFOLIO_MARKDOWN,
	SAMW_PORTFOLIO_JSON,  /* docs/portfolio.schema.json */
	SAMW_PORTFOLIO_DOT,   /* organisations linked through their collaborations */
} samw_portfolio_format;

/* One overview of the collaborations of many files: which organisations
 * take part in which, with what; terms ending and reviews due within the
 * horizon; open-ended terms without an exit; the verdict on each. */
typedef struct samw_portfolio samw_portfolio;

/* A portfolio in lang (EN or NL) as on today ("YYYY-MM-DD"), looking
 * horizon months ahead (0: 6), written to out by samw_portfolio_end.
 * NULL when today is not a date. */
samw_portfolio *samw_portfolio_begin(FILE *out, samw_portfolio_format format, samw_lang lang,
                                     const char *today, unsigned horizon);
/* Check src with opts (the portfolio's language, day and horizon replace
 * theirs) and add its collaborations. Returns the number of errors found. */
size_t samw_portfolio_add(samw_portfolio *pf, const samw_source *src, const samw_options *opts);
/* A file that could not be read, and why. */
void samw_portfolio_failure(samw_portfolio *pf, const char *path, const char *message);
/* Write the portfolio and free it. */
void samw_portfolio_end(samw_portfolio *pf);

/* ---- changes between two versions (samw diff) ------------------------ */

/* What one version of a set of files describes: each collaboration, with
 * its verdict and diagnostics. */
typedef struct samw_snapshot samw_snapshot;

/* An empty snapshot; messages in lang (not AUTO). */
samw_snapshot *samw_snapshot_new(samw_lang lang);
/* Check src (every diagnostic kept) and add its collaborations; the file
 * is matched with the other version by key (NULL: the source's path). */
void samw_snapshot_add(samw_snapshot *s, const samw_source *src, const char *key,
                       const samw_options *opts);
void samw_snapshot_free(samw_snapshot *s);

/* What changed from one snapshot to another, in the terms of the domain. */
typedef struct samw_changes samw_changes;

enum {
	SAMW_CHANGE_NEW_ERROR = 1,     /* a diagnostic introduced: an error */
	SAMW_CHANGE_NEW_WARNING = 2,   /* a warning */
	SAMW_CHANGE_VERDICT_LOST = 4,  /* a collaboration no longer is one */
	SAMW_CHANGE_PARTY_LEFT = 8,    /* a party removed, or stated to have left */
};

typedef enum samw_changes_format {
	SAMW_CHANGES_TEXT,
	SAMW_CHANGES_MARKDOWN,
	SAMW_CHANGES_JSON,    /* docs/diff.schema.json */
	SAMW_CHANGES_GITHUB,  /* workflow annotations */
} samw_changes_format;

/* Compare; both snapshots must outlive the result, whose language is that
 * of new_. */
samw_changes *samw_compare(const samw_snapshot *old, const samw_snapshot *new_);
size_t samw_changes_len(const samw_changes *c);
/* SAMW_CHANGE_* of every change together. */
unsigned samw_changes_flags(const samw_changes *c);
void samw_changes_write(FILE *out, const samw_changes *c, samw_changes_format format);
void samw_changes_free(samw_changes *c);

/* ---- project settings (.samwrc) -------------------------------------- *
 * A .samwrc holds key=value lines (allow, warn, deny, warnings-as-errors,
 * max-diagnostics; docs/language.md). The nearest one from a folder up to
 * the root of its repository (the folder that holds .git; the root of the
 * file system when there is none) applies. Only a regular file is read, at
 * most SAMW_SETTINGS_MAX bytes, never through a symbolic link that leads
 * outside the repository. The command line and the language server both
 * read it here. */

#define SAMW_SETTINGS_MAX ((size_t)1 << 20)

typedef enum samw_settings_status {
	SAMW_SETTINGS_OK,           /* found and read */
	SAMW_SETTINGS_NONE,         /* there is none */
	SAMW_SETTINGS_BAD_LINE,     /* a line is malformed: line, what, word */
	SAMW_SETTINGS_UNREADABLE,   /* err holds the errno value */
	SAMW_SETTINGS_TOO_BIG,
	SAMW_SETTINGS_NOT_REGULAR,
	SAMW_SETTINGS_LINK_OUTSIDE,
} samw_settings_status;

typedef struct samw_settings {
	signed char *severity;  /* the caller's samw_checks() entries: each
	                           check the file names gets its severity */
	int warnings_as_errors;
	size_t max_diagnostics;
	int max_set;            /* max-diagnostics was given */
	unsigned horizon;       /* horizon = MONTHS (1 to 120); 0: not given */
	char baseline[4200];    /* baseline = FILE, as a path from the folder the
	                           search started in (relative to the .samwrc's
	                           folder in the file), or "" */
	char path[4200];        /* the .samwrc found, or "" */
	size_t line;            /* SAMW_SETTINGS_BAD_LINE: which */
	int what;               /* ... and what is wrong with it (private) */
	char word[48];          /* ... the key or check it names, when that is
	                           short plain text; else "" */
	int err;                /* SAMW_SETTINGS_UNREADABLE: the errno value */
} samw_settings;

/* Find the .samwrc that applies to the files of folder dir and read it
 * into s (severity set by the caller; the rest is cleared first). */
samw_settings_status samw_settings_find(const char *dir, samw_settings *s);
/* What is wrong when the status is neither OK nor NONE, in lang, written
 * into buf as snprintf does (errno_text: the text of s->err). A malformed
 * line's message does not name the file or the line: s->path and s->line
 * do. */
size_t samw_settings_message(const samw_settings *s, samw_settings_status st, samw_lang lang,
                             const char *errno_text, char *buf, size_t cap);

/* ---- the index of a source, for editors ------------------------------ *
 * What an editor (the language server, lsp/) and later tools (a workspace)
 * need beyond diagnostics: the names each collaboration declares, every
 * place a name is used, the blocks to fold, what may be written at a
 * place and what a keyword means. The index is built in the same pass as
 * the check (samw_check_indexed), so an editor reads a source once per
 * change; completion and descriptions read the source again, as they are
 * asked for once per keystroke at most. Names are those of one
 * collaboration: the same name in two collaborations is two symbols. */

typedef enum samw_symbol_kind {
	SAMW_SYMBOL_COLLABORATION,
	SAMW_SYMBOL_PARTY,
	SAMW_SYMBOL_STAKEHOLDER,
	SAMW_SYMBOL_AGREEMENT,
	SAMW_SYMBOL_BODY,
} samw_symbol_kind;

typedef struct samw_symbol {
	samw_symbol_kind kind;
	const char *name;                    /* as written */
	const char *title;                   /* its title, or NULL */
	samw_position name_start, name_end;  /* the name where it is declared */
	samw_position start, end;            /* its statement, block included */
	long parent;            /* the collaboration it is in (a symbol index),
	                           -1 for a collaboration */
	const char *party_kind; /* a party: its kind, the keyword as the source
	                           spells it (AUTO language); else NULL */
	int duplicate;          /* its name was declared before (SW006) */
} samw_symbol;

/* One place a symbol's name stands: its declaration or a reference. */
typedef struct samw_use {
	size_t symbol;
	samw_position start, end;
	int declaration;
	long owner;             /* the symbol whose block holds the use: an
	                           agreement for `between`, a body for
	                           `members`; -1 */
	int binds;              /* a party named in an agreement's `between` */
} samw_use;

typedef struct samw_index samw_index;

/* Check src as samw_check does and, when ix is not NULL, build its index
 * in the same pass (*ix, freed with samw_index_free). */
samw_result *samw_check_indexed(const samw_source *src, const samw_options *opts,
                                samw_index **ix);
void samw_index_free(samw_index *ix);
/* The language most of the source's keywords use (EN or NL). */
samw_lang samw_index_lang(const samw_index *ix);
/* The symbols, in source order (a collaboration before what it holds). */
size_t samw_index_symbols(const samw_index *ix);
const samw_symbol *samw_index_symbol(const samw_index *ix, size_t i);
/* The uses, by position. */
size_t samw_index_uses(const samw_index *ix);
const samw_use *samw_index_use(const samw_index *ix, size_t i);
/* The use whose span holds offset (its end included, so that a cursor
 * just after a name is on it), or -1. */
long samw_index_use_at(const samw_index *ix, uint32_t offset);
/* The blocks, by position: where each '{' and its '}' stand. */
size_t samw_index_blocks(const samw_index *ix);
void samw_index_block(const samw_index *ix, size_t i, samw_position *open, samw_position *close);

typedef enum samw_item_kind {
	SAMW_ITEM_KEYWORD,     /* a statement */
	SAMW_ITEM_BLOCK,       /* a statement that opens a block */
	SAMW_ITEM_VALUE,       /* a value of a set, or a connecting word */
	SAMW_ITEM_PARTY,
	SAMW_ITEM_STAKEHOLDER,
	SAMW_ITEM_AGREEMENT,
} samw_item_kind;

/* What may be written at a place. */
typedef struct samw_item {
	samw_item_kind kind;
	const char *label;   /* the word */
	const char *snippet; /* a block with placeholders ${1:id} "${2:Name}"
	                        { $0 } in the LSP snippet syntax, or NULL */
	const char *detail;  /* an example of the statement, or the value set
	                        or title, in the message language; or NULL */
} samw_item;

typedef struct samw_completion samw_completion;

/* What may be written at offset in src: the statements of the block the
 * offset is in, the values or names the statement takes there, the checks
 * a suppression comment ("# samw: allow ") may name; nothing elsewhere in
 * a comment or a text. Keywords
 * in kw_lang (AUTO: the source's own), details in msg_lang. Never NULL. */
samw_completion *samw_complete(const samw_source *src, uint32_t offset, samw_lang kw_lang,
                               samw_lang msg_lang);
size_t samw_completion_len(const samw_completion *c);
const samw_item *samw_completion_get(const samw_completion *c, size_t i);
/* The start of the word being completed (offset itself when none). */
uint32_t samw_completion_from(const samw_completion *c);
void samw_completion_free(samw_completion *c);

/* What the keyword at offset means, as Markdown in lang: where it stands,
 * an example, what it takes and the criterion it serves. Returns a
 * malloc'd text and sets *start and *end to the word, or NULL when no
 * keyword stands there. */
char *samw_describe_at(const samw_source *src, uint32_t offset, samw_lang lang,
                       samw_position *start, samw_position *end);

/* The comment that silences check for the statement (or block) below it:
 * "# samw: allow NAME -- reason", the keyword in kw_lang (EN or NL), the
 * reason to write over in msg_lang. malloc'd, without a line end. */
char *samw_allow_comment(size_t check, samw_lang kw_lang, samw_lang msg_lang);

/* Can text (len bytes) be a name? 0 when it can; 1 when it is no word of
 * the language (docs/language.md, "Words"); 2 when it is a keyword or the
 * first word of one, which would be read as that keyword. */
int samw_name_check(const char *text, size_t len);

#endif
