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

int
app_plan_new(struct app_plan_new *out, const struct plan_record *r, struct session *s,
	     int32_t day, struct talus_err *err)
{
	struct recent recent = { 0 };
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
	if (out->rec.runs_per_week > 6)
		out->rec.runs_per_week = 6;
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
