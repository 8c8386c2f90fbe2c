/* The scanner: every token kind, positions in characters, UTF-8, CRLF,
 * byte-order marks, bad bytes, and the slips it recovers from. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include "base/source.h"
#include "lexer/lex.h"
#include "scanner.h"
#include "util.h"

/* Scan text and describe each token as KIND(text)line:col, and the
 * diagnostics as CODE line:col, after a '|'. With gather (as the parser
 * reads), a statement's keyword and arguments come as one WORD or LINE:
 * KIND(keyword)line:col-endline:endcol[argument texts], and the LINEs in a
 * row inside a block as one LINES(line:col keyword[arguments] ...). */
static char *lex_with(const char *text, size_t len, int gather, int automaton_only)
{
	sw_source s;
	sw_source_copy(&s, "lex.samw", text, len);
	sw_arena tree, file;
	sw_arena_init(&tree);
	sw_arena_init(&file);
	sw_names names;
	sw_intern_init(&names, &file);
	sw_diags d;
	sw_diags_init(&d, 0);
	sw_lex L;
	memset(&L, 0, sizeof L);
	L.tree = &tree;
	L.names = &names;
	L.diags = &d;
	size_t skip = sw_lex_begin(&L, s.text, s.len);
	L.gather = gather;
	L.automaton_only = automaton_only;
	yyscan_t sc;
	swylex_init_extra(&L, &sc);
	swy_scan_buffer(s.text + skip, s.len - skip + 2, sc);
	sw_buf b = { 0 };
	sw_arg *v;
	sw_span loc;
	int t;
	sw_tokval tv;
	while ((t = sw_scan(&tv, &loc, sc)) != 0) {
		v = tv.arg;
		const char *k = t == TOK_WORD ? "WORD" : t == TOK_STRING ? "STRING" : t == TOK_DATE ? "DATE"
		              : t == TOK_NUMBER ? "NUMBER" : t == TOK_COMMA ? "COMMA" : t == TOK_TERM ? "TERM"
		              : t == TOK_LBRACE ? "{" : t == TOK_RBRACE ? "}" : t == TOK_LINE ? "LINE" : "?";
		if (b.len)
			sw_buf_putc(&b, ' ');
		if (t == TOK_LINES) {
			/* each statement: its keyword's position and text, then its
			 * arguments */
			sw_buf_puts(&b, "LINES(");
			for (const sw_line *x = tv.lines; x; x = x->next) {
				sw_buf_printf(&b, "%s%u:%u %s[", x == tv.lines ? "" : " ",
				              x->head->span.start.line, x->head->span.start.col, x->head->text);
				for (const sw_arg *a = x->head->next; a; a = a->next)
					sw_buf_printf(&b, "%s%s", a == x->head->next ? "" : " ", a->text);
				sw_buf_putc(&b, ']');
			}
			sw_buf_putc(&b, ')');
		} else if (gather && (t == TOK_WORD || t == TOK_LINE)) {
			sw_buf_printf(&b, "%s(%s)%u:%u-%u:%u[", k, v->text, loc.start.line, loc.start.col,
			              loc.end.line, loc.end.col);
			for (const sw_arg *a = v->next; a; a = a->next)
				sw_buf_printf(&b, "%s%s", a == v->next ? "" : " ", a->text);
			sw_buf_putc(&b, ']');
		} else if (t == TOK_WORD || t == TOK_STRING || t == TOK_DATE || t == TOK_NUMBER)
			sw_buf_printf(&b, "%s(%s)%u:%u", k, v->text, loc.start.line, loc.start.col);
		else
			sw_buf_printf(&b, "%s%u:%u", k, loc.start.line, loc.start.col);
	}
	for (sw_comment *c = L.cm_head; c; c = c->next)
		sw_buf_printf(&b, " #%u:%u-%u", c->span.start.line, c->span.start.col, c->span.end.col);
	sw_buf_puts(&b, " |");
	sw_diags_sort(&d);
	for (size_t i = 0; i < d.len; i++)
		sw_buf_printf(&b, " %s %u:%u", sw_check_info(d.v[i].check)->code,
		              d.v[i].span.start.line, d.v[i].span.start.col);
	swylex_destroy(sc);
	sw_diags_free(&d);
	sw_intern_free(&names);
	sw_arena_free(&tree);
	sw_arena_free(&file);
	sw_source_free(&s);
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return out;
}

static char *lex_as(const char *text, size_t len, int gather)
{
	return lex_with(text, len, gather, 0);
}

static void expect_lex(const char *text, size_t len, int gather, const char *expect)
{
	char *got = lex_as(text, len, gather);
	assert_string_equal(got, expect);
	free(got);
}

