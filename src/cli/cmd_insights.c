/* cmd_insights.c - talus insights: in the runner's own log, what came
 * before the days with ankle pain (associations, never causes). */
#include "app/insights.h"
#include "cli/cli.h"
#include "render/insights.h"
#include "util/json.h"

enum { O_DATE, O_JSON, O_N };
static const struct opt insights_opts[] = {
	[O_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[O_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_insights(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct insights in;
	const char *pos[1];
	int npos, rc;

	if ((rc = opt_parse(v, insights_opts, argc, argv, pos, 0, &npos, err)) ||
	    (rc = ctx_open(c, err)) ||
	    (rc = app_insights(&in, &c->ses, v[O_DATE].set ? v[O_DATE].day : TODAY(c), err)))
		return rc;
	if (v[O_JSON].set) {
		struct json j;
		json_init(&j, &c->out);
		render_insights_json(&j, ATH(c), &in);
	} else {
		render_insights_text(&c->out, ATH(c), &in);
	}
	return 0;
}

const struct cmd cmd_insights_def = {
	"insights", cmd_insights, insights_opts, "insights [--date DATE] [--json]",
	"what came before ankle pain in your log (associations, not causes)", 0,
};
