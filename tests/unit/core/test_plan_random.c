/* test_plan_random.c - thousands of random plans, each checked by a
 * checker written here, apart from the builder (core/plan.c): it reads
 * only the runs the plan lists and the input, and recomputes every figure
 * itself.
 *
 * What each plan must keep (core/plan.h):
 *  - exactly runs_per_week runs in every week, walk-run weeks included;
 *  - no continuous week more than 10% over the week before (the runner's
 *    mean week before week 1; the last walk-run week before the first
 *    continuous one), cutback weeks included;
 *  - every 4th continuous week a cutback, 20-30% down;
 *  - no run (but an R3 session) more than 1.1 x the longest run of its own
 *    prior 30 days, the recent runs and the plan's earlier runs counting;
 *  - the walk-run start exactly when L2 or the mile-a-week floor says so,
 *    with the six R3 phases, two sessions each, a rest day between;
 *  - no week above the target; the target reached in the week the plan
 *    says, or never when it says 0; a week short of its 10% step only
 *    when L1 holds its long run back.
 *
 * Rounding tolerance: runs are multiples of 100 m, so "reached" means
 * within one 100 m step of the target (week > target - 100 m). The 10%
 * rule and L1 are checked with no tolerance beyond 1e-6 m of floating
 * point: the builder rounds down, never up.
 *
 * Deterministic: a fixed seed; 6,000 random inputs (about 4,800 plans and
 * 1,200 refusals) take about half a second (6 s under ASan).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/plan.h"
#include "core/recover.h"
#include "util/date.h"

#define N_PLANS 6000
#define EPS 1e-6
#define STEP 100.0
#define MILE 1609.344

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint32_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

/* Uniform in [lo, hi]. */
static int
rnd_int(int lo, int hi)
{
	return lo + (int)(rnd() % (uint32_t)(hi - lo + 1));
}

static double
rnd_real(double lo, double hi)
{
	return lo + (hi - lo) * (rnd() % 1000001) / 1000000.0;
}

/* What the random inputs covered, printed at the end. */
struct tally {
	int plans, refused, walk_run, reached, not_reached, short_weeks;
	int by_runs[8];
	double worst_week, worst_run, worst_window, worst_small, goal_sum, got_sum;
	int weeks;
};

/* A runner's history: current volume vol_m a week over the 4 weeks before
 * start (0: none), in habit runs a week; sometimes a break before the
 * start, or only runs from 28-30 days before. */
static size_t
make_history(struct plan_past_run *out, int32_t start, double vol_m, int habit)
{
	size_t n = 0;
	int kind = rnd_int(0, 9), gap = 0;

	if (!(vol_m > 0))
		return 0;
	if (kind == 0)
		gap = rnd_int(1, 30); /* no run in the last gap days */
	for (int w = 0; w < 5; w++) {
		double lng = vol_m / (habit + 0.5) * rnd_real(1.0, 2.0);
		double easy = habit > 1 ? (vol_m - lng) / (habit - 1) : 0;

		if (habit == 1)
			lng = vol_m;
		if (easy < 0)
			easy = vol_m / habit, lng = easy;
		for (int k = 0; k < habit; k++) {
			int32_t day = start - 7 * w - 1 - (k * 7) / habit;
			double d = k == 0 ? lng : easy * rnd_real(0.8, 1.2);

			if (day < start - 31 || day >= start - gap)
				continue;
			if (kind == 1 && day > start - 28)
				continue; /* only the oldest runs */
			if (d < 200)
				d = 200;
			out[n++] = (struct plan_past_run){ day, round(d) };
		}
	}
	return n;
}

static double
longest_before(const struct plan *p, int upto, const struct plan_input *in, int32_t day)
{
	double m = 0;

	for (size_t i = 0; i < in->n_recent; i++)
		if (in->recent[i].day >= day - 30 && in->recent[i].day < day &&
		    in->recent[i].distance_m > m)
			m = in->recent[i].distance_m;
	for (int i = 0; i < upto; i++)
		if (p->run[i].day >= day - 30 && p->run[i].day < day &&
		    p->run[i].distance_m > m)
			m = p->run[i].distance_m;
	return m;
}

