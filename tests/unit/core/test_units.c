/* test_units.c - distances and durations as typed and shown
 * (core/units.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/units.h"

#define EPS 1e-9

/* cmocka 1.1 has no double assertion: |a - b| <= eps, with both shown. */
#define assert_near(a, b, eps)                                              \
	do {                                                                \
		double got_ = (a), want_ = (b);                             \
		if (!(fabs(got_ - want_) <= (eps)))                         \
			fail_msg("%s = %.17g, want %.17g", #a, got_, want_);  \
	} while (0)

/* ---- distance_parse ---------------------------------------------------- */

static void
distance_parse_with_units(void **state)
{
	double m = -1;

	(void)state;
	assert_int_equal(distance_parse(&m, "8.5km", UNITS_KM), 0);
	assert_near(m, 8500.0, EPS);
	assert_int_equal(distance_parse(&m, "5mi", UNITS_KM), 0);
	assert_near(m, 5 * 1609.344, EPS);
	assert_int_equal(distance_parse(&m, "8500m", UNITS_KM), 0);
	assert_near(m, 8500.0, EPS);
	/* an explicit unit wins over the athlete's unit */
	assert_int_equal(distance_parse(&m, "8.5km", UNITS_MI), 0);
	assert_near(m, 8500.0, EPS);
	assert_int_equal(distance_parse(&m, "8500m", UNITS_MI), 0);
	assert_near(m, 8500.0, EPS);
	assert_int_equal(distance_parse(&m, "1mi", UNITS_MI), 0);
	assert_near(m, METRES_PER_MILE, EPS);
	assert_int_equal(distance_parse(&m, "21.0975km", UNITS_KM), 0);
	assert_near(m, 21097.5, 1e-6);
	assert_int_equal(distance_parse(&m, "0.4km", UNITS_KM), 0);
	assert_near(m, 400.0, 1e-9);
	/* zero is a distance; the caller checks the range */
	assert_int_equal(distance_parse(&m, "0km", UNITS_KM), 0);
	assert_near(m, 0.0, EPS);
}

static void
distance_parse_bare_number_uses_athlete_unit(void **state)
{
	double m = -1;

	(void)state;
	assert_int_equal(distance_parse(&m, "8.5", UNITS_KM), 0);
	assert_near(m, 8500.0, EPS);
	assert_int_equal(distance_parse(&m, "5", UNITS_MI), 0);
	assert_near(m, 5 * 1609.344, EPS);
	assert_int_equal(distance_parse(&m, "10", UNITS_KM), 0);
	assert_near(m, 10000.0, EPS);
	assert_int_equal(distance_parse(&m, "3.1", UNITS_MI), 0);
	assert_near(m, 3.1 * 1609.344, 1e-6);
}

static void
distance_parse_rejects_junk(void **state)
{
	static const char *const bad[] = {
		"", "-5", "-5km", "+5", "5 km", " 5km", "5km ", "5kmx", "abc", "km",
		"5k", "5 ", "5miles", "5mm", "nan", "inf", "infkm", "nanm", "5..5km",
		"m", ".km",
	};
	double m;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (distance_parse(&m, bad[i], UNITS_KM) != -1)
			fail_msg("distance_parse accepted '%s' (km)", bad[i]);
		if (distance_parse(&m, bad[i], UNITS_MI) != -1)
			fail_msg("distance_parse accepted '%s' (mi)", bad[i]);
	}
}

/* ---- duration_parse ---------------------------------------------------- */

static void
duration_parse_accepts_forms(void **state)
{
	double s = -1;

	(void)state;
	assert_int_equal(duration_parse(&s, "75:00"), 0); /* MM may pass 59 */
	assert_near(s, 4500.0, EPS);
	assert_int_equal(duration_parse(&s, "1:15:00"), 0);
	assert_near(s, 4500.0, EPS);
	assert_int_equal(duration_parse(&s, "01:15:00"), 0);
	assert_near(s, 4500.0, EPS);
	assert_int_equal(duration_parse(&s, "0:45"), 0);
	assert_near(s, 45.0, EPS);
	assert_int_equal(duration_parse(&s, "25:30"), 0);
	assert_near(s, 25 * 60 + 30.0, EPS);
	assert_int_equal(duration_parse(&s, "2:03:59"), 0);
	assert_near(s, 2 * 3600 + 3 * 60 + 59.0, EPS);
	assert_int_equal(duration_parse(&s, "1:15:00.5"), 0);
	assert_near(s, 4500.5, EPS);
	assert_int_equal(duration_parse(&s, "75:00.25"), 0);
	assert_near(s, 4500.25, EPS);
	assert_int_equal(duration_parse(&s, "0:59:59"), 0);
	assert_near(s, 3599.0, EPS);
	assert_int_equal(duration_parse(&s, "100:00"), 0);
	assert_near(s, 6000.0, EPS);
}

