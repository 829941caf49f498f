/* day.c - one day's verdict, recovery, plan and programme (see day.h).
 * Pure. */
#include "core/day.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

unsigned
day_wants(const struct day_input *in, unsigned parts)
{
	if ((parts & DAY_ENROLLED) && !in->prog && !in->plan && !in->nrows)
		return parts & DAY_VERDICT;
	return parts & ~(unsigned)DAY_ENROLLED;
}

static int
has_rule(const struct today_report *t, const char *rule)
{
	for (size_t i = 0; i < t->nreasons; i++)
		if (!strcmp(t->reasons[i].rule, rule))
			return 1;
	return 0;
}

static void
verdict(struct today_report *out, const struct day_input *in, double planned_m)
{
	struct today_input ti;

	memset(&ti, 0, sizeof(ti));
	ti.today = in->day;
	ti.units = in->units;
	ti.load = in->load;
	ti.planned_m = planned_m;
	ti.last_run = in->last_run;
	ti.logs = in->logs;
	ti.nlogs = in->nlogs;
	ti.shoes = in->shoes;
	ti.nshoes = in->nshoes;
	today_assess(out, &ti);
}

/* The recovery plan's step of the day, as a reason of the verdict. */
static void
merge_recovery(struct day *d)
{
	const struct recover_today *r = &d->rtoday;
	const struct recover_phase *ph = recover_phase_get(r->phase);
	char msg[sizeof(r->message) + 32];

	snprintf(msg, sizeof(msg), "recovery plan: %s", r->message);
	switch (r->action) {
	case RECOVER_PROTECT:
		today_merge(&d->today, "A1", LEVEL_WARN, VERDICT_REST, NAN, msg);
		break;
	case RECOVER_REST_DAY:
		today_merge(&d->today, strncmp(r->rule, "R1", 2) ? "R3" : "R1",
			    LEVEL_CAUTION, VERDICT_REST, NAN, msg);
		break;
	case RECOVER_SESSION:
		today_merge(&d->today, "R3", LEVEL_CAUTION, VERDICT_EASY,
			    ph ? ph->distance_m : NAN, msg);
		break;
	case RECOVER_DONE_TODAY:
		today_merge(&d->today, "R3", LEVEL_INFO, VERDICT_REST, NAN, msg);
		break;
	case RECOVER_SEE_PHYSIO:
		today_merge(&d->today, "R1", LEVEL_WARN, VERDICT_REST, NAN, msg);
		if (d->today.referral < REFERRAL_PHYSIO)
			d->today.referral = REFERRAL_PHYSIO;
		break;
	case RECOVER_SEE_CLINICIAN: /* the red flags are already there */
	case RECOVER_COMPLETE:
		break;
	}
	if (r->refer_f5 && !has_rule(&d->today, "F5"))
		today_merge(&d->today, "F5", LEVEL_WARN, VERDICT_CLINICIAN, NAN,
			    "recovery plan: 12 weeks since the symptoms began without "
			    "completing the walk-run return: see a clinician, who may "
			    "refer you to a specialist");
}

int
day_in_flare(const struct day *d, int32_t day)
{
	return episode_holds(d->eps, d->neps, day);
}

int
day_progress_on(struct programme_progress *out, const struct day *d, int32_t day,
		struct talus_err *err)
{
	struct programme_log *log = xcalloc(d->nentries + 1, sizeof(*log));
	size_t n = 0;
	int rc;

	for (size_t i = 0; i < d->nentries; i++) {
		const struct programme_entry *e = &d->entries[i];
		if (e->day > day)
			continue;
		log[n].day = e->day;
		log[n].exercise = e->exercise;
		log[n].side = e->side;
		log[n].level = e->level;
		log[n].sets = e->sets;
		log[n].reps = e->reps;
		log[n].hold_s = e->hold_s;
		log[n].lost_balance = e->lost_balance;
		log[n].rating = e->rating;
		log[n].during_flare = day_in_flare(d, e->day);
		n++;
	}
	rc = programme_progress(out, d->prog, log, n, day, day_in_flare(d, day), err);
	free(log);
	return rc;
}

int
day_build_plan(struct plan **out, const struct plan_record *r, struct talus_err *err)
{
	struct plan_input in;
	int rc;

	memset(&in, 0, sizeof(in));
	in.recent = r->recent;
	in.n_recent = r->n_recent;
	in.target_week_m = r->target_week_m;
	in.weeks = r->weeks;
	in.start = r->start;
	in.long_run_weekday = r->long_run_weekday;
	in.runs_per_week = r->runs_per_week;
	*out = xcalloc(1, sizeof(**out));
	if ((rc = plan_build(*out, &in, err))) {
		free(*out);
		*out = NULL;
	}
	return rc;
}

static int
build_programme(struct programme **out, const struct programme_record *r,
		struct talus_err *err)
{
	struct programme_params p;
	int rc;

	memset(&p, 0, sizeof(p));
	p.start = r->start;
	p.weak = &r->weak;
	p.long_run_weekday = r->long_run_weekday;
	p.weekday_mask = r->weekday_mask;
	*out = xcalloc(1, sizeof(**out));
	if ((rc = programme_build(*out, &p, NULL, err))) {
		free(*out);
		*out = NULL;
	}
	return rc;
}

