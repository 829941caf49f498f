/* test_date.c - civil day numbers, weekdays, date and ISO 8601 parsing,
 * and formatting (util/date.h).
 *
 * The day-number conversions are checked against a naive calendar walk
 * written here (one day at a time, with its own leap-year rule) over more
 * than a thousand years, before and after 1970. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "util/date.h"

/* The proleptic Gregorian leap rule, written out independently. */
static int
naive_leap(int y)
{
	if (y % 400 == 0)
		return 1;
	if (y % 100 == 0)
		return 0;
	return y % 4 == 0;
}

static int
naive_month_days(int y, int m)
{
	static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && naive_leap(y) ? 29 : len[m - 1];
}

/* ---- day numbers ------------------------------------------------------- */

static void
epoch_and_known_days(void **state)
{
	(void)state;
	assert_int_equal(day_from_civil(1970, 1, 1), 0);
	assert_int_equal(day_from_civil(1970, 1, 2), 1);
	assert_int_equal(day_from_civil(1969, 12, 31), -1);
	assert_int_equal(day_from_civil(1971, 1, 1), 365);
	/* 30 years of 365 days plus the leap days 1972, 1976, ..., 1996 (7). */
	assert_int_equal(day_from_civil(2000, 1, 1), 30 * 365 + 7);
	/* 2026-11-23: 56 years from 1970 with 14 leap days (1972..2024),
	 * then Jan..Oct 2026 (304 days) and 22 more. */
	assert_int_equal(day_from_civil(2026, 11, 23), 56 * 365 + 14 + 304 + 22);
}

/* Walks the calendar naively from 1 March -800 to 31 December 2800 and
 * checks both conversions at every day. */
static void
civil_round_trip_matches_naive_walk(void **state)
{
	int y = -800, m = 3, d = 1;
	int32_t day = day_from_civil(y, m, d);
	long checked = 0, leapdays = 0;

	(void)state;
	for (;;) {
		int yy, mm, dd;

		assert_int_equal(day_from_civil(y, m, d), day);
		civil_from_day(day, &yy, &mm, &dd);
		if (yy != y || mm != m || dd != d)
			fail_msg("day %d: got %d-%d-%d, want %d-%d-%d", (int)day, yy, mm,
				 dd, y, m, d);
		leapdays += m == 2 && d == 29;
		checked++;
		if (y == 2800 && m == 12 && d == 31)
			break;
		/* next civil day, naively */
		if (++d > naive_month_days(y, m)) {
			d = 1;
			if (++m > 12) {
				m = 1;
				y++;
			}
		}
		day++;
	}
	/* 3600 years hold 9 full 400-year cycles of 97 leap days each; the
	 * walk starts in March -800 so -800's own leap day is not in it, but
	 * 2800's is. */
	assert_int_equal(leapdays, 9 * 97);
	assert_true(checked > 1000000);
}

static void
leap_days_and_century_years(void **state)
{
	int y, m, d;

	(void)state;
	/* 2000 is a leap year (divisible by 400), 1900 and 2100 are not. */
	assert_int_equal(day_from_civil(2000, 3, 1) - day_from_civil(2000, 2, 28), 2);
	assert_int_equal(day_from_civil(1900, 3, 1) - day_from_civil(1900, 2, 28), 1);
	assert_int_equal(day_from_civil(2100, 3, 1) - day_from_civil(2100, 2, 28), 1);
	assert_int_equal(day_from_civil(2024, 3, 1) - day_from_civil(2024, 2, 28), 2);
	civil_from_day(day_from_civil(2024, 2, 29), &y, &m, &d);
	assert_int_equal(y, 2024);
	assert_int_equal(m, 2);
	assert_int_equal(d, 29);
	civil_from_day(day_from_civil(2024, 2, 29) + 1, &y, &m, &d);
	assert_int_equal(m, 3);
	assert_int_equal(d, 1);
	/* a year's length */
	assert_int_equal(day_from_civil(2025, 1, 1) - day_from_civil(2024, 1, 1), 366);
	assert_int_equal(day_from_civil(2026, 1, 1) - day_from_civil(2025, 1, 1), 365);
}

/* ---- weekdays ---------------------------------------------------------- */

