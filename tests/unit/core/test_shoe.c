/* test_shoe.c - shoe wear alerts (core/shoe.h, EVIDENCE.md S1 and S2).
 *
 * S1: review at 480 km, replace at 800 km (a convention), unless the shoe
 * sets its own distances; only active shoes. S2: suggest a rotation when
 * fewer than two active shoes and the runner ran in the last 28 days. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/shoe.h"

static struct shoe
mkshoe(int64_t id, const char *name, double used_km)
{
	struct shoe s;

	memset(&s, 0, sizeof(s));
	s.id = id;
	snprintf(s.name, sizeof(s.name), "%s", name);
	s.review_m = SHOE_REVIEW_M;
	s.limit_m = SHOE_LIMIT_M;
	s.since_day = INT32_MIN;
	s.used_m = used_km * 1000.0;
	return s;
}

/* Alerts for one shoe, with another fresh shoe beside it so that S2 stays
 * quiet. */
static size_t
alerts_for(struct shoe_alert *out, size_t max, struct shoe s)
{
	struct shoe pair[2];

	pair[0] = s;
	pair[1] = mkshoe(99, "fresh", 10);
	return shoe_alerts(out, max, pair, 2, 1, UNITS_KM);
}

/* ---- S1 ---------------------------------------------------------------- */

static void
s1_default_thresholds(void **state)
{
	struct shoe_alert a[4];

	(void)state;
	assert_true(SHOE_REVIEW_M == 480000.0);
	assert_true(SHOE_LIMIT_M == 800000.0);

	assert_int_equal(alerts_for(a, 4, mkshoe(1, "Pegasus", 479.9)), 0);

	assert_int_equal(alerts_for(a, 4, mkshoe(1, "Pegasus", 480.0)), 1);
	assert_string_equal(a[0].rule, "S1");
	assert_int_equal(a[0].level, LEVEL_CAUTION);
	assert_true(a[0].shoe_id == 1);
	assert_string_equal(a[0].shoe, "Pegasus");
	assert_true(a[0].used_m == 480000.0);
	assert_non_null(strstr(a[0].message, "Pegasus"));

	assert_int_equal(alerts_for(a, 4, mkshoe(1, "Pegasus", 799.9)), 1);
	assert_int_equal(a[0].level, LEVEL_CAUTION);

	assert_int_equal(alerts_for(a, 4, mkshoe(1, "Pegasus", 800.0)), 1);
	assert_string_equal(a[0].rule, "S1");
	assert_int_equal(a[0].level, LEVEL_WARN);
	assert_true(a[0].used_m == 800000.0);

	assert_int_equal(alerts_for(a, 4, mkshoe(1, "Pegasus", 1500.0)), 1);
	assert_int_equal(a[0].level, LEVEL_WARN);
}

static void
s1_shoe_sets_its_own_distances(void **state)
{
	struct shoe_alert a[4];
	struct shoe s;

	(void)state;
	/* a racing flat: review at 300 km, replace at 500 km */
	s = mkshoe(2, "flat", 299.9);
	s.review_m = 300000;
	s.limit_m = 500000;
	assert_int_equal(alerts_for(a, 4, s), 0);
	s.used_m = 300000;
	assert_int_equal(alerts_for(a, 4, s), 1);
	assert_int_equal(a[0].level, LEVEL_CAUTION);
	s.used_m = 499999.9;
	assert_int_equal(alerts_for(a, 4, s), 1);
	assert_int_equal(a[0].level, LEVEL_CAUTION);
	s.used_m = 500000;
	assert_int_equal(alerts_for(a, 4, s), 1);
	assert_int_equal(a[0].level, LEVEL_WARN);

	/* a sturdy trainer: review at 700 km, replace at 1000 km; the 480 and
	 * 800 km defaults no longer apply */
	s = mkshoe(3, "trainer", 600);
	s.review_m = 700000;
	s.limit_m = 1000000;
	assert_int_equal(alerts_for(a, 4, s), 0);
	s.used_m = 850000;
	assert_int_equal(alerts_for(a, 4, s), 1);
	assert_int_equal(a[0].level, LEVEL_CAUTION);
	s.used_m = 1000000;
	assert_int_equal(alerts_for(a, 4, s), 1);
	assert_int_equal(a[0].level, LEVEL_WARN);
}

static void
s1_retired_shoes_are_silent(void **state)
{
	struct shoe_alert a[4];
	struct shoe s[3];

	(void)state;
	s[0] = mkshoe(1, "old", 1200);
	s[0].retired = 1;
	s[1] = mkshoe(2, "a", 100);
	s[2] = mkshoe(3, "b", 100);
	assert_int_equal(shoe_alerts(a, 4, s, 3, 1, UNITS_KM), 0);
}

static void
s1_every_worn_shoe_in_order(void **state)
{
	struct shoe_alert a[4];
	struct shoe s[4];

	(void)state;
	s[0] = mkshoe(1, "one", 900);
	s[1] = mkshoe(2, "two", 100);
	s[2] = mkshoe(3, "three", 500);
	s[3] = mkshoe(4, "four", 480);
	assert_int_equal(shoe_alerts(a, 4, s, 4, 1, UNITS_KM), 3);
	assert_true(a[0].shoe_id == 1);
	assert_int_equal(a[0].level, LEVEL_WARN);
	assert_true(a[1].shoe_id == 3);
	assert_int_equal(a[1].level, LEVEL_CAUTION);
	assert_true(a[2].shoe_id == 4);
	assert_int_equal(a[2].level, LEVEL_CAUTION);
}

