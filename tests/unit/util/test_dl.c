/* test_dl.c - a library loaded on first use: its functions set, or a
 * message that names the library, the package or the missing function. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "util/dl.h"

static void
functions_set(void **state)
{
	size_t (*len)(const char *) = NULL;
	int (*cmp)(const char *, const char *) = NULL;
	const struct dl_sym syms[] = { { "strlen", &len }, { "strcmp", &cmp } };
	char failure[256] = "";

	(void)state;
	assert_int_equal(dl_load("libc.so.6", "the C library", "libc6", syms, 2, failure,
				 sizeof(failure)), 0);
	assert_string_equal(failure, "");
	assert_non_null(len);
	assert_int_equal(len("talus"), 5);
	assert_int_equal(cmp("a", "a"), 0);
}

static void
failures_named(void **state)
{
	void (*f)(void) = NULL;
	const struct dl_sym missing[] = { { "strlen", &f }, { "talus_no_such_function", &f } };
	char failure[256];

	(void)state;
	assert_int_equal(dl_load("libtalus-absent.so.1", "libabsent", "libabsent1", missing, 2,
				 failure, sizeof(failure)), -1);
	assert_non_null(strstr(failure, "cannot load libabsent (libtalus-absent.so.1): "));
	assert_non_null(strstr(failure, "; install Debian's libabsent1"));
	assert_int_equal(dl_load("libc.so.6", "the C library", "libc6", missing, 2, failure,
				 sizeof(failure)), -1);
	assert_string_equal(failure, "the C library has no 'talus_no_such_function'");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(functions_set),
		cmocka_unit_test(failures_named),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
