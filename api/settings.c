/* .samwrc: project settings, one key=value per line, found by walking up
 * from a folder to the root of its repository (include/samw.h, "project
 * settings"). No line of the file is ever quoted: a malformed line is
 * named by its number, with its key or check name only when that is short
 * plain text. The command line (cli/config.c) and the language server
 * (lsp/server.c) both read settings here. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../base/buf.h"
#include "../diagnostics/diag.h"
#include "../include/samw.h"
#include "../semantics/dates.h"

enum { BAD_EXPECTED = 1, BAD_CHECK, BAD_BOOL, BAD_NUMBER, BAD_MONTHS, BAD_KEY };

/* Short plain text, safe to quote from a file that may not be a .samwrc:
 * letters, digits, '-', '_' and '.', at most 40 of them. */
static int quotable(const char *s)
{
	size_t n = strlen(s);
	if (!n || n > 40)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
		      ch == '-' || ch == '_' || ch == '.'))
			return 0;
	}
	return 1;
}

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

static int bad(samw_settings *s, size_t line, int what, const char *word)
{
	s->line = line;
	s->what = what;
	snprintf(s->word, sizeof s->word, "%s", word && quotable(word) ? word : "");
	return -1;
}

/* One line (NUL-terminated, without its line end) into s. */
static int line_into(samw_settings *s, size_t line, char *raw)
{
	char *t = trim(raw);
	if (!*t || *t == '#')
		return 0;
	char *eq = strchr(t, '=');
	if (!eq)
		return bad(s, line, BAD_EXPECTED, NULL);
	*eq = '\0';
	char *key = trim(t), *val = trim(eq + 1);
	if (strcmp(key, "allow") == 0 || strcmp(key, "warn") == 0 || strcmp(key, "deny") == 0 ||
	    strcmp(key, "disable") == 0) {
		samw_severity sev = key[0] == 'w' ? SAMW_WARNING : key[0] == 'd' && key[1] == 'e' ? SAMW_ERROR : SAMW_OFF;
		char *save = NULL;
		for (char *w = strtok_r(val, ", \t", &save); w; w = strtok_r(NULL, ", \t", &save)) {
			long k = samw_check_find(w);
			if (k < 0)
				return bad(s, line, BAD_CHECK, w);
			s->severity[k] = (signed char)sev;
		}
		return 0;
	}
	if (strcmp(key, "warnings-as-errors") == 0) {
		if (strcmp(val, "true") == 0 || strcmp(val, "yes") == 0 || strcmp(val, "1") == 0)
			s->warnings_as_errors = 1;
		else if (strcmp(val, "false") == 0 || strcmp(val, "no") == 0 || strcmp(val, "0") == 0)
			s->warnings_as_errors = 0;
		else
			return bad(s, line, BAD_BOOL, key);
		return 0;
	}
	if (strcmp(key, "max-diagnostics") == 0) {
		char *end;
		errno = 0;
		unsigned long long v = strtoull(val, &end, 10);
		if (errno || end == val || *end || val[0] == '-')
			return bad(s, line, BAD_NUMBER, key);
		s->max_diagnostics = (size_t)v, s->max_set = 1;
		return 0;
	}
	if (strcmp(key, "horizon") == 0) {
		char *end;
		errno = 0;
		unsigned long long v = strtoull(val, &end, 10);
		if (errno || end == val || *end || val[0] == '-' || val[0] == '+' || v < 1 || v > SW_HORIZON_MAX)
			return bad(s, line, BAD_MONTHS, key);
		s->horizon = (unsigned)v;
		return 0;
	}
	if (strcmp(key, "baseline") == 0) {
		if (!*val)
			return bad(s, line, BAD_EXPECTED, NULL);
		/* a path relative to the folder of the .samwrc (s->path) */
		const char *slash = strrchr(s->path, '/');
		int n = slash ? (int)(slash - s->path) : 0;
		if (val[0] == '/' || !slash)
			snprintf(s->baseline, sizeof s->baseline, "%s", val);
		else
			snprintf(s->baseline, sizeof s->baseline, "%.*s/%s", n ? n : 1, n ? s->path : "/", val);
		return 0;
	}
	return bad(s, line, BAD_KEY, key);
}

/* Read the regular file open (no symbolic link) into s. */
static samw_settings_status load(samw_settings *s, const char *open)
{
	samw_source *src = NULL;
	int err = 0;
	samw_read r = samw_source_read_ex(open, SAMW_SETTINGS_MAX, SAMW_READ_NOFOLLOW, &src, &err);
	if (r == SAMW_READ_EMPTY) {
		samw_source_free(src);
		return SAMW_SETTINGS_OK;
	}
	if (r != SAMW_READ_OK) {
		if (r == SAMW_READ_TOO_BIG)
			return SAMW_SETTINGS_TOO_BIG;
		if (r == SAMW_READ_FAILED || r == SAMW_READ_MISSING) {
			s->err = r == SAMW_READ_MISSING ? ENOENT : err;
			return SAMW_SETTINGS_UNREADABLE;
		}
		return SAMW_SETTINGS_NOT_REGULAR;
	}
	size_t len;
	char *text = (char *)samw_source_text(src, &len);
	int rc = 0;
	size_t line = 0;
	for (char *t = text; rc == 0 && t < text + len;) {
		char *nl = memchr(t, '\n', (size_t)(text + len - t));
		char *end = nl ? nl : text + len;
		*end = '\0';
		line++;
		/* a NUL inside a line ends it for the parse: nothing after it
		 * is a setting */
		rc = line_into(s, line, t);
		t = end + 1;
	}
	samw_source_free(src);
	return rc ? SAMW_SETTINGS_BAD_LINE : SAMW_SETTINGS_OK;
}