static void
s1_message_in_athlete_units(void **state)
{
	struct shoe_alert a[2];
	struct shoe s[2];

	(void)state;
	s[0] = mkshoe(1, "Pegasus", 800);
	s[1] = mkshoe(2, "b", 1);
	assert_int_equal(shoe_alerts(a, 2, s, 2, 0, UNITS_MI), 1);
	/* 800 km = 497.1 mi */
	assert_non_null(strstr(a[0].message, "497.1 mi"));
	assert_int_equal(shoe_alerts(a, 2, s, 2, 0, UNITS_KM), 1);
	assert_non_null(strstr(a[0].message, "800.0 km"));
}

/* ---- S2 ---------------------------------------------------------------- */

static void
s2_rotation_needs_two_active_shoes(void **state)
{
	struct shoe_alert a[4];
	struct shoe s[3];

	(void)state;
	/* no shoes, ran recently */
	assert_int_equal(shoe_alerts(a, 4, NULL, 0, 1, UNITS_KM), 1);
	assert_string_equal(a[0].rule, "S2");
	assert_int_equal(a[0].level, LEVEL_INFO);
	assert_true(a[0].shoe_id == 0);
	assert_string_equal(a[0].shoe, "");

	/* one shoe, ran recently */
	s[0] = mkshoe(1, "only", 100);
	assert_int_equal(shoe_alerts(a, 4, s, 1, 1, UNITS_KM), 1);
	assert_string_equal(a[0].rule, "S2");
	assert_int_equal(a[0].level, LEVEL_INFO);

	/* two shoes, ran recently */
	s[1] = mkshoe(2, "second", 100);
	assert_int_equal(shoe_alerts(a, 4, s, 2, 1, UNITS_KM), 0);

	/* two shoes of which one retired: one active */
	s[1].retired = 1;
	assert_int_equal(shoe_alerts(a, 4, s, 2, 1, UNITS_KM), 1);
	assert_string_equal(a[0].rule, "S2");

	/* three with one retired: two active */
	s[2] = mkshoe(3, "third", 100);
	assert_int_equal(shoe_alerts(a, 4, s, 3, 1, UNITS_KM), 0);
}

static void
s2_needs_recent_running(void **state)
{
	struct shoe_alert a[4];
	struct shoe s = mkshoe(1, "only", 100);

	(void)state;
	assert_int_equal(shoe_alerts(a, 4, NULL, 0, 0, UNITS_KM), 0);
	assert_int_equal(shoe_alerts(a, 4, &s, 1, 0, UNITS_KM), 0);
}

static void
s1_and_s2_together(void **state)
{
	struct shoe_alert a[4];
	struct shoe s = mkshoe(7, "only", 820);

	(void)state;
	assert_int_equal(shoe_alerts(a, 4, &s, 1, 1, UNITS_KM), 2);
	assert_string_equal(a[0].rule, "S1");
	assert_int_equal(a[0].level, LEVEL_WARN);
	assert_true(a[0].shoe_id == 7);
	assert_string_equal(a[1].rule, "S2");
	assert_int_equal(a[1].level, LEVEL_INFO);
}

/* ---- the output bound -------------------------------------------------- */

static void
alerts_respect_max(void **state)
{
	struct shoe_alert a[3];
	struct shoe s[3];

	(void)state;
	memset(a, 0x5a, sizeof(a));
	s[0] = mkshoe(1, "a", 900);
	s[1] = mkshoe(2, "b", 900);
	s[2] = mkshoe(3, "c", 900);
	assert_int_equal(shoe_alerts(a, 2, s, 3, 1, UNITS_KM), 2);
	assert_true(a[0].shoe_id == 1);
	assert_true(a[1].shoe_id == 2);
	/* a[2] untouched */
	for (size_t i = 0; i < sizeof(a[2]); i++)
		assert_int_equal(((unsigned char *)&a[2])[i], 0x5a);

	/* S2 also respects the bound */
	assert_int_equal(shoe_alerts(a, 1, s, 1, 1, UNITS_KM), 1);
	assert_string_equal(a[0].rule, "S1");
	assert_int_equal(shoe_alerts(a, 0, s, 1, 1, UNITS_KM), 0);
}

static void
support_names_round_trip(void **state)
{
	enum shoe_support sup = SUPPORT_UNKNOWN;

	(void)state;
	assert_string_equal(shoe_support_name(SUPPORT_UNKNOWN), "");
	for (int i = SUPPORT_NEUTRAL; i <= SUPPORT_MOTION_CONTROL; i++) {
		const char *n = shoe_support_name((enum shoe_support)i);
		assert_true(n[0] != '\0');
		assert_int_equal(shoe_support_parse(&sup, n), 0);
		assert_int_equal(sup, i);
	}
	assert_string_equal(shoe_support_name(SUPPORT_NEUTRAL), "neutral");
	assert_string_equal(shoe_support_name(SUPPORT_STABILITY), "stability");
	assert_string_equal(shoe_support_name(SUPPORT_MOTION_CONTROL), "motion-control");
	assert_int_equal(shoe_support_parse(&sup, ""), -1);
	assert_int_equal(shoe_support_parse(&sup, "max"), -1);
	assert_int_equal(shoe_support_parse(&sup, "Neutral"), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(s1_default_thresholds),
		cmocka_unit_test(s1_shoe_sets_its_own_distances),
		cmocka_unit_test(s1_retired_shoes_are_silent),
		cmocka_unit_test(s1_every_worn_shoe_in_order),
		cmocka_unit_test(s1_message_in_athlete_units),
		cmocka_unit_test(s2_rotation_needs_two_active_shoes),
		cmocka_unit_test(s2_needs_recent_running),
		cmocka_unit_test(s1_and_s2_together),
		cmocka_unit_test(alerts_respect_max),
		cmocka_unit_test(support_names_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
