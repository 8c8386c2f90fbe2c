/* .samwrc: project settings, one key=value per line, found by walking up
 * from each checked file's folder to the root of its repository (the
 * folder that holds .git; the root of the file system when there is none).
 * Only a regular file is read, at most SAMW_MAX_CONFIG_SIZE bytes, never
 * through a symbolic link that leads outside the repository, and no line
 * of it is ever quoted: a malformed line is named by its number, with its
 * key or check name only when that is short plain text. The command line
 * overrides it. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../base/buf.h"
#include "cli.h"

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

static int bad(const cli *c, const char *path, size_t line, sw_msg m, const char *a1,
               const char *a2, const char *a3)
{
	sw_buf b = { 0 }, where = { 0 };
	sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE }, { a3, M_NONE } };
	sw_msg_expand(&b, m, a, c->nl);
	sw_buf_printf(&where, "%s:%zu", path, line);
	cli_say(sw_buf_str(&where), sw_buf_str(&b));
	sw_buf_free(&b);
	sw_buf_free(&where);
	return -1;
}

static const char known_keys[] = "allow, warn, deny, warnings-as-errors, max-diagnostics, horizon, baseline";

/* One line (NUL-terminated, without its line end) into cfg. */
static int line_into(const cli *c, const char *path, size_t line, char *raw, sw_config *cfg)
{
	char *s = trim(raw);
	if (!*s || *s == '#')
		return 0;
	char *eq = strchr(s, '=');
	if (!eq)
		return bad(c, path, line, M_P_CFG_EXPECTED, NULL, NULL, NULL);
	*eq = '\0';
	char *key = trim(s), *val = trim(eq + 1);
	if (strcmp(key, "allow") == 0 || strcmp(key, "warn") == 0 || strcmp(key, "deny") == 0 ||
	    strcmp(key, "disable") == 0) {
		samw_severity sev = key[0] == 'w' ? SAMW_WARNING : key[0] == 'd' && key[1] == 'e' ? SAMW_ERROR : SAMW_OFF;
		char *save = NULL;
		for (char *w = strtok_r(val, ", \t", &save); w; w = strtok_r(NULL, ", \t", &save)) {
			long k = samw_check_find(w);
			if (k < 0)
				return quotable(w) ? bad(c, path, line, M_P_U_UNKNOWN_CHECK, w, NULL, NULL)
				                   : bad(c, path, line, M_P_CFG_UNKNOWN_CHECK_ANON, NULL, NULL, NULL);
			cfg->override[k] = (signed char)sev;
		}
		return 0;
	}
	if (strcmp(key, "warnings-as-errors") == 0) {
		if (strcmp(val, "true") == 0 || strcmp(val, "yes") == 0 || strcmp(val, "1") == 0)
			cfg->werror = 1;
		else if (strcmp(val, "false") == 0 || strcmp(val, "no") == 0 || strcmp(val, "0") == 0)
			cfg->werror = 0;
		else
			return bad(c, path, line, M_P_CFG_TAKES, key, sw_msg_text(M_P_CFG_BOOL, c->nl), NULL);
		return 0;
	}
	if (strcmp(key, "max-diagnostics") == 0) {
		char *end;
		errno = 0;
		unsigned long long v = strtoull(val, &end, 10);
		if (errno || end == val || *end || val[0] == '-')
			return bad(c, path, line, M_P_CFG_TAKES, key, sw_msg_text(M_P_U_A_NUMBER, c->nl), NULL);
		cfg->max_diags = (size_t)v, cfg->max_set = 1;
		return 0;
	}
	if (strcmp(key, "horizon") == 0) {
		if (!cli_months(val, &cfg->horizon))
			return bad(c, path, line, M_P_CFG_TAKES, key, sw_msg_text(M_P_U_MONTHS, c->nl), NULL);
		return 0;
	}
	if (strcmp(key, "baseline") == 0) {
		/* a path relative to the folder of the .samwrc */
		const char *slash = strrchr(path, '/');
		int n = slash ? (int)(slash - path) : 0;
		if (!*val)
			return bad(c, path, line, M_P_CFG_EXPECTED, NULL, NULL, NULL);
		if (val[0] == '/' || !slash)
			snprintf(cfg->baseline, sizeof cfg->baseline, "%s", val);
		else
			snprintf(cfg->baseline, sizeof cfg->baseline, "%.*s/%s", n ? n : 1, n ? path : "/", val);
		return 0;
	}
	return quotable(key) ? bad(c, path, line, M_P_CFG_UNKNOWN_KEY, key, known_keys, NULL)
	                     : bad(c, path, line, M_P_CFG_UNKNOWN_KEY_ANON, NULL, known_keys, NULL);
}

