/* day.c - reads an athlete's day from the store, once, and derives it
 * (see day.h). */
#include "app/day.h"
#include "store/store.h"
#include "store/store_programme.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int
app_load_report(struct load_report *out, struct session *s, int32_t day,
		struct talus_err *err)
{
	struct day_load *rows, state;
	size_t n;
	int found, rc;
	int32_t first = day;

	if ((rc = store_day_loads(&rows, &n, s->st, s->ath.id, day - LOAD_WINDOW + 1, day, err)))
		return rc;
	if ((rc = store_load_state(&state, &found, &first, s->st, s->ath.id, day, err))) {
		free(rows);
		return rc;
	}
	load_report_compute(out, rows, n, found ? &state : NULL, first, day);
	free(rows);
	return 0;
}

/* The day of the first log of the episode window that could begin an
 * episode, or INT32_MAX: the runs are read from there on. */
static int32_t
first_trigger(const struct ankle_log *logs, size_t n, int32_t from)
{
	for (size_t i = 0; i < n; i++)
		if (logs[i].day >= from && episode_trigger(&logs[i]))
			return logs[i].day;
	return INT32_MAX;
}

static int
verdict_inputs(struct app_day *out, struct session *s, const struct store_guides *g,
	       struct talus_err *err)
{
	struct day_input *in = &out->in;
	struct run_entry last;
	int found, rc;

	if ((rc = app_load_report(&out->load, s, in->day, err)) ||
	    (rc = store_run_last(&last, &found, s->st, s->ath.id, in->day, err)) ||
	    (rc = store_ankle_recent(&out->logs, &in->nlogs, s->st, s->ath.id, in->day,
				     TODAY_LOG_WINDOW, err)) ||
	    (g->flagged && (rc = store_ankle_flagged(&out->flag_logs, &in->nflag_logs, s->st,
						     s->ath.id, in->day, err))) ||
	    (rc = store_shoe_list(&out->shoes, &in->nshoes, s->st, s->ath.id, err)))
		return rc;
	in->load = &out->load;
	in->logs = out->logs;
	in->flag_logs = out->flag_logs;
	in->shoes = out->shoes;
	if (found) {
		in->last_run.has = 1;
		in->last_run.day = last.day;
		in->last_run.distance_m = last.a.distance_m;
		in->last_run.pain_during = last.pain_during;
		in->last_run.pain_after = last.pain_after;
	}
	return 0;
}

int
app_day_gather(struct app_day *out, struct session *s, int32_t day, double planned_m,
	       unsigned parts, struct talus_err *err)
{
	struct day_input *in = &out->in;
	int32_t from = day - EPISODE_WINDOW + 1;
	struct store_guides g;
	unsigned wants;
	int found, rc;

	memset(out, 0, sizeof(*out));
	out->parts = parts;
	in->day = day;
	in->units = s->ath.units;
	in->planned_m = planned_m;
	in->planned_given = !isnan(planned_m);

	/* The records say which parts a runner keeps, and whether any log
	 * bears on the red flags. */
	memset(&g, 0, sizeof(g));
	if ((rc = store_guides(&g, s->st, s->ath.id, from, day, err)))
		return rc;
	if (parts != DAY_VERDICT) {
		if (g.programme) {
			if ((rc = store_programme_current(&out->prog, &found, s->st, s->ath.id,
							  err)))
				return rc;
			in->prog = found ? &out->prog : NULL;
		}
		if (g.plan) {
			if ((rc = store_plan_current(&out->plan, &found, s->st, s->ath.id, err)))
				return rc;
			in->plan = found ? &out->plan : NULL;
		}
		if (g.recovery) {
			if ((rc = store_recovery_list(&out->rows, &in->nrows, s->st, s->ath.id, from,
						      day, err)))
				return rc;
			out->nrows_alloc = in->nrows;
			in->rows = out->rows;
		}
	}
	wants = day_wants(in, parts);
	if ((wants & (DAY_VERDICT | DAY_EPISODES)) && g.consult &&
	    (rc = store_consult_list(&out->consults, &in->nconsults, s->st, s->ath.id, INT32_MIN,
				     day, err)))
		return rc;
	in->consults = out->consults;
	if ((wants & DAY_VERDICT) && (rc = verdict_inputs(out, s, &g, err)))
		return rc;
	if ((wants & (DAY_EPISODES | DAY_PROGRAMME)) && g.assessment) {
		if ((rc = store_assess_latest(&out->assess, &found, s->st, s->ath.id, day, err)))
			return rc;
		in->assess = found ? &out->assess : NULL;
	}
	if (wants & DAY_EPISODES) {
		int32_t first;

		if (!(wants & DAY_VERDICT)) {
			if ((rc = store_ankle_list(&out->logs, &in->nlogs, s->st, s->ath.id, from,
						   day, err)))
				return rc;
			in->logs = out->logs;
		}
		if ((first = first_trigger(in->logs, in->nlogs, from)) <= day) {
			if ((rc = store_run_pains(&out->runs, &in->nruns, s->st, s->ath.id,
						  first - EPISODE_BEFORE, day, err)))
				return rc;
			in->runs = out->runs;
		}
	}
	if ((wants & DAY_PROGRAMME) && in->prog) {
		if ((rc = store_programme_log_list(&out->entries, &in->nentries, s->st,
						   out->prog.id, day, err)))
			return rc;
		in->entries = out->entries;
	}
	return 0;
}

int
app_day_compute(struct app_day *out, struct talus_err *err)
{
	day_release(&out->d);
	return day_compute(&out->d, &out->in, out->parts, err);
}

int
app_day_read(struct app_day *out, struct session *s, int32_t day, double planned_m,
	     unsigned parts, struct talus_err *err)
{
	int rc = app_day_gather(out, s, day, planned_m, parts, err);

	return rc ? rc : app_day_compute(out, err);
}

void
app_day_release(struct app_day *d)
{
	day_release(&d->d);
	free(d->logs);
	free(d->flag_logs);
	consults_free(d->consults, d->in.nconsults);
	free(d->shoes);
	free(d->runs);
	free(d->rows);
	free(d->entries);
	plan_record_release(&d->plan);
	d->logs = NULL;
	d->flag_logs = NULL;
	d->consults = NULL;
	d->shoes = NULL;
	d->runs = NULL;
	d->rows = NULL;
	d->entries = NULL;
}
