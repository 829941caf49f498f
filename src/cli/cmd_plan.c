/* cmd_plan.c - talus plan build | show: a mileage build-up toward a
 * weekly target (core/plan.c), stored as its inputs and the runs of the 30
 * days before its start, so that it is rebuilt the same each time. */
#include "cli/cli.h"
#include "cli/programme.h"
#include "util/date.h"
#include "util/json.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TARGET_MAX_M 500000.0 /* 500 km a week: more is a typing mistake */

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

static void
plan_head(struct strbuf *out, const struct plan_record *r, const struct plan *p,
	  enum units u)
{
	char a[11], b[11], d1[24], d2[24];

	strbuf_addf(out, "plan %lld: %d week%s from %s to %s, building to %s a week\n",
		    (long long)r->id, p->n_weeks, p->n_weeks == 1 ? "" : "s",
		    date_format(a, p->start), date_format(b, p->start + 7 * p->n_weeks - 1),
		    distance_format(d1, p->target_week_m, u));
	strbuf_addf(out, "from %s a week (the mean of the 4 weeks before), %d runs a week, "
		    "the long run on %s\n", distance_format(d2, p->base_week_m, u),
		    p->runs_per_week, programme_weekday_name(p->long_run_weekday));
	if (p->walk_run_start)
		strbuf_adds(out, "no run in the 30 days before the first one (L2), or less than "
			    "a mile a week: weeks 1-4 are the 6 walk-run phases (R3)\n");
	strbuf_adds(out, "no week more than 10% above the one before (L3), every 4th week a "
		    "cutback of 20% (design choice),\nno run more than 1.1 x the longest of its "
		    "prior 30 days (L1)\n");
}

static void
weeks_text(struct strbuf *out, const struct plan *p, enum units u)
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

static void
runs_text(struct strbuf *out, const struct plan *p, int week, enum units u)
{
	char date[11], a[24];

	strbuf_addf(out, "\nweek %d:\n", week);
	for (int i = 0; i < p->n_runs; i++) {
		const struct plan_run *r = &p->run[i];
		if (r->week != week)
			continue;
		strbuf_addf(out, "  %-9s %s  ", programme_weekday_name(day_weekday(r->day)),
			    date_format(date, r->day));
		programme_plan_run_text(out, r, u);
		if (!r->walk_run_phase)
			strbuf_addf(out, " (L1: at most %s)",
				    distance_format(a, r->lmax30_m * (1.0 + PLAN_SPIKE), u));
		strbuf_addch(out, '\n');
	}
}

