/* test_episode.c - what core derives from the log on its own: the
 * assessment's log facts on both sides of each threshold (logfacts.c);
 * the recovery triggers; and the episodes found, completed, held back by
 * a bad morning, ended early and begun again by a roll (episode.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/episode.h"
#include "core/logfacts.h"
#include "core/today.h"
#include "util/date.h"

static int32_t
D(int m, int d)
{
	return day_from_civil(2026, m, d);
}

static struct ankle_log
alog(int32_t day, enum side side)
{
	struct ankle_log l;

	ankle_log_init(&l);
	l.day = day;
	l.side = side;
	return l;
}

/* ---- the assessment's log facts ------------------------------------------------ */

static void
row(struct day_load *r, int32_t day, double m)
{
	memset(r, 0, sizeof(*r));
	r->day = day;
	r->dist_m = r->longest_m = m;
	r->runs = 1;
}

static void
facts_unknown_without_runs(void **state)
{
	struct assess_log_facts f;

	(void)state;
	logfacts_compute(&f, NULL, 0, NULL, 0, D(3, 1));
	assert_int_equal(f.l1_spikes_12w, -1);
	assert_int_equal(f.l3_weeks_12w, -1);
	assert_int_equal(f.monotony_high, FACT_UNKNOWN);
	assert_int_equal(f.few_rest_days, FACT_UNKNOWN);
	assert_int_equal(f.long_streak, FACT_UNKNOWN);
	assert_int_equal(f.symptoms_after_long_runs, FACT_UNKNOWN);
	assert_true(isnan(f.shoe_km));
}

/* Three even runs a week for 16 weeks up to (not on) day. */
static size_t
steady(struct day_load *rows, int32_t day, double m)
{
	size_t n = 0;

	for (int32_t d = day - 16 * 7; d < day; d++)
		if (day_weekday(d) == 0 || day_weekday(d) == 2 || day_weekday(d) == 4)
			row(&rows[n++], d, m);
	return n;
}

static void
facts_steady_log_is_absent(void **state)
{
	struct day_load rows[128];
	struct assess_log_facts f;
	struct ankle_log l = alog(D(2, 20), SIDE_LEFT);
	int32_t day = D(3, 1); /* a Sunday */
	size_t n = steady(rows, day, 8000);

	(void)state;
	l.pain = 0;
	logfacts_compute(&f, rows, n, &l, 1, day);
	assert_int_equal(f.l1_spikes_12w, 0);
	assert_int_equal(f.l3_weeks_12w, 0);
	assert_int_equal(f.monotony_high, FACT_NO);
	assert_int_equal(f.few_rest_days, FACT_NO);
	assert_int_equal(f.long_streak, FACT_NO);
	assert_int_equal(f.symptoms_after_long_runs, FACT_NO); /* logs, but none after */
	logfacts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.symptoms_after_long_runs, FACT_UNKNOWN); /* no logs at all */
}

static void
facts_spikes_weeks_and_symptoms(void **state)
{
	struct day_load rows[160];
	struct assess_log_facts f;
	struct ankle_log l;
	int32_t day = D(3, 1);
	size_t n = steady(rows, day, 8000);

	(void)state;
	/* 8.8 km is exactly +10%: not a spike (L1 is "more than 10%"). */
	rows[n - 1].dist_m = rows[n - 1].longest_m = 8800;
	logfacts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.l1_spikes_12w, 0);
	/* 8.9 km is. */
	rows[n - 1].dist_m = rows[n - 1].longest_m = 8900;
	logfacts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.l1_spikes_12w, 1);

	/* A week of 24 km then one of 32 km (+33%, L3 warn); 31.2 km (+30%)
	 * is not over 30%. */
	rows[n - 1].dist_m = rows[n - 1].longest_m = 16000;
	logfacts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.l3_weeks_12w, 1);
	rows[n - 1].dist_m = rows[n - 1].longest_m = 15200;
	logfacts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.l3_weeks_12w, 0);

	/* A symptom the day after the week's longest run. */
	l = alog(rows[n - 1].day + 1, SIDE_LEFT);
	l.stiffness = 3;
	logfacts_compute(&f, rows, n, &l, 1, day);
	assert_int_equal(f.symptoms_after_long_runs, FACT_YES);
	l.day = rows[n - 1].day + 2; /* two days after: not counted */
	logfacts_compute(&f, rows, n, &l, 1, day);
	assert_int_equal(f.symptoms_after_long_runs, FACT_NO);
}

