/* Helpers shared by the tests: check a text through the public API, list
 * its diagnostics, render them. */
#ifndef SW_TEST_UTIL_H
#define SW_TEST_UTIL_H

#include <stddef.h>

#include "base/buf.h"
#include "include/samw.h"

/* Check text (as file path, documents relative to the working folder) and
 * return its diagnostics as lines "CODE line:col severity", in order,
 * joined by '\n'. The result is malloc'd. */
char *diag_list(const char *path, const char *text);
/* Same, the rendered output of a format ("human" or "gcc"), no colour. */
char *render(const char *path, const char *text, const char *format, int nl);
/* The same two with the checks that depend on the date run as on today
 * (YYYY-MM-DD), looking horizon months ahead (0: 6). */
char *diag_list_on(const char *path, const char *text, const char *today, unsigned horizon);
char *render_on(const char *path, const char *text, const char *format, int nl, const char *today,
                unsigned horizon);
/* Read a file whole; NULL if it cannot be read. */
char *read_file(const char *path, size_t *len);
/* Call fn with the path of each .samw file below dir, and in the folders
 * below it (those without a dot in their names). */
void each_samw(const char *dir, void (*fn)(const char *path));

#endif
