/* The register of organisations through the public API, as the command
 * line and a language server use it: sources checked in one workspace
 * share each register, read once; the end of a run reports what needs
 * every file, at exact positions in the register. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static char dir[] = "/tmp/samw-register-XXXXXX";

static const char reg[] =
	"organisation a \"A\" {\n"               /* 1 */
	"    kvk \"01234567\"\n"                 /* 2 */
	"    person \"P\" role director\n"       /* 3 */
	"}\n"                                    /* 4 */
	"organisation b \"B\" {\n"               /* 5 */
	"    person \"Q\" role manager\n"        /* 6 */
	"}\n"                                    /* 7 */
	"organisation idle \"Idle\" {\n"         /* 8 */
	"}\n";                                   /* 9 */

static const char collab[] =
	"use \"reg.samw\"\n"
	"\n"
	"collaboration c \"C\" {\n"
	"    form network\n"
	"    phase executing\n"
	"    goal \"g\"\n"
	"    strategy \"s\"\n"
	"    process \"p\"\n"
	"    style \"m\"\n"
	"    term 2025-01-01 until 2027-12-31\n"
	"    exit \"e\"\n"
	"    party a {\n"
	"        interest \"i\"\n"
	"        contributes \"x\"\n"
	"        gives-up \"y\"\n"
	"    }\n"
	"    party b {\n"
	"        interest \"i\"\n"
	"        contributes \"x\"\n"
	"    }\n"
	"    agreement k {\n"
	"        kind contract\n"
	"        between a, b\n"
	"        shares risks, costs, revenues\n"
	"    }\n"
	"    governance {\n"
	"        body s {\n"
	"            members a, b\n"
	"            decides consensus\n"
	"        }\n"
	"    }\n"
	"    result \"r\"\n"
	"}\n";

static char *path_of(const char *name)
{
	static char buf[256];
	snprintf(buf, sizeof buf, "%s/%s", dir, name);
	return buf;
}

static void write_file(const char *name, const char *text)
{
	FILE *f = fopen(path_of(name), "wb");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* The diagnostics of r as "CODE line:col severity" lines. */
static char *codes(const samw_result *r)
{
	sw_buf b = { 0 };
	for (size_t i = 0; i < samw_result_len(r); i++) {
		samw_diagnostic g;
		samw_result_get(r, i, &g);
		sw_buf_printf(&b, "%s%s %u:%u %d", i ? "\n" : "", samw_check_code(g.check),
		              (unsigned)g.start.line, (unsigned)g.start.column, (int)g.severity);
	}
	char *s = strdup(sw_buf_str(&b));
	sw_buf_free(&b);
	return s;
}

static samw_result *check_file(samw_workspace *w, const char *name)
{
	samw_source *src = NULL;
	int err = 0;
	assert_int_equal(samw_source_read(path_of(name), 1 << 20, &src, &err), SAMW_READ_OK);
	samw_options o = { .lang = SAMW_LANG_EN };
	samw_result *r = w ? samw_check_in(w, src, &o) : samw_check(src, &o);
	samw_source_free(src);
	return r;
}

static void one_workspace(void **state)
{
	(void)state;
	samw_workspace *w = samw_workspace_new(1 << 20);
	samw_workspace_root(w, dir);
	/* as in a folder: the register itself, then the collaborations */
	samw_result *r = check_file(w, "reg.samw");
	char *c = codes(r);
	assert_string_equal(c, "");
	free(c);
	samw_result_free(r);
	r = check_file(w, "one.samw");
	c = codes(r);
	assert_string_equal(c, "");
	free(c);
	samw_result_free(r);
	/* the register is read once: gone from the disk, it is still known */
	assert_int_equal(unlink(path_of("reg.samw")), 0);
	r = check_file(w, "two.samw");
	c = codes(r);
	assert_string_equal(c, "");
	free(c);
	samw_result_free(r);
	/* a check of its own reads it again, and misses it */
	r = check_file(NULL, "two.samw");
	c = codes(r);
	assert_non_null(strstr(c, "SW014 1:5 2"));
	free(c);
	samw_result_free(r);
	write_file("reg.samw", reg);

	/* the end of the run: the organisation no collaboration names */
	assert_int_equal(samw_workspace_registers(w), 1);
	samw_source *src = samw_workspace_source(w, 0);
	assert_non_null(src);
	assert_non_null(strstr(samw_source_path(src), "reg.samw"));
	samw_options o = { .lang = SAMW_LANG_EN };
	r = samw_workspace_check(w, 0, &o, 1);
	c = codes(r);
	assert_string_equal(c, "SW018 8:14 0");
	free(c);
	samw_result_free(r);
	/* without unused (no folder was checked): nothing */
	r = samw_workspace_check(w, 0, &o, 0);
	assert_int_equal(samw_result_len(r), 0);
	samw_result_free(r);
	samw_source_free(src);
	samw_workspace_free(w);
}

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(dir))
		return -1;
	char git[300];
	snprintf(git, sizeof git, "%s/.git", dir);
	mkdir(git, 0700);
	write_file("reg.samw", reg);
	write_file("one.samw", collab);
	write_file("two.samw", collab);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	const char *names[] = { "reg.samw", "one.samw", "two.samw" };
	for (size_t i = 0; i < 3; i++)
		unlink(path_of(names[i]));
	char git[300];
	snprintf(git, sizeof git, "%s/.git", dir);
	rmdir(git);
	rmdir(dir);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(one_workspace),
	};
	return cmocka_run_group_tests_name("register", tests, setup, teardown);
}
