/* Fuzz target: the report and graph back ends (samw report, samw graph).
 * The input is a .samw file; it is surveyed (sw_survey_file), reported in
 * markdown and in JSON (backend/report.h) and drawn as a Graphviz digraph
 * (backend/graph.h), as the CLI does. Bits of the input's length pick the
 * language, the limit of diagnostics kept and a hostile file name.
 *
 * Besides the sanitizers, the target aborts when
 * - the JSON report is not one well-formed JSON document of valid UTF-8;
 * - the markdown report or the DOT text is not valid UTF-8, or holds a
 *   control character other than a newline or tab, a C1 control, or a
 *   bidirectional or invisible character (from the file or its name);
 * - the JSON report holds one of those as itself;
 * - the DOT text does not lex: a "digraph" whose quoted strings all end on
 *   their line and whose braces and brackets balance;
 * - the report or the graph counts a different number of errors than
 *   samw_check finds with the same options;
 * - the portfolio (Markdown, JSON, DOT) fails any of the same tests, or
 *   counts other errors than samw_check;
 * - a verdict's sentence, in either language, is empty, not valid UTF-8,
 *   holds a control character, does not end with a full stop, or is not
 *   as long as its length says; a collaboration that cannot be read calls
 *   a criterion met; the number of verdicts changes between two checks. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../include/samw.h"
#include "oracle.h"

static int utf8_ok(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		size_t k = fuzz_utf8_char(u + i, n - i);
		if (!k || (u[i] == 0))
			return 0;
		i += k;
	}
	return 1;
}

/* The lexical structure of DOT: IDs, numbers, quoted strings (one line
 * each here, as graph.c writes them), punctuation; braces and brackets
 * balanced, nothing after the graph's '}'. A digraph's edges are "->", an
 * undirected graph's (the portfolio's) "--". */
static int dot_ok(const char *s, size_t n, int undirected)
{
	const char *kind = undirected ? "graph" : "digraph";
	char edge = undirected ? '-' : '>';
	size_t i = 0;
	int depth = 0, brackets = 0, started = 0, closed = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == '\n') {
			i++;
			continue;
		}
		if (closed)
			return 0;
		if (c == '"') {
			for (i++; i < n && s[i] != '"'; i++) {
				if (s[i] == '\n')
					return 0;
				if (s[i] == '\\') {
					if (++i >= n || s[i] == '\n')
						return 0;
				}
			}
			if (i >= n)
				return 0;
			i++;
			continue;
		}
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80) {
			size_t j = i;
			while (j < n && ((s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= 'a' && s[j] <= 'z') ||
			                 (s[j] >= '0' && s[j] <= '9') || s[j] == '_' || (unsigned char)s[j] >= 0x80))
				j++;
			if (!started && !(j - i == strlen(kind) && memcmp(s + i, kind, j - i) == 0))
				return 0;
			started = 1;
			i = j;
			continue;
		}
		if (!started)
			return 0;
		if ((c >= '0' && c <= '9') || c == '.' || (c == '-' && i + 1 < n && s[i + 1] != edge)) {
			i++;
			while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
				i++;
			continue;
		}
		if (c == '-' && i + 1 < n && s[i + 1] == edge) {
			i += 2;
			continue;
		}
		switch (c) {
		case '{':
			depth++;
			break;
		case '}':
			if (--depth < 0 || brackets)
				return 0;
			if (depth == 0)
				closed = 1;
			break;
		case '[':
			if (brackets++)
				return 0;
			break;
		case ']':
			if (--brackets < 0)
				return 0;
			break;
		case ';':
		case ',':
		case '=':
		case ':':
			break;
		default:
			return 0;
		}
		i++;
	}
	return started && closed && depth == 0 && brackets == 0;
}

