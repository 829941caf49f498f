/* runs.h - the log of runs and other activities (core/run.h) in words
 * and JSON (docs/json.md). */
#ifndef TALUS_RENDER_RUNS_H
#define TALUS_RENDER_RUNS_H

#include <stddef.h>

#include "core/activity.h"
#include "core/athlete.h"
#include "core/run.h"
#include "util/json.h"
#include "util/strbuf.h"

/* "2026-03-02, 8.5 km in 48:30 (5:42 /km)". */
void render_run_describe(struct strbuf *sb, const struct run_entry *r, enum units u);
/* The line run edit --sport prints: the sport now (and before, when it
 * changed), set by hand, whether it is running load, and the shoe it
 * left. */
void render_run_sport_set(struct strbuf *sb, const struct run_entry *was,
			  const struct run_entry *now);

/* The fields every listing of activities shares: id, sport,
 * sport_source, start_utc, utc_offset_s, utc_offset_source, elapsed_s,
 * moving_s, distance_m, points (members of the open object). */
void render_activity_json(struct json *j, const struct activity *a);

/* One run (or other activity) as an item of `run list --json`: the
 * fields above, then date, surface, elev_gain_m, avg_hr, avg_cadence,
 * name, shoe, rpe, pain_during, pain_after, side, note, truncated. */
void render_run_json(struct json *j, const struct run_entry *r);

/* A listing built one run at a time: begin, add each, end. */
struct render_list {
	struct strbuf *out;          /* borrowed */
	const struct athlete *ath;   /* borrowed */
	int json;
	struct json j;
	size_t n;                    /* runs added */
	size_t start;                /* out->len at the beginning */
};

void render_runs_begin(struct render_list *ls, struct strbuf *out,
		       const struct athlete *ath, int json);
void render_runs_add(struct render_list *ls, const struct run_entry *r);
void render_runs_end(struct render_list *ls);

#endif
