/* samw diff --git: the old versions of .samw files, read through git
 * itself. git is run with posix_spawnp and an argument vector, never
 * through a shell; every revision is checked before git sees it (it may
 * not start with '-', nor hold a control character) and stands after
 * --end-of-options, and every path after --. git's own diff drivers,
 * text conversions and file-system monitor are switched off. */
#include "git.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* Run git with args (NULL-terminated, after "git" and its -c settings);
 * its standard output, at most max bytes, into out. Returns 0 when git
 * exited with status 0, 1 when it said no, 2 when out would exceed max,
 * -1 when it could not run (errno in *err). */
static int run(const char *const *args, size_t max, sw_buf *out, int *err)
{
	static const char *const pre[] = { "git", "-c", "core.fsmonitor=false", "-c", "core.quotePath=false",
	                                    "--no-pager", NULL };
	size_t n = 0, m = 0;
	while (args[m])
		m++;
	const char **argv = malloc((m + 8) * sizeof *argv);
	if (!argv)
		abort();
	for (size_t i = 0; pre[i]; i++)
		argv[n++] = pre[i];
	for (size_t i = 0; i < m; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	int fd[2];
	if (pipe(fd) != 0) {
		*err = errno;
		return -1;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, fd[1], 1);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addclose(&fa, fd[0]);
	posix_spawn_file_actions_addclose(&fa, fd[1]);
	pid_t pid;
	int rc = posix_spawnp(&pid, "git", &fa, NULL, (char *const *)argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	free(argv);
	close(fd[1]);
	if (rc != 0) {
		close(fd[0]);
		*err = rc;
		return -1;
	}
	int too_big = 0;
	char buf[65536];
	for (;;) {
		ssize_t k = read(fd[0], buf, sizeof buf);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		if (out->len + (size_t)k > max) {
			too_big = 1;
			kill(pid, SIGTERM);
			break;
		}
		sw_buf_put(out, buf, (size_t)k);
	}
	close(fd[0]);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (too_big)
		return 2;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
		*err = ENOENT; /* posix_spawnp found no git */
		return -1;
	}
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}

static int say(const cli *c, sw_msg m, const char *a1, const char *a2)
{
	sw_buf b = { 0 };
	sw_darg a[SW_DARGS] = { { a1, M_NONE }, { a2, M_NONE } };
	sw_msg_expand(&b, m, a, c->nl);
	cli_say(NULL, sw_buf_str(&b));
	sw_buf_free(&b);
	return EXIT_USAGE;
}

void cli_git_free(sw_git *g)
{
	for (size_t i = 0; i < g->n; i++) {
		free(g->v[i].path);
		free(g->v[i].old_path);
	}
	free(g->v);
	sw_buf_free(&g->top);
	memset(g, 0, sizeof *g);
}

static int is_samw(const char *p)
{
	size_t n = strlen(p);
	return n >= 5 && strcmp(p + n - 5, ".samw") == 0;
}

static char *copy(const char *s)
{
	char *d = strdup(s);
	if (!d)
		abort();
	return d;
}

static sw_gitfile *add(sw_git *g)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 16;
		g->v = realloc(g->v, g->cap * sizeof *g->v);
		if (!g->v)
			abort();
	}
	sw_gitfile *f = &g->v[g->n++];
	memset(f, 0, sizeof *f);
	return f;
}

/* "--" and the paths (or "."), ending args (room for npaths + 3 more). */
static void pathspecs(const char **args, size_t *n, const char *const *paths, size_t npaths)
{
	args[(*n)++] = "--";
	for (size_t i = 0; i < npaths; i++)
		args[(*n)++] = paths[i];
	if (!npaths)
		args[(*n)++] = ".";
	args[*n] = NULL;
}

