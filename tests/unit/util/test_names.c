/* test_names.c - a word's index in a table of names, and the table joined
 * for a message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "util/names.h"

static const char *const sides[] = { "", "left", "right", "both", NULL };
static const char *const holes[] = { NULL, "file", NULL, "user" };

static void
index_of_a_name(void **state)
{
	(void)state;
	assert_int_equal(names_index(sides, -1, "left"), 1);
	assert_int_equal(names_index(sides, -1, "both"), 3);
	assert_int_equal(names_index(sides, -1, ""), 0);
	assert_int_equal(names_index(sides, -1, "Left"), -1); /* exact */
	assert_int_equal(names_index(sides, 2, "right"), -1); /* within n */
	/* NULL entries are skipped, not the end when n is given */
	assert_int_equal(names_index(holes, 4, "user"), 3);
	assert_int_equal(names_index(holes, 4, "data"), -1);
	assert_int_equal(names_index(holes, -1, "file"), -1); /* stops at [0] */
}

static void
joined(void **state)
{
	char buf[64];

	(void)state;
	names_join(buf, sizeof(buf), sides + 1);
	assert_string_equal(buf, "left|right|both");
	/* only whole names: "left|right" needs 11 bytes with the NUL */
	names_join(buf, 11, sides + 1);
	assert_string_equal(buf, "left|right");
	names_join(buf, 10, sides + 1);
	assert_string_equal(buf, "left");
	names_join(buf, 4, sides + 1);
	assert_string_equal(buf, "");
	names_join(buf, sizeof(buf), NULL);
	assert_string_equal(buf, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(index_of_a_name),
		cmocka_unit_test(joined),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
