/* Properties of samw fmt, over every .samw file of the repository and
 * variants of each (whitespace shuffled, statements joined with ';',
 * keywords in mixed languages): the output is a fixed point, the tree is
 * unchanged, and no comment is lost. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/fmt.h"
#include "base/source.h"
#include "util.h"

static uint32_t rng = 12345;
static uint32_t next(void)
{
	rng = rng * 1103515245u + 12345u;
	return rng >> 16;
}

/* fmt of text, or NULL when it is refused (syntax errors). */
static char *fmt(const char *text, size_t len, sw_lang lang, size_t *outlen)
{
	sw_source s;
	sw_source_copy(&s, "f.samw", text, len);
	sw_diags d;
	sw_diags_init(&d, 0);
	sw_buf out = { 0 };
	int rc = sw_fmt(&s, lang, &d, &out);
	sw_diags_free(&d);
	sw_source_free(&s);
	if (rc != 0) {
		sw_buf_free(&out);
		return NULL;
	}
	*outlen = out.len;
	return out.data ? out.data : strdup("");
}

static char *dump(const char *text, size_t len, size_t *comments)
{
	sw_source s;
	sw_source_copy(&s, "f.samw", text, len);
	sw_buf out = { 0 };
	sw_fmt_dump(&s, &out, comments);
	sw_source_free(&s);
	return out.data ? out.data : strdup("");
}

/* The properties, for one text. Returns 1 if it was formatted. */
static int properties(const char *name, const char *text, size_t len)
{
	size_t n1, n2, c0, c1;
	char *f1 = fmt(text, len, SW_LANG_BOTH, &n1);
	if (!f1)
		return 0;
	char *f2 = fmt(f1, n1, SW_LANG_BOTH, &n2);
	assert_non_null(f2);
	if (n1 != n2 || memcmp(f1, f2, n1) != 0)
		print_error("%s: fmt is not idempotent\n--- once\n%s\n--- twice\n%s\n", name, f1, f2);
	assert_int_equal(n1, n2);
	assert_memory_equal(f1, f2, n1);
	char *d0 = dump(text, len, &c0), *d1 = dump(f1, n1, &c1);
	if (strcmp(d0, d1) != 0)
		print_error("%s: the tree changed\n--- before\n%s--- after\n%s", name, d0, d1);
	assert_string_equal(d0, d1);
	assert_int_equal(c0, c1);
	free(d0);
	free(d1);
	free(f1);
	free(f2);
	return 1;
}

/* Whitespace: random indentation, doubled spaces between tokens (outside
 * texts and comments), trailing blanks, extra blank lines. */
static char *shuffle(const char *t, size_t n, size_t *outlen)
{
	sw_buf b = { 0 };
	int in_str = 0, in_comment = 0, bol = 1;
	for (size_t i = 0; i < n; i++) {
		char c = t[i];
		if (bol) {
			if (next() % 5 == 0)
				sw_buf_putc(&b, '\n');
			while (i < n && (t[i] == ' ' || t[i] == '\t'))
				i++;
			for (uint32_t k = next() % 4; k; k--)
				sw_buf_putc(&b, next() % 2 ? '\t' : ' ');
			bol = 0;
			if (i >= n)
				break;
			c = t[i];
		}
		if (c == '\n') {
			if (!in_str && next() % 3 == 0)
				sw_buf_puts(&b, "  ");
			sw_buf_putc(&b, '\n');
			in_str = in_comment = 0;
			bol = 1;
			continue;
		}
		if (!in_comment && c == '"' && (i == 0 || t[i - 1] != '\\'))
			in_str = !in_str;
		if (!in_str && c == '#')
			in_comment = 1;
		sw_buf_putc(&b, c);
		if (c == ' ' && !in_str && !in_comment && next() % 2)
			sw_buf_puts(&b, next() % 2 ? " " : "\t");
	}
	*outlen = b.len;
	return b.data ? b.data : strdup("");
}

/* Join pairs of simple lines (no braces, no comments) with "; ". */
static char *join(const char *t, size_t n, size_t *outlen)
{
	sw_buf b = { 0 };
	size_t i = 0;
	int prev_simple = 0;
	while (i < n) {
		const char *e = memchr(t + i, '\n', n - i);
		size_t k = e ? (size_t)(e - (t + i)) : n - i;
		const char *l = t + i;
		int simple = k > 0 && !memchr(l, '{', k) && !memchr(l, '}', k) && !memchr(l, '#', k);
		for (size_t j = 0; simple && j < k && l[j] == ' '; j++)
			if (j + 1 == k)
				simple = 0;
		if (simple && prev_simple && b.len && b.data[b.len - 1] == '\n') {
			b.len--;
			sw_buf_puts(&b, "; ");
			size_t j = 0;
			while (j < k && (l[j] == ' ' || l[j] == '\t'))
				j++;
			sw_buf_put(&b, l + j, k - j);
			prev_simple = 0;
		} else {
			sw_buf_put(&b, l, k);
			prev_simple = simple;
		}
		sw_buf_putc(&b, '\n');
		i += k + 1;
	}
	*outlen = b.len;
	return b.data ? b.data : strdup("");
}

