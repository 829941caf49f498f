/* programme.c - the log facts of an assessment, recovery episodes found in
 * the ankle log, and the day as the programme, the plan and the recovery
 * plan see it (see programme.h). The only I/O is through the store; the
 * derivations are pure functions, unit-tested in test_store_programme.c.
 */
#include "cli/programme.h"
#include "cli/gather.h"
#include "util/date.h"
#include "util/xalloc.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define WEEKS12 84
#define LONG_STREAK TODAY_STREAK_EASY /* the rest rule's limit (design choice) */

/* ---- the assessment's log facts ------------------------------------------ */

/* The last row on or before t, or NULL. */
static const struct day_load *
row_before(const struct day_load *rows, size_t n, int32_t t)
{
	const struct day_load *r = NULL;

	for (size_t i = 0; i < n && rows[i].day <= t; i++)
		r = &rows[i];
	return r;
}

static void
report_on(struct load_report *rep, const struct day_load *rows, size_t n, int32_t t)
{
	const struct day_load *state = row_before(rows, n, t);

	load_report_compute(rep, rows, n, state, n ? rows[0].day : t, t);
}

void
programme_facts_compute(struct assess_log_facts *out, const struct day_load *rows,
			size_t n, const struct ankle_log *logs, size_t nlogs, int32_t day)
{
	int l1 = 0, l3 = 0, mono_known = 0, mono = 0, norest = 0, streak = 0;
	int any_long = 0, any_log = 0, after_long = 0;
	int32_t monday = day - day_weekday(day);

	assess_log_facts_init(out);
	if (!row_before(rows, n, day)) {
		out->symptoms_after_long_runs = FACT_UNKNOWN;
		return; /* no run logged: nothing is known */
	}

	/* L1: runs of the last 12 weeks against the longest of their own
	 * prior 30 days; a run with none before it is L2, not counted. */
	for (size_t i = 0; i < n; i++) {
		double ref = 0;
		if (rows[i].day <= day - WEEKS12 || rows[i].day > day)
			continue;
		for (size_t k = 0; k < n; k++)
			if (rows[k].day >= rows[i].day - 30 && rows[k].day < rows[i].day &&
			    rows[k].longest_m > ref)
				ref = rows[k].longest_m;
		if (ref > 0 && load_spike_over(load_spike(rows[i].longest_m, ref)))
			l1++;
	}
	out->l1_spikes_12w = l1;

	/* L3: the 12 seven-day windows ending on day, each on the 7 before. */
	for (int k = 0; k < 12; k++) {
		struct load_report rep;
		report_on(&rep, rows, n, day - 7 * k);
		l3 += rep.l3 == LEVEL_WARN;
	}
	out->l3_weeks_12w = l3;

	/* L5 and the rest rules over the 7-day windows of the last 4 weeks. */
	for (int32_t t = day - 27; t <= day; t++) {
		struct load_report rep;
		report_on(&rep, rows, n, t);
		if (!isnan(rep.monotony)) {
			mono_known = 1;
			mono |= rep.monotony > 2.0;
		}
		norest |= rep.rest_days7 == 0;
		streak |= rep.streak >= LONG_STREAK;
	}
	out->monotony_high = !mono_known ? FACT_UNKNOWN : mono ? FACT_YES : FACT_NO;
	out->few_rest_days = norest ? FACT_YES : FACT_NO;
	out->long_streak = streak ? FACT_YES : FACT_NO;

	/* Design choice: a symptom logged on the day of, or the day after,
	 * the longest run of a calendar week, over the last 12 weeks. */
	for (size_t i = 0; i < nlogs; i++)
		any_log |= logs[i].day > day - WEEKS12 && logs[i].day <= day;
	for (int k = 0; k < 12; k++) {
		int32_t ws = monday - 7 * k, long_day = INT32_MIN;
		double longest = 0;
		for (size_t i = 0; i < n; i++)
			if (rows[i].day >= ws && rows[i].day < ws + 7 && rows[i].day <= day &&
			    rows[i].longest_m > longest) {
				longest = rows[i].longest_m;
				long_day = rows[i].day;
			}
		if (long_day == INT32_MIN)
			continue;
		any_long = 1;
		for (size_t i = 0; i < nlogs; i++)
			if ((logs[i].day == long_day || logs[i].day == long_day + 1) &&
			    logs[i].day <= day && ankle_log_symptomatic(&logs[i]))
				after_long = 1;
	}
	out->symptoms_after_long_runs = after_long ? FACT_YES :
		any_long && any_log ? FACT_NO : FACT_UNKNOWN;
}

