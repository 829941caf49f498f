/* csv.c - the RFC 4180 field reader (see csv.h). */
#include "import/csv.h"

#include <string.h>

void
csv_reader_init(struct csv_reader *c, const char *buf, size_t len)
{
	c->s = buf;
	c->e = buf + len;
	c->line = 1;
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
		c->s += 3;
}

int
csv_at_end(const struct csv_reader *c)
{
	return c->s >= c->e;
}

int
csv_at_blank(const struct csv_reader *c)
{
	return c->s < c->e && (*c->s == '\n' || *c->s == '\r');
}

/* Cuts s (length n) back so that it does not end inside a UTF-8
 * sequence; returns the new length. */
static size_t
utf8_cut(const char *s, size_t n)
{
	size_t j = n, need;
	unsigned char c;

	if (n == 0 || !((unsigned char)s[n - 1] & 0x80))
		return n;
	while (j > 0 && ((unsigned char)s[j - 1] & 0xC0) == 0x80)
		j--;
	if (j == 0)
		return n;
	c = (unsigned char)s[j - 1];
	need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	return n - (j - 1) < need ? j - 1 : n;
}

int
csv_read_field(struct csv_reader *c, char *dst, size_t cap, size_t *len, int *open_quote)
{
	size_t n = 0, total = 0;
	int quoted = 0, r = CSV_EOF;

	if (c->s < c->e && *c->s == '"') {
		quoted = 1;
		c->s++;
	}
	while (c->s < c->e) {
		char ch = *c->s;

		if (quoted) {
			if (ch == '"') {
				if (c->s + 1 < c->e && c->s[1] == '"') {
					c->s++;
				} else {
					quoted = 0;
					c->s++;
					continue;
				}
			} else if (ch == '\n') {
				c->line++;
			}
		} else if (ch == ',') {
			c->s++;
			r = CSV_COMMA;
			break;
		} else if (ch == '\n' || ch == '\r') {
			c->s++;
			if (ch == '\r' && c->s < c->e && *c->s == '\n')
				c->s++;
			c->line++;
			r = CSV_EOL;
			break;
		}
		if (dst && n + 1 < cap && n == total)
			dst[n++] = ch;
		total++;
		c->s++;
	}
	if (quoted)
		*open_quote = 1;
	if (dst && cap)
		dst[n < total ? utf8_cut(dst, n) : n] = '\0';
	if (len)
		*len = total;
	return r;
}
