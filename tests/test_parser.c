/* The parser and the shape pass: every statement shape and every keyword
 * and value in both spellings is accepted where it belongs; several syntax
 * errors in one file are each reported and the rest is still checked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "parser/shape.h"
#include "util.h"

/* Wrap a statement in the blocks of its context, in a language. */
static char *wrap(sw_ctx ctx, const char *stmt, sw_lang l)
{
	sw_buf b = { 0 };
	const char *coll = sw_kw_spell(KW_COLLABORATION, l);
	switch (ctx) {
	case CTX_TOP:
		sw_buf_printf(&b, "%s\n", stmt);
		break;
	case CTX_COLLAB:
		sw_buf_printf(&b, "%s c {\n%s\n}\n", coll, stmt);
		break;
	case CTX_PARTY:
		sw_buf_printf(&b, "%s c {\n%s p {\n%s\n}\n}\n", coll, sw_kw_spell(KW_PARTY, l), stmt);
		break;
	case CTX_AGREEMENT:
		sw_buf_printf(&b, "%s c {\n%s k {\n%s\n}\n}\n", coll, sw_kw_spell(KW_AGREEMENT, l), stmt);
		break;
	case CTX_GOVERNANCE:
		sw_buf_printf(&b, "%s c {\n%s {\n%s\n}\n}\n", coll, sw_kw_spell(KW_GOVERNANCE, l), stmt);
		break;
	case CTX_BODY:
		sw_buf_printf(&b, "%s c {\n%s {\n%s b {\n%s\n}\n}\n}\n", coll,
		              sw_kw_spell(KW_GOVERNANCE, l), sw_kw_spell(KW_BODY, l), stmt);
		break;
	default:
		break;
	}
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return out;
}

/* Diagnostics of the given codes in a text, as "CODE line:col" lines. */
static char *only(const char *text, const char *const *codes)
{
	char *all = diag_list("p.samw", text);
	sw_buf b = { 0 };
	for (char *l = strtok(all, "\n"); l; l = strtok(NULL, "\n"))
		for (const char *const *c = codes; *c; c++)
			if (strncmp(l, *c, 5) == 0)
				sw_buf_printf(&b, "%s\n", l);
	free(all);
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return out;
}

static const char *const shape_codes[] = { "SW001", "SW002", "SW003", "SW004", NULL };

/* The example of each shape, in English and in Dutch, is accepted. */
static void every_shape_both_languages(void **st)
{
	(void)st;
	size_t n;
	const sw_shape *all = sw_shapes(&n);
	for (int l = SW_LANG_EN; l <= SW_LANG_NL; l++) {
		for (size_t i = 0; i < n; i++) {
			sw_buf ex = { 0 };
			sw_shape_example(&ex, &all[i], (sw_lang)l);
			/* a block example ends in "{ ... }": give it an empty block */
			char *dots = strstr(ex.data, "{ ... }");
			if (dots)
				strcpy(dots, "{\n}");
			char *text = wrap((sw_ctx)all[i].ctx, sw_buf_str(&ex), (sw_lang)l);
			char *got = only(text, shape_codes);
			if (*got)
				print_error("%s\n%s", text, got);
			assert_string_equal(got, "");
			free(got);
			free(text);
			sw_buf_free(&ex);
		}
	}
}

/* Each value of each value set, in each spelling, is accepted. */
static void every_value_every_spelling(void **st)
{
	(void)st;
	static const char *const codes[] = { "SW001", "SW002", "SW003", "SW005", NULL };
	static const struct { sw_vset v; sw_ctx ctx; sw_kw kw; const char *fmt; } where[] = {
		{ VS_FORM, CTX_COLLAB, KW_FORM, "%s %s" },
		{ VS_PHASE, CTX_COLLAB, KW_PHASE, "%s %s" },
		{ VS_KIND, CTX_PARTY, KW_KIND, "%s %s" },
		{ VS_ROLE, CTX_PARTY, KW_PERSON, "%s \"X\" %s %s" },
		{ VS_AGREEMENT_KIND, CTX_AGREEMENT, KW_KIND, "%s %s" },
		{ VS_SHARED, CTX_AGREEMENT, KW_SHARES, "%s %s" },
		{ VS_DECISION, CTX_BODY, KW_DECIDES, "%s %s" },
	};
	int tested = 0;
	size_t nsp;
	const sw_spelling *sp = sw_kw_spellings(&nsp);
	for (size_t i = 0; i < nsp; i++) {
		sw_vset v = sw_kw_vset(sp[i].kw);
		if (v == VS_NONE)
			continue;
		{
			const char *spell = sp[i].s;
			sw_lang l = sp[i].lang;
			for (size_t w = 0; w < sizeof where / sizeof where[0]; w++) {
				if (where[w].v != v)
					continue;
				char stmt[128];
				if (where[w].kw == KW_PERSON)
					snprintf(stmt, sizeof stmt, where[w].fmt, sw_kw_spell(KW_PERSON, l),
					         sw_kw_spell(KW_ROLE, l), spell);
				else
					snprintf(stmt, sizeof stmt, where[w].fmt, sw_kw_spell(where[w].kw, l), spell);
				char *text = wrap(where[w].ctx, stmt, l);
				char *got = only(text, codes);
				if (*got)
					print_error("%s\n%s", text, got);
				assert_string_equal(got, "");
				free(got);
				free(text);
				tested++;
			}
		}
	}
	assert_true(tested >= 60);
}

/* Every keyword of the table is a statement keyword, a connecting word or a
 * value: none is dead. */
