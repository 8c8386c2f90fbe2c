/* The framing of the Language Server Protocol: each message is a header
 * block (Content-Length, perhaps Content-Type) and a body of that many
 * bytes of JSON. A header that cannot be read is skipped up to the next
 * header; a body larger than LSP_MAX_MESSAGE is dropped as it arrives, so
 * no message, however large or malformed, costs more than that much
 * memory. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "lsp.h"

void lsp_reader_init(lsp_reader *r, int fd)
{
	memset(r, 0, sizeof *r);
	r->fd = fd;
}

void lsp_reader_free(lsp_reader *r)
{
	free(r->buf);
	r->buf = NULL;
}

/* Read what there is (waiting for it when block); 0 at the end of input or
 * when nothing came. */
static int fill(lsp_reader *r, int block)
{
	if (r->eof)
		return 0;
	if (!block) {
		struct pollfd p = { r->fd, POLLIN, 0 };
		if (poll(&p, 1, 0) <= 0)
			return 0;
	}
	if (r->cap - r->len < 65536) {
		size_t cap = r->cap ? r->cap * 2 : 65536 * 2;
		while (cap - r->len < 65536)
			cap *= 2;
		char *b = realloc(r->buf, cap);
		if (!b)
			abort();
		r->buf = b;
		r->cap = cap;
	}
	for (;;) {
		ssize_t n = read(r->fd, r->buf + r->len, r->cap - r->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			r->eof = 1;
			return 0;
		}
		r->len += (size_t)n;
		return 1;
	}
}

static void drop(lsp_reader *r, size_t n)
{
	memmove(r->buf, r->buf + n, r->len - n);
	r->len -= n;
	/* a buffer grown for one large message is given back */
	if (r->cap > ((size_t)1 << 20) && r->len < r->cap / 8) {
		size_t cap = r->len + 65536 * 2;
		char *b = realloc(r->buf, cap);
		if (b) {
			r->buf = b;
			r->cap = cap;
		}
	}
}

/* needle in h[0..n), with or without regard to case */
static const char *search(const char *h, size_t n, const char *needle, int nocase)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= n; i++)
		if (nocase ? strncasecmp(h + i, needle, k) == 0 : memcmp(h + i, needle, k) == 0)
			return h + i;
	return NULL;
}

static const char *find(const char *h, size_t n, const char *needle)
{
	return search(h, n, needle, 0);
}

/* The Content-Length of a header block, or -1 when it has none or a
 * malformed one. *junk is set when something that is no header field
 * stands before it (the rest of a message whose header was skipped): the
 * field is still found, so that one bad message costs no more than itself. */
static long long content_length(const char *h, size_t n, int *junk)
{
	long long len = -1;
	const char *end = h + n;
	*junk = 0;
	while (h < end) {
		const char *eol = find(h, (size_t)(end - h), "\r\n");
		if (!eol)
			eol = end;
		const char *cl = search(h, (size_t)(eol - h), "Content-Length:", 1);
		if (cl) {
			if (cl != h)
				*junk = 1;
			const char *v = cl + 15;
			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			if (v == eol)
				return -1;
			long long x = 0;
			for (; v < eol && *v >= '0' && *v <= '9'; v++) {
				if (x > (long long)1 << 40)
					return (long long)1 << 41; /* absurdly large: too big */
				x = x * 10 + (*v - '0');
			}
			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			if (v != eol)
				return -1;
			len = x;
		} else if (!memchr(h, ':', (size_t)(eol - h)) && eol > h) {
			*junk = 1; /* a line that is no header field */
		}
		h = eol + 2;
	}
	return len;
}

lsp_read lsp_reader_next(lsp_reader *r, int block, char **body, size_t *blen)
{
	for (;;) {
		/* what is left of a message too large to keep */
		if (r->skip) {
			size_t k = r->skip < r->len ? r->skip : r->len;
			drop(r, k);
			r->skip -= k;
			if (r->skip) {
				if (!fill(r, block))
					return r->eof ? LSP_EOF : LSP_NONE;
				continue;
			}
		}
		const char *hend = find(r->buf ? r->buf : "", r->len, "\r\n\r\n");
		if (!hend) {
			if (r->len > LSP_MAX_HEADER) {
				/* no end of header in sight: keep from the next
				 * Content-Length on, if there is one */
				const char *next = find(r->buf + 1, r->len - 1, "Content-Length");
				drop(r, next ? (size_t)(next - r->buf) : r->len - 16);
				return LSP_BAD_HEADER;
			}
			if (!fill(r, block)) {
				if (r->eof && r->len && !block)
					return LSP_NONE;
				return r->eof ? LSP_EOF : LSP_NONE;
			}
			continue;
		}
		size_t hlen = (size_t)(hend - r->buf);
		int junk;
		long long n = content_length(r->buf, hlen, &junk);
		if (n < 0) {
			drop(r, hlen + 4);
			return LSP_BAD_HEADER;
		}
		if ((unsigned long long)n > LSP_MAX_MESSAGE) {
			drop(r, hlen + 4);
			r->skip = (size_t)n;
			return LSP_TOO_BIG;
		}
		while (r->len < hlen + 4 + (size_t)n) {
			if (!fill(r, block))
				return r->eof ? LSP_EOF : LSP_NONE;
		}
		char *b = malloc((size_t)n + 1);
		if (!b)
			abort();
		memcpy(b, r->buf + hlen + 4, (size_t)n);
		b[n] = '\0';
		drop(r, hlen + 4 + (size_t)n);
		*body = b;
		*blen = (size_t)n;
		r->junk += junk;
		return LSP_MSG;
	}
}

int lsp_write(int fd, const json_t *msg)
{
	char *s = json_dumps(msg, JSON_COMPACT);
	if (!s)
		return -1;
	size_t n = strlen(s);
	char head[64];
	int h = snprintf(head, sizeof head, "Content-Length: %zu\r\n\r\n", n);
	int rc = 0;
	const char *parts[2] = { head, s };
	size_t lens[2] = { (size_t)h, n };
	for (int i = 0; i < 2 && rc == 0; i++) {
		size_t done = 0;
		while (done < lens[i]) {
			ssize_t w = write(fd, parts[i] + done, lens[i] - done);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0) {
				rc = -1;
				break;
			}
			done += (size_t)w;
		}
	}
	free(s);
	return rc;
}
