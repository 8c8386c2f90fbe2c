/* The samw command: a thin layer over the library (include/samw.h). Its own
 * sentences come from the phrase table (diagnostics/phrases.def), in
 * English or Dutch. */
#ifndef SW_CLI_H
#define SW_CLI_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../base/buf.h"

#include "../diagnostics/diag.h"
#include "../include/samw.h"

/* The exit statuses of every command (docs: README, samw.1, --help). */
enum {
	EXIT_OK = 0,     /* no errors (warnings and notes allowed) */
	EXIT_ERRORS = 1, /* at least one error; fmt: files would change */
	EXIT_USAGE = 2,  /* a usage error, or a file that cannot be read or written */
};

/* Documented limits (docs/language.md, "Limits"). */
#define SAMW_MAX_FILE_SIZE ((size_t)1 << 30) /* 1 GiB; --max-file-size */
#define SAMW_MAX_DIAGS 100                   /* per file; --max-diagnostics */
#define SAMW_MAX_DIAGS_CONFIG 10000          /* the most a .samwrc may ask */
#define SAMW_MAX_WALK_DEPTH 64               /* folders below one named */

/* Settings from a .samwrc. */
typedef struct sw_config {
	signed char override[SW__COUNT];
	int werror;
	size_t max_diags;
	int max_set;
	unsigned horizon;    /* months; 0: not set */
	char path[4200];     /* the file they came from, or "" */
	char baseline[4200]; /* baseline = FILE, relative to that file's folder, or "" */
} sw_config;

/* The options a command takes (cli_cmd.opts). */
enum {
	OPT_COLOR = 1 << 0,   /* --color */
	OPT_LANG = 1 << 1,    /* --lang */
	OPT_FORMAT = 1 << 2,  /* --format, with the command's own values */
	OPT_CHECKS = 1 << 3,  /* --allow --warn --deny --warnings-as-errors --max-diagnostics */
	OPT_INPUT = 1 << 4,   /* --max-file-size --stdin-filename */
	OPT_CONFIG = 1 << 5,  /* --no-config */
	OPT_FMT = 1 << 6,     /* --check --diff --write */
	OPT_VERDICT = 1 << 7, /* --verdict */
	OPT_LIMIT = 1 << 8,   /* --max-diagnostics alone */
	OPT_FIX = 1 << 9,     /* --fix --diff (check and fix) */
	OPT_DATES = 1 << 10,  /* --today --horizon (and SOURCE_DATE_EPOCH) */
	OPT_PORTFOLIO = 1 << 11, /* --portfolio */
	OPT_DIFF = 1 << 12,   /* --git --staged --fail-on */
	OPT_BASELINE = 1 << 13, /* --baseline --write-baseline */
};

/* --fail-on: what makes samw diff exit with status 1 (SAMW_CHANGE_* and
 * FAIL_ANY: any change at all) */
enum { FAIL_ANY = 1 << 8 };

/* What the options say; one per run. */
typedef struct cli {
	int nl;              /* messages in Dutch */
	int lang_set;        /* --lang given */
	int color;           /* -1 auto, 0 never, 1 always */
	int format;          /* index into the command's formats */
	int fmt_mode;        /* fmt: FMT_PRINT, FMT_CHECK, FMT_DIFF, FMT_WRITE */
	size_t max_diags, max_size;
	signed char override[SW__COUNT];
	int werror;
	int verdict;         /* check --verdict */
	int fix;             /* check --fix, or samw fix: apply the fixes */
	int fix_diff;        /* with --fix: show them as a diff, write nothing */
	const char *stdin_name;
	int no_config;       /* --no-config: ignore .samwrc */
	int max_set;         /* --max-diagnostics given */
	char today[11];      /* the day of the date checks, YYYY-MM-DD: --today,
	                        else SOURCE_DATE_EPOCH, else the clock's (UTC) */
	unsigned horizon;    /* --horizon in months; 0: .samwrc's, or 6 */
	int portfolio;       /* --portfolio */
	unsigned fail_on;    /* diff --fail-on: SAMW_CHANGE_* and FAIL_ANY */
	const char *git_rev; /* diff --git REVISION */
	int staged;          /* diff --staged */
	const char *baseline, *write_baseline; /* check --baseline, --write-baseline */
	const char **files;  /* the arguments that are not options */
	size_t nfiles;
	/* the .samwrc settings of the last folder looked up: files of one
	 * folder share them, so the walk up is done once per folder */
	char cfg_dir[4096];
	int cfg_rc, cfg_have;
	sw_config cfg_cache;
	samw_workspace *ws;  /* registers of organisations read in this run */
} cli;

enum { FMT_PRINT, FMT_CHECK, FMT_DIFF, FMT_WRITE };

/* A command: its name, its help, the options it takes, the values of its
 * --format (the first is the default) and what runs it. */
