/* cmd_plan.c - talus plan build | show: a mileage build-up toward a
 * weekly target (core/plan.c), kept as its inputs and the runs of the 30
 * days before its start, so that it is rebuilt the same each time. */
#include "app/clock.h"
#include "app/day.h"
#include "app/log.h"
#include "app/plan.h"
#include "cli/cli.h"
#include "render/plan.h"
#include "util/date.h"
#include "util/json.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define TARGET_MAX_M 500000.0 /* 500 km a week: more is a typing mistake */

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
	render_plan_ics(&buf, p, clock_now_utc());
	if (!(rc = cli_write_file(&c->out, ics->str, &buf, "calendar", err)) && !*to_stdout) {
		char what[64];
		snprintf(what, sizeof(what), "wrote the calendar (%d runs) to ", p->n_runs);
		cli_wrote(&c->out, what, ics->str);
	}
	strbuf_release(&buf);
	return rc;
}

enum { B_TARGET, B_WEEKS, B_LONG, B_RUNS, B_START, B_DATE, B_ICS, B_JSON, B_N };
static const struct opt build_opts[] = {
	[B_TARGET] = { "target", OPT_DIST, 0, 0, NULL },
	[B_WEEKS] = { "weeks", OPT_INT, 1, PLAN_MAX_WEEKS, NULL },
	[B_LONG] = { "long-run-day", OPT_STR, 0, 0, NULL },
	[B_RUNS] = { "runs-per-week", OPT_INT, 1, 7, NULL },
	[B_START] = { "start", OPT_DATE, 0, 0, NULL },
	[B_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[B_ICS] = { "ics", OPT_STR, 0, 0, NULL },
	[B_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_plan_build(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[B_N];
	struct plan_record r;
	struct app_plan_new n;
	const char *pos[1];
	int npos, rc, to_stdout = 0;
	int32_t day;

	memset(&n, 0, sizeof(n));
	if ((rc = opt_parse(v, build_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (!v[B_TARGET].set)
		return err_set(err, TALUS_EINVAL, "missing --target D (the weekly distance to "
			       "build to)");
	if (!v[B_WEEKS].set)
		return err_set(err, TALUS_EINVAL, "missing --weeks N (1 to %d)", PLAN_MAX_WEEKS);
	memset(&r, 0, sizeof(r));
	day = v[B_DATE].set ? v[B_DATE].day : TODAY(c);
	/* Design choice: the plan starts on the first Monday after today, so
	 * that its weeks are the calendar weeks of talus load. */
	r.start = v[B_START].set ? v[B_START].day : day + 7 - day_weekday(day);
	r.weeks = (int)v[B_WEEKS].num;
	r.long_run_weekday = 6;
	r.created = day;
	r.runs_per_week = v[B_RUNS].set ? (int)v[B_RUNS].num : 0;
	if (v[B_LONG].set && (r.long_run_weekday = weekday_parse(v[B_LONG].str)) < 0)
		return err_set(err, TALUS_EINVAL, "invalid --long-run-day '%s': expected a "
			       "weekday, e.g. sunday or sun", v[B_LONG].str);
	if ((v[B_DATE].set && (rc = app_check_date(&c->ses, day, WHEN_HAPPENED, "--date",
						   v[B_DATE].str, err))) ||
	    (v[B_START].set && (rc = app_check_date(&c->ses, r.start, WHEN_STARTS, "--start",
						    v[B_START].str, err))))
		return rc;
	if ((rc = ctx_open(c, err)) ||
	    (rc = opt_distance(&r.target_week_m, &v[B_TARGET], "target", ATH(c)->units,
			       TARGET_MAX_M, 0, err)) ||
	    (rc = app_plan_new(&n, &r, &c->ses, day, err)) ||
	    (rc = write_ics(c, n.plan, &v[B_ICS], &to_stdout, err)) || to_stdout)
		goto done;
	if (v[B_JSON].set) {
		struct json j;
		strbuf_reset(&c->out);
		json_init(&j, &c->out);
		render_plan_json(&j, &n.rec, n.plan, 0, NULL, ATH(c)->units);
	} else {
		struct strbuf files = STRBUF_INIT;
		char date[11];
		strbuf_add(&files, c->out.buf, c->out.len);
		strbuf_reset(&c->out);
		render_plan_head(&c->out, &n.rec, n.plan, ATH(c)->units);
		if (n.has_old)
			strbuf_addf(&c->out, "it replaces plan %lld of %s\n", (long long)n.old.id,
				    date_format(date, n.old.start));
		strbuf_addf(&c->out, "runs a week: %s\n", v[B_RUNS].set ? "as given" :
			    n.runs_capped ? "3, your habit held to the walk-run return's "
			    "3 a week (R3)" : n.runs_from_habit ?
			    "your habit over the 4 weeks before" :
			    "3 (no runs in the 4 weeks before)");
		render_plan_weeks_text(&c->out, n.plan, ATH(c)->units);
		render_plan_runs_text(&c->out, n.plan, 1, ATH(c)->units);
		strbuf_adds(&c->out, "\nthe other weeks: talus plan show --week N; the run of the "
			    "day: talus today\n");
		strbuf_add(&c->out, files.buf, files.len);
		strbuf_release(&files);
	}
done:
	app_plan_new_release(&n);
	return rc;
}

const struct cmd cmd_plan_build_def = {
	"plan build", cmd_plan_build, build_opts,
	"plan build --target D --weeks N [--long-run-day DAY] [--runs-per-week N]\n"
	"              [--start DATE] [--date DATE] [--ics FILE] [--json]",
	"build a mileage plan toward a weekly distance", CMD_WRITE,
};

enum { S_WEEK, S_DATE, S_ICS, S_JSON, S_N };
static const struct opt show_opts[] = {
	[S_WEEK] = { "week", OPT_INT, 1, PLAN_MAX_WEEKS, NULL },
	[S_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[S_ICS] = { "ics", OPT_STR, 0, 0, NULL },
	[S_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_plan_show(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[S_N];
	struct app_day d;
	const struct day *dd = &d.d;
	const char *pos[1];
	char date[11];
	int npos, rc, week, to_stdout = 0;
	int32_t day;

	if ((rc = opt_parse(v, show_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[S_DATE].set ? v[S_DATE].day : TODAY(c);
	week = v[S_WEEK].set ? (int)v[S_WEEK].num : 0;
	if ((rc = ctx_open(c, err)))
		return rc;
	if ((rc = app_day_read(&d, &c->ses, day, NAN, DAY_VERDICT | DAY_EPISODES | DAY_PLAN,
			       err)))
		goto done;
	if (!dd->has_plan) {
		strbuf_adds(&c->hint, "build one with: talus plan build --target D --weeks N");
		rc = err_set(err, TALUS_ENOTFOUND, "no plan for %s", ATH(c)->name);
		goto done;
	}
	if (week > dd->plan->n_weeks) {
		rc = err_set(err, TALUS_EINVAL, "invalid --week '%s': the plan has %d week%s",
			     v[S_WEEK].str, dd->plan->n_weeks, dd->plan->n_weeks == 1 ? "" : "s");
		goto done;
	}
	/* With --ics, the file is the output. */
	if ((rc = write_ics(c, dd->plan, &v[S_ICS], &to_stdout, err)) || to_stdout ||
	    v[S_ICS].set)
		goto done;
	if (v[S_JSON].set) {
		struct json j;
		strbuf_reset(&c->out);
		json_init(&j, &c->out);
		render_plan_json(&j, dd->plan_rec, dd->plan, week, dd, ATH(c)->units);
		goto done;
	}
	render_plan_head(&c->out, dd->plan_rec, dd->plan, ATH(c)->units);
	strbuf_addf(&c->out, "\n%s: ", date_format(date, day));
	render_plan_status_text(&c->out, dd, ATH(c)->units);
	strbuf_addch(&c->out, '\n');
	if (week) {
		render_plan_runs_text(&c->out, dd->plan, week, ATH(c)->units);
	} else {
		render_plan_weeks_text(&c->out, dd->plan, ATH(c)->units);
		if (dd->plan_st.week)
			render_plan_runs_text(&c->out, dd->plan, dd->plan_st.week, ATH(c)->units);
	}
done:
	app_day_release(&d);
	return rc;
}

const struct cmd cmd_plan_show_def = {
	"plan show", cmd_plan_show, show_opts,
	"plan show [--week N] [--date DATE] [--ics FILE] [--json]",
	"the plan's weeks and runs, and the day's run", 0,
};
