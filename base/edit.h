/* Edit distance, for "did you mean" suggestions. */
#ifndef SW_EDIT_H
#define SW_EDIT_H

#include <stddef.h>

/* Optimal string alignment distance between a and b (adjacent swaps count
 * one), counted in bytes; returns max + 1 as soon as it must exceed max, so
 * long words cost little. */
size_t sw_edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max);
/* The largest distance worth suggesting for a word of n bytes. */
size_t sw_edit_budget(size_t n);

/* The work of "did you mean" is bounded per file: each comparison costs
 * the cells of its table, (na + 1) * (nb + 1), taken from *left; when
 * they are not there it is not made and returns max + 1 (no suggestion).
 * SW_EDIT_WORK is what a file starts with: a few tenths of a second. */
#define SW_EDIT_WORK ((unsigned long long)1 << 26)
size_t sw_edit_distance_within(const char *a, size_t na, const char *b, size_t nb, size_t max,
                               unsigned long long *left);

#endif