static double
mean_week(const struct plan_input *in)
{
	double s = 0;

	for (size_t i = 0; i < in->n_recent; i++)
		if (in->recent[i].day >= in->start - 28 && in->recent[i].day < in->start)
			s += in->recent[i].distance_m;
	return s / 4;
}

static int
any_run_in(const struct plan_input *in, int32_t from, int32_t to)
{
	for (size_t i = 0; i < in->n_recent; i++)
		if (in->recent[i].day >= from && in->recent[i].day <= to)
			return 1;
	return 0;
}

#define CHECK(cond, ...) do { if (!(cond)) { print_case(in, p); \
	fail_msg(__VA_ARGS__); } } while (0)

static void
print_case(const struct plan_input *in, const struct plan *p)
{
	char d[11];

	print_message("start %s, %d weeks, target %.0f m, %d runs a week, long run day %d, "
		      "%zu recent runs:", date_format(d, in->start), in->weeks,
		      in->target_week_m, in->runs_per_week, in->long_run_weekday,
		      in->n_recent);
	for (size_t i = 0; i < in->n_recent; i++)
		print_message(" %d:%.0f", (int)(in->recent[i].day - in->start),
			      in->recent[i].distance_m);
	print_message("\n");
	for (int i = 0; p && i < p->n_runs; i++)
		print_message("  run %d: day +%d week %d %.0f m%s phase %d\n", i,
			      (int)(p->run[i].day - in->start), p->run[i].week,
			      p->run[i].distance_m, p->run[i].long_run ? " long" : "",
			      p->run[i].walk_run_phase);
}

/* The run 7 days before run i: the same slot a week earlier. */
static const struct plan_run *
slot_before(const struct plan *p, int i)
{
	for (int k = 0; k < i; k++)
		if (p->run[k].day == p->run[i].day - 7)
			return &p->run[k];
	return NULL;
}

/* Whether run i is at one of its limits: L1; 10% over the same slot a
 * week before (one 100 m step for a slot under 1 km; in a cutback week,
 * the slot itself); an easy run at the long run of its week. */
static int
run_held(const struct plan *p, int i, const struct plan_input *in, double long_m)
{
	const struct plan_run *r = &p->run[i], *slot = slot_before(p, i);
	double lim = 1.1 * longest_before(p, i, in, r->day);

	if (slot) {
		double s = floor(1.1 * slot->distance_m / STEP + 1e-9) * STEP;

		if (s < slot->distance_m + STEP)
			s = floor(slot->distance_m / STEP + 1e-9) * STEP + STEP;
		if (p->week[r->week - 1].cutback)
			s = slot->distance_m;
		if (s < lim)
			lim = s;
	}
	if (!r->long_run && long_m < lim)
		lim = long_m;
	return r->distance_m + STEP > lim + EPS;
}

/* Whether the 3 weeks after a 20% cutback from prev can climb back to
 * prev at 10% a week in 100 m steps: where not, there is no cutback. */
static int
regains(double prev)
{
	double x = floor(0.8 * prev / STEP + 1e-9) * STEP;

	for (int i = 0; i < 3; i++)
		x = floor(1.1 * x / STEP + 1e-9) * STEP;
	return x >= prev - EPS;
}

/* The refusal of plan_check() must have a reason the checker sees. */
static void
check_refusal(const struct plan_input *in, struct tally *t)
{
	const struct plan *p = NULL;
	int n = in->runs_per_week ? in->runs_per_week : 3;
	/* A run in [start - 24, start - 1] is inside the 30 days before any
	 * day of week 1: without one, a walk-run start is possible. */
	int walk_possible = !any_run_in(in, in->start - 24, in->start - 1) ||
		mean_week(in) < MILE;

	CHECK(in->target_week_m < n * 500.0 || (n > 3 && walk_possible),
	      "refused without a reason");
	t->refused++;
}