int cli_git_changes(const cli *c, const char *rev, int staged, const char *const *paths, size_t npaths,
                    sw_git *g)
{
	memset(g, 0, sizeof *g);
	/* the revision: never an option, never a control character */
	if (!*rev || rev[0] == '-')
		return say(c, M_P_GIT_DASH, rev, NULL);
	for (const unsigned char *u = (const unsigned char *)rev; *u; u++)
		if (*u < 0x20 || *u == 0x7F)
			return say(c, M_P_GIT_BAD_REV, rev, NULL);
	sw_buf out = { 0 };
	int err = 0;
	static const char *const top[] = { "rev-parse", "--show-toplevel", NULL };
	int rc = run(top, 1 << 16, &g->top, &err);
	if (rc < 0) {
		char ebuf[64];
		return say(c, M_P_GIT_CANNOT_RUN, cli_errno_text(c, err, ebuf, sizeof ebuf), NULL);
	}
	if (rc != 0 || !g->top.len)
		return say(c, M_P_GIT_NO_REPO, NULL, NULL);
	while (g->top.len && g->top.data[g->top.len - 1] == '\n')
		g->top.data[--g->top.len] = '\0';
	/* the commit it names */
	sw_buf spec = { 0 };
	sw_buf_printf(&spec, "%s^{commit}", rev);
	const char *verify[] = { "rev-parse", "--verify", "--quiet", "--end-of-options", sw_buf_str(&spec), NULL };
	rc = run(verify, 1 << 16, &out, &err);
	sw_buf_free(&spec);
	if (rc != 0 || out.len < 40) {
		sw_buf_free(&out);
		return say(c, M_P_GIT_BAD_REV, rev, NULL);
	}
	snprintf(g->commit, sizeof g->commit, "%.*s", (int)(out.len > 64 ? 64 : out.len), out.data);
	g->commit[strcspn(g->commit, "\r\n")] = '\0';
	/* what changed: git diff --raw, NUL-separated, renames found */
	const char **args = malloc((npaths + 20) * sizeof *args);
	if (!args)
		abort();
	size_t n = 0;
	args[n++] = "diff";
	args[n++] = "--raw";
	args[n++] = "-z";
	args[n++] = "-M";
	args[n++] = "--no-abbrev";
	args[n++] = "--no-ext-diff";
	args[n++] = "--no-textconv";
	args[n++] = "--ignore-submodules";
	if (staged)
		args[n++] = "--cached";
	args[n++] = g->commit;
	pathspecs(args, &n, paths, npaths);
	sw_buf_reset(&out);
	rc = run(args, (size_t)1 << 30, &out, &err);
	if (rc != 0) {
		sw_buf_free(&out);
		free(args);
		return say(c, M_P_GIT_FAILED, "git diff", NULL);
	}
	/* :OLDMODE NEWMODE OLDSHA NEWSHA STATUS\0PATH\0[PATH\0] */
	const char *s = out.data ? out.data : "", *end = s + out.len;
	while (s < end && *s == ':') {
		const char *rec = s;
		size_t k = strnlen(s, (size_t)(end - s));
		if (s + k >= end)
			break;
		s += k + 1;
		char om[8], nm[8], osha[72], nsha[72], st[16];
		if (sscanf(rec, ":%7s %7s %71s %71s %15s", om, nm, osha, nsha, st) != 5)
			break;
		const char *p1 = s;
		s += strnlen(s, (size_t)(end - s)) + 1;
		const char *p2 = NULL;
		if (st[0] == 'R' || st[0] == 'C') {
			p2 = s;
			s += strnlen(s, (size_t)(end - s)) + 1;
		}
		if (s > end + 1)
			break;
		const char *path = p2 ? p2 : p1;
		if (!is_samw(path) && !is_samw(p1))
			continue;
		sw_gitfile *f = add(g);
		f->status = st[0];
		f->path = copy(path);
		f->old_path = st[0] == 'A' ? NULL : copy(p1);
		if (st[0] == 'C') /* a copy: the old file is still there */
			f->status = 'A', free(f->old_path), f->old_path = NULL;
		if (f->status == 'D') {
			free(f->old_path);
			f->old_path = f->path;
			f->path = NULL;
		}
		snprintf(f->old_sha, sizeof f->old_sha, "%s", osha);
		snprintf(f->new_sha, sizeof f->new_sha, "%s", nsha);
		f->old_link = strcmp(om, "120000") == 0;
		f->new_link = strcmp(nm, "120000") == 0;
		f->old_samw = f->old_path && is_samw(f->old_path);
		f->new_samw = f->path && is_samw(f->path);
	}
	/* the working tree also holds files git does not know yet */
	if (!staged) {
		n = 0;
		args[n++] = "ls-files";
		args[n++] = "--others";
		args[n++] = "--exclude-standard";
		args[n++] = "--full-name";
		args[n++] = "-z";
		pathspecs(args, &n, paths, npaths);
		sw_buf_reset(&out);
		if (run(args, (size_t)1 << 30, &out, &err) != 0) {
			sw_buf_free(&out);
			free(args);
			return say(c, M_P_GIT_FAILED, "git ls-files", NULL);
		}
		for (const char *p = out.data ? out.data : ""; p < out.data + out.len; p += strlen(p) + 1) {
			if (!is_samw(p))
				continue;
			sw_gitfile *f = add(g);
			f->status = 'A';
			f->path = copy(p);
			f->new_samw = 1;
		}
	}
	sw_buf_free(&out);
	free(args);
	return 0;
}

int cli_git_blob(const cli *c, const sw_git *g, const char *sha, const char *shown, size_t max, sw_buf *out)
{
	(void)g;
	/* a blob named by its hash, as git diff gave it: hex digits only */
	for (const char *p = sha; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return say(c, M_P_GIT_FAILED, "git cat-file", NULL);
	const char *args[] = { "cat-file", "blob", sha, NULL };
	int err = 0;
	int rc = run(args, max, out, &err);
	if (rc == 2) {
		char num[32];
		snprintf(num, sizeof num, "%zu", max);
		sw_buf b = { 0 };
		sw_darg a[SW_DARGS] = { { g->commit, M_NONE }, { num, M_NONE } };
		sw_msg_expand(&b, M_P_GIT_TOO_BIG, a, c->nl);
		cli_say(shown, sw_buf_str(&b));
		sw_buf_free(&b);
		return EXIT_USAGE;
	}
	if (rc < 0) {
		char ebuf[64];
		return say(c, M_P_GIT_CANNOT_RUN, cli_errno_text(c, err, ebuf, sizeof ebuf), NULL);
	}
	if (rc != 0)
		return say(c, M_P_GIT_FAILED, "git cat-file", NULL);
	return 0;
}