#define LEX(text, expect) expect_lex(text, sizeof(text) - 1, 0, expect)

static void token_kinds(void **st)
{
	(void)st;
	LEX("party a \"A b\" { }\n",
	    "WORD(party)1:1 WORD(a)1:7 STRING(A b)1:9 {1:15 }1:17 TERM1:18 |");
	LEX("term 2025-01-31 until open; between a, b",
	    "WORD(term)1:1 DATE(2025-01-31)1:6 WORD(until)1:17 WORD(open)1:23 TERM1:27 "
	    "WORD(between)1:29 WORD(a)1:37 COMMA1:38 WORD(b)1:40 |");
	LEX("kvk 12345678\nx 2025-1-31\n",
	    "WORD(kvk)1:1 NUMBER(12345678)1:5 TERM1:13 WORD(x)2:1 NUMBER(2025-1-31)2:3 TERM2:12 |");
	LEX("gives-up a_b-c9\n", "WORD(gives-up)1:1 WORD(a_b-c9)1:10 TERM1:16 |");
}

#define LEX_GATHER(text, expect) expect_lex(text, sizeof(text) - 1, 1, expect)

/* As the parser reads: a statement's keyword carries its arguments; with
 * the line end or ';' after them it is a LINE, inside a block one of a
 * LINES. A token that does not start a statement does not gather; a stray
 * '}' ends nothing; a '{' on the next line ends the statement without a
 * TERM. */
static void statements_as_one_token(void **st)
{
	(void)st;
	LEX_GATHER("party a \"A b\" {\n  kvk \"1\"; role x\n}\nform alliance",
	           "WORD(party)1:1-1:14[a A b] {1:15 LINES(2:3 kvk[1] 2:12 role[x]) "
	           "}3:1 TERM3:2 WORD(form)4:1-4:14[alliance] |");
	/* a run ends before a '{' (with the statement it opens), an argument
	 * at the start of a statement, the end of the input */
	LEX_GATHER("x {\na 1\nb \"t\"\nc d {\n}\ne\n\"s\" f\ng",
	           "WORD(x)1:1-1:2[] {1:3 LINES(2:1 a[1] 3:1 b[t]) WORD(c)4:1-4:4[d] {4:5 }5:1 TERM5:2 "
	           "LINES(6:1 e[]) STRING(s)7:1 WORD(f)7:5-7:6[] TERM7:6 WORD(g)8:1-8:2[] }8:2 | SW001 1:3");
	LEX_GATHER("between a, b, 2025-01-01 12 \"t\" # c\n\"x\" y\n",
	           "LINE(between)1:1-1:32[a , b , 2025-01-01 12 t] STRING(x)2:1 WORD(y)2:5-2:6[] TERM2:6 "
	           "#1:33-36 |");
	LEX_GATHER("a b }\nc d\n{\n}",
	           "LINE(a)1:1-1:4[b] WORD(c)2:1-2:4[d] {3:1 }4:1 | SW001 1:5 SW001 3:1");
}

/* The statements of a block are read in a loop of the scanner's own
 * (gather_rest), not a match of the automaton for each token: the same
 * tokens, spans, comments and reports as the rules give, for every kind
 * of argument and every way a statement ends there. */
