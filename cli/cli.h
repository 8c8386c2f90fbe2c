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

typedef struct cli {
	int nl, lang_set;
	int color;           /* -1 auto */
	sw_format format;
	size_t max_diags, max_size;
	int8_t override[SW__COUNT];
	int werror;
	const char *stdin_name;
} cli;

int cli_load(const cli *c, const char *path, sw_source *src);
void cli_dropped(const cli *c, const sw_source *src, size_t n);
void cli_help(const cli *c, const char *topic, FILE *out);
int cli_help_known(const char *topic);

#endif
