/* cmd_run.c - talus run add | list | edit | rm. */
#include "app/log.h"
#include "cli/cli.h"
#include "render/runs.h"

#include <stdio.h>
#include <string.h>

#define RUN_MAX_M 500000.0 /* 500 km: more is a typing mistake */

static const char *const surface_choices[] = { "road", "trail", "track", "treadmill", NULL };
static const char *const side_choices[] = { "left", "right", "both", NULL };
static const char *const sport_choices[] = { "run", "ride", "swim", "walk", "hike", "other",
					     NULL };

/* run add's options, and run edit's: the same and --sport (last, so that
 * run add's table ends where --sport would be). */
enum { O_DATE, O_DIST, O_DUR, O_SHOE, O_SURF, O_RPE, O_PD, O_PA, O_SIDE, O_NOTE, O_SPORT,
       O_NOPT };
#define RUN_OPTS                                                          \
	[O_DATE] = { "date", OPT_DATETIME, 0, 0, NULL },                  \
	[O_DIST] = { "distance", OPT_DIST, 0, 0, NULL },                  \
	[O_DUR] = { "duration", OPT_DURATION, 0, 0, NULL },               \
	[O_SHOE] = { "shoe", OPT_STR, 0, 0, NULL },                       \
	[O_SURF] = { "surface", OPT_CHOICE, 0, 0, surface_choices },      \
	[O_RPE] = { "rpe", OPT_INT, 0, 10, NULL },                        \
	[O_PD] = { "pain-during", OPT_INT, 0, 10, NULL },                 \
	[O_PA] = { "pain-after", OPT_INT, 0, 10, NULL },                  \
	[O_SIDE] = { "side", OPT_CHOICE, 0, 0, side_choices },            \
	[O_NOTE] = { "note", OPT_STR, 0, 0, NULL }
static const struct opt run_opts[] = { RUN_OPTS, [O_SPORT] = { 0 } };
static const struct opt edit_opts[] = {
	RUN_OPTS,
	[O_SPORT] = { "sport", OPT_CHOICE, 0, 0, sport_choices },
	{ 0 },
};

/* Applies the options given to r; the run's other fields stay. */
static int
apply(struct ctx *c, struct run_entry *r, const struct optval *v, struct talus_err *err)
{
	int rc;

	if (v[O_DATE].set)
		app_run_set_start(r, v[O_DATE].day, v[O_DATE].sec);
	if (v[O_DIST].set &&
	    (rc = opt_distance(&r->a.distance_m, &v[O_DIST], "distance", ATH(c)->units,
			       RUN_MAX_M, 0, err)))
		return rc;
	if (v[O_DUR].set)
		r->a.elapsed_s = r->a.moving_s = v[O_DUR].secs;
	if (v[O_SHOE].set) {
		struct shoe s;
		if ((rc = cli_check_name(v[O_SHOE].str, "--shoe", sizeof(s.name) - 1, err)) ||
		    (rc = app_shoe_find(&s, &c->ses, v[O_SHOE].str, err))) {
			if (rc == TALUS_ENOTFOUND)
				cli_shoe_hint(c, v[O_SHOE].str);
			return rc;
		}
		r->shoe_id = s.id;
	}
	if (v[O_SURF].set)
		r->a.surface = (enum surface)(v[O_SURF].choice + 1);
	if (v[O_RPE].set)
		r->rpe = (int)v[O_RPE].num;
	if (v[O_PD].set)
		r->pain_during = (int)v[O_PD].num;
	if (v[O_PA].set)
		r->pain_after = (int)v[O_PA].num;
	if (v[O_SIDE].set)
		r->side = (enum side)(v[O_SIDE].choice + 1);
	if (v[O_NOTE].set) {
		if (strlen(v[O_NOTE].str) > NOTE_MAX)
			return err_set(err, TALUS_EINVAL, "invalid --note: at most %d bytes",
				       NOTE_MAX);
		snprintf(r->note, sizeof(r->note), "%s", v[O_NOTE].str);
	}
	return 0;
}

