/* The pieces of the portfolio that its golden files (tests/portfolio.sh)
 * do not show one by one: who is who across files (sw_org_keys and the
 * grouping), and the calendar the date checks count with. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/portfolio.h"
#include "base/date.h"
#include "util.h"

static sw_text t(const char *s)
{
	sw_text x = { s, s ? strlen(s) : 0 };
	return x;
}

/* The keys of a party with a name, a title and a KvK number (each may be
 * NULL), joined by spaces. */
static char *keys_of(const char *name, const char *title, const char *kvk)
{
	sw_dparty p;
	memset(&p, 0, sizeof p);
	p.name = t(name);
	p.title = t(title);
	p.in.kvk = t(kvk);
	sw_buf k[2] = { { 0 }, { 0 } }, out = { 0 };
	size_t n = sw_org_keys(&p, k);
	for (size_t i = 0; i < n; i++)
		sw_buf_printf(&out, "%s%s", i ? " " : "", sw_buf_str(&k[i]));
	char *s = strdup(sw_buf_str(&out));
	sw_buf_free(&k[0]);
	sw_buf_free(&k[1]);
	sw_buf_free(&out);
	return s;
}

static void org_keys(void **state)
{
	(void)state;
	static const struct {
		const char *name, *title, *kvk, *want;
	} c[] = {
		{ "umcg", "University Medical Center", "12345678", "kvk:12345678 title:universitymedicalcenter" },
		{ "umcg", "University  Medical-Center.", NULL, "title:universitymedicalcenter" },
		{ "gem", "Gemeente 's-Hertogenbosch", NULL, "title:gemeenteshertogenbosch" },
		{ "coop", "Energiecoöperatie", NULL, "title:energiecoöperatie" },
		{ "x", "...", NULL, "id:x" },
		{ "x", NULL, NULL, "id:x" },
		{ "x", NULL, "87654321", "kvk:87654321" },
	};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		char *got = keys_of(c[i].name, c[i].title, c[i].kvk);
		const char *want = c[i].want;
		if (strcmp(got, want) != 0)
			print_error("keys of %s: %s, expected %s\n", c[i].name, got, want);
		assert_string_equal(got, want);
		free(got);
	}
}

/* The organisations of a portfolio of texts, as "ID=PARTIES" words,
 * through the public API in JSON. */
static char *orgs_of(const char *const *texts, size_t n)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	samw_portfolio *pf = samw_portfolio_begin(f, SAMW_PORTFOLIO_JSON, SAMW_LANG_EN, "2026-06-15", 0);
	assert_non_null(pf);
	for (size_t i = 0; i < n; i++) {
		char path[32];
		snprintf(path, sizeof path, "f%zu.samw", i);
		samw_source *s = samw_source_new(path, texts[i], strlen(texts[i]));
		samw_options o = { .lang = SAMW_LANG_EN, .document_dir = "." };
		samw_portfolio_add(pf, s, &o);
		samw_source_free(s);
	}
	samw_portfolio_end(pf);
	fclose(f);
	/* "id":"...","name":"..." of each organisation, in order */
	sw_buf out = { 0 };
	for (const char *p = strstr(buf, "\"organisations\": ["); p && (p = strstr(p, "{\"id\":\""));) {
		p += 7;
		const char *e = strchr(p, '"');
		sw_buf_printf(&out, "%s%.*s", out.len ? " " : "", (int)(e - p), p);
		p = e;
		/* and the number of its parties */
		const char *next = strstr(p, "{\"id\":\"");
		size_t members = 0;
		for (const char *q = p; (q = strstr(q, "\"party\":")) && (!next || q < next); q++)
			members++;
		sw_buf_printf(&out, "=%zu", members);
	}
	char *s = strdup(sw_buf_str(&out));
	sw_buf_free(&out);
	free(buf);
	return s;
}

#define COLLAB(name, parties) \
	"collaboration " name " \"C\" {\n    form network\n    goal \"g\"\n" parties "}\n"

static void grouping(void **state)
{
	(void)state;
	/* the same KvK number; the same title; a name alone, in two files;
	 * a person is no organisation; two parties of one organisation in one
	 * collaboration */
	const char *const texts[] = {
		COLLAB("a", "    party p \"Org P\" {\n        kvk \"12345678\"\n    }\n"
		            "    party q \"Org Q\" {\n    }\n"
		            "    party r {\n    }\n"
		            "    party j \"J. Jansen\" {\n        kind person\n    }\n"),
		COLLAB("b", "    party p2 \"Another name\" {\n        kvk \"12345678\"\n    }\n"
		            "    party q2 \"org  q.\" {\n    }\n"
		            "    party r {\n    }\n"
		            "    party q3 \"ORG Q\" {\n    }\n"),
	};
	char *got = orgs_of(texts, 2);
	assert_string_equal(got, "kvk:12345678=2 title:orgq=3 id:r=2");
	free(got);
	/* a title shared with a party that has a KvK number joins it */
	const char *const joined[] = {
		COLLAB("a", "    party p \"Org P\" {\n        kvk \"12345678\"\n    }\n"),
		COLLAB("b", "    party x \"Org P\" {\n    }\n"),
	};
	got = orgs_of(joined, 2);
	assert_string_equal(got, "kvk:12345678=2");
	free(got);
}

/* sw_date_from_days is the inverse of sw_date_days, and a date written is
 * read back, from 0001-01-01 to 9999-12-31 */
static void calendar(void **state)
{
	(void)state;
	long first = sw_date_days(1, 1, 1), last = sw_date_days(9999, 12, 31);
	for (long d = first; d <= last; d += 1 + (d & 7)) {
		sw_date x = sw_date_from_days(d);
		assert_int_equal(sw_date_days(x.y, x.m, x.d), d);
		char s[11];
		sw_date_write(s, x);
		sw_date y;
		assert_true(sw_date_parse(s, 10, &y));
		assert_int_equal(y.days, d);
	}
	sw_date e = sw_date_from_days(0);
	assert_int_equal(e.y * 10000 + e.m * 100 + e.d, 19700101);
	sw_date l = sw_date_from_days(sw_date_days(2024, 2, 29));
	assert_int_equal(l.y * 10000 + l.m * 100 + l.d, 20240229);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(org_keys),
		cmocka_unit_test(grouping),
		cmocka_unit_test(calendar),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