/* The episodes' input from the day's. */
static void
episode_input_of(struct episode_input *ei, const struct day_input *in)
{
	int32_t from = in->day - EPISODE_WINDOW + 1;
	size_t first = 0;

	/* The verdict's logs reach further back (the latest of each side):
	 * episodes begin only in the window. */
	while (first < in->nlogs && in->logs[first].day < from)
		first++;
	memset(ei, 0, sizeof(*ei));
	ei->logs = in->logs + first;
	ei->nlogs = in->nlogs - first;
	ei->runs = in->runs;
	ei->nruns = in->nruns;
	ei->rows = in->rows;
	ei->nrows = in->nrows;
	ei->previous_sprain = in->assess && in->assess->in.n_sprains > 0;
	ei->brace_or_tape = in->assess && in->assess->in.brace_or_tape == FACT_YES;
}

int
day_active_episode(struct episode *out, const struct day_input *in)
{
	struct episode_input ei;
	struct episode *eps;
	size_t n;
	int active = 0;

	episode_input_of(&ei, in);
	eps = xcalloc(ei.nlogs + 1, sizeof(*eps));
	n = episode_find(eps, ei.nlogs, &ei, in->day);
	if (n && eps[n - 1].start <= in->day && in->day < eps[n - 1].end) {
		*out = eps[n - 1];
		/* A programme or a plan follows the recovery plan at once. */
		out->started |= in->prog || in->plan;
		active = 1;
	}
	free(eps);
	return active;
}

/* The episodes of the log's window, and the active one's plan for day. */
static int
recovery(struct day *out, const struct day_input *in, unsigned parts,
	 struct talus_err *err)
{
	struct episode_input ei;
	struct recover_input ri;

	episode_input_of(&ei, in);
	out->eps = xcalloc(ei.nlogs + 1, sizeof(*out->eps));
	out->neps = episode_find(out->eps, ei.nlogs, &ei, in->day);
	if (out->neps) {
		out->has_ep = 1;
		out->ep = out->eps[out->neps - 1];
		out->rec_active = out->ep.start <= in->day && in->day < out->ep.end;
	}
	if (!out->rec_active || !(parts & DAY_VERDICT))
		return 0;
	out->sessions = xcalloc(in->nruns + 1, sizeof(*out->sessions));
	out->session_ids = xcalloc(in->nruns + 1, sizeof(*out->session_ids));
	out->nsessions = episode_sessions(out->sessions, out->session_ids, in->nruns + 1,
					  &ei, &out->ep, in->day, &out->unscored);
	episode_recover_input(&ri, &ei, &out->ep, out->red_flag);
	return recover_build(&out->rplan, &ri, err) ||
	       recover_today(&out->rtoday, &out->rplan, out->sessions, out->nsessions,
			     in->day, out->red_flag, err) ? err->code : 0;
}

int
day_compute(struct day *out, const struct day_input *in, unsigned parts,
	    struct talus_err *err)
{
	int rc;

	parts = day_wants(in, parts);
	memset(out, 0, sizeof(*out));
	out->day = in->day;
	out->planned_m = in->planned_m;
	out->has_prog = in->prog != NULL;
	out->prog_rec = in->prog;
	out->has_plan = in->plan != NULL;
	out->plan_rec = in->plan;
	out->enrolled = out->has_prog || out->has_plan || in->nrows;
	/* The red flags first: they pause the recovery plan and the plan. */
	out->red_flag = today_red_flag(in->logs, in->nlogs, in->day);
	if (in->assess) {
		out->has_assess = 1;
		out->assess = *in->assess;
	}
	if ((parts & DAY_EPISODES) && (rc = recovery(out, in, parts, err)))
		return rc;
	if (out->rec_active) {
		/* A programme or a plan follows the recovery plan at once. */
		if (out->has_prog || out->has_plan)
			out->ep.started = 1;
		if (out->ep.started)
			out->enrolled = 1;
	}
	if (out->has_plan && (parts & DAY_PLAN)) {
		if ((rc = day_build_plan(&out->plan, in->plan, err)))
			return rc;
		out->plan->units = in->units;
		plan_status(&out->plan_st, out->plan, in->day, out->rec_active, out->red_flag);
		if ((parts & DAY_VERDICT) && !in->planned_given &&
		    out->plan_st.state == PLAN_ACTIVE && out->plan_st.run) {
			/* The plan's run is the day's planned run (L1). */
			out->planned_m = out->plan_st.run->distance_m;
			out->planned_from_plan = 1;
		}
	}
	if (parts & DAY_VERDICT)
		verdict(&out->today, in, out->planned_m);
	if ((parts & DAY_VERDICT) && out->rec_active && out->ep.started)
		merge_recovery(out);

	if (out->has_prog && (parts & DAY_PROGRAMME)) {
		int run_day = (in->load && in->load->today_m > 0) ||
			(out->plan_st.state == PLAN_ACTIVE && out->plan_st.run) ||
			(out->rec_active && (out->rtoday.action == RECOVER_SESSION ||
					     out->rtoday.action == RECOVER_DONE_TODAY));
		if ((rc = build_programme(&out->prog, in->prog, err)))
			return rc;
		if (in->nentries)
			out->entries = xmemdup(in->entries, in->nentries * sizeof(*in->entries));
		out->nentries = in->nentries;
		if ((rc = day_progress_on(&out->progress, out, in->day, err)))
			return rc;
		if (parts & DAY_VERDICT)
			programme_today(&out->ptoday, out->prog, &out->progress, in->day,
				      run_day, out->has_assess ? out->assess.in.day : INT32_MIN);
	}
	return 0;
}

void
day_release(struct day *d)
{
	free(d->eps);
	free(d->sessions);
	free(d->session_ids);
	free(d->plan);
	free(d->prog);
	free(d->entries);
	d->eps = NULL;
	d->sessions = NULL;
	d->session_ids = NULL;
	d->plan = NULL;
	d->prog = NULL;
	d->entries = NULL;
	d->nentries = 0;
}
