/* test_plan.c - the mileage build-up: worked cases, checked with a small
 * checker of their own (no run a spike against its own prior 30 days, at
 * most +10% a week, the week after a cutback included, cutbacks every 4th
 * week 20-30% down), and each threshold on both sides: L1 bands, the L2
 * walk-run start, the mile-a-week floor, the walk-run's 3 runs a week,
 * the target's 500 m a run, the 1 km slot and the cutback that can be
 * climbed back. test_plan_random.c checks thousands of random plans. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/plan.h"
#include "core/recover.h"
#include "util/date.h"

/* A Monday. */
#define MON 20101 /* 2025-01-13 */
#define SLACK (3 * PLAN_ROUND_M) /* rounding: up to 100 m per run */

static void
spike_bands_both_sides(void **state)
{
	(void)state;
	assert_int_equal(plan_spike_band(11000, 10000), SPIKE_NONE);
	assert_int_equal(plan_spike_band(11001, 10000), SPIKE_SMALL);
	assert_int_equal(plan_spike_band(13000, 10000), SPIKE_SMALL);
	assert_int_equal(plan_spike_band(13001, 10000), SPIKE_MODERATE);
	assert_int_equal(plan_spike_band(20000, 10000), SPIKE_MODERATE);
	assert_int_equal(plan_spike_band(20001, 10000), SPIKE_LARGE);
	assert_int_equal(plan_spike_band(1, 0), SPIKE_UNBOUNDED);
	assert_string_equal(plan_spike_band_str(SPIKE_SMALL), "small");
}

/* The runs of a steady runner: each week, 5 km on Tue and Thu and a long
 * run on Sun, for the 4 weeks before start. */
static size_t
steady_history(struct plan_past_run *out, int32_t start, double easy,
	       double lng)
{
	size_t n = 0;

	for (int w = 1; w <= 4; w++) {
		int32_t sun = start - 1 - 7 * (w - 1);

		out[n++] = (struct plan_past_run){ sun, lng };
		out[n++] = (struct plan_past_run){ sun - 3, easy };
		out[n++] = (struct plan_past_run){ sun - 5, easy };
	}
	return n;
}

static void
plan_in(struct plan_input *in, const struct plan_past_run *recent, size_t n,
	double target, int weeks)
{
	memset(in, 0, sizeof(*in));
	in->recent = recent;
	in->n_recent = n;
	in->target_week_m = target;
	in->weeks = weeks;
	in->start = MON;
	in->long_run_weekday = -1;
	in->runs_per_week = 0;
}

/* The independent check of L1: every run (but R3 sessions) is at most
 * 1.1 x the longest run of its own prior 30 days, the caller's recent runs
 * and the plan's earlier runs together. */
static void
check_no_spike(const struct plan *p, const struct plan_input *in)
{
	for (int i = 0; i < p->n_runs; i++) {
		const struct plan_run *r = &p->run[i];
		double m = 0;

		if (i)
			assert_true(r->day > p->run[i - 1].day);
		for (size_t k = 0; k < in->n_recent; k++)
			if (in->recent[k].day >= r->day - 30 &&
			    in->recent[k].day < r->day &&
			    in->recent[k].distance_m > m)
				m = in->recent[k].distance_m;
		for (int k = 0; k < i; k++)
			if (p->run[k].day >= r->day - 30 &&
			    p->run[k].distance_m > m)
				m = p->run[k].distance_m;
		if (r->walk_run_phase)
			continue;
		assert_true(m > 0);
		assert_true(r->lmax30_m == m);
		if (plan_spike_band(r->distance_m, m) != SPIKE_NONE)
			fail_msg("run on day %d: %.0f m against %.0f m",
				 (int)r->day, r->distance_m, m);
	}
}

/* The independent check of the weekly rules: every week at most 10%
 * over the one before, the week after a cutback included. */