static void
weekday_of_known_dates(void **state)
{
	(void)state;
	assert_int_equal(day_weekday(day_from_civil(2026, 11, 23)), 0); /* Monday */
	assert_int_equal(day_weekday(day_from_civil(2026, 11, 29)), 6); /* Sunday */
	assert_int_equal(day_weekday(day_from_civil(1970, 1, 1)), 3);   /* Thursday */
	assert_int_equal(day_weekday(day_from_civil(2000, 1, 1)), 5);   /* Saturday */
	assert_int_equal(day_weekday(day_from_civil(2000, 2, 29)), 1);  /* Tuesday */
	assert_int_equal(day_weekday(day_from_civil(2024, 2, 29)), 3);  /* Thursday */
	/* before 1970: negative day numbers */
	assert_int_equal(day_weekday(day_from_civil(1969, 12, 29)), 0); /* Monday */
	assert_int_equal(day_weekday(day_from_civil(1969, 12, 28)), 6); /* Sunday */
	assert_int_equal(day_weekday(day_from_civil(1900, 1, 1)), 0);   /* Monday */
}

static void
weekday_cycles_by_one(void **state)
{
	(void)state;
	for (int32_t day = -100000; day < 100000; day++) {
		int w = day_weekday(day);
		assert_in_range(w, 0, 6);
		assert_int_equal(day_weekday(day + 1), (w + 1) % 7);
	}
}

/* ---- date_parse, datetime_parse --------------------------------------- */

static void
date_parse_accepts_valid_dates(void **state)
{
	int32_t day = 0;

	(void)state;
	assert_int_equal(date_parse(&day, "2026-11-23"), 0);
	assert_int_equal(day, day_from_civil(2026, 11, 23));
	assert_int_equal(date_parse(&day, "2024-02-29"), 0);
	assert_int_equal(day, day_from_civil(2024, 2, 29));
	assert_int_equal(date_parse(&day, "2000-02-29"), 0);
	assert_int_equal(day, day_from_civil(2000, 2, 29));
	assert_int_equal(date_parse(&day, "1970-01-01"), 0);
	assert_int_equal(day, 0);
	assert_int_equal(date_parse(&day, "2026-12-31"), 0);
	assert_int_equal(day, day_from_civil(2026, 12, 31));
	assert_int_equal(date_parse(&day, "2026-04-30"), 0);
	assert_int_equal(day, day_from_civil(2026, 4, 30));
}

static void
date_parse_rejects_invalid_dates(void **state)
{
	static const char *const bad[] = {
		"2026-02-29", /* 2026 is not a leap year */
		"2100-02-29", /* century, not divisible by 400 */
		"2026-02-30", "2026-04-31", "2026-06-31", "2026-09-31", "2026-11-31",
		"2026-01-32", "2026-13-01", "2026-00-10", "2026-01-00",
		"", "2026", "2026-1-01", "2026-01-1", "26-01-01", "2026-01-011",
		"2026/01/01", " 2026-01-01", "2026-01-01 ", "2026-01-01T10:00",
		"abcd-ef-gh", "2026-0a-01", "+026-01-01",
	};
	int32_t day;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (date_parse(&day, bad[i]) == 0)
			fail_msg("date_parse accepted '%s'", bad[i]);
	/* Why: no such day, a year talus does not take, or not a date. */
	assert_int_equal(date_parse(&day, "2026-02-29"), DATE_ENODAY);
	assert_int_equal(date_parse(&day, "2026-04-31"), DATE_ENODAY);
	assert_int_equal(date_parse(&day, "2026-13-01"), DATE_ENODAY);
	assert_int_equal(date_parse(&day, "2026-01-00"), DATE_ENODAY);
	assert_int_equal(date_parse(&day, "1899-12-31"), DATE_ERANGE);
	assert_int_equal(date_parse(&day, "2201-01-01"), DATE_ERANGE);
	assert_int_equal(date_parse(&day, "1900-01-01"), 0);
	assert_int_equal(date_parse(&day, "2200-12-31"), 0);
	assert_int_equal(date_parse(&day, "2026-1-01"), DATE_EFORMAT);
	assert_int_equal(date_parse(&day, "2026-01-01T10:00"), DATE_EFORMAT);
}

