/* plan.c - the mileage build-up (see plan.h for the invariants it keeps).
 * Pure: no I/O, no clock, no allocation.
 *
 * Each continuous week has a goal: the week before (as planned, or the
 * runner's mean week before week 1) times 1.1, or times 0.8 for a
 * cutback, never above the target, rounded down to 100 m. So the 10% rule
 * holds by construction on the planned distances, after a cutback too
 * (the week after one grows from the cutback week).
 *
 * The week's runs: the long run on the long-run weekday, the others spread
 * over the week (weekday offsets round(k * 7 / n) from the long-run day).
 * An ordinary run is goal / (n + 0.5) rounded down to 100 m and the long
 * run the rest of the goal, about 1.5 times an ordinary one (design
 * choice). Runs are placed in day order and each is cut to 1.1 x the
 * longest run of its prior 30 days (L1); what was cut goes to the other
 * runs of the week while they stay within their own limit, and a week
 * that still comes out short is what the next week grows from.
 */
#include "core/plan.h"
#include "core/recover.h"
#include "util/date.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum spike_band
plan_spike_band(double distance_m, double lmax30_m)
{
	if (!(lmax30_m > 0))
		return SPIKE_UNBOUNDED;
	if (distance_m > lmax30_m * 2.0)
		return SPIKE_LARGE;
	if (distance_m > lmax30_m * 1.3)
		return SPIKE_MODERATE;
	if (distance_m > lmax30_m * (1.0 + PLAN_SPIKE))
		return SPIKE_SMALL;
	return SPIKE_NONE;
}

const char *
plan_spike_band_str(enum spike_band b)
{
	switch (b) {
	case SPIKE_NONE:
		return "none";
	case SPIKE_SMALL:
		return "small";
	case SPIKE_MODERATE:
		return "moderate";
	case SPIKE_LARGE:
		return "large";
	case SPIKE_UNBOUNDED:
		return "unbounded";
	}
	return "?";
}

static double
round_down(double m)
{
	/* A hair of slack so that 1.1 x 1000 m, which is 1100.0000000000002
	 * in binary, and 3 x 0.1 km sums stay on their 100 m step. */
	return floor(m / PLAN_ROUND_M + 1e-9) * PLAN_ROUND_M;
}

/* Longest run in [day - 30, day - 1]: the caller's recent runs and the
 * first n_before runs of the plan (those placed before it). */
static double
lmax30_of(const struct plan *p, const struct plan_input *in, int n_before, int32_t day)
{
	double m = 0;

	for (size_t i = 0; i < in->n_recent; i++)
		if (in->recent[i].day >= day - 30 && in->recent[i].day < day &&
		    in->recent[i].distance_m > m)
			m = in->recent[i].distance_m;
	for (int i = n_before - 1; i >= 0 && p->run[i].day >= day - 30; i--)
		if (p->run[i].day < day && p->run[i].distance_m > m)
			m = p->run[i].distance_m;
	return m;
}

static double
lmax30(const struct plan *p, const struct plan_input *in, int32_t day)
{
	return lmax30_of(p, in, p->n_runs, day);
}

static struct plan_run *
add_run(struct plan *p, int32_t day, double distance_m, int long_run, int phase)
{
	struct plan_run *r = &p->run[p->n_runs++];

	r->day = day;
	r->week = (day - p->start) / 7 + 1;
	r->distance_m = distance_m;
	r->long_run = long_run;
	r->walk_run_phase = phase;
	r->lmax30_m = 0;
	return r;
}

/* Day offsets (from the week's first day) of n runs a week, ascending;
 * the long run's offset in *out_long. */
static int
week_days(int32_t offs[7], int *out_long, int n, int long_wd, int32_t ws)
{
	int wd0 = day_weekday(ws), used[7] = { 0 };
	int k = 0;

	for (int i = 0; i < n; i++) {
		int wd = (long_wd + (2 * i * 7 + n) / (2 * n)) % 7;

		used[(wd - wd0 + 7) % 7] = 1 + (i == 0);
	}
	for (int o = 0; o < 7; o++) {
		if (!used[o])
			continue;
		if (used[o] == 2)
			*out_long = o;
		offs[k++] = o;
	}
	return k;
}

