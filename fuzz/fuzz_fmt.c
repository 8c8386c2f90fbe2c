/* Fuzz target: the formatter (samw fmt). The input is a .samw file; the
 * low bits of its length pick the target language (the file's own, English
 * or Dutch).
 *
 * When sw_fmt formats the input (returns 0), the target aborts unless
 * - formatting the output again also returns 0 and gives the same bytes
 *   (the output is a fixed point of fmt), and
 * - the output has the same tree as the input: sw_fmt_dump, which ignores
 *   layout and the spelling language, gives equal text and equal comment
 *   counts for both. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../backend/fmt.h"
#include "../base/source.h"
#include "oracle.h"

static sw_source source(const char *text, size_t n)
{
	sw_source s;
	sw_source_copy(&s, "fuzz.samw", text, n);
	return s;
}

/* Show both sides of a failed comparison, then abort. */
static void mismatch(const char *what, const sw_buf *a, const sw_buf *b)
{
	fprintf(stderr, "fuzz oracle: %s\n---- first (%zu bytes) ----\n", what, a->len);
	fwrite(a->data ? a->data : "", 1, a->len > 3000 ? 3000 : a->len, stderr);
	fprintf(stderr, "\n---- second (%zu bytes) ----\n", b->len);
	fwrite(b->data ? b->data : "", 1, b->len > 3000 ? 3000 : b->len, stderr);
	fprintf(stderr, "\n----\n");
	abort();
}

static int same(const sw_buf *a, const sw_buf *b)
{
	return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const sw_lang langs[4] = { SW_LANG_BOTH, SW_LANG_EN, SW_LANG_NL, SW_LANG_BOTH };
	sw_lang lang = langs[size & 3];

	sw_source in = source((const char *)data, size);
	sw_diags d;
	sw_diags_init(&d, 0);
	sw_buf out = { 0 };
	int rc = sw_fmt(&in, lang, &d, &out);
	sw_diags_free(&d);
	/* the scanner reads the text in place: it must leave it as it was */
	if (size && memcmp(in.text, data, size) != 0)
		fuzz_fail("sw_fmt changed the source text", NULL, 0);
	if (rc != 0) {
		if (rc != -1)
			fuzz_fail("sw_fmt returned neither 0 nor -1", NULL, 0);
		sw_buf_free(&out);
		free(in.text);
		return 0;
	}

	/* 1. a fixed point: the output formats to itself */
	sw_source again = source(out.data ? out.data : "", out.len);
	sw_diags d2;
	sw_diags_init(&d2, 0);
	sw_buf out2 = { 0 };
	int rc2 = sw_fmt(&again, lang, &d2, &out2);
	if (rc2 != 0) {
		fprintf(stderr, "fuzz oracle: fmt output does not format again (%d), first diagnostic %s at %u:%u\n",
		        rc2, d2.len ? sw_check_info(d2.v[0].check)->code : "-",
		        d2.len ? (unsigned)d2.v[0].span.start.line : 0,
		        d2.len ? (unsigned)d2.v[0].span.start.col : 0);
		mismatch("fmt output is not valid samw", &out, &out2);
	}
	if (!same(&out, &out2))
		mismatch("fmt output is not a fixed point of fmt", &out, &out2);
	sw_diags_free(&d2);

	/* 2. the same tree, comments included */
	sw_buf dump_in = { 0 }, dump_out = { 0 };
	size_t cm_in = 0, cm_out = 0;
	sw_fmt_dump(&in, &dump_in, &cm_in);
	sw_fmt_dump(&again, &dump_out, &cm_out);
	if (!same(&dump_in, &dump_out))
		mismatch("fmt changed the tree (dump of input, dump of output)", &dump_in, &dump_out);
	if (cm_in != cm_out) {
		fprintf(stderr, "comments: %zu in the input, %zu in the output\n", cm_in, cm_out);
		sw_buf shown = { in.text, in.len, in.len };
		mismatch("fmt lost or added comments (input, output)", &shown, &out);
	}

	sw_buf_free(&dump_in);
	sw_buf_free(&dump_out);
	sw_buf_free(&out);
	sw_buf_free(&out2);
	free(again.text);
	free(in.text);
	return 0;
}
