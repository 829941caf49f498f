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

void
json_quote(struct strbuf *sb, const char *s)
{
	strbuf_addch(sb, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': strbuf_adds(sb, "\\\""); break;
		case '\\': strbuf_adds(sb, "\\\\"); break;
		case '\n': strbuf_adds(sb, "\\n"); break;
		case '\r': strbuf_adds(sb, "\\r"); break;
		case '\t': strbuf_adds(sb, "\\t"); break;
		default:
			if (*p < 0x20)
				strbuf_addf(sb, "\\u%04x", *p);
			else
				strbuf_addch(sb, *p);
		}
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