static void
check_weeks(const struct plan *p, int first_build)
{
	for (int w = first_build; w <= p->n_weeks; w++) {
		const struct plan_week *wk = &p->week[w - 1];
		const struct plan_week *pv = w > 1 ? &p->week[w - 2] : NULL;
		int k = w - first_build + 1;

		assert_int_equal(wk->week, w);
		assert_int_equal(wk->start, p->start + 7 * (w - 1));
		assert_true(wk->distance_m <= p->target_week_m + 1e-9);
		if (!pv)
			continue;
		if (k % 4 == 0)
			assert_int_equal(wk->cutback, 1);
		if (wk->cutback) {
			/* 20-30% down. */
			assert_true(wk->distance_m <= 0.8 * pv->distance_m + 1e-6);
			assert_true(wk->distance_m >= 0.7 * pv->distance_m);
		}
		/* The 10% rule, after a cutback too. */
		assert_true(wk->distance_m <= 1.1 * pv->distance_m + 1e-6);
	}
}

static void
steady_runner_builds_to_target(void **state)
{
	struct plan_past_run hist[16];
	size_t n = steady_history(hist, MON, 5000, 8000);
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	plan_in(&in, hist, n, 30000, 40);
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_int_equal(p.walk_run_start, 0);
	assert_true(p.base_week_m == 18000);
	assert_true(p.lmax30_m == 8000);
	/* Week 1 starts from the 4-week mean, not above it. */
	assert_true(p.week[0].distance_m <= 18000);
	assert_true(p.week[0].distance_m >= 18000 - SLACK);
	check_no_spike(&p, &in);
	check_weeks(&p, 1);
	/* Every week: 3 runs, the long one on Sunday. */
	for (int w = 1; w <= p.n_weeks; w++) {
		int runs = 0, longs = 0;

		for (int i = 0; i < p.n_runs; i++) {
			if (p.run[i].week != w)
				continue;
			runs++;
			if (p.run[i].long_run) {
				longs++;
				assert_int_equal(day_weekday(p.run[i].day), 6);
				assert_true(p.run[i].distance_m ==
					    p.week[w - 1].long_run_m);
			}
		}
		assert_int_equal(runs, 3);
		assert_int_equal(longs, 1);
	}
	/* Reached, then held: a cutback and its climb back of 10% a week,
	 * to the target again. */
	assert_true(p.target_week > 1);
	assert_true(p.week[p.target_week - 1].distance_m == 30000);
	for (int w = p.target_week + 1; w <= p.n_weeks; w++)
		if (p.week[w - 1].distance_m < 30000)
			assert_true(p.week[w - 1].cutback || p.week[w - 2].distance_m < 30000);
	for (int w = p.target_week + 5; w <= p.n_weeks; w++) {
		/* At the target in each block of 4 after the first. */
		int top = 0;

		for (int k = w - 4; k < w; k++)
			top |= p.week[k].distance_m == 30000;
		assert_true(top);
	}
	assert_true(p.week[p.target_week - 2].distance_m < 30000);
}

static void
target_below_base_is_held(void **state)
{
	struct plan_past_run hist[16];
	size_t n = steady_history(hist, MON, 8000, 12000);
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	plan_in(&in, hist, n, 20000, 8);
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_int_equal(p.target_week, 1);
	for (int w = 1; w <= 8; w++)
		assert_true(p.week[w - 1].distance_m <= 20000);
	check_no_spike(&p, &in);
	check_weeks(&p, 1);
}

/* Many short runs: the long run is held to 1.1 x 3 km, and grows from
 * there week by week. */
