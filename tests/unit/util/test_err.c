/* test_err.c - the error record: a message may quote the record's own
 * message (the buffers must not overlap), and a warning leaves the code
 * 0. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "util/err.h"

static void
message_quotes_itself(void **state)
{
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	err_set(&err, TALUS_EPARSE, "line 1: no 'date' column");
	assert_int_equal(err_set(&err, TALUS_EIO, "%s: %s", "export.zip:activities.csv", err.msg),
			 TALUS_EIO);
	assert_string_equal(err.msg, "export.zip:activities.csv: line 1: no 'date' column");
	err_warn(&err, "warning: %s", err.msg);
	assert_int_equal(err.code, 0);
	assert_string_equal(err.msg, "warning: export.zip:activities.csv: line 1: no 'date' column");
	assert_int_equal(err_set(NULL, TALUS_EINVAL, "x"), TALUS_EINVAL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(message_quotes_itself),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
