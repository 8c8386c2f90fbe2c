#include "path.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"

enum { MAX_LINKS = 40 };

sw_found sw_path_find_inside(const char *dir, const char *rel, size_t n)
{
	sw_buf cur = { 0 }, todo = { 0 }, next = { 0 };
	size_t base; /* cur[0..base) is the folder, without a final '/' */
	sw_buf_puts(&cur, dir && *dir ? dir : ".");
	while (cur.len > 1 && cur.data[cur.len - 1] == '/')
		cur.data[--cur.len] = '\0';
	base = cur.len;
	size_t *ends = NULL, depth = 0, cap = 0; /* where each component of cur ends */
	sw_buf_put(&todo, rel, n);
	sw_found found = SW_FOUND_DIR;
	int links = 0;
	size_t i = 0;
	while (i < todo.len) {
		size_t j = i;
		while (j < todo.len && todo.data[j] != '/')
			j++;
		const char *c = todo.data + i;
		size_t k = j - i;
		i = j + 1;
		if (k == 0 || (k == 1 && c[0] == '.'))
			continue;
		if (found != SW_FOUND_DIR) {
			found = SW_FOUND_NONE; /* a component below a file */
			break;
		}
		if (k == 2 && c[0] == '.' && c[1] == '.') {
			if (!depth) {
				found = SW_FOUND_NONE; /* above the folder */
				break;
			}
			cur.len = depth > 1 ? ends[depth - 2] : base;
			cur.data[cur.len] = '\0';
			depth--;
			continue;
		}
		size_t before = cur.len;
		sw_buf_putc(&cur, '/');
		sw_buf_put(&cur, c, k);
		struct stat st;
		if (lstat(sw_buf_str(&cur), &st) != 0) {
			found = SW_FOUND_NONE;
			break;
		}
		if (S_ISLNK(st.st_mode)) {
			char target[PATH_MAX];
			ssize_t t = readlink(sw_buf_str(&cur), target, sizeof target);
			if (++links > MAX_LINKS || t <= 0 || (size_t)t >= sizeof target || target[0] == '/') {
				found = SW_FOUND_NONE; /* a loop, or a link out of the folder */
				break;
			}
			cur.len = before;
			cur.data[cur.len] = '\0';
			/* what is left to look up: the link's text, then the rest */
			sw_buf_reset(&next);
			sw_buf_put(&next, target, (size_t)t);
			if (i < todo.len) {
				sw_buf_putc(&next, '/');
				sw_buf_put(&next, todo.data + i, todo.len - i);
			}
			sw_buf tmp = todo;
			todo = next;
			next = tmp;
			i = 0;
			continue;
		}
		if (depth == cap) {
			cap = cap ? cap * 2 : 16;
			ends = realloc(ends, cap * sizeof *ends);
			if (!ends)
				abort();
		}
		ends[depth++] = cur.len;
		found = S_ISDIR(st.st_mode) ? SW_FOUND_DIR : SW_FOUND_FILE;
	}
	free(ends);
	sw_buf_free(&cur);
	sw_buf_free(&todo);
	sw_buf_free(&next);
	return found;
}
