/* plan.h - the mileage build-up: a week-by-week plan toward a target
 * weekly distance, and the planned run of any day.
 * Pure: no I/O, no clock (the start and "today" are parameters), no
 * allocation.
 *
 * Invariants of a built plan (tests/unit/core/test_plan_random.c checks
 * them with a checker of its own over thousands of random plans):
 *  - every week holds exactly runs_per_week runs, walk-run weeks included
 *    (old plans kept with more than 3 runs a week and a walk-run start:
 *    3 walk-run sessions a week; plan_check() refuses such new plans);
 *  - week 1 is the mean week of the 4 weeks before the start (or the
 *    target, if lower); no continuous week is more than 10% above the
 *    week before it, cutback weeks included: the week after a cutback
 *    grows from the cutback week (the seed's 10% rule, so that no planned
 *    week trips L3);
 *  - every 4th continuous week is a cutback of 20% (design choice within
 *    the 20-30% asked for);
 *  - no planned run is a spike (L1): each run is at most 1.1 x the longest
 *    run of its own prior 30 days, the recent runs given by the caller and
 *    the plan's own earlier runs both counting;
 *  - no week is above the target; once reached it is held (cutbacks
 *    continue), and target_week says when, or 0 when it is not reached;
 *  - with no run in the 30 days before the first planned run (L2), or
 *    less than one mile a week on average (design choice), the plan
 *    starts with the six R3 walk-run phases, 2 sessions each, on the
 *    week's run days (12 sessions: 4 weeks at 3 a week, 6 at 2, 12 at 1),
 *    and the first continuous week is at most 10% above the last walk-run
 *    week;
 *  - runs are multiples of 100 m (R3 sessions: as listed), at least 100 m.
 */
#ifndef TALUS_PLAN_H
#define TALUS_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "core/units.h"
#include "util/err.h"
#include "util/strbuf.h"

#define PLAN_MAX_WEEKS 52
#define PLAN_MAX_RUNS (PLAN_MAX_WEEKS * 7)
#define PLAN_INCREASE 0.10  /* the seed's 10% rule */
#define PLAN_CUTBACK 0.20   /* design choice within 20-30% */
#define PLAN_CUTBACK_EVERY 4
#define PLAN_SPIKE 0.10     /* L1 */
#define PLAN_ROUND_M 100.0  /* runs are rounded down to 100 m */
#define PLAN_WALK_RUN_MAX_PER_WEEK 3 /* R3: a rest day between sessions */
#define PLAN_MIN_RUN_M 500.0 /* design choice: a target leaves at least
				this much a run */

/* L1 bands of one run against the longest of its prior 30 days. */
enum spike_band {
	SPIKE_NONE = 0,  /* <= 10% longer */
	SPIKE_SMALL,     /* (10%, 30%] */
	SPIKE_MODERATE,  /* (30%, 100%] */
	SPIKE_LARGE,     /* > 100% */
	SPIKE_UNBOUNDED  /* no run in the prior 30 days (L2) */
};

/* The L1 band of a run of distance_m given lmax30_m (0 = none). */
enum spike_band plan_spike_band(double distance_m, double lmax30_m);
const char *plan_spike_band_str(enum spike_band b); /* "none", "small" */

/* A run before the plan's start, from the log. */
struct plan_past_run {
	int32_t day;       /* day of the run */
	double distance_m; /* > 0 */
};

struct plan_input {
	const struct plan_past_run *recent; /* runs of the 30 days before
					       start, any order; borrowed;
					       older ones are ignored */
	size_t n_recent;
	double target_week_m;  /* the weekly distance to build to, > 0 */
	int weeks;             /* 1..PLAN_MAX_WEEKS */
	int32_t start;         /* first day of week 1 */
	int long_run_weekday;  /* 0 = Monday .. 6 = Sunday; -1 = Sunday */
	int runs_per_week;     /* 1..7; 0 = 3 */
};

struct plan_run {
	int32_t day;
	int week;           /* 1-based */
	double distance_m;  /* a multiple of 100 m (R3 runs: as listed) */
	int long_run;       /* 1 for the week's long run */
	int walk_run_phase; /* 1..6 for R3 sessions, 0 otherwise */
	double lmax30_m;    /* longest run of its prior 30 days (L1) */
};

