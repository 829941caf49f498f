/* url.c - percent-encoding and urlencoded forms. */
#include "util/url.h"

#include <string.h>

void
url_encode(struct strbuf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";

	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' || *p == '_' || *p == '~') {
			strbuf_addch(out, *p);
		} else {
			strbuf_addch(out, '%');
			strbuf_addch(out, hex[*p >> 4]);
			strbuf_addch(out, hex[*p & 15]);
		}
	}
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
url_decode(char *out, size_t n, const char *s, size_t len, int plus)
{
	size_t o = 0;

	for (size_t i = 0; i < len; i++) {
		int c = (unsigned char)s[i];
		if (c == '%') {
			int hi, lo;
			if (i + 2 >= len || (hi = hexval(s[i + 1])) < 0 ||
			    (lo = hexval(s[i + 2])) < 0)
				return -1;
			c = hi * 16 + lo;
			i += 2;
		} else if (c == '+' && plus) {
			c = ' ';
		}
		if (c == 0 || o + 1 >= n)
			return -1;
		out[o++] = (char)c;
	}
	if (o >= n)
		return -1;
	out[o] = '\0';
	return 0;
}

int
url_form_parse(struct url_form *f, char *s, size_t len)
{
	char *p = s, *end = s + len;

	f->n = 0;
	if (memchr(s, '\0', len))
		return -1;
	while (p < end) {
		char *amp = memchr(p, '&', (size_t)(end - p)), *stop = amp ? amp : end;
		char *eq = memchr(p, '=', (size_t)(stop - p));
		char *kend = eq ? eq : stop, *v = eq ? eq + 1 : stop;

		if (stop > p) {
			if (f->n == URL_FORM_MAX)
				return -1;
			/* Decoding only shrinks: in place, each part ends at its
			 * separator, which becomes the NUL. */
			if (url_decode(p, (size_t)(kend - p) + 1, p, (size_t)(kend - p), 1) ||
			    url_decode(v, (size_t)(stop - v) + 1, v, (size_t)(stop - v), 1))
				return -1;
			f->f[f->n].key = p;
			f->f[f->n].val = eq ? v : "";
			f->n++;
		}
		p = stop + 1;
	}
	return 0;
}

const char *
url_form_get(const struct url_form *f, const char *key)
{
	for (size_t i = 0; i < f->n; i++)
		if (!strcmp(f->f[i].key, key))
			return f->f[i].val;
	return NULL;
}

int
url_form_has(const struct url_form *f, const char *key)
{
	const char *v = url_form_get(f, key);

	return v && *v;
}