static enum assess_shoe
shoe_to_assess(enum shoe_support s)
{
	switch (s) {
	case SUPPORT_NEUTRAL: return ASSESS_SHOE_NEUTRAL;
	case SUPPORT_STABILITY:
	case SUPPORT_MOTION_CONTROL: return ASSESS_SHOE_STABILITY;
	case SUPPORT_UNKNOWN: break;
	}
	return ASSESS_SHOE_UNKNOWN;
}

int
programme_log_facts(struct assess_log_facts *out, struct store *st, int64_t athlete,
		    int32_t day, struct talus_err *err)
{
	struct day_load *rows = NULL;
	struct ankle_log *logs = NULL;
	struct shoe *shoes = NULL, dflt;
	struct run_entry last;
	size_t n = 0, nlogs = 0, nshoes = 0;
	int found, rc, active = 0;
	const struct shoe *cur = NULL;

	if ((rc = store_day_loads(&rows, &n, st, athlete, day - WEEKS12 - 30 - LOAD_WINDOW,
				  day, err)) ||
	    (rc = store_ankle_list(&logs, &nlogs, st, athlete, day - WEEKS12, day, err)) ||
	    (rc = store_shoe_list(&shoes, &nshoes, st, athlete, err)))
		goto done;
	programme_facts_compute(out, rows, n, logs, nlogs, day);

	/* The current shoe: the default one, else the latest run's. */
	if ((rc = store_shoe_default(&dflt, &found, st, athlete, err)))
		goto done;
	for (size_t i = 0; i < nshoes; i++) {
		active += !shoes[i].retired;
		if (found && shoes[i].id == dflt.id)
			cur = &shoes[i];
	}
	if (!cur) {
		if ((rc = store_run_last(&last, &found, st, athlete, day, err)))
			goto done;
		for (size_t i = 0; found && i < nshoes; i++)
			if (shoes[i].id == last.shoe_id && !shoes[i].retired)
				cur = &shoes[i];
	}
	out->shoe_pairs = nshoes ? active : -1;
	if (cur) {
		out->shoe_km = cur->used_m / 1000.0;
		out->shoe_support = shoe_to_assess(cur->support);
	}
done:
	free(rows);
	free(logs);
	free(shoes);
	return rc;
}

/* ---- recovery episodes ---------------------------------------------------- */

static int
red_flag_log(const struct ankle_log *l)
{
	return l->crack || l->deformity || l->numb || l->cold_or_discoloured ||
	       l->achilles_snap || l->hot_swollen_fever || l->bone_pain_worsening ||
	       l->tender || l->weight_bearing == WB_UNABLE;
}

int
programme_trigger(const struct ankle_log *l)
{
	return l->pain >= 4 || l->morning_pain >= 4 || l->swelling >= SWELL_MODERATE ||
	       l->rolled || l->weight_bearing >= WB_PAINFUL || red_flag_log(l);
}

static const struct recovery_record *
row_of(const struct episode_input *in, int32_t start)
{
	for (size_t i = 0; i < in->nrows; i++)
		if (in->rows[i].start == start)
			return &in->rows[i];
	return NULL;
}

/* R2 for a session on sday: the first log of side on sday + 1 (known by
 * upto) against the latest log of that side before it. */
static enum fact
next_morning(const struct episode_input *in, enum side side, int32_t sday, int32_t upto)
{
	const struct ankle_log *base = NULL, *m = NULL;

	if (sday + 1 > upto)
		return FACT_UNKNOWN;
	for (size_t i = 0; i < in->nlogs; i++) {
		const struct ankle_log *l = &in->logs[i];
		if (l->side != side)
			continue;
		if (l->day <= sday)
			base = l;
		else if (l->day == sday + 1) {
			m = l;
			break;
		}
	}
	if (!m)
		return FACT_UNKNOWN;
	if (!base)
		return FACT_NO;
#define WORSE(f) (m->f >= 0 && base->f >= 0 && m->f > base->f)
	return WORSE(pain) || WORSE(morning_pain) || WORSE(stiffness) ? FACT_YES : FACT_NO;
#undef WORSE
}

size_t
programme_sessions(struct recover_session *out, int64_t *ids, size_t max,
		   const struct episode_input *in, const struct episode *ep, int32_t day,
		   size_t *unscored)
{
	int32_t last = ep->end == INT32_MAX ? day : ep->end - 1;
	size_t k = 0;

	if (last > day)
		last = day;
	if (unscored)
		*unscored = 0;
	for (size_t i = 0; i < in->nruns && k < max; i++) {
		const struct rec_run *r = &in->runs[i];
		if (r->day < ep->start || r->day > last)
			continue;
		if (r->pain_during < 0 && r->pain_after < 0) {
			if (unscored)
				(*unscored)++;
			continue;
		}
		out[k].day = r->day;
		out[k].pain_during = r->pain_during < 0 ? 0 : r->pain_during;
		out[k].pain_after = r->pain_after < 0 ? 0 : r->pain_after;
		out[k].next_morning_worse = next_morning(in, ep->side, r->day, day);
		if (ids)
			ids[k] = r->id;
		k++;
	}
	return k;
}

