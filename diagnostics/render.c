#include "render.h"

#include <stdlib.h>
#include <string.h>

#include "../base/buf.h"
#include "../base/utf8.h"
#include "sanitize.h"

#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_ERROR "\033[1;31m"
#define C_WARNING "\033[1;33m"
#define C_NOTE "\033[1;36m"
#define C_HELP "\033[1;32m"
#define C_GUTTER "\033[1;34m"

enum { WINDOW_BEFORE = 60, WINDOW_AFTER = 100 };

static const char *sev_color(sw_sev s)
{
	return s == SEV_ERROR ? C_ERROR : s == SEV_WARNING ? C_WARNING : C_NOTE;
}


void sw_render_msg(sw_buf *b, const sw_diag *g, sw_msg m, int nl)
{
	sw_msg_expand(b, m, g->args, nl);
}

void sw_fix_title(sw_buf *b, const sw_diag *g, int nl)
{
	if (!g->fix)
		return;
	const char *s = g->fix;
	size_t n = strlen(s);
	if (g->fix_insert) {
		/* the statement without the indentation and line end that place it */
		while (n && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
			s++, n--;
		while (n && (s[n - 1] == '\r' || s[n - 1] == '\n' || s[n - 1] == ' '))
			n--;
	}
	sw_buf t = { 0 };
	sw_buf_put(&t, s, n);
	sw_darg a[SW_DARGS] = { { sw_buf_str(&t), M_NONE } };
	sw_msg_expand(b, g->fix_insert ? M_P_FIX_ADD : M_P_DID_YOU_MEAN, a, nl);
	sw_buf_free(&t);
}

/* The text of b for a terminal or a line-based tool, escaped by the one
 * sanitiser (sanitize.h): a message can quote the file (a decoded "\n",
 * an ESC, a right-to-left override), and each diagnostic must keep its
 * lines and nothing may reach the terminal as a command. */
static const char *plain(sw_buf *b, sw_buf *tmp)
{
	if (sw_safe_already(b->data ? b->data : "", b->len))
		return sw_buf_str(b);
	sw_buf_reset(tmp);
	sw_safe(tmp, b->data, b->len);
	return sw_buf_str(tmp);
}

static void put(const sw_render *r, const char *color, const char *s)
{
	if (r->color && color)
		fputs(color, r->out);
	fputs(s, r->out);
	if (r->color && color)
		fputs(C_RESET, r->out);
}

/* Where each line of a source starts, found once per file as far as it is
 * needed, so that every snippet is found in O(log lines) however long its
 * line or however many diagnostics share it. */
typedef struct lines {
	uint32_t *start;
	size_t n, cap;
	size_t done; /* bytes indexed so far: the starts of lines before it */
	int has_cr;  /* a '\r' anywhere (else a line ends at '\n' alone) */
} lines;

/* The index is built as far as the diagnostics reach, no further: most
 * files have their first shown diagnostics near the top, and a file of
 * many megabytes need not be indexed to show them. */
static void lines_init(lines *L, const sw_source *src)
{
	L->cap = 1024;
	L->start = malloc(L->cap * sizeof *L->start);
	if (!L->start)
		abort();
	L->n = 0;
	L->start[L->n++] = 0;
	L->done = 0;
	L->has_cr = memchr(src->text, '\r', src->len) != NULL;
}

static void lines_push(lines *L, size_t at)
{
	if (L->n == L->cap) {
		L->cap *= 2;
		uint32_t *v = realloc(L->start, L->cap * sizeof *v);
		if (!v)
			abort();
		L->start = v;
	}
	L->start[L->n++] = (uint32_t)at;
}

/* Index the line starts up to and including the line of byte o. A line
 * ends as the scanner ends it: "\r\n", "\n" or a lone "\r". */
static void lines_reach(lines *L, const sw_source *src, size_t o)
{
	const char *t = src->text;
	size_t len = src->len;
	while (L->done < len && L->start[L->n - 1] <= o) {
		size_t i = L->done;
		const char *e = memchr(t + i, '\n', len - i);
		if (L->has_cr) {
			const char *cr = memchr(t + i, '\r', (size_t)((e ? e : t + len) - (t + i)));
			if (cr)
				e = cr + 1 < t + len && cr[1] == '\n' ? cr + 1 : cr;
		}
		if (!e) {
			L->done = len;
			break;
		}
		L->done = (size_t)(e - t) + 1;
		lines_push(L, L->done);
	}
}

/* The line around byte offset off: [*ls, *le), without its line end. */
static void line_at(lines *L, const sw_source *src, uint32_t off, size_t *ls, size_t *le)
{
	size_t o = off > src->len ? src->len : off;
	lines_reach(L, src, o);
	size_t lo = 0, hi = L->n; /* the last start <= o */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (L->start[mid] <= o)
			lo = mid;
		else
			hi = mid;
	}
	size_t s = L->start[lo];
	size_t e = lo + 1 < L->n ? L->start[lo + 1] : src->len;
	while (e > s && (src->text[e - 1] == '\n' || src->text[e - 1] == '\r') && (lo + 1 < L->n))
		e--;
	*ls = s;
	*le = e;
}

