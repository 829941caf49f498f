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

/* The code point of the C1 control (U+0080..U+009F) at p, encoded in
 * UTF-8 as 0xc2 0x80..0x9f: a terminal may act on it as on ESC. */
static int
is_c1(const unsigned char *p, const unsigned char *end)
{
	return end - p >= 2 && p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f;
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
		else if (is_c1(p, end)) {
			strbuf_addf(out, "\\x%02x\\x%02x", p[0], p[1]);
			p += 2;
			continue;
		} else if ((n = utf8_len(p, end))) {
			strbuf_add(out, p, n);
			p += n;
			continue;
		} else {
			strbuf_addf(out, "\\x%02x", *p);
		}
		p++;
	}
}

void
text_add_visible_pad(struct strbuf *out, const char *s, int width)
{
	size_t start = out->len;
	long chars = 0;

	text_add_visible(out, s);
	for (size_t i = start; i < out->len; i++)
		chars += ((unsigned char)out->buf[i] & 0xc0) != 0x80;
	for (; chars < width; chars++)
		strbuf_addch(out, ' ');
}

int
text_has_control(const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);

	for (; p < end; p++)
		if (*p < 0x20 || *p == 0x7f || is_c1(p, end))
			return 1;
	return 0;
}

size_t
text_utf8_repair(struct strbuf *out, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	size_t bad = 0;

	while (p < end) {
		size_t n = *p < 0x80 ? 1 : utf8_len(p, end);
		if (!n) {
			strbuf_adds(out, TEXT_REPLACEMENT);
			bad++;
			n = 1;
		} else {
			strbuf_add(out, p, n);
		}
		p += n;
	}
	return bad;
}

/* The length of s[0..len-1] cut back to a character boundary. */
static size_t
char_boundary(const char *s, size_t len)
{
	while (len && ((unsigned char)s[len] & 0xc0) == 0x80)
		len--;
	return len;
}

int
text_utf8_fix(char *buf, size_t cap)
{
	struct strbuf sb = STRBUF_INIT;
	size_t len = strlen(buf);

	if (!cap || text_utf8_valid(buf, len))
		return 0;
	text_utf8_repair(&sb, buf, len);
	len = sb.len < cap ? sb.len : char_boundary(sb.buf, cap - 1);
	memcpy(buf, sb.buf, len);
	buf[len] = '\0';
	strbuf_release(&sb);
	return 1;
}

size_t
text_to_name(char *dst, size_t cap, const char *src)
{
	struct strbuf sb = STRBUF_INIT;
	size_t start = 0, len;

	if (!cap)
		return 0;
	text_utf8_repair(&sb, src, strlen(src));
	for (size_t i = 0; i < sb.len; i++) {
		unsigned char *p = (unsigned char *)sb.buf + i;
		if (*p < 0x20 || *p == 0x7f)
			*p = ' ';
		else if (is_c1(p, (unsigned char *)sb.buf + sb.len))
			p[0] = p[1] = ' ';
	}
	while (start < sb.len && sb.buf[start] == ' ')
		start++;
	len = sb.len - start;
	if (len >= cap)
		len = char_boundary(sb.buf + start, cap - 1);
	while (len && sb.buf[start + len - 1] == ' ')
		len--;
	memcpy(dst, sb.buf + start, len);
	dst[len] = '\0';
	strbuf_release(&sb);
	return len;
}

const char *
text_clip(char *buf, size_t n, const char *s)
{
	size_t len = strlen(s);

	if (n < 8) {
		if (n)
			buf[0] = '\0';
		return buf;
	}
	if (len < n) {
		memcpy(buf, s, len + 1);
		return buf;
	}
	len = char_boundary(s, n - 4);
	memcpy(buf, s, len);
	memcpy(buf + len, "...", 4);
	return buf;
}
