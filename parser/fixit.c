/* Fix-its that add a missing statement: the place, after the line of a
 * block's '{' or before the line of its '}', and the text, indented as
 * fmt indents (4 spaces a level) with the line end the file uses there. */
#include "fixit.h"

#include <string.h>

#include "../base/buf.h"

void sw_fixit_add(sw_diags *D, sw_diag *g, const sw_source *src, const sw_stmt *b,
                  unsigned depth, sw_fixit_where where, const char *stmt)
{
	if (!g || !b || !b->has_block || b->close.start.line <= b->open.end.line)
		return;
	const char *t = src->text;
	const char *eol = "\n";
	sw_pos at;
	if (where == FIXIT_TOP) {
		/* nothing but a comment may follow the '{' on its line */
		if (b->body && b->body->span.start.line <= b->open.end.line)
			return;
		uint32_t i = b->open.end.off, lim = b->body ? b->body->span.start.off : b->close.start.off;
		while (i < lim && t[i] != '\n' && t[i] != '\r')
			i++;
		if (i >= lim)
			return;
		if (t[i] == '\r' && i + 1 < lim && t[i + 1] == '\n')
			eol = "\r\n", i++;
		else if (t[i] == '\r')
			eol = "\r";
		at.line = b->open.end.line + 1;
		at.off = i + 1;
	} else {
		/* the '}' first on its line: the new line goes before it */
		uint32_t i = b->close.start.off;
		while (i > b->open.end.off && (t[i - 1] == ' ' || t[i - 1] == '\t'))
			i--;
		if (i <= b->open.end.off || (t[i - 1] != '\n' && t[i - 1] != '\r'))
			return;
		if (t[i - 1] == '\n' && i >= 2 && t[i - 2] == '\r')
			eol = "\r\n";
		else if (t[i - 1] == '\r')
			eol = "\r";
		at.line = b->close.start.line;
		at.off = i;
	}
	at.col = 1;
	sw_buf x = { 0 };
	for (const char *p = stmt; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		for (unsigned k = 0; k <= depth; k++)
			sw_buf_puts(&x, "    ");
		sw_buf_put(&x, p, n);
		sw_buf_puts(&x, eol);
		p += n + (nl != NULL);
	}
	sw_diag_fix_insert(D, g, at, sw_buf_str(&x));
	sw_buf_free(&x);
}