/* Back up to the start of a UTF-8 character: at most 3 bytes, so that a
 * run of stray continuation bytes (invalid UTF-8) cannot move the window. */
static size_t char_start(const sw_source *src, size_t i, size_t floor)
{
	for (int k = 0; k < 3 && i > floor && ((unsigned char)src->text[i] & 0xC0) == 0x80; k++)
		i--;
	return i;
}

/* Print one source line with the span underlined by mark ('^' or '-'). */
static void snippet(const sw_render *r, lines *L, const sw_source *src, sw_span sp,
                    int width, char mark, const char *color, const char *label)
{
	size_t ls, le;
	line_at(L, src, sp.start.off, &ls, &le);
	size_t a = sp.start.off < ls ? ls : sp.start.off > le ? le : sp.start.off;
	size_t b = sp.end.off > le ? le : sp.end.off < a ? a : sp.end.off;
	/* a window on long lines */
	size_t ws = ls, we = le;
	int cut_left = 0, cut_right = 0;
	if (a - ls > WINDOW_BEFORE) {
		ws = char_start(src, a - WINDOW_BEFORE, ls);
		cut_left = 1;
	}
	if (le - ws > WINDOW_BEFORE + WINDOW_AFTER) {
		we = char_start(src, ws + WINDOW_BEFORE + WINDOW_AFTER, ws);
		if (b > we)
			b = we;
		cut_right = 1;
	}
	char num[16];
	snprintf(num, sizeof num, "%*u", width, (unsigned)sp.start.line);
	put(r, C_GUTTER, num);
	put(r, C_GUTTER, " | ");
	/* the line, each character that could act on the terminal escaped,
	 * and under it the marks, as wide as what they stand under */
	const unsigned char *u = (const unsigned char *)src->text;
	sw_buf line = { 0 }, under = { 0 };
	if (cut_left) {
		sw_buf_puts(&line, "...");
		sw_buf_puts(&under, "   ");
	}
	size_t marks = 0;
	for (size_t i = ws; i < we;) {
		size_t cols, k;
		if (u[i] == '\t' || (u[i] >= 0x20 && u[i] < 0x7F)) {
			/* a tab, or plain printable ASCII: as it is */
			sw_buf_putc(&line, (char)u[i]);
			k = cols = 1;
		} else {
			k = sw_safe_char(&line, u + i, we - i, &cols);
		}
		if (i < a) {
			for (size_t c = 0; c < cols; c++)
				sw_buf_putc(&under, u[i] == '\t' ? '\t' : ' ');
		} else if (i < b) {
			marks += cols;
		}
		i += k;
	}
	if (cut_right)
		sw_buf_puts(&line, "...");
	sw_buf_putc(&line, '\n');
	fwrite(line.data, 1, line.len, r->out);
	sw_buf_free(&line);

	fprintf(r->out, "%*s", width, "");
	put(r, C_GUTTER, " | ");
	fwrite(under.data ? under.data : "", 1, under.len, r->out);
	sw_buf_free(&under);
	if (marks == 0)
		marks = 1;
	sw_buf m = { 0 };
	for (size_t i = 0; i < marks; i++)
		sw_buf_putc(&m, mark);
	if (label && *label) {
		sw_buf_putc(&m, ' ');
		sw_buf_puts(&m, label);
	}
	put(r, color, sw_buf_str(&m));
	sw_buf_free(&m);
	fputc('\n', r->out);
}

static void extra(const sw_render *r, int width, const char *color, sw_msg word,
                  const char *text)
{
	fprintf(r->out, "%*s", width, "");
	put(r, C_GUTTER, " = ");
	put(r, color, sw_msg_text(word, r->nl));
	fprintf(r->out, ": %s\n", text);
}