void
programme_recover_input(struct recover_input *out, const struct episode_input *in,
			const struct episode *ep, int red_flag)
{
	memset(out, 0, sizeof(*out));
	out->start = ep->start;
	out->red_flag = red_flag;
	out->previous_sprain = in->previous_sprain;
	for (size_t i = 0; i < in->nlogs && in->logs[i].day < ep->start; i++)
		out->previous_sprain |= in->logs[i].rolled;
	out->brace_or_tape = in->brace_or_tape;
	out->acute_sprain = ep->sprain;
	out->protect_days = ep->protect_days;
}

/* 1 when the walk-run return of ep is complete on day t. */
static int
complete_on(const struct episode_input *in, const struct episode *ep, int32_t t,
	    struct recover_session *buf, size_t max)
{
	struct recover_input ri;
	struct recover_plan plan;
	struct recover_today now;
	struct talus_err err = TALUS_ERR_INIT;
	size_t n = programme_sessions(buf, NULL, max, in, ep, t, NULL);

	programme_recover_input(&ri, in, ep, 0);
	if (recover_build(&plan, &ri, &err) ||
	    recover_today(&now, &plan, buf, n, t, 0, &err))
		return 0;
	return now.action == RECOVER_COMPLETE;
}

size_t
programme_episodes(struct episode *out, size_t max, const struct episode_input *in,
		   int32_t day)
{
	struct recover_session *buf = xcalloc(in->nruns + 1, sizeof(*buf));
	struct episode *cur = NULL;
	size_t n = 0, li = 0, ri = 0;
	int32_t t0;

	if (!in->nlogs) {
		free(buf);
		return 0;
	}
	t0 = in->logs[0].day;
	while (ri < in->nruns && in->runs[ri].day < t0)
		ri++;
	for (int32_t t = t0; t <= day; t++) {
		int activity = 0;

		while (ri < in->nruns && in->runs[ri].day == t) {
			activity = 1;
			ri++;
		}
		for (size_t i = li; i < in->nlogs && in->logs[i].day == t; i++)
			activity = 1;
		if (cur) {
			const struct recovery_record *row = row_of(in, cur->start);
			if (row && row->ended != INT32_MIN && row->ended <= t) {
				cur->end = row->ended > cur->start ? row->ended : cur->start;
				cur->ended_early = 1;
				cur = NULL;
			} else if (activity && complete_on(in, cur, t, buf, in->nruns + 1)) {
				cur->end = t;
				cur->completed = 1;
				cur = NULL;
			}
		}
		for (; li < in->nlogs && in->logs[li].day == t; li++) {
			const struct ankle_log *l = &in->logs[li];
			const struct recovery_record *row;

			if (!programme_trigger(l))
				continue;
			if (cur && !(l->rolled && t > cur->start)) {
				if (t == cur->start && l->rolled)
					cur->sprain = 1;
				continue;
			}
			if (cur) /* design choice: a new roll begins a new episode */
				cur->end = t;
			if (n == max) {
				cur = NULL;
				continue;
			}
			cur = &out[n++];
			memset(cur, 0, sizeof(*cur));
			cur->start = t;
			cur->end = INT32_MAX;
			cur->side = l->side;
			cur->sprain = l->rolled;
			row = row_of(in, t);
			cur->started = row != NULL;
			cur->protect_days = row ? row->protect_days : RECOVER_PROTECT_MAX;
		}
	}
	free(buf);
	return n;
}

/* ---- one day ---------------------------------------------------------------- */

struct run_vec {
	struct rec_run *v;
	size_t n, alloc;
};

static int
collect_run(void *payload, const struct run_entry *r)
{
	struct run_vec *rv = payload;

	if (r->a.sport != SPORT_RUN)
		return 0;
	rv->v = xgrow(rv->v, sizeof(*rv->v), rv->n + 1, &rv->alloc);
	rv->v[rv->n].id = r->a.id;
	rv->v[rv->n].day = r->day;
	rv->v[rv->n].pain_during = r->pain_during;
	rv->v[rv->n].pain_after = r->pain_after;
	rv->n++;
	return 0;
}