/* Lines taken in turn from the English and the Dutch formatting. */
static char *mixed(const char *t, size_t n, size_t *outlen)
{
	size_t ne, nn;
	char *en = fmt(t, n, SW_LANG_EN, &ne), *nl = fmt(t, n, SW_LANG_NL, &nn);
	if (!en || !nl) {
		free(en);
		free(nl);
		return NULL;
	}
	sw_buf b = { 0 };
	size_t i = 0, j = 0;
	int line = 0;
	while (i < ne && j < nn) {
		const char *ee = memchr(en + i, '\n', ne - i), *en_ = memchr(nl + j, '\n', nn - j);
		size_t ke = ee ? (size_t)(ee - (en + i)) + 1 : ne - i;
		size_t kn = en_ ? (size_t)(en_ - (nl + j)) + 1 : nn - j;
		if (line++ % 2)
			sw_buf_put(&b, nl + j, kn);
		else
			sw_buf_put(&b, en + i, ke);
		i += ke;
		j += kn;
	}
	free(en);
	free(nl);
	*outlen = b.len;
	return b.data ? b.data : strdup("");
}

static int files, formatted, variants;

static void one_file(const char *path)
{
	size_t len, n;
	char *text = read_file(path, &len);
	assert_non_null(text);
	files++;
	if (!properties(path, text, len)) {
		free(text);
		return;
	}
	formatted++;
	for (int round = 0; round < 3; round++) {
		char *v = shuffle(text, len, &n);
		char name[1100];
		snprintf(name, sizeof name, "%s (whitespace %d)", path, round);
		/* shuffling whitespace keeps the tree */
		size_t c0, c1;
		char *d0 = dump(text, len, &c0), *d1 = dump(v, n, &c1);
		assert_string_equal(d0, d1);
		assert_int_equal(c0, c1);
		free(d0);
		free(d1);
		variants += properties(name, v, n);
		free(v);
	}
	char *v = join(text, len, &n);
	variants += properties(path, v, n);
	free(v);
	v = mixed(text, len, &n);
	if (v) {
		variants += properties(path, v, n);
		free(v);
	}
	free(text);
}

static void every_file(void **st)
{
	(void)st;
	each_samw("../examples", one_file);
	each_samw("../tests", one_file);
	print_message("fmt: %d files, %d formatted, %d variants\n", files, formatted, variants);
	assert_true(files >= 20);
	assert_true(variants >= 5 * 10);
}

static void canonical_layout(void **st)
{
	(void)st;
	const char *in =
		"# head\n\n\n"
		"collaboration  c {   # open\n"
		"  form   network ; phase executing\n"
		"\tgoal \"a \\\"b\\\"\"\n\n\n\n"
		"  partij a \"A\" {\n"
		"     interest \"i\"   # why   \n"
		"  }\n"
		"  # end\n"
		"}  # close\n"
		"samenwerking d {\n}\n";
	const char *want =
		"# head\n\n"
		"collaboration c { # open\n"
		"    form network\n"
		"    phase executing\n"
		"    goal \"a \\\"b\\\"\"\n"
		"\n"
		"    party a \"A\" {\n"
		"        interest \"i\" # why\n"
		"    }\n"
		"    # end\n"
		"} # close\n"
		"\n"
		"collaboration d {\n"
		"}\n";
	size_t n;
	char *got = fmt(in, strlen(in), SW_LANG_BOTH, &n);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
	/* a party named like a keyword keeps its name in the other language */
	in = "collaboration c {\n    party network {\n        kind team\n    }\n    agreement k {\n        between network, x\n        kind oral\n    }\n}\n";
	want = "samenwerking c {\n    partij network {\n        soort team\n    }\n    afspraak k {\n        tussen network, x\n        soort mondeling\n    }\n}\n";
	got = fmt(in, strlen(in), SW_LANG_NL, &n);
	assert_string_equal(got, want);
	free(got);
	/* a syntax error: not formatted */
	assert_null(fmt("collaboration c {\n    goal \"x\n}\n", 28, SW_LANG_BOTH, &n));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(canonical_layout),
		cmocka_unit_test(every_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
