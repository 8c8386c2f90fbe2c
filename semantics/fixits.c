/* The fix-its of the checks that find a statement missing (SW201 no-goal,
 * SW203 no-results, SW204 no-governance, SW301 no-people, SW601 no-form,
 * SW703 no-term; SW009's missing kind is the shape pass's, in
 * parser/build.c): the statement, in the file's language, where fmt would
 * put it. Each holds a placeholder or a choice the reader must make, so
 * they are offered to editors and never applied by `samw check --fix`. */
#include "sema.h"

void sw_sema_fixit(sw_sema *s, sw_diag *g, const sw_stmt *b, unsigned depth,
                   sw_fixit_where where, const char *fmt, ...)
{
	if (!g)
		return;
	sw_buf x = { 0 };
	va_list ap;
	va_start(ap, fmt);
	sw_sema_vformat(s, &x, fmt, ap);
	va_end(ap);
	sw_fixit_add(s->D, g, s->P->src, b, depth, where, sw_buf_str(&x));
	sw_buf_free(&x);
}
