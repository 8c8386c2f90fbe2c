/* Fuzz target: the language server's message loop (lsp/, sw_lsp_serve).
 * The input is a session: each line is the body of one message, framed
 * with its Content-Length here, so the fuzzer spends its time on
 * sequences of requests and edits rather than on counting bytes; an input
 * that starts with '!' goes to the server as it is, unframed, for the
 * framing itself. A framed session starts with an initialize request and
 * the opening of a document, unless its first line is itself a request
 * (so that what comes before initialize is fuzzed too). The server reads
 * from a temporary file and writes to /dev/null; it must never crash,
 * hang (libFuzzer's -timeout) or leak (LeakSanitizer), whatever it reads.
 * The dictionary (fuzz/lsp.dict, with fuzz/samw.dict) names the methods
 * and fields. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "../lsp/lsp.h"

static const char prelude[] =
	"{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"capabilities\":"
	"{\"general\":{\"positionEncodings\":[\"utf-16\"]}}}}\n"
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
	"{\"uri\":\"file:///fuzz/a.samw\",\"version\":1,\"text\":\"collaboration a \\\"A\\\" {\\n"
	"  form alliance\\n  party b \\\"B\\\" {\\n    kind organisation\\n  }\\n"
	"  agreement c \\\"C\\\" { kind contract; between b, d }\\n}\\n\"}}}\n";

static void frame(FILE *f, const char *line, size_t n)
{
	fprintf(f, "Content-Length: %zu\r\n\r\n", n);
	fwrite(line, 1, n, f);
}

static void frame_all(FILE *f, const char *s, size_t n)
{
	while (n) {
		const char *nl = memchr(s, '\n', n);
		size_t k = nl ? (size_t)(nl - s) : n;
		frame(f, s, k);
		s += k + (nl ? 1 : 0);
		n -= k + (nl ? 1 : 0);
	}
}

/* Does the first line of s hold a request (an "id")? */
static int starts_with_request(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i + 4 <= n && s[i] != '\n'; i++)
		if (memcmp(s + i, "\"id\"", 4) == 0)
			return 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *in = tmpfile();
	int out = open("/dev/null", O_WRONLY);
	if (!in || out < 0)
		abort();
	if (size && data[0] == '!') {
		fwrite(data + 1, 1, size - 1, in);
	} else {
		/* a session that starts with its own request skips the prelude */
		if (!starts_with_request(data, size))
			frame_all(in, prelude, sizeof prelude - 1);
		frame_all(in, (const char *)data, size);
	}
	fflush(in);
	rewind(in);
	sw_lsp_serve(fileno(in), out, size % 3 == 0 ? SAMW_LANG_NL : SAMW_LANG_AUTO, 0);
	fclose(in);
	close(out);
	return 0;
}
