/* test_json.c - the streaming JSON writer (util/json.h): string escaping,
 * numbers (NAN as null), nesting, commas and the two-space layout.
 *
 * Besides exact expected texts, a small JSON reader written here decodes
 * the writer's strings back, so every byte value is checked to survive the
 * round trip. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/json.h"
#include "util/strbuf.h"

static char *
quoted(const char *s)
{
	struct strbuf sb = STRBUF_INIT;

	json_quote(&sb, s);
	return strbuf_detach(&sb);
}

#define assert_quote(in, want)                         \
	do {                                           \
		char *got_ = quoted(in);               \
		assert_string_equal(got_, want);       \
		free(got_);                            \
	} while (0)

/* ---- a minimal reader for JSON string literals ------------------------ */

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

/* Decodes the literal at p (RFC 8259 §7: no raw control characters) into
 * out, \u escapes as UTF-8; returns the number of bytes written, or -1.
 * Surrogate pairs are not decoded (the writer emits none). */
static int
decode_string(const char *p, char *out, size_t cap, const char **endp)
{
	size_t n = 0;

	if (*p++ != '"')
		return -1;
	while (*p != '"') {
		int c = (unsigned char)*p++;
		if (c == 0 || c < 0x20)
			return -1;
		if (c == '\\') {
			switch (*p++) {
			case '"': c = '"'; break;
			case '\\': c = '\\'; break;
			case '/': c = '/'; break;
			case 'b': c = '\b'; break;
			case 'f': c = '\f'; break;
			case 'n': c = '\n'; break;
			case 'r': c = '\r'; break;
			case 't': c = '\t'; break;
			case 'u': {
				int v = 0;
				for (int i = 0; i < 4; i++) {
					int h = hexval(*p++);
					if (h < 0)
						return -1;
					v = v * 16 + h;
				}
				if (v == 0 || (v >= 0xd800 && v <= 0xdfff))
					return -1;
				if (v >= 0x80) { /* as UTF-8; the last byte below */
					if (n + 3 >= cap)
						return -1;
					if (v >= 0x800) {
						out[n++] = (char)(0xe0 | v >> 12);
						out[n++] = (char)(0x80 | (v >> 6 & 0x3f));
					} else {
						out[n++] = (char)(0xc0 | v >> 6);
					}
					v = 0x80 | (v & 0x3f);
				}
				c = v;
				break;
			}
			default:
				return -1;
			}
		}
		if (n + 1 >= cap)
			return -1;
		out[n++] = (char)c;
	}
	out[n] = '\0';
	if (endp)
		*endp = p + 1;
	return (int)n;
}

/* ---- json_quote -------------------------------------------------------- */

static void
quote_escapes_quotes_and_backslashes(void **state)
{
	(void)state;
	assert_quote("", "\"\"");
	assert_quote("plain", "\"plain\"");
	assert_quote("say \"hi\"", "\"say \\\"hi\\\"\"");
	assert_quote("C:\\dir\\file", "\"C:\\\\dir\\\\file\"");
	assert_quote("\\\"", "\"\\\\\\\"\"");
	assert_quote("a/b", "\"a/b\""); /* '/' needs no escape */
}

static void
quote_escapes_control_characters(void **state)
{
	(void)state;
	assert_quote("a\nb", "\"a\\nb\"");
	assert_quote("a\rb", "\"a\\rb\"");
	assert_quote("a\tb", "\"a\\tb\"");
	assert_quote("\x01", "\"\\u0001\"");
	assert_quote("\x1f", "\"\\u001f\"");
	assert_quote("\b\f", "\"\\u0008\\u000c\"");
	/* DEL and the C1 controls are legal in JSON, but a terminal acts on
	 * them: escaped too. */
	assert_quote("\x7f", "\"\\u007f\"");
	assert_quote("\xc2\x80", "\"\\u0080\"");
	assert_quote("a\xc2\x9b" "31m", "\"a\\u009b31m\"");
	assert_quote("\xc2\xa0", "\"\xc2\xa0\""); /* U+00A0 is no control */
	assert_quote("\x20", "\" \"");
}

/* Bytes that are not well-formed UTF-8 become U+FFFD, each: the output
 * is always UTF-8, whatever a file or a database held. */
