/* The baseline of samw check (baseline.c): findings recorded once and
 * left out after, matched by code, file, collaboration and message, never
 * by line. */
#ifndef SW_CLI_BASELINE_H
#define SW_CLI_BASELINE_H

#include <limits.h>

#include "cli.h"

typedef struct sw_bl_item {
	char *line;        /* code, file, collaboration, message; tab-separated */
	size_t count;      /* how often it occurs in the baseline */
	size_t used;       /* how many of them occur now */
} sw_bl_item;

typedef struct sw_baseline {
	const char *path;
	char dir[PATH_MAX];    /* its folder, real and absolute */
	sw_bl_item *v;         /* sorted by line */
	size_t n, cap;
	size_t baselined;      /* findings left out (written, when writing) */
	int loaded, owned;     /* read in; path is its own (from a .samwrc) */
	sw_buf seen;           /* the files checked against it, as it names them */
} sw_baseline;

/* The baselines of one run of samw check: the one --baseline names, or
 * those the .samwrc files name, or the one --write-baseline records. */
typedef struct sw_bl_run {
	int writing;
	sw_baseline write;
	sw_baseline *all;
	size_t n;
} sw_bl_run;

/* Start a run: read the baseline --baseline names. Returns 0, or
 * EXIT_USAGE after saying why not. */
int cli_baseline_begin(const cli *c, sw_bl_run *run);
/* The baseline that applies to file (read the first time a .samwrc names
 * it), or NULL; *failed is set when it cannot be read. */
sw_baseline *cli_baseline_for(cli *c, sw_bl_run *run, const char *file, int *failed);
/* End a run: write the baseline recorded, or say on standard error how many
 * findings each baseline left out and how many of its entries no longer
 * occur. Returns status, or EXIT_USAGE when the baseline cannot be written. */
int cli_baseline_end(const cli *c, sw_bl_run *run, int status);

/* An empty baseline to record into and write to path. */
void cli_baseline_init(sw_baseline *b, const char *path);
/* Read the baseline at path. Returns 0, or EXIT_USAGE after saying why. */
int cli_baseline_load(const cli *c, const char *path, sw_baseline *b);
/* Record every diagnostic of r, found in file. */
void cli_baseline_record(sw_baseline *b, const char *file, const samw_result *r);
/* Leave out of r what b holds (each entry as often as it is there); keep
 * at most max of the rest (0: all). */
void cli_baseline_apply(sw_baseline *b, const char *file, samw_result *r, size_t max);
/* How many entries of b occurred in none of the files checked. */
size_t cli_baseline_unused(const sw_baseline *b);
/* Write b to its path (a complete file renamed over the old one). Returns
 * 0, or EXIT_USAGE after saying why not. */
int cli_baseline_write(const cli *c, sw_baseline *b);
void cli_baseline_free(sw_baseline *b);

#endif
