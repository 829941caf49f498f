/* plan.c - the mileage plan through a session (see plan.h). */
#include "app/plan.h"
#include "core/day.h"
#include "store/store.h"
#include "store/store_programme.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct recent {
	struct plan_past_run *v;
	size_t n, alloc;
};

static int
collect(void *payload, const struct run_entry *r)
{
	struct recent *rc = payload;

	if (r->a.sport != SPORT_RUN || !(r->a.distance_m > 0))
		return 0;
	rc->v = xgrow(rc->v, sizeof(*rc->v), rc->n + 1, &rc->alloc);
	rc->v[rc->n].day = r->day;
	rc->v[rc->n].distance_m = r->a.distance_m;
	rc->n++;
	return 0;
}

/* What plan_build() takes from a record (as core/day.c builds it). */
static void
plan_input_of(struct plan_input *in, const struct plan_record *r)
{
	memset(in, 0, sizeof(*in));
	in->recent = r->recent;
	in->n_recent = r->n_recent;
	in->target_week_m = r->target_week_m;
	in->weeks = r->weeks;
	in->start = r->start;
	in->long_run_weekday = r->long_run_weekday;
	in->runs_per_week = r->runs_per_week;
}

int
app_plan_new(struct app_plan_new *out, const struct plan_record *r, struct session *s,
	     int32_t day, struct talus_err *err)
{
	struct recent recent = { 0 };
	struct plan_input in;
	int32_t habit_end;
	size_t habit = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	out->rec = *r;
	out->rec.recent = NULL;
	out->rec.n_recent = 0;
	if ((rc = store_plan_current(&out->old, &out->has_old, s->st, s->ath.id, err)))
		return rc;
	plan_record_release(&out->old);
	if ((rc = store_run_each(s->st, s->ath.id, r->start - 30, r->start - 1, collect,
				 &recent, err))) {
		free(recent.v);
		return rc;
	}
	out->rec.recent = recent.v;
	out->rec.n_recent = recent.n;
	habit_end = r->start <= day + 1 ? r->start : day + 1;
	for (size_t i = 0; i < recent.n; i++)
		habit += recent.v[i].day >= habit_end - 28 && recent.v[i].day < habit_end;
	if (!r->runs_per_week) {
		out->rec.runs_per_week = habit ? (int)lround(habit / 4.0) : 3;
		out->runs_from_habit = habit > 0;
		out->runs_default = !habit;
	}
	if (out->rec.runs_per_week < 1)
		out->rec.runs_per_week = 1;
	if (out->rec.runs_per_week > 7)
		out->rec.runs_per_week = 7;
	plan_input_of(&in, &out->rec);
	/* A habit above 3 a week meets a walk-run start (R3: a rest day
	 * between sessions) only with under a mile a week: 3 then. */
	if (!r->runs_per_week && out->rec.runs_per_week > PLAN_WALK_RUN_MAX_PER_WEEK &&
	    plan_walk_run_start(&in)) {
		out->rec.runs_per_week = PLAN_WALK_RUN_MAX_PER_WEEK;
		out->runs_capped = 1;
		in.runs_per_week = out->rec.runs_per_week;
	}
	if ((rc = plan_check(&in, s->ath.units, err)))
		return rc;
	if ((rc = day_build_plan(&out->plan, &out->rec, err)))
		return rc;
	out->plan->units = s->ath.units;
	return store_plan_insert(&out->rec.id, s->st, s->ath.id, &out->rec, err);
}

void
app_plan_new_release(struct app_plan_new *n)
{
	free(n->plan);
	n->plan = NULL;
	plan_record_release(&n->rec);
}
