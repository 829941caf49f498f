/* xalloc.h - allocation that aborts with a message on failure.
 * talus is an application: call sites never check for NULL. */
#ifndef TALUS_XALLOC_H
#define TALUS_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
/* Grows or shrinks p; aborts on overflow of nmemb * size. */
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* A copy of n bytes at p (n > 0). */
void *xmemdup(const void *p, size_t n);

/* Grows an array so that it holds at least 'need' items of 'size' bytes:
 * *alloc is the current capacity, updated. Returns the (moved) array. */
void *xgrow(void *p, size_t size, size_t need, size_t *alloc);

#endif
