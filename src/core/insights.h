/* insights.h - in one runner's own log, what came before the days with
 * ankle pain: the pain on the day after each run, grouped by the week's
 * change in distance (L3's bands), by the shoe and its wear (S1's
 * distances), by the surface, and by the run's length against the
 * longest of the 30 days before it (L1). Descriptive associations in one
 * person's log, never causes: a group is shown only with enough runs
 * followed by a log (INSIGHTS_MIN_N, a design choice), and each with its
 * counts. Pure: no I/O, no clock.
 */
#ifndef TALUS_INSIGHTS_H
#define TALUS_INSIGHTS_H

#include <stddef.h>
#include <stdint.h>

#include "core/activity.h"
#include "core/ankle.h"
#include "core/shoe.h"

/* Design choices (docs/RULES.md, "Insights"): a group needs 5 runs
 * followed by an ankle log on the next day before its numbers are
 * shown; "pain" the next day is a score of 4/10 or more (above R1's
 * "safe" 0-3), of pain or morning pain, either side. */
#define INSIGHTS_MIN_N 5
#define INSIGHTS_PAIN 4
#define INSIGHTS_GROUPS 16

/* One run of the log. */
struct insight_run {
	int64_t id;
	int32_t day;
	double distance_m;
	int64_t shoe_id;        /* 0: none */
	enum surface surface;
};

struct insight_input {
	int32_t today;
	const struct insight_run *runs; /* runs on or before today, by (day, id) */
	size_t nruns;
	const struct ankle_log *logs;   /* by (day, id) */
	size_t nlogs;
	const struct shoe *shoes;       /* for names, initial distance, S1 distances */
	size_t nshoes;
};

enum insight_dim {
	INS_CHANGE,  /* the 7 days to the run's day against the 7 before */
	INS_LENGTH,  /* the run against the longest of the 30 days before */
	INS_SHOE,    /* the shoe */
	INS_WEAR,    /* the shoe's distance before the run, against S1's */
	INS_SURFACE, /* the surface */
	INS__N,
};

struct insight_group {
	char label[72];
	int runs;        /* runs in the group */
	int followed;    /* of them, followed by a log with a pain score the next day */
	int painful;     /* of those, with pain >= INSIGHTS_PAIN the next day */
	double mean_pain;/* mean next-day pain of the followed runs; NAN if none */
	int shown;       /* followed >= INSIGHTS_MIN_N */
};

struct insight_table {
	enum insight_dim dim;
	const char *id;          /* "week_change", "run_length", "shoe", "shoe_wear", "surface" */
	const char *title;       /* "Weekly distance change (L3)" */
	int n;
	struct insight_group g[INSIGHTS_GROUPS];
};

struct insights {
	int32_t today;
	int runs;        /* runs in the log */
	int followed;    /* followed by a scored log the next day */
	int painful;
	struct insight_table t[INS__N];
};

/* Computes the tables from in. */
void insights_compute(struct insights *out, const struct insight_input *in);

/* The words every view of the insights carries. */
extern const char insights_caveat[];

#endif
