/* The server's loop and lifecycle: read what the client has sent, take the
 * cancellations out first, answer each message in order, then send the
 * diagnostics of every document that changed (so a burst of edits is
 * checked once). Requests before `initialize` get ServerNotInitialized,
 * after `shutdown` InvalidRequest; `exit` ends with 0 after a shutdown
 * and 1 otherwise, as does the end of the input. */
#include <limits.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../base/buf.h"
#include "../base/date.h"
#include "../base/utf8.h"
#include "lsp.h"

/* ---- replies ---------------------------------------------------------- */

static void send(lsp_server *S, json_t *msg)
{
	if (!msg)
		return; /* jansson refused it (text that is no UTF-8): nothing to send */
	if (!S->write_failed && lsp_write(S->out, msg) != 0) {
		/* the client is gone: nobody is left to answer */
		S->write_failed = 1;
		S->done = 1;
	}
	json_decref(msg);
}

void lsp_reply(lsp_server *S, json_t *id, json_t *result)
{
	send(S, json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id ? id : json_null(),
	                  "result", result ? result : json_null()));
}

void lsp_error(lsp_server *S, json_t *id, int code, const char *message)
{
	send(S, json_pack("{s:s, s:O, s:{s:i, s:s}}", "jsonrpc", "2.0", "id", id ? id : json_null(),
	                  "error", "code", code, "message", message));
}

void lsp_notify(lsp_server *S, const char *method, json_t *params)
{
	send(S, json_pack("{s:s, s:s, s:o}", "jsonrpc", "2.0", "method", method, "params", params));
}

char *lsp_say(const lsp_server *S, sw_msg m, const char *a1, const char *a2)
{
	sw_buf b = { 0 };
	sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE } };
	sw_msg_expand(&b, m, a, S->nl);
	/* a path or a name from the client may hold bytes that are no UTF-8,
	 * which JSON cannot carry: each becomes U+FFFD */
	sw_buf ok = { 0 };
	for (size_t i = 0; i < b.len;) {
		size_t k = sw_utf8_seq((const unsigned char *)b.data + i, b.len - i);
		if (k) {
			sw_buf_put(&ok, b.data + i, k);
			i += k;
		} else {
			sw_buf_puts(&ok, "\xEF\xBF\xBD");
			i++;
		}
	}
	sw_buf_free(&b);
	b = ok;
	char *s = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	if (!s)
		abort();
	return s;
}

void lsp_log(lsp_server *S, int type, sw_msg m, const char *a1, const char *a2)
{
	char *s = lsp_say(S, m, a1, a2);
	lsp_notify(S, "window/logMessage", json_pack("{s:i, s:s}", "type", type, "message", s));
	free(s);
}

static void error_say(lsp_server *S, json_t *id, int code, sw_msg m, const char *a1)
{
	char *s = lsp_say(S, m, a1, NULL);
	lsp_error(S, id, code, s);
	free(s);
}

/* ---- documents ----------------------------------------------------------- */

lsp_doc *lsp_find(lsp_server *S, const char *uri)
{
	for (lsp_doc *d = S->docs; d; d = d->next)
		if (strcmp(d->uri, uri) == 0)
			return d;
	return NULL;
}

/* The settings of the client for samw (workspace/didChangeConfiguration):
 * "lang" overrides the message language when --lang did not. */
static void apply_settings(lsp_server *S)
{
	const char *lang = json_string_value(json_object_get(S->settings, "lang"));
	if (S->forced == SAMW_LANG_AUTO && lang && (strcmp(lang, "nl") == 0 || strcmp(lang, "en") == 0))
		S->nl = lang[0] == 'n';
	const char *url = json_string_value(json_object_get(S->settings, "docsUrl"));
	if (url) {
		free(S->docs_url);
		S->docs_url = strdup(url);
		if (!S->docs_url)
			abort();
	}
}