static void
duration_parse_rejects_junk(void **state)
{
	static const char *const bad[] = {
		"1:60:00",   /* minutes past 59 with hours */
		"1:00:60",   /* seconds past 59 */
		"60:61",     /* seconds past 59 */
		"::", "5", "", ":30", "30:", "1::00", "1:2:3:4", " 75:00", "75:00 ",
		"-1:00", "+1:00", "1:15:00.", "1:15:00.x", "1:15:00.5.5", "1h15",
		"75:00s", "a:00", "1:-5", "1:15:00,5",
	};
	double s;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (duration_parse(&s, bad[i]) != -1)
			fail_msg("duration_parse accepted '%s'", bad[i]);
}

/* The fraction is ".s", digits after a point (units.h): an exponent is not
 * part of "H:MM:SS.s", yet "75:00.5e3" reads as 75:00 + 500 s and
 * "1:00.5e400" as an infinite duration. */
static void
duration_parse_rejects_exponent_in_fraction(void **state)
{
	double s = 0;

	(void)state;
	if (duration_parse(&s, "75:00.5e3") != -1)
		fail_msg("duration_parse accepted '75:00.5e3' as %g s", s);
	if (duration_parse(&s, "1:00.5e400") != -1)
		fail_msg("duration_parse accepted '1:00.5e400' as %g s", s);
}

/* ---- formatting -------------------------------------------------------- */

static void
distance_format_and_conversion(void **state)
{
	char buf[24];

	(void)state;
	assert_string_equal(distance_format(buf, 8500, UNITS_KM), "8.5 km");
	assert_string_equal(distance_format(buf, 5 * 1609.344, UNITS_MI), "5.0 mi");
	assert_string_equal(distance_format(buf, 0, UNITS_KM), "0.0 km");
	assert_string_equal(distance_format(buf, 0, UNITS_MI), "0.0 mi");
	assert_string_equal(distance_format(buf, 21097.5, UNITS_KM), "21.1 km");
	/* a marathon is 26.219 mi */
	assert_string_equal(distance_format(buf, 42195, UNITS_MI), "26.2 mi");
	/* 10 km is 6.214 mi */
	assert_string_equal(distance_format(buf, 10000, UNITS_MI), "6.2 mi");
	assert_string_equal(distance_format(buf, 1234567, UNITS_KM), "1234.6 km");
	assert_ptr_equal(distance_format(buf, 1, UNITS_KM), buf);

	assert_near(distance_in(1609.344, UNITS_MI), 1.0, EPS);
	assert_near(distance_in(1609.344, UNITS_KM), 1.609344, EPS);
	assert_near(distance_in(42195, UNITS_KM), 42.195, EPS);
	assert_string_equal(units_name(UNITS_KM), "km");
	assert_string_equal(units_name(UNITS_MI), "mi");
}

static void
distance_format_parse_round_trip(void **state)
{
	char buf[24];
	double m;

	(void)state;
	/* "X.Y km" and "X.Y mi" read back (without the space) to within half
	 * a tenth of the unit */
	for (int i = 1; i < 5000; i++) {
		double d = i * 37.3;
		for (int u = UNITS_KM; u <= UNITS_MI; u++) {
			char typed[24], *sp;
			double unit = u == UNITS_MI ? METRES_PER_MILE : 1000.0;

			distance_format(buf, d, (enum units)u);
			snprintf(typed, sizeof(typed), "%s", buf);
			sp = strchr(typed, ' ');
			assert_non_null(sp);
			memmove(sp, sp + 1, strlen(sp));
			assert_int_equal(distance_parse(&m, typed, UNITS_KM), 0);
			assert_true(fabs(m - d) <= 0.05 * unit + 1e-6);
		}
	}
}

static void
duration_format_forms(void **state)
{
	char buf[16];

	(void)state;
	assert_string_equal(duration_format(buf, 4500), "1:15:00");
	assert_string_equal(duration_format(buf, 3600), "1:00:00");
	assert_string_equal(duration_format(buf, 3599), "59:59");
	assert_string_equal(duration_format(buf, 25 * 60 + 30), "25:30");
	assert_string_equal(duration_format(buf, 36000 + 61), "10:01:01");
	assert_string_equal(duration_format(buf, 360000), "100:00:00");
	assert_ptr_equal(duration_format(buf, 1), buf);
}

static void
duration_format_parse_round_trip(void **state)
{
	char buf[16];

	(void)state;
	for (int s = 1; s < 30 * 3600; s += 7) {
		double back = -1;
		duration_format(buf, s);
		assert_int_equal(duration_parse(&back, buf), 0);
		assert_near(back, (double)s, EPS);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(distance_parse_with_units),
		cmocka_unit_test(distance_parse_bare_number_uses_athlete_unit),
		cmocka_unit_test(distance_parse_rejects_junk),
		cmocka_unit_test(duration_parse_accepts_forms),
		cmocka_unit_test(duration_parse_rejects_junk),
		cmocka_unit_test(duration_parse_rejects_exponent_in_fraction),
		cmocka_unit_test(distance_format_and_conversion),
		cmocka_unit_test(distance_format_parse_round_trip),
		cmocka_unit_test(duration_format_forms),
		cmocka_unit_test(duration_format_parse_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