static void
l1_caps_the_long_run(void **state)
{
	struct plan_past_run hist[28];
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	for (int i = 0; i < 28; i++)
		hist[i] = (struct plan_past_run){ MON - 1 - i, 3000 };
	plan_in(&in, hist, 28, 25000, 6);
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_true(p.base_week_m == 21000);
	/* The first run (Tuesday) may be 1.1 x 3 km; each later run leans
	 * on the ones before it, never on the weekly level (8.6 km for the
	 * long run). */
	assert_true(p.run[0].distance_m == 3300);
	for (int i = 0; i < 3; i++) {
		assert_true(p.run[i].distance_m ==
			    floor(1.1 * p.run[i].lmax30_m / 100) * 100);
		assert_true(p.run[i].distance_m < 21000 / 3.5);
	}
	assert_true(p.week[0].long_run_m < 4000);
	assert_true(p.week[0].distance_m < 21000 - SLACK);
	check_no_spike(&p, &in);
	check_weeks(&p, 1);
}

/* The prior longest run leaves the 30-day window during week 1: the long
 * run on Sunday may not lean on it. */
static void
l1_window_moves_with_the_run(void **state)
{
	struct plan_past_run hist[8];
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;
	const struct plan_run *sun;

	(void)state;
	hist[0] = (struct plan_past_run){ MON - 26, 12000 };
	for (int i = 1; i < 8; i++)
		hist[i] = (struct plan_past_run){ MON - 3 * i, 4000 };
	plan_in(&in, hist, 8, 40000, 4);
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_true(p.lmax30_m == 12000);
	sun = plan_run_on(&p, MON + 6);
	assert_non_null(sun);
	assert_true(sun->long_run);
	/* Day MON+6 looks back to MON-24: the 12 km run is gone. */
	assert_true(sun->lmax30_m == 4000);
	assert_true(sun->distance_m <= 4400);
	check_no_spike(&p, &in);
	/* With the 12 km run 2 days later, it still counts on Sunday. */
	hist[0].day = MON - 24;
	assert_int_equal(plan_build(&p, &in, &err), 0);
	sun = plan_run_on(&p, MON + 6);
	assert_true(sun->lmax30_m == 12000);
	check_no_spike(&p, &in);
}

static void
check_walk_run(const struct plan *p, const struct plan_input *in)
{
	int n = p->runs_per_week, i = 0, weeks = 12 / n;

	assert_int_equal(p->walk_run_start, 1);
	assert_int_equal(p->walk_run_weeks, weeks);
	/* R3: two sessions per phase, as listed, on the week's run days (n a
	 * week), a rest day between. */
	for (int ph = 1; ph <= 6; ph++)
		for (int s = 0; s < 2; s++, i++) {
			assert_int_equal(p->run[i].walk_run_phase, ph);
			assert_int_equal(p->run[i].week, i / n + 1);
			if (i)
				assert_true(p->run[i].day - p->run[i - 1].day >= 2);
			assert_true(p->run[i].distance_m ==
				    recover_phase_get(ph)->distance_m);
		}
	for (int w = 1; w <= p->n_weeks; w++) {
		assert_int_equal(p->week[w - 1].walk_run, w <= weeks);
		assert_int_equal(p->week[w - 1].runs, n);
	}
	/* The first build week grows at most 10% from the last R3 week. */
	assert_true(p->week[weeks].distance_m <= 1.1 * p->week[weeks - 1].distance_m + 1e-6);
	/* The first run after R3 leans on the 2-mile phase-6 runs. */
	assert_int_equal(p->run[12].walk_run_phase, 0);
	assert_int_equal(p->run[11].walk_run_phase, 6);
	assert_true(p->run[12].distance_m <= 1.1 * 2.0 * RECOVER_MILE_M);
	check_no_spike(p, in);
	check_weeks(p, weeks + 1);
}

static void
no_recent_run_starts_with_walk_run(void **state)
{
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	plan_in(&in, NULL, 0, 25000, 16);
	assert_int_equal(plan_build(&p, &in, &err), 0);
	check_walk_run(&p, &in);
}

/* L2 on both sides: the first build run (Thursday, MON+3, with 2 runs a
 * week and the long run on Sunday) must have a run in its own prior 30
 * days. */
