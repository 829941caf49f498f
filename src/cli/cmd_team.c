/* cmd_team.c - talus team: a coach's morning, one line per athlete. */
#include "app/team.h"
#include "cli/cli.h"
#include "render/team.h"
#include "util/json.h"

enum { O_DATE, O_JSON, O_N };
static const struct opt team_opts[] = {
	[O_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[O_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_team(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct team_member *t;
	const char *pos[1];
	size_t n;
	int npos, rc;
	int32_t day;

	if ((rc = opt_parse(v, team_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[O_DATE].set ? v[O_DATE].day : TODAY(c);
	if ((rc = ctx_open(c, err)) || (rc = app_team(&t, &n, &c->ses, day, err)))
		return rc;
	if (v[O_JSON].set) {
		struct json j;
		json_init(&j, &c->out);
		render_team_json(&j, t, n, day);
	} else {
		render_team_text(&c->out, t, n, day);
	}
	app_team_release(t, n);
	return 0;
}

const struct cmd cmd_team_def = {
	"team", cmd_team, team_opts, "team [--date DATE] [--json]",
	"every athlete's day, most severe first (a coach's screen)", CMD_NO_ATHLETE,
};
