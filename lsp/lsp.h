/* The language server (samw lsp): JSON-RPC over standard input and output
 * with jansson, the open documents, and the features, all over the library
 * (include/samw.h). One process serves one editor; everything lives in a
 * server object, nothing in globals. */
#ifndef SW_LSP_H
#define SW_LSP_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "../diagnostics/diag.h"
#include "../include/samw.h"

/* Serve on in_fd and out_fd until the client says exit or the input ends.
 * lang: SAMW_LANG_EN or NL when --lang was given, else SAMW_LANG_AUTO (the
 * client's locale, then the environment's). Returns the exit status. */
int sw_lsp_serve(int in_fd, int out_fd, samw_lang lang, int env_nl);

/* Limits (README, "Language server"). */
#define LSP_MAX_MESSAGE ((size_t)64 << 20) /* bytes of one message */
#define LSP_MAX_HEADER 8192                /* bytes of one header block */
#define LSP_MAX_QUEUE 4096                 /* messages read ahead */
#define LSP_MAX_ITEMS 1000                 /* completion items in one answer */

/* ---- framing (rpc.c) ------------------------------------------------- */

typedef struct lsp_reader {
	int fd;
	char *buf;
	size_t len, cap;
	size_t skip;     /* body bytes of a too-large message still to drop */
	unsigned junk;   /* headers read with something else before them */
	int eof;
} lsp_reader;

typedef enum lsp_read {
	LSP_MSG,         /* *body holds a message (malloc'd, NUL-terminated) */
	LSP_NONE,        /* nothing complete yet (only when not blocking) */
	LSP_EOF,
	LSP_BAD_HEADER,  /* skipped */
	LSP_TOO_BIG,     /* skipped */
} lsp_read;

void lsp_reader_init(lsp_reader *r, int fd);
void lsp_reader_free(lsp_reader *r);
/* The next message; waits for it when block, else only reads what is
 * already there. */
lsp_read lsp_reader_next(lsp_reader *r, int block, char **body, size_t *len);
/* Write one message; -1 when the output is gone. */
int lsp_write(int fd, const json_t *msg);

/* ---- documents (text.c) ------------------------------------------------ */

typedef struct lsp_doc {
	struct lsp_doc *next;
	char *uri;
	char *path;          /* the file the URI names, or the URI */
	char *text;
	size_t len, cap;
	json_int_t version;
	uint32_t *lines;     /* where each line starts */
	size_t nlines, caplines;
	samw_result *res;
	samw_index *ix;
	int dirty;           /* changed since the last check */
	int publish;         /* its diagnostics are to be sent */
	int too_big;
	/* the last position counted: the next one further on the same line
	 * is counted from there, so the positions of a line's many names
	 * cost the line's length once, not once each */
	uint32_t memo_off, memo_char, memo_line;
	int memo_utf8, memo_valid;
} lsp_doc;

typedef struct lsp_pos {
	uint32_t line, character;
} lsp_pos;

void lsp_doc_set(lsp_doc *d, const char *text, size_t len);
/* Replace [from, to) by text. */
void lsp_doc_edit(lsp_doc *d, uint32_t from, uint32_t to, const char *text, size_t len);
void lsp_doc_free(lsp_doc *d);
/* A source holding the document's text, for a request (freed by the
 * caller). */
samw_source *lsp_doc_source(const lsp_doc *d);
/* A position in the client's units to a byte offset, clamped to the
 * document (a line past the end is its end; a character past a line's
 * end is that end). */
uint32_t lsp_offset(const lsp_doc *d, lsp_pos p, int utf8);
lsp_pos lsp_position(lsp_doc *d, uint32_t off, int utf8);
/* The length of the first n bytes of s cut back to a whole character. */
size_t lsp_cut(const char *s, size_t n);
/* The path of a file: URI, or NULL when it is no file URI (malloc'd). */
char *lsp_uri_path(const char *uri);

/* ---- the server (server.c) ---------------------------------------------- */

typedef struct lsp_server {
	int out;
	int initialized, shutdown, exit_code, done, write_failed;
	int utf8;            /* positions in UTF-8 bytes, else UTF-16 units */
	samw_lang forced;    /* --lang, or AUTO */
	int nl;              /* messages in Dutch */
	int snippets;        /* the client takes snippets */
	int watch;           /* the client watches files for the server */
	lsp_doc *docs;
	size_t ndocs;
	char *docs_url;      /* docs/checks.md, for codeDescription */
	json_t *cancelled;   /* ids of requests cancelled before they ran */
	json_t *settings;    /* workspace/didChangeConfiguration's samw section */
	unsigned long long config_gen; /* bumped when a .samwrc may have changed */
} lsp_server;

/* A reply to a request (takes result), an error, a notification. */
void lsp_reply(lsp_server *S, json_t *id, json_t *result);
void lsp_error(lsp_server *S, json_t *id, int code, const char *message);
void lsp_notify(lsp_server *S, const char *method, json_t *params);
/* A message to the client's log (window/logMessage, type 1 error ... 4
 * log), in the message language. */
void lsp_log(lsp_server *S, int type, sw_msg m, const char *a1, const char *a2);
/* The text of a phrase with arguments, in the message language
 * (malloc'd). */
char *lsp_say(const lsp_server *S, sw_msg m, const char *a1, const char *a2);

lsp_doc *lsp_find(lsp_server *S, const char *uri);
/* Check the document again when it changed. */
void lsp_analyse(lsp_server *S, lsp_doc *d);

enum {
	LSP_PARSE_ERROR = -32700,
	LSP_INVALID_REQUEST = -32600,
	LSP_METHOD_NOT_FOUND = -32601,
	LSP_INVALID_PARAMS = -32602,
	LSP_INTERNAL_ERROR = -32603,
	LSP_NOT_INITIALIZED = -32002,
	LSP_REQUEST_FAILED = -32803,
	LSP_CANCELLED = -32800,
};

/* JSON helpers: a range and a position in the client's units. */
json_t *lsp_json_range(const lsp_server *S, lsp_doc *d, uint32_t from, uint32_t to);
json_t *lsp_json_location(const lsp_server *S, lsp_doc *d, uint32_t from, uint32_t to);
/* A position object into *p; 0 when it is none (negative, not numbers). */
int lsp_get_pos(json_t *j, lsp_pos *p);
/* params.position as an offset into d; -1 when missing or malformed. */
long lsp_param_offset(const lsp_server *S, const lsp_doc *d, json_t *params);

/* ---- the features (features.c) ----------------------------------------- */

/* The document a request is about, analysed; or NULL after an error reply. */
lsp_doc *lsp_request_doc(lsp_server *S, json_t *id, json_t *params);
json_t *lsp_diagnostics(lsp_server *S, lsp_doc *d);

void lsp_completion(lsp_server *S, json_t *id, json_t *params);
void lsp_hover(lsp_server *S, json_t *id, json_t *params);
void lsp_definition(lsp_server *S, json_t *id, json_t *params);
void lsp_references(lsp_server *S, json_t *id, json_t *params);
void lsp_highlight(lsp_server *S, json_t *id, json_t *params);
void lsp_prepare_rename(lsp_server *S, json_t *id, json_t *params);
void lsp_rename(lsp_server *S, json_t *id, json_t *params);
void lsp_symbols(lsp_server *S, json_t *id, json_t *params);
void lsp_folding(lsp_server *S, json_t *id, json_t *params);
void lsp_formatting(lsp_server *S, json_t *id, json_t *params);
void lsp_code_action(lsp_server *S, json_t *id, json_t *params);

#endif