/* The run of the plan 7 days before day among its first n runs: the same
 * slot a week earlier (the weeks share their run days); NULL if none. */
static const struct plan_run *
slot_before(const struct plan *p, int n, int32_t day)
{
	for (int i = n - 1; i >= 0 && p->run[i].day >= day - 7; i--)
		if (p->run[i].day == day - 7)
			return &p->run[i];
	return NULL;
}

/* The most run i of the plan (on day, the first n_before runs placed
 * before it) may be: 1.1 x the longest run of its prior 30 days (L1) and
 * 1.1 x the same slot a week before, so that every 7-day window, not only
 * the plan's weeks, grows by 10% at most (L3 as talus today counts it). A
 * slot under 1 km, which 10% cannot move by a 100 m step, may grow by
 * one step (design choice). In a cutback week no run is longer than the
 * same day a week before. */
static double
run_limit(const struct plan *p, const struct plan_input *in, int n_before, int32_t day,
	  int cut)
{
	const struct plan_run *slot = slot_before(p, n_before, day);
	double lim = round_down(lmax30_of(p, in, n_before, day) * (1.0 + PLAN_SPIKE));

	if (slot) {
		double s = round_down(slot->distance_m * (1.0 + PLAN_INCREASE));

		if (s < slot->distance_m + PLAN_ROUND_M - 1e-6)
			s = round_down(slot->distance_m) + PLAN_ROUND_M;
		if (cut)
			s = round_down(slot->distance_m);
		if (s < lim)
			lim = s;
	}
	return lim < PLAN_ROUND_M ? PLAN_ROUND_M : lim;
}

/* Places one continuous week of exactly runs_per_week runs summing to at
 * most goal (a multiple of 100 m); returns its planned distance.
 *
 * The runs are shared as in plan.c's header, then each is cut to its
 * limit (run_limit()), computed in day order with the runs placed before
 * it. What a cut took off goes, 100 m at a time and in turn, to the runs
 * still under their own limit (as the runs before them then stand), an
 * easy run never past the long one. Raising an earlier run only raises
 * the limit of a later one, so no run breaks its limit. */
static double
place_week(struct plan *p, const struct plan_input *in, int w, double goal, int cut)
{
	int32_t ws = p->start + 7 * (w - 1), offs[7];
	int lo = 0, n = week_days(offs, &lo, p->runs_per_week, p->long_run_weekday, ws);
	int first = p->n_runs, li = 0, moved;
	double easy, sum = 0;

	easy = round_down(goal / (n + 0.5));
	if (easy < PLAN_ROUND_M)
		easy = PLAN_ROUND_M;
	for (int i = 0; i < n; i++) {
		int32_t day = ws + offs[i];
		double want = offs[i] == lo ? goal - (n - 1) * easy : easy;
		double lim = run_limit(p, in, p->n_runs, day, cut);

		if (offs[i] == lo)
			li = i;
		if (want < PLAN_ROUND_M)
			want = PLAN_ROUND_M;
		if (want > lim)
			want = lim;
		/* An easy run after the long run stays within it (one before
		 * it does anyway: the long run's own limits are above it). */
		if (offs[i] > lo && want > p->run[first + li].distance_m)
			want = p->run[first + li].distance_m;
		add_run(p, day, want, offs[i] == lo, 0);
		sum += want;
	}
	do {
		moved = 0;
		for (int i = 0; i < n && goal - sum >= PLAN_ROUND_M - 1e-6; i++) {
			struct plan_run *r = &p->run[first + i];
			double lim = run_limit(p, in, first + i, r->day, cut);

			if (i != li && p->run[first + li].distance_m < lim)
				lim = p->run[first + li].distance_m;
			if (r->distance_m + PLAN_ROUND_M > lim + 1e-6)
				continue;
			r->distance_m += PLAN_ROUND_M;
			sum += PLAN_ROUND_M;
			moved = 1;
		}
	} while (moved && goal - sum >= PLAN_ROUND_M - 1e-6);
	return sum;
}

