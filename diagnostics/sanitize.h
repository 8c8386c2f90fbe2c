/* The one sanitiser of everything samw prints for a terminal or a
 * line-oriented reader (the human and gcc formats, the annotations of the
 * github format, file lists, every message on standard error): a character
 * that a reader cannot see, or that a terminal would act on, is shown
 * escaped, so that no file name or text can move the cursor, recolour the
 * screen, reorder what is shown, or start a line of its own.
 *
 *   C0 controls (tab aside), DEL, C1 controls, bidirectional controls,
 *   invisible formatting characters (base/utf8.h, sw_utf8_hidden)
 *       \u{HEX}, e.g. \u{1B}, \u{0A}, \u{9B}, \u{202E}
 *   a byte that is not UTF-8
 *       \xHH, e.g. \xFF
 *
 * Every other character is written as it is (docs/security.md). */
#ifndef SW_SANITIZE_H
#define SW_SANITIZE_H

#include <stddef.h>

#include "../base/buf.h"

/* Append s[0..n) to out, escaped. */
void sw_safe(sw_buf *out, const char *s, size_t n);
void sw_safe_z(sw_buf *out, const char *s);
/* The same for a text of several lines: its line ends ("\n") are kept. */
void sw_safe_lines(sw_buf *out, const char *s, size_t n);
/* A path at the start of a line: escaped as above, and a "::" at its start
 * (after blanks) shown as "\u{3A}:", so that no line samw writes starts
 * a workflow command of a CI runner. */
void sw_safe_path(sw_buf *out, const char *s);
/* The character (or invalid byte) at u[0..n): appended to out (when not
 * NULL) as sw_safe writes it. Returns the bytes read (at least 1) and sets
 * *cols to the columns it takes (1, or the length of its escape). */
size_t sw_safe_char(sw_buf *out, const unsigned char *u, size_t n, size_t *cols);
/* Does s[0..n) need no escaping? */
int sw_safe_already(const char *s, size_t n);

#endif
