#include "util.h"

#include "diagnostics/diag.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static samw_result *run(const char *path, const char *text, int nl, const char *today, unsigned horizon,
                        samw_source **src)
{
	*src = samw_source_new(path, text, strlen(text));
	samw_options o = { .lang = nl ? SAMW_LANG_NL : SAMW_LANG_EN, .document_dir = ".",
	                   .today = today, .horizon = horizon };
	return samw_check(*src, &o);
}

char *diag_list(const char *path, const char *text)
{
	return diag_list_on(path, text, NULL, 0);
}

char *diag_list_on(const char *path, const char *text, const char *today, unsigned horizon)
{
	samw_source *src;
	samw_result *r = run(path, text, 0, today, horizon, &src);
	sw_buf b = { 0 };
	for (size_t i = 0; i < samw_result_len(r); i++) {
		samw_diagnostic g;
		samw_result_get(r, i, &g);
		sw_buf_printf(&b, "%s%s %u:%u %s", i ? "\n" : "", samw_check_code(g.check),
		              (unsigned)g.start.line, (unsigned)g.start.column, sw_sev_name((sw_sev)g.severity));
	}
	samw_result_free(r);
	samw_source_free(src);
	char *out = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return out;
}

char *render(const char *path, const char *text, const char *format, int nl)
{
	return render_on(path, text, format, nl, NULL, 0);
}

char *render_on(const char *path, const char *text, const char *format, int nl, const char *today,
                unsigned horizon)
{
	samw_source *src;
	samw_result *r = run(path, text, nl, today, horizon, &src);
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	samw_emitter *e = samw_emit_begin(f, strcmp(format, "gcc") == 0 ? SAMW_FORMAT_GCC : SAMW_FORMAT_HUMAN,
	                                  nl ? SAMW_LANG_NL : SAMW_LANG_EN, 0);
	samw_emit(e, src, r);
	samw_emit_end(e);
	fclose(f);
	samw_result_free(r);
	samw_source_free(src);
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

void each_samw(const char *dir, void (*fn)(const char *path))
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[1024];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		size_t k = strlen(e->d_name);
		if (k > 5 && strcmp(e->d_name + k - 5, ".samw") == 0)
			fn(path);
		else if (!strchr(e->d_name, '.'))
			each_samw(path, fn);
	}
	closedir(d);
}