/* Apply one file's settings to cfg: path as shown, open the regular file
 * to read (no symbolic link). Returns 0, or -1 after a message. */
static int load(const cli *c, const char *path, const char *open, sw_config *cfg)
{
	samw_source *src = NULL;
	int err = 0;
	samw_read r = samw_source_read_ex(open, SAMW_MAX_CONFIG_SIZE, SAMW_READ_NOFOLLOW, &src, &err);
	if (r == SAMW_READ_EMPTY) {
		samw_source_free(src);
		return 0;
	}
	if (r != SAMW_READ_OK) {
		char ebuf[64], num[32];
		if (r == SAMW_READ_TOO_BIG) {
			snprintf(num, sizeof num, "%zu", SAMW_MAX_CONFIG_SIZE);
			cli_file_error(c, path, M_P_CFG_TOO_BIG, num);
		} else if (r == SAMW_READ_FAILED || r == SAMW_READ_MISSING) {
			cli_file_error(c, path, M_P_FILE_UNREADABLE,
			               cli_errno_text(c, r == SAMW_READ_MISSING ? ENOENT : err, ebuf, sizeof ebuf));
		} else {
			cli_file_error(c, path, M_P_CFG_NOT_REGULAR, NULL);
		}
		return -1;
	}
	size_t len;
	char *text = (char *)samw_source_text(src, &len);
	int rc = 0;
	size_t line = 0;
	for (char *s = text; rc == 0 && s < text + len;) {
		char *nl = memchr(s, '\n', (size_t)(text + len - s));
		char *end = nl ? nl : text + len;
		*end = '\0';
		line++;
		/* a NUL inside a line ends it for the parse: nothing after it
		 * is a setting */
		rc = line_into(c, path, line, s, cfg);
		s = end + 1;
	}
	samw_source_free(src);
	return rc;
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

/* Find the nearest .samwrc from dir up to the repository's root and apply
 * it. */
static int walk_up(const cli *c, const char *dir, sw_config *cfg)
{
	char abs[PATH_MAX], root[PATH_MAX];
	struct stat st;
	if (!realpath(dir, abs))
		return 0;
	/* the root: the nearest folder with .git, else / */
	snprintf(root, sizeof root, "%s", abs);
	while (!exists(root, ".git", &st) && up(root))
		;
	for (;;) {
		char rc[PATH_MAX + 16];
		snprintf(rc, sizeof rc, "%s/.samwrc", strcmp(abs, "/") == 0 ? "" : abs);
		if (lstat(rc, &st) == 0) {
			snprintf(cfg->path, sizeof cfg->path, "%s", rc);
			if (S_ISLNK(st.st_mode)) {
				char real[PATH_MAX];
				if (!realpath(rc, real) || !inside(root, real)) {
					cli_file_error(c, rc, M_P_CFG_LINK_OUTSIDE, NULL);
					return -1;
				}
				return load(c, rc, real, cfg);
			}
			if (!S_ISREG(st.st_mode)) {
				cli_file_error(c, rc, M_P_CFG_NOT_REGULAR, NULL);
				return -1;
			}
			return load(c, rc, rc, cfg);
		}
		if (strcmp(abs, root) == 0 || !up(abs))
			return 0;
	}
}

int cli_config(cli *c, const char *file, sw_config *cfg)
{
	for (int i = 0; i < SW__COUNT; i++)
		cfg->override[i] = SAMW_KEEP;
	cfg->werror = 0;
	cfg->max_diags = 0;
	cfg->max_set = 0;
	cfg->horizon = 0;
	cfg->path[0] = '\0';
	cfg->baseline[0] = '\0';
	if (c->no_config)
		return 0;
	/* the folder to start from */
	char dir[4096];
	const char *from = strcmp(file, "-") == 0 ? (c->stdin_name ? c->stdin_name : NULL) : file;
	if (from) {
		const char *slash = strrchr(from, '/');
		if (slash) {
			size_t n = (size_t)(slash - from);
			if (n >= sizeof dir)
				return 0;
			memcpy(dir, from, n ? n : 1);
			dir[n ? n : 1] = '\0';
		} else {
			strcpy(dir, ".");
		}
	} else {
		strcpy(dir, ".");
	}
	if (c->cfg_have && strcmp(dir, c->cfg_dir) == 0) {
		*cfg = c->cfg_cache;
		return c->cfg_rc;
	}
	int rc = walk_up(c, dir, cfg);
	snprintf(c->cfg_dir, sizeof c->cfg_dir, "%s", dir);
	c->cfg_cache = *cfg;
	c->cfg_rc = rc;
	c->cfg_have = 1;
	return rc;
}
