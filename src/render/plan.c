/* plan.c - the mileage plan in words, JSON and iCalendar. */
#include "render/plan.h"
#include "render/ics.h"
#include "core/recover.h"
#include "util/date.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>

void
render_plan_run_text(struct strbuf *out, const struct plan_run *r, enum units u)
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
render_plan_status_text(struct strbuf *out, const struct day *d, enum units u)
{
	const struct plan_status *s = &d->plan_st;
	const struct plan *p = d->plan;
	char date[11], a[24];

	switch (s->state) {
	case PLAN_SEE_CLINICIAN:
	case PLAN_PAUSED:
		strbuf_adds(out, s->message);
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
		render_plan_run_text(out, s->run, u);
	if (s->run && !s->run->walk_run_phase)
		strbuf_addf(out, "; L1: at most %s, 1.1 x the longest run of its prior 30 days",
			    distance_format(a, s->run->lmax30_m * (1.0 + PLAN_SPIKE), u));
	if (d->has_ep && d->ep.completed && d->ep.end > p->start)
		strbuf_addf(out, "; the walk-run return ended on %s: rebuild the plan from "
			    "your running now with talus plan build", date_format(date, d->ep.end));
}

void
render_plan_head(struct strbuf *out, const struct plan_record *r, const struct plan *p,
	  enum units u)
{
	char a[11], b[11], d1[24], d2[24];

	strbuf_addf(out, "plan %lld: %d week%s from %s to %s, building to %s a week\n",
		    (long long)r->id, p->n_weeks, p->n_weeks == 1 ? "" : "s",
		    date_format(a, p->start), date_format(b, p->start + 7 * p->n_weeks - 1),
		    distance_format(d1, p->target_week_m, u));
	strbuf_addf(out, "from %s a week (the mean of the 4 weeks before), %d runs a week, "
		    "the long run on %s\n", distance_format(d2, p->base_week_m, u),
		    p->runs_per_week, weekday_name(p->long_run_weekday));
	if (p->walk_run_start && p->walk_run_weeks > 1)
		strbuf_addf(out, "no run in the 30 days before the first one (L2), or less than "
			    "a mile a week: weeks 1-%d are the 6 walk-run phases,\n2 sessions "
			    "each with a rest day between (R3)\n", p->walk_run_weeks);
	else if (p->walk_run_start)
		strbuf_adds(out, "no run in the 30 days before the first one (L2), or less than "
			    "a mile a week: the plan starts with the 6 walk-run phases (R3)\n");
	strbuf_addf(out, "no %s more than 10%% above the one before (L3), a cutback week "
		    "included; every 4th week a cutback\nof 20%% (design choice); no run more "
		    "than 1.1 x the longest of its prior 30 days (L1),\nnor 1.1 x the same "
		    "day a week before\n", p->walk_run_start ? "week after the walk-run ones" :
		    "week");
}

void
render_plan_weeks_text(struct strbuf *out, const struct plan *p, enum units u)
{
	char date[11], a[24], b[24];

	strbuf_addf(out, "\n%4s  %-10s  %9s  %9s\n", "WEEK", "START", "DISTANCE", "LONG RUN");
	for (int w = 0; w < p->n_weeks; w++) {
		const struct plan_week *wk = &p->week[w];
		strbuf_addf(out, "%4d  %s  %9s  %9s", wk->week, date_format(date, wk->start),
			    distance_format(a, wk->distance_m, u),
			    distance_format(b, wk->long_run_m, u));
		if (wk->cutback)
			strbuf_adds(out, "  cutback");
		if (wk->walk_run)
			strbuf_adds(out, "  walk-run");
		strbuf_addch(out, '\n');
	}
	if (p->target_week)
		strbuf_addf(out, "the target is reached in week %d\n", p->target_week);
	else
		strbuf_addf(out, "the target is not reached within %d week%s (10%% a week at "
			    "most)\n", p->n_weeks, p->n_weeks == 1 ? "" : "s");
}

void
render_plan_runs_text(struct strbuf *out, const struct plan *p, int week, enum units u)
{
	char date[11], a[24];

	strbuf_addf(out, "\nweek %d:\n", week);
	for (int i = 0; i < p->n_runs; i++) {
		const struct plan_run *r = &p->run[i];
		if (r->week != week)
			continue;
		strbuf_addf(out, "  %-9s %s  ", weekday_name(day_weekday(r->day)),
			    date_format(date, r->day));
		render_plan_run_text(out, r, u);
		if (!r->walk_run_phase)
			strbuf_addf(out, " (L1: at most %s)",
				    distance_format(a, r->lmax30_m * (1.0 + PLAN_SPIKE), u));
		strbuf_addch(out, '\n');
	}
}

void
render_plan_json(struct json *j, const struct plan_record *r, const struct plan *p, int week,
	  const struct day *d, enum units u)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", r->id);
	json_str(j, "start", date_format(date, p->start));
	json_str(j, "end", date_format(date, p->start + 7 * p->n_weeks - 1));
	json_num(j, "target_m", p->target_week_m);
	json_num(j, "base_week_m", p->base_week_m);
	json_int(j, "runs_per_week", p->runs_per_week);
	json_str(j, "long_run_day", weekday_name(p->long_run_weekday));
	json_bool(j, "walk_run_start", p->walk_run_start);
	json_int(j, "walk_run_weeks", p->walk_run_weeks);
	if (p->target_week)
		json_int(j, "target_week", p->target_week);
	else
		json_null(j, "target_week");
	if (d) {
		struct strbuf sb = STRBUF_INIT;
		render_plan_status_text(&sb, d, u);
		json_obj_begin(j, "status");
		json_str(j, "date", date_format(date, d->day));
		json_str(j, "state", plan_state_str(d->plan_st.state));
		if (d->plan_st.week)
			json_int(j, "week", d->plan_st.week);
		else
			json_null(j, "week");
		json_str(j, "message", sb.buf);
		json_obj_end(j);
		strbuf_release(&sb);
	}
	json_arr_begin(j, "weeks");
	for (int w = 0; w < p->n_weeks; w++) {
		const struct plan_week *wk = &p->week[w];
		if (week && wk->week != week)
			continue;
		json_obj_begin(j, NULL);
		json_int(j, "week", wk->week);
		json_str(j, "start", date_format(date, wk->start));
		json_num(j, "distance_m", wk->distance_m);
		json_num(j, "long_run_m", wk->long_run_m);
		json_bool(j, "cutback", wk->cutback);
		json_bool(j, "walk_run", wk->walk_run);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_arr_begin(j, "runs");
	for (int i = 0; i < p->n_runs; i++) {
		const struct plan_run *rr = &p->run[i];
		if (week && rr->week != week)
			continue;
		json_obj_begin(j, NULL);
		json_str(j, "date", date_format(date, rr->day));
		json_int(j, "week", rr->week);
		json_num(j, "distance_m", rr->distance_m);
		json_bool(j, "long_run", rr->long_run);
		if (rr->walk_run_phase)
			json_int(j, "walk_run_phase", rr->walk_run_phase);
		else
			json_null(j, "walk_run_phase");
		json_num(j, "max_m", rr->walk_run_phase ? NAN : rr->lmax30_m * (1.0 + PLAN_SPIKE));
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}

/* One calendar event per run. */
static int
ics_run(void *payload, size_t i, struct cal_event *ev)
{
	const struct plan *p = payload;
	const struct plan_run *r = &p->run[i];
	const struct plan_week *wk = &p->week[r->week - 1];
	char d[24];

	strbuf_adds(&ev->summary, "talus: ");
	plan_run_describe(&ev->summary, r, p->units, " ");
	strbuf_addf(&ev->description, "Week %d of %d: %s planned%s.\n",
		    r->week, p->n_weeks, distance_format(d, wk->distance_m, p->units),
		    wk->cutback ? ", a cutback week (20% down)" : "");
	if (r->walk_run_phase)
		strbuf_adds(&ev->description, "Walk-run return (R3): level ground; "
			    "go on only with pain at most 3/10 and no "
			    "worse the next morning (R1, R2).\n");
	else
		strbuf_addf(&ev->description, "L1: at most %s, 1.1 x the "
			    "longest run of the 30 days before.\n",
			    distance_format(d, r->lmax30_m * (1.0 + PLAN_SPIKE), p->units));
	strbuf_adds(&ev->description, "Before: ankle rolls, walking lunges, "
		    "dynamic stretches. After: calf, Achilles and foot "
		    "stretches.\nSkip the run and follow talus recover "
		    "if the ankle hurts; see a clinician for severe "
		    "pain or swelling or if you cannot bear weight.");
	snprintf(ev->key, sizeof(ev->key), "plan-%" PRId32 "-%zu", p->start, i);
	ev->day = r->day;
	return 1;
}

void
render_plan_ics(struct strbuf *out, const struct plan *p, int64_t dtstamp_utc)
{
	render_calendar(out, "talus plan", dtstamp_utc, (size_t)p->n_runs, ics_run,
			(void *)p);
}