void sw_render_human(const sw_render *r, const sw_source *src, const sw_diags *d)
{
	if (!d->len)
		return;
	sw_buf b = { 0 }, t = { 0 }, path = { 0 };
	lines L;
	lines_init(&L, src);
	sw_safe_path(&path, src->path);
	for (size_t i = 0; i < d->len; i++) {
		const sw_diag *g = &d->v[i];
		const sw_checkinfo *ci = sw_check_info(g->check);
		const char *col = sev_color(g->sev);

		sw_buf_reset(&b);
		sw_buf_printf(&b, "%s:%u:%u: ", sw_buf_str(&path), (unsigned)g->span.start.line,
		              (unsigned)g->span.start.col);
		put(r, C_BOLD, sw_buf_str(&b));
		sw_buf_reset(&b);
		sw_buf_printf(&b, "%s[%s]", sw_sev_word(g->sev, r->nl), ci->code);
		put(r, col, sw_buf_str(&b));
		sw_buf_reset(&b);
		sw_render_msg(&b, g, g->msg, r->nl);
		fputs(": ", r->out);
		put(r, C_BOLD, plain(&b, &t));
		fputc('\n', r->out);

		unsigned maxline = g->span.start.line;
		if (g->has_span2 && g->span2.start.line > maxline)
			maxline = g->span2.start.line;
		char num[16];
		int width = snprintf(num, sizeof num, "%u", maxline);

		fprintf(r->out, "%*s", width, "");
		put(r, C_GUTTER, " |\n");
		sw_buf lab = { 0 };
		if (g->has_span2 && g->span2.start.off < g->span.start.off) {
			sw_render_msg(&lab, g, g->label2, r->nl);
			snippet(r, &L, src, g->span2, width, '-', C_GUTTER, plain(&lab, &t));
			sw_buf_reset(&lab);
		}
		if (g->label)
			sw_render_msg(&lab, g, g->label, r->nl);
		snippet(r, &L, src, g->span, width, '^', col, plain(&lab, &t));
		sw_buf_reset(&lab);
		if (g->has_span2 && g->span2.start.off >= g->span.start.off) {
			sw_render_msg(&lab, g, g->label2, r->nl);
			snippet(r, &L, src, g->span2, width, '-', C_GUTTER, plain(&lab, &t));
		}
		sw_buf_free(&lab);

		if (g->note) {
			sw_buf_reset(&b);
			sw_render_msg(&b, g, g->note, r->nl);
			extra(r, width, C_NOTE, M_P_NOTE, plain(&b, &t));
		}
		/* a fix of several lines (a whole block) is for editors, not a
		 * line of its own here: the help says what to write */
		if (g->fix && !g->fix_insert && !strchr(g->fix, '\n')) {
			sw_buf_reset(&b);
			sw_darg a[SW_DARGS] = { { g->fix, M_NONE } };
			sw_msg_expand(&b, M_P_DID_YOU_MEAN, a, r->nl);
			extra(r, width, C_HELP, M_P_HELP, plain(&b, &t));
		}
		if (g->help) {
			sw_buf_reset(&b);
			sw_render_msg(&b, g, g->help, r->nl);
			extra(r, width, C_HELP, M_P_HELP, plain(&b, &t));
		}
		fputc('\n', r->out);
	}
	free(L.start);
	sw_buf_free(&b);
	sw_buf_free(&t);
	sw_buf_free(&path);
}

void sw_render_gcc(const sw_render *r, const sw_source *src, const sw_diags *d)
{
	sw_buf b = { 0 }, t = { 0 }, path = { 0 }, out = { 0 };
	sw_safe_path(&path, src->path);
	for (size_t i = 0; i < d->len; i++) {
		const sw_diag *g = &d->v[i];
		sw_buf_reset(&b);
		sw_render_msg(&b, g, g->msg, r->nl);
		sw_buf_printf(&out, "%s:%u:%u: %s: %s [%s]\n", sw_buf_str(&path),
		              (unsigned)g->span.start.line, (unsigned)g->span.start.col,
		              sw_sev_name(g->sev), plain(&b, &t), sw_check_info(g->check)->code);
		if (out.len > 1 << 16) {
			fwrite(out.data, 1, out.len, r->out);
			sw_buf_reset(&out);
		}
	}
	fwrite(out.data ? out.data : "", 1, out.len, r->out);
	sw_buf_free(&out);
	sw_buf_free(&b);
	sw_buf_free(&t);
	sw_buf_free(&path);
}