static void
facts_rest_rules(void **state)
{
	struct day_load rows[200];
	struct assess_log_facts f;
	int32_t day = D(3, 1);
	size_t n = 0;

	(void)state;
	/* 13 days in a row of the same run: no rest day in 7 days, monotony
	 * at its cap (above 2.0), but no 14-day streak. */
	for (int32_t d = day - 12; d <= day; d++)
		row(&rows[n++], d, 5000);
	logfacts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.few_rest_days, FACT_YES);
	assert_int_equal(f.monotony_high, FACT_YES);
	assert_int_equal(f.long_streak, FACT_NO);
	/* The 14th day makes the streak. */
	row(&rows[n], day + 1, 5000);
	logfacts_compute(&f, rows, n + 1, NULL, 0, day + 1);
	assert_int_equal(f.long_streak, FACT_YES);
}

/* ---- recovery episodes ---------------------------------------------------------- */

static void
triggers_on_both_sides_of_their_thresholds(void **state)
{
	struct ankle_log l;

	(void)state;
	/* pain at rest: 5 is easy (no episode), 6 is rest */
	l = alog(D(3, 1), SIDE_LEFT);
	assert_false(episode_trigger(&l));
	l.pain = 5;
	assert_false(episode_trigger(&l));
	assert_int_equal(today_log_verdict(&l), VERDICT_EASY);
	l.pain = 6;
	assert_true(episode_trigger(&l));
	assert_int_equal(today_log_verdict(&l), VERDICT_REST);
	l.pain = 7;
	assert_int_equal(today_log_verdict(&l), VERDICT_CLINICIAN);
	l = alog(D(3, 1), SIDE_LEFT);
	l.morning_pain = 3;
	assert_int_equal(today_log_verdict(&l), VERDICT_RUN);
	l.morning_pain = 4;
	assert_int_equal(today_log_verdict(&l), VERDICT_EASY);
	l.morning_pain = 6;
	assert_true(episode_trigger(&l));
	/* swelling: mild nothing, moderate rest, severe a clinician */
	l = alog(D(3, 1), SIDE_LEFT);
	l.stiffness = 9;
	assert_false(episode_trigger(&l)); /* R2 covers it */
	l.swelling = SWELL_MILD;
	assert_false(episode_trigger(&l));
	l.swelling = SWELL_MODERATE;
	assert_true(episode_trigger(&l));
	assert_int_equal(today_log_verdict(&l), VERDICT_REST);
	l.swelling = SWELL_SEVERE;
	assert_int_equal(today_log_verdict(&l), VERDICT_CLINICIAN);
	/* weight bearing */
	l = alog(D(3, 1), SIDE_LEFT);
	l.weight_bearing = WB_OK;
	assert_false(episode_trigger(&l));
	l.weight_bearing = WB_PAINFUL;
	assert_true(episode_trigger(&l));
	l.weight_bearing = WB_UNABLE;
	assert_int_equal(today_log_verdict(&l), VERDICT_URGENT);
	/* a roll or giving way: easy alone, an acute event (A1) with pain of
	 * 4/10 or more, moderate swelling or painful weight bearing */
	l = alog(D(3, 1), SIDE_LEFT);
	l.rolled = 1;
	l.pain = 3;
	l.swelling = SWELL_MILD;
	l.weight_bearing = WB_OK;
	assert_false(today_acute_event(&l));
	assert_false(episode_trigger(&l));
	assert_int_equal(today_log_verdict(&l), VERDICT_EASY);
	l.pain = 4;
	assert_true(today_acute_event(&l));
	assert_true(episode_trigger(&l));
	l.pain = 3;
	l.swelling = SWELL_MODERATE;
	assert_true(today_acute_event(&l));
	l.swelling = SWELL_MILD;
	l.weight_bearing = WB_PAINFUL;
	assert_true(today_acute_event(&l));
	l = alog(D(3, 1), SIDE_LEFT);
	l.giving_way = 1;
	assert_false(episode_trigger(&l));
	l.morning_pain = 4;
	assert_true(today_acute_event(&l));
	l.giving_way = 0;
	assert_false(today_acute_event(&l));
	/* red flags */
	l = alog(D(3, 1), SIDE_LEFT);
	l.tender = TENDER_NAVICULAR;
	assert_true(episode_trigger(&l));
	assert_int_equal(today_log_verdict(&l), VERDICT_URGENT);
	l = alog(D(3, 1), SIDE_LEFT);
	l.bone_pain_worsening = 1;
	assert_true(episode_trigger(&l));
	assert_int_equal(today_log_verdict(&l), VERDICT_CLINICIAN);
}