static void statements_read_in_a_loop(void **st)
{
	(void)st;
	/* ';', comments, an empty line, CRLF line ends */
	LEX_GATHER("p a {\r\n  k \"1\"; r x # c\r\n\r\n  # d\r\n  s y, z\r\n}\r\n",
	           "WORD(p)1:1-1:4[a] {1:5 LINES(2:3 k[1] 2:10 r[x] 5:3 s[y , z]) }6:1 TERM6:2 "
	           "#2:14-17 #4:3-6 |");
	/* an apostrophe or slash at a word's end is not part of it; a word
	 * that goes on in bytes that are not ASCII, and the columns after it */
	LEX_GATHER("p a {\n  k risico's' x/ y caf\xC3\xA9 z\n}\n",
	           "WORD(p)1:1-1:4[a] {1:5 LINES(2:3 k[risico's x y caf\xC3\xA9 z]) }3:1 TERM3:2 | "
	           "SW001 2:13 SW001 2:16");
	/* a date, unless the rule for numbers reads more */
	LEX_GATHER("p a {\n  t 2025-01-01, 2025-01-02% 2025-01-03x 2025-01-04\t2025-01-05\n}\n",
	           "WORD(p)1:1-1:4[a] {1:5 LINES(2:3 t[2025-01-01 , 2025-01-02% 2025-01-03x "
	           "2025-01-04 2025-01-05]) }3:1 TERM3:2 |");
	/* texts: with escapes, not plain ASCII (the columns after it),
	 * unterminated */
	LEX_GATHER("p a {\n  k \"a\\\"b\" \"\xC3\xA9t\xC3\xA9\" w \"a\\qb\"\n"
	           "  m \"open\n  n x\n}\n",
	           "WORD(p)1:1-1:4[a] {1:5 LINES(2:3 k[a\"b \xC3\xA9t\xC3\xA9 w a\\qb] 3:3 m[open] "
	           "4:3 n[x]) }5:1 TERM5:2 | SW001 2:22 SW001 3:5");
	/* a '{' on a later line belongs to the statement above it */
	LEX_GATHER("p a {\n  q b\n\n  {\n  }\n}\n",
	           "WORD(p)1:1-1:4[a] {1:5 WORD(q)2:3-2:6[b] {4:3 }5:3 TERM5:4 }6:1 TERM6:2 | "
	           "SW001 4:3");
	/* the statements after a '}' line and after a '{' */
	LEX_GATHER("p a {\n  q {\n    r 1\n  }\n  s t\n}\nu v\nw \"x\" {  y z\n}\n",
	           "WORD(p)1:1-1:4[a] {1:5 WORD(q)2:3-2:4[] {2:5 LINES(3:5 r[1]) }4:3 TERM4:4 "
	           "LINES(5:3 s[t]) }6:1 TERM6:2 LINE(u)7:1-7:4[v] WORD(w)8:1-8:6[x] {8:7 "
	           "LINES(8:10 y[z]) }9:1 TERM9:2 |");
	/* a token other than a word at the start of a statement; a NUL */
	LEX_GATHER("p {\n a b\n \"s\" c\n , d\n e f\0g h\n}\n",
	           "WORD(p)1:1-1:2[] {1:3 LINES(2:2 a[b]) STRING(s)3:2 WORD(c)3:6-3:7[] TERM3:7 "
	           "COMMA4:2 WORD(d)4:4-4:5[] TERM4:5 LINES(5:2 e[f g h]) }6:1 TERM6:2 | "
	           "SW008 5:5");
}

/* The loop that reads most statements (gather_rest) must read what the
 * automaton's rules read, token for token, position for position. Every
 * example, test input and fuzz seed, as it is, with CRLF line ends, and
 * cut short at several places, read both ways. */
static size_t same_both_ways(const char *text, size_t len, const char *what)
{
	char *fast = lex_with(text, len, 1, 0), *rules = lex_with(text, len, 1, 1);
	if (strcmp(fast, rules) != 0)
		fail_msg("%s: the loop and the rules differ\nloop:  %s\nrules: %s", what, fast, rules);
	free(fast);
	free(rules);
	return 1;
}

static size_t read_both_ways(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[1024];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(path, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			n += read_both_ways(path);
			continue;
		}
		size_t len;
		char *text = read_file(path, &len);
		if (!text)
			continue;
		n += same_both_ways(text, len, path);
		/* CRLF */
		char *crlf = malloc(2 * len + 1);
		size_t k = 0;
		for (size_t i = 0; i < len; i++) {
			if (text[i] == '\n')
				crlf[k++] = '\r';
			crlf[k++] = text[i];
		}
		n += same_both_ways(crlf, k, path);
		free(crlf);
		/* cut short: the end of the input in the middle of things */
		for (size_t cut = 1; cut < 8 && len > 8; cut++)
			n += same_both_ways(text, len * cut / 8, path);
		free(text);
	}
	closedir(d);
	return n;
}

static void loop_and_rules_agree(void **st)
{
	(void)st;
	size_t n = read_both_ways("../examples") + read_both_ways("regress") +
	           read_both_ways("../fuzz/corpus");
	/* the folders are there (make check runs the tests in tests/) */
	assert_true(n > 500);
}

static void strings_and_escapes(void **st)
{
	(void)st;
	LEX("goal \"a \\\"b\\\" \\\\ \\n \\t\"\n",
	    "WORD(goal)1:1 STRING(a \"b\" \\ \n \t)1:6 TERM1:24 |");
	LEX("goal \"open\nnext\n", "WORD(goal)1:1 STRING(open)1:6 TERM1:11 WORD(next)2:1 TERM2:5 | SW001 1:6");
	LEX("goal \"a\\qb\"\n", "WORD(goal)1:1 STRING(a\\qb)1:6 TERM1:12 | SW001 1:8");
}

static void comments_and_blank_lines(void **st)
{
	(void)st;
	LEX("# top\n\n\ngoal \"x\" # end\n\n# last",
	    "WORD(goal)4:1 STRING(x)4:6 TERM4:15 #1:1-6 #4:10-15 #6:1-7 |");
}

