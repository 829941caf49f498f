/* plan.c - the mileage build-up (see plan.h for the invariants it keeps).
 * Pure: no I/O, no clock, no allocation.
 *
 * The week's runs: the long run on the long-run weekday, the others spread
 * over the week (weekday offsets round(k * 7 / n) from the long-run day).
 * An ordinary run is level / (n + 0.5) and the long run 1.5 times that
 * (design choice). Runs are placed in day order and each is cut to 1.1 x
 * the longest run of its prior 30 days (L1); a week whose long run was cut
 * comes out shorter, and the next week grows from what was planned, so the
 * 10% rule holds on the planned distances.
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
	return floor(m / PLAN_ROUND_M) * PLAN_ROUND_M;
}

/* Longest run in [day - 30, day - 1]: the caller's recent runs and the
 * plan's runs placed so far. */
static double
lmax30(const struct plan *p, const struct plan_input *in, int32_t day)
{
	double m = 0;

	for (size_t i = 0; i < in->n_recent; i++)
		if (in->recent[i].day >= day - 30 && in->recent[i].day < day &&
		    in->recent[i].distance_m > m)
			m = in->recent[i].distance_m;
	for (int i = p->n_runs - 1; i >= 0 && p->run[i].day >= day - 30; i--)
		if (p->run[i].day < day && p->run[i].distance_m > m)
			m = p->run[i].distance_m;
	return m;
}

static struct plan_run *
add_run(struct plan *p, int32_t day, double distance_m, int long_run,
	int phase, double cap_basis)
{
	struct plan_run *r = &p->run[p->n_runs++];

	r->day = day;
	r->week = (day - p->start) / 7 + 1;
	r->distance_m = distance_m;
	r->long_run = long_run;
	r->walk_run_phase = phase;
	r->lmax30_m = cap_basis;
	return r;
}

/* Day offsets (from the week's first day) of the runs, ascending; the
 * long run's offset in *out_long. */
