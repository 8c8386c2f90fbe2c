/* One input: its name as shown in messages and its text, read whole.
 * The text is writable and followed by two NUL bytes, because the scanner
 * reads it in place; only sw_source_read and sw_source_copy make one. */
#ifndef SW_SOURCE_H
#define SW_SOURCE_H

#include <stddef.h>
#include <stdint.h>

typedef struct sw_source {
	const char *path;  /* as shown in messages */
	char *text;
	size_t len;
} sw_source;

/* Positions are 32-bit byte offsets (span.h): no input can be larger than
 * this, whatever limit a caller asks for. */
#define SW_MAX_SOURCE ((size_t)UINT32_MAX - 2)

/* Why a file could not be read. */
typedef enum sw_read_status {
	SW_READ_OK = 0,
	SW_READ_MISSING,     /* no such file */
	SW_READ_DIR,         /* a folder */
	SW_READ_DEVICE,      /* a device, never a source */
	SW_READ_TOO_BIG,     /* over the limit */
	SW_READ_FAILED,      /* another error: see *err */
	SW_READ_SPECIAL,     /* a FIFO or a socket: never read, it may block */
	SW_READ_UNSTABLE,    /* a regular file that gives more than its size
	                        (a /proc file, a file being written to) */
} sw_read_status;

/* sw_source_read's flags */
enum { SW_READ_NOFOLLOW = 1 }; /* refuse a symbolic link (errno ELOOP) */

/* Read path whole (at most max bytes; "-" reads standard input). Only a
 * regular file is read; a regular file of size 0 is empty without being
 * read. On SW_READ_FAILED, *err holds the errno value. */
sw_read_status sw_source_read(const char *path, size_t max, unsigned flags, sw_source *src,
                              int *err);
/* A source holding a copy of text. */
void sw_source_copy(sw_source *src, const char *path, const char *text, size_t len);
void sw_source_free(sw_source *src);

#endif