static void text_ok(const char *what, const capture *c)
{
	if (!utf8_ok(c->data, c->len) || !fuzz_no_hidden(c->data, c->len)) {
		fprintf(stderr, "%s: invalid UTF-8, or a control, bidirectional or invisible character\n", what);
		fuzz_fail(what, c->data, c->len);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* a hostile file name (oracle.h), and a limit of diagnostics kept (as
	 * the CLI's --max-diagnostics) that must change no count; documents
	 * under a folder that does not exist */
	static const size_t limits[4] = { 0, 3, 100, 1 };
	samw_source *src = samw_source_new(fuzz_names[(size >> 3) & 7], (const char *)data, size);
	samw_lang lang = size & 1 ? SAMW_LANG_NL : SAMW_LANG_EN;
	samw_options o = { .lang = lang, .max_diagnostics = limits[(size >> 1) & 3],
	                   .document_dir = "/nonexistent/samw-fuzz" };

	/* the errors samw check finds with the same options */
	samw_result *res = samw_check(src, &o);
	size_t errors = samw_result_count(res, SAMW_ERROR);
	size_t collabs = samw_result_collaborations(res);
	for (size_t i = 0; i < collabs; i++) {
		samw_verdict v = samw_result_verdict(res, i, NULL, NULL);
		for (int l = 0; l < 2; l++) {
			char buf[4096];
			size_t want = samw_result_sentence(res, i, l ? SAMW_LANG_NL : SAMW_LANG_EN, NULL, 0);
			size_t got = samw_result_sentence(res, i, l ? SAMW_LANG_NL : SAMW_LANG_EN, buf, sizeof buf);
			size_t k = got < sizeof buf ? got : sizeof buf - 1;
			if (!want || want != got || !utf8_ok(buf, k) || !fuzz_no_controls(buf, k) ||
			    (got < sizeof buf && buf[got - 1] != '.'))
				fuzz_fail("a verdict's sentence", buf, k);
		}
		for (unsigned c = 0; c < 7 && v == SAMW_NOT_ASSESSED; c++)
			if (samw_result_criterion(res, i, c) == SAMW_MET)
				fuzz_fail("a collaboration that cannot be read meets a criterion", NULL, 0);
	}
	samw_result_free(res);
	res = samw_check(src, &o);
	if (samw_result_collaborations(res) != collabs)
		fuzz_fail("two checks of one source give other verdicts", NULL, 0);
	samw_result_free(res);

	for (int json = 0; json < 2; json++) {
		capture c;
		cap_open(&c);
		samw_report *r = samw_report_begin(c.f, json ? SAMW_REPORT_JSON : SAMW_REPORT_MARKDOWN);
		size_t n = samw_report_add(r, src, &o, lang);
		samw_report_end(r);
		fclose(c.f);
		if (json && !fuzz_json_ok(c.data, c.len))
			fuzz_fail("the JSON report is not valid JSON", c.data, c.len);
		if (json && !fuzz_no_hidden(c.data, c.len))
			fuzz_fail("the JSON report holds a control or invisible character as itself", c.data, c.len);
		if (!json)
			text_ok("the markdown report", &c);
		if (n != errors) {
			fprintf(stderr, "report: %zu errors, samw_check: %zu\n", n, errors);
			fuzz_fail("the report counts other errors than samw_check", NULL, 0);
		}
		free(c.data);
	}

	capture c;
	cap_open(&c);
	size_t n = samw_graph(c.f, src, &o, lang);
	fclose(c.f);
	text_ok("the DOT graph", &c);
	if (!dot_ok(c.data, c.len, 0))
		fuzz_fail("the DOT graph does not lex as one digraph", c.data, c.len);
	if (n != errors) {
		fprintf(stderr, "graph: %zu errors, samw_check: %zu\n", n, errors);
		fuzz_fail("the graph counts other errors than samw_check", NULL, 0);
	}
	free(c.data);

	/* the portfolio of the file, as on a day picked by the length, in each
	 * of its formats */
	static const char *const days[2] = { "2026-06-15", "2019-01-01" };
	for (int f = 0; f < 3; f++) {
		capture p;
		cap_open(&p);
		samw_portfolio *pf = samw_portfolio_begin(p.f, (samw_portfolio_format)f, lang, days[(size >> 5) & 1],
		                                          (unsigned)((size >> 6) & 7));
		if (!pf)
			fuzz_fail("samw_portfolio_begin refuses a date", NULL, 0);
		n = samw_portfolio_add(pf, src, &o);
		samw_portfolio_end(pf);
		fclose(p.f);
		if (n != errors)
			fuzz_fail("the portfolio counts other errors than samw_check", NULL, 0);
		if (f == SAMW_PORTFOLIO_JSON && (!fuzz_json_ok(p.data, p.len) || !fuzz_no_hidden(p.data, p.len)))
			fuzz_fail("the JSON portfolio is not valid JSON, or holds a control character as itself", p.data,
			          p.len);
		if (f != SAMW_PORTFOLIO_JSON)
			text_ok("the portfolio", &p);
		if (f == SAMW_PORTFOLIO_DOT && !dot_ok(p.data, p.len, 1))
			fuzz_fail("the portfolio's DOT does not lex as one graph", p.data, p.len);
		free(p.data);
	}

	/* the scanner reads the text in place: it must leave it as it was */
	size_t len;
	const char *text = samw_source_text(src, &len);
	if (len != size || (size && memcmp(text, data, size) != 0))
		fuzz_fail("the back ends changed the source text", NULL, 0);
	samw_source_free(src);
	return 0;
}
