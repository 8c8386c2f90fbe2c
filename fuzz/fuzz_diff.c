/* Fuzz target: samw diff (backend/change.c, change_out.c). The input holds
 * two versions of a file, separated by a line "#---"; without one, the
 * second version is the first without its middle line. Both are
 * snapshotted and compared both ways, and the changes written in every
 * format. Bit 0 of the input's length picks the language.
 *
 * Besides the sanitizers, the target aborts when
 * - a version compared with itself shows a change;
 * - old to new shows no change but new to old does, or the other way
 *   round (the numbers may differ: a collaboration added lists its
 *   diagnostics as new, one removed does not list them as resolved);
 * - the JSON is not one well-formed JSON document of valid UTF-8;
 * - the text, Markdown or GitHub output is not valid UTF-8, or holds a
 *   control character other than a newline or tab, or a bidirectional or
 *   invisible character;
 * - a GitHub line does not start a workflow command. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../include/samw.h"
#include "oracle.h"

static samw_snapshot *snap(const char *text, size_t n, samw_lang lang)
{
	samw_source *src = samw_source_new("x.samw", text, n);
	samw_options o = { .lang = lang, .document_dir = "." };
	samw_snapshot *s = samw_snapshot_new(lang);
	samw_snapshot_add(s, src, "x.samw", &o);
	samw_source_free(src);
	return s;
}

static void written(const samw_changes *c, samw_changes_format f)
{
	capture cap;
	cap_open(&cap);
	samw_changes_write(cap.f, c, f);
	fclose(cap.f);
	if (f == SAMW_CHANGES_JSON) {
		if (!fuzz_json_ok(cap.data, cap.len))
			fuzz_fail("diff --format json is not one JSON document", cap.data, cap.len);
	} else if (!fuzz_no_hidden(cap.data, cap.len)) {
		fuzz_fail("diff output holds a control, hidden character or bad UTF-8", cap.data, cap.len);
	}
	if (f == SAMW_CHANGES_GITHUB && cap.len && !fuzz_lines_start(cap.data, cap.len, "::"))
		fuzz_fail("a github line starts no workflow command", cap.data, cap.len);
	free(cap.data);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	samw_lang lang = size & 1 ? SAMW_LANG_NL : SAMW_LANG_EN;
	const char *sep = NULL;
	for (size_t i = 0; i + 5 <= size && !sep; i++)
		if (memcmp(s + i, "\n#---", 5) == 0)
			sep = s + i;
	char *b = malloc(size + 1);
	if (!b)
		abort();
	size_t na, nb;
	if (sep) {
		na = (size_t)(sep - s) + 1;
		nb = size - na - 4;
		memcpy(b, sep + 5, nb);
	} else {
		/* the second version: the first without its middle line */
		na = size;
		size_t mid = size / 2, from = mid, to = mid;
		while (from > 0 && s[from - 1] != '\n')
			from--;
		while (to < size && s[to] != '\n')
			to++;
		if (to < size)
			to++;
		memcpy(b, s, from);
		memcpy(b + from, s + to, size - to);
		nb = from + size - to;
	}
	samw_snapshot *a = snap(s, na, lang), *a2 = snap(s, na, lang), *c = snap(b, nb, lang);
	samw_changes *same = samw_compare(a, a2);
	if (samw_changes_len(same))
		fuzz_fail("a version compared with itself shows a change", s, na);
	samw_changes *fw = samw_compare(a, c), *bw = samw_compare(c, a);
	if (!samw_changes_len(fw) != !samw_changes_len(bw))
		fuzz_fail("old to new and new to old disagree on whether anything changed", s, size);
	for (int f = SAMW_CHANGES_TEXT; f <= SAMW_CHANGES_GITHUB; f++)
		written(fw, (samw_changes_format)f);
	samw_changes_free(same);
	samw_changes_free(fw);
	samw_changes_free(bw);
	samw_snapshot_free(a);
	samw_snapshot_free(a2);
	samw_snapshot_free(c);
	free(b);
	return 0;
}
