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

#endif
