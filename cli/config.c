/* .samwrc for the command line: the settings of each checked file's folder
 * (read by the library, api/settings.c), kept for the last folder looked
 * up, and what is wrong with them said on standard error, naming the file
 * and line. The command line overrides them. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* Say what is wrong with the settings file. */
static int bad(const cli *c, const samw_settings *st, samw_settings_status rc)
{
	char ebuf[64], text[512];
	const char *et = rc == SAMW_SETTINGS_UNREADABLE ? cli_errno_text(c, st->err, ebuf, sizeof ebuf) : NULL;
	samw_settings_message(st, rc, c->nl ? SAMW_LANG_NL : SAMW_LANG_EN, et, text, sizeof text);
	if (rc == SAMW_SETTINGS_BAD_LINE) {
		char where[4300];
		snprintf(where, sizeof where, "%s:%zu", st->path, st->line);
		cli_say(where, text);
	} else {
		cli_say(st->path, text);
	}
	return -1;
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
	samw_settings st;
	memset(&st, 0, sizeof st);
	st.severity = cfg->override;
	samw_settings_status rc = samw_settings_find(dir, &st);
	int status = rc == SAMW_SETTINGS_OK || rc == SAMW_SETTINGS_NONE ? 0 : bad(c, &st, rc);
	cfg->werror = st.warnings_as_errors;
	cfg->max_diags = st.max_diagnostics;
	cfg->max_set = st.max_set;
	cfg->horizon = st.horizon;
	snprintf(cfg->path, sizeof cfg->path, "%s", st.path);
	snprintf(cfg->baseline, sizeof cfg->baseline, "%s", st.baseline);
	snprintf(c->cfg_dir, sizeof c->cfg_dir, "%s", dir);
	c->cfg_cache = *cfg;
	c->cfg_rc = status;
	c->cfg_have = 1;
	return status;
}
