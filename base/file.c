/* Reading a whole input into memory. Only regular files and standard input
 * are read: a FIFO, a socket or a device is refused before it is opened, so
 * nothing can block or run on without end. A regular file is read up to its
 * size and one byte more: a file that gives more than its size says (files
 * in /proc, a file being written to) is refused, and one of size 0 is empty
 * without being read (reading /proc/kmsg takes messages away from the
 * system log). Standard input is read up to the size limit. */
/* madvise's MADV_HUGEPAGE is Linux's, not POSIX's */
#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "source.h"

#ifndef O_NOCTTY
#define O_NOCTTY 0
#endif

/* Standard input: chunks until its end, at most max bytes. */
static sw_read_status read_stream(int fd, size_t max, sw_source *src, int *err)
{
	size_t cap = 64 * 1024, len = 0;
	if (cap > max + 1)
		cap = max + 1;
	char *buf = malloc(cap + 2);
	if (!buf) {
		*err = ENOMEM;
		return SW_READ_FAILED;
	}
	for (;;) {
		if (len == cap) {
			if (len > max) {
				free(buf);
				return SW_READ_TOO_BIG;
			}
			size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			char *nb = realloc(buf, ncap + 2);
			if (!nb) {
				free(buf);
				*err = ENOMEM;
				return SW_READ_FAILED;
			}
			buf = nb;
			cap = ncap;
		}
		ssize_t n = read(fd, buf + len, cap - len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			*err = errno;
			free(buf);
			return SW_READ_FAILED;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	if (len > max) {
		free(buf);
		return SW_READ_TOO_BIG;
	}
	buf[len] = buf[len + 1] = '\0';
	src->text = buf;
	src->len = len;
	return SW_READ_OK;
}

/* A regular file of size bytes: at most size + 1 bytes are read, and the
 * one past its size means the file is not what its size says. */
static sw_read_status read_regular(int fd, size_t size, sw_source *src, int *err)
{
	char *buf = NULL;
#ifdef MADV_HUGEPAGE
	/* a large file in huge pages where the system offers them: a few
	 * page faults for its buffer, not one per 4 KiB (a tenth of the time
	 * of checking a file of many megabytes went to them) */
	enum { HUGE = 2 * 1024 * 1024 };
	if (size >= 4 * (size_t)HUGE && posix_memalign((void **)&buf, HUGE, size + 3) == 0)
		(void)madvise(buf, size + 3, MADV_HUGEPAGE);
	else
		buf = NULL;
#endif
	if (!buf)
		buf = malloc(size + 3);
	if (!buf) {
		*err = ENOMEM;
		return SW_READ_FAILED;
	}
	size_t len = 0;
	while (len < size + 1) {
		ssize_t n = read(fd, buf + len, size + 1 - len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			free(buf);
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				return SW_READ_UNSTABLE; /* a "file" that waits for data */
			*err = errno;
			return SW_READ_FAILED;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	if (len > size) {
		free(buf);
		return SW_READ_UNSTABLE;
	}
	buf[len] = buf[len + 1] = '\0';
	src->text = buf;
	src->len = len;
	return SW_READ_OK;
}

static sw_read_status kind_of(mode_t m)
{
	if (S_ISDIR(m))
		return SW_READ_DIR;
	if (S_ISCHR(m) || S_ISBLK(m))
		return SW_READ_DEVICE;
	return S_ISREG(m) ? SW_READ_OK : SW_READ_SPECIAL;
}

static sw_read_status empty(sw_source *src)
{
	src->text = calloc(1, 2);
	if (!src->text)
		abort();
	src->len = 0;
	return SW_READ_OK;
}

sw_read_status sw_source_read(const char *path, size_t max, unsigned flags, sw_source *src,
                              int *err)
{
	memset(src, 0, sizeof *src);
	*err = 0;
	if (max > SW_MAX_SOURCE)
		max = SW_MAX_SOURCE;
	src->path = path;
	if (strcmp(path, "-") == 0)
		return read_stream(0, max, src, err);
	/* what the path names, before opening it: opening a device or a FIFO
	 * can block or do something of its own */
	struct stat st;
	if ((flags & SW_READ_NOFOLLOW ? lstat(path, &st) : stat(path, &st)) != 0) {
		*err = errno;
		return errno == ENOENT ? SW_READ_MISSING : SW_READ_FAILED;
	}
	if (S_ISLNK(st.st_mode)) {
		*err = ELOOP;
		return SW_READ_FAILED;
	}
	sw_read_status k = kind_of(st.st_mode);
	if (k != SW_READ_OK)
		return k;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY |
	                    (flags & SW_READ_NOFOLLOW ? O_NOFOLLOW : 0));
	if (fd < 0) {
		*err = errno;
		return errno == ENOENT ? SW_READ_MISSING : errno == EISDIR ? SW_READ_DIR : SW_READ_FAILED;
	}
	/* the same check on what was opened: the path may have changed */
	if (fstat(fd, &st) != 0) {
		*err = errno;
		close(fd);
		return SW_READ_FAILED;
	}
	k = kind_of(st.st_mode);
	if (k == SW_READ_OK && (uintmax_t)st.st_size > max)
		k = SW_READ_TOO_BIG;
	if (k == SW_READ_OK)
		k = st.st_size == 0 ? empty(src) : read_regular(fd, (size_t)st.st_size, src, err);
	close(fd);
	return k;
}

void sw_source_copy(sw_source *src, const char *path, const char *text, size_t len)
{
	src->path = path;
	src->text = malloc(len + 2);
	if (!src->text)
		abort();
	if (len)
		memcpy(src->text, text, len);
	src->text[len] = src->text[len + 1] = '\0';
	src->len = len;
}

void sw_source_free(sw_source *src)
{
	free(src->text);
	src->text = NULL;
	src->len = 0;
}
