/* .samwrc: project settings, one key=value per line, found by walking up
 * from each checked file's folder. The command line overrides it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/buf.h"
#include "cli.h"

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		s[--n] = '\0';
	return s;
}

static int bad(const cli *c, const char *path, int line, sw_msg m, const char *a1,
               const char *a2, const char *a3)
{
	sw_buf b = { 0 };
	sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE }, { a3, M_NONE } };
	sw_msg_expand(&b, m, a, c->nl);
	fflush(stdout);
	fprintf(stderr, "samw: %s:%d: %s\n", path, line, sw_buf_str(&b));
	sw_buf_free(&b);
	return -1;
}

/* Apply one file's settings to cfg. Returns 0, or -1 after a message. */
static int load(const cli *c, const char *path, sw_config *cfg)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		char ebuf[64];
		cli_file_error(c, path, M_P_FILE_UNREADABLE, cli_errno_text(c, errno, ebuf, sizeof ebuf));
		return -1;
	}
	char raw[1024];
	int line = 0, rc = 0;
	while (rc == 0 && fgets(raw, sizeof raw, f)) {
		line++;
		char *s = trim(raw);
		if (!*s || *s == '#')
			continue;
		char *eq = strchr(s, '=');
		if (!eq) {
			rc = bad(c, path, line, M_P_CFG_EXPECTED, s, NULL, NULL);
			break;
		}
		*eq = '\0';
		char *key = trim(s), *val = trim(eq + 1);
		if (strcmp(key, "allow") == 0 || strcmp(key, "warn") == 0 || strcmp(key, "deny") == 0 ||
		    strcmp(key, "disable") == 0) {
			samw_severity sev = key[0] == 'w' ? SAMW_WARNING : key[0] == 'd' && key[1] == 'e' ? SAMW_ERROR : SAMW_OFF;
			char *save = NULL;
			for (char *w = strtok_r(val, ", \t", &save); w; w = strtok_r(NULL, ", \t", &save)) {
				long k = samw_check_find(w);
				if (k < 0) {
					rc = bad(c, path, line, M_P_U_UNKNOWN_CHECK, w, NULL, NULL);
					break;
				}
				cfg->override[k] = (signed char)sev;
			}
		} else if (strcmp(key, "warnings-as-errors") == 0) {
			if (strcmp(val, "true") == 0 || strcmp(val, "yes") == 0 || strcmp(val, "1") == 0)
				cfg->werror = 1;
			else if (strcmp(val, "false") == 0 || strcmp(val, "no") == 0 || strcmp(val, "0") == 0)
				cfg->werror = 0;
			else
				rc = bad(c, path, line, M_P_U_TAKES, key, sw_msg_text(M_P_CFG_BOOL, c->nl), val);
		} else if (strcmp(key, "max-diagnostics") == 0) {
			char *end;
			errno = 0;
			unsigned long long v = strtoull(val, &end, 10);
			if (errno || end == val || *end || val[0] == '-')
				rc = bad(c, path, line, M_P_U_TAKES, key, sw_msg_text(M_P_U_A_NUMBER, c->nl), val);
			else
				cfg->max_diags = (size_t)v, cfg->max_set = 1;
		} else {
			rc = bad(c, path, line, M_P_CFG_UNKNOWN_KEY, key,
			         "allow, warn, deny, warnings-as-errors, max-diagnostics", NULL);
		}
	}
	fclose(f);
	return rc;
}

static int walk_up(const cli *c, const char *dir, sw_config *cfg);

int cli_config(cli *c, const char *file, sw_config *cfg)
{
	for (int i = 0; i < SW__COUNT; i++)
		cfg->override[i] = SAMW_KEEP;
	cfg->werror = 0;
	cfg->max_diags = 0;
	cfg->max_set = 0;
	cfg->path[0] = '\0';
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

/* Find the nearest .samwrc from dir upwards and apply it. */
static int walk_up(const cli *c, const char *dir, sw_config *cfg)
{
	char abs[4096];
	if (!realpath(dir, abs))
		return 0;
	for (;;) {
		char rc[4200];
		snprintf(rc, sizeof rc, "%s/.samwrc", strcmp(abs, "/") == 0 ? "" : abs);
		FILE *f = fopen(rc, "r");
		if (f) {
			fclose(f);
			snprintf(cfg->path, sizeof cfg->path, "%s", rc);
			return load(c, rc, cfg);
		}
		char *slash = strrchr(abs, '/');
		if (!slash || slash == abs) {
			if (strcmp(abs, "/") == 0)
				return 0;
			strcpy(abs, "/");
		} else {
			*slash = '\0';
		}
	}
}
