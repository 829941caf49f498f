/* test_insights.c - the insights on both sides of each threshold: a
 * group shown from INSIGHTS_MIN_N runs followed by a log, pain counted
 * from INSIGHTS_PAIN, the week's change and the run's length in their
 * bands (exactly +10% is in 10-30%), the shoe's wear against S1, and a
 * run of today never followed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "core/insights.h"

static const struct insight_group *
find(const struct insights *in, enum insight_dim d, const char *label)
{
	for (int i = 0; i < in->t[d].n; i++)
		if (!strcmp(in->t[d].g[i].label, label))
			return &in->t[d].g[i];
	return NULL;
}

static struct ankle_log
log_on(int32_t day, int pain)
{
	struct ankle_log l;

	ankle_log_init(&l);
	l.day = day;
	l.side = SIDE_LEFT;
	l.pain = pain;
	return l;
}

static void
shown_from_min_runs(void **state)
{
	struct insight_run runs[6];
	struct ankle_log logs[6];
	int pains[] = { 4, 3, 0, 4, 10 };
	struct insights out;
	const struct insight_group *g;

	(void)state;
	for (int i = 0; i < 5; i++) {
		runs[i] = (struct insight_run){ i + 1, 1000 + 2 * i, 5000, 0, SURFACE_UNKNOWN };
		logs[i] = log_on(1000 + 2 * i + 1, pains[i]);
	}
	struct insight_input in = { 1100, runs, 5, logs, 4, NULL, 0 };
	insights_compute(&out, &in);
	g = find(&out, INS_SURFACE, "not recorded");
	assert_non_null(g);
	assert_int_equal(g->runs, 5);
	assert_int_equal(g->followed, 4);
	assert_false(g->shown);
	in.nlogs = 5;
	insights_compute(&out, &in);
	g = find(&out, INS_SURFACE, "not recorded");
	assert_int_equal(g->followed, INSIGHTS_MIN_N);
	assert_true(g->shown);
	assert_int_equal(g->painful, 3); /* 4, 4 and 10; not 3 */
	assert_true(fabs(g->mean_pain - 4.2) < 1e-9);
	assert_int_equal(out.runs, 5);
	assert_int_equal(out.followed, 5);
	assert_int_equal(find(&out, INS_SHOE, "no shoe recorded")->runs, 5);
}

static void
change_and_length_bands(void **state)
{
	struct insight_run runs[] = {
		{ 1, 2000, 10000, 0, SURFACE_ROAD },
		{ 2, 2007, 11000, 0, SURFACE_ROAD },   /* +10% week, +10% run */
		{ 3, 2014, 13000, 0, SURFACE_TRAIL },  /* +18% week, +18% run */
		{ 4, 2021, 16920, 0, SURFACE_TRAIL },  /* +30.2% week, +30.2% run */
		{ 5, 2028, 16920, 0, SURFACE_TRAIL },  /* 0% week, not longer */
	};
	struct insights out;
	struct insight_input in = { 2100, runs, 5, NULL, 0, NULL, 0 };

	(void)state;
	insights_compute(&out, &in);
	assert_int_equal(find(&out, INS_CHANGE, "no run in the 7 days before")->runs, 1);
	assert_int_equal(find(&out, INS_CHANGE, "+10% to +30%")->runs, 2);
	assert_int_equal(find(&out, INS_CHANGE, "more than +30%")->runs, 1);
	assert_int_equal(find(&out, INS_CHANGE, "less than +10% (or less distance)")->runs, 1);
	assert_int_equal(find(&out, INS_LENGTH, "no run in the 30 days before")->runs, 1);
	assert_int_equal(find(&out, INS_LENGTH, "up to 10% longer")->runs, 1);
	assert_int_equal(find(&out, INS_LENGTH, "10% to 30% longer")->runs, 1);
	assert_int_equal(find(&out, INS_LENGTH, "more than 30% longer")->runs, 1);
	assert_int_equal(find(&out, INS_LENGTH, "not longer")->runs, 1);
	assert_int_equal(find(&out, INS_SURFACE, "road")->runs, 2);
	assert_int_equal(find(&out, INS_SURFACE, "trail")->runs, 3);
	for (int t = 0; t < INS__N; t++)
		for (int i = 0; i < out.t[t].n; i++)
			assert_false(out.t[t].g[i].shown); /* no logs: nothing shown */
}

static void
shoe_wear_against_s1(void **state)
{
	struct shoe sh = { 0 };
	struct insight_run runs[] = {
		{ 1, 3000, 9000, 7, SURFACE_ROAD },  /* 475 km before: before review */
		{ 2, 3002, 9000, 7, SURFACE_ROAD },  /* 484 km before: past review */
		{ 3, 3004, 9000, 7, SURFACE_ROAD },  /* 493 km before */
		{ 4, 3006, 9000, 0, SURFACE_ROAD },  /* no shoe */
	};
	struct ankle_log logs[] = { log_on(3001, 1), log_on(3003, 5) };
	struct insights out;

	(void)state;
	sh.id = 7;
	strcpy(sh.name, "Pegasus <b>");
	sh.initial_m = 475000;
	sh.review_m = 480000;
	sh.limit_m = 800000;
	struct insight_input in = { 3006, runs, 4, logs, 2, &sh, 1 };
	insights_compute(&out, &in);
	assert_int_equal(find(&out, INS_WEAR, "before its review distance")->runs, 1);
	assert_int_equal(find(&out, INS_WEAR, "between review and replace")->runs, 2);
	assert_int_equal(find(&out, INS_WEAR, "past its replace distance")->runs, 0);
	assert_int_equal(find(&out, INS_SHOE, "Pegasus <b>")->runs, 3);
	assert_int_equal(find(&out, INS_SHOE, "Pegasus <b>")->followed, 2);
	assert_int_equal(find(&out, INS_SHOE, "Pegasus <b>")->painful, 1);
	assert_int_equal(find(&out, INS_SHOE, "no shoe recorded")->runs, 1);
	/* the run of today has no next day yet */
	assert_int_equal(find(&out, INS_SHOE, "no shoe recorded")->followed, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(shown_from_min_runs),
		cmocka_unit_test(change_and_length_bands),
		cmocka_unit_test(shoe_wear_against_s1),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