static void
check_plan(const struct plan_input *in, const struct plan *p, struct tally *t)
{
	int n = in->runs_per_week ? in->runs_per_week : 3;
	int lwd = in->long_run_weekday < 0 ? 6 : in->long_run_weekday;
	double week[PLAN_MAX_WEEKS] = { 0 }, longest[PLAN_MAX_WEEKS] = { 0 };
	int runs[PLAN_MAX_WEEKS] = { 0 }, longs[PLAN_MAX_WEEKS] = { 0 };
	int phase_week[PLAN_MAX_WEEKS] = { 0 }, sessions = 0;
	int32_t end = in->start + 7 * in->weeks, first;
	double base = mean_week(in), prev, target100;
	int walk, k = 0, reached = 0, cont_weeks = 0;

	CHECK(p->n_runs > 0, "no runs");
	CHECK(p->n_weeks == in->weeks, "weeks");
	/* The runs, in day order, inside the plan. */
	for (int i = 0; i < p->n_runs; i++) {
		const struct plan_run *r = &p->run[i];
		int w = (r->day - in->start) / 7 + 1;

		CHECK(r->day >= in->start && r->day < end, "run %d outside the plan", i);
		CHECK(i == 0 || r->day > p->run[i - 1].day, "run %d not after the one before", i);
		CHECK(r->week == w, "run %d: week", i);
		week[w - 1] += r->distance_m;
		runs[w - 1]++;
		longs[w - 1] += r->long_run;
		if (r->distance_m > longest[w - 1])
			longest[w - 1] = r->distance_m;
		if (r->walk_run_phase)
			phase_week[w - 1] = 1;
	}
	/* L2 and the mile a week, on the first run's own prior 30 days. */
	first = p->run[0].day;
	CHECK(first < in->start + 7, "the first run is not in week 1");
	walk = !any_run_in(in, first - 30, first - 1) || base < MILE;
	CHECK(p->walk_run_start == walk, "walk-run start %d, expected %d",
	      p->walk_run_start, walk);
	if (walk)
		t->walk_run++;
	t->by_runs[n]++;

	/* R3: 12 sessions, two per phase as listed, a rest day between. */
	for (int i = 0; walk && i < p->n_runs && i < 12; i++) {
		const struct plan_run *r = &p->run[i];

		CHECK(r->walk_run_phase == i / 2 + 1, "run %d: phase %d", i, r->walk_run_phase);
		CHECK(fabs(r->distance_m - (i < 2 ? 1.0 : i < 6 ? 1.5 : 2.0) * MILE) < 1e-6,
		      "run %d: not the phase's distance", i);
		CHECK(i == 0 || r->day - p->run[i - 1].day >= 2, "run %d: no rest day before", i);
		sessions++;
	}
	for (int i = walk ? 12 : 0; i < p->n_runs; i++)
		CHECK(!p->run[i].walk_run_phase, "run %d: a phase after the 12 sessions", i);

	/* Exactly n a week; the long run on its weekday, the longest. */
	for (int w = 0; w < in->weeks; w++) {
		CHECK(runs[w] == n, "week %d: %d runs, not %d", w + 1, runs[w], n);
		CHECK(fabs(p->week[w].distance_m - week[w]) < EPS, "week %d: total", w + 1);
		CHECK(p->week[w].walk_run == phase_week[w], "week %d: walk-run flag", w + 1);
		if (phase_week[w])
			continue;
		CHECK(longs[w] == 1, "week %d: %d long runs", w + 1, longs[w]);
	}
	for (int i = 0; i < p->n_runs; i++) {
		const struct plan_run *r = &p->run[i];

		if (!r->long_run)
			continue;
		CHECK(day_weekday(r->day) == lwd, "run %d: long run not on weekday %d", i, lwd);
		CHECK(r->distance_m >= longest[r->week - 1] - EPS, "run %d: long run not the "
		      "longest", i);
	}

	/* L1 on every run but the R3 sessions. */
	for (int i = 0; i < p->n_runs; i++) {
		const struct plan_run *r = &p->run[i];
		double m = longest_before(p, i, in, r->day);

		CHECK(r->distance_m >= STEP - EPS, "run %d: under 100 m", i);
		CHECK(fabs(r->lmax30_m - m) < EPS, "run %d: L1 reference %.0f, not %.0f", i,
		      r->lmax30_m, m);
		if (r->walk_run_phase)
			continue;
		CHECK(m > 0, "run %d: no run in its prior 30 days (L2)", i);
		CHECK(r->distance_m <= 1.1 * m + EPS, "run %d: %.0f m over 1.1 x %.0f m", i,
		      r->distance_m, m);
		if (r->distance_m / m > t->worst_run)
			t->worst_run = r->distance_m / m;
		/* The same day a week before: 10% at most (one 100 m step
		 * under 1 km), and no more than it in a cutback week. */
		if (slot_before(p, i)) {
			double sl = slot_before(p, i)->distance_m;
			double lim = sl < 1000 ? sl + STEP : 1.1 * sl;

			if (p->week[r->week - 1].cutback)
				lim = sl;
			CHECK(r->distance_m <= lim + EPS, "run %d: %.0f m after %.0f m a week "
			      "before", i, r->distance_m, sl);
		}
	}

	/* The weeks: 10% at most, cutbacks, target, liveness. */
	target100 = in->target_week_m - STEP;
	prev = base;
	for (int w = 0; w < in->weeks; w++) {
		int cut, is_first = w == 0;
		double goal;

		if (phase_week[w]) {
			prev = week[w];
			continue;
		}
		cont_weeks++;
		cut = ++k % 4 == 0 && regains(prev);
		CHECK(p->week[w].cutback == cut, "week %d: cutback flag", w + 1);
		CHECK(week[w] <= in->target_week_m + EPS, "week %d above the target", w + 1);
		CHECK(week[w] <= 1.1 * prev + EPS, "week %d: %.0f m over 1.1 x %.0f m", w + 1,
		      week[w], prev);
		if (prev > 0 && week[w] / prev > t->worst_week)
			t->worst_week = week[w] / prev;
		if (cut) {
			for (int i = 0; i < p->n_runs; i++) {
				const struct plan_run *sl = slot_before(p, i);

				if (p->run[i].week == w + 1 && sl)
					CHECK(p->run[i].distance_m <= sl->distance_m + EPS,
					      "week %d: cutback run %d longer than a week before",
					      w + 1, i);
			}
			CHECK(week[w] <= 0.8 * prev + EPS, "week %d: cutback under 20%%", w + 1);
			CHECK(week[w] >= 0.7 * prev - n * STEP, "week %d: cutback over 30%%",
			      w + 1);
		} else if (week[w] > target100 && !reached) {
			reached = w + 1;
		}
		/* Short of the step: only when no run of the week could be
		 * 100 m longer without breaking one of its limits. */
		goal = is_first && !walk ? base : prev * (cut ? 0.8 : 1.1);
		if (goal > in->target_week_m)
			goal = in->target_week_m;
		goal = floor(goal / STEP + 1e-9) * STEP;
		t->weeks++;
		t->goal_sum += goal;
		t->got_sum += week[w];
		if (week[w] < goal - EPS) {
			for (int i = 0; i < p->n_runs; i++)
				if (p->run[i].week == w + 1)
					CHECK(run_held(p, i, in, longest[w]), "week %d: %.0f m, "
					      "short of %.0f m, and run %d is free", w + 1, week[w],
					      goal, i);
			t->short_weeks++;
		}
		prev = week[w];
	}
	CHECK(p->target_week == reached, "target week %d, expected %d", p->target_week,
	      reached);
	if (reached)
		t->reached++;
	else
		t->not_reached++;

	/* L3 as talus today counts it, on every 7-day window of the plan
	 * after its first continuous week began (the one before may hold
	 * phase-6 sessions): at most 10% over the 7 days before when each run
	 * of those is 1 km or more (a run under 1 km may grow by one 100 m
	 * step). */
	{
		int32_t from = in->start + 7 * (p->walk_run_weeks + (walk ? 0 : 1));

		for (int32_t d = from; d + 7 <= end; d++) {
			double a = 0, b = 0;
			int small = 0;

			for (int i = 0; i < p->n_runs; i++) {
				if (p->run[i].day >= d && p->run[i].day < d + 7) {
					a += p->run[i].distance_m;
				} else if (p->run[i].day >= d - 7 && p->run[i].day < d) {
					b += p->run[i].distance_m;
					small |= p->run[i].distance_m < 1000;
				}
			}
			if (!small)
				CHECK(a <= 1.1 * b + EPS, "the 7 days from +%d: %.0f m over 1.1 x "
				      "%.0f m", (int)(d - in->start), a, b);
			else if (b > 0 && a / b > t->worst_small)
				t->worst_small = a / b;
			if (!small && b > 0 && a / b > t->worst_window)
				t->worst_window = a / b;
		}
	}
	(void)sessions;
	(void)cont_weeks;
}