static void
summarise_weeks(struct plan *p)
{
	for (int w = 0; w < p->n_weeks; w++) {
		p->week[w].distance_m = 0;
		p->week[w].long_run_m = 0;
		p->week[w].runs = 0;
	}
	for (int i = 0; i < p->n_runs; i++) {
		struct plan_week *wk = &p->week[p->run[i].week - 1];

		wk->distance_m += p->run[i].distance_m;
		wk->runs++;
		if (p->run[i].distance_m > wk->long_run_m)
			wk->long_run_m = p->run[i].distance_m;
		if (p->run[i].walk_run_phase)
			wk->walk_run = 1;
	}
}

/* Design choice: a cutback only where the weeks after it can climb back
 * to the week before it at 10% a week in 100 m steps (from about 2.5 km a
 * week): below that, every cutback would leave the plan lower for good. */
static int
cutback_regained(double prev)
{
	double x = round_down(prev * (1.0 - PLAN_CUTBACK));

	for (int i = 1; i < PLAN_CUTBACK_EVERY; i++)
		x = round_down(x * (1.0 + PLAN_INCREASE));
	return x >= prev - 1e-6;
}

int
plan_walk_run_sessions(int runs_per_week)
{
	return runs_per_week < 1 ? PLAN_WALK_RUN_MAX_PER_WEEK :
		runs_per_week > PLAN_WALK_RUN_MAX_PER_WEEK ?
		PLAN_WALK_RUN_MAX_PER_WEEK : runs_per_week;
}

/* R3 from the start: the 12 sessions (two per phase, as listed) on the
 * week's run days, so that each week holds as many sessions as the plan
 * has runs (at most 3: a rest day between sessions); returns the number
 * of walk-run weeks. */
static int
place_walk_run(struct plan *p)
{
	int n = plan_walk_run_sessions(p->runs_per_week);
	int total = RECOVER_PHASES * RECOVER_MIN_SESSIONS, s = 0, w;

	for (w = 1; w <= p->n_weeks && s < total; w++) {
		int32_t ws = p->start + 7 * (w - 1), offs[7];
		int lo = 0, k = week_days(offs, &lo, n, p->long_run_weekday, ws);

		for (int i = 0; i < k && s < total; i++, s++) {
			const struct recover_phase *ph =
				recover_phase_get(s / RECOVER_MIN_SESSIONS + 1);

			add_run(p, ws + offs[i], ph->distance_m, 0, ph->phase);
		}
	}
	return w - 1;
}

/* The first day a run of week 1 falls on. */
static int32_t
first_run_day(const struct plan_input *in, int runs_per_week, int long_wd)
{
	int32_t offs[7];
	int lo = 0;

	week_days(offs, &lo, runs_per_week, long_wd, in->start);
	return in->start + offs[0];
}

static int
check_input(const struct plan_input *in, struct talus_err *err)
{
	if (in->weeks < 1 || in->weeks > PLAN_MAX_WEEKS)
		return err_set(err, TALUS_EINVAL,
			       "weeks %d is not between 1 and %d", in->weeks,
			       PLAN_MAX_WEEKS);
	if (!(in->target_week_m > 0) || in->target_week_m > 1e6)
		return err_set(err, TALUS_EINVAL,
			       "target %.0f m a week is not above 0",
			       in->target_week_m);
	if (in->runs_per_week < 0 || in->runs_per_week > 7)
		return err_set(err, TALUS_EINVAL,
			       "%d runs a week is not between 1 and 7",
			       in->runs_per_week);
	if (in->long_run_weekday < -1 || in->long_run_weekday > 6)
		return err_set(err, TALUS_EINVAL, "long-run weekday %d is not "
			       "0 (Monday) to 6 (Sunday)", in->long_run_weekday);
	for (size_t i = 0; i < in->n_recent; i++)
		if (!(in->recent[i].distance_m > 0))
			return err_set(err, TALUS_EINVAL,
				       "recent run %zu has no distance", i + 1);
	return 0;
}