static int
cmp_run(const void *a, const void *b)
{
	const struct rec_run *x = a, *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static int
has_rule(const struct today_report *t, const char *rule)
{
	for (size_t i = 0; i < t->nreasons; i++)
		if (!strcmp(t->reasons[i].rule, rule))
			return 1;
	return 0;
}

static int
red_flag_in(const struct today_report *t)
{
	static const char *const flags[] = { "F1", "F2", "F3", "O1", "O2" };

	for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		if (has_rule(t, flags[i]))
			return 1;
	return 0;
}

/* A core message as talus prints reasons: "Protect day 1 of 3: ..." ->
 * "<prefix>protect day 1 of 3: ...", lower case, no full stop. */
static void
sentence(char *buf, size_t n, const char *prefix, const char *msg)
{
	size_t len;

	if (!msg[0]) {
		snprintf(buf, n, "%s", prefix);
		return;
	}
	snprintf(buf, n, "%s%c%s", prefix, tolower((unsigned char)msg[0]), msg + 1);
	len = strlen(buf);
	if (len && buf[len - 1] == '.')
		buf[len - 1] = '\0';
}

static void
merge_recovery(struct programme_day *d)
{
	const struct recover_today *r = &d->rtoday;
	const struct recover_phase *ph = recover_phase_get(r->phase);
	char msg[384];

	sentence(msg, sizeof(msg), "recovery plan: ", r->message);
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
programme_in_flare(const struct programme_day *d, int32_t day)
{
	for (size_t i = 0; i < d->neps; i++)
		if (d->eps[i].start <= day && day < d->eps[i].end)
			return 1;
	return 0;
}

int
programme_progress_on(struct program_progress *out, const struct programme_day *d,
		      int32_t day, struct talus_err *err)
{
	struct program_log *log = xcalloc(d->nentries + 1, sizeof(*log));
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
		log[n].during_flare = programme_in_flare(d, e->day);
		n++;
	}
	rc = program_progress(out, d->prog, log, n, day, programme_in_flare(d, day), err);
	free(log);
	return rc;
}

int
programme_build_plan(struct plan **out, const struct plan_record *r, struct talus_err *err)
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
build_programme(struct program **out, const struct programme_record *r,
		struct talus_err *err)
{
	struct program_params p;
	int rc;

	memset(&p, 0, sizeof(p));
	p.start = r->start;
	p.weak = &r->weak;
	p.long_run_weekday = r->long_run_weekday;
	p.weekday_mask = r->weekday_mask;
	*out = xcalloc(1, sizeof(**out));
	if ((rc = program_build(*out, &p, NULL, err))) {
		free(*out);
		*out = NULL;
	}
	return rc;
}

int
programme_gather(struct programme_day *out, struct store *st, const struct athlete *ath,
		 int32_t day, double planned_m, unsigned flags, struct talus_err *err)
{
	struct recovery_record *rows = NULL;
	struct ankle_log *logs = NULL;
	struct run_vec runs = { 0 };
	struct episode_input in;
	size_t nrows = 0, nlogs = 0;
	int32_t from = day - PROGRAMME_WINDOW + 1;
	int rc;

	memset(out, 0, sizeof(*out));
	out->day = day;
	out->planned_m = planned_m;
	if ((rc = store_programme_current(&out->prog_rec, &out->has_prog, st, ath->id, err)) ||
	    (rc = store_plan_current(&out->plan_rec, &out->has_plan, st, ath->id, err)) ||
	    (rc = store_recovery_list(&rows, &nrows, st, ath->id, from, day, err)))
		goto done;
	out->enrolled = out->has_prog || out->has_plan || nrows;
	if ((rc = gather_today(&out->today, &out->load, st, ath, day, planned_m, err)))
		goto done;
	if (!out->enrolled && !(flags & PG_ALL))
		goto done;
	out->red_flag = red_flag_in(&out->today);

	if ((rc = store_assess_latest(&out->assess, &out->has_assess, st, ath->id, day, err)) ||
	    (rc = store_ankle_list(&logs, &nlogs, st, ath->id, from, day, err)) ||
	    (rc = store_run_each(st, ath->id, from, day, collect_run, &runs, err)))
		goto done;
	if (runs.n)
		qsort(runs.v, runs.n, sizeof(*runs.v), cmp_run);

	/* Recovery episodes, and the plan in force on day. */
	memset(&in, 0, sizeof(in));
	in.logs = logs;
	in.nlogs = nlogs;
	in.runs = runs.v;
	in.nruns = runs.n;
	in.rows = rows;
	in.nrows = nrows;
	in.previous_sprain = out->has_assess && out->assess.in.n_sprains > 0;
	in.brace_or_tape = out->has_assess && out->assess.in.brace_or_tape == FACT_YES;
	out->eps = xcalloc(nlogs + 1, sizeof(*out->eps));
	out->neps = programme_episodes(out->eps, nlogs, &in, day);
	for (size_t i = out->neps; i-- > 0;) {
		out->has_ep = 1;
		out->ep = out->eps[i];
		out->rec_active = out->ep.start <= day && day < out->ep.end;
		break;
	}
	if (out->rec_active) {
		struct recover_input ri;
		out->sessions = xcalloc(runs.n + 1, sizeof(*out->sessions));
		out->session_ids = xcalloc(runs.n + 1, sizeof(*out->session_ids));
		out->nsessions = programme_sessions(out->sessions, out->session_ids, runs.n + 1,
						    &in, &out->ep, day, &out->unscored);
		programme_recover_input(&ri, &in, &out->ep, out->red_flag);
		if ((rc = recover_build(&out->rplan, &ri, err)) ||
		    (rc = recover_today(&out->rtoday, &out->rplan, out->sessions,
					out->nsessions, day, out->red_flag, err)))
			goto done;
		/* A programme or a plan follows the recovery plan at once. */
		if (out->has_prog || out->has_plan)
			out->ep.started = 1;
		if (out->ep.started)
			out->enrolled = 1;
	}

	if (out->has_plan) {
		if ((rc = programme_build_plan(&out->plan, &out->plan_rec, err)))
			goto done;
		out->plan->units = ath->units;
		plan_status(&out->plan_st, out->plan, day, out->rec_active, out->red_flag);
		if (!(flags & PG_PLANNED) && out->plan_st.state == PLAN_ACTIVE &&
		    out->plan_st.run) {
			out->planned_m = out->plan_st.run->distance_m;
			out->planned_from_plan = 1;
			if ((rc = gather_today(&out->today, &out->load, st, ath, day,
					       out->planned_m, err)))
				goto done;
		}
	}
	if (out->rec_active && out->ep.started)
		merge_recovery(out);

	if (out->has_prog) {
		int run_day = out->load.today_m > 0 ||
			(out->plan_st.state == PLAN_ACTIVE && out->plan_st.run) ||
			(out->rec_active && (out->rtoday.action == RECOVER_SESSION ||
					     out->rtoday.action == RECOVER_DONE_TODAY));
		if ((rc = build_programme(&out->prog, &out->prog_rec, err)) ||
		    (rc = store_programme_log_list(&out->entries, &out->nentries, st,
						   out->prog_rec.id, day, err)) ||
		    (rc = programme_progress_on(&out->progress, out, day, err)))
			goto done;
		program_today(&out->ptoday, out->prog, &out->progress, day, run_day,
			      out->has_assess ? out->assess.in.day : INT32_MIN);
	}
done:
	free(rows);
	free(logs);
	free(runs.v);
	return rc;
}

void
programme_day_release(struct programme_day *d)
{
	free(d->eps);
	free(d->sessions);
	free(d->session_ids);
	plan_record_release(&d->plan_rec);
	free(d->plan);
	free(d->prog);
	free(d->entries);
	d->eps = NULL;
	d->sessions = NULL;
	d->session_ids = NULL;
	d->plan = NULL;
	d->prog = NULL;
	d->entries = NULL;
}

/* ---- what today shows ------------------------------------------------------ */

const char *
programme_rule_source(const char *rule)
{
	if (!strcmp(rule, "A1"))
		return "PEACE & LOVE (Dubois & Esculier, consensus): protect 1-3 days";
	if (!strcmp(rule, "R3"))
		return "walk-run return protocol (army RCT protocol)";
	return "";
}

void
programme_item_text(struct strbuf *out, const struct program_item *it)
{
	const struct exercise *x = exercise_get(it->ex);
	const struct ex_level *lv = exercise_level(it->ex, it->level);

	strbuf_addf(out, "%s (%s, level %d: %s): ", x->name, assess_side_name(it->side),
		    it->level, lv->name);
	exercise_format_dose(out, it->sets, it->reps, it->hold_s,
			     it->side == LIMB_BOTH && lv->per_side);
	if (it->extra)
		strbuf_adds(out, " (one extra set)");
}

void
programme_item_json(struct json *j, const struct program_item *it)
{
	const struct exercise *x = exercise_get(it->ex);

	json_obj_begin(j, NULL);
	json_str(j, "id", x->id);
	json_str(j, "name", x->name);
	json_int(j, "sets", it->sets);
	json_int(j, "reps", it->reps);
	json_int(j, "hold_s", it->hold_s);
	json_str(j, "side", assess_side_name(it->side));
	json_int(j, "level", it->level);
	json_str(j, "level_name", exercise_level(it->ex, it->level)->name);
	json_bool(j, "extra", it->extra);
	json_obj_end(j);
}

void
programme_plan_run_text(struct strbuf *out, const struct plan_run *r, enum units u)
{
	const struct recover_phase *ph = recover_phase_get(r->walk_run_phase);
	char a[24];

	distance_format(a, r->distance_m, u);
	if (ph && ph->continuous)
		strbuf_addf(out, "walk-run phase 6: continuous easy running, %s (R3)", a);
	else if (ph)
		strbuf_addf(out, "walk-run phase %d: walk %d min / run %d min, %s (R3)",
			    ph->phase, ph->walk_min, ph->run_min, a);
	else
		strbuf_addf(out, "%s run of %s", r->long_run ? "long" : "easy", a);
}

void
programme_plan_status_text(struct strbuf *out, const struct programme_day *d, enum units u)
{
	const struct plan_status *s = &d->plan_st;
	const struct plan *p = d->plan;
	char date[11], a[24], msg[sizeof(s->message) + 8];

	switch (s->state) {
	case PLAN_SEE_CLINICIAN:
	case PLAN_PAUSED:
		sentence(msg, sizeof(msg), "", s->message);
		strbuf_adds(out, msg);
		return;
	case PLAN_NOT_STARTED:
		strbuf_addf(out, "the plan starts on %s", date_format(date, p->start));
		return;
	case PLAN_FINISHED:
		strbuf_addf(out, "the plan ended on %s; build a new one with talus plan build",
			    date_format(date, p->start + 7 * p->n_weeks - 1));
		return;
	case PLAN_ACTIVE:
		break;
	}
	strbuf_addf(out, "week %d of %d%s: ", s->week, p->n_weeks,
		    p->week[s->week - 1].cutback ? " (a cutback week)" : "");
	if (!s->run)
		strbuf_adds(out, "a rest day");
	else
		programme_plan_run_text(out, s->run, u);
	if (s->run && !s->run->walk_run_phase)
		strbuf_addf(out, "; L1: at most %s, 1.1 x the longest run of its prior 30 days",
			    distance_format(a, s->run->lmax30_m * (1.0 + PLAN_SPIKE), u));
	if (d->has_ep && d->ep.completed && d->ep.end > p->start)
		strbuf_addf(out, "; the walk-run return ended on %s: rebuild the plan from "
			    "your running now with talus plan build", date_format(date, d->ep.end));
}

static void
items_text(struct strbuf *out, const struct program_item *it, int n, const char *indent)
{
	for (int i = 0; i < n; i++) {
		strbuf_adds(out, indent);
		programme_item_text(out, &it[i]);
		strbuf_addch(out, '\n');
	}
}

/* "Warm-up: ankle rolls" -> "ankle rolls" after a "before the run:" label. */
static void
names_text(struct strbuf *out, const struct program_item *it, int n)
{
	for (int i = 0; i < n; i++) {
		const char *name = exercise_get(it[i].ex)->name, *colon = strstr(name, ": ");
		strbuf_addf(out, "%s%s", i ? ", " : "", colon ? colon + 2 : name);
	}
}

void
programme_morning_hint(struct strbuf *out, const struct programme_day *d, const char *indent)
{
	char date[11];
	int32_t last = d->nsessions ? d->sessions[d->nsessions - 1].day : d->day - 1;

	strbuf_addf(out, "%s%s, log how the %s ankle feels (R2): talus ankle log --date %s "
		    "--side %s --morning-pain N\n", indent,
		    last + 1 > d->day ? "tomorrow morning" : "this morning",
		    side_name(d->ep.side), date_format(date, last + 1), side_name(d->ep.side));
}

void
programme_today_text(struct strbuf *out, const struct programme_day *d, enum units u)
{
	char date[11];

	if (!d->enrolled)
		return;
	if (d->rec_active && d->ep.started) {
		strbuf_addf(out, "recovery: since %s (%s ankle%s), walk-run phase %d of %d, "
			    "%d of %d good sessions in a row; the plan: talus recover\n",
			    date_format(date, d->ep.start), side_name(d->ep.side),
			    d->ep.sprain ? ", a sprain" : "", d->rtoday.phase, RECOVER_PHASES,
			    d->rtoday.good_in_phase, RECOVER_MIN_SESSIONS);
		if (d->rtoday.ask_morning)
			programme_morning_hint(out, d, "  ");
		if (d->unscored)
			strbuf_addf(out, "  %zu run%s since %s %s no pain score and %s not count: "
				    "add one with talus run edit ID --pain-after N\n", d->unscored,
				    d->unscored == 1 ? "" : "s", date_format(date, d->ep.start),
				    d->unscored == 1 ? "has" : "have",
				    d->unscored == 1 ? "does" : "do");
		strbuf_addch(out, '\n');
	}
	if (d->has_plan) {
		strbuf_adds(out, "plan: ");
		programme_plan_status_text(out, d, u);
		strbuf_adds(out, d->planned_from_plan ? " (taken as --planned)\n\n"
						      : "\n\n");
	}
	if (d->has_prog) {
		const struct program_today *p = &d->ptoday;
		char msg[sizeof(p->message) + 8];
		if (p->has_session && !p->paused)
			snprintf(msg, sizeof(msg), "session %d of %d (week %d)%s", p->session.index,
				 PROGRAM_SESSIONS, p->session.week,
				 p->session.retest ? "; re-test afterwards" : "");
		else
			sentence(msg, sizeof(msg), "", p->message);
		strbuf_addf(out, "programme: %s\n", msg);
		if (p->has_session && !p->paused)
			items_text(out, p->session.item, p->session.n_items, "  ");
		if (p->retest_week)
			strbuf_addf(out, "  re-test due (week %d): talus assess, then talus program "
				    "status shows the change\n", p->retest_week);
		if (p->n_warmup) {
			strbuf_adds(out, "  before the run: ");
			names_text(out, p->warmup, p->n_warmup);
			strbuf_adds(out, "\n  after the run: ");
			names_text(out, p->stretch, p->n_stretch);
			strbuf_addch(out, '\n');
		}
		strbuf_addch(out, '\n');
	}
}

static void
items_json(struct json *j, const char *key, const struct program_item *it, int n)
{
	json_arr_begin(j, key);
	for (int i = 0; i < n; i++)
		programme_item_json(j, &it[i]);
	json_arr_end(j);
}

void
programme_today_json(struct json *j, const struct programme_day *d, enum units u)
{
	char date[11];

	if (!d->enrolled)
		return;
	if (d->rec_active && d->ep.started) {
		json_obj_begin(j, "recovery");
		json_str(j, "start", date_format(date, d->ep.start));
		json_str(j, "side", side_name(d->ep.side));
		json_bool(j, "sprain", d->ep.sprain);
		json_str(j, "action", recover_action_str(d->rtoday.action));
		json_int(j, "phase", d->rtoday.phase);
		json_int(j, "good_in_phase", d->rtoday.good_in_phase);
		json_str(j, "next_session", date_format(date, d->rtoday.next_session));
		json_bool(j, "ask_morning", d->rtoday.ask_morning);
		json_bool(j, "refer_f5", d->rtoday.refer_f5);
		json_str(j, "rule", d->rtoday.rule);
		json_str(j, "message", d->rtoday.message);
		json_obj_end(j);
	} else {
		json_null(j, "recovery");
	}
	if (d->has_plan) {
		struct strbuf sb = STRBUF_INIT;
		const struct plan_run *r = d->plan_st.run;
		programme_plan_status_text(&sb, d, u);
		json_obj_begin(j, "plan");
		json_str(j, "state", plan_state_str(d->plan_st.state));
		if (d->plan_st.week)
			json_int(j, "week", d->plan_st.week);
		else
			json_null(j, "week");
		if (r) {
			json_obj_begin(j, "run");
			json_str(j, "date", date_format(date, r->day));
			json_num(j, "distance_m", r->distance_m);
			json_bool(j, "long_run", r->long_run);
			if (r->walk_run_phase)
				json_int(j, "walk_run_phase", r->walk_run_phase);
			else
				json_null(j, "walk_run_phase");
			json_num(j, "max_m", r->walk_run_phase ? NAN :
				 r->lmax30_m * (1.0 + PLAN_SPIKE));
			json_obj_end(j);
		} else {
			json_null(j, "run");
		}
		json_bool(j, "planned_checked", d->planned_from_plan);
		json_str(j, "message", sb.buf);
		json_obj_end(j);
		strbuf_release(&sb);
	} else {
		json_null(j, "plan");
	}
	if (d->has_prog) {
		const struct program_today *p = &d->ptoday;
		json_obj_begin(j, "programme");
		json_int(j, "week", d->progress.week);
		json_bool(j, "paused", p->paused);
		if (p->retest_week)
			json_int(j, "retest_due", p->retest_week);
		else
			json_null(j, "retest_due");
		if (p->has_session) {
			json_obj_begin(j, "session");
			json_int(j, "index", p->session.index);
			json_int(j, "week", p->session.week);
			json_str(j, "date", date_format(date, p->session.day));
			json_bool(j, "retest", p->session.retest);
			items_json(j, "exercises", p->session.item, p->session.n_items);
			json_obj_end(j);
		} else {
			json_null(j, "session");
		}
		items_json(j, "warmup", p->warmup, p->n_warmup);
		items_json(j, "stretches", p->stretch, p->n_stretch);
		json_str(j, "message", p->message);
		json_obj_end(j);
	} else {
		json_null(j, "programme");
	}
}

/* ---- helpers ------------------------------------------------------------------ */

/* Tests in the order the assessment lists them, with their units. */
static const struct {
	enum assess_test t;
	const char *label;
	const char *unit;
	int decimals;
} change_rows[] = {
	{ TEST_Q1_CAIT, "Q1 CAIT", "", 0 },
	{ TEST_T3_HEEL_RAISE, "T3 heel raises", "", 0 },
	{ TEST_T2_KNEE_WALL, "T2 knee-to-wall", " cm", 1 },
	{ TEST_T1_STANCE, "T1 stance, eyes closed", " s", 1 },
	{ TEST_T4_YBALANCE, "T4 Y-balance reach", " cm", 1 },
};

void
programme_changes_text(struct strbuf *out, const struct assess_input *before,
		       const struct assess_input *after)
{
	struct assess_change ch;

	assess_compare(&ch, before, after);
	for (size_t i = 0; i < sizeof(change_rows) / sizeof(change_rows[0]); i++) {
		int any = 0, dp = change_rows[i].decimals;

		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
			any |= !isnan(ch.d[change_rows[i].t][s].before) ||
			       !isnan(ch.d[change_rows[i].t][s].after);
		if (!any)
			continue;
		strbuf_addf(out, "  %-24s", change_rows[i].label);
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
			const struct assess_delta *d = &ch.d[change_rows[i].t][s];
			strbuf_addf(out, "%s%s ", s ? "; " : "", assess_side_name(s));
			if (isnan(d->before))
				strbuf_adds(out, "-");
			else
				strbuf_addf(out, "%.*f", dp, d->before);
			strbuf_adds(out, " -> ");
			if (isnan(d->after))
				strbuf_adds(out, "-");
			else
				strbuf_addf(out, "%.*f%s", dp, d->after, change_rows[i].unit);
			if (!isnan(d->change))
				strbuf_addf(out, " (%+.*f%s)", dp, d->change,
					    change_rows[i].t != TEST_T2_KNEE_WALL ? "" :
					    d->real ? ", more than the 1.9 cm MDC" :
					    ", within the 1.9 cm MDC");
		}
		strbuf_addch(out, '\n');
	}
}

