/* strbuf.h - a growable string.
 * Invariant: buf is never NULL and always NUL-terminated (as in git's
 * strbuf). Initialise with STRBUF_INIT; release with strbuf_release(). */
#ifndef TALUS_STRBUF_H
#define TALUS_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *buf;    /* the text; points at a static "" until first growth */
	size_t len;   /* bytes used, not counting the NUL */
	size_t alloc; /* bytes allocated; 0 while buf is the static "" */
};

extern char strbuf_empty[];
#define STRBUF_INIT { strbuf_empty, 0, 0 }

void strbuf_init(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);
void strbuf_reset(struct strbuf *sb);
void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_add(struct strbuf *sb, const void *data, size_t len);
void strbuf_adds(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Takes ownership of the text: the caller frees it; sb is reset. */
char *strbuf_detach(struct strbuf *sb);

#endif