static void
l2_boundary(void **state)
{
	struct plan_past_run hist[1];
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	hist[0] = (struct plan_past_run){ MON - 27, 10000 };
	plan_in(&in, hist, 1, 20000, 8);
	in.runs_per_week = 2;
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_int_equal(p.run[0].day, MON + 3);
	assert_int_equal(p.walk_run_start, 0);
	check_no_spike(&p, &in);
	hist[0].day = MON - 28; /* in the 4-week mean, not in Thursday's 30 */
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_true(p.base_week_m == 2500);
	check_walk_run(&p, &in);
}

/* Design choice: under a mile a week on average is treated as none. */
static void
mile_a_week_floor(void **state)
{
	struct plan_past_run hist[1];
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	hist[0] = (struct plan_past_run){ MON - 2, 6437 }; /* 1609.25 a week */
	plan_in(&in, hist, 1, 20000, 8);
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_int_equal(p.walk_run_start, 1);
	hist[0].distance_m = 6438; /* 1609.5 a week */
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_int_equal(p.walk_run_start, 0);
	check_no_spike(&p, &in);
}

static void
runs_per_week_and_weekdays(void **state)
{
	struct plan_past_run hist[16];
	size_t n = steady_history(hist, MON, 5000, 8000);
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	for (int rpw = 1; rpw <= 6; rpw++) {
		plan_in(&in, hist, n, 30000, 8);
		in.runs_per_week = rpw;
		in.long_run_weekday = 5; /* Saturday */
		assert_int_equal(plan_build(&p, &in, &err), 0);
		for (int w = 1; w <= 8; w++) {
			int runs = 0, rest_after_long = 1;

			for (int i = 0; i < p.n_runs; i++) {
				if (p.run[i].week != w)
					continue;
				runs++;
				if (p.run[i].long_run)
					assert_int_equal(
						day_weekday(p.run[i].day), 5);
			}
			assert_int_equal(runs, rpw);
			(void)rest_after_long;
		}
		check_no_spike(&p, &in);
		check_weeks(&p, 1);
	}
}


/* plan_check(): a target of 500 m a run, on both sides. */
static void
target_per_run_floor(void **state)
{
	struct plan_past_run hist[16];
	size_t n = steady_history(hist, MON, 5000, 8000);
	struct plan_input in;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	plan_in(&in, hist, n, 1500, 8);
	in.runs_per_week = 3;
	assert_int_equal(plan_check(&in, UNITS_KM, &err), 0);
	in.target_week_m = 1499;
	assert_int_equal(plan_check(&in, UNITS_KM, &err), TALUS_EINVAL);
	assert_non_null(strstr(err.msg, "at least 1.5 km"));
	err_clear(&err);
	in.runs_per_week = 2;
	assert_int_equal(plan_check(&in, UNITS_KM, &err), 0);
}

/* plan_check(): a walk-run start has at most 3 runs a week (R3: a rest
 * day between sessions); with running before, 4 is fine. plan_build()
 * still builds an old plan kept with 4: 3 sessions a week while R3
 * lasts. */
static void
walk_run_three_a_week(void **state)
{
	struct plan_past_run hist[16];
	size_t n = steady_history(hist, MON, 5000, 8000);
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	plan_in(&in, NULL, 0, 20000, 10);
	in.runs_per_week = 3;
	assert_int_equal(plan_check(&in, UNITS_KM, &err), 0);
	in.runs_per_week = 4;
	assert_int_equal(plan_check(&in, UNITS_KM, &err), TALUS_EINVAL);
	assert_non_null(strstr(err.msg, "R3"));
	err_clear(&err);
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_int_equal(p.walk_run_weeks, 4);
	for (int w = 1; w <= 4; w++)
		assert_int_equal(p.week[w - 1].runs, 3);
	for (int w = 5; w <= 10; w++)
		assert_int_equal(p.week[w - 1].runs, 4);
	plan_in(&in, hist, n, 20000, 10);
	in.runs_per_week = 4;
	assert_int_equal(plan_check(&in, UNITS_KM, &err), 0);
	/* 1 and 2 a week: 12 and 6 walk-run weeks. */
	plan_in(&in, NULL, 0, 20000, 20);
	in.runs_per_week = 2;
	assert_int_equal(plan_build(&p, &in, &err), 0);
	check_walk_run(&p, &in);
	in.runs_per_week = 1;
	assert_int_equal(plan_build(&p, &in, &err), 0);
	check_walk_run(&p, &in);
}