struct plan_week {
	int week;           /* 1-based */
	int32_t start;      /* first day */
	double distance_m;  /* sum of the week's planned runs */
	double long_run_m;  /* the longest of them */
	int cutback;        /* 1 for a cutback week */
	int walk_run;       /* 1 for an R3 walk-run week */
	int runs;           /* runs planned in the week */
};

struct plan {
	int32_t start;      /* first day of week 1 */
	int weeks;          /* n_weeks */
	double target_week_m;
	double base_week_m; /* mean week of the 4 weeks before the start */
	double lmax30_m;    /* longest run of the 30 days before the start */
	int walk_run_start; /* 1 when the plan begins with R3 */
	int walk_run_weeks; /* the R3 weeks at the start, 0 without */
	int runs_per_week;
	int long_run_weekday;
	int target_week;    /* first week at the target; 0 if never */
	int n_weeks;
	struct plan_week week[PLAN_MAX_WEEKS];
	int n_runs;
	struct plan_run run[PLAN_MAX_RUNS]; /* in day order */
	enum units units;   /* of the words plan_status() and plan_ics() write:
			       UNITS_KM unless the caller sets it */
};

/* Builds the plan. 0, or TALUS_EINVAL for weeks outside 1..52, a target
 * not above 0, runs per week outside 0..7, a weekday outside -1..6 or a
 * recent run with distance <= 0. A plan kept before plan_check() existed
 * still builds. */
int plan_build(struct plan *out, const struct plan_input *in,
	       struct talus_err *err);

/* What a new plan must pass on top of plan_build()'s checks: a target of
 * at least PLAN_MIN_RUN_M a run, and at most 3 runs a week when the plan
 * starts with the walk-run return (R3: a rest day between sessions). 0,
 * or TALUS_EINVAL saying which, distances in u. */
int plan_check(const struct plan_input *in, enum units u, struct talus_err *err);

/* 1 when the plan of in starts with the walk-run return: no run in the 30
 * days before its first run (L2), or under a mile a week on average over
 * the 4 weeks before the start (design choice). */
int plan_walk_run_start(const struct plan_input *in);

/* Walk-run sessions a week in a plan of runs_per_week: at most 3. */
int plan_walk_run_sessions(int runs_per_week);

/* The run planned on day, or NULL (a rest day, or outside the plan). */
const struct plan_run *plan_run_on(const struct plan *p, int32_t day);

enum plan_state {
	PLAN_NOT_STARTED = 0,
	PLAN_ACTIVE,
	PLAN_PAUSED,        /* ankle symptoms active: follow talus recover */
	PLAN_SEE_CLINICIAN, /* a red flag: no running, see a clinician */
	PLAN_FINISHED
};

struct plan_status {
	enum plan_state state;
	int week;                  /* 1-based, 0 outside the plan */
	const struct plan_run *run; /* today's run, NULL if none or paused;
				       borrowed from the plan */
	const char *rule;          /* rule ids behind the state */
	char message[256];         /* plain words */
};

/* The plan's state on day, given the caller's checks of today: ankle
 * symptoms active, a red flag (F1-F3). The red flag wins over symptoms,
 * and both pause the plan. */
void plan_status(struct plan_status *out, const struct plan *p, int32_t day,
		 int symptoms_active, int red_flag);

/* A planned run in words in unit u: "easy run<of>8.0 km", "walk-run
 * phase 2: walk 2 min / run 3 min, 2.4 km (R3)". */
void plan_run_describe(struct strbuf *sb, const struct plan_run *r, enum units u,
		       const char *of);

const char *plan_state_str(enum plan_state s); /* "active", "paused" */

/* A plan as the log keeps it: what plan_build() takes, so that a plan
 * read back builds the same weeks and runs. */
struct plan_record {
	int64_t id;
	int32_t start;
	int weeks;
	double target_week_m;
	int long_run_weekday;  /* 0..6 */
	int runs_per_week;     /* 1..7 */
	int32_t created;
	struct plan_past_run *recent; /* the runs of the 30 days before start;
					 owned */
	size_t n_recent;
};

/* Frees recent. */
void plan_record_release(struct plan_record *p);

#endif
