#include "sema.h"

#include <stdarg.h>
#include <string.h>

void sw_sema_run(sw_sema *s)
{
	sw_collab *c = s->c;
	s->early = c->phase_kw == KW_EXPLORING || c->phase_kw == KW_SHARING;
	sw_register_attach(s);
	sw_declare_names(s);
	sw_register_link(s);
	sw_resolve(s);
	sw_core_make(s);
	sw_check_c1(s);
	sw_check_c2(s);
	sw_check_c3(s);
	sw_check_c4(s);
	sw_check_c5(s);
	sw_check_c6(s);
	sw_check_c7(s);
}

/* The phase rule (checks.def's phase column): before `agreeing`, the
 * absence of agreements, governance, results and term is expected, so those
 * checks drop to notes. */
sw_diag *sw_sema_diag(sw_sema *s, sw_check c, sw_span at, sw_msg m)
{
	return sw_sema_diag_as(s, c, sw_check_info(c)->sev, at, m);
}

sw_diag *sw_sema_diag_as(sw_sema *s, sw_check c, sw_sev sev, sw_span at, sw_msg m)
{
	const sw_checkinfo *ci = sw_check_info(c);
	if (s->early && ci->phase == PHASE_EARLY && sev > SEV_NOTE) {
		sev = SEV_NOTE;
		s->D->lowering = 1;
	}
	sw_diag *g = sw_diag_add(s->D, c, sev, at, m);
	s->D->lowering = 0;
	return g;
}

sw_span sw_value_span(const sw_stmt *s)
{
	const sw_arg *a = sw_stmt_args(s);
	return a ? a->span : s->head->span;
}

const char *sw_sema_kw(const sw_sema *s, sw_kw k)
{
	return sw_kw_spell(k, s->lang);
}

void sw_sema_vformat(const sw_sema *s, sw_buf *b, const char *fmt, va_list ap)
{
	for (const char *p = fmt; *p; p++) {
		if (p[0] == '%' && p[1] == 'k') {
			sw_buf_puts(b, sw_sema_kw(s, (sw_kw)va_arg(ap, int)));
			p++;
		} else if (p[0] == '%' && p[1] == 's') {
			sw_buf_puts(b, va_arg(ap, const char *));
			p++;
		} else if (p[0] == '%' && p[1] == 'p') {
			/* a phrase in the file's language: text written into it */
			sw_buf_puts(b, sw_msg_text((sw_msg)va_arg(ap, int), s->lang == SW_LANG_NL));
			p++;
		} else {
			sw_buf_putc(b, *p);
		}
	}
}

void sw_sema_parties(const sw_sema *s, sw_buf *b)
{
	for (const sw_party *p = s->c->parties; p; p = p->next) {
		if (sw_party_left(p))
			continue;
		if (b->len)
			sw_buf_puts(b, ", ");
		sw_buf_put(b, p->d.name->text, p->d.name->len);
	}
}

void sw_sema_write(sw_sema *s, sw_diag *g, int i, const sw_stmt *b, unsigned depth,
                   sw_fixit_where where, const char *fmt, ...)
{
	if (!g)
		return;
	sw_buf x = { 0 };
	va_list ap;
	va_start(ap, fmt);
	sw_sema_vformat(s, &x, fmt, ap);
	va_end(ap);
	if (i > 0)
		sw_diag_argz(s->D, g, i, sw_buf_str(&x));
	if (b)
		sw_fixit_add(s->D, g, s->P->src, b, depth, where, sw_buf_str(&x));
	sw_buf_free(&x);
}
