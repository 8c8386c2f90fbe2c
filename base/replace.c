/* Replacing a file atomically: a complete, flushed temporary file renamed
 * over it (see replace.h). */
#include "replace.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t k = write(fd, p, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

static int fail(sw_replace_why *w, sw_replace_fail what, int err)
{
	w->what = what;
	w->err = err;
	return -1;
}

int sw_replace_file(const char *path, const char *text, size_t n, sw_replace_why *w)
{
	char target[PATH_MAX];
	w->err = 0;
	w->folder[0] = '\0';
	w->links = 0;
	if (!realpath(path, target))
		return fail(w, REPLACE_CANNOT_RESOLVE, errno);
	struct stat st;
	if (stat(target, &st) != 0)
		return fail(w, REPLACE_CANNOT_STAT, errno);
	if (!(st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) || access(target, W_OK) != 0)
		return fail(w, REPLACE_READ_ONLY, 0);
	if (st.st_nlink > 1) {
		w->links = (unsigned long)st.st_nlink;
		return fail(w, REPLACE_HARD_LINKS, 0);
	}
	const char *slash = strrchr(target, '/');
	size_t dn = slash == target ? 1 : (size_t)(slash - target);
	snprintf(w->folder, sizeof w->folder, "%.*s", (int)dn, target);
	char tmp[PATH_MAX + 32];
	if (snprintf(tmp, sizeof tmp, "%s/.samw-fmt-XXXXXX", dn == 1 && target[0] == '/' ? "" : w->folder)
	    >= (int)sizeof tmp)
		return fail(w, REPLACE_CANNOT_NAME, ENAMETOOLONG);
	int fd = mkstemp(tmp);
	if (fd < 0)
		return fail(w, REPLACE_CANNOT_CREATE, errno);
	int e = write_all(fd, text, n);
	sw_replace_fail what = REPLACE_CANNOT_WRITE;
	struct stat ts;
	if (!e && fstat(fd, &ts) != 0)
		e = errno;
	/* the owner and group first (a change of owner clears the set-id
	 * bits), then the mode */
	if (!e && (ts.st_uid != st.st_uid || ts.st_gid != st.st_gid) &&
	    fchown(fd, st.st_uid, st.st_gid) != 0)
		e = errno, what = REPLACE_CANNOT_OWN;
	if (!e && fchmod(fd, st.st_mode & 07777) != 0)
		e = errno;
	if (!e && fsync(fd) != 0)
		e = errno;
	if (close(fd) != 0 && !e)
		e = errno;
	if (e) {
		unlink(tmp);
		return fail(w, what, e);
	}
	if (rename(tmp, target) != 0) {
		e = errno;
		unlink(tmp);
		return fail(w, REPLACE_CANNOT_RENAME, e);
	}
	return 0;
}
