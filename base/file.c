/* Reading a whole input into memory, with one read per chunk and a size
 * limit, so that a FIFO or /dev/zero cannot grow memory without bound. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../include/samw.h"

static int read_all(int fd, size_t hint, size_t max, sw_source *src, int *too_big)
{
	size_t cap = hint ? hint + 1 : 64 * 1024, len = 0;
	if (cap > max + 1)
		cap = max + 1;
	char *buf = malloc(cap + 2);
	if (!buf)
		return ENOMEM;
	for (;;) {
		if (len == cap) {
			if (len > max) {
				*too_big = 1;
				free(buf);
				return 0;
			}
			size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			char *nb = realloc(buf, ncap + 2);
			if (!nb) {
				free(buf);
				return ENOMEM;
			}
			buf = nb;
			cap = ncap;
		}
		ssize_t n = read(fd, buf + len, cap - len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			free(buf);
			return e;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	if (len > max) {
		*too_big = 1;
		free(buf);
		return 0;
	}
	buf[len] = buf[len + 1] = '\0';
	src->text = buf;
	src->len = len;
	return 0;
}

int samw_load(const char *path, size_t max, sw_source *src, int *too_big)
{
	memset(src, 0, sizeof *src);
	*too_big = 0;
	if (max > SAMW_MAX_SOURCE)
		max = SAMW_MAX_SOURCE;
	src->path = path;
	if (strcmp(path, "-") == 0)
		return read_all(0, 0, max, src, too_big);
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return errno;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		int e = errno;
		close(fd);
		return e;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		return EISDIR;
	}
	if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
		/* /dev/zero and friends: never a .samw file, and possibly endless */
		close(fd);
		return ENODEV;
	}
	/* opened non-blocking so a FIFO without a writer cannot hang the open;
	 * reads block as usual */
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	size_t hint = S_ISREG(st.st_mode) && (uintmax_t)st.st_size <= max ? (size_t)st.st_size : 0;
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max) {
		close(fd);
		*too_big = 1;
		return 0;
	}
	int e = read_all(fd, hint, max, src, too_big);
	close(fd);
	return e;
}

void samw_unload(sw_source *src)
{
	free(src->text);
	src->text = NULL;
	src->len = 0;
}