static void utf8_columns(void **st)
{
	(void)st;
	/* columns count characters: é is two bytes, one column */
	LEX("partij Súdwest \"Fryslân\" x\n",
	    "WORD(partij)1:1 WORD(Súdwest)1:8 STRING(Fryslân)1:16 WORD(x)1:26 TERM1:27 |");
	LEX("vorm coöperatie\n", "WORD(vorm)1:1 WORD(coöperatie)1:6 TERM1:16 |");
}

static void crlf_and_bom(void **st)
{
	(void)st;
	LEX("a \"x\"\r\nb\r\n", "WORD(a)1:1 STRING(x)1:3 TERM1:6 WORD(b)2:1 TERM2:2 |");
	/* a lone CR (old Mac line ends) ends a line too */
	LEX("a\rb\r", "WORD(a)1:1 TERM1:2 WORD(b)2:1 TERM2:2 |");
	/* a byte-order mark inside a text or a comment is reported too */
	LEX("goal \"a\xEF\xBB\xBF" "b\" # \xEF\xBB\xBF\n", "WORD(goal)1:1 STRING(a\xEF\xBB\xBF" "b)1:6 TERM1:15 #1:12-15 | SW008 1:8 SW008 1:14");
	LEX("\xEF\xBB\xBFgoal \"x\"\n", "WORD(goal)1:1 STRING(x)1:6 TERM1:9 |");
	LEX("goal \"x\"\n\xEF\xBB\xBFgoal \"y\"\n",
	    "WORD(goal)1:1 STRING(x)1:6 TERM1:9 WORD(goal)2:2 STRING(y)2:7 TERM2:10 | SW008 2:1");
}

static void bad_bytes(void **st)
{
	(void)st;
	LEX("goal \"a\xFF\"\n", "WORD(goal)1:1 STRING(a\xFF)1:6 TERM1:10 | SW008 1:8");
	LEX("# \xC0\x80 overlong\n", " #1:1-14 | SW008 1:3");
	LEX("# \xED\xA0\x80 surrogate\n", " #1:1-16 | SW008 1:3");
	LEX("goal \"x\" \0 y\n", "WORD(goal)1:1 STRING(x)1:6 WORD(y)1:12 TERM1:13 | SW008 1:10");
	LEX("a \xFF\xFE b\n", "WORD(a)1:1 WORD(b)1:6 TERM1:7 | SW008 1:3");
	LEX("a @ b\n", "WORD(a)1:1 WORD(b)1:5 TERM1:6 | SW001 1:3");
}

static void recovery(void **st)
{
	(void)st;
	/* a '{' on the next line: no TERM before it, and one SW001 */
	LEX("party a\n{\n}\n", "WORD(party)1:1 WORD(a)1:7 {2:1 }3:1 TERM3:2 | SW001 2:1");
	/* missing '}' at the end: reported at the '{', closed for the parser */
	LEX("party a {\ngoal \"x\"\n", "WORD(party)1:1 WORD(a)1:7 {1:9 WORD(goal)2:1 STRING(x)2:6 TERM2:9 }3:1 | SW001 1:9");
	/* a stray '}' is reported and skipped */
	LEX("a\n}\nb\n", "WORD(a)1:1 TERM1:2 WORD(b)3:1 TERM3:2 | SW001 2:1");
	/* text after '}' on the same line: a TERM is given first */
	LEX("a { } b\n", "WORD(a)1:1 {1:3 }1:5 TERM1:7 WORD(b)1:7 TERM1:8 | SW001 1:7");
}

static void nesting_limit(void **st)
{
	(void)st;
	size_t n = SW_MAX_DEPTH + 5;
	char *s = malloc(n * 2 + 2);
	memset(s, '{', n);
	memset(s + n, '}', n);
	s[2 * n] = '\0';
	char *got = lex_as(s, 2 * n, 0);
	/* the limit is reported once, and reading stops */
	char *bar = strchr(got, '|');
	assert_non_null(bar);
	assert_string_equal(bar, "| SW001 1:65");
	free(got);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(token_kinds),
		cmocka_unit_test(statements_as_one_token),
		cmocka_unit_test(statements_read_in_a_loop),
		cmocka_unit_test(loop_and_rules_agree),
		cmocka_unit_test(strings_and_escapes),
		cmocka_unit_test(comments_and_blank_lines),
		cmocka_unit_test(utf8_columns),
		cmocka_unit_test(crlf_and_bom),
		cmocka_unit_test(bad_bytes),
		cmocka_unit_test(recovery),
		cmocka_unit_test(nesting_limit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
