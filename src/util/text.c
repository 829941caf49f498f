/* text.c - words compared, UTF-8 checked, control characters shown. */
#include "util/text.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

int
text_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	int d[64][64];

	if (la > 63 || lb > 63)
		return 99;
	for (size_t i = 0; i <= la; i++)
		d[i][0] = (int)i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = (int)j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
			int sub = d[i - 1][j - 1] + !same;
			int del = d[i - 1][j] + 1, ins = d[i][j - 1] + 1;
			d[i][j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
	return d[la][lb];
}

const char *
text_nearest(const char *word, const char *const *names, size_t n, int max)
{
	const char *best = NULL;
	size_t lw = strlen(word);
	int bd;

	if (max < 0) /* by length: a short word must be nearly right */
		max = lw <= 3 ? 1 : lw <= 6 ? 2 : 3;
	bd = max + 1;
	for (size_t i = 0; i < n; i++) {
		int d = text_distance(word, names[i]);
		if (lw && !strncasecmp(names[i], word, lw))
			d = 0; /* a prefix: "Peg" for "Pegasus 40" */
		if (d < bd) {
			bd = d;
			best = names[i];
		}
	}
	return best;
}

int
text_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;

	while (p < end) {
		uint32_t c = *p;
		int n;

		if (c < 0x80) {
			p++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			n = 1;
		else if (c >= 0xe0 && c <= 0xef)
			n = 2;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 3;
		else
			return 0;
		if (end - p <= n)
			return 0;
		c &= 0x3f >> n;
		for (int k = 1; k <= n; k++) {
			if ((p[k] & 0xc0) != 0x80)
				return 0;
			c = c << 6 | (p[k] & 0x3f);
		}
		if ((n == 2 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) ||
		    (n == 3 && (c < 0x10000 || c > 0x10ffff)))
			return 0;
		p += n + 1;
	}
	return 1;
}

/* The length of the UTF-8 sequence at p (up to end), or 0 when invalid. */
static size_t
utf8_len(const unsigned char *p, const unsigned char *end)
{
	size_t n = *p < 0x80 ? 1 : *p >= 0xc2 && *p <= 0xdf ? 2 : *p >= 0xe0 && *p <= 0xef ? 3
		 : *p >= 0xf0 && *p <= 0xf4 ? 4 : 0;

	if (!n || (size_t)(end - p) < n || !text_utf8_valid((const char *)p, n))
		return 0;
	return n;
}

void
text_add_visible(struct strbuf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);

	while (p < end) {
		size_t n;
		if (*p == '\n')
			strbuf_adds(out, "\\n");
		else if (*p == '\t')
			strbuf_adds(out, "\\t");
		else if (*p == '\r')
			strbuf_adds(out, "\\r");
		else if (*p < 0x20 || *p == 0x7f)
			strbuf_addf(out, "\\x%02x", *p);
		else if (*p < 0x80)
			strbuf_addch(out, *p);
		else if ((n = utf8_len(p, end))) {
			strbuf_add(out, p, n);
			p += n;
			continue;
		} else {
			strbuf_addf(out, "\\x%02x", *p);
		}
		p++;
	}
}

int
text_has_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return 1;
	return 0;
}
