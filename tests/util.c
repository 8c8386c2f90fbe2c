#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diagnostics/render.h"

sw_source source_of(const char *path, const char *text, size_t len)
{
	sw_source s;
	s.path = path;
	s.text = malloc(len + 2);
	memcpy(s.text, text, len);
	s.text[len] = s.text[len + 1] = '\0';
	s.len = len;
	return s;
}

static void run(const char *path, const char *text, size_t len, sw_diags *d)
{
	sw_source s = source_of(path, text, len);
	samw_opts o = { 0, 0, NULL, 0, "." };
	sw_diags_init(d, 0);
	samw_check(&s, &o, d);
	free(s.text);
}

char *diag_list(const char *path, const char *text)
{
	static const char *const sev[3] = { "note", "warning", "error" };
	sw_diags d;
	run(path, text, strlen(text), &d);
	sw_buf b = { 0 };
	for (size_t i = 0; i < d.len; i++) {
		const sw_diag *g = &d.v[i];
		sw_buf_printf(&b, "%s%s %u:%u %s", i ? "\n" : "", sw_check_info(g->check)->code,
		              (unsigned)g->span.start.line, (unsigned)g->span.start.col,
		              sev[g->sev]);
	}
	sw_diags_free(&d);
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return out;
}

char *render(const char *path, const char *text, const char *format, int nl)
{
	size_t len = strlen(text);
	sw_source s = source_of(path, text, len);
	samw_opts o = { nl, 0, NULL, 0, "." };
	sw_diags d;
	sw_diags_init(&d, 0);
	samw_check(&s, &o, &d);
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	sw_render r = { f, 0, nl };
	if (strcmp(format, "gcc") == 0)
		sw_render_gcc(&r, &s, &d);
	else
		sw_render_human(&r, &s, &d);
	fclose(f);
	sw_diags_free(&d);
	free(s.text);
	return buf;
}

char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	sw_buf b = { 0 };
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sw_buf_put(&b, chunk, n);
	fclose(f);
	if (len)
		*len = b.len;
	if (!b.data)
		return strdup("");
	return b.data;
}