int
plan_walk_run_start(const struct plan_input *in)
{
	int n = in->runs_per_week ? in->runs_per_week : 3;
	int lwd = in->long_run_weekday < 0 ? 6 : in->long_run_weekday;
	int32_t first = first_run_day(in, n, lwd);
	double sum28 = 0, m = 0;

	for (size_t i = 0; i < in->n_recent; i++) {
		const struct plan_past_run *r = &in->recent[i];

		if (r->day >= in->start - 28 && r->day < in->start)
			sum28 += r->distance_m;
		if (r->day >= first - 30 && r->day < first && r->distance_m > m)
			m = r->distance_m;
	}
	/* L2: the first run needs a run in its own prior 30 days. Design
	 * choice: under a mile a week is treated as no running. */
	return !(m > 0) || sum28 / 4 < RECOVER_MILE_M;
}

int
plan_check(const struct plan_input *in, enum units u, struct talus_err *err)
{
	int n = in->runs_per_week ? in->runs_per_week : 3;
	char a[24], b[24], c[24];
	int rc;

	if ((rc = check_input(in, err)))
		return rc;
	if (in->target_week_m < n * PLAN_MIN_RUN_M)
		return err_set(err, TALUS_EINVAL, "a target of %s a week is under %s a "
			       "run at %d run%s a week (design choice): ask a target of "
			       "at least %s, or fewer runs a week",
			       distance_format(a, in->target_week_m, u),
			       distance_format(b, PLAN_MIN_RUN_M, u), n, n == 1 ? "" : "s",
			       distance_format(c, n * PLAN_MIN_RUN_M, u));
	if (n > PLAN_WALK_RUN_MAX_PER_WEEK && plan_walk_run_start(in))
		return err_set(err, TALUS_EINVAL, "the plan starts with the walk-run "
			       "return (no run in the 30 days before it, or under a mile "
			       "a week: L2), and its sessions need a rest day between "
			       "them (R3): ask --runs-per-week 3 or fewer, not %d", n);
	return 0;
}

int
plan_build(struct plan *out, const struct plan_input *in,
	   struct talus_err *err)
{
	double sum28 = 0, prev = 0;
	int rc, k = 0, first = 1;

	if ((rc = check_input(in, err)))
		return rc;

	memset(out, 0, sizeof(*out));
	out->start = in->start;
	out->weeks = out->n_weeks = in->weeks;
	out->target_week_m = in->target_week_m;
	out->runs_per_week = in->runs_per_week ? in->runs_per_week : 3;
	out->long_run_weekday = in->long_run_weekday < 0 ? 6 :
		in->long_run_weekday;
	for (int w = 0; w < out->n_weeks; w++) {
		out->week[w].week = w + 1;
		out->week[w].start = in->start + 7 * w;
	}
	for (size_t i = 0; i < in->n_recent; i++) {
		const struct plan_past_run *r = &in->recent[i];

		if (r->day >= in->start - 28 && r->day < in->start)
			sum28 += r->distance_m;
	}
	out->base_week_m = sum28 / 4;
	out->lmax30_m = lmax30(out, in, in->start);
	out->walk_run_start = plan_walk_run_start(in);

	if (out->walk_run_start) {
		out->walk_run_weeks = place_walk_run(out);
		summarise_weeks(out);
		prev = out->week[out->walk_run_weeks - 1].distance_m;
		first = 0;
	} else {
		/* The week before week 1 is the runner's mean week. */
		prev = out->base_week_m;
	}
	for (int w = out->walk_run_weeks + 1; w <= out->n_weeks; w++) {
		int cut = ++k % PLAN_CUTBACK_EVERY == 0 && cutback_regained(prev);
		double level, goal, actual;

		/* Design choice: week 1 is the mean week, not 10% above it. */
		if (first)
			level = prev;
		else if (cut)
			level = prev * (1.0 - PLAN_CUTBACK);
		else
			level = prev * (1.0 + PLAN_INCREASE);
		if (level > out->target_week_m)
			level = out->target_week_m;
		goal = round_down(level);
		actual = place_week(out, in, w, goal, cut);
		out->week[w - 1].cutback = cut;
		if (!cut && !out->target_week &&
		    actual >= round_down(out->target_week_m) - 1e-6)
			out->target_week = w;
		prev = actual;
		first = 0;
	}
	/* Each run's L1 reference, with every run before it as built. */
	for (int i = 0; i < out->n_runs; i++)
		out->run[i].lmax30_m = lmax30_of(out, in, i, out->run[i].day);
	summarise_weeks(out);
	return 0;
}

