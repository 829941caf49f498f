/* test_load.c - running load metrics (core/load.h, EVIDENCE.md L1-L5).
 *
 * Hand-built day rows check each metric and each threshold on both sides;
 * a reference model (a dense day-by-day array over the whole history,
 * written here without looking at the window or the incremental EWMA)
 * checks load_ewma_fill and load_report_compute on random histories from
 * a seeded PRNG. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/load.h"
#include "util/date.h"

/* cmocka 1.1 has no double assertion: |a - b| <= eps, with both shown. */
#define assert_near(a, b, eps)                                              \
	do {                                                                \
		double got_ = (a), want_ = (b);                             \
		if (!(fabs(got_ - want_) <= (eps)))                         \
			fail_msg("%s = %.17g, want %.17g", #a, got_, want_);  \
	} while (0)

/* relative: |a - b| <= rel * max(|a|, |b|), or both tiny */
#define assert_rel(a, b, rel)                                               \
	do {                                                                \
		double got_ = (a), want_ = (b);                             \
		double m_ = fmax(fabs(got_), fabs(want_));                  \
		if (!(fabs(got_ - want_) <= (rel) * m_ || m_ < 1e-300))     \
			fail_msg("%s = %.17g, want %.17g (rel %g)", #a, got_,  \
				 want_, (double)(rel));                     \
	} while (0)

#define assert_nan(a)                                                       \
	do {                                                                \
		double got_ = (a);                                          \
		if (!isnan(got_))                                           \
			fail_msg("%s = %.17g, want NAN", #a, got_);          \
	} while (0)

/* ---- a history of day rows -------------------------------------------- */

#define HIST_MAX 1024

struct hist {
	struct day_load rows[HIST_MAX]; /* sorted by day, one per day */
	size_t n;
};

/* Adds a run of km kilometres on a day, keeping the rows sorted and
 * merging runs of the same day (total distance, longest run, count). */
static void
hist_add(struct hist *h, int32_t day, double km)
{
	size_t i = h->n;

	for (size_t k = 0; k < h->n; k++)
		if (h->rows[k].day == day) {
			h->rows[k].dist_m += km * 1000;
			if (km * 1000 > h->rows[k].longest_m)
				h->rows[k].longest_m = km * 1000;
			h->rows[k].runs++;
			return;
		}
	assert_true(h->n < HIST_MAX);
	while (i > 0 && h->rows[i - 1].day > day) {
		h->rows[i] = h->rows[i - 1];
		i--;
	}
	memset(&h->rows[i], 0, sizeof(h->rows[i]));
	h->rows[i].day = day;
	h->rows[i].dist_m = km * 1000;
	h->rows[i].longest_m = km * 1000;
	h->rows[i].runs = 1;
	h->n++;
}

/* What the store does: EWMA over all rows, then the window rows, the state
 * row (last on or before today) and the first day go to the report. */
static void
report_of(struct load_report *r, struct hist *h, int32_t today)
{
	const struct day_load *state = NULL;
	size_t lo = 0, hi = 0;

	if (h->n)
		load_ewma_fill(h->rows, h->n, h->rows[0].day - 1, 0, 0);
	for (size_t i = 0; i < h->n; i++) {
		if (h->rows[i].day <= today)
			state = &h->rows[i];
		if (h->rows[i].day < today - LOAD_WINDOW + 1)
			lo = i + 1;
		if (h->rows[i].day <= today)
			hi = i + 1;
	}
	if (hi < lo)
		hi = lo;
	load_report_compute(r, h->rows + lo, hi - lo, state,
			    h->n ? h->rows[0].day : 0, today);
}

static int32_t
T(void)
{
	return day_from_civil(2026, 11, 25); /* a Wednesday */
}

/* ---- small pure functions ---------------------------------------------- */

static void
lambda_is_two_over_n_plus_one(void **state)
{
	(void)state;
	assert_near(load_lambda(7), 0.25, 1e-15);
	assert_near(load_lambda(28), 2.0 / 29.0, 1e-15);
	assert_near(load_lambda(LOAD_ACUTE_N), 0.25, 1e-15);
	assert_near(load_lambda(LOAD_CHRONIC_N), 2.0 / 29.0, 1e-15);
	assert_int_equal(LOAD_ACUTE_N, 7);
	assert_int_equal(LOAD_CHRONIC_N, 28);
}

static void
ewma_decay_over_zero_days(void **state)
{
	double a = 4, c = 2;

	(void)state;
	load_ewma_decay(&a, &c, 0);
	assert_near(a, 4, 0);
	assert_near(c, 2, 0);
	load_ewma_decay(&a, &c, -5);
	assert_near(a, 4, 0);
	assert_near(c, 2, 0);
	load_ewma_decay(&a, &c, 3);
	assert_rel(a, 4 * 0.75 * 0.75 * 0.75, 1e-12);
	assert_rel(c, 2 * pow(27.0 / 29.0, 3), 1e-12);
}

static void
ewma_fill_by_hand(void **state)
{
	struct day_load r[2];

	(void)state;
	memset(r, 0, sizeof(r));
	r[0].day = 100;
	r[0].dist_m = 10000;
	r[1].day = 103;
	r[1].dist_m = 8000;
	load_ewma_fill(r, 2, 99, 0, 0);
	/* day 100: 0.25 * 10 km; 2/29 * 10 km */
	assert_rel(r[0].acute, 2.5, 1e-12);
	assert_rel(r[0].chronic, 20.0 / 29.0, 1e-12);
	/* days 101, 102 at zero, then 8 km on day 103 */
	assert_rel(r[1].acute, 0.25 * 8 + 0.75 * (2.5 * 0.75 * 0.75), 1e-12);
	assert_rel(r[1].chronic,
		   2.0 / 29 * 8 + 27.0 / 29 * (20.0 / 29 * pow(27.0 / 29, 2)), 1e-12);

	/* seeded: the state after day 90 was (4, 2) */
	load_ewma_fill(r, 1, 90, 4, 2);
	assert_rel(r[0].acute, 0.25 * 10 + 0.75 * 4 * pow(0.75, 9), 1e-12);
	assert_rel(r[0].chronic, 2.0 / 29 * 10 + 27.0 / 29 * 2 * pow(27.0 / 29, 9), 1e-12);
}

static void
spike_and_bands(void **state)
{
	(void)state;
	assert_near(load_spike(15000, 10000), 0.5, 1e-12);
	assert_near(load_spike(5000, 10000), -0.5, 1e-12);
	assert_true(isinf(load_spike(5000, 0)) && load_spike(5000, 0) > 0);

	/* Ratios are compared after rounding to 1e-9: "just above" a
	 * threshold is 1e-6 above it (10 mm on 10 km).
	 * bands: <= 0.10 none; (0.10, 0.30] small; (0.30, 1.00] moderate */
	assert_string_equal(load_spike_band(-0.5), "none");
	assert_string_equal(load_spike_band(0), "none");
	assert_string_equal(load_spike_band(0.10), "none");
	assert_string_equal(load_spike_band((0.10 + 1e-6)), "small");
	assert_string_equal(load_spike_band(0.2), "small");
	assert_string_equal(load_spike_band(0.30), "small");
	assert_string_equal(load_spike_band((0.30 + 1e-6)), "moderate");
	assert_string_equal(load_spike_band(0.5), "moderate");
	assert_string_equal(load_spike_band(1.00), "moderate");
	assert_string_equal(load_spike_band((1.00 + 1e-6)), "large");
	assert_string_equal(load_spike_band(3), "large");
	assert_string_equal(load_spike_band(INFINITY), "large");
	assert_string_equal(load_spike_band(NAN), "none");
}

/* L1 on real distances: a run exactly 10% longer than the reference is no
 * spike, exactly 30% longer is small, exactly twice as long is moderate
 * (EVIDENCE.md: <= 0.10 none; (0.10, 0.30] small; (0.30, 1.00] moderate).
 * d/ref - 1 in doubles gives 0.10000000000000009 for 11/10 and
 * 0.30000000000000004 for 13/10, past the bounds. */
static void
spike_of_exact_ratios_lands_in_its_band(void **state)
{
	static const struct {
		double d, ref;
		const char *want;
	} cases[] = {
		{ 20000, 10000, "moderate" }, /* +100% */
		{ 11000, 10000, "none" },     /* +10% */
		{ 5500, 5000, "none" },       /* +10% */
		{ 13000, 10000, "small" },    /* +30% */
		{ 6500, 5000, "small" },      /* +30% */
	};
	int bad = 0;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		double s = load_spike(cases[i].d, cases[i].ref);
		if (strcmp(load_spike_band(s), cases[i].want)) {
			print_error("%.0f m on %.0f m: spike %.17g, band %s, want %s\n",
				    cases[i].d, cases[i].ref, s, load_spike_band(s),
				    cases[i].want);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void
change_level_thresholds(void **state)
{
	(void)state;
	/* info > 0.10, caution >= 0.20, warn > 0.30 */
	assert_int_equal(load_change_level(NAN), LEVEL_NONE);
	assert_int_equal(load_change_level(-0.5), LEVEL_NONE);
	assert_int_equal(load_change_level(0), LEVEL_NONE);
	assert_int_equal(load_change_level(0.10), LEVEL_NONE);
	assert_int_equal(load_change_level((0.10 + 1e-6)), LEVEL_INFO);
	assert_int_equal(load_change_level(0.15), LEVEL_INFO);
	assert_int_equal(load_change_level((0.20 - 1e-6)), LEVEL_INFO);
	assert_int_equal(load_change_level(0.20), LEVEL_CAUTION);
	assert_int_equal(load_change_level(0.25), LEVEL_CAUTION);
	assert_int_equal(load_change_level(0.30), LEVEL_CAUTION);
	assert_int_equal(load_change_level((0.30 + 1e-6)), LEVEL_WARN);
	assert_int_equal(load_change_level(5), LEVEL_WARN);
	assert_int_equal(load_change_level(INFINITY), LEVEL_WARN);
}

static void
level_names(void **state)
{
	(void)state;
	assert_string_equal(level_name(LEVEL_INFO), "info");
	assert_string_equal(level_name(LEVEL_CAUTION), "caution");
	assert_string_equal(level_name(LEVEL_WARN), "warn");
	assert_string_equal(level_name(LEVEL_URGENT), "urgent");
	assert_string_equal(level_name(LEVEL_NONE), "none");
	assert_true(LEVEL_INFO < LEVEL_CAUTION && LEVEL_CAUTION < LEVEL_WARN &&
		    LEVEL_WARN < LEVEL_URGENT);
}

/* ---- the report from hand-built rows ----------------------------------- */

static void
report_with_no_runs(void **state)
{
	struct load_report r;

	(void)state;
	load_report_compute(&r, NULL, 0, NULL, 0, T());
	assert_int_equal(r.today, T());
	assert_int_equal(r.has_data, 0);
	assert_int_equal(r.days_since_run, -1);
	assert_int_equal(r.data_days, 0);
	assert_near(r.today_m, 0, 0);
	assert_near(r.last7_m, 0, 0);
	assert_near(r.prev7_m, 0, 0);
	assert_nan(r.change7);
	assert_int_equal(r.l3, LEVEL_NONE);
	assert_near(r.lmax30_m, 0, 0);
	assert_nan(r.acwr_ewma);
	assert_nan(r.acwr_uncoupled);
	assert_int_equal(r.acwr_shown, 0);
	assert_nan(r.monotony);
	assert_nan(r.strain);
	assert_int_equal(r.streak, 0);
	assert_int_equal(r.rest_days7, 7);
	assert_nan(r.spike);
	assert_int_equal(r.spike_after_gap, 0);
}

static void
report_windows_of_7_days(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	hist_add(&h, t - 60, 10);
	hist_add(&h, t - 14, 100); /* neither week */
	hist_add(&h, t - 13, 2);   /* first day of the week before */
	hist_add(&h, t - 7, 3);    /* last day of the week before */
	hist_add(&h, t - 6, 4);    /* first day of the last 7 */
	hist_add(&h, t, 5);
	hist_add(&h, t, 1.5);      /* a second run today */
	report_of(&r, &h, t);
	assert_int_equal(r.has_data, 1);
	assert_near(r.today_m, 6500, 1e-9);
	assert_near(r.last7_m, 10500, 1e-9);
	assert_near(r.prev7_m, 5000, 1e-9);
	assert_near(r.change7, 10.5 / 5 - 1, 1e-12);
	assert_int_equal(r.l3, LEVEL_WARN);
	assert_int_equal(r.days_since_run, 0);
	assert_int_equal(r.first_day, t - 60);
	assert_int_equal(r.data_days, 61);
}

static void
report_lmax30_window_edges(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	/* today-31 is outside, today-30 inside, today itself excluded */
	hist_add(&h, t - 31, 20);
	hist_add(&h, t - 30, 12);
	hist_add(&h, t - 10, 8);
	hist_add(&h, t, 30);
	report_of(&r, &h, t);
	assert_near(r.lmax30_m, 12000, 1e-9);

	/* the longest single run, not the day's total */
	h.n = 0;
	hist_add(&h, t - 5, 6);
	hist_add(&h, t - 5, 7);
	report_of(&r, &h, t);
	assert_near(r.lmax30_m, 7000, 1e-9);

	/* only a run at today-31: nothing in the prior 30 days */
	h.n = 0;
	hist_add(&h, t - 31, 20);
	report_of(&r, &h, t);
	assert_near(r.lmax30_m, 0, 0);
	assert_int_equal(r.days_since_run, 31);

	h.n = 0;
	hist_add(&h, t - 30, 20);
	report_of(&r, &h, t);
	assert_near(r.lmax30_m, 20000, 1e-9);
	assert_int_equal(r.days_since_run, 30);
}

/* L3 from rows, on both sides of each threshold (10 km the week before). */
static void
report_change7_levels(void **state)
{
	static const struct {
		double last_m;
		enum level want;
	} cases[] = {
		{ 5000, LEVEL_NONE },    /* -50% */
		{ 10000, LEVEL_NONE },   /* 0% */
		{ 10500, LEVEL_NONE },   /* +5% */
		{ 10990, LEVEL_NONE },   /* +9.9% */
		{ 11001, LEVEL_INFO },   /* +10.01% */
		{ 11999, LEVEL_INFO },   /* +19.99% */
		{ 12001, LEVEL_CAUTION },/* +20.01% */
		{ 12999, LEVEL_CAUTION },/* +29.99% */
		{ 13001, LEVEL_WARN },   /* +30.01% */
		{ 25000, LEVEL_WARN },
	};
	const int32_t t = T();

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct hist h = { .n = 0 };
		struct load_report r;

		hist_add(&h, t - 10, 10);
		hist_add(&h, t - 2, cases[i].last_m / 1000);
		report_of(&r, &h, t);
		assert_near(r.change7, cases[i].last_m / 10000 - 1, 1e-12);
		if (r.l3 != cases[i].want)
			fail_msg("last 7 days %.0f m on 10000 m: level %d, want %d",
				 cases[i].last_m, r.l3, cases[i].want);
	}
}

/* L3 exactly on the thresholds, from rows: 11 km on 10 km is +10% (not
 * above 10%: none), 12 km is +20% (caution, >= 20%), 13 km is +30%
 * (caution, not above 30%). */
static void
report_change7_at_exact_thresholds(void **state)
{
	static const struct {
		double last_m;
		enum level want;
	} cases[] = {
		{ 11000, LEVEL_NONE },
		{ 12000, LEVEL_CAUTION },
		{ 13000, LEVEL_CAUTION },
	};
	const int32_t t = T();
	int bad = 0;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct hist h = { .n = 0 };
		struct load_report r;

		hist_add(&h, t - 10, 10);
		hist_add(&h, t - 2, cases[i].last_m / 1000);
		report_of(&r, &h, t);
		if (r.l3 != cases[i].want) {
			print_error("last 7 days %.0f m on 10000 m (change %.17g): "
				    "level %s, want %s\n", cases[i].last_m, r.change7,
				    level_name(r.l3), level_name(cases[i].want));
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void
report_change7_undefined_without_prev_week(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	hist_add(&h, t - 20, 10);
	hist_add(&h, t - 1, 10);
	report_of(&r, &h, t);
	assert_near(r.prev7_m, 0, 0);
	assert_nan(r.change7);
	assert_int_equal(r.l3, LEVEL_NONE);
}

/* L4: ACWR hidden before 28 days of data, shown from 28. */
static void
report_acwr_shown_from_28_days(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	hist_add(&h, t - 26, 5);
	hist_add(&h, t - 1, 5);
	report_of(&r, &h, t);
	assert_int_equal(r.data_days, 27);
	assert_int_equal(r.acwr_shown, 0);

	h.n = 0;
	hist_add(&h, t - 27, 5);
	hist_add(&h, t - 1, 5);
	report_of(&r, &h, t);
	assert_int_equal(r.data_days, 28);
	assert_int_equal(r.acwr_shown, 1);
	assert_true(!isnan(r.acwr_ewma));
}

static void
report_acwr_ewma_decays_to_today(void **state)
{
	struct day_load st;
	struct load_report r;
	const int32_t t = T();

	(void)state;
	memset(&st, 0, sizeof(st));
	st.day = t - 3;
	st.dist_m = 5000;
	st.longest_m = 5000;
	st.runs = 1;
	st.acute = 4;
	st.chronic = 2;
	load_report_compute(&r, &st, 1, &st, t - 100, t);
	assert_rel(r.acute, 4 * pow(0.75, 3), 1e-12);
	assert_rel(r.chronic, 2 * pow(27.0 / 29, 3), 1e-12);
	assert_rel(r.acwr_ewma, r.acute / r.chronic, 1e-12);
	assert_int_equal(r.days_since_run, 3);
	assert_int_equal(r.data_days, 101);
	assert_int_equal(r.acwr_shown, 1);
}

/* ACWR is undefined (NAN), not 0 or infinite, when the chronic load is 0. */
static void
report_acwr_undefined_when_chronic_zero(void **state)
{
	struct day_load st;
	struct load_report r;
	const int32_t t = T();

	(void)state;
	memset(&st, 0, sizeof(st));
	st.day = t - 40;
	st.acute = 0;
	st.chronic = 0;
	load_report_compute(&r, NULL, 0, &st, t - 100, t);
	assert_int_equal(r.has_data, 1);
	assert_nan(r.acwr_ewma);
	assert_nan(r.acwr_uncoupled);
}

/* Uncoupled ACWR: mean(t-6..t) / mean(t-27..t-7). */
static void
report_acwr_uncoupled(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	hist_add(&h, t - 28, 100); /* outside both windows */
	hist_add(&h, t - 27, 20);  /* first chronic day */
	hist_add(&h, t - 15, 12);
	hist_add(&h, t - 7, 10);   /* last chronic day */
	hist_add(&h, t - 6, 14);   /* first acute day */
	hist_add(&h, t, 7);
	report_of(&r, &h, t);
	/* acute mean 21/7 = 3; chronic mean 42/21 = 2 */
	assert_rel(r.acwr_uncoupled, 1.5, 1e-12);

	/* no load in t-27..t-7: undefined */
	h.n = 0;
	hist_add(&h, t - 28, 10);
	hist_add(&h, t - 3, 10);
	report_of(&r, &h, t);
	assert_nan(r.acwr_uncoupled);
	assert_true(!isnan(r.acwr_ewma));
}

/* L5: monotony = mean / SD of the 7 daily loads (km, rest days as 0),
 * capped at 10; strain = weekly km x monotony. The SD is that of the 7
 * values (divide by 7). */
static void
report_monotony_and_strain(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	/* one 7 km run: mean 1, variance (36 + 6 * 1) / 7 = 6 */
	hist_add(&h, t - 3, 7);
	hist_add(&h, t - 20, 7);
	report_of(&r, &h, t);
	assert_rel(r.monotony, 1 / sqrt(6), 1e-12);
	assert_rel(r.strain, 7 / sqrt(6), 1e-12);

	/* 4 km on 4 days, 0 on 3: mean 16/7; SD sqrt(mean(x^2) - mean^2) */
	h.n = 0;
	for (int d = 0; d < 4; d++)
		hist_add(&h, t - 2 * d, 4);
	report_of(&r, &h, t);
	{
		double mean = 16.0 / 7, sd = sqrt(64.0 / 7 - mean * mean);
		assert_rel(r.monotony, mean / sd, 1e-12);
		assert_rel(r.strain, 16 * mean / sd, 1e-12);
	}
}

static void
report_monotony_capped_at_10(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	/* the same 5 km every day: SD 0, monotony capped at 10 */
	for (int d = 0; d < 7; d++)
		hist_add(&h, t - d, 5);
	report_of(&r, &h, t);
	assert_near(r.monotony, 10, 0);
	assert_rel(r.strain, 35 * 10, 1e-12);

	/* nearly the same every day: mean/SD far above 10, capped */
	h.n = 0;
	for (int d = 0; d < 6; d++)
		hist_add(&h, t - d, 10);
	hist_add(&h, t - 6, 9.9);
	report_of(&r, &h, t);
	assert_near(r.monotony, 10, 0);
	assert_rel(r.strain, 69.9 * 10, 1e-12);

	/* just below the cap: 6 days of x, one of y with mean/SD < 10 */
	h.n = 0;
	for (int d = 0; d < 6; d++)
		hist_add(&h, t - d, 10);
	hist_add(&h, t - 6, 6);
	report_of(&r, &h, t);
	{
		double mean = 66.0 / 7, var = (6 * 100.0 + 36) / 7 - mean * mean;
		assert_true(mean / sqrt(var) < 10);
		assert_rel(r.monotony, mean / sqrt(var), 1e-12);
	}
}

static void
report_monotony_undefined_without_load(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	hist_add(&h, t - 7, 10); /* just outside the 7 days */
	report_of(&r, &h, t);
	assert_nan(r.monotony);
	assert_nan(r.strain);
	assert_int_equal(r.rest_days7, 7);
}

/* The mean run over today-27 .. today: distance over runs (two runs on a
 * day count as two). */
static void
report_avg_run28(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	hist_add(&h, t - 28, 100); /* one day too old */
	hist_add(&h, t - 27, 6);
	hist_add(&h, t - 10, 4);
	hist_add(&h, t - 10, 8);
	hist_add(&h, t, 12);
	report_of(&r, &h, t);
	assert_near(r.avg_run28_m, 30000.0 / 4, 1e-9);

	h.n = 0;
	hist_add(&h, t - 28, 10);
	report_of(&r, &h, t);
	assert_near(r.avg_run28_m, 0, 0);
}

/* Rest: consecutive running days ending today or yesterday, and rest days
 * in the last 7. */
static void
report_streak_and_rest_days(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	for (int d = 0; d < 13; d++)
		hist_add(&h, t - d, 5);
	report_of(&r, &h, t);
	assert_int_equal(r.streak, 13);
	assert_int_equal(r.rest_days7, 0);

	hist_add(&h, t - 13, 5);
	report_of(&r, &h, t);
	assert_int_equal(r.streak, 14);

	/* a gap at t-14 then more running: still 14 */
	hist_add(&h, t - 15, 5);
	report_of(&r, &h, t);
	assert_int_equal(r.streak, 14);

	/* ending yesterday */
	h.n = 0;
	for (int d = 1; d <= 5; d++)
		hist_add(&h, t - d, 5);
	report_of(&r, &h, t);
	assert_int_equal(r.streak, 5);
	assert_int_equal(r.rest_days7, 2);

	/* ending the day before yesterday: no streak */
	h.n = 0;
	for (int d = 2; d <= 6; d++)
		hist_add(&h, t - d, 5);
	report_of(&r, &h, t);
	assert_int_equal(r.streak, 0);
	assert_int_equal(r.rest_days7, 2);

	/* runs on the first and last day of the 7 */
	h.n = 0;
	hist_add(&h, t - 6, 5);
	hist_add(&h, t, 5);
	report_of(&r, &h, t);
	assert_int_equal(r.streak, 1);
	assert_int_equal(r.rest_days7, 5);
}

static void
report_streak_counted_within_window(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	for (int d = 0; d < 100; d++)
		hist_add(&h, t - d, 3);
	report_of(&r, &h, t);
	assert_int_equal(r.streak, LOAD_WINDOW);
}

/* L1 on past runs: the largest spike among the runs of the last 7 days,
 * each against the longest run of its own prior 30 days. */
static void
report_past_spike(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	hist_add(&h, t - 20, 10);
	hist_add(&h, t - 2, 14);
	report_of(&r, &h, t);
	assert_near(r.spike, 0.4, 1e-12);
	assert_int_equal(r.spike_day, t - 2);
	assert_near(r.spike_m, 14000, 1e-9);
	assert_near(r.spike_ref_m, 10000, 1e-9);
	assert_int_equal(r.spike_after_gap, 0);

	/* the largest: t-3 is +20% on 10; t-1 is +12.5% on 12 */
	h.n = 0;
	hist_add(&h, t - 20, 10);
	hist_add(&h, t - 3, 12);
	hist_add(&h, t - 1, 13.5);
	report_of(&r, &h, t);
	assert_near(r.spike, 0.2, 1e-12);
	assert_int_equal(r.spike_day, t - 3);
	assert_near(r.spike_ref_m, 10000, 1e-9);

	/* a shorter run is a negative spike, still reported as the largest */
	h.n = 0;
	hist_add(&h, t - 20, 10);
	hist_add(&h, t - 1, 5);
	report_of(&r, &h, t);
	assert_near(r.spike, -0.5, 1e-12);

	/* a spike at t-7 is outside the last 7 days */
	h.n = 0;
	hist_add(&h, t - 20, 10);
	hist_add(&h, t - 7, 20);
	report_of(&r, &h, t);
	assert_nan(r.spike);
	assert_int_equal(r.spike_after_gap, 0);
}

static void
report_past_spike_after_gap(void **state)
{
	struct hist h = { .n = 0 };
	struct load_report r;
	const int32_t t = T();

	(void)state;
	/* the run at t-6 has t-36 in its prior 30 days */
	hist_add(&h, t - 36, 10);
	hist_add(&h, t - 6, 12);
	report_of(&r, &h, t);
	assert_near(r.spike, 0.2, 1e-12);
	assert_int_equal(r.spike_after_gap, 0);

	/* but not t-37: a run after 30 days without one */
	h.n = 0;
	hist_add(&h, t - 37, 10);
	hist_add(&h, t - 6, 12);
	report_of(&r, &h, t);
	assert_nan(r.spike);
	assert_int_equal(r.spike_after_gap, 1);

	/* the first run ever, today */
	h.n = 0;
	hist_add(&h, t, 5);
	report_of(&r, &h, t);
	assert_int_equal(r.spike_after_gap, 1);
	assert_near(r.lmax30_m, 0, 0);
}

/* ---- reference model on random histories ------------------------------ */

static uint64_t rng_state;

static uint64_t
rng(void)
{
	/* splitmix64 */
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static double
rng_unit(void)
{
	return (double)(rng() >> 11) / 9007199254740992.0;
}

#define DENSE_MAX 800

/* A history as a dense array: km[i] and longest[i] for day start + i. */
struct model {
	int32_t start;
	int ndays;
	double km[DENSE_MAX];
	double longest[DENSE_MAX];
	int runs[DENSE_MAX];
};

/* A random history: runs on about 'p' of the days, 1 or 2 runs a day. */
static void
random_history(struct model *m, struct hist *h, int32_t start, int ndays, double p)
{
	memset(m, 0, sizeof(*m));
	h->n = 0;
	m->start = start;
	m->ndays = ndays;
	for (int i = 0; i < ndays; i++) {
		int runs;
		if (rng_unit() >= p && i != 0)
			continue;
		runs = 1 + (rng_unit() < 0.2);
		for (int k = 0; k < runs; k++) {
			double km = 1 + 29 * rng_unit();
			hist_add(h, start + i, km);
			m->km[i] += km;
			m->runs[i]++;
			if (km > m->longest[i])
				m->longest[i] = km;
		}
	}
}

static double
m_km(const struct model *m, int64_t day)
{
	int64_t i = day - m->start;
	return i >= 0 && i < m->ndays ? m->km[i] : 0;
}

static double
m_longest(const struct model *m, int64_t day)
{
	int64_t i = day - m->start;
	return i >= 0 && i < m->ndays ? m->longest[i] : 0;
}

/* EWMA day by day from zero before the first day, up to and including
 * 'day'. */
static void
m_ewma(const struct model *m, int32_t day, double *a, double *c)
{
	double la = 2.0 / 8, lc = 2.0 / 29;

	*a = *c = 0;
	for (int32_t d = m->start; d <= day; d++) {
		double x = m_km(m, d);
		*a = la * x + (1 - la) * *a;
		*c = lc * x + (1 - lc) * *c;
	}
}

static int
m_runs(const struct model *m, int64_t day)
{
	int64_t i = day - m->start;
	return i >= 0 && i < m->ndays ? m->runs[i] : 0;
}

static double
m_max_longest(const struct model *m, int32_t from, int32_t to)
{
	double x = 0;

	for (int32_t d = from; d <= to; d++)
		x = fmax(x, m_longest(m, d));
	return x;
}

static double
m_sum(const struct model *m, int32_t from, int32_t to)
{
	double s = 0;

	for (int32_t d = from; d <= to; d++)
		s += m_km(m, d);
	return s;
}

static void
ewma_fill_matches_naive(void **state)
{
	static struct model m;
	static struct hist h;

	(void)state;
	rng_state = 20261123;
	for (int iter = 0; iter < 200; iter++) {
		int ndays = 1 + (int)(rng() % 600);
		double p = 0.05 + 0.9 * rng_unit();

		random_history(&m, &h, 10000 + (int32_t)(rng() % 1000), ndays, p);
		load_ewma_fill(h.rows, h.n, h.rows[0].day - 1, 0, 0);
		for (size_t i = 0; i < h.n; i++) {
			double a, c;
			m_ewma(&m, h.rows[i].day, &a, &c);
			assert_rel(h.rows[i].acute, a, 1e-9);
			assert_rel(h.rows[i].chronic, c, 1e-9);
		}

		/* incremental: change one row, refill from it, seeded with the
		 * row before, as the store does */
		if (h.n >= 2) {
			size_t k = 1 + (size_t)(rng() % (h.n - 1));
			double km = 1 + 29 * rng_unit();
			int64_t idx = h.rows[k].day - m.start;

			h.rows[k].dist_m = km * 1000;
			h.rows[k].longest_m = km * 1000;
			m.km[idx] = km;
			m.longest[idx] = km;
			load_ewma_fill(h.rows + k, h.n - k, h.rows[k - 1].day,
				       h.rows[k - 1].acute, h.rows[k - 1].chronic);
			for (size_t i = 0; i < h.n; i++) {
				double a, c;
				m_ewma(&m, h.rows[i].day, &a, &c);
				assert_rel(h.rows[i].acute, a, 1e-9);
				assert_rel(h.rows[i].chronic, c, 1e-9);
			}
		}
	}
}

/* The whole report against the dense model over the full history. */
static void
report_matches_naive(void **state)
{
	static struct model m;
	static struct hist h;

	(void)state;
	rng_state = 777;
	for (int iter = 0; iter < 400; iter++) {
		int ndays = 1 + (int)(rng() % 300);
		double p = rng_unit();
		int32_t start = 20000 + (int32_t)(rng() % 100), today, last = INT32_MIN;
		struct load_report r;
		double a, c, last7, prev7, mean, var, x[7];
		int streak = 0, rest = 0, gap = 0;
		double spike = NAN;

		random_history(&m, &h, start, ndays, p);
		/* today: anywhere from the first day to 70 days after the last */
		today = start + (int32_t)(rng() % (uint64_t)(ndays + 70));
		report_of(&r, &h, today);

		for (int32_t d = start; d <= today; d++)
			if (m_km(&m, d) > 0)
				last = d;
		assert_int_equal(r.has_data, 1);
		assert_int_equal(r.first_day, start);
		assert_int_equal(r.data_days, today - start + 1);
		assert_int_equal(r.days_since_run, today - last);
		assert_int_equal(r.acwr_shown, today - start + 1 >= 28);

		m_ewma(&m, today, &a, &c);
		assert_rel(r.acute, a, 1e-9);
		assert_rel(r.chronic, c, 1e-9);
		if (c > 0)
			assert_rel(r.acwr_ewma, a / c, 1e-9);

		assert_rel(r.today_m, 1000 * m_km(&m, today), 1e-9);
		last7 = m_sum(&m, today - 6, today);
		prev7 = m_sum(&m, today - 13, today - 7);
		assert_rel(r.last7_m, 1000 * last7, 1e-9);
		assert_rel(r.prev7_m, 1000 * prev7, 1e-9);
		if (prev7 > 0) {
			assert_rel(r.change7, last7 / prev7 - 1, 1e-9);
			assert_int_equal(r.l3, load_change_level(last7 / prev7 - 1));
		} else {
			assert_nan(r.change7);
			assert_int_equal(r.l3, LEVEL_NONE);
		}
		assert_rel(r.lmax30_m, 1000 * m_max_longest(&m, today - 30, today - 1), 1e-9);

		if (m_sum(&m, today - 27, today - 7) > 0)
			assert_rel(r.acwr_uncoupled,
				   (last7 / 7) / (m_sum(&m, today - 27, today - 7) / 21), 1e-9);
		else
			assert_nan(r.acwr_uncoupled);

		mean = 0;
		for (int i = 0; i < 7; i++) {
			x[i] = m_km(&m, today - 6 + i);
			mean += x[i] / 7;
		}
		var = 0;
		for (int i = 0; i < 7; i++)
			var += (x[i] - mean) * (x[i] - mean) / 7;
		if (mean == 0) {
			assert_nan(r.monotony);
			assert_nan(r.strain);
		} else {
			double mono = var == 0 ? 10 : fmin(mean / sqrt(var), 10);
			assert_rel(r.monotony, mono, 1e-9);
			assert_rel(r.strain, 7 * mean * mono, 1e-9);
		}

		for (int32_t d = m_km(&m, today) > 0 ? today : today - 1;
		     d > today - LOAD_WINDOW && m_km(&m, d) > 0; d--)
			streak++;
		assert_int_equal(r.streak, streak);
		for (int32_t d = today - 6; d <= today; d++)
			rest += m_km(&m, d) == 0;
		assert_int_equal(r.rest_days7, rest);

		{
			int runs = 0;
			for (int32_t d = today - 27; d <= today; d++)
				runs += m_runs(&m, d);
			if (runs)
				assert_rel(r.avg_run28_m,
					   1000 * m_sum(&m, today - 27, today) / runs, 1e-9);
			else
				assert_near(r.avg_run28_m, 0, 0);
		}

		for (int32_t d = today - 6; d <= today; d++) {
			double ref, s;
			if (m_longest(&m, d) == 0)
				continue;
			ref = m_max_longest(&m, d - 30, d - 1);
			if (ref == 0) {
				gap = 1;
				continue;
			}
			s = m_longest(&m, d) / ref - 1;
			if (isnan(spike) || s > spike)
				spike = s;
		}
		assert_int_equal(r.spike_after_gap, gap);
		if (isnan(spike))
			assert_nan(r.spike);
		else
			assert_rel(r.spike, spike, 1e-9);
	}
}

/* ---- calendar weeks ---------------------------------------------------- */

static void
weeks_monday_to_sunday(void **state)
{
	struct hist h = { .n = 0 };
	struct week_load w[3];
	const int32_t t = T(); /* Wednesday 2026-11-25 */
	const int32_t mon = day_from_civil(2026, 11, 23);

	(void)state;
	assert_int_equal(day_weekday(mon), 0);
	hist_add(&h, day_from_civil(2026, 11, 1), 50);  /* the week before that */
	hist_add(&h, day_from_civil(2026, 11, 2), 10);  /* week before: Monday */
	hist_add(&h, day_from_civil(2026, 11, 8), 10);  /* week before: Sunday */
	hist_add(&h, day_from_civil(2026, 11, 9), 13);  /* week 0: Monday */
	hist_add(&h, day_from_civil(2026, 11, 15), 10); /* week 0: Sunday */
	/* week 1 (16-22): no runs */
	hist_add(&h, day_from_civil(2026, 11, 23), 5);  /* week 2: Monday */
	hist_add(&h, day_from_civil(2026, 11, 25), 6);  /* today */
	hist_add(&h, day_from_civil(2026, 11, 26), 50); /* tomorrow: not counted */
	load_weeks(w, 3, h.rows, h.n, t);

	assert_int_equal(w[0].start, day_from_civil(2026, 11, 9));
	assert_int_equal(w[1].start, day_from_civil(2026, 11, 16));
	assert_int_equal(w[2].start, mon);
	for (int i = 0; i < 3; i++)
		assert_int_equal(day_weekday(w[i].start), 0);

	assert_near(w[0].dist_m, 23000, 1e-9);
	assert_int_equal(w[0].runs, 2);
	assert_near(w[0].longest_m, 13000, 1e-9);
	assert_near(w[0].change, 23.0 / 20 - 1, 1e-12); /* on the week before */
	assert_int_equal(w[0].l3, LEVEL_INFO);

	assert_near(w[1].dist_m, 0, 0);
	assert_int_equal(w[1].runs, 0);
	assert_near(w[1].longest_m, 0, 0);
	assert_near(w[1].change, -1, 1e-12);
	assert_int_equal(w[1].l3, LEVEL_NONE);

	assert_near(w[2].dist_m, 11000, 1e-9);
	assert_int_equal(w[2].runs, 2);
	assert_near(w[2].longest_m, 6000, 1e-9);
	assert_nan(w[2].change); /* not over, and the week before had no load */
	assert_int_equal(w[2].l3, LEVEL_NONE);
	assert_int_equal(w[0].partial, 0);
	assert_int_equal(w[1].partial, 0);
	assert_int_equal(w[2].partial, 1);
}

static void
weeks_levels(void **state)
{
	struct hist h = { .n = 0 };
	struct week_load w[4];
	const int32_t sun = day_from_civil(2026, 11, 29); /* today: a Sunday */
	const int32_t mon = day_from_civil(2026, 11, 23);

	(void)state;
	hist_add(&h, mon - 28, 20); /* week before */
	hist_add(&h, mon - 21, 25); /* +25%: caution */
	hist_add(&h, mon - 14, 35); /* +40%: warn */
	hist_add(&h, mon - 7, 36);  /* +2.9%: none */
	hist_add(&h, mon, 20);
	hist_add(&h, sun, 21.6);    /* 41.6 on 36: +15.6%: info; Sunday counts */
	load_weeks(w, 4, h.rows, h.n, sun);
	assert_int_equal(w[3].start, mon);
	assert_int_equal(w[3].partial, 0);
	assert_int_equal(w[0].l3, LEVEL_CAUTION);
	assert_int_equal(w[1].l3, LEVEL_WARN);
	assert_int_equal(w[2].l3, LEVEL_NONE);
	assert_near(w[3].dist_m, 41600, 1e-6);
	assert_int_equal(w[3].l3, LEVEL_INFO);
	assert_near(w[3].change, 41.6 / 36 - 1, 1e-12);
}

/* The current week is counted up to today and has no change until it is
 * over (load.h: NAN while the week is not over); on its Sunday it has. */
static void
weeks_current_week_so_far(void **state)
{
	struct hist h = { .n = 0 };
	struct week_load w[1];
	const int32_t mon = day_from_civil(2026, 11, 23);

	(void)state;
	hist_add(&h, mon - 1, 10); /* Sunday: the week before */
	hist_add(&h, mon, 4);
	hist_add(&h, mon + 1, 30);
	hist_add(&h, mon + 6, 1);
	load_weeks(w, 1, h.rows, h.n, mon);
	assert_int_equal(w[0].start, mon);
	assert_near(w[0].dist_m, 4000, 1e-9);
	assert_int_equal(w[0].runs, 1);
	assert_near(w[0].longest_m, 4000, 1e-9);
	assert_int_equal(w[0].partial, 1);
	assert_nan(w[0].change);
	assert_int_equal(w[0].l3, LEVEL_NONE);

	load_weeks(w, 1, h.rows, h.n, mon + 5); /* Saturday */
	assert_near(w[0].dist_m, 34000, 1e-9);
	assert_int_equal(w[0].partial, 1);
	assert_nan(w[0].change);

	load_weeks(w, 1, h.rows, h.n, mon + 6); /* Sunday: the week is over */
	assert_near(w[0].dist_m, 35000, 1e-9);
	assert_int_equal(w[0].runs, 3);
	assert_int_equal(w[0].partial, 0);
	assert_near(w[0].change, 2.5, 1e-12);
	assert_int_equal(w[0].l3, LEVEL_WARN);
}

/* L1 per week: the week's largest run spike, each run against the longest
 * run of its own prior 30 days (which may lie before the weeks shown). */
static void
weeks_spike(void **state)
{
	struct hist h = { .n = 0 };
	struct week_load w[2];
	const int32_t mon = day_from_civil(2026, 11, 23);

	(void)state;
	hist_add(&h, mon - 37, 10); /* in the prior 30 days of mon-7 */
	hist_add(&h, mon - 7, 12);  /* +20% on 10 */
	hist_add(&h, mon - 3, 16.8);/* +40% on 12 */
	hist_add(&h, mon + 1, 8.4); /* -50% on 16.8 */
	load_weeks(w, 2, h.rows, h.n, mon + 2);
	assert_near(w[0].spike, 0.4, 1e-12);
	assert_near(w[1].spike, -0.5, 1e-12);

	/* a week whose runs have no run in their prior 30 days: NAN */
	h.n = 0;
	hist_add(&h, mon - 45, 10);
	hist_add(&h, mon - 7, 12);
	load_weeks(w, 2, h.rows, h.n, mon + 2);
	assert_nan(w[0].spike);
	assert_nan(w[1].spike); /* no runs */

	/* the run at mon-7 sees mon-37 but not mon-38 */
	h.n = 0;
	hist_add(&h, mon - 38, 10);
	hist_add(&h, mon - 7, 12);
	load_weeks(w, 2, h.rows, h.n, mon + 2);
	assert_nan(w[0].spike);
}

/* Weekly L3 exactly on the thresholds: 22 on 20 km is +10% (none), 26.4
 * on 22 is +20% (caution), 34.32 on 26.4 is +30% (caution). */
static void
weeks_change_at_exact_thresholds(void **state)
{
	struct hist h = { .n = 0 };
	struct week_load w[3];
	const int32_t mon = day_from_civil(2026, 11, 23);
	static const enum level want[3] = { LEVEL_NONE, LEVEL_CAUTION, LEVEL_CAUTION };
	int bad = 0;

	(void)state;
	hist_add(&h, mon - 21, 20);
	hist_add(&h, mon - 14, 22);
	hist_add(&h, mon - 7, 26.4);
	hist_add(&h, mon, 34.32);
	load_weeks(w, 3, h.rows, h.n, mon + 6);
	for (int i = 0; i < 3; i++)
		if (w[i].l3 != want[i]) {
			print_error("week %d: change %.17g, level %s, want %s\n", i,
				    w[i].change, level_name(w[i].l3), level_name(want[i]));
			bad++;
		}
	assert_int_equal(bad, 0);
}

/* load_weeks against a naive recomputation: every week summed over all
 * rows, every run's L1 reference found by scanning all rows. */
static void
weeks_match_naive(void **state)
{
	static struct day_load rows[900];
	struct week_load w[80];

	(void)state;
	rng_state = 0x5eedull;
	for (int round = 0; round < 200; round++) {
		int32_t today = day_from_civil(2026, 3, 1) + (int32_t)(rng() % 7);
		int32_t d = today - 600;
		int n = 0, nweeks = 1 + (int)(rng() % 80);
		while (n < 900 && (d += 1 + (int32_t)(rng() % 4)) <= today + 10) {
			rows[n].day = d;
			rows[n].longest_m = 1000 + (double)(rng() % 30000);
			rows[n].dist_m = rows[n].longest_m * (1 + (double)(rng() % 2));
			rows[n].runs = 1 + (int)(rng() % 2);
			n++;
		}
		load_weeks(w, nweeks, rows, (size_t)n, today);
		for (int k = 0; k < nweeks; k++) {
			int32_t start = today - day_weekday(today) - 7 * (nweeks - 1 - k);
			double dist = 0, prev = 0, longest = 0, spike = NAN;
			int runs = 0;
			for (int i = 0; i < n; i++) {
				if (rows[i].day > today)
					continue;
				if (rows[i].day >= start - 7 && rows[i].day < start)
					prev += rows[i].dist_m;
				if (rows[i].day < start || rows[i].day >= start + 7)
					continue;
				dist += rows[i].dist_m;
				runs += rows[i].runs;
				longest = fmax(longest, rows[i].longest_m);
				double ref = 0;
				for (int j = 0; j < n; j++)
					if (rows[j].day >= rows[i].day - 30 && rows[j].day < rows[i].day)
						ref = fmax(ref, rows[j].longest_m);
				if (ref > 0) {
					double sp = rows[i].longest_m / ref - 1;
					if (isnan(spike) || sp > spike)
						spike = sp;
				}
			}
			assert_int_equal(w[k].start, start);
			assert_near(w[k].dist_m, dist, 1e-6);
			assert_int_equal(w[k].runs, runs);
			assert_near(w[k].longest_m, longest, 1e-6);
			if (isnan(spike))
				assert_true(isnan(w[k].spike));
			else
				assert_near(w[k].spike, spike, 1e-12);
			if (prev > 0 && today >= start + 6)
				assert_near(w[k].change, dist / prev - 1, 1e-12);
			else
				assert_true(isnan(w[k].change));
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lambda_is_two_over_n_plus_one),
		cmocka_unit_test(ewma_decay_over_zero_days),
		cmocka_unit_test(ewma_fill_by_hand),
		cmocka_unit_test(spike_and_bands),
		cmocka_unit_test(spike_of_exact_ratios_lands_in_its_band),
		cmocka_unit_test(change_level_thresholds),
		cmocka_unit_test(level_names),
		cmocka_unit_test(report_with_no_runs),
		cmocka_unit_test(report_windows_of_7_days),
		cmocka_unit_test(report_lmax30_window_edges),
		cmocka_unit_test(report_change7_levels),
		cmocka_unit_test(report_change7_at_exact_thresholds),
		cmocka_unit_test(report_change7_undefined_without_prev_week),
		cmocka_unit_test(report_acwr_shown_from_28_days),
		cmocka_unit_test(report_acwr_ewma_decays_to_today),
		cmocka_unit_test(report_acwr_undefined_when_chronic_zero),
		cmocka_unit_test(report_acwr_uncoupled),
		cmocka_unit_test(report_monotony_and_strain),
		cmocka_unit_test(report_monotony_capped_at_10),
		cmocka_unit_test(report_monotony_undefined_without_load),
		cmocka_unit_test(report_avg_run28),
		cmocka_unit_test(report_streak_and_rest_days),
		cmocka_unit_test(report_streak_counted_within_window),
		cmocka_unit_test(report_past_spike),
		cmocka_unit_test(report_past_spike_after_gap),
		cmocka_unit_test(ewma_fill_matches_naive),
		cmocka_unit_test(report_matches_naive),
		cmocka_unit_test(weeks_monday_to_sunday),
		cmocka_unit_test(weeks_levels),
		cmocka_unit_test(weeks_current_week_so_far),
		cmocka_unit_test(weeks_spike),
		cmocka_unit_test(weeks_match_naive),
		cmocka_unit_test(weeks_change_at_exact_thresholds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