static void
plan_json(struct json *j, const struct plan_record *r, const struct plan *p, int week,
	  const struct programme_day *d, enum units u)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", r->id);
	json_str(j, "start", date_format(date, p->start));
	json_str(j, "end", date_format(date, p->start + 7 * p->n_weeks - 1));
	json_num(j, "target_m", p->target_week_m);
	json_num(j, "base_week_m", p->base_week_m);
	json_int(j, "runs_per_week", p->runs_per_week);
	json_str(j, "long_run_day", programme_weekday_name(p->long_run_weekday));
	json_bool(j, "walk_run_start", p->walk_run_start);
	if (p->target_week)
		json_int(j, "target_week", p->target_week);
	else
		json_null(j, "target_week");
	if (d) {
		struct strbuf sb = STRBUF_INIT;
		programme_plan_status_text(&sb, d, u);
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

static int
write_ics(struct ctx *c, const struct plan *p, const struct optval *ics, int *to_stdout,
	  struct talus_err *err)
{
	struct strbuf buf = STRBUF_INIT;
	int rc;

	*to_stdout = 0;
	if (!ics->set)
		return 0;
	*to_stdout = !strcmp(ics->str, "-");
	plan_ics(&buf, p, programme_dtstamp(), programme_prodid);
	if (!(rc = programme_write_file(&c->out, ics->str, &buf, "calendar", err)) && !*to_stdout)
		strbuf_addf(&c->out, "wrote the calendar (%d runs) to %s\n", p->n_runs, ics->str);
	strbuf_release(&buf);
	return rc;
}

int
cmd_plan_build(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { B_TARGET, B_WEEKS, B_LONG, B_RUNS, B_START, B_DATE, B_ICS, B_JSON, B_N };
	static const struct opt opts[] = {
		[B_TARGET] = { "target", OPT_DIST, 0, 0, NULL },
		[B_WEEKS] = { "weeks", OPT_INT, 1, PLAN_MAX_WEEKS, NULL },
		[B_LONG] = { "long-run-day", OPT_STR, 0, 0, NULL },
		[B_RUNS] = { "runs-per-week", OPT_INT, 1, 6, NULL },
		[B_START] = { "start", OPT_DATE, 0, 0, NULL },
		[B_DATE] = { "date", OPT_DATE, 0, 0, NULL },
		[B_ICS] = { "ics", OPT_STR, 0, 0, NULL },
		[B_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[B_N];
	struct plan_record r, old;
	struct recent recent = { 0 };
	struct plan *p = NULL;
	const char *pos[1];
	int npos, rc, to_stdout = 0, has_old;
	int32_t day, habit_end;
	size_t habit = 0;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (!v[B_TARGET].set)
		return err_set(err, TALUS_EINVAL, "missing --target D (the weekly distance to "
			       "build to)");
	if (!v[B_WEEKS].set)
		return err_set(err, TALUS_EINVAL, "missing --weeks N (1 to %d)", PLAN_MAX_WEEKS);
	memset(&r, 0, sizeof(r));
	day = v[B_DATE].set ? v[B_DATE].day : c->today;
	/* Design choice: the plan starts on the first Monday after today, so
	 * that its weeks are the calendar weeks of talus load. */
	r.start = v[B_START].set ? v[B_START].day : day + 7 - day_weekday(day);
	r.weeks = (int)v[B_WEEKS].num;
	r.long_run_weekday = 6;
	r.created = day;
	if (v[B_LONG].set && (r.long_run_weekday = programme_weekday_parse(v[B_LONG].str)) < 0)
		return err_set(err, TALUS_EINVAL, "invalid --long-run-day '%s': expected a "
			       "weekday, e.g. sunday or sun", v[B_LONG].str);
	if ((rc = ctx_open(c, 0, err)) ||
	    (rc = opt_distance(&r.target_week_m, &v[B_TARGET], "target", c->ath.units,
			       TARGET_MAX_M, 0, err)) ||
	    (rc = store_plan_current(&old, &has_old, c->st, c->ath.id, err)))
		return rc;
	plan_record_release(&old);
	/* The runs of the 30 days before the start; runs a week: the habit of
	 * the 4 weeks before the start (or before today, if it is later). */
	if ((rc = store_run_each(c->st, c->ath.id, r.start - 30, r.start - 1, collect, &recent,
				 err)))
		goto done;
	habit_end = r.start <= day + 1 ? r.start : day + 1;
	for (size_t i = 0; i < recent.n; i++)
		habit += recent.v[i].day >= habit_end - 28 && recent.v[i].day < habit_end;
	r.runs_per_week = v[B_RUNS].set ? (int)v[B_RUNS].num :
		habit ? (int)lround(habit / 4.0) : 3;
	if (r.runs_per_week < 1)
		r.runs_per_week = 1;
	if (r.runs_per_week > 6)
		r.runs_per_week = 6;
	r.recent = recent.v;
	r.n_recent = recent.n;
	if ((rc = programme_build_plan(&p, &r, err)))
		goto done;
	p->units = c->ath.units;
	if ((rc = store_plan_insert(&r.id, c->st, c->ath.id, &r, err)) ||
	    (rc = write_ics(c, p, &v[B_ICS], &to_stdout, err)) || to_stdout)
		goto done;
	if (v[B_JSON].set) {
		struct json j;
		strbuf_reset(&c->out);
		json_init(&j, &c->out);
		plan_json(&j, &r, p, 0, NULL, c->ath.units);
		goto done;
	}
	{
		struct strbuf files = STRBUF_INIT;
		strbuf_add(&files, c->out.buf, c->out.len);
		strbuf_reset(&c->out);
		plan_head(&c->out, &r, p, c->ath.units);
		if (has_old) {
			char date[11];
			strbuf_addf(&c->out, "it replaces plan %lld of %s\n", (long long)old.id,
				    date_format(date, old.start));
		}
		strbuf_addf(&c->out, "runs a week: %s\n", v[B_RUNS].set ? "as given" :
			    habit ? "your habit over the 4 weeks before" :
			    "3 (no runs in the 4 weeks before)");
		weeks_text(&c->out, p, c->ath.units);
		runs_text(&c->out, p, 1, c->ath.units);
		strbuf_adds(&c->out, "\nthe other weeks: talus plan show --week N; the run of the "
			    "day: talus today\n");
		strbuf_add(&c->out, files.buf, files.len);
		strbuf_release(&files);
	}
done:
	free(p);
	free(recent.v);
	return rc;
}

int
cmd_plan_show(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { S_WEEK, S_DATE, S_ICS, S_JSON, S_N };
	static const struct opt opts[] = {
		[S_WEEK] = { "week", OPT_INT, 1, PLAN_MAX_WEEKS, NULL },
		[S_DATE] = { "date", OPT_DATE, 0, 0, NULL },
		[S_ICS] = { "ics", OPT_STR, 0, 0, NULL },
		[S_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[S_N];
	struct programme_day d;
	const char *pos[1];
	char date[11];
	int npos, rc, week, to_stdout = 0;
	int32_t day;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[S_DATE].set ? v[S_DATE].day : c->today;
	week = v[S_WEEK].set ? (int)v[S_WEEK].num : 0;
	if ((rc = ctx_open(c, CTX_READ, err)))
		return rc;
	if ((rc = programme_gather(&d, c->st, &c->ath, day, NAN, PG_ALL, err)))
		goto done;
	if (!d.has_plan) {
		strbuf_adds(&c->hint, "build one with: talus plan build --target D --weeks N");
		rc = err_set(err, TALUS_ENOTFOUND, "no plan for %s", c->ath.name);
		goto done;
	}
	if (week > d.plan->n_weeks) {
		rc = err_set(err, TALUS_EINVAL, "invalid --week '%s': the plan has %d week%s",
			     v[S_WEEK].str, d.plan->n_weeks, d.plan->n_weeks == 1 ? "" : "s");
		goto done;
	}
	/* With --ics, the file is the output. */
	if ((rc = write_ics(c, d.plan, &v[S_ICS], &to_stdout, err)) || to_stdout || v[S_ICS].set)
		goto done;
	if (v[S_JSON].set) {
		struct json j;
		strbuf_reset(&c->out);
		json_init(&j, &c->out);
		plan_json(&j, &d.plan_rec, d.plan, week, &d, c->ath.units);
		goto done;
	}
	{
		struct strbuf files = STRBUF_INIT;
		strbuf_add(&files, c->out.buf, c->out.len);
		strbuf_reset(&c->out);
		plan_head(&c->out, &d.plan_rec, d.plan, c->ath.units);
		strbuf_addf(&c->out, "\n%s: ", date_format(date, day));
		programme_plan_status_text(&c->out, &d, c->ath.units);
		strbuf_addch(&c->out, '\n');
		if (week) {
			runs_text(&c->out, d.plan, week, c->ath.units);
		} else {
			weeks_text(&c->out, d.plan, c->ath.units);
			if (d.plan_st.week)
				runs_text(&c->out, d.plan, d.plan_st.week, c->ath.units);
		}
		strbuf_add(&c->out, files.buf, files.len);
		strbuf_release(&files);
	}
done:
	programme_day_release(&d);
	return rc;
}