static void
quote_replaces_invalid_utf8(void **state)
{
	(void)state;
	assert_quote("\xff", "\"\\ufffd\"");
	assert_quote("a\xff" "b", "\"a\\ufffdb\"");
	assert_quote("\xc3", "\"\\ufffd\"");                 /* truncated */
	assert_quote("\xc3(", "\"\\ufffd(\"");
	assert_quote("\xc0\xaf", "\"\\ufffd\\ufffd\"");       /* overlong '/' */
	assert_quote("\xe0\x80\xaf", "\"\\ufffd\\ufffd\\ufffd\"");
	assert_quote("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\""); /* a surrogate */
	assert_quote("\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
	assert_quote("\xf0\x9f\x8f\x83", "\"\xf0\x9f\x8f\x83\""); /* U+1F3C3 */
	assert_quote("\xef\xbf\xbd", "\"\xef\xbf\xbd\"");
}

static void
quote_passes_utf8_through(void **state)
{
	(void)state;
	assert_quote("caf\xc3\xa9", "\"caf\xc3\xa9\"");
	assert_quote("\xe2\x80\x94", "\"\xe2\x80\x94\"");
}

/* Every ASCII byte from 1 to 127, alone and in a string, decodes back;
 * every byte from 128 to 255 alone (never UTF-8) decodes to U+FFFD; every
 * code point of the first two UTF-8 lengths decodes back. No literal
 * holds a raw byte below 0x20 or DEL. */
static void
quote_round_trips_every_byte(void **state)
{
	char in[256], out[1024];

	(void)state;
	for (int c = 1; c < 256; c++) {
		char one[2] = { (char)c, '\0' }, *q = quoted(one);
		assert_null(strchr(q, 0x7f));
		if (c < 0x80) {
			assert_int_equal(decode_string(q, out, sizeof(out), NULL), 1);
			assert_int_equal((unsigned char)out[0], c);
		} else {
			assert_int_equal(decode_string(q, out, sizeof(out), NULL), 3);
			assert_memory_equal(out, "\xef\xbf\xbd", 3);
		}
		free(q);
	}
	for (int c = 1; c < 128; c++)
		in[c - 1] = (char)c;
	in[127] = '\0';
	{
		char *q = quoted(in);
		const char *end;
		assert_int_equal(decode_string(q, out, sizeof(out), &end), 127);
		assert_memory_equal(out, in, 127);
		assert_int_equal(*end, '\0');
		free(q);
	}
	for (unsigned cp = 0x80; cp < 0x10000; cp++) {
		char u[4], *q;
		int n;
		if (cp >= 0xd800 && cp <= 0xdfff)
			continue;
		if (cp < 0x800) {
			u[0] = (char)(0xc0 | cp >> 6);
			u[1] = (char)(0x80 | (cp & 0x3f));
			u[2] = '\0';
		} else {
			u[0] = (char)(0xe0 | cp >> 12);
			u[1] = (char)(0x80 | (cp >> 6 & 0x3f));
			u[2] = (char)(0x80 | (cp & 0x3f));
			u[3] = '\0';
		}
		q = quoted(u);
		n = decode_string(q, out, sizeof(out), NULL);
		assert_int_equal(n, (int)strlen(u));
		assert_memory_equal(out, u, (size_t)n);
		free(q);
	}
}

/* ---- values, nesting, commas ------------------------------------------- */

static void
nested_document_layout(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct json j;

	(void)state;
	json_init(&j, &sb);
	json_obj_begin(&j, NULL);
	json_str(&j, "a", "x");
	json_arr_begin(&j, "b");
	json_int(&j, NULL, 1);
	json_int(&j, NULL, 2);
	json_arr_end(&j);
	json_obj_begin(&j, "c");
	json_obj_end(&j);
	json_arr_begin(&j, "d");
	json_arr_end(&j);
	json_obj_begin(&j, "e");
	json_bool(&j, "t", 1);
	json_bool(&j, "f", 0);
	json_null(&j, "n");
	json_str(&j, "s", NULL);
	json_obj_end(&j);
	json_obj_end(&j);
	assert_string_equal(sb.buf,
			    "{\n"
			    "  \"a\": \"x\",\n"
			    "  \"b\": [\n"
			    "    1,\n"
			    "    2\n"
			    "  ],\n"
			    "  \"c\": {},\n"
			    "  \"d\": [],\n"
			    "  \"e\": {\n"
			    "    \"t\": true,\n"
			    "    \"f\": false,\n"
			    "    \"n\": null,\n"
			    "    \"s\": null\n"
			    "  }\n"
			    "}\n");
	strbuf_release(&sb);
}

static void
array_of_objects_layout(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct json j;

	(void)state;
	json_init(&j, &sb);
	json_arr_begin(&j, NULL);
	for (int i = 0; i < 2; i++) {
		json_obj_begin(&j, NULL);
		json_int(&j, "i", i);
		json_obj_end(&j);
	}
	json_arr_end(&j);
	assert_string_equal(sb.buf,
			    "[\n"
			    "  {\n"
			    "    \"i\": 0\n"
			    "  },\n"
			    "  {\n"
			    "    \"i\": 1\n"
			    "  }\n"
			    "]\n");
	strbuf_release(&sb);
}

static void
keys_are_escaped(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct json j;

	(void)state;
	json_init(&j, &sb);
	json_obj_begin(&j, NULL);
	json_str(&j, "k\"\n", "v\\");
	json_obj_end(&j);
	assert_string_equal(sb.buf, "{\n  \"k\\\"\\n\": \"v\\\\\"\n}\n");
	strbuf_release(&sb);
}

static void
empty_containers_at_top(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct json j;

	(void)state;
	json_init(&j, &sb);
	json_obj_begin(&j, NULL);
	json_obj_end(&j);
	assert_string_equal(sb.buf, "{}\n");
	strbuf_reset(&sb);
	json_init(&j, &sb);
	json_arr_begin(&j, NULL);
	json_arr_end(&j);
	assert_string_equal(sb.buf, "[]\n");
	strbuf_release(&sb);
}

/* The writer appends: text already in the buffer stays. */
static void
writer_appends(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct json j;

	(void)state;
	strbuf_adds(&sb, "head:");
	json_init(&j, &sb);
	json_arr_begin(&j, NULL);
	json_int(&j, NULL, 7);
	json_arr_end(&j);
	assert_string_equal(sb.buf, "head:[\n  7\n]\n");
	strbuf_release(&sb);
}

/* Writes one number as the only item of an array and returns its text. */
static char *
number_text(double v)
{
	struct strbuf sb = STRBUF_INIT;
	struct json j;
	char *s, *p, *q;

	json_init(&j, &sb);
	json_arr_begin(&j, NULL);
	json_num(&j, NULL, v);
	json_arr_end(&j);
	s = strbuf_detach(&sb);
	/* "[\n  X\n]\n" */
	assert_true(strncmp(s, "[\n  ", 4) == 0);
	p = s + 4;
	q = strchr(p, '\n');
	assert_non_null(q);
	memmove(s, p, (size_t)(q - p));
	s[q - p] = '\0';
	return s;
}

static void
numbers_and_nan_as_null(void **state)
{
	static const struct {
		double v;
		const char *want;
	} cases[] = {
		{ 0, "0" }, { 3, "3" }, { -2, "-2" }, { 0.5, "0.5" }, { -1.25, "-1.25" },
		{ 8500, "8500" }, { 42.195, "42.195" },
	};
	char *s;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		s = number_text(cases[i].v);
		assert_string_equal(s, cases[i].want);
		free(s);
	}
	s = number_text(NAN);
	assert_string_equal(s, "null");
	free(s);
	s = number_text(INFINITY);
	assert_string_equal(s, "null");
	free(s);
	s = number_text(-INFINITY);
	assert_string_equal(s, "null");
	free(s);
}

