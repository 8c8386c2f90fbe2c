/* The editor section of the public API (include/samw.h, "the index of a
 * source"): symbols and uses from samw_check_indexed, the uses inside a
 * second declaration of a name, completion by block and by statement,
 * descriptions of keywords, names a rename may give, the suppression
 * comment; and the settings the command line and the server share. Every
 * expectation is exact. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static const char doc[] =
	"collaboration zorg \"Zorg Noord\" {\n"                              /* 1 */
	"    form alliance\n"                                              /* 2 */
	"    goal \"Betere zorg\"\n"                                       /* 3 */
	"    party huisarts \"Huisartsen Noord\" {\n"                      /* 4 */
	"        kind organisation\n"                                      /* 5 */
	"    }\n"                                                          /* 6 */
	"    party zkh \"Ziekenhuis\" {\n"                                 /* 7 */
	"    }\n"                                                          /* 8 */
	"    agreement akkoord \"Akkoord\" { kind contract; between huisarts, zkh }\n" /* 9 */
	"    agreement akkoord \"Tweede\" { kind contract; between zkh, huisarts }\n"  /* 10 */
	"    governance {\n"                                               /* 11 */
	"        body stuur \"Stuurgroep\" {\n"                            /* 12 */
	"            members huisarts, zkh\n"                              /* 13 */
	"            decides consensus\n"                                  /* 14 */
	"        }\n"
	"    }\n"
	"}\n";

static uint32_t at(const char *needle, int nth, uint32_t plus)
{
	const char *p = doc;
	for (int i = 0; i <= nth; i++) {
		p = strstr(i ? p + 1 : p, needle);
		assert_non_null(p);
	}
	return (uint32_t)(p - doc) + plus;
}

static void symbols_and_uses(void **state)
{
	(void)state;
	samw_source *src = samw_source_new("x.samw", doc, sizeof doc - 1);
	samw_options o = { .lang = SAMW_LANG_EN, .no_verdicts = 1 };
	samw_index *ix = NULL;
	samw_result *r = samw_check_indexed(src, &o, &ix);
	assert_non_null(ix);
	assert_int_equal(samw_index_lang(ix), SAMW_LANG_EN);
	/* zorg, huisarts, zkh, akkoord, akkoord (again), stuur */
	assert_int_equal(samw_index_symbols(ix), 6);
	const samw_symbol *s = samw_index_symbol(ix, 1);
	assert_int_equal(s->kind, SAMW_SYMBOL_PARTY);
	assert_string_equal(s->name, "huisarts");
	assert_string_equal(s->title, "Huisartsen Noord");
	assert_string_equal(s->party_kind, "organisation");
	assert_int_equal(s->parent, 0);
	assert_int_equal(s->name_start.line, 4);
	assert_int_equal(s->name_start.column, 11);
	assert_int_equal(s->end.line, 6);
	assert_int_equal(samw_index_symbol(ix, 4)->duplicate, 1);
	assert_int_equal(samw_index_symbol(ix, 5)->kind, SAMW_SYMBOL_BODY);
	/* the uses of huisarts: its declaration, both agreements (the second a
	 * duplicate: renaming must reach it too), the body */
	long u = samw_index_use_at(ix, at("huisarts, zkh }", 0, 3));
	assert_true(u >= 0);
	const samw_use *use = samw_index_use(ix, (size_t)u);
	assert_int_equal(use->symbol, 1);
	assert_int_equal(use->binds, 1);
	assert_int_equal(use->owner, 3);
	unsigned lines = 0, n = 0;
	for (size_t i = 0; i < samw_index_uses(ix); i++) {
		const samw_use *v = samw_index_use(ix, i);
		if (v->symbol == 1)
			lines = lines * 100 + v->start.line, n++;
	}
	assert_int_equal(n, 4);
	assert_int_equal(lines, 4091013);
	/* the end of a name is on it; the blank after it is not */
	assert_true(samw_index_use_at(ix, at("huisarts \"H", 0, 8)) >= 0);
	assert_int_equal(samw_index_use_at(ix, at("huisarts \"H", 0, 9)), -1);
	/* blocks: the collaboration, two parties, two agreements, governance,
	 * the body */
	assert_int_equal(samw_index_blocks(ix), 7);
	samw_position open, close;
	samw_index_block(ix, 0, &open, &close);
	assert_int_equal(open.line, 1);
	assert_int_equal(close.line, 17);
	samw_index_free(ix);
	samw_result_free(r);
	samw_source_free(src);
}