void
programme_changes_json(struct json *j, const char *key, const struct assess_input *before,
		       const struct assess_input *after)
{
	struct assess_change ch;

	assess_compare(&ch, before, after);
	json_arr_begin(j, key);
	for (size_t i = 0; i < sizeof(change_rows) / sizeof(change_rows[0]); i++)
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
			const struct assess_delta *d = &ch.d[change_rows[i].t][s];
			json_obj_begin(j, NULL);
			json_str(j, "test", assess_test_id(change_rows[i].t));
			json_str(j, "name", assess_test_name(change_rows[i].t));
			json_str(j, "side", assess_side_name(s));
			json_num(j, "before", d->before);
			json_num(j, "after", d->after);
			json_num(j, "change", d->change);
			if (change_rows[i].t == TEST_T2_KNEE_WALL && !isnan(d->change))
				json_bool(j, "beyond_mdc", d->real);
			else
				json_null(j, "beyond_mdc");
			json_obj_end(j);
		}
	json_arr_end(j);
}

static const char *const weekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
					"Friday", "Saturday", "Sunday" };

const char *
programme_weekday_name(int wd)
{
	return wd >= 0 && wd < 7 ? weekdays[wd] : "none";
}

int
programme_weekday_parse(const char *s)
{
	size_t len = strlen(s);

	if (len < 3)
		return -1;
	for (int i = 0; i < 7; i++) {
		const char *w = weekdays[i];
		size_t k = 0;
		if (len != 3 && len != strlen(w))
			continue;
		while (k < len && tolower((unsigned char)s[k]) == tolower((unsigned char)w[k]))
			k++;
		if (k == len)
			return i;
	}
	return -1;
}

const char programme_prodid[] = "-//talus//talus " TALUS_VERSION "//EN";

int64_t
programme_dtstamp(void)
{
	const char *env = getenv("TALUS_TODAY");
	int32_t day;

	if (env && *env && !date_parse(&day, env))
		return (int64_t)day * 86400;
	return (int64_t)time(NULL);
}

int
programme_write_file(struct strbuf *out, const char *path, const struct strbuf *buf,
		     const char *what, struct talus_err *err)
{
	FILE *f;
	int bad;

	if (!strcmp(path, "-")) {
		strbuf_add(out, buf->buf, buf->len);
		return 0;
	}
	if (!(f = fopen(path, "wb")))
		return err_set(err, TALUS_EIO, "cannot write the %s to '%s': %s", what, path,
			       strerror(errno));
	bad = fwrite(buf->buf, 1, buf->len, f) != buf->len;
	if (fclose(f) || bad)
		return err_set(err, TALUS_EIO, "cannot write the %s to '%s': %s", what, path,
			       strerror(errno));
	return 0;
}