void lsp_analyse(lsp_server *S, lsp_doc *d)
{
	if (!d->dirty)
		return;
	samw_index_free(d->ix);
	samw_result_free(d->res);
	d->ix = NULL;
	/* the source lives for the check only: the document keeps its text
	 * once, and a request that reads the source again makes its own */
	samw_source *src = samw_source_new(d->path, d->text, d->len);
	size_t n = samw_checks();
	signed char *sev = malloc(n);
	if (!sev)
		abort();
	memset(sev, SAMW_KEEP, n);
	samw_options o;
	memset(&o, 0, sizeof o);
	o.lang = S->nl ? SAMW_LANG_NL : SAMW_LANG_EN;
	o.max_diagnostics = 100; /* as samw check, unless .samwrc says otherwise */
	o.severity = sev;
	o.no_verdicts = 1;
	/* the date checks as samw check runs them: today, or the day of
	 * SOURCE_DATE_EPOCH (a bad one: today, as the server cannot refuse) */
	char day[11];
	sw_date_today(day);
	o.today = day;
	samw_settings st;
	memset(&st, 0, sizeof st);
	st.severity = sev;
	char *dir = d->path[0] == '/' ? strdup(d->path) : NULL;
	if (dir) {
		*strrchr(dir, '/') = '\0';
		samw_settings_status rc = samw_settings_find(dir[0] ? dir : "/", &st);
		if (rc == SAMW_SETTINGS_OK || rc == SAMW_SETTINGS_NONE) {
			o.warnings_as_errors = st.warnings_as_errors;
			o.horizon = st.horizon;
			/* as samw check: at most 10000 kept from a .samwrc */
			if (st.max_set)
				o.max_diagnostics = st.max_diagnostics == 0 || st.max_diagnostics > 10000
					? 10000 : st.max_diagnostics;
		} else {
			char why[512], where[4300], ebuf[64];
			samw_settings_message(&st, rc, S->nl ? SAMW_LANG_NL : SAMW_LANG_EN,
			                      rc == SAMW_SETTINGS_UNREADABLE
			                              ? sw_errno_text(st.err, S->nl, ebuf, sizeof ebuf) : NULL,
			                      why, sizeof why);
			if (rc == SAMW_SETTINGS_BAD_LINE)
				snprintf(where, sizeof where, "%s:%zu", st.path, st.line);
			else
				snprintf(where, sizeof where, "%s", st.path);
			lsp_log(S, 2, M_P_LSP_CONFIG, where, why);
			memset(sev, SAMW_KEEP, n);
		}
		free(dir);
	}
	d->res = samw_check_indexed(src, &o, &d->ix);
	samw_source_free(src);
	free(sev);
	d->dirty = 0;
	d->publish = 1;
}

static void publish(lsp_server *S, lsp_doc *d)
{
	lsp_analyse(S, d);
	d->publish = 0;
	json_t *p = json_pack("{s:s, s:I, s:o}", "uri", d->uri, "version", d->version, "diagnostics",
	                      lsp_diagnostics(S, d));
	lsp_notify(S, "textDocument/publishDiagnostics", p);
}

