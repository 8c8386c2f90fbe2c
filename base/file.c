/* Reading a whole input into memory, with one read per chunk and a size
 * limit, so that a FIFO or /dev/zero cannot grow memory without bound. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "source.h"

static sw_read_status read_all(int fd, size_t hint, size_t max, sw_source *src, int *err)
{
	size_t cap = hint ? hint + 1 : 64 * 1024, len = 0;
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

sw_read_status sw_source_read(const char *path, size_t max, sw_source *src, int *err)
{
	memset(src, 0, sizeof *src);
	*err = 0;
	if (max > SW_MAX_SOURCE)
		max = SW_MAX_SOURCE;
	src->path = path;
	if (strcmp(path, "-") == 0)
		return read_all(0, 0, max, src, err);
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		*err = errno;
		return errno == ENOENT ? SW_READ_MISSING : errno == EISDIR ? SW_READ_DIR : SW_READ_FAILED;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		*err = errno;
		close(fd);
		return SW_READ_FAILED;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		return SW_READ_DIR;
	}
	if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
		/* /dev/zero and friends: never a .samw file, and possibly endless */
		close(fd);
		return SW_READ_DEVICE;
	}
	/* opened non-blocking so a FIFO without a writer cannot hang the open;
	 * reads block as usual */
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max) {
		close(fd);
		return SW_READ_TOO_BIG;
	}
	size_t hint = S_ISREG(st.st_mode) ? (size_t)st.st_size : 0;
	sw_read_status r = read_all(fd, hint, max, src, err);
	close(fd);
	return r;
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