static char *labels(const char *text, uint32_t off, samw_lang kw)
{
	samw_source *src = samw_source_new("x.samw", text, strlen(text));
	samw_completion *c = samw_complete(src, off, kw, SAMW_LANG_EN);
	sw_buf b = { 0 };
	for (size_t i = 0; i < samw_completion_len(c); i++)
		sw_buf_printf(&b, "%s%s", i ? "," : "", samw_completion_get(c, i)->label);
	char *s = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	samw_completion_free(c);
	samw_source_free(src);
	return s;
}

static void completion(void **state)
{
	(void)state;
	char *l = labels(doc, at("consensus", 0, 0), SAMW_LANG_AUTO);
	assert_string_equal(l, "consensus,unanimity,majority,huisarts,zkh");
	free(l);
	/* in a body: the statements it takes, but members and decides, there */
	l = labels(doc, at("        }\n    }", 0, 4), SAMW_LANG_AUTO);
	assert_string_equal(l, "chair,secretary,veto");
	free(l);
	/* the same place, keywords in Dutch */
	l = labels(doc, at("        }\n    }", 0, 4), SAMW_LANG_NL);
	assert_string_equal(l, "voorzitter,secretaris,veto");
	free(l);
	/* in a text: nothing */
	l = labels(doc, at("Betere", 0, 2), SAMW_LANG_AUTO);
	assert_string_equal(l, "");
	free(l);
	/* in a suppression comment, in Dutch: the checks */
	l = labels("# samw: toestaan SW2", 20, SAMW_LANG_AUTO);
	assert_int_equal(strncmp(l, "unknown-keyword,misplaced-keyword,", 34), 0);
	assert_null(strstr(l, "syntax"));
	free(l);
	/* an empty file: the top-level statements (a register to use, an
	 * organisation of a register, a collaboration), blocks as snippets */
	samw_source *src = samw_source_new("x.samw", "", 0);
	samw_completion *c = samw_complete(src, 0, SAMW_LANG_NL, SAMW_LANG_NL);
	assert_int_equal(samw_completion_len(c), 3);
	assert_string_equal(samw_completion_get(c, 0)->label, "gebruik");
	assert_string_equal(samw_completion_get(c, 1)->label, "organisatie");
	assert_string_equal(samw_completion_get(c, 2)->label, "samenwerking");
	assert_string_equal(samw_completion_get(c, 2)->snippet,
	                    "samenwerking ${1:id} \"${2:Naam}\" {\n\t$0\n}");
	samw_completion_free(c);
	samw_source_free(src);
}

static void descriptions(void **state)
{
	(void)state;
	samw_source *src = samw_source_new("x.samw", doc, sizeof doc - 1);
	samw_position s, e;
	char *t = samw_describe_at(src, at("members", 0, 2), SAMW_LANG_NL, &s, &e);
	assert_non_null(t);
	assert_string_equal(t, "**members** · **leden**\n\nEen regel in een orgaan.\n\n```samw\nmembers name1, name2\n```"
	                       "\n\nCriterium C3, mensen: Mensen doen het: bestuurders, managers en professionals zijn er nauw bij betrokken.");
	assert_int_equal(s.line, 13);
	assert_int_equal(s.column, 13);
	assert_int_equal(e.column, 20);
	free(t);
	/* a name is no keyword; nor is a text */
	assert_null(samw_describe_at(src, at("huisarts, zkh\n", 0, 1), SAMW_LANG_EN, NULL, NULL));
	assert_null(samw_describe_at(src, at("Betere", 0, 1), SAMW_LANG_EN, NULL, NULL));
	samw_source_free(src);
}

