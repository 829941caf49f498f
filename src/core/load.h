/* load.h - running load from the daily log: the 10% rule, single-run
 * spikes, ACWR, monotony and strain (EVIDENCE.md rules L1-L5).
 * Pure: no I/O, no clock; "today" is always a parameter.
 *
 * The load of a day is its running distance in kilometres (EVIDENCE.md §2
 * allows km, minutes or sRPE; talus uses km so that a log without RPE or
 * durations still works). Formulas and citations: docs/METRICS.md.
 */
#ifndef TALUS_LOAD_H
#define TALUS_LOAD_H

#include <stddef.h>
#include <stdint.h>

#define LOAD_ACUTE_N 7     /* L4: acute EWMA span, days */
#define LOAD_CHRONIC_N 28  /* L4: chronic EWMA span, days */
#define LOAD_WINDOW 64     /* days of daily rows the report needs */
#define LOAD_ACWR_MIN_DAYS 28 /* L4: ACWR hidden before this much data */

/* Severity of a reason; also orders them. */
enum level { LEVEL_NONE = -1, LEVEL_INFO = 0, LEVEL_CAUTION, LEVEL_WARN, LEVEL_URGENT };
const char *level_name(enum level l); /* "info", "caution", ... */

/* One day of running, as the store keeps it: only days with a run have a
 * row. acute and chronic are the EWMA state after this day's load. */
struct day_load {
	int32_t day;      /* local day number */
	double dist_m;    /* total running distance of the day */
	double longest_m; /* longest single run of the day */
	int runs;         /* number of runs */
	double acute;     /* EWMA, N = LOAD_ACUTE_N, of daily km, after today */
	double chronic;   /* EWMA, N = LOAD_CHRONIC_N */
};

/* lambda = 2 / (N + 1) (Williams 2017; the Runalyze convention). */
double load_lambda(int n);

/* Advances an EWMA state over 'days' days of zero load. */
void load_ewma_decay(double *acute, double *chronic, int64_t days);

/* Fills rows[i].acute and .chronic in day order, starting from the state
 * (seed_acute, seed_chronic) after day seed_day, which precedes rows[0]. A
 * log's first row is seeded with zeros. This is the incremental update:
 * the store calls it for the rows from the earliest changed day on. */
void load_ewma_fill(struct day_load *rows, size_t n, int32_t seed_day,
		    double seed_acute, double seed_chronic);

/* Everything the daily rules and `talus load` need about recent load. */
struct load_report {
	int32_t today;
	int has_data;          /* any run on or before today */
	int32_t first_day;     /* day of the first run ever (if has_data) */
	int data_days;         /* today - first_day + 1 */
	int days_since_run;    /* 0 = ran today; -1 = never */
	double today_m;        /* distance run today */
	double last7_m;        /* days today-6 .. today */
	double prev7_m;        /* days today-13 .. today-7 */
	double change7;        /* L3: last7 / prev7 - 1; NAN if prev7 == 0 */
	enum level l3;         /* L3 level of change7 */
	double lmax30_m;       /* L1: longest run in today-30 .. today-1 */
	double acute, chronic; /* L4 EWMA state today (km/day) */
	double acwr_ewma;      /* acute / chronic; NAN if undefined */
	double acwr_uncoupled; /* mean(t-6..t) / mean(t-27..t-7); NAN if undefined */
	int acwr_shown;        /* data_days >= LOAD_ACWR_MIN_DAYS */
	double monotony;       /* L5: mean/SD of 7 daily km, capped at 10; NAN if no load */
	double strain;         /* L5: weekly km x monotony; NAN with monotony */
	int streak;            /* consecutive running days ending today or
				  yesterday, counted up to LOAD_WINDOW */
	int rest_days7;        /* days without a run in today-6 .. today */
	double avg_run28_m;    /* mean run distance over today-27 .. today; 0 if none */
	/* L1 on past runs: the largest spike among the days today-6 .. today. */
	double spike;          /* longest / lmax30(day) - 1; NAN if none */
	int32_t spike_day;
	double spike_m, spike_ref_m;
	int spike_after_gap;   /* a run of the last 7 days came after 30 days
				  without running: an unbounded spike */
	int32_t gap_day;       /* the latest such run's day, and distance */
	double gap_m;
};

/* Computes the report for 'today'. rows: the day rows with day in
 * [today - LOAD_WINDOW + 1, today], sorted by day; state: the last row on
 * or before today (may lie before the window; NULL if none); first_day:
 * the first run's day (ignored when state is NULL). */
void load_report_compute(struct load_report *out, const struct day_load *rows,
			 size_t n, const struct day_load *state,
			 int32_t first_day, int32_t today);

/* L1 spike of a run of d metres against a prior-30-day longest of ref
 * metres: d/ref - 1 (INFINITY when ref is 0). */
double load_spike(double d, double ref);
/* 1 when a spike is over the L1 threshold of 10%. Every comparison of a
 * ratio with a threshold rounds it to 1e-9 first, so that 11 km on 10 km
 * is exactly +10% whatever binary floating point makes of it. */
int load_spike_over(double spike);
/* L1 band of a spike: none (<= 0.10), small (0.10, 0.30], moderate
 * (0.30, 1.00], large (> 1.00). */
const char *load_spike_band(double spike);
/* L3 level of a weekly change: info > 0.10, caution >= 0.20, warn > 0.30. */
enum level load_change_level(double change);

/* One calendar week (Monday to Sunday) for `talus load`. */
struct week_load {
	int32_t start;     /* Monday */
	double dist_m;
	int runs;
	double longest_m;
	double change;     /* on the week before; NAN if undefined or the
			      week is not over */
	enum level l3;
	int partial;       /* the week holds today and is not over */
	double spike;      /* L1: the week's largest run spike against the
			      longest run of its prior 30 days; NAN if none */
};

/* Fills out[0..nweeks-1], oldest first, the last week being the one that
 * holds 'today' (counted up to today only). rows: sorted day rows covering
 * at least the weeks asked for, the week before them and the 30 days
 * before that (for L1). */
void load_weeks(struct week_load *out, int nweeks, const struct day_load *rows,
		size_t n, int32_t today);

#endif
