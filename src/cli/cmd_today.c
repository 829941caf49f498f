/* cmd_today.c - talus today: the day's verdict with its reasons. */
#include "app/day.h"
#include "cli/cli.h"
#include "render/today.h"
#include "util/json.h"

#include <math.h>

enum { O_DATE, O_PLANNED, O_JSON, O_N };
static const struct opt today_opts[] = {
	[O_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[O_PLANNED] = { "planned", OPT_DIST, 0, 0, NULL },
	[O_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_today(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct app_day d;
	const char *pos[1];
	double planned = NAN;
	int npos, rc;

	if ((rc = opt_parse(v, today_opts, argc, argv, pos, 0, &npos, err)) ||
	    (rc = ctx_open(c, err)))
		return rc;
	if (v[O_PLANNED].set &&
	    (rc = opt_distance(&planned, &v[O_PLANNED], "planned", ATH(c)->units, 500000.0, 0,
			       err)))
		return rc;
	/* With a plan, its run of the day is the default --planned; the
	 * recovery plan and the programme for a runner who keeps them. */
	if ((rc = app_day_read(&d, &c->ses, v[O_DATE].set ? v[O_DATE].day : TODAY(c), planned,
			       DAY_TODAY, err)))
		goto done;
	if (v[O_JSON].set) {
		struct json j;
		json_init(&j, &c->out);
		render_today_json(&j, ATH(c), &d.d, &d.load);
	} else {
		render_today_text(&c->out, ATH(c), &d.d, &d.load, cli_style());
	}
done:
	app_day_release(&d);
	return rc;
}

const struct cmd cmd_today_def = {
	"today", cmd_today, today_opts, "today [--date DATE] [--planned D] [--json]",
	"what to do today, with the reasons", 0,
};
