/* C3 People ("waarbij mensen"): directors, managers and professionals are
 * closely involved; collaboration is always people's work. */
#include "sema.h"

void sw_check_c3(sw_sema *s)
{
	for (sw_party *p = s->c->parties; p; p = p->next) {
		/* SW301 no-people (a person as party is SW102's business) */
		if (p->n_people || p->kind == KW_PERSON)
			continue;
		sw_diag *g = sw_sema_diag(s, SW301, p->d.name->span, M_C3_NO_PEOPLE);
		if (g) {
			g->help = M_C3_NO_PEOPLE_HELP;
			sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
			sw_sema_example(s, g, 2, "%k \"%s\" %k %k", KW_PERSON,
			                s->lang == SW_LANG_NL ? "Naam" : "Name", KW_ROLE, KW_DIRECTOR);
		}
	}
}
