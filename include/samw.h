/* libsamw: read .samw files and check them against the collaboration
 * criteria. The CLI (cli/) is a thin layer over this header. */
#ifndef SAMW_H
#define SAMW_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../diagnostics/diag.h"
#include "../parser/parser.h"

#define SAMW_VERSION "0.1.0"

typedef struct samw_opts {
	int nl;                  /* messages in Dutch */
	size_t max_diags;        /* per file; 0: no limit */
	const int8_t *override;  /* per check: SW_SEV_KEEP or a severity */
	int werror;              /* warnings count as errors */
	const char *doc_dir;     /* document paths are relative to this folder;
	                            NULL: the folder of the source's path */
} samw_opts;

/* Check one source; diagnostics are added to out (initialised by the
 * caller), sorted by position. */
void samw_check(const sw_source *src, const samw_opts *o, sw_diags *out);

/* Like samw_check, and calls fn with each collaboration once it has been
 * checked: its model (parser/model.h), and the index in out->v from which
 * its diagnostics start (before sorting). The model lives until fn returns. */
struct sw_collab;
typedef void (*samw_collab_fn)(void *ud, const sw_source *src, struct sw_collab *c,
                               const sw_diags *d, size_t first);
void samw_walk(const sw_source *src, const samw_opts *o, sw_diags *out,
               samw_collab_fn fn, void *ud);

/* Positions in a source are 32-bit byte offsets (parser/cst.h): no input
 * can be larger than this, whatever limit a caller asks for. */
#define SAMW_MAX_SOURCE ((size_t)UINT32_MAX - 2)

/* Read a file whole into a buffer fit for sw_source (two NUL bytes after
 * it). Returns 0, or an errno value; *too_big is set when the file is over
 * max bytes (max is at most SAMW_MAX_SOURCE). path "-" reads standard
 * input. */
int samw_load(const char *path, size_t max, sw_source *src, int *too_big);
void samw_unload(sw_source *src);

#endif
