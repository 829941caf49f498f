/* day.c - one day's verdict, recovery, plan and programme (see day.h).
 * Pure. */
#include "core/day.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *
session_source_name(enum session_source s)
{
	static const char *const n[] = { "none", "plan", "recovery", "programme" };
	return (unsigned)s < 4 ? n[s] : "none";
}

const char *
session_kind_name(enum session_kind k)
{
	static const char *const n[] = { "run", "walk-run", "rest", "exercise" };
	return (unsigned)k < 4 ? n[k] : "run";
}

unsigned
day_wants(const struct day_input *in, unsigned parts)
{
	if ((parts & DAY_ENROLLED) && !in->prog && !in->plan)
		parts &= ~(unsigned)(DAY_PLAN | DAY_PROGRAMME);
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
verdict(struct today_report *out, const struct day_input *in, const struct day *d)
{
	struct today_input ti;

	memset(&ti, 0, sizeof(ti));
	ti.flag_logs = in->flag_logs;
	ti.nflag_logs = in->nflag_logs;
	ti.consults = in->consults;
	ti.nconsults = in->nconsults;
	if (d->rec_active) {
		ti.episode.active = 1;
		ti.episode.since = d->walkrun_start;
		/* the walk-run phases set the distance until the re-entry */
		ti.episode.ref_m = d->ep.walkrun_done < in->day ? d->l1_ref_m : 0;
	}
	ti.today = in->day;
	ti.units = in->units;
	ti.load = in->load;
	ti.planned_m = d->planned_m;
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
	case RECOVER_REENTRY:
		today_merge(&d->today, "R4", LEVEL_CAUTION, VERDICT_EASY, r->cap_m, msg);
		break;
	case RECOVER_REENTRY_REST:
		today_merge(&d->today, "R4", LEVEL_CAUTION, VERDICT_REST, NAN, msg);
		break;
	case RECOVER_SEE_CLINICIAN: /* the red flags are already there */
	case RECOVER_COMPLETE:
		break;
	}
	if (r->refer_f5 && !has_rule(&d->today, "F5"))
		today_merge(&d->today, "F5", LEVEL_WARN, VERDICT_CLINICIAN, NAN,
			    "recovery plan: 12 weeks since the symptoms began without "
			    "completing the return: see a clinician, who may refer you "
			    "to a specialist");
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
	ei->consults = in->consults;
	ei->nconsults = in->nconsults;
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
		active = 1;
	}
	free(eps);
	return active;
}

/* The episodes of the log's window, and the active one's walk-run start
 * and L1 reference. */
static void
episodes(struct day *out, const struct day_input *in, struct episode_input *ei)
{
	episode_input_of(ei, in);
	out->eps = xcalloc(ei->nlogs + 1, sizeof(*out->eps));
	out->neps = episode_find(out->eps, ei->nlogs, ei, in->day);
	if (!out->neps)
		return;
	out->has_ep = 1;
	out->ep = out->eps[out->neps - 1];
	ankle_log_init(&out->ep_log);
	for (size_t i = 0; i < ei->nlogs; i++)
		if (ei->logs[i].id == out->ep.log_id) {
			out->ep_log = ei->logs[i];
			out->ep_log.note = NULL;
			break;
		}
	out->rec_active = out->ep.start <= in->day && in->day < out->ep.end;
	if (!out->rec_active)
		return;
	out->walkrun_start = out->ep.protect_from + out->ep.protect_days;
	if (in->day > out->walkrun_start)
		episode_run_sum(ei, out->walkrun_start, in->day - 1, &out->l1_ref_m);
}

/* The active episode's step of the day: the walk-run return, or the
 * re-entry after it. */
static int
recovery(struct day *out, const struct day_input *in, const struct episode_input *ei,
	 struct talus_err *err)
{
	struct recover_input ri;
	int rc;

