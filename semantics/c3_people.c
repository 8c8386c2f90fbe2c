/* C3 People ("waarbij mensen"): directors, managers and professionals are
 * closely involved; collaboration is always people's work. */
#include "../parser/shape.h"
#include "sema.h"

/* SW302 no-role: a person with no role; when the title tells the role, the
 * fix adds it */
void sw_check_role(sw_sema *s, const sw_person *x)
{
	if (x->role || x->role_stated || x->registered)
		return; /* a registered person's role is the register's business */
	sw_diag *g = sw_sema_diag(s, SW302, x->name->span, M_C3_NO_ROLE);
	if (!g)
		return;
	g->help = M_C3_NO_ROLE_HELP;
	sw_diag_arg(s->D, g, 1, x->name->text, x->name->len);
	sw_kw r = x->title ? sw_title_lookup(x->title->text, x->title->len) : KW_NONE;
	/* a title samw knows tells the role; otherwise every role is offered */
	if (r)
		sw_sema_example(s, g, 2, "%k %k", KW_ROLE, r);
	else
		sw_sema_example(s, g, 2, "%k %k|%k|%k", KW_ROLE, KW_DIRECTOR, KW_MANAGER, KW_PROFESSIONAL);
}

void sw_check_c3(sw_sema *s)
{
	for (sw_party *p = s->c->parties; p; p = p->next) {
		for (const sw_person *x = p->people; x; x = x->next)
			sw_check_role(s, x);
		/* SW301 no-people (a person as party is SW102's business; a party
		 * that has left is no longer at work) */
		if (p->n_people || sw_present_has(&p->d.present, KW_PERSON) || p->kind == KW_PERSON ||
		    sw_party_left(p))
			continue;
		sw_diag *g = sw_sema_diag(s, SW301, p->d.name->span, M_C3_NO_PEOPLE);
		if (g) {
			g->help = M_C3_NO_PEOPLE_HELP;
			sw_diag_arg(s->D, g, 1, p->d.name->text, p->d.name->len);
			/* the example, and the fix-it that adds it (for editors:
			 * a placeholder name) */
			sw_sema_write(s, g, 2, p->d.stmt, 1, FIXIT_END, "%k \"%p\" %k %k", KW_PERSON,
			              M_P_FIX_PERSON_NAME, KW_ROLE, KW_DIRECTOR);
		}
	}
	for (const sw_stakeholder *k = s->c->stakeholders; k; k = k->next)
		for (const sw_person *x = k->people; x; x = x->next)
			sw_check_role(s, x);
}