/* One weekly run of 3 km before the start and a target of t: the week
 * before week 4 is t; week 4 is a cutback only if the 3 weeks after it
 * can climb back to t at 10% a week in 100 m steps (2,400 m can:
 * 1,900, 2,000, 2,200, 2,400; 2,300 m cannot: 1,800, 1,900, 2,000,
 * 2,200). */
static void
cutback_only_when_regained(void **state)
{
	struct plan_past_run hist[4];
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	for (int w = 0; w < 4; w++)
		hist[w] = (struct plan_past_run){ MON - 1 - 7 * w, 3000 };
	plan_in(&in, hist, 4, 2400, 8);
	in.runs_per_week = 1;
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_true(p.week[2].distance_m == 2400);
	assert_int_equal(p.week[3].cutback, 1);
	assert_true(p.week[3].distance_m == 1900);
	assert_true(p.week[6].distance_m == 2400);
	check_weeks(&p, 1);
	in.target_week_m = 2300;
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_int_equal(p.week[3].cutback, 0);
	for (int w = 1; w <= 8; w++)
		assert_true(p.week[w - 1].distance_m == 2300);
}

/* Each run is at most 1.1 x the same day a week before, so that every
 * 7-day window grows 10% at most; a slot under 1 km may grow by one
 * 100 m step (10% of it is less), one of 1 km or more may not. */
static void
slot_grows_ten_percent(void **state)
{
	struct plan_past_run hist[4];
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	for (int w = 0; w < 4; w++)
		hist[w] = (struct plan_past_run){ MON - 1 - 7 * w, 2300 };
	plan_in(&in, hist, 4, 10000, 6);
	in.runs_per_week = 2; /* Thursday and Sunday */
	assert_int_equal(plan_build(&p, &in, &err), 0);
	assert_int_equal(day_weekday(p.run[0].day), 3);
	assert_true(p.run[0].distance_m == 900);  /* 2,300 / 2.5 */
	assert_true(p.run[1].distance_m == 1400);
	assert_true(p.run[2].distance_m == 1000); /* +100 m: +11% */
	assert_true(p.run[4].distance_m == 1100); /* +10% */
	for (int i = 2; i < p.n_runs; i++) {
		const struct plan_run *a = &p.run[i - 2], *b = &p.run[i];

		assert_int_equal(b->day - a->day, 7);
		if (a->distance_m >= 1000)
			assert_true(b->distance_m <= 1.1 * a->distance_m + 1e-6);
		else
			assert_true(b->distance_m <= a->distance_m + 100 + 1e-6);
	}
	check_no_spike(&p, &in);
	check_weeks(&p, 1);
}

static void
invalid_input(void **state)
{
	struct plan_past_run bad = { MON - 1, 0 };
	struct plan_input in;
	struct plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	plan_in(&in, NULL, 0, 20000, 0);
	assert_int_equal(plan_build(&p, &in, &err), TALUS_EINVAL);
	in.weeks = PLAN_MAX_WEEKS + 1;
	assert_int_equal(plan_build(&p, &in, &err), TALUS_EINVAL);
	in.weeks = PLAN_MAX_WEEKS;
	assert_int_equal(plan_build(&p, &in, &err), 0);
	in.target_week_m = 0;
	assert_int_equal(plan_build(&p, &in, &err), TALUS_EINVAL);
	in.target_week_m = 20000;
	in.runs_per_week = 7;
	assert_int_equal(plan_build(&p, &in, &err), 0);
	in.runs_per_week = 8;
	assert_int_equal(plan_build(&p, &in, &err), TALUS_EINVAL);
	in.runs_per_week = 3;
	in.long_run_weekday = 7;
	assert_int_equal(plan_build(&p, &in, &err), TALUS_EINVAL);
	in.long_run_weekday = 6;
	in.recent = &bad;
	in.n_recent = 1;
	assert_int_equal(plan_build(&p, &in, &err), TALUS_EINVAL);
}

