/* json.c - the streaming JSON writer. */
#include "util/json.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void
json_init(struct json *j, struct strbuf *sb)
{
	memset(j, 0, sizeof(*j));
	j->sb = sb;
}

/* The length of the well-formed UTF-8 sequence at p (before end), or 0. */
static size_t
utf8_seq(const unsigned char *p, const unsigned char *end)
{
	size_t n = *p >= 0xc2 && *p <= 0xdf ? 2 : *p >= 0xe0 && *p <= 0xef ? 3
		 : *p >= 0xf0 && *p <= 0xf4 ? 4 : 0;

	if (!n || (size_t)(end - p) < n)
		return 0;
	for (size_t k = 1; k < n; k++)
		if ((p[k] & 0xc0) != 0x80)
			return 0;
	if ((*p == 0xe0 && p[1] < 0xa0) || (*p == 0xed && p[1] > 0x9f) ||
	    (*p == 0xf0 && p[1] < 0x90) || (*p == 0xf4 && p[1] > 0x8f))
		return 0; /* overlong, a surrogate, above U+10FFFF */
	return n;
}

/* Every control character (C0, DEL, C1) is escaped as \u00XX, so that the
 * JSON shown on a terminal moves no cursor; a byte that is not part of
 * well-formed UTF-8 becomes U+FFFD, so that the output is always UTF-8
 * (RFC 8259 §8.1) whatever a file or a database held. */
void
json_quote(struct strbuf *sb, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);

	strbuf_addch(sb, '"');
	while (p < end) {
		size_t n;
		switch (*p) {
		case '"': strbuf_adds(sb, "\\\""); break;
		case '\\': strbuf_adds(sb, "\\\\"); break;
		case '\n': strbuf_adds(sb, "\\n"); break;
		case '\r': strbuf_adds(sb, "\\r"); break;
		case '\t': strbuf_adds(sb, "\\t"); break;
		default:
			if (*p < 0x20 || *p == 0x7f) {
				strbuf_addf(sb, "\\u%04x", *p);
			} else if (*p < 0x80) {
				strbuf_addch(sb, *p);
			} else if (!(n = utf8_seq(p, end))) {
				strbuf_adds(sb, "\\ufffd");
			} else if (n == 2 && *p == 0xc2 && p[1] <= 0x9f) {
				strbuf_addf(sb, "\\u%04x", p[1]); /* C1: U+0080..U+009F */
				p += 2;
				continue;
			} else {
				strbuf_add(sb, p, n);
				p += n;
				continue;
			}
		}
		p++;
	}
	strbuf_addch(sb, '"');
}

static void
indent(struct json *j)
{
	strbuf_addch(j->sb, '\n');
	for (int i = 0; i < j->depth; i++)
		strbuf_adds(j->sb, "  ");
}

/* Separator, indent and key before a value. */
static void
member(struct json *j, const char *key)
{
	if (j->depth > 0) {
		if (j->count[j->depth]++)
			strbuf_addch(j->sb, ',');
		indent(j);
	}
	if (key) {
		json_quote(j->sb, key);
		strbuf_adds(j->sb, ": ");
	}
}

static void
open_(struct json *j, const char *key, char c)
{
	member(j, key);
	strbuf_addch(j->sb, c);
	if (j->depth < JSON_MAX_DEPTH - 1)
		j->depth++;
	j->count[j->depth] = 0;
}

static void
close_(struct json *j, char c)
{
	int had = j->count[j->depth];

	if (j->depth > 0)
		j->depth--;
	if (had)
		indent(j);
	strbuf_addch(j->sb, c);
	if (j->depth == 0)
		strbuf_addch(j->sb, '\n');
}

void json_obj_begin(struct json *j, const char *key) { open_(j, key, '{'); }
void json_obj_end(struct json *j) { close_(j, '}'); }
void json_arr_begin(struct json *j, const char *key) { open_(j, key, '['); }
void json_arr_end(struct json *j) { close_(j, ']'); }

void
json_str(struct json *j, const char *key, const char *v)
{
	member(j, key);
	if (v)
		json_quote(j->sb, v);
	else
		strbuf_adds(j->sb, "null");
}

void
json_num(struct json *j, const char *key, double v)
{
	member(j, key);
	if (!isfinite(v))
		strbuf_adds(j->sb, "null");
	else if (v == floor(v) && fabs(v) < 1e15)
		strbuf_addf(j->sb, "%.0f", v);
	else
		strbuf_addf(j->sb, "%.10g", v);
}

void
json_int(struct json *j, const char *key, long long v)
{
	member(j, key);
	strbuf_addf(j->sb, "%lld", v);
}

void
json_bool(struct json *j, const char *key, int v)
{
	member(j, key);
	strbuf_adds(j->sb, v ? "true" : "false");
}

void
json_null(struct json *j, const char *key)
{
	member(j, key);
	strbuf_adds(j->sb, "null");
}
