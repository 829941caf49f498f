/* plan.h - the mileage plan through a session: building one from the
 * runs logged before its start. */
#ifndef TALUS_APP_PLAN_H
#define TALUS_APP_PLAN_H

#include <stdint.h>

#include "app/session.h"
#include "core/plan.h"

/* What `plan build` made. */
struct app_plan_new {
	struct plan_record rec;   /* the plan kept (its recent runs owned) */
	struct plan *plan;        /* built from it; owned */
	int has_old;              /* it replaces old */
	struct plan_record old;   /* (recent runs not read) */
	int runs_from_habit;      /* runs a week: the 4 weeks before */
	int runs_default;         /* runs a week: 3, none in the 4 weeks */
	int runs_capped;          /* runs a week: the habit, held to 3 by the
				     walk-run start (R3) */
};

/* Builds and keeps a plan: r's start, weeks, target, long-run weekday
 * and runs a week (0: the habit of the 4 weeks before the start, or
 * before day + 1 if the start is later, rounded; 3 when there were none)
 * set by the caller; the runs of the 30 days before the start are read
 * here. TALUS_EINVAL when plan_check() refuses it. Release with
 * app_plan_new_release(). */
int app_plan_new(struct app_plan_new *out, const struct plan_record *r, struct session *s,
		 int32_t day, struct talus_err *err);
void app_plan_new_release(struct app_plan_new *n);

#endif
