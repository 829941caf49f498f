/* cmd_load.c - talus load: weekly distance, the 10% rule (L3), ACWR (L4),
 * monotony and strain (L5). */
#include "app/log.h"
#include "cli/cli.h"
#include "render/load.h"
#include "util/json.h"

#include <stdlib.h>

enum { O_WEEKS, O_DATE, O_JSON, O_N };
static const struct opt load_opts[] = {
	[O_WEEKS] = { "weeks", OPT_INT, 1, 520, NULL },
	[O_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[O_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_load(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct load_report ld;
	struct week_load *weeks;
	const char *pos[1];
	int npos, rc, nweeks;

	if ((rc = opt_parse(v, load_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	nweeks = v[O_WEEKS].set ? (int)v[O_WEEKS].num : 12;
	if ((rc = ctx_open(c, err)) ||
	    (rc = app_load_weeks(&ld, &weeks, nweeks, &c->ses,
				 v[O_DATE].set ? v[O_DATE].day : TODAY(c), err)))
		return rc;
	if (v[O_JSON].set) {
		struct json j;
		json_init(&j, &c->out);
		render_load_json(&j, ATH(c), &ld, weeks, nweeks);
	} else {
		render_load_text(&c->out, ATH(c), &ld, weeks, nweeks);
	}
	free(weeks);
	return 0;
}

const struct cmd cmd_load_def = {
	"load", cmd_load, load_opts, "load [--weeks N] [--date DATE] [--json]",
	"weekly distance, the 10% rule, ACWR, monotony and strain", 0,
};