	out->sessions = xcalloc(in->nruns + 1, sizeof(*out->sessions));
	out->session_ids = xcalloc(in->nruns + 1, sizeof(*out->session_ids));
	out->nsessions = episode_sessions(out->sessions, out->session_ids, in->nruns + 1,
					  ei, &out->ep, in->day, &out->unscored);
	episode_recover_input(&ri, ei, &out->ep, out->red_flag, in->units);
	if ((rc = recover_build(&out->rplan, &ri, err)) ||
	    (rc = recover_today(&out->rtoday, &out->rplan, out->sessions, out->nsessions,
				in->day, out->red_flag, err)))
		return rc;
	if (!out->red_flag && out->ep.walkrun_done == in->day) {
		/* the morning that completes the return: a rest day first */
		struct recover_reentry re;
		episode_reentry(&re, ei, &out->ep, in->day);
		memset(&out->rtoday, 0, sizeof(out->rtoday));
		recover_reentry_today(&out->rtoday, &re, in->day, 0, NAN, in->units);
		out->rtoday.action = RECOVER_REENTRY_REST;
		out->rtoday.rule = "R3; R4";
		snprintf(out->rtoday.message, sizeof(out->rtoday.message), "the walk-run "
			 "return is complete: a rest day; the graded re-entry starts tomorrow");
		out->rtoday.sessions = (int)out->nsessions;
		out->rtoday.last = RECOVER_ADVANCED;
	} else if (!out->red_flag && out->ep.walkrun_done < in->day) {
		struct recover_reentry re;
		double done, cap = out->l1_ref_m > 0 ? 1.1 * out->l1_ref_m : NAN;

		episode_reentry(&re, ei, &out->ep, in->day);
		done = episode_run_sum(ei, re.week_start, in->day, NULL);
		memset(&out->rtoday, 0, sizeof(out->rtoday));
		recover_reentry_today(&out->rtoday, &re, in->day, done, cap, in->units);
		out->rtoday.sessions = (int)out->nsessions;
		out->rtoday.last = RECOVER_ADVANCED;
	}
	return 0;
}

/* The day's session: the recovery episode's, else the plan's, else the
 * programme's. The headline shows it, capped by the verdict. */
static void
choose_session(struct day *d)
{
	struct day_session *s = &d->session;
	const struct recover_today *r = &d->rtoday;
	char a[24];

	memset(s, 0, sizeof(s[0]));
	s->distance_m = NAN;
	if (d->rec_active) {
		const struct recover_phase *ph = recover_phase_get(r->phase);
		s->source = SESSION_RECOVERY;
		s->kind = SESSION_REST;
		snprintf(s->text, sizeof(s->text), "%s", r->message);
		switch (d->red_flag ? RECOVER_SEE_CLINICIAN : r->action) {
		case RECOVER_SEE_CLINICIAN:
			snprintf(s->title, sizeof(s->title), "a red flag stands");
			snprintf(s->text, sizeof(s->text), "no running: a red flag stands; "
				 "see a clinician first");
			break;
		case RECOVER_PROTECT:
			snprintf(s->title, sizeof(s->title), "protect day %d of %d",
				 d->day - d->rplan.start + 1, d->rplan.protect_days);
			break;
		case RECOVER_REST_DAY:
			snprintf(s->title, sizeof(s->title), "a rest day in the walk-run return");
			break;
		case RECOVER_DONE_TODAY:
			snprintf(s->title, sizeof(s->title), "today's walk-run session is logged");
			break;
		case RECOVER_SEE_PHYSIO:
			snprintf(s->title, sizeof(s->title), "see a physiotherapist first");
			break;
		case RECOVER_SESSION:
			if (!ph)
				break;
			s->kind = ph->continuous ? SESSION_RUN : SESSION_WALKRUN;
			s->distance_m = ph->distance_m;
			distance_format(a, ph->distance_m, d->units);
			if (ph->continuous)
				snprintf(s->title, sizeof(s->title), "walk-run phase 6, %s of "
					 "continuous easy running", a);
			else
				snprintf(s->title, sizeof(s->title), "walk-run phase %d, walk %d "
					 "min / run %d min, %s", ph->phase, ph->walk_min,
					 ph->run_min, a);
			break;
		case RECOVER_REENTRY:
			s->kind = SESSION_RUN;
			s->distance_m = r->cap_m;
			snprintf(s->title, sizeof(s->title), "re-entry week %d of %d",
				 r->reentry_week, r->reentry_weeks);
			break;
		case RECOVER_REENTRY_REST:
			snprintf(s->title, sizeof(s->title), "a rest day in re-entry week %d of %d",
				 r->reentry_week, r->reentry_weeks);
			break;
		case RECOVER_COMPLETE:
			snprintf(s->title, sizeof(s->title), "the walk-run return is complete");
			break;
		}
		return;
	}
	if (d->has_plan && d->plan_st.state == PLAN_ACTIVE) {
		const struct plan_run *pr = d->plan_st.run;
		s->source = SESSION_PLAN;
		if (pr) {
			struct strbuf sb = STRBUF_INIT;
			s->kind = pr->walk_run_phase ? SESSION_WALKRUN : SESSION_RUN;
			s->distance_m = pr->distance_m;
			plan_run_describe(&sb, pr, d->units, " of ");
			snprintf(s->title, sizeof(s->title), "the plan's %s", sb.buf);
			snprintf(s->text, sizeof(s->text), "the plan's %s (week %d)", sb.buf,
				 d->plan_st.week);
			strbuf_release(&sb);
		} else {
			s->kind = SESSION_REST;
			snprintf(s->title, sizeof(s->title), "the plan's rest day");
			snprintf(s->text, sizeof(s->text), "the plan's rest day (week %d)",
				 d->plan_st.week);
		}
		return;
	}
	if (d->has_prog && d->ptoday.has_session && !d->ptoday.paused) {
		s->source = SESSION_PROGRAMME;
		s->kind = SESSION_EXERCISE;
		snprintf(s->title, sizeof(s->title), "programme session %d of %d",
			 d->ptoday.session.index, PROGRAMME_SESSIONS);
		snprintf(s->text, sizeof(s->text), "programme session %d of %d (week %d)",
			 d->ptoday.session.index, PROGRAMME_SESSIONS, d->ptoday.session.week);
	}
}

