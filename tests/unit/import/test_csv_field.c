/* test_csv_field.c - the shared RFC 4180 field reader: plain and quoted
 * fields, doubled quotes, commas, CR and LF inside quotes, CRLF or LF
 * rows, a BOM, physical line numbers, a field cut at a UTF-8 boundary
 * with its whole length told, and input that ends inside quotes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "import/csv.h"

static void
fields_and_rows(void **state)
{
	static const char in[] = "\xEF\xBB\xBF" "a,\"b,c\",\"d\"\"e\"\r\n"
				 "\"multi\r\nline\",,last\nx";
	struct csv_reader c;
	char f[64];
	size_t len;
	int q = 0;

	(void)state;
	csv_reader_init(&c, in, sizeof(in) - 1);
	assert_int_equal(csv_read_field(&c, f, sizeof(f), &len, &q), CSV_COMMA);
	assert_string_equal(f, "a");
	assert_int_equal(len, 1);
	assert_int_equal(csv_read_field(&c, f, sizeof(f), NULL, &q), CSV_COMMA);
	assert_string_equal(f, "b,c");
	assert_int_equal(csv_read_field(&c, f, sizeof(f), NULL, &q), CSV_EOL);
	assert_string_equal(f, "d\"e");
	assert_int_equal(c.line, 2);
	assert_int_equal(csv_read_field(&c, f, sizeof(f), &len, &q), CSV_COMMA);
	assert_string_equal(f, "multi\r\nline");
	assert_int_equal(len, 11);
	assert_int_equal(c.line, 3);
	assert_int_equal(csv_read_field(&c, f, sizeof(f), &len, &q), CSV_COMMA);
	assert_string_equal(f, "");
	assert_int_equal(len, 0);
	assert_int_equal(csv_read_field(&c, f, sizeof(f), NULL, &q), CSV_EOL);
	assert_string_equal(f, "last");
	assert_int_equal(c.line, 4);
	assert_false(csv_at_end(&c));
	assert_int_equal(csv_read_field(&c, f, sizeof(f), NULL, &q), CSV_EOF);
	assert_string_equal(f, "x");
	assert_true(csv_at_end(&c));
	assert_int_equal(q, 0);
}

static void
blank_lines_and_skipping(void **state)
{
	static const char in[] = "\r\nskip,me\n";
	struct csv_reader c;
	char f[8];
	int q = 0;

	(void)state;
	csv_reader_init(&c, in, sizeof(in) - 1);
	assert_true(csv_at_blank(&c));
	assert_int_equal(csv_read_field(&c, NULL, 0, NULL, &q), CSV_EOL);
	assert_false(csv_at_blank(&c));
	assert_int_equal(csv_read_field(&c, NULL, 0, NULL, &q), CSV_COMMA);
	assert_int_equal(csv_read_field(&c, f, sizeof(f), NULL, &q), CSV_EOL);
	assert_string_equal(f, "me");
	assert_true(csv_at_end(&c));
}

static void
cut_at_utf8_boundary(void **state)
{
	/* "aé☃" is 1 + 2 + 3 bytes; 5 bytes of room cut before the snowman. */
	static const char in[] = "a\xc3\xa9\xe2\x98\x83,z";
	struct csv_reader c;
	char f[5];
	size_t len;
	int q = 0;

	(void)state;
	csv_reader_init(&c, in, sizeof(in) - 1);
	assert_int_equal(csv_read_field(&c, f, sizeof(f), &len, &q), CSV_COMMA);
	assert_string_equal(f, "a\xc3\xa9");
	assert_int_equal(len, 6);
	assert_int_equal(csv_read_field(&c, f, sizeof(f), &len, &q), CSV_EOF);
	assert_string_equal(f, "z");
}

static void
open_quote(void **state)
{
	static const char in[] = "\"never closed,\nstill";
	struct csv_reader c;
	char f[32];
	int q = 0;

	(void)state;
	csv_reader_init(&c, in, sizeof(in) - 1);
	assert_int_equal(csv_read_field(&c, f, sizeof(f), NULL, &q), CSV_EOF);
	assert_string_equal(f, "never closed,\nstill");
	assert_int_equal(q, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fields_and_rows),
		cmocka_unit_test(blank_lines_and_skipping),
		cmocka_unit_test(cut_at_utf8_boundary),
		cmocka_unit_test(open_quote),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