static int
week_days(int32_t offs[7], int *out_long, const struct plan *p, int32_t ws)
{
	int n = p->runs_per_week, wd0 = day_weekday(ws), used[7] = { 0 };
	int k = 0;

	for (int i = 0; i < n; i++) {
		int wd = (p->long_run_weekday + (2 * i * 7 + n) / (2 * n)) % 7;

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

/* Places one build week aiming at level; returns its planned distance. */
static double
place_week(struct plan *p, const struct plan_input *in, int w, double level)
{
	int32_t ws = p->start + 7 * (w - 1), offs[7];
	int lo = 0, n = week_days(offs, &lo, p, ws);
	double easy = round_down(level / (n + 0.5));
	double lng = round_down(1.5 * level / (n + 0.5));
	double sum = 0;

	if (n == 1)
		lng = round_down(level);
	for (int i = 0; i < n; i++) {
		int32_t day = ws + offs[i];
		double basis = lmax30(p, in, day);
		double d = offs[i] == lo ? lng : easy;

		/* L1: no run more than 10% over the longest of its prior 30
		 * days. */
		if (d > basis * (1.0 + PLAN_SPIKE))
			d = round_down(basis * (1.0 + PLAN_SPIKE));
		if (d < PLAN_ROUND_M)
			continue;
		add_run(p, day, d, offs[i] == lo, 0, basis);
		sum += d;
	}
	return sum;
}

static void
summarise_weeks(struct plan *p)
{
	for (int w = 0; w < p->n_weeks; w++) {
		p->week[w].distance_m = 0;
		p->week[w].long_run_m = 0;
	}
	for (int i = 0; i < p->n_runs; i++) {
		struct plan_week *wk = &p->week[p->run[i].week - 1];

		wk->distance_m += p->run[i].distance_m;
		if (p->run[i].distance_m > wk->long_run_m)
			wk->long_run_m = p->run[i].distance_m;
		if (p->run[i].walk_run_phase)
			wk->walk_run = 1;
	}
}

/* R3 from the start: 12 sessions every other day (two per phase), then
 * phase 6 repeated every other day to the end of week 4 (design choice)
 * so that the build starts from a full week. */
static void
place_walk_run(struct plan *p)
{
	int32_t end = p->start + 7 * p->n_weeks;
	int32_t last = p->start + 7 * PLAN_WALK_RUN_WEEKS;
	int i = 0;

	for (int32_t day = p->start; day < last && day < end; day += 2, i++) {
		int phase = i / RECOVER_MIN_SESSIONS + 1;
		const struct recover_phase *ph;

		if (phase > RECOVER_PHASES)
			phase = RECOVER_PHASES;
		ph = recover_phase_get(phase);
		add_run(p, day, ph->distance_m, 0, phase, 0);
	}
}

int
plan_build(struct plan *out, const struct plan_input *in,
	   struct talus_err *err)
{
	double sum28 = 0, prev = 0, before_cut = 0;
	int first_build = 1, prev_cut = 0, has_recent = 0;
	int32_t offs[7], first_day;
	int lo;

	if (in->weeks < 1 || in->weeks > PLAN_MAX_WEEKS)
		return err_set(err, TALUS_EINVAL,
			       "weeks %d is not between 1 and %d", in->weeks,
			       PLAN_MAX_WEEKS);
	if (!(in->target_week_m > 0) || in->target_week_m > 1e6)
		return err_set(err, TALUS_EINVAL,
			       "target %.0f m a week is not above 0",
			       in->target_week_m);
	if (in->runs_per_week < 0 || in->runs_per_week > 6)
		return err_set(err, TALUS_EINVAL,
			       "%d runs a week is not between 1 and 6",
			       in->runs_per_week);
	if (in->long_run_weekday < -1 || in->long_run_weekday > 6)
		return err_set(err, TALUS_EINVAL, "long-run weekday %d is not "
			       "0 (Monday) to 6 (Sunday)", in->long_run_weekday);
	for (size_t i = 0; i < in->n_recent; i++)
		if (!(in->recent[i].distance_m > 0))
			return err_set(err, TALUS_EINVAL,
				       "recent run %zu has no distance", i + 1);

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
	/* L2: the first build run needs a run in its own prior 30 days. */
	week_days(offs, &lo, out, in->start);
	first_day = in->start + offs[0];
	has_recent = lmax30(out, in, first_day) > 0;
	/* Design choice: under a mile a week is treated as no running. */
	out->walk_run_start = !has_recent || out->base_week_m < RECOVER_MILE_M;

	if (out->walk_run_start) {
		place_walk_run(out);
		summarise_weeks(out);
		if (out->n_weeks > PLAN_WALK_RUN_WEEKS)
			prev = out->week[PLAN_WALK_RUN_WEEKS - 1].distance_m;
	}
	for (int w = out->walk_run_start ? PLAN_WALK_RUN_WEEKS + 1 : 1;
	     w <= out->n_weeks; w++) {
		int k = w - (out->walk_run_start ? PLAN_WALK_RUN_WEEKS : 0);
		int cut = k % PLAN_CUTBACK_EVERY == 0;
		double level, actual;

		if (first_build && !out->walk_run_start)
			level = out->base_week_m;
		else if (cut)
			level = prev * (1.0 - PLAN_CUTBACK);
		else if (prev_cut)
			level = before_cut; /* resume before the cutback */
		else
			level = prev * (1.0 + PLAN_INCREASE);
		if (level > out->target_week_m)
			level = out->target_week_m;
		if (!cut && level >= out->target_week_m && !out->target_week)
			out->target_week = w;
		actual = place_week(out, in, w, level);
		out->week[w - 1].cutback = cut;
		if (cut)
			before_cut = prev;
		prev = actual;
		prev_cut = cut;
		first_build = 0;
	}
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