#define MAXLOG 96

struct hist {
	struct ankle_log logs[MAXLOG];
	size_t nlogs;
	struct episode_run runs[MAXLOG];
	size_t nruns;
	struct recovery_record rows[4];
	size_t nrows;
	struct consult consults[4];
	size_t nconsults;
};

static struct ankle_log *
hist_log(struct hist *h, int32_t day, int pain, int morning, int rolled)
{
	struct ankle_log *l = &h->logs[h->nlogs];

	*l = alog(day, SIDE_LEFT);
	l->id = (int64_t)h->nlogs + 1;
	l->pain = pain;
	l->morning_pain = morning;
	l->rolled = rolled;
	h->nlogs++;
	return l;
}

static void
hist_run_m(struct hist *h, int32_t day, int pd, int pa, double m)
{
	h->runs[h->nruns].id = (int64_t)h->nruns + 1;
	h->runs[h->nruns].day = day;
	h->runs[h->nruns].pain_during = pd;
	h->runs[h->nruns].pain_after = pa;
	h->runs[h->nruns].distance_m = m;
	h->nruns++;
}

static void
hist_run(struct hist *h, int32_t day, int pd, int pa)
{
	hist_run_m(h, day, pd, pa, 2500);
}

static struct episode_input
input(const struct hist *h)
{
	struct episode_input in;

	memset(&in, 0, sizeof(in));
	in.logs = h->logs;
	in.nlogs = h->nlogs;
	in.runs = h->runs;
	in.nruns = h->nruns;
	in.rows = h->rows;
	in.nrows = h->nrows;
	in.consults = h->consults;
	in.nconsults = h->nconsults;
	return in;
}

/* Twelve good sessions every other day from first, each followed by a
 * settled morning: the whole walk-run return. */
static void
good_return(struct hist *h, int32_t first)
{
	for (int i = 0; i < 12; i++) {
		hist_run(h, first + 2 * i, 1, 2);
		hist_log(h, first + 2 * i + 1, 1, 0, 0);
	}
}

static void
no_trigger_no_episode(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;

	(void)state;
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 1), 3, 2, 0);
	hist_log(&h, D(3, 2), 5, 5, 0); /* easy, not rest */
	hist_log(&h, D(3, 3), 3, -1, 1); /* a light roll */
	in = input(&h);
	assert_int_equal(episode_find(ep, 4, &in, D(3, 10)), 0);
}

