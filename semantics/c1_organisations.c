/* C1 Organising between organisations ("organiseren tussen organisaties"):
 * it is between organisations, not between individuals inside departments,
 * teams or projects of one organisation. */
#include <string.h>

#include "sema.h"

static int is_unit(sw_kw k)
{
	return k == KW_DEPARTMENT || k == KW_TEAM || k == KW_PROJECT;
}

/* Names of organisations compare without regard to ASCII case or spaces
 * around them: "Gemeente X" and "gemeente X " are one organisation. */
static int same_name(const char *a, size_t na, const char *b, size_t nb)
{
	while (na && (*a == ' ')) a++, na--;
	while (na && a[na - 1] == ' ') na--;
	while (nb && (*b == ' ')) b++, nb--;
	while (nb && b[nb - 1] == ' ') nb--;
	if (na != nb)
		return 0;
	for (size_t i = 0; i < na; i++) {
		char x = a[i], y = b[i];
		if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z') y = (char)(y - 'A' + 'a');
		if (x != y)
			return 0;
	}
	return 1;
}

static sw_span kind_span(const sw_party *p)
{
	return p->kind_stmt && p->kind_stmt->args ? p->kind_stmt->args->span : p->d.name->span;
}

void sw_check_c1(sw_sema *s)
{
	sw_collab *c = s->c;

	/* SW101 too-few-parties */
	if (c->n_parties < 2) {
		sw_diag *g = sw_sema_diag(s, SW101, c->name->span,
		                          c->n_parties ? M_C1_ONE_PARTY : M_C1_NO_PARTY);
		if (g) {
			g->help = M_C1_FEW_HELP;
			sw_diag_arg(s->D, g, 1, c->name->text, c->name->len);
			sw_diag_argz(s->D, g, 2, sw_sema_kw(s, KW_PARTY));
		}
	}

	const char *org = NULL;
	size_t org_len = 0;
	int all_same = c->n_parties >= 2;
	for (sw_party *p = c->parties; p; p = p->next) {
		/* SW102 person-as-party */
		if (p->kind == KW_PERSON) {
			sw_diag *g = sw_sema_diag(s, SW102, kind_span(p), M_C1_PERSON);
			if (g) {
				g->help = M_C1_PERSON_HELP;
				sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
				sw_sema_example(s, g, 2, "%k \"%s\" %k %k", KW_PERSON,
				                p->d.title ? p->d.title->text : "Name", KW_ROLE,
				                KW_PROFESSIONAL);
			}
		}
		/* SW104 unit-as-party */
		if (is_unit(p->kind) && !p->part_of) {
			sw_diag *g = sw_sema_diag(s, SW104, p->d.name->span, M_C1_UNIT);
			if (g) {
				g->help = M_C1_UNIT_HELP;
				sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
				/* prose, so in the language of the message */
				sw_diag_argz(s->D, g, 2, sw_kw_spell(p->kind, s->nl ? SW_LANG_NL : SW_LANG_EN));
				sw_diag_argz(s->D, g, 3, sw_sema_kw(s, KW_PART_OF));
			}
		}
		/* for SW103: is every party part of the same named organisation? */
		const sw_arg *t = p->part_of_text;
		if (!t) {
			all_same = 0;
		} else if (!org) {
			org = t->text;
			org_len = t->len;
		} else if (!same_name(t->text, t->len, org, org_len)) {
			all_same = 0;
		}
	}

	/* SW103 intra-organisational */
	if (all_same && org) {
		sw_diag *g = sw_sema_diag(s, SW103, c->name->span, M_C1_INTRA);
		if (g) {
			g->help = M_C1_INTRA_HELP;
			sw_diag_arg(s->D, g, 1, org, org_len);
		}
	}
}