/* Numbers read back with strtod to 10 significant digits, and are valid
 * JSON numbers (no "inf", no "nan", no leading '+'). */
static void
numbers_read_back(void **state)
{
	uint64_t x = 88172645463325252u;

	(void)state;
	for (int i = 0; i < 5000; i++) {
		double v, back;
		char *s, *end;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		v = ((double)(x >> 11) / 9007199254740992.0 - 0.5) *
		    pow(10, (int)(x % 24) - 12);
		s = number_text(v);
		assert_true(strspn(s, "-0123456789.e+") == strlen(s));
		assert_true(s[0] == '-' || (s[0] >= '0' && s[0] <= '9'));
		back = strtod(s, &end);
		assert_int_equal(*end, '\0');
		assert_true(fabs(back - v) <= 1e-9 * fabs(v));
		free(s);
	}
}

static void
integers_full_range(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct json j;

	(void)state;
	json_init(&j, &sb);
	json_arr_begin(&j, NULL);
	json_int(&j, NULL, LLONG_MIN);
	json_int(&j, NULL, LLONG_MAX);
	json_int(&j, NULL, 0);
	json_arr_end(&j);
	assert_string_equal(sb.buf, "[\n  -9223372036854775808,\n"
				    "  9223372036854775807,\n  0\n]\n");
	strbuf_release(&sb);
}