static void
the_return_then_the_reentry_then_the_end(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;
	struct recover_reentry re;
	size_t n;

	(void)state;
	memset(&h, 0, sizeof(h));
	/* 30 km in the 4 weeks before: 7.5 km a week */
	for (int i = 0; i < 28; i += 2)
		hist_run_m(&h, D(3, 5) - 28 + i, -1, -1, 30000.0 / 14);
	hist_log(&h, D(3, 5), 5, -1, 1)->swelling = SWELL_MODERATE; /* acute */
	hist_run(&h, D(3, 5), 6, 6);     /* the run it happened on: not a session */
	hist_log(&h, D(3, 6), 4, 4, 0);  /* absorbed: the same episode */
	good_return(&h, D(3, 8));        /* last session 3-30, its morning 3-31 */
	in = input(&h);

	n = episode_find(ep, 4, &in, D(3, 30));
	assert_int_equal(n, 1);
	assert_int_equal(ep[0].start, D(3, 5));
	assert_int_equal(ep[0].end, INT32_MAX);
	assert_int_equal(ep[0].walkrun_done, INT32_MAX); /* the last morning is not in */
	assert_true(ep[0].rolled);
	assert_int_equal(ep[0].protect_days, 3);
	assert_false(ep[0].has_row);
	assert_true(fabs(ep[0].before_week_m - 7500) < 1);

	n = episode_find(ep, 4, &in, D(4, 5));
	assert_int_equal(n, 1);
	assert_int_equal(ep[0].walkrun_done, D(3, 31));
	assert_int_equal(ep[0].end, INT32_MAX); /* the re-entry holds */
	episode_reentry(&re, &in, &ep[0], D(4, 5));
	assert_int_equal(re.first, D(4, 1));
	assert_true(re.weeks >= RECOVER_REENTRY_MIN_WEEKS);
	assert_int_equal(re.week, 1);
	/* no week more than 30% over the one before */
	for (int w = 2; w <= re.weeks; w++)
		assert_true(recover_reentry_week_m(&re, w) <=
			    RECOVER_REENTRY_GROWTH * recover_reentry_week_m(&re, w - 1) + 1e-6);
	assert_true(fabs(recover_reentry_week_m(&re, re.weeks) - ep[0].before_week_m) < 1);

	n = episode_find(ep, 4, &in, D(4, 1) + 7 * re.weeks - 1);
	assert_int_equal(ep[0].end, INT32_MAX); /* its last day */
	n = episode_find(ep, 4, &in, D(4, 1) + 7 * re.weeks);
	assert_int_equal(ep[0].end, D(4, 1) + 7 * re.weeks);
	assert_true(ep[0].completed);
	assert_false(ep[0].ended_early);

	/* A flare-up after it begins a new one. */
	hist_log(&h, D(4, 1) + 7 * re.weeks + 2, 6, -1, 0);
	in = input(&h);
	n = episode_find(ep, 4, &in, D(4, 1) + 7 * re.weeks + 3);
	assert_int_equal(n, 2);
	assert_false(ep[1].rolled);
	assert_int_equal(ep[1].end, INT32_MAX);
}

static void
a_flare_in_the_reentry_steps_back_a_week(void **state)
{
	struct recover_reentry r;

	(void)state;
	recover_reentry_init(&r, D(4, 1), 10000, 40000);
	assert_int_equal(r.weeks, 6); /* 1.3^5 = 3.7 < 4 <= 1.3^6 */
	assert_false(recover_reentry_day(&r, D(4, 8), 3)); /* 3/10: no flare */
	assert_int_equal(r.week, 2);
	assert_false(recover_reentry_day(&r, D(4, 9), 4)); /* a flare: back to week 1 */
	assert_int_equal(r.week, 1);
	assert_int_equal(r.week_start, D(4, 10));
	assert_false(recover_reentry_day(&r, D(4, 16), 0));
	assert_int_equal(r.week, 1);
	assert_false(recover_reentry_day(&r, D(4, 17), 6)); /* above 5/10: 2 rest days */
	assert_int_equal(r.week, 1);
	assert_int_equal(r.rest_until, D(4, 20));
	assert_int_equal(r.week_start, D(4, 20));
	/* flat when there is nothing to return to */
	recover_reentry_init(&r, D(4, 1), 8000, 0);
	assert_int_equal(r.weeks, RECOVER_REENTRY_MIN_WEEKS);
	assert_true(fabs(recover_reentry_week_m(&r, 3) - 8000) < 1e-6);
	assert_true(recover_reentry_day(&r, D(4, 1) + 21, 0));
}

