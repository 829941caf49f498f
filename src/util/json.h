/* json.h - a small streaming JSON writer into a strbuf, pretty-printed
 * with two-space indents. Keys are given for members of objects and NULL
 * for array items and the top value. A NAN number is written as null.
 * The writer does not check nesting: callers pair begin and end. */
#ifndef TALUS_JSON_H
#define TALUS_JSON_H

#include "util/strbuf.h"

#define JSON_MAX_DEPTH 32

struct json {
	struct strbuf *sb;           /* borrowed; output is appended */
	int depth;                   /* current nesting */
	int count[JSON_MAX_DEPTH];   /* members written at each depth */
};

void json_init(struct json *j, struct strbuf *sb);
void json_obj_begin(struct json *j, const char *key);
void json_obj_end(struct json *j);
void json_arr_begin(struct json *j, const char *key);
void json_arr_end(struct json *j);
void json_str(struct json *j, const char *key, const char *v); /* NULL: null */
void json_num(struct json *j, const char *key, double v);
void json_int(struct json *j, const char *key, long long v);
void json_bool(struct json *j, const char *key, int v);
void json_null(struct json *j, const char *key);
/* Appends s as a JSON string literal, quotes included. */
void json_quote(struct strbuf *sb, const char *s);

#endif
