/* test_clock.c - the zones of app/clock.c: which names import --tz takes,
 * the offsets a zone gives at an instant (summer time, half hours), and
 * the system zone put back after, whether TZ was set or not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "app/clock.h"
#include "util/date.h"

/* An instant, from a civil UTC time. */
static int64_t
utc(int y, int m, int d, int hh, int mm)
{
	return (int64_t)day_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60;
}

static int
have_tzdata(void)
{
	return clock_zone_check("Europe/Berlin") == NULL;
}

static void
zone_names(void **state)
{
	static const char *const bad[] = {
		"", "Mars/Olympus", "Europe", "Europe/", "/etc/localtime", "../../etc/passwd",
		"Europe//Berlin", "Europe/Berlin ", "Europe/Berlin\n", "zone.tab",
		"CET-1CEST,M3.5.0,M10.5.0/3",
	};

	(void)state;
	if (!have_tzdata())
		skip();
	assert_null(clock_zone_check("Europe/Berlin"));
	assert_null(clock_zone_check("America/Port-au-Prince"));
	assert_null(clock_zone_check("Etc/GMT+5"));
	assert_null(clock_zone_check("UTC"));
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (!clock_zone_check(bad[i]))
			fail_msg("'%s' taken as a zone", bad[i]);
}

static void
zone_offsets_and_restore(void **state)
{
	int64_t winter = utc(2026, 2, 22, 23, 30), summer = utc(2025, 7, 1, 22, 30);

	(void)state;
	if (!have_tzdata())
		skip();
	setenv("TZ", "UTC", 1);
	assert_int_equal(clock_offset_at(winter), 0);
	clock_zone_use("Europe/Berlin");
	assert_int_equal(clock_offset_at(winter), 3600);
	assert_int_equal(clock_offset_at(summer), 7200);
	clock_zone_use("Asia/Kolkata"); /* a second use keeps the first TZ to restore */
	assert_int_equal(clock_offset_at(winter), 19800);
	clock_zone_restore();
	assert_string_equal(getenv("TZ"), "UTC");
	assert_int_equal(clock_offset_at(winter), 0);

	/* No TZ before: none after. */
	unsetenv("TZ");
	clock_zone_use("America/New_York");
	assert_int_equal(clock_offset_at(winter), -18000);
	assert_int_equal(clock_offset_at(summer), -14400);
	clock_zone_restore();
	assert_null(getenv("TZ"));
	clock_zone_restore(); /* a second restore does nothing */
	assert_null(getenv("TZ"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(zone_names),
		cmocka_unit_test(zone_offsets_and_restore),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