static void
datetime_parse_with_and_without_time(void **state)
{
	int32_t day = 0;
	int sec = 0;

	(void)state;
	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23"), 0);
	assert_int_equal(day, day_from_civil(2026, 11, 23));
	assert_int_equal(sec, -1);
	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23T07:30"), 0);
	assert_int_equal(day, day_from_civil(2026, 11, 23));
	assert_int_equal(sec, 7 * 3600 + 30 * 60);
	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23 07:30:15"), 0);
	assert_int_equal(sec, 7 * 3600 + 30 * 60 + 15);
	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23T00:00"), 0);
	assert_int_equal(sec, 0);
	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23T23:59:59"), 0);
	assert_int_equal(sec, 86399);

	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23T24:00"), -1);
	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23T07:60"), -1);
	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23T7:30"), -1);
	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23T07:30Z"), -1);
	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23X07:30"), -1);
	assert_int_equal(datetime_parse(&day, &sec, "2026-11-23T"), -1);
	assert_int_equal(datetime_parse(&day, &sec, "2026-02-29T07:30"), DATE_ENODAY);
	assert_int_equal(datetime_parse(&day, &sec, "2026-02-29T7:30"), DATE_EFORMAT);
}

/* ---- ISO 8601 timestamps ----------------------------------------------- */

#define BASE_2026_11_23 ((int64_t)day_from_civil(2026, 11, 23) * 86400)

static void
iso8601_utc_and_offsets(void **state)
{
	int64_t utc = 0;
	int off = 1, has = 0;

	(void)state;
	assert_int_equal(iso8601_parse(&utc, &off, &has, "2026-11-23T10:00:00Z"), 0);
	assert_true(utc == BASE_2026_11_23 + 36000);
	assert_int_equal(off, 0);
	assert_int_equal(has, 1);

	/* 10:00 at +02:00 is 08:00 UTC */
	assert_int_equal(iso8601_parse(&utc, &off, &has, "2026-11-23T10:00:00+02:00"), 0);
	assert_true(utc == BASE_2026_11_23 + 8 * 3600);
	assert_int_equal(off, 7200);
	assert_int_equal(has, 1);

	/* 10:00 at -05:30 is 15:30 UTC */
	assert_int_equal(iso8601_parse(&utc, &off, &has, "2026-11-23T10:00:00-0530"), 0);
	assert_true(utc == BASE_2026_11_23 + 15 * 3600 + 30 * 60);
	assert_int_equal(off, -(5 * 3600 + 30 * 60));
	assert_int_equal(has, 1);

	assert_int_equal(iso8601_parse(&utc, &off, &has, "2026-11-23T10:00:00-05:30"), 0);
	assert_true(utc == BASE_2026_11_23 + 15 * 3600 + 30 * 60);

	/* no zone: taken as UTC, has_offset 0 */
	assert_int_equal(iso8601_parse(&utc, &off, &has, "2026-11-23T10:00:00"), 0);
	assert_true(utc == BASE_2026_11_23 + 36000);
	assert_int_equal(off, 0);
	assert_int_equal(has, 0);
}

static void
iso8601_fractions_round_down(void **state)
{
	int64_t utc = 0;
	int off, has;

	(void)state;
	assert_int_equal(iso8601_parse(&utc, &off, &has, "2026-11-23T10:00:05.999Z"), 0);
	assert_true(utc == BASE_2026_11_23 + 36005);
	assert_int_equal(iso8601_parse(&utc, &off, &has, "2026-11-23T10:00:05.1+02:00"), 0);
	assert_true(utc == BASE_2026_11_23 + 36005 - 7200);
	assert_int_equal(off, 7200);
	assert_int_equal(iso8601_parse(&utc, &off, &has, "2026-11-23T10:00:05.000001"), 0);
	assert_true(utc == BASE_2026_11_23 + 36005);
	assert_int_equal(has, 0);
}

static void
iso8601_offset_crosses_midnight(void **state)
{
	int64_t utc = 0;
	int off, has;

	(void)state;
	/* 01:00 on the 23rd at +02:00 is 23:00 UTC on the 22nd */
	assert_int_equal(iso8601_parse(&utc, &off, &has, "2026-11-23T01:00:00+02:00"), 0);
	assert_int_equal(day_from_utc(utc, 0), day_from_civil(2026, 11, 22));
	assert_int_equal(day_from_utc(utc, off), day_from_civil(2026, 11, 23));
	/* 22:00 on the 23rd at -05:00 is 03:00 UTC on the 24th */
	assert_int_equal(iso8601_parse(&utc, &off, &has, "2026-11-23T22:00:00-05:00"), 0);
	assert_int_equal(day_from_utc(utc, 0), day_from_civil(2026, 11, 24));
	assert_int_equal(day_from_utc(utc, off), day_from_civil(2026, 11, 23));
}