static int
cmd_run_add(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_NOPT];
	struct run_entry r;
	const char *pos[1];
	int64_t id;
	int npos, rc;

	if ((rc = opt_parse(v, run_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (!v[O_DATE].set)
		return err_set(err, TALUS_EINVAL, "missing --date YYYY-MM-DD[THH:MM]");
	if (!v[O_DIST].set)
		return err_set(err, TALUS_EINVAL, "missing --distance D");
	if ((rc = app_check_date(&c->ses, v[O_DATE].day, WHEN_HAPPENED, "--date", v[O_DATE].str,
				 err)) ||
	    (rc = ctx_open(c, err)))
		return rc;
	run_entry_init(&r);
	r.a.sport = SPORT_RUN;
	r.a.sport_src = SPORT_SRC_USER; /* typed in as a run */
	if ((rc = apply(c, &r, v, err)) || (rc = app_run_add(&id, &c->ses, &r, 1, err)))
		return rc;
	strbuf_addf(&c->out, "added run %lld: ", (long long)id);
	render_run_describe(&c->out, &r, ATH(c)->units);
	strbuf_addch(&c->out, '\n');
	return 0;
}

const struct cmd cmd_run_add_def = {
	"run add", cmd_run_add, run_opts,
	"run add --date YYYY-MM-DD[THH:MM] --distance D [--duration [H:]MM:SS]\n"
	"              [--shoe NAME] [--surface road|trail|track|treadmill]\n"
	"              [--rpe 0-10] [--pain-during 0-10] [--pain-after 0-10]\n"
	"              [--side left|right|both] [--note TEXT]",
	"log a run", CMD_WRITE,
};

static int
cmd_run_edit(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_NOPT];
	struct run_entry r, was;
	const char *pos[1];
	enum sport sport = SPORT_RUN;
	int64_t id;
	int npos, rc;

	if ((rc = opt_parse(v, edit_opts, argc, argv, pos, 1, &npos, err)))
		return rc;
	if (npos != 1)
		return err_set(err, TALUS_EINVAL, "missing the run's ID (see 'talus run list')");
	if (v[O_SPORT].set) /* sport_choices are in enum sport's order */
		sport = (enum sport)v[O_SPORT].choice;
	if (v[O_SHOE].set && sport != SPORT_RUN)
		return err_set(err, TALUS_EINVAL, "invalid --shoe with --sport %s: only runs "
			       "count against shoes", sport_name(sport));
	if ((rc = parse_id(&id, pos[0], "run", err)) ||
	    (v[O_DATE].set && (rc = app_check_date(&c->ses, v[O_DATE].day, WHEN_HAPPENED,
						   "--date", v[O_DATE].str, err))) ||
	    (rc = ctx_open(c, err)) ||
	    (rc = app_run_get(&r, &c->ses, id, err)))
		return rc;
	was = r;
	if ((rc = apply(c, &r, v, err)))
		return rc;
	if (v[O_SPORT].set)
		app_run_set_sport(&r, sport);
	if ((rc = app_run_update(&c->ses, &r, err)))
		return rc;
	strbuf_addf(&c->out, "updated run %lld: ", (long long)id);
	render_run_describe(&c->out, &r, ATH(c)->units);
	strbuf_addch(&c->out, '\n');
	if (v[O_SPORT].set)
		render_run_sport_set(&c->out, &was, &r);
	return 0;
}

const struct cmd cmd_run_edit_def = {
	"run edit", cmd_run_edit, edit_opts,
	"run edit ID [--sport run|ride|swim|walk|hike|other] [run add's options]",
	"change a logged run or another activity; --sport sets its sport by hand", CMD_WRITE,
};

static const struct opt no_opts[] = { { 0 } };

static int
cmd_run_rm(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	return cli_rm(c, argc, argv, "run", "talus run list", app_run_delete, err);
}

const struct cmd cmd_run_rm_def = {
	"run rm", cmd_run_rm, no_opts, "run rm ID", "delete a run", CMD_WRITE,
};

static int
list_one(void *payload, const struct run_entry *r)
{
	render_runs_add(payload, r);
	return 0;
}

enum { L_SINCE, L_UNTIL, L_JSON, L_N };
static const struct opt list_opts[] = {
	[L_SINCE] = { "since", OPT_DATE, 0, 0, NULL },
	[L_UNTIL] = { "until", OPT_DATE, 0, 0, NULL },
	[L_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_run_list(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[L_N];
	struct render_list ls;
	const char *pos[1];
	int npos, rc;
	int32_t from, to;

	if ((rc = opt_parse(v, list_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	from = v[L_SINCE].set ? v[L_SINCE].day : INT32_MIN;
	to = v[L_UNTIL].set ? v[L_UNTIL].day : INT32_MAX;
	if (from > to)
		return err_set(err, TALUS_EINVAL, "--since %s is after --until %s",
			       v[L_SINCE].str, v[L_UNTIL].str);
	if ((rc = ctx_open(c, err)))
		return rc;
	render_runs_begin(&ls, &c->out, ATH(c), v[L_JSON].set);
	if ((rc = app_run_each(&c->ses, from, to, list_one, &ls, err)))
		return rc;
	render_runs_end(&ls);
	return 0;
}

const struct cmd cmd_run_list_def = {
	"run list", cmd_run_list, list_opts, "run list [--since DATE] [--until DATE] [--json]",
	"list runs and other activities", 0,
};
