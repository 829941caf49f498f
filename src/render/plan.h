/* plan.h - the mileage plan (core/plan.h) as `talus plan build`, `plan
 * show` and `talus today` show it: text, JSON (docs/json.md) and
 * iCalendar. */
#ifndef TALUS_RENDER_PLAN_H
#define TALUS_RENDER_PLAN_H

#include <stdint.h>

#include "core/day.h"
#include "core/plan.h"
#include "core/units.h"
#include "util/json.h"
#include "util/strbuf.h"

/* A plan run in words: "easy run of 8.0 km", "walk-run phase 2: ...". */
void render_plan_run_text(struct strbuf *out, const struct plan_run *r, enum units u);

/* The plan's state on the day d holds, in words. */
void render_plan_status_text(struct strbuf *out, const struct day *d, enum units u);

/* The head: dates, target, base, runs a week and the plan's rules. */
void render_plan_head(struct strbuf *out, const struct plan_record *r, const struct plan *p,
		      enum units u);
/* The table of weeks. */
void render_plan_weeks_text(struct strbuf *out, const struct plan *p, enum units u);
/* The runs of one week. */
void render_plan_runs_text(struct strbuf *out, const struct plan *p, int week, enum units u);

/* The plan as JSON; week 0: every week; d (may be NULL): its status on
 * d's day. */
void render_plan_json(struct json *j, const struct plan_record *r, const struct plan *p,
		      int week, const struct day *d, enum units u);

/* The plan's runs as a calendar. */
void render_plan_ics(struct strbuf *out, const struct plan *p, int64_t dtstamp_utc);

#endif