/* 31 levels (the writer's depth limit is JSON_MAX_DEPTH - 1) nest and
 * indent correctly; brackets balance. */
static void
deep_nesting_balances(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct json j;
	const int levels = JSON_MAX_DEPTH - 1;
	int depth = 0, maxdepth = 0;

	(void)state;
	json_init(&j, &sb);
	for (int i = 0; i < levels; i++)
		json_arr_begin(&j, NULL);
	json_int(&j, NULL, 1);
	for (int i = 0; i < levels; i++)
		json_arr_end(&j);
	for (const char *p = sb.buf; *p; p++) {
		if (*p == '[')
			depth++;
		else if (*p == ']')
			depth--;
		assert_true(depth >= 0);
		if (depth > maxdepth)
			maxdepth = depth;
	}
	assert_int_equal(depth, 0);
	assert_int_equal(maxdepth, levels);
	/* the innermost value is indented two spaces per level */
	{
		char want[128];
		memset(want, ' ', (size_t)(2 * levels));
		want[2 * levels] = '1';
		want[2 * levels + 1] = '\0';
		assert_non_null(strstr(sb.buf, want));
	}
	assert_int_equal(j.depth, 0);
	strbuf_release(&sb);
}

/* Nesting beyond the limit is the caller's error (json.h), but it must
 * stay in bounds: ASan checks the count[] accesses. */
static void
too_deep_nesting_stays_in_bounds(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct json j;

	(void)state;
	json_init(&j, &sb);
	for (int i = 0; i < 3 * JSON_MAX_DEPTH; i++)
		json_obj_begin(&j, "k");
	json_int(&j, "v", 1);
	for (int i = 0; i < 3 * JSON_MAX_DEPTH; i++)
		json_obj_end(&j);
	assert_in_range(j.depth, 0, JSON_MAX_DEPTH - 1);
	assert_true(sb.len > 0);
	strbuf_release(&sb);
}

/* String members decode back to what was written. */
static void
string_members_decode_back(void **state)
{
	static const char *const vals[] = {
		"", "x", "tab\there", "quote\"", "back\\slash", "\x01\x02\x1f", "line\r\n",
	};
	struct strbuf sb = STRBUF_INIT;
	struct json j;
	const char *p;
	char out[64];

	(void)state;
	json_init(&j, &sb);
	json_arr_begin(&j, NULL);
	for (size_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++)
		json_str(&j, NULL, vals[i]);
	json_arr_end(&j);
	p = sb.buf;
	for (size_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++) {
		int n;
		p = strchr(p, '"');
		assert_non_null(p);
		n = decode_string(p, out, sizeof(out), &p);
		assert_int_equal(n, (int)strlen(vals[i]));
		assert_string_equal(out, vals[i]);
		/* items are separated by a comma, the last one is not */
		assert_int_equal(*p, i + 1 < sizeof(vals) / sizeof(vals[0]) ? ',' : '\n');
	}
	strbuf_release(&sb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quote_escapes_quotes_and_backslashes),
		cmocka_unit_test(quote_escapes_control_characters),
		cmocka_unit_test(quote_passes_utf8_through),
		cmocka_unit_test(quote_replaces_invalid_utf8),
		cmocka_unit_test(quote_round_trips_every_byte),
		cmocka_unit_test(nested_document_layout),
		cmocka_unit_test(array_of_objects_layout),
		cmocka_unit_test(keys_are_escaped),
		cmocka_unit_test(empty_containers_at_top),
		cmocka_unit_test(writer_appends),
		cmocka_unit_test(numbers_and_nan_as_null),
		cmocka_unit_test(numbers_read_back),
		cmocka_unit_test(integers_full_range),
		cmocka_unit_test(deep_nesting_balances),
		cmocka_unit_test(too_deep_nesting_stays_in_bounds),
		cmocka_unit_test(string_members_decode_back),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
