/* test_csv.c - the RFC 4180 writer: a field is quoted exactly when it
 * must be (a comma, a quote, CR, LF, a leading or trailing blank), quotes
 * inside are doubled, text goes out byte for byte, rows end in CRLF,
 * numbers use the fewest digits that read back the same, and an unknown
 * number or score is an empty field. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/csv.h"

static const char *
one(struct strbuf *sb, const char *s)
{
	struct csv_row r;

	strbuf_reset(sb);
	csv_row_begin(&r, sb);
	csv_str(&r, s);
	csv_row_end(&r);
	return sb->buf;
}

static void
quoting(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	assert_string_equal(one(&sb, "plain text"), "plain text\r\n");
	assert_string_equal(one(&sb, ""), "\r\n");
	assert_string_equal(one(&sb, NULL), "\r\n");
	assert_string_equal(one(&sb, "a,b"), "\"a,b\"\r\n");
	assert_string_equal(one(&sb, "say \"hi\""), "\"say \"\"hi\"\"\"\r\n");
	assert_string_equal(one(&sb, "\""), "\"\"\"\"\r\n");
	assert_string_equal(one(&sb, "two\nlines"), "\"two\nlines\"\r\n");
	assert_string_equal(one(&sb, "cr\rhere"), "\"cr\rhere\"\r\n");
	assert_string_equal(one(&sb, "crlf\r\nkept"), "\"crlf\r\nkept\"\r\n");
	assert_string_equal(one(&sb, " lead"), "\" lead\"\r\n");
	assert_string_equal(one(&sb, "trail\t"), "\"trail\t\"\r\n");
	assert_string_equal(one(&sb, "in side"), "in side\r\n");
	/* UTF-8 and other bytes as they are */
	assert_string_equal(one(&sb, "caf\xc3\xa9 \xe2\x98\x83"), "caf\xc3\xa9 \xe2\x98\x83\r\n");
	assert_string_equal(one(&sb, "semi;colon"), "semi;colon\r\n");
	strbuf_release(&sb);
}

static void
rows_and_numbers(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct csv_row r;
	char buf[32];

	(void)state;
	csv_row_begin(&r, &sb);
	csv_int(&r, 42);
	csv_num(&r, 8046.72);
	csv_num(&r, NAN);
	csv_score(&r, -1);
	csv_score(&r, 0);
	csv_num(&r, 0.1);
	csv_num(&r, 1e300);
	csv_str(&r, "x");
	csv_row_end(&r);
	csv_int(&r, -7);
	csv_row_end(&r);
	assert_string_equal(sb.buf, "42,8046.72,,,0,0.1,1e+300,x\r\n-7\r\n");
	/* the shortest form that reads back as the same double */
	for (double v = 0.001; v < 1e6; v *= 3.7) {
		csv_format_double(buf, v);
		assert_true(strtod(buf, NULL) == v);
		assert_true(strlen(buf) <= 23);
	}
	assert_string_equal(csv_format_double(buf, 10123.456789), "10123.456789");
	assert_string_equal(csv_format_double(buf, 1.0 / 3.0), "0.3333333333333333");
	strbuf_release(&sb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quoting),
		cmocka_unit_test(rows_and_numbers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
