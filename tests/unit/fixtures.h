/* fixtures.h - the two groups of a unit test that also reads the
 * real-device files of TALUS_FIXTURES (a folder beside the repository,
 * absent from a clean clone). Such a test is one executable and two CTest
 * tests (tests/CMakeLists.txt): without arguments it runs the group that
 * needs nothing but the repository; with --fixtures, the group that reads
 * the fixtures, and when the folder is absent it exits 77, which CTest
 * reports as skipped (SKIP_RETURN_CODE), never passed or failed. A folder
 * that is there but lacks a file the tests name fails them.
 *
 * Include it after <cmocka.h> (tests/unit is on the include path); main()
 * reads
 *
 *	if (fixtures_wanted(argc, argv))
 *		return cmocka_run_group_tests_name("fixtures", fx, NULL, NULL);
 *	return cmocka_run_group_tests(tests, NULL, NULL);
 */
#ifndef TALUS_TESTS_FIXTURES_H
#define TALUS_TESTS_FIXTURES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef TALUS_FIXTURES
#error "compile with -DTALUS_FIXTURES=\"<path to the fixtures folder>\""
#endif

/* CTest's SKIP_RETURN_CODE for these tests (automake's convention). */
#define FIXTURES_SKIP 77

/* 1 if argv asks for the fixture group, 0 for the test's own group.
 * Exits FIXTURES_SKIP when the fixtures are asked for and absent, 2 on an
 * argument it does not know. */
static int
fixtures_wanted(int argc, char **argv)
{
	struct stat st;

	if (argc == 1)
		return 0;
	if (argc != 2 || strcmp(argv[1], "--fixtures")) {
		fprintf(stderr, "usage: %s [--fixtures]\n", argv[0]);
		exit(2);
	}
	if (stat(TALUS_FIXTURES, &st) || !S_ISDIR(st.st_mode)) {
		printf("skipped: no fixtures folder at %s\n", TALUS_FIXTURES);
		exit(FIXTURES_SKIP);
	}
	return 1;
}

#endif