static void
a_bad_morning_holds_the_return_back(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;
	struct recover_session s[32];
	size_t n, unscored;

	(void)state;
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 5), 6, 2, 0);
	hist_run(&h, D(3, 7), -1, -1); /* no pain score: left out */
	good_return(&h, D(3, 8));
	h.logs[1].morning_pain = 3; /* the morning after the first session: 3 > 2 */
	in = input(&h);
	n = episode_find(ep, 4, &in, D(4, 5));
	assert_int_equal(n, 1);
	assert_int_equal(ep[0].walkrun_done, INT32_MAX); /* one step back: not complete */

	n = episode_sessions(s, NULL, 32, &in, &ep[0], D(3, 10), &unscored);
	assert_int_equal(n, 2);
	assert_int_equal(unscored, 1);
	assert_int_equal(s[0].day, D(3, 8));
	assert_int_equal(s[0].next_morning_worse, FACT_YES);
	assert_int_equal(s[1].day, D(3, 10));
	assert_int_equal(s[1].next_morning_worse, FACT_UNKNOWN); /* 3-11 not yet */
	assert_int_equal(s[0].pain_during, 1);
	assert_int_equal(s[0].pain_after, 2);
}

static void
a_new_acute_event_begins_a_new_episode(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;
	size_t n;

	(void)state;
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 5), 6, -1, 0);
	hist_log(&h, D(3, 8), 7, -1, 0);  /* not acute: the same episode */
	hist_log(&h, D(3, 10), 2, -1, 1); /* a light roll: not acute */
	in = input(&h);
	assert_int_equal(episode_find(ep, 4, &in, D(3, 20)), 1);
	hist_log(&h, D(3, 12), 4, -1, 1); /* acute */
	in = input(&h);
	n = episode_find(ep, 4, &in, D(3, 20));
	assert_int_equal(n, 2);
	assert_int_equal(ep[0].end, D(3, 12));
	assert_false(ep[0].completed);
	assert_int_equal(ep[1].start, D(3, 12));
	assert_true(ep[1].rolled);
}

static void
a_red_flag_holds_the_episode_until_resolved(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;
	struct recover_session s[32];
	struct ankle_log *l;

	(void)state;
	memset(&h, 0, sizeof(h));
	l = hist_log(&h, D(3, 5), 5, -1, 1);
	l->weight_bearing = WB_UNABLE; /* O1 */
	hist_log(&h, D(3, 6), 2, -1, 0);  /* leaves the flag out: resolves nothing */
	hist_run(&h, D(3, 7), 1, 1);      /* against advice: not a session */
	in = input(&h);
	assert_int_equal(episode_find(ep, 4, &in, D(3, 20)), 1);
	assert_int_equal(ep[0].flag_until, INT32_MAX);
	assert_int_equal(episode_sessions(s, NULL, 32, &in, &ep[0], D(3, 20), NULL), 0);

	/* a later day's --red-flags none resolves it: protect from that day */
	l = hist_log(&h, D(3, 9), 2, -1, 0);
	l->red_flags_none = 1;
	hist_run(&h, D(3, 13), 1, 1);
	in = input(&h);
	assert_int_equal(episode_find(ep, 4, &in, D(3, 20)), 1);
	assert_int_equal(ep[0].flag_until, INT32_MIN);
	assert_int_equal(ep[0].protect_from, D(3, 9));
	assert_int_equal(episode_sessions(s, NULL, 32, &in, &ep[0], D(3, 20), NULL), 1);
	assert_int_equal(s[0].day, D(3, 13));

	/* so does a consultation, on or after the log's day */
	h.logs[h.nlogs - 1].red_flags_none = 0;
	h.consults[0] = (struct consult){ 1, D(3, 8), SIDE_BOTH, CONSULT_CLINICIAN, NULL };
	h.nconsults = 1;
	in = input(&h);
	episode_find(ep, 4, &in, D(3, 20));
	assert_int_equal(ep[0].protect_from, D(3, 8));
	h.consults[0].side = SIDE_RIGHT; /* the other side: no */
	in = input(&h);
	episode_find(ep, 4, &in, D(3, 20));
	assert_int_equal(ep[0].flag_until, INT32_MAX);
}