typedef struct cli_cmd {
	const char *name;
	sw_msg help;
	unsigned opts;
	const char *const *formats;
	int (*run)(cli *c);
} cli_cmd;

/* Read argv into c for cmd. Returns -1 when they are fine, or an exit
 * status after saying what is wrong (or after printing the help). */
int cli_options(cli *c, const cli_cmd *cmd, int argc, char **argv);
/* A --horizon or `horizon =` value: a whole number of months, 1 to 120.
 * Returns 0 when s is not one. */
int cli_months(const char *s, unsigned *out);

/* Messages, each as "samw: ..." on standard error, one line each, every
 * part of it sanitised (diagnostics/sanitize.h). */
int cli_usage(const cli *c, sw_msg m, const char *a1, const char *a2, const char *a3);
void cli_file_error(const cli *c, const char *path, sw_msg m, const char *arg);
/* "samw: PATH: TEXT" (no path when path is NULL). */
void cli_say(const char *path, const char *text);
/* The text of a system error, in the message language. */
const char *cli_errno_text(const cli *c, int err, char *buf, size_t n);
void cli_help(const cli *c, const cli_cmd *cmd, FILE *out);

/* The files named on the command line, folders searched: each entry is a
 * file to read, or what to say about a path that is not read, in the
 * order the command meets them. */
typedef enum sw_pathkind {
	PATH_FILE,   /* read open, show shown */
	PATH_FAIL,   /* not read: msg (errno err), exit status 2 */
	PATH_NOTE,   /* not followed: msg, the exit status stays */
} sw_pathkind;

typedef struct sw_path {
	sw_pathkind kind;
	char *shown;      /* as named, or as found in a folder */
	char *open;       /* what to read: shown, or a link's checked target */
	unsigned flags;   /* samw_source_read_ex's */
	sw_msg msg;
	int err;
	char *root;       /* the folder named that it was found in, or NULL:
	                     `use` stays inside it when no .git is above */
} sw_path;

typedef struct sw_fileid {
	uint64_t dev, ino;
	int used;
} sw_fileid;

typedef struct sw_paths {
	sw_path *v;
	size_t len, cap;
	sw_fileid *seen;  /* the files added, by device and inode */
	size_t nseen, capseen;
} sw_paths;

void sw_paths_init(sw_paths *p);
void sw_paths_free(sw_paths *p);
/* Add path to p; a folder adds its *.samw files, searched recursively
 * and sorted, and what is not read in it. Returns 0, or -1 when the path
 * gives nothing to read (said when the entry is met: cli_path_note). */
int cli_expand(const cli *c, const char *path, sw_paths *p);
/* Say what a PATH_FAIL or PATH_NOTE entry says on standard error (and, for
 * a failure, tell e when given). Returns the exit status it asks for:
 * EXIT_USAGE for a failure, EXIT_OK for a note. */
int cli_path_note(const cli *c, const sw_path *p, samw_emitter *e);

/* Load one input, or say why not (and tell e, when given). Returns 0 and
 * sets *src, or EXIT_USAGE. An empty file is refused unless empty_ok. */
int cli_load(const cli *c, const sw_path *path, samw_source **src, samw_emitter *e, int empty_ok,
             sw_buf *why);
/* The text of a failure to read a path, in the message language. */
void cli_path_text(const cli *c, const sw_path *p, sw_buf *out);

/* The settings that apply to a file (from the nearest .samwrc above it).
 * Returns 0, or -1 after naming the malformed file and line. */
int cli_config(cli *c, const char *file, sw_config *cfg);
/* The options of a check of path: the command line over its .samwrc.
 * override must hold SW__COUNT entries.
 * Returns 0 or -1 as cli_config. */
int cli_check_options(cli *c, const char *path, samw_options *o, signed char *override);

/* Before rewriting files: a file-size limit becomes an error (EFBIG), not
 * the end of the process. */
void cli_writing(void);
/* Replace the file at path by text, atomically (base/replace.h); when it
 * cannot be done, say why under the name shown. Returns EXIT_OK or
 * EXIT_USAGE. */
int cli_rewrite(const cli *c, const char *path, const char *shown, const char *text, size_t n);

/* check --fix: apply the machine-applicable fixes of *src (checked with
 * o) to the file p, or show them as a diff (c->fix_diff), and say how many;
 * *src becomes the fixed text, for the check that follows. Returns
 * EXIT_OK, or EXIT_USAGE when the file could not be rewritten. */
int cli_fix_file(const cli *c, const sw_path *p, samw_source **src, const samw_options *o);

int cli_check(cli *c);
int cli_fix(cli *c);
int cli_fmt(cli *c);
int cli_report(cli *c);
int cli_graph(cli *c);
int cli_rules(cli *c);
int cli_explain(cli *c);
int cli_keywords(cli *c);
int cli_portfolio(cli *c);
int cli_diff(cli *c);
int cli_lsp(cli *c);

#endif