const struct plan_run *
plan_run_on(const struct plan *p, int32_t day)
{
	for (int i = 0; i < p->n_runs; i++)
		if (p->run[i].day == day)
			return &p->run[i];
	return NULL;
}

static void
say(struct plan_status *s, const char *rule, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
say(struct plan_status *s, const char *rule, const char *fmt, ...)
{
	va_list ap;

	s->rule = rule;
	va_start(ap, fmt);
	vsnprintf(s->message, sizeof(s->message), fmt, ap);
	va_end(ap);
}

/* A distance in the plan's unit: "8.5 km", "5.3 mi". */
static const char *
dist(char buf[24], const struct plan *p, double m)
{
	return distance_format(buf, m, p->units);
}

void
plan_run_describe(struct strbuf *sb, const struct plan_run *r, enum units u, const char *of)
{
	const struct recover_phase *ph = recover_phase_get(r->walk_run_phase);
	char d[24];

	if (ph && ph->continuous)
		strbuf_addf(sb, "walk-run phase 6: continuous easy running, "
			    "%s (R3)", distance_format(d, r->distance_m, u));
	else if (ph)
		strbuf_addf(sb, "walk-run phase %d: walk %d min / run %d min, "
			    "%s (R3)", ph->phase, ph->walk_min, ph->run_min,
			    distance_format(d, r->distance_m, u));
	else
		strbuf_addf(sb, "%s run%s%s", r->long_run ? "long" : "easy", of,
			    distance_format(d, r->distance_m, u));
}

void
plan_status(struct plan_status *out, const struct plan *p, int32_t day,
	    int symptoms_active, int red_flag)
{
	int32_t end = p->start + 7 * p->n_weeks;
	const struct plan_run *r;
	struct strbuf sb = STRBUF_INIT;

	memset(out, 0, sizeof(*out));
	if (day >= p->start && day < end)
		out->week = (day - p->start) / 7 + 1;
	if (red_flag) {
		out->state = PLAN_SEE_CLINICIAN;
		say(out, "F1-F3", "a red flag is logged: no running. See a "
		    "clinician first; the plan stays paused");
		return;
	}
	if (symptoms_active) {
		out->state = PLAN_PAUSED;
		say(out, "R1-R3", "ankle symptoms are active: the plan is "
		    "paused. Follow talus recover, and rebuild the plan when "
		    "the walk-run return is complete");
		return;
	}
	if (day < p->start) {
		out->state = PLAN_NOT_STARTED;
		char date[11];
		say(out, "L3", "the plan starts on %s", date_format(date, p->start));
		return;
	}
	if (day >= end) {
		out->state = PLAN_FINISHED;
		say(out, "L3", "the plan is finished; build a new one to go on");
		return;
	}
	out->state = PLAN_ACTIVE;
	r = plan_run_on(p, day);
	out->run = r;
	if (!r) {
		say(out, "L5", "week %d%s: rest day", out->week,
		    p->week[out->week - 1].cutback ? " (cutback)" : "");
		return;
	}
	plan_run_describe(&sb, r, p->units, " ");
	if (r->walk_run_phase)
		say(out, "R3; L2", "week %d: %s", out->week, sb.buf);
	else
	{
		char d[24];
		say(out, "L1; L3", "week %d%s: %s (L1: at most %s, 1.1 x "
		    "the longest run of the last 30 days)", out->week,
		    p->week[out->week - 1].cutback ? " (cutback)" : "", sb.buf,
		    dist(d, p, r->lmax30_m * (1.0 + PLAN_SPIKE)));
	}
	strbuf_release(&sb);
}

const char *
plan_state_str(enum plan_state s)
{
	switch (s) {
	case PLAN_NOT_STARTED:
		return "not-started";
	case PLAN_ACTIVE:
		return "active";
	case PLAN_PAUSED:
		return "paused";
	case PLAN_SEE_CLINICIAN:
		return "see-clinician";
	case PLAN_FINISHED:
		return "finished";
	}
	return "?";
}

void
plan_record_release(struct plan_record *p)
{
	free(p->recent);
	p->recent = NULL;
	p->n_recent = 0;
}
