/* The CLI's own state and its help texts. */
#ifndef SW_CLI_H
#define SW_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "../diagnostics/diag.h"
#include "../diagnostics/render.h"
#include "../include/samw.h"

/* Documented limits (docs/language.md, "Limits"). */
#define SAMW_MAX_FILE_SIZE ((size_t)1 << 30) /* 1 GiB; --max-file-size */
#define SAMW_MAX_DIAGS 100                   /* per file; --max-diagnostics */

/* Settings from a .samwrc. */
typedef struct sw_config {
	int8_t override[SW__COUNT];
	int werror;
	size_t max_diags;
	int max_set;
	char path[4200];     /* the file they came from, or "" */
} sw_config;

typedef struct cli {
	int nl, lang_set;
	int color;           /* -1 auto */
	sw_format format;
	size_t max_diags, max_size;
	int8_t override[SW__COUNT];
	int werror;
	const char *stdin_name;
	struct sw_emit *emit; /* machine format of the run, if any */
	int no_config;       /* --no-config: ignore .samwrc */
	int max_set;         /* --max-diagnostics given */
	/* the .samwrc settings of the last folder looked up: files of one
	 * folder share them, so the walk up is done once per folder */
	char cfg_dir[4096];
	int cfg_rc, cfg_have;
	sw_config cfg_cache;
} cli;


/* The settings that apply to a file (from the nearest .samwrc above it).
 * Returns 0, or -1 after naming the malformed file and line. */
int cli_config(cli *c, const char *file, sw_config *cfg);

/* The files named on the command line, directories searched. */
typedef struct sw_paths {
	char **v;
	size_t len, cap;
} sw_paths;

void sw_paths_init(sw_paths *p);
void sw_paths_free(sw_paths *p);
/* Add path to p; a directory adds its *.samw files, searched recursively
 * and sorted. Returns 0, or -1 after saying why a path cannot be used. */
int cli_expand(const cli *c, const char *path, sw_paths *p);
int cli_usage(const cli *c, const char *fmt, const char *arg);
int cli_rules(cli *c, int argc, char **argv);
int cli_explain(cli *c, int argc, char **argv);
int cli_fmt(cli *c, int argc, char **argv);
int cli_report(cli *c, int argc, char **argv);
int cli_graph(cli *c, int argc, char **argv);

int cli_load(const cli *c, const char *path, sw_source *src);
void cli_dropped(const cli *c, const sw_source *src, size_t n);
void cli_help(const cli *c, const char *topic, FILE *out);
int cli_help_known(const char *topic);

#endif
