/* url.h - the parts of a URL and of a urlencoded form body (RFC 3986,
 * WHATWG application/x-www-form-urlencoded): percent-encoding both ways
 * and a form parsed in place. Pure: no I/O, no allocation but the
 * caller's strbuf. */
#ifndef TALUS_URL_H
#define TALUS_URL_H

#include <stddef.h>

#include "util/strbuf.h"

/* Appends s percent-encoded for a path segment or a query value: every
 * byte but A-Z a-z 0-9 - . _ ~ becomes %HH. */
void url_encode(struct strbuf *out, const char *s);

/* Decodes s[0..len-1] into out (at most n bytes with the NUL); plus: '+'
 * is a space (forms and queries, not paths). 0, or -1 when a %HH is
 * malformed, a byte decodes to NUL, or out is too small. */
int url_decode(char *out, size_t n, const char *s, size_t len, int plus);

#define URL_FORM_MAX 96 /* fields of one form */

/* A urlencoded form, parsed in place: keys and values point into the
 * buffer given to url_form_parse(), decoded. */
struct url_form {
	size_t n;
	struct {
		const char *key;
		const char *val;
	} f[URL_FORM_MAX];
};

/* Parses the body s (NUL-terminated, len bytes, changed in place). 0, or
 * -1 when it is malformed (a bad %HH, a NUL, more than URL_FORM_MAX
 * fields). Empty pairs ("a=1&&b=2") are skipped. */
int url_form_parse(struct url_form *f, char *s, size_t len);

/* The first value of key, or NULL. */
const char *url_form_get(const struct url_form *f, const char *key);

/* 1 when key is there with a non-empty value. */
int url_form_has(const struct url_form *f, const char *key);

#endif
