#include "render.h"

#include <string.h>

#include "../base/buf.h"
#include "../base/utf8.h"

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

/* The text of b for a terminal or a line-based tool: control characters
 * (which a message can quote from the file, e.g. a decoded "\n" or an ESC)
 * become '?', as in the source snippets, so that each diagnostic keeps its
 * lines and nothing reaches the terminal as a command. */
static const char *plain(sw_buf *b)
{
	for (size_t i = 0; i < b->len; i++) {
		unsigned char c = (unsigned char)b->data[i];
		if ((c < 0x20 && c != '\t') || c == 0x7F)
			b->data[i] = '?';
	}
	return sw_buf_str(b);
}

static void put(const sw_render *r, const char *color, const char *s)
{
	if (r->color && color)
		fputs(color, r->out);
	fputs(s, r->out);
	if (r->color && color)
		fputs(C_RESET, r->out);
}

/* The line around byte offset off: [*ls, *le), without its line end. */
static void line_at(const sw_source *src, uint32_t off, size_t *ls, size_t *le)
{
	size_t s = off > src->len ? src->len : off;
	while (s > 0 && src->text[s - 1] != '\n')
		s--;
	size_t e = off > src->len ? src->len : off;
	while (e < src->len && src->text[e] != '\n')
		e++;
	if (e > s && src->text[e - 1] == '\r')
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
static void snippet(const sw_render *r, const sw_source *src, sw_span sp, int width,
                    char mark, const char *color, const char *label)
{
	size_t ls, le;
	line_at(src, sp.start.off, &ls, &le);
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
	if (cut_left)
		fputs("...", r->out);
	/* control characters would upset the terminal: show them as '?' */
	for (size_t i = ws; i < we; i++) {
		unsigned char c = (unsigned char)src->text[i];
		fputc(c < 0x20 && c != '\t' ? '?' : c == 0x7F ? '?' : c, r->out);
	}
	if (cut_right)
		fputs("...", r->out);
	fputc('\n', r->out);

	fprintf(r->out, "%*s", width, "");
	put(r, C_GUTTER, " | ");
	if (cut_left)
		fputs("   ", r->out);
	for (size_t i = ws; i < a; i++) {
		unsigned char c = (unsigned char)src->text[i];
		if (c == '\t')
			fputc('\t', r->out);
		else if ((c & 0xC0) != 0x80)
			fputc(' ', r->out);
	}
	size_t n = sw_utf8_count(src->text + a, b - a);
	if (n == 0)
		n = 1;
	sw_buf u = { 0 };
	for (size_t i = 0; i < n; i++)
		sw_buf_putc(&u, mark);
	if (label && *label) {
		sw_buf_putc(&u, ' ');
		sw_buf_puts(&u, label);
	}
	put(r, color, sw_buf_str(&u));
	sw_buf_free(&u);
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
	sw_buf b = { 0 };
	for (size_t i = 0; i < d->len; i++) {
		const sw_diag *g = &d->v[i];
		const sw_checkinfo *ci = sw_check_info(g->check);
		const char *col = sev_color(g->sev);

		sw_buf_reset(&b);
		sw_buf_printf(&b, "%s:%u:%u: ", src->path, (unsigned)g->span.start.line,
		              (unsigned)g->span.start.col);
		put(r, C_BOLD, sw_buf_str(&b));
		sw_buf_reset(&b);
		sw_buf_printf(&b, "%s[%s]", sw_sev_word(g->sev, r->nl), ci->code);
		put(r, col, sw_buf_str(&b));
		sw_buf_reset(&b);
		sw_render_msg(&b, g, g->msg, r->nl);
		fputs(": ", r->out);
		put(r, C_BOLD, plain(&b));
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
			snippet(r, src, g->span2, width, '-', C_GUTTER, plain(&lab));
			sw_buf_reset(&lab);
		}
		if (g->label)
			sw_render_msg(&lab, g, g->label, r->nl);
		snippet(r, src, g->span, width, '^', col, plain(&lab));
		sw_buf_reset(&lab);
		if (g->has_span2 && g->span2.start.off >= g->span.start.off) {
			sw_render_msg(&lab, g, g->label2, r->nl);
			snippet(r, src, g->span2, width, '-', C_GUTTER, plain(&lab));
		}
		sw_buf_free(&lab);

		if (g->note) {
			sw_buf_reset(&b);
			sw_render_msg(&b, g, g->note, r->nl);
			extra(r, width, C_NOTE, M_P_NOTE, plain(&b));
		}
		if (g->fix) {
			sw_buf_reset(&b);
			sw_darg a[SW_DARGS] = { { g->fix, M_NONE } };
			sw_msg_expand(&b, M_P_DID_YOU_MEAN, a, r->nl);
			extra(r, width, C_HELP, M_P_HELP, plain(&b));
		}
		if (g->help) {
			sw_buf_reset(&b);
			sw_render_msg(&b, g, g->help, r->nl);
			extra(r, width, C_HELP, M_P_HELP, plain(&b));
		}
		fputc('\n', r->out);
	}
	sw_buf_free(&b);
}

void sw_render_gcc(const sw_render *r, const sw_source *src, const sw_diags *d)
{
	sw_buf b = { 0 };
	for (size_t i = 0; i < d->len; i++) {
		const sw_diag *g = &d->v[i];
		sw_buf_reset(&b);
		sw_render_msg(&b, g, g->msg, r->nl);
		fprintf(r->out, "%s:%u:%u: %s: %s [%s]\n", src->path,
		        (unsigned)g->span.start.line, (unsigned)g->span.start.col,
		        sw_sev_name(g->sev), plain(&b), sw_check_info(g->check)->code);
	}
	sw_buf_free(&b);
}