static int exists(const char *dir, const char *name, struct stat *st)
{
	char p[PATH_MAX + 16];
	snprintf(p, sizeof p, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir, name);
	return lstat(p, st) == 0;
}

/* The parent of abs (a real, absolute path), in place; 0 at the root. */
static int up(char *abs)
{
	if (strcmp(abs, "/") == 0)
		return 0;
	char *slash = strrchr(abs, '/');
	if (slash == abs)
		strcpy(abs, "/");
	else
		*slash = '\0';
	return 1;
}

static int inside(const char *root, const char *real)
{
	size_t n = strlen(root);
	if (strcmp(root, "/") == 0)
		return real[0] == '/';
	return strncmp(real, root, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

samw_settings_status samw_settings_find(const char *dir, samw_settings *s)
{
	s->warnings_as_errors = 0;
	s->max_diagnostics = 0;
	s->max_set = 0;
	s->horizon = 0;
	s->baseline[0] = '\0';
	s->path[0] = '\0';
	s->line = 0;
	s->what = 0;
	s->word[0] = '\0';
	s->err = 0;
	char abs[PATH_MAX], root[PATH_MAX];
	struct stat st;
	if (!realpath(dir, abs))
		return SAMW_SETTINGS_NONE;
	/* the root: the nearest folder with .git, else / */
	snprintf(root, sizeof root, "%s", abs);
	while (!exists(root, ".git", &st) && up(root))
		;
	for (;;) {
		char rc[PATH_MAX + 16];
		snprintf(rc, sizeof rc, "%s/.samwrc", strcmp(abs, "/") == 0 ? "" : abs);
		if (lstat(rc, &st) == 0) {
			snprintf(s->path, sizeof s->path, "%s", rc);
			if (S_ISLNK(st.st_mode)) {
				char real[PATH_MAX];
				if (!realpath(rc, real) || !inside(root, real))
					return SAMW_SETTINGS_LINK_OUTSIDE;
				return load(s, real);
			}
			if (!S_ISREG(st.st_mode))
				return SAMW_SETTINGS_NOT_REGULAR;
			return load(s, rc);
		}
		if (strcmp(abs, root) == 0 || !up(abs))
			return SAMW_SETTINGS_NONE;
	}
}

static const char known_keys[] = "allow, warn, deny, warnings-as-errors, max-diagnostics, horizon, baseline";

size_t samw_settings_message(const samw_settings *s, samw_settings_status st, samw_lang lang,
                             const char *errno_text, char *buf, size_t cap)
{
	int nl = lang == SAMW_LANG_NL;
	const char *a1 = NULL, *a2 = NULL;
	char num[32];
	sw_msg m = M_NONE;
	switch (st) {
	case SAMW_SETTINGS_OK:
	case SAMW_SETTINGS_NONE: break;
	case SAMW_SETTINGS_TOO_BIG:
		snprintf(num, sizeof num, "%zu", SAMW_SETTINGS_MAX);
		m = M_P_CFG_TOO_BIG, a1 = num;
		break;
	case SAMW_SETTINGS_UNREADABLE: m = M_P_FILE_UNREADABLE, a1 = errno_text; break;
	case SAMW_SETTINGS_NOT_REGULAR: m = M_P_CFG_NOT_REGULAR; break;
	case SAMW_SETTINGS_LINK_OUTSIDE: m = M_P_CFG_LINK_OUTSIDE; break;
	case SAMW_SETTINGS_BAD_LINE:
		switch (s->what) {
		case BAD_EXPECTED: m = M_P_CFG_EXPECTED; break;
		case BAD_CHECK:
			m = s->word[0] ? M_P_U_UNKNOWN_CHECK : M_P_CFG_UNKNOWN_CHECK_ANON, a1 = s->word;
			break;
		case BAD_BOOL:
			m = M_P_CFG_TAKES, a1 = s->word, a2 = sw_msg_text(M_P_CFG_BOOL, nl);
			break;
		case BAD_NUMBER:
			m = M_P_CFG_TAKES, a1 = s->word, a2 = sw_msg_text(M_P_U_A_NUMBER, nl);
			break;
		case BAD_MONTHS:
			m = M_P_CFG_TAKES, a1 = s->word, a2 = sw_msg_text(M_P_U_MONTHS, nl);
			break;
		default:
			m = s->word[0] ? M_P_CFG_UNKNOWN_KEY : M_P_CFG_UNKNOWN_KEY_ANON;
			a1 = s->word[0] ? s->word : NULL, a2 = known_keys;
			break;
		}
		break;
	}
	sw_buf b = { 0 };
	if (m != M_NONE) {
		sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE } };
		sw_msg_expand(&b, m, a, nl);
	}
	size_t n = b.len;
	if (cap)
		snprintf(buf, cap, "%s", sw_buf_str(&b));
	sw_buf_free(&b);
	return n;
}
