/* The semantic pass over one collaboration: name resolution, then the
 * checks of each criterion (c1_*.c .. c7_*.c), each beside its criterion. */
#ifndef SW_SEMA_H
#define SW_SEMA_H

#include <stdarg.h>

#include "../base/buf.h"
#include "../diagnostics/diag.h"
#include "../parser/model.h"
#include "../parser/fixit.h"
#include "../parser/parser.h"
#include "core.h"
#include "dates.h"

typedef struct sw_sema {
	sw_parser *P;
	sw_diags *D;
	sw_collab *c;
	sw_lang lang;     /* the file's language, for keywords in suggestions */
	int nl;           /* the message language is Dutch */
	int early;        /* phase before agreeing: missing pieces are expected */
	const char *dir;  /* folder that document paths are relative to */
	unsigned suggestions; /* "did you mean" searches made */
	sw_core core;     /* the organisations and durable agreements (core.c) */
	const sw_when *when; /* the day of the date checks, or NULL: none */
	struct sw_scope *scope; /* the organisations the file brings into scope,
	                           or NULL */
} sw_sema;

void sw_sema_run(sw_sema *s);

/* Report, applying the phase rule. */
sw_diag *sw_sema_diag(sw_sema *s, sw_check c, sw_span at, sw_msg m);
/* Report with another severity than the check's own, where the check
 * itself says so (SW704 is a note when no agreement can be ended). */
sw_diag *sw_sema_diag_as(sw_sema *s, sw_check c, sw_sev sev, sw_span at, sw_msg m);
/* A keyword in the file's language. */
const char *sw_sema_kw(const sw_sema *s, sw_kw k);
/* A statement built from keywords and text: fmt holds %k for a keyword
 * (sw_kw), %s for text and %p for a phrase (sw_msg) in the file's
 * language. */
void sw_sema_vformat(const sw_sema *s, sw_buf *b, const char *fmt, va_list ap);
/* Write the statement fmt into g: as its argument i (when i > 0) and, when
 * b is not NULL, as a fix-it that adds it to the block of b, depth blocks
 * deep (parser/fixit.h). */
void sw_sema_write(sw_sema *s, sw_diag *g, int i, const sw_stmt *b, unsigned depth,
                   sw_fixit_where where, const char *fmt, ...);
/* The names of the parties that have not left, "a, b, c", for a fix-it. */
void sw_sema_parties(const sw_sema *s, sw_buf *b);
/* Set argument i to a statement example. */
#define sw_sema_example(s, g, i, ...) sw_sema_write(s, g, i, NULL, 0, FIXIT_TOP, __VA_ARGS__)
/* Give g a fix-it that adds a statement (a placeholder the reader fills
 * in, so never applied by `samw check --fix`). */
#define sw_sema_fixit(s, g, b, depth, where, ...) sw_sema_write(s, g, 0, b, depth, where, __VA_ARGS__)

/* Parties that are organisations of the register (attach.c): before the
 * names are declared, and SW017 after. */
void sw_register_attach(sw_sema *s);
void sw_register_link(sw_sema *s);
void sw_declare_names(sw_sema *s);
/* The span of the first argument of s (its value), or of its keyword. */
sw_span sw_value_span(const sw_stmt *s);
void sw_resolve(sw_sema *s);
void sw_check_c1(sw_sema *s);
void sw_check_c2(sw_sema *s);
void sw_check_c3(sw_sema *s);
/* SW302 for one person (of a party, or of an organisation of the register,
 * which is checked where it is registered). */
void sw_check_role(sw_sema *s, const sw_person *x);
void sw_check_c4(sw_sema *s);
void sw_check_c5(sw_sema *s);
void sw_check_c6(sw_sema *s);
void sw_check_c7(sw_sema *s);

#endif
