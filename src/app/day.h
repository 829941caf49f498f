/* day.h - the day of an athlete, read from the store once per command and
 * derived by core/day.c. `talus today`, `recover`, `plan show` and the
 * programme commands all go through here, each asking for the parts of
 * the day it shows (enum day_part), so that each computes a day the same
 * way and reads only what it needs.
 */
#ifndef TALUS_APP_DAY_H
#define TALUS_APP_DAY_H

#include <stddef.h>
#include <stdint.h>

#include "app/session.h"
#include "core/day.h"
#include "core/load.h"

struct app_day {
	struct day d;          /* the day; valid after app_day_compute() */
	struct load_report load;
	struct day_input in;   /* what was read, borrowed by d */
	unsigned parts;        /* the parts asked for */

	/* What in borrows, owned here. */
	struct ankle_log *logs;
	struct ankle_log *flag_logs;
	struct consult *consults;
	struct shoe *shoes;
	struct episode_run *runs;
	struct recovery_record *rows;
	size_t nrows_alloc;
	struct assess_record assess;
	struct programme_record prog;
	struct plan_record plan;
	struct programme_entry *entries;
};

/* Reads what the parts of day need for the session's athlete. planned_m
 * is the run to check by L1 (--planned), NAN when none: then the plan's
 * run of the day is checked. Release with app_day_release() either way. */
int app_day_gather(struct app_day *out, struct session *s, int32_t day, double planned_m,
		   unsigned parts, struct talus_err *err);

/* Derives the day from what was gathered (again, after a change to
 * out->in, e.g. a recovery record added). */
int app_day_compute(struct app_day *out, struct talus_err *err);

/* Both: the usual way. */
int app_day_read(struct app_day *out, struct session *s, int32_t day, double planned_m,
		 unsigned parts, struct talus_err *err);

void app_day_release(struct app_day *d);

/* The load report of day: LOAD_WINDOW days of rows and the state. */
int app_load_report(struct load_report *out, struct session *s, int32_t day,
		    struct talus_err *err);

#endif