static const char *str(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static void did_open(lsp_server *S, json_t *params)
{
	json_t *td = json_object_get(params, "textDocument");
	const char *uri = str(td, "uri"), *text = str(td, "text");
	if (!uri || !text) {
		lsp_log(S, 1, M_P_LSP_BAD_PARAMS, "textDocument/didOpen", NULL);
		return;
	}
	lsp_doc *d = lsp_find(S, uri);
	if (!d) {
		d = calloc(1, sizeof *d);
		if (!d || !(d->uri = strdup(uri)))
			abort();
		d->path = lsp_uri_path(uri);
		if (!d->path && !(d->path = strdup(uri)))
			abort();
		d->next = S->docs;
		S->docs = d;
		S->ndocs++;
	}
	d->version = json_integer_value(json_object_get(td, "version"));
	lsp_doc_set(d, text, json_string_length(json_object_get(td, "text")));
	d->publish = 1;
}

static void did_change(lsp_server *S, json_t *params)
{
	json_t *td = json_object_get(params, "textDocument");
	const char *uri = str(td, "uri");
	json_t *changes = json_object_get(params, "contentChanges");
	lsp_doc *d = uri ? lsp_find(S, uri) : NULL;
	if (!d || !json_is_array(changes)) {
		lsp_log(S, 1, d || !uri ? M_P_LSP_BAD_PARAMS : M_P_LSP_NO_DOCUMENT,
		        d || !uri ? "textDocument/didChange" : uri, NULL);
		return;
	}
	size_t i;
	json_t *ch;
	json_array_foreach(changes, i, ch) {
		json_t *text = json_object_get(ch, "text"), *range = json_object_get(ch, "range");
		if (!json_is_string(text)) {
			lsp_log(S, 1, M_P_LSP_BAD_PARAMS, "textDocument/didChange", NULL);
			continue;
		}
		if (!range) {
			lsp_doc_set(d, json_string_value(text), json_string_length(text));
			continue;
		}
		lsp_pos a, b;
		if (!lsp_get_pos(json_object_get(range, "start"), &a) ||
		    !lsp_get_pos(json_object_get(range, "end"), &b)) {
			lsp_log(S, 1, M_P_LSP_BAD_PARAMS, "textDocument/didChange", NULL);
			continue;
		}
		uint32_t from = lsp_offset(d, a, S->utf8), to = lsp_offset(d, b, S->utf8);
		if (d->len - (to > from ? to - from : 0) + json_string_length(text) > LSP_MAX_MESSAGE * 4) {
			char num[32];
			snprintf(num, sizeof num, "%zu", LSP_MAX_MESSAGE * 4);
			lsp_log(S, 1, M_P_LSP_DOC_TOO_BIG, uri, num);
			continue;
		}
		lsp_doc_edit(d, from, to, json_string_value(text), json_string_length(text));
	}
	json_t *v = json_object_get(td, "version");
	if (json_is_integer(v))
		d->version = json_integer_value(v);
	d->publish = 1;
}

static void did_close(lsp_server *S, json_t *params)
{
	const char *uri = str(json_object_get(params, "textDocument"), "uri");
	for (lsp_doc **p = &S->docs; uri && *p; p = &(*p)->next) {
		if (strcmp((*p)->uri, uri) != 0)
			continue;
		lsp_doc *d = *p;
		*p = d->next;
		S->ndocs--;
		/* its diagnostics go with it */
		lsp_notify(S, "textDocument/publishDiagnostics",
		           json_pack("{s:s, s:[]}", "uri", uri, "diagnostics"));
		lsp_doc_free(d);
		return;
	}
}

/* Every document is checked again: the settings, or a .samwrc, changed. */
static void recheck_all(lsp_server *S)
{
	for (lsp_doc *d = S->docs; d; d = d->next)
		d->dirty = d->publish = 1;
}

/* Saved: the document is checked again (its .samwrc, or a document it
 * names, may have changed with it); the others are not. */
static void did_save(lsp_server *S, json_t *params)
{
	const char *uri = str(json_object_get(params, "textDocument"), "uri");
	lsp_doc *d = uri ? lsp_find(S, uri) : NULL;
	if (d)
		d->dirty = d->publish = 1;
}

static void did_change_configuration(lsp_server *S, json_t *params)
{
	json_t *set = json_object_get(json_object_get(params, "settings"), "samw");
	if (json_is_object(set)) {
		json_decref(S->settings);
		S->settings = json_incref(set);
		apply_settings(S);
	}
	recheck_all(S);
}

/* docs/checks.md beside this samw: in the source tree (build/samw,
 * build/asan/samw) or
 * installed (PREFIX/bin/samw, PREFIX/share/doc/samw/checks.md), as a file
 * URI; NULL when neither is there. */
static char *default_docs(void)
{
	char exe[PATH_MAX], p[PATH_MAX + 64], real[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	*strrchr(exe, '/') = '\0';
	static const char *const tries[] = { "/../docs/checks.md", "/../../docs/checks.md",
	                                     "/../share/doc/samw/checks.md" };
	for (size_t i = 0; i < 3; i++) {
		snprintf(p, sizeof p, "%s%s", exe, tries[i]);
		if (!realpath(p, real) || access(real, R_OK) != 0)
			continue;
		sw_buf b = { 0 };
		sw_buf_puts(&b, "file://");
		for (const unsigned char *c = (const unsigned char *)real; *c; c++) {
			if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
			    strchr("/-._~", *c))
				sw_buf_putc(&b, (char)*c);
			else
				sw_buf_printf(&b, "%%%02X", *c);
		}
		char *s = strdup(sw_buf_str(&b));
		sw_buf_free(&b);
		return s;
	}
	return NULL;
}

/* ---- initialize ----------------------------------------------------------- */

static void initialize(lsp_server *S, json_t *id, json_t *params)
{
	json_t *caps = json_object_get(params, "capabilities");
	json_t *enc = json_object_get(json_object_get(caps, "general"), "positionEncodings");
	size_t i;
	json_t *e;
	S->utf8 = 0;
	json_array_foreach(enc, i, e)
		if (json_is_string(e) && strcmp(json_string_value(e), "utf-8") == 0)
			S->utf8 = 1;
	S->snippets = json_is_true(json_object_get(json_object_get(json_object_get(
		json_object_get(caps, "textDocument"), "completion"), "completionItem"), "snippetSupport"));
	S->watch = json_is_true(json_object_get(json_object_get(json_object_get(caps, "workspace"),
	                                                        "didChangeWatchedFiles"),
	                                        "dynamicRegistration"));
	const char *locale = str(params, "locale");
	if (S->forced == SAMW_LANG_AUTO && locale)
		S->nl = strncmp(locale, "nl", 2) == 0;
	json_t *opts = json_object_get(params, "initializationOptions");
	if (json_is_object(opts)) {
		json_decref(S->settings);
		S->settings = json_incref(opts);
		apply_settings(S);
	}
	S->initialized = 1;
	json_t *result = json_pack(
		"{s:{s:s, s:{s:b, s:i, s:{s:b}}, s:{s:[s,s,s], s:b}, s:b, s:b, s:b, s:b,"
		" s:{s:b}, s:b, s:b, s:b, s:{s:[s]}},"
		" s:{s:s, s:s}}",
		"capabilities",
		"positionEncoding", S->utf8 ? "utf-8" : "utf-16",
		"textDocumentSync", "openClose", 1, "change", 2, "save", "includeText", 0,
		"completionProvider", "triggerCharacters", " ", ",", "{", "resolveProvider", 0,
		"hoverProvider", 1,
		"definitionProvider", 1,
		"referencesProvider", 1,
		"documentHighlightProvider", 1,
		"renameProvider", "prepareProvider", 1,
		"documentSymbolProvider", 1,
		"foldingRangeProvider", 1,
		"documentFormattingProvider", 1,
		"codeActionProvider", "codeActionKinds", "quickfix",
		"serverInfo", "name", "samw", "version", samw_version());
	lsp_reply(S, id, result);
}

/* ---- dispatch ------------------------------------------------------------- */

typedef void (*handler)(lsp_server *S, json_t *id, json_t *params);

static const struct {
	const char *method;
	handler run;
} requests[] = {
	{ "textDocument/completion", lsp_completion },
	{ "textDocument/hover", lsp_hover },
	{ "textDocument/definition", lsp_definition },
	{ "textDocument/references", lsp_references },
	{ "textDocument/documentHighlight", lsp_highlight },
	{ "textDocument/prepareRename", lsp_prepare_rename },
	{ "textDocument/rename", lsp_rename },
	{ "textDocument/documentSymbol", lsp_symbols },
	{ "textDocument/foldingRange", lsp_folding },
	{ "textDocument/formatting", lsp_formatting },
	{ "textDocument/codeAction", lsp_code_action },
};

static int cancelled(lsp_server *S, json_t *id)
{
	size_t i;
	json_t *c;
	json_array_foreach(S->cancelled, i, c)
		if (json_equal(c, id)) {
			json_array_remove(S->cancelled, i);
			return 1;
		}
	return 0;
}

static void request(lsp_server *S, const char *method, json_t *id, json_t *params)
{
	if (cancelled(S, id)) {
		error_say(S, id, LSP_CANCELLED, M_P_LSP_CANCELLED, NULL);
		return;
	}
	if (strcmp(method, "initialize") == 0) {
		if (S->initialized)
			lsp_error(S, id, LSP_INVALID_REQUEST, "initialize");
		else
			initialize(S, id, params);
		return;
	}
	if (!S->initialized) {
		error_say(S, id, LSP_NOT_INITIALIZED, M_P_LSP_NOT_INITIALIZED, NULL);
		return;
	}
	if (S->shutdown) {
		error_say(S, id, LSP_INVALID_REQUEST, M_P_LSP_SHUT_DOWN, NULL);
		return;
	}
	if (strcmp(method, "shutdown") == 0) {
		S->shutdown = 1;
		lsp_reply(S, id, NULL);
		return;
	}
	for (size_t i = 0; i < sizeof requests / sizeof requests[0]; i++)
		if (strcmp(method, requests[i].method) == 0) {
			if (params && !json_is_object(params))
				error_say(S, id, LSP_INVALID_PARAMS, M_P_LSP_BAD_PARAMS, method);
			else
				requests[i].run(S, id, params);
			return;
		}
	error_say(S, id, LSP_METHOD_NOT_FOUND, M_P_LSP_UNKNOWN_METHOD, method);
}

static void notification(lsp_server *S, const char *method, json_t *params)
{
	if (strcmp(method, "exit") == 0) {
		S->exit_code = S->shutdown ? 0 : 1;
		S->done = 1;
		return;
	}
	if (!S->initialized || S->shutdown)
		return; /* dropped, as the protocol says */
	if (params && !json_is_object(params))
		lsp_log(S, 1, M_P_LSP_BAD_PARAMS, method, NULL);
	else if (strcmp(method, "textDocument/didOpen") == 0)
		did_open(S, params);
	else if (strcmp(method, "textDocument/didChange") == 0)
		did_change(S, params);
	else if (strcmp(method, "textDocument/didClose") == 0)
		did_close(S, params);
	else if (strcmp(method, "workspace/didChangeConfiguration") == 0)
		did_change_configuration(S, params);
	else if (strcmp(method, "workspace/didChangeWatchedFiles") == 0)
		recheck_all(S); /* a .samwrc changed */
	else if (strcmp(method, "textDocument/didSave") == 0)
		did_save(S, params);
	else if (strcmp(method, "initialized") == 0 && S->watch)
		/* a changed .samwrc: every document is checked again */
		send(S, json_pack("{s:s, s:s, s:s, s:{s:[{s:s, s:s, s:{s:[{s:s}]}}]}}", "jsonrpc", "2.0",
		                  "id", "samw-watch", "method", "client/registerCapability", "params",
		                  "registrations", "id", "samw-watch", "method",
		                  "workspace/didChangeWatchedFiles", "registerOptions", "watchers",
		                  "globPattern", "**/.samwrc"));
	else if (strcmp(method, "initialized") == 0 || strncmp(method, "$/", 2) == 0)
		; /* nothing to do; $/cancelRequest was taken out before */
	else
		lsp_log(S, 3, M_P_LSP_UNKNOWN_METHOD, method, NULL);
}

static void handle(lsp_server *S, json_t *msg)
{
	json_t *id = json_object_get(msg, "id");
	json_t *m = json_object_get(msg, "method");
	if (!json_is_object(msg) || (!m && !id) || (m && !json_is_string(m)) ||
	    (id && !json_is_string(id) && !json_is_integer(id) && !json_is_null(id))) {
		error_say(S, json_is_string(id) || json_is_integer(id) ? id : NULL, LSP_INVALID_REQUEST,
		          M_P_LSP_BAD_REQUEST, NULL);
		return;
	}
	if (!m)
		return; /* a response to a request of ours: none is waited for */
	json_t *params = json_object_get(msg, "params");
	if (id)
		request(S, json_string_value(m), id, params);
	else
		notification(S, json_string_value(m), params);
}

/* The ids the client cancelled, taken from the messages read ahead. */
static void take_cancels(lsp_server *S, json_t *msg)
{
	const char *m = json_string_value(json_object_get(msg, "method"));
	if (!m || strcmp(m, "$/cancelRequest") != 0)
		return;
	json_t *id = json_object_get(json_object_get(msg, "params"), "id");
	if ((json_is_integer(id) || json_is_string(id)) && json_array_size(S->cancelled) < LSP_MAX_QUEUE)
		json_array_append(S->cancelled, id);
}

static json_t *parse(lsp_server *S, lsp_read r, char *body, size_t len)
{
	if (r == LSP_BAD_HEADER) {
		lsp_log(S, 1, M_P_LSP_BAD_HEADER, NULL, NULL);
		return NULL;
	}
	if (r == LSP_TOO_BIG) {
		char num[32];
		snprintf(num, sizeof num, "%zu", LSP_MAX_MESSAGE);
		lsp_log(S, 1, M_P_LSP_TOO_BIG, num, NULL);
		return NULL;
	}
	json_error_t err;
	json_t *msg = json_loadb(body, len, JSON_REJECT_DUPLICATES, &err);
	free(body);
	if (!msg) {
		char *s = lsp_say(S, M_P_LSP_BAD_JSON, err.text, NULL);
		lsp_error(S, NULL, LSP_PARSE_ERROR, s);
		free(s);
	}
	return msg;
}

int sw_lsp_serve(int in_fd, int out_fd, samw_lang lang, int env_nl)
{
	lsp_server S;
	memset(&S, 0, sizeof S);
	S.out = out_fd;
	S.forced = lang;
	S.nl = lang == SAMW_LANG_AUTO ? env_nl : lang == SAMW_LANG_NL;
	S.exit_code = 1;
	S.cancelled = json_array();
	S.settings = json_object();
	S.docs_url = default_docs();
	/* a client that goes away is a failed write, not a signal */
	signal(SIGPIPE, SIG_IGN);
	lsp_reader rd;
	lsp_reader_init(&rd, in_fd);
	json_t **queue = malloc(LSP_MAX_QUEUE * sizeof *queue);
	if (!queue)
		abort();
	while (!S.done) {
		size_t n = 0;
		int block = 1;
		while (n < LSP_MAX_QUEUE) {
			char *body = NULL;
			size_t len = 0;
			lsp_read r = lsp_reader_next(&rd, block, &body, &len);
			if (r == LSP_EOF) {
				if (!n)
					S.done = 1;
				break;
			}
			if (r == LSP_NONE)
				break;
			if (rd.junk) {
				rd.junk = 0;
				lsp_log(&S, 1, M_P_LSP_BAD_HEADER, NULL, NULL);
			}
			json_t *msg = parse(&S, r, body, len);
			if (msg) {
				take_cancels(&S, msg);
				queue[n++] = msg;
			}
			block = 0;
		}
		for (size_t i = 0; i < n; i++) {
			if (!S.done)
				handle(&S, queue[i]);
			json_decref(queue[i]);
		}
		/* a cancellation can only reach a request read with it: those
		 * of requests already answered are forgotten */
		json_array_clear(S.cancelled);
		for (lsp_doc *d = S.docs; d && !S.done; d = d->next)
			if (d->publish)
				publish(&S, d);
		if (rd.eof && !rd.len && !S.done) {
			char *body;
			size_t len;
			if (lsp_reader_next(&rd, 0, &body, &len) == LSP_EOF)
				S.done = 1;
		}
	}
	free(queue);
	lsp_reader_free(&rd);
	while (S.docs) {
		lsp_doc *d = S.docs;
		S.docs = d->next;
		lsp_doc_free(d);
	}
	json_decref(S.cancelled);
	json_decref(S.settings);
	free(S.docs_url);
	return S.exit_code;
}
