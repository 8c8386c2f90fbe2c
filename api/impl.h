/* The insides of include/samw.h's opaque types, for the library itself and
 * its white-box tests and fuzz targets, which check invariants of the
 * internal structures behind the public calls. */
#ifndef SW_API_IMPL_H
#define SW_API_IMPL_H

#include "../base/source.h"
#include "../diagnostics/diag.h"
#include "../include/samw.h"
#include "../semantics/register.h"
#include "../semantics/check.h"
#include "../semantics/verdict.h"

struct samw_source {
	sw_source s;
	char *path; /* owned copy of s.path */
};

/* A collaboration's verdict, kept after its tree is gone. */
typedef struct sw_judged {
	const char *name;
	sw_pos at;
	uint32_t lo, hi;  /* the offsets of its block */
	sw_verdict v;
} sw_judged;

struct samw_result {
	sw_diags d;
	sw_arena arena;      /* the verdicts and their names */
	sw_judged **judged;  /* each in the arena: growing the list moves only
	                        pointers */
	size_t n_judged, cap_judged;
};

struct samw_workspace {
	sw_workspace w;
	char *root;  /* samw_workspace_root's */
};

/* samw_check, calling hook with each top-level statement while its tree
 * and model are alive (the editor index, completion, descriptions). */
samw_result *samw_check_hooked(const samw_source *src, const samw_options *opts,
                               sw_top_hook hook, void *ud);

#endif