static void
worse_despite_self_care(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;
	char msg[256];

	(void)state;
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 5), 6, -1, 0);
	hist_log(&h, D(3, 6), 7, -1, 0); /* worse, but in the protect days */
	in = input(&h);
	episode_find(ep, 4, &in, D(3, 6));
	assert_false(episode_worse(msg, sizeof(msg), &in, &ep[0], D(3, 6)));
	hist_log(&h, D(3, 8), 6, -1, 0); /* after them, as bad as at first: no */
	in = input(&h);
	episode_find(ep, 4, &in, D(3, 8));
	assert_false(episode_worse(msg, sizeof(msg), &in, &ep[0], D(3, 8)));
	hist_log(&h, D(3, 9), 7, -1, 0); /* more than at first */
	in = input(&h);
	episode_find(ep, 4, &in, D(3, 9));
	assert_true(episode_worse(msg, sizeof(msg), &in, &ep[0], D(3, 9)));
	assert_non_null(strstr(msg, "see a clinician"));
	/* after a consultation, the log before it is the measure */
	h.consults[0] = (struct consult){ 1, D(3, 9), SIDE_LEFT, CONSULT_PHYSIO, NULL };
	h.nconsults = 1;
	in = input(&h);
	assert_false(episode_worse(msg, sizeof(msg), &in, &ep[0], D(3, 9)));

	/* rising over three logs spanning 5 days, each below the first */
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 5), 6, -1, 0);
	hist_log(&h, D(3, 8), 1, -1, 0);
	hist_log(&h, D(3, 10), 2, -1, 0);
	hist_log(&h, D(3, 12), 3, -1, 0); /* spans 4 days: not yet */
	in = input(&h);
	episode_find(ep, 4, &in, D(3, 12));
	assert_false(episode_worse(msg, sizeof(msg), &in, &ep[0], D(3, 12)));
	h.logs[3].day = D(3, 13);           /* 5 days */
	in = input(&h);
	assert_true(episode_worse(msg, sizeof(msg), &in, &ep[0], D(3, 13)));
	h.logs[2].pain = 1;                 /* not rising */
	in = input(&h);
	assert_false(episode_worse(msg, sizeof(msg), &in, &ep[0], D(3, 13)));
}

static void
runner_ends_an_episode_early(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;
	size_t n;

	(void)state;
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 5), 6, -1, 0);
	h.rows[0] = (struct recovery_record){ 1, D(3, 5), 1, D(3, 9) };
	h.nrows = 1;
	in = input(&h);
	n = episode_find(ep, 4, &in, D(3, 8));
	assert_int_equal(n, 1);
	assert_true(ep[0].has_row);
	assert_int_equal(ep[0].protect_days, 1);
	assert_int_equal(ep[0].end, INT32_MAX); /* not yet on 3-8 */
	n = episode_find(ep, 4, &in, D(3, 20));
	assert_int_equal(ep[0].end, D(3, 9));
	assert_true(ep[0].ended_early);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(facts_unknown_without_runs),
		cmocka_unit_test(facts_steady_log_is_absent),
		cmocka_unit_test(facts_spikes_weeks_and_symptoms),
		cmocka_unit_test(facts_rest_rules),
		cmocka_unit_test(triggers_on_both_sides_of_their_thresholds),
		cmocka_unit_test(no_trigger_no_episode),
		cmocka_unit_test(the_return_then_the_reentry_then_the_end),
		cmocka_unit_test(a_flare_in_the_reentry_steps_back_a_week),
		cmocka_unit_test(a_bad_morning_holds_the_return_back),
		cmocka_unit_test(a_new_acute_event_begins_a_new_episode),
		cmocka_unit_test(a_red_flag_holds_the_episode_until_resolved),
		cmocka_unit_test(worse_despite_self_care),
		cmocka_unit_test(runner_ends_an_episode_early),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