static void
random_plans_keep_the_rules(void **state)
{
	static struct plan p, again;
	struct plan_past_run hist[64];
	struct tally t;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	memset(&t, 0, sizeof(t));
	for (int c = 0; c < N_PLANS; c++) {
		struct plan_input in;
		int habit = rnd_int(1, 7), pick = rnd_int(0, 9);
		double vol;

		/* Current volume: none, under a mile a week, or 2-100 km. */
		vol = pick < 2 ? 0 : pick == 2 ? rnd_real(300, 1700) : rnd_real(2000, 100000);
		memset(&in, 0, sizeof(in));
		in.start = 20000 + rnd_int(0, 3000);
		in.weeks = rnd_int(1, 52);
		in.long_run_weekday = rnd_int(-1, 6);
		in.runs_per_week = rnd_int(0, 7);
		in.target_week_m = rnd_int(0, 3) == 0 ? rnd_real(300, 150000) :
			(vol > 0 ? vol : 10000) * rnd_real(0.5, 3.0);
		in.n_recent = make_history(hist, in.start, vol, habit);
		in.recent = hist;

		if (plan_check(&in, UNITS_KM, &err)) {
			assert_int_equal(err.code, TALUS_EINVAL);
			err_clear(&err);
			check_refusal(&in, &t);
			continue;
		}
		assert_int_equal(plan_build(&p, &in, &err), 0);
		check_plan(&in, &p, &t);
		/* The same input builds the same plan. */
		assert_int_equal(plan_build(&again, &in, &err), 0);
		assert_memory_equal(&p, &again, sizeof(p));
		t.plans++;
	}
	print_message("%d plans checked (%d walk-run starts; runs a week 1-7: %d %d %d %d %d %d "
		      "%d), %d refused; target reached in %d, not in %d; %d of %d weeks "
		      "short of their 10%% step (%.1f%% of the steps' distance planned)\nlargest week on week %.4f, largest run on its 30-day "
		      "longest %.4f, largest 7-day window on the 7 before %.4f (%.4f with a run under "
		      "1 km)\n", t.plans,
		      t.walk_run, t.by_runs[1], t.by_runs[2], t.by_runs[3],
		      t.by_runs[4], t.by_runs[5], t.by_runs[6], t.by_runs[7], t.refused,
		      t.reached, t.not_reached, t.short_weeks, t.weeks,
		      100.0 * t.got_sum / t.goal_sum, t.worst_week, t.worst_run,
		      t.worst_window, t.worst_small);
	/* The inputs reached every case the rules have. */
	assert_true(t.walk_run > 200);
	assert_true(t.plans - t.walk_run > 2000);
	assert_true(t.refused > 50);
	assert_true(t.reached > 500 && t.not_reached > 500);
	for (int r = 1; r <= 7; r++)
		assert_true(t.by_runs[r] > 100);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(random_plans_keep_the_rules),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