int
day_compute(struct day *out, const struct day_input *in, unsigned parts,
	    struct talus_err *err)
{
	struct episode_input ei;
	int rc;

	parts = day_wants(in, parts);
	memset(out, 0, sizeof(*out));
	out->day = in->day;
	out->units = in->units;
	out->planned_m = in->planned_m;
	out->has_prog = in->prog != NULL;
	out->prog_rec = in->prog;
	out->has_plan = in->plan != NULL;
	out->plan_rec = in->plan;
	out->session.distance_m = NAN;
	/* The red flags first: they pause the recovery plan and the plan. */
	out->nflags = redflag_standing(out->flags, REDFLAG_MAX,
				       in->flag_logs ? in->flag_logs : in->logs,
				       in->flag_logs ? in->nflag_logs : in->nlogs, in->consults,
				       in->nconsults, in->day);
	out->red_flag = out->nflags > 0;
	if (in->assess) {
		out->has_assess = 1;
		out->assess = *in->assess;
	}
	if (parts & DAY_EPISODES)
		episodes(out, in, &ei);
	out->enrolled = out->has_prog || out->has_plan || out->rec_active;
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
		verdict(&out->today, in, out);
	if ((parts & DAY_VERDICT) && out->rec_active) {
		char msg[384];
		if ((rc = recovery(out, in, &ei, err)))
			return rc;
		merge_recovery(out);
		if (!out->red_flag && episode_worse(msg, sizeof(msg), &ei, &out->ep, in->day)) {
			out->worse = 1;
			today_merge(&out->today, "F6", LEVEL_WARN, VERDICT_CLINICIAN, NAN, msg);
		}
	}
	if ((parts & DAY_VERDICT) && out->has_plan && out->plan_st.state == PLAN_ACTIVE &&
	    !out->plan_st.run)
		today_merge(&out->today, "PLAN", LEVEL_INFO, VERDICT_REST, NAN,
			    "the plan has a rest day today: rest days are part of how it "
			    "keeps each week within 10% of the week before");

	if (out->has_prog && (parts & DAY_PROGRAMME)) {
		int run_day = (in->load && in->load->today_m > 0) ||
			(out->plan_st.state == PLAN_ACTIVE && out->plan_st.run) ||
			(out->rec_active && (out->rtoday.action == RECOVER_SESSION ||
					     out->rtoday.action == RECOVER_DONE_TODAY ||
					     out->rtoday.action == RECOVER_REENTRY));
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
	if (parts & DAY_VERDICT) {
		choose_session(out);
		/* The headline's distance: the smaller of the cap and the
		 * session's own. */
		if (out->today.verdict <= VERDICT_EASY && !isnan(out->session.distance_m) &&
		    (isnan(out->today.max_distance_m) ||
		     out->session.distance_m < out->today.max_distance_m))
			out->today.max_distance_m = out->session.distance_m;
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