static void every_keyword_used(void **st)
{
	(void)st;
	size_t n;
	const sw_shape *all = sw_shapes(&n);
	for (int k = 1; k < KW__COUNT; k++) {
		int used = sw_kw_vset((sw_kw)k) != VS_NONE;
		for (size_t i = 0; i < n; i++) {
			used |= all[i].kw == k;
			for (int a = 0; a < SW_SHAPE_ARGS; a++)
				used |= (all[i].args[a].kind == A_WORD || all[i].args[a].kind == A_OPT) &&
				        all[i].args[a].kw == k;
		}
		/* in term; in suppression comments; between the items of a list */
		used |= k == KW_OPEN || k == KW_ALLOW || k == KW_AND;
		if (!used)
			print_error("keyword %s is used nowhere\n", sw_kw_info((sw_kw)k)->en);
		assert_true(used);
	}
}

static void dutch_spellings(void **st)
{
	(void)st;
	const char *text =
		"samenwerking c \"C\" {\n"
		"    vorm coöperatie\n"
		"    fase uitvoeren\n"
		"    doel \"d\"\n"
		"    strategie \"s\"\n"
		"    proces \"p\"\n"
		"    stijl \"m\"\n"
		"    looptijd 2025-01-01 tot onbepaald\n"
		"    evaluatie 2026-01-01\n"
		"    uittreding \"u\"\n"
		"    partij a \"A\" {\n"
		"        soort organisatie\n"
		"        kvk \"01234567\"\n"
		"        belang \"b\"\n"
		"        inbreng \"i\"\n"
		"        levert-in \"l\"\n"
		"        persoon \"P\" rol bestuurder\n"
		"    }\n"
		"    partij b {\n"
		"        onderdeel-van \"Holding B\"\n"
		"        belang \"b\"\n"
		"        inbreng \"i\"\n"
		"        persoon \"Q\" rol professional\n"
		"    }\n"
		"    afspraak k \"K\" {\n"
		"        soort entiteit\n"
		"        tussen a, b\n"
		"        over \"o\"\n"
		"        entiteit \"E U.A.\"\n"
		"        deelt risicos, kosten, opbrengsten\n"
		"        getekend 2024-12-01\n"
		"    }\n"
		"    besturing {\n"
		"        orgaan r \"R\" {\n"
		"            leden a, b\n"
		"            besluit meerderheid\n"
		"            voorzitter a\n"
		"        }\n"
		"        escalatie \"e\"\n"
		"    }\n"
		"    resultaat \"r\"\n"
		"}\n";
	char *got = diag_list("nl.samw", text);
	assert_string_equal(got, "");
	free(got);
}

static void several_syntax_errors(void **st)
{
	(void)st;
	const char *text =
		"collaboration c {\n"          /* 1 */
		"    goal \"unfinished\n"      /* 2: no closing quote */
		"    \"stray\" words here\n"   /* 3: no keyword */
		"    form allaince\n"           /* 4: still checked */
		"    term 2025-01-01 to 2027-01-01\n" /* 5: 'to' is not 'until' */
		"    party a @ {\n"             /* 6: bad character */
		"        kind team\n"           /* 7 */
		"    }\n"                       /* 8 */
		"    party a {\n"               /* 9: duplicate, still seen */
		"    }\n"                       /* 10 */
		"}\n"                           /* 11 */
		"}\n";                          /* 12: closes nothing */
	char *got = diag_list("e.samw", text);
	/* each syntax error in its place, and the checks that still ran */
	assert_string_equal(got,
		"SW101 1:15 error\n"
		"SW202 1:15 warning\n"
		"SW203 1:15 warning\n"
		"SW204 1:15 warning\n"
		"SW205 1:15 note\n"
		"SW404 1:15 note\n"
		"SW501 1:15 error\n"
		"SW001 2:10 error\n"
		"SW001 3:5 error\n"
		"SW005 4:10 error\n"
		"SW001 5:21 error\n"
		"SW104 6:11 warning\n"
		"SW301 6:11 warning\n"
		"SW402 6:11 warning\n"
		"SW001 6:13 error\n"
		"SW006 9:11 error\n"
		"SW001 12:1 error");
	free(got);
}

static void unclosed_block_still_checked(void **st)
{
	(void)st;
	char *got = diag_list("u.samw", "collaboration c {\n    party a {\n        kind person\n");
	assert_string_equal(got,
		"SW101 1:15 error\n"
		"SW201 1:15 error\n"
		"SW202 1:15 warning\n"
		"SW203 1:15 warning\n"
		"SW204 1:15 warning\n"
		"SW205 1:15 note\n"
		"SW404 1:15 note\n"
		"SW501 1:15 error\n"
		"SW601 1:15 warning\n"
		"SW703 1:15 warning\n"
		"SW001 1:17 error\n"
		"SW001 2:13 error\n"
		"SW102 3:14 error"); /* a person is no party: no SW402 for its interest */
	free(got);
}

static void no_collaboration(void **st)
{
	(void)st;
	char *got = diag_list("c.samw", "# only a comment\n\n");
	assert_string_equal(got, "SW009 1:1 error");
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_shape_both_languages),
		cmocka_unit_test(every_value_every_spelling),
		cmocka_unit_test(every_keyword_used),
		cmocka_unit_test(dutch_spellings),
		cmocka_unit_test(several_syntax_errors),
		cmocka_unit_test(unclosed_block_still_checked),
		cmocka_unit_test(no_collaboration),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
