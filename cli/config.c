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

static int bad(const cli *c, const char *path, int line, const char *what, const char *arg)
{
	fflush(stdout);
	fprintf(stderr, "samw: %s:%d: ", path, line);
	fprintf(stderr, what, arg);
	fputc('\n', stderr);
	(void)c;
	return -1;
}

/* Apply one file's settings to cfg. Returns 0, or -1 after a message. */
static int load(const cli *c, const char *path, sw_config *cfg)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		fflush(stdout);
		fprintf(stderr, "samw: %s: %s\n", path, strerror(errno));
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
			rc = bad(c, path, line, c->nl ? "verwacht sleutel=waarde, gevonden: '%s'"
			                              : "expected key=value, found '%s'", s);
			break;
		}
		*eq = '\0';
		char *key = trim(s), *val = trim(eq + 1);
		if (strcmp(key, "allow") == 0 || strcmp(key, "warn") == 0 || strcmp(key, "deny") == 0 ||
		    strcmp(key, "disable") == 0) {
			sw_sev sev = key[0] == 'w' ? SEV_WARNING : key[0] == 'd' && key[1] == 'e' ? SEV_ERROR : SEV_OFF;
			for (char *w = strtok(val, ", \t"); w; w = strtok(NULL, ", \t")) {
				sw_check k;
				if (!sw_check_find(w, &k)) {
					rc = bad(c, path, line, c->nl ? "'%s' is geen code of naam van een controle (zie 'samw rules')"
					                              : "'%s' is not a check code or name (see 'samw rules')", w);
					break;
				}
				cfg->override[k] = (int8_t)sev;
			}
		} else if (strcmp(key, "warnings-as-errors") == 0) {
			if (strcmp(val, "true") == 0 || strcmp(val, "yes") == 0 || strcmp(val, "1") == 0)
				cfg->werror = 1;
			else if (strcmp(val, "false") == 0 || strcmp(val, "no") == 0 || strcmp(val, "0") == 0)
				cfg->werror = 0;
			else
				rc = bad(c, path, line, c->nl ? "warnings-as-errors is true of false, niet '%s'"
				                              : "warnings-as-errors takes true or false, not '%s'", val);
		} else if (strcmp(key, "max-diagnostics") == 0) {
			char *end;
			errno = 0;
			unsigned long long v = strtoull(val, &end, 10);
			if (errno || end == val || *end || val[0] == '-')
				rc = bad(c, path, line, c->nl ? "max-diagnostics is een getal, niet '%s'"
				                              : "max-diagnostics takes a number, not '%s'", val);
			else
				cfg->max_diags = (size_t)v, cfg->max_set = 1;
		} else {
			rc = bad(c, path, line, c->nl ? "onbekende sleutel '%s' (bekend: allow, warn, deny, warnings-as-errors, max-diagnostics)"
			                              : "unknown key '%s' (known: allow, warn, deny, warnings-as-errors, max-diagnostics)", key);
		}
	}
	fclose(f);
	return rc;
}

static int walk_up(const cli *c, const char *dir, sw_config *cfg);

int cli_config(cli *c, const char *file, sw_config *cfg)
{
	for (int i = 0; i < SW__COUNT; i++)
		cfg->override[i] = SW_SEV_KEEP;
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
