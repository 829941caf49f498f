/* cmd_init.c - talus init, talus athlete list. */
#include "app/log.h"
#include "cli/cli.h"
#include "render/athletes.h"
#include "util/date.h"
#include "util/json.h"

#include <stdlib.h>
#include <string.h>

static const char *const units_choices[] = { "km", "mi", NULL };
static const char *const sex_choices[] = { "female", "male", NULL };

enum { O_NAME, O_UNITS, O_SEX, O_BIRTH, O_N };
static const struct opt init_opts[] = {
	[O_NAME] = { "name", OPT_STR, 0, 0, NULL },
	[O_UNITS] = { "units", OPT_CHOICE, 0, 0, units_choices },
	[O_SEX] = { "sex", OPT_CHOICE, 0, 0, sex_choices },
	[O_BIRTH] = { "birth-year", OPT_INT, 1900, 2100, NULL },
	{ 0 },
};

static int
cmd_init(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct athlete a;
	const char *pos[1];
	int npos, rc, y, m, d;

	if ((rc = opt_parse(v, init_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	memset(&a, 0, sizeof(a));
	{
		const char *name = v[O_NAME].set ? v[O_NAME].str
			       : c->athlete_name ? c->athlete_name : "runner";
		if (!*name || strlen(name) >= sizeof(a.name))
			return err_set(err, TALUS_EINVAL,
				       "invalid --name '%s': 1 to %zu characters",
				       name, sizeof(a.name) - 1);
		memcpy(a.name, name, strlen(name) + 1);
	}
	a.units = v[O_UNITS].set && v[O_UNITS].choice == 1 ? UNITS_MI : UNITS_KM;
	if (v[O_SEX].set)
		memcpy(a.sex, sex_choices[v[O_SEX].choice], strlen(sex_choices[v[O_SEX].choice]) + 1);
	civil_from_day(TODAY(c), &y, &m, &d);
	if (v[O_BIRTH].set && v[O_BIRTH].num > y)
		return err_set(err, TALUS_EINVAL,
			       "invalid --birth-year '%s': must be from 1900 to %d",
			       v[O_BIRTH].str, y);
	a.birth_year = v[O_BIRTH].set ? (int)v[O_BIRTH].num : 0;
	if ((rc = ctx_open(c, err)) || (rc = app_athlete_add(&a.id, &c->ses, &a, err)))
		return rc;
	strbuf_addf(&c->out, "created athlete '%s' (distances in %s) in %s\n",
		    a.name, units_name(a.units), c->db_path);
	return 0;
}

const struct cmd cmd_init_def = {
	"init", cmd_init, init_opts,
	"init [--name NAME] [--units km|mi] [--sex female|male] [--birth-year YYYY]",
	"create the database (if needed) and an athlete",
	CMD_WRITE | CMD_CREATE | CMD_NO_ATHLETE,
};

static const struct opt list_opts[] = { { "json", OPT_FLAG, 0, 0, NULL }, { 0 } };

static int
cmd_athlete_list(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[1];
	struct athlete *list;
	const char *pos[1];
	size_t n;
	int npos, rc;

	if ((rc = opt_parse(v, list_opts, argc, argv, pos, 0, &npos, err)) ||
	    (rc = ctx_open(c, err)) || (rc = app_athlete_list(&list, &n, &c->ses, err)))
		return rc;
	if (v[0].set) {
		struct json j;
		json_init(&j, &c->out);
		render_athletes_json(&j, list, n);
	} else {
		render_athletes_text(&c->out, list, n);
	}
	free(list);
	return 0;
}

const struct cmd cmd_athlete_list_def = {
	"athlete list", cmd_athlete_list, list_opts, "athlete list [--json]",
	"list the athletes in the database", CMD_NO_ATHLETE,
};
