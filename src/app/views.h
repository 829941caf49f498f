/* views.h - what the dashboard's pages read beyond the commands' reports
 * (a front end calls these; the facts are core's): the load report at
 * the end of each week, the distance run in each week of a plan, and the
 * days with a run. */
#ifndef TALUS_APP_VIEWS_H
#define TALUS_APP_VIEWS_H

#include <stddef.h>
#include <stdint.h>

#include "app/session.h"
#include "core/load.h"
#include "core/plan.h"

/* out[i]: the load report of the last day of week i (its Sunday, or day
 * for the week that holds it), for the nweeks weeks (oldest first). */
int app_load_series(struct load_report *out, const struct week_load *weeks, int nweeks,
		    struct session *s, int32_t day, struct talus_err *err);

/* out[i]: the distance run in week i of plan p up to day; NAN for the
 * weeks that begin after day. */
int app_plan_actual(double *out, const struct plan *p, struct session *s, int32_t day,
		    struct talus_err *err);

/* The days with a run in [from, to] (core's day rows; *out owned by the
 * caller). */
int app_day_rows(struct day_load **out, size_t *n, struct session *s, int32_t from,
		 int32_t to, struct talus_err *err);

#endif
