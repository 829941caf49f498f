/* programme.c - the 8-week programme through a session (see
 * programme.h). */
#include "app/programme.h"
#include "store/store.h"
#include "store/store_programme.h"
#include "util/date.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
app_programme_new(struct app_programme_new *out, struct session *s, int32_t day,
		  int32_t start, unsigned weekday_mask, int long_run_weekday,
		  int replace, struct talus_err *err)
{
	struct programme_record *r = &out->rec;
	struct programme_params pp;
	char a[11], b[11];
	int rc, under_way;

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
	/* A programme under way keeps its levels and log: replacing it
	 * starts every level again at 1, so only when asked. */
	under_way = out->has_old && day < out->old.start + 7 * PROGRAMME_WEEKS;
	if (under_way && !replace) {
		out->refused = 1;
		return err_set(err, TALUS_EINVAL, "programme %lld (%s to %s) is under way: a "
			       "new one would start every level again at 1 and leave its log "
			       "behind; give --replace to start one anyway",
			       (long long)out->old.id, date_format(a, out->old.start),
			       date_format(b, out->old.start + 7 * PROGRAMME_WEEKS - 1));
	}
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
	/* The levels each session will have with every session done. */
	programme_project(out->prog, NULL, out->prog->start);
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
app_programme_log_session(struct app_session_log *out, struct programme_progress *before,
			  struct programme_progress *after, struct session *s,
			  struct app_day *d, int32_t day, const int *skip, int n_skip,
			  enum programme_rating rating, int pain, struct talus_err *err)
{
	struct day *dd = &d->d;
	char date[11];
	int rc;

	memset(out, 0, sizeof(*out));
	*before = dd->progress;
	for (size_t i = 0; i < dd->nentries; i++) {
		int ex = exercise_index(dd->entries[i].exercise);

		if (dd->entries[i].day == day && ex >= 0 &&
		    exercise_get(ex)->role == EX_ROLE_PROGRAMME)
			return err_set(err, TALUS_EINVAL, "invalid --session: exercises of "
				       "the programme are logged on %s already; log the others "
				       "one by one with --exercise", date_format(date, day));
	}
	if (!programme_session_on(&out->session, dd->prog, &before->levels, day))
		return err_set(err, TALUS_EINVAL, "invalid --session: no session is due on %s "
			       "(%s); log exercises one by one with --exercise",
			       date_format(date, day), weekday_name(day_weekday(day)));
	for (int k = 0; k < n_skip; k++) {
		int in = 0;

		for (int i = 0; i < out->session.n_items; i++)
			in |= out->session.item[i].ex == skip[k];
		if (!in)
			return err_set(err, TALUS_EINVAL, "invalid --skip '%s': not in the "
				       "session of %s", exercise_get(skip[k])->id,
				       date_format(date, day));
		if (!out->skipped[skip[k]]++)
			out->n_skipped++;
	}
	if (rating == RATED_UNKNOWN)
		rating = RATED_OK;
	rating = programme_rating_for_pain(rating, pain);
	for (int i = 0; i < out->session.n_items; i++) {
		const struct programme_item *it = &out->session.item[i];
		struct programme_entry *e;

		if (out->skipped[it->ex])
			continue;
		e = &out->entry[out->n++];
		memset(e, 0, sizeof(*e));
		e->programme_id = dd->prog_rec->id;
		e->day = day;
		snprintf(e->exercise, sizeof(e->exercise), "%s", exercise_get(it->ex)->id);
		e->side = it->side;
		e->level = it->level;
		e->sets = it->sets;
		e->reps = it->reps;
		e->hold_s = it->hold_s;
		e->rating = rating;
		e->pain = pain;
		if ((rc = store_programme_log_insert(&e->id, s->st, e, err)))
			return rc;
	}
	dd->entries = xreallocarray(dd->entries, dd->nentries + (size_t)out->n,
				    sizeof(*dd->entries));
	for (int i = 0; i < out->n; i++)
		dd->entries[dd->nentries++] = out->entry[i];
	return day_progress_on(after, dd, day, err);
}

int
app_programme_baseline(struct assess_record *base, int *has_base, struct session *s,
		       const struct programme_record *r, struct talus_err *err)
{
	int rc;

	*has_base = 0;
	if (r->assessment_id) {
		rc = store_assess_get(base, s->st, s->ath.id, r->assessment_id, err);
		if (rc == TALUS_ENOTFOUND)
			err_clear(err);
		else if (rc)
			return rc;
		else
			*has_base = 1;
	}
	if (!*has_base)
		return store_assess_latest(base, has_base, s->st, s->ath.id, r->start, err);
	return 0;
}

int
app_programme_under_way(struct programme_record *out, int *found, struct session *s,
			int32_t day, struct talus_err *err)
{
	int rc;

	if ((rc = store_programme_current(out, found, s->st, s->ath.id, err)))
		return rc;
	if (*found && day >= out->start + 7 * PROGRAMME_WEEKS)
		*found = 0;
	return 0;
}

int
app_programme_retest(struct assess_record *base, int *has_base, struct assess_record *re,
		     int *has_re, struct session *s, const struct day *d,
		     struct talus_err *err)
{
	int rc;

	*has_re = 0;
	if ((rc = app_programme_baseline(base, has_base, s, d->prog_rec, err)))
		return rc;
	if (d->has_assess && d->assess.in.day >= d->prog->start && d->assess.in.day <= d->day &&
	    (!*has_base || d->assess.id != base->id)) {
		*re = d->assess;
		*has_re = 1;
	}
	return 0;
}

int
app_programme_show(struct app_day *d, int32_t day, struct talus_err *err)
{
	struct programme_progress before;
	int rc;

	if ((rc = day_progress_on(&before, &d->d, day - 1, err)))
		return rc;
	programme_project(d->d.prog, &before, day);
	return 0;
}