static void
status_on_a_day(void **state)
{
	struct plan_past_run hist[16];
	size_t n = steady_history(hist, MON, 5000, 8000);
	struct plan_input in;
	struct plan p;
	struct plan_status st;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	plan_in(&in, hist, n, 30000, 8);
	assert_int_equal(plan_build(&p, &in, &err), 0);
	plan_status(&st, &p, MON - 1, 0, 0);
	assert_int_equal(st.state, PLAN_NOT_STARTED);
	{
		char date[11], want[64];
		snprintf(want, sizeof(want), "starts on %s", date_format(date, MON));
		assert_non_null(strstr(st.message, want));
	}
	plan_status(&st, &p, MON + 6, 0, 0);
	assert_int_equal(st.state, PLAN_ACTIVE);
	assert_int_equal(st.week, 1);
	assert_non_null(st.run);
	assert_true(st.run->long_run);
	assert_non_null(strstr(st.message, "long run"));
	assert_non_null(strstr(st.message, " km"));
	assert_null(strstr(st.message, " mi"));
	/* The words follow the athlete's unit. */
	p.units = UNITS_MI;
	plan_status(&st, &p, MON + 6, 0, 0);
	assert_non_null(strstr(st.message, " mi"));
	assert_null(strstr(st.message, " km"));
	p.units = UNITS_KM;
	assert_non_null(strstr(st.rule, "L1"));
	plan_status(&st, &p, MON, 0, 0); /* Monday: rest */
	assert_int_equal(st.state, PLAN_ACTIVE);
	assert_null(st.run);
	assert_non_null(strstr(st.message, "rest day"));
	/* Symptoms pause; a red flag wins over symptoms. */
	plan_status(&st, &p, MON + 6, 1, 0);
	assert_int_equal(st.state, PLAN_PAUSED);
	assert_null(st.run);
	assert_non_null(strstr(st.message, "talus recover"));
	plan_status(&st, &p, MON + 6, 1, 1);
	assert_int_equal(st.state, PLAN_SEE_CLINICIAN);
	assert_non_null(strstr(st.message, "clinician"));
	plan_status(&st, &p, MON + 56, 0, 0);
	assert_int_equal(st.state, PLAN_FINISHED);
	plan_status(&st, &p, MON + 55, 0, 0);
	assert_int_equal(st.state, PLAN_ACTIVE);
	assert_int_equal(st.week, 8);
	assert_non_null(strstr(st.message, "cutback"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(spike_bands_both_sides),
		cmocka_unit_test(steady_runner_builds_to_target),
		cmocka_unit_test(target_below_base_is_held),
		cmocka_unit_test(l1_caps_the_long_run),
		cmocka_unit_test(l1_window_moves_with_the_run),
		cmocka_unit_test(no_recent_run_starts_with_walk_run),
		cmocka_unit_test(l2_boundary),
		cmocka_unit_test(mile_a_week_floor),
		cmocka_unit_test(runs_per_week_and_weekdays),
		cmocka_unit_test(target_per_run_floor),
		cmocka_unit_test(walk_run_three_a_week),
		cmocka_unit_test(cutback_only_when_regained),
		cmocka_unit_test(slot_grows_ten_percent),
		cmocka_unit_test(invalid_input),
		cmocka_unit_test(status_on_a_day),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