static void
iso8601_rejects_malformed(void **state)
{
	static const char *const bad[] = {
		"2026-11-23",                 /* no time */
		"2026-11-23T10:00Z",          /* seconds are required */
		"2026-11-23T10:00:00.Z",      /* empty fraction */
		"2026-11-23T10:00:00+2:00",   /* one-digit hour offset */
		"2026-11-23T10:00:00+19:00",  /* offset beyond 18 h */
		"2026-11-23T10:00:00+02:60",  /* offset minutes */
		"2026-11-23T10:00:00Zjunk",
		"2026-11-23T10:00:00 x",
		"2026-11-23T25:00:00Z",
		"2026-11-23T10:61:00Z",
		"2026-02-29T10:00:00Z",
		"2026-11-23X10:00:00Z",
		"",
	};
	int64_t utc;
	int off, has;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (iso8601_parse(&utc, &off, &has, bad[i]) != -1)
			fail_msg("iso8601_parse accepted '%s'", bad[i]);
}

/* ---- formatting -------------------------------------------------------- */

static void
date_format_known_days(void **state)
{
	char buf[11];

	(void)state;
	assert_string_equal(date_format(buf, 0), "1970-01-01");
	assert_string_equal(date_format(buf, -1), "1969-12-31");
	assert_string_equal(date_format(buf, day_from_civil(2026, 11, 23)), "2026-11-23");
	assert_string_equal(date_format(buf, day_from_civil(2024, 2, 29)), "2024-02-29");
}

static void
date_format_parse_round_trip(void **state)
{
	char buf[11];
	int32_t from = day_from_civil(1900, 1, 1), to = day_from_civil(2200, 12, 31);

	(void)state;
	for (int32_t day = from; day <= to; day++) {
		int32_t back = 0;
		date_format(buf, day);
		assert_int_equal(date_parse(&back, buf), 0);
		assert_int_equal(back, day);
	}
}

static void
utc_format_and_day_from_utc(void **state)
{
	char buf[21];

	(void)state;
	assert_string_equal(utc_format(buf, 0), "1970-01-01T00:00:00Z");
	assert_string_equal(utc_format(buf, -1), "1969-12-31T23:59:59Z");
	assert_string_equal(utc_format(buf, BASE_2026_11_23 + 36000 + 61),
			    "2026-11-23T10:01:01Z");

	/* floor division, also below zero */
	assert_int_equal(day_from_utc(0, 0), 0);
	assert_int_equal(day_from_utc(86399, 0), 0);
	assert_int_equal(day_from_utc(86400, 0), 1);
	assert_int_equal(day_from_utc(-1, 0), -1);
	assert_int_equal(day_from_utc(-86400, 0), -1);
	assert_int_equal(day_from_utc(-86401, 0), -2);
	assert_int_equal(day_from_utc(82800, 3600), 1);  /* 23:00Z at +01:00 */
	assert_int_equal(day_from_utc(3600, -7200), -1); /* 01:00Z at -02:00 */
}

static void
utc_format_parse_round_trip(void **state)
{
	uint64_t x = 0x9e3779b97f4a7c15u;
	char buf[21];

	(void)state;
	for (int i = 0; i < 20000; i++) {
		int64_t t, back = 0;
		int off, has;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		/* 1900 .. 2199 */
		t = (int64_t)day_from_civil(1900, 1, 1) * 86400 +
		    (int64_t)(x % ((uint64_t)300 * 365 * 86400));
		utc_format(buf, t);
		assert_int_equal(iso8601_parse(&back, &off, &has, buf), 0);
		assert_true(back == t);
		assert_int_equal(has, 1);
		assert_int_equal(off, 0);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(epoch_and_known_days),
		cmocka_unit_test(civil_round_trip_matches_naive_walk),
		cmocka_unit_test(leap_days_and_century_years),
		cmocka_unit_test(weekday_of_known_dates),
		cmocka_unit_test(weekday_cycles_by_one),
		cmocka_unit_test(date_parse_accepts_valid_dates),
		cmocka_unit_test(date_parse_rejects_invalid_dates),
		cmocka_unit_test(datetime_parse_with_and_without_time),
		cmocka_unit_test(iso8601_utc_and_offsets),
		cmocka_unit_test(iso8601_fractions_round_down),
		cmocka_unit_test(iso8601_offset_crosses_midnight),
		cmocka_unit_test(iso8601_rejects_malformed),
		cmocka_unit_test(date_format_known_days),
		cmocka_unit_test(date_format_parse_round_trip),
		cmocka_unit_test(utc_format_and_day_from_utc),
		cmocka_unit_test(utc_format_parse_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
