/* The insides of include/samw.h's opaque types, for the library itself and
 * its white-box tests and fuzz targets, which check invariants of the
 * internal structures behind the public calls. */
#ifndef SW_API_IMPL_H
#define SW_API_IMPL_H

#include "../base/source.h"
#include "../diagnostics/diag.h"
#include "../include/samw.h"

struct samw_source {
	sw_source s;
	char *path; /* owned copy of s.path */
};

struct samw_result {
	sw_diags d;
};

#endif