static void names_and_comments(void **state)
{
	(void)state;
	assert_int_equal(samw_name_check("zorg_noord", 10), 0);
	assert_int_equal(samw_name_check("\xc3\xa9\xc3\xa9n-'s", 8), 0);
	assert_int_equal(samw_name_check("partner's", 9), 0);
	assert_int_equal(samw_name_check("risico's", 8), 2); /* a value */
	assert_int_equal(samw_name_check("partners'", 9), 1);
	assert_int_equal(samw_name_check("_a", 2), 1);
	assert_int_equal(samw_name_check("two words", 9), 1);
	assert_int_equal(samw_name_check("zie\xe2\x80\x8bkenhuis", 13), 1);
	assert_int_equal(samw_name_check("\xff", 1), 1);
	assert_int_equal(samw_name_check("", 0), 1);
	assert_int_equal(samw_name_check("party", 5), 2);
	assert_int_equal(samw_name_check("partij", 6), 2);
	assert_int_equal(samw_name_check("onderdeel", 9), 2);
	char *c = samw_allow_comment((size_t)samw_check_find("SW301"), SAMW_LANG_NL, SAMW_LANG_NL);
	assert_string_equal(c, "# samw: toestaan no-people -- reden");
	free(c);
	c = samw_allow_comment((size_t)samw_check_find("SW301"), SAMW_LANG_EN, SAMW_LANG_EN);
	assert_string_equal(c, "# samw: allow no-people -- reason");
	free(c);
}

static void settings(void **state)
{
	(void)state;
	char dir[] = "/tmp/samw-settings-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[128], git[128];
	snprintf(git, sizeof git, "%s/.git", dir);
	assert_int_equal(mkdir(git, 0700), 0);
	snprintf(path, sizeof path, "%s/.samwrc", dir);
	size_t n = samw_checks();
	signed char *sev = malloc(n);
	memset(sev, SAMW_KEEP, n);
	samw_settings st;
	memset(&st, 0, sizeof st);
	st.severity = sev;
	assert_int_equal(samw_settings_find(dir, &st), SAMW_SETTINGS_NONE);
	FILE *f = fopen(path, "w");
	fputs("# project\ndeny = no-people\nmax-diagnostics = 7\nwarnings-as-errors = yes\n", f);
	fclose(f);
	assert_int_equal(samw_settings_find(dir, &st), SAMW_SETTINGS_OK);
	assert_int_equal(sev[samw_check_find("no-people")], SAMW_ERROR);
	assert_int_equal(st.max_diagnostics, 7);
	assert_int_equal(st.warnings_as_errors, 1);
	assert_string_equal(st.path, path);
	f = fopen(path, "w");
	fputs("allow = SW301\nwarn = nothing-such\n", f);
	fclose(f);
	assert_int_equal(samw_settings_find(dir, &st), SAMW_SETTINGS_BAD_LINE);
	assert_int_equal(st.line, 2);
	char msg[256];
	samw_settings_message(&st, SAMW_SETTINGS_BAD_LINE, SAMW_LANG_EN, NULL, msg, sizeof msg);
	assert_string_equal(msg, "'nothing-such' is not a check code or name (see 'samw rules')");
	unlink(path);
	rmdir(git);
	rmdir(dir);
	free(sev);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(symbols_and_uses),
		cmocka_unit_test(completion),
		cmocka_unit_test(descriptions),
		cmocka_unit_test(names_and_comments),
		cmocka_unit_test(settings),
	};
	return cmocka_run_group_tests_name("index", tests, NULL, NULL);
}
