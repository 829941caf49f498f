/* programme.c - the 8-week programme through a session (see
 * programme.h). */
#include "app/programme.h"
#include "store/store.h"
#include "store/store_programme.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

int
app_programme_new(struct app_programme_new *out, struct session *s, int32_t day,
		  int32_t start, unsigned weekday_mask, int long_run_weekday,
		  struct talus_err *err)
{
	struct programme_record *r = &out->rec;
	struct programme_params pp;
	int rc;

	memset(out, 0, sizeof(*out));
	r->start = start;
	r->created = day;
	r->weekday_mask = weekday_mask;
	r->long_run_weekday = long_run_weekday < 0 ? -1 : long_run_weekday;
	r->weak.weaker = LIMB_NONE;
	if ((rc = store_assess_latest(&out->assess, &out->has_assess, s->st, s->ath.id, day,
				      err)) ||
	    (rc = store_programme_current(&out->old, &out->has_old, s->st, s->ath.id, err)))
		return rc;
	if (out->has_assess) {
		struct assess_result res;
		if ((rc = assess_evaluate(&res, &out->assess.in, &out->assess.facts, err)))
			return rc;
		r->assessment_id = out->assess.id;
		r->weak = res.weak;
	}
	if (long_run_weekday == -2) {
		struct plan_record plan;
		int has_plan;
		if ((rc = store_plan_current(&plan, &has_plan, s->st, s->ath.id, err)))
			return rc;
		if (has_plan)
			r->long_run_weekday = plan.long_run_weekday;
		plan_record_release(&plan);
	}
	memset(&pp, 0, sizeof(pp));
	pp.start = r->start;
	pp.weak = &r->weak;
	pp.long_run_weekday = r->long_run_weekday;
	pp.weekday_mask = r->weekday_mask;
	out->prog = xcalloc(1, sizeof(*out->prog));
	if ((rc = programme_build(out->prog, &pp, NULL, err)))
		return rc;
	r->weekday_mask = 0;
	for (int i = 0; i < PROGRAMME_PER_WEEK; i++)
		r->weekday_mask |= 1u << out->prog->weekday[i];
	return store_programme_insert(&r->id, s->st, s->ath.id, r, err);
}

void
app_programme_new_release(struct app_programme_new *n)
{
	free(n->prog);
	n->prog = NULL;
}

int
app_programme_log(struct programme_entry *e, struct programme_progress *before,
		  struct programme_progress *after, struct session *s, struct app_day *d,
		  struct talus_err *err)
{
	struct day *dd = &d->d;
	struct programme_entry given = *e;
	int ex = exercise_index(e->exercise), rc;

	e->programme_id = dd->prog_rec->id;
	*before = dd->progress;
	programme_prescribe(e, dd->prog, &before->levels, ex);
	if (given.sets)
		e->sets = given.sets;
	if (given.reps)
		e->reps = given.reps;
	if (given.hold_s)
		e->hold_s = given.hold_s;
	if ((rc = store_programme_log_insert(&e->id, s->st, e, err)))
		return rc;
	dd->entries = xreallocarray(dd->entries, dd->nentries + 1, sizeof(*dd->entries));
	dd->entries[dd->nentries++] = *e;
	return day_progress_on(after, dd, e->day, err);
}

int
app_programme_retest(struct assess_record *base, int *has_base, struct assess_record *re,
		     int *has_re, struct session *s, const struct day *d,
		     struct talus_err *err)
{
	int rc;

	*has_base = *has_re = 0;
	if (d->prog_rec->assessment_id) {
		rc = store_assess_get(base, s->st, s->ath.id, d->prog_rec->assessment_id, err);
		if (rc == TALUS_ENOTFOUND)
			err_clear(err);
		else if (rc)
			return rc;
		else
			*has_base = 1;
	}
	if (!*has_base &&
	    (rc = store_assess_latest(base, has_base, s->st, s->ath.id, d->prog->start, err)))
		return rc;
	if (d->has_assess && d->assess.in.day >= d->prog->start && d->assess.in.day <= d->day &&
	    (!*has_base || d->assess.id != base->id)) {
		*re = d->assess;
		*has_re = 1;
	}
	return 0;
}
