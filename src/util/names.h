/* names.h - a table of names (the words of an enum, the choices of an
 * option): a word's index, and the table written out for a message. */
#ifndef TALUS_NAMES_H
#define TALUS_NAMES_H

#include <stddef.h>

/* The index of s among names[0..n-1], NULL entries skipped; n < 0: up to
 * the first NULL. -1 when s is not there. */
int names_index(const char *const *names, int n, const char *s);

/* names (up to the first NULL) joined with '|' into buf, as many whole
 * names as fit in size bytes with the NUL; buf is "" when names is NULL. */
void names_join(char *buf, size_t size, const char *const *names);

#endif
