/* cmd_init.c - talus init, talus athlete list. */
#include "app/log.h"
#include "cli/cli.h"
#include "cli/prompt.h"
#include "render/athletes.h"
#include "util/date.h"
#include "util/json.h"
#include "util/text.h"

#include <stdio.h>
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
		if ((rc = cli_check_name(name, v[O_NAME].set ? "--name" : "--athlete",
					  ATHLETE_NAME_MAX, err)))
			return rc;
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
	strbuf_addf(&c->out, "created athlete '%s' (distances in %s) in ", a.name,
		    units_name(a.units));
	text_add_visible(&c->out, c->db_path);
	strbuf_addch(&c->out, '\n');
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

static const struct opt no_opts[] = { { 0 } };

static int
cmd_athlete_rename(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[1];
	struct athlete was;
	const char *pos[2];
	int npos, rc;

	if ((rc = opt_parse(v, no_opts, argc, argv, pos, 2, &npos, err)))
		return rc;
	if (npos != 2)
		return err_set(err, TALUS_EINVAL, "expected the athlete's name and the new name");
	if ((rc = cli_check_name(pos[1], "new name", ATHLETE_NAME_MAX, err)) ||
	    (rc = ctx_open(c, err)) ||
	    (rc = app_athlete_rename(&was, &c->ses, pos[0], pos[1], err))) {
		char near[ATHLETE_NAME_MAX + 1];
		if (rc == TALUS_ENOTFOUND &&
		    !app_athlete_nearest(near, sizeof(near), &c->ses, pos[0]))
			strbuf_addf(&c->hint, "did you mean '%s'? (talus athlete list)", near);
		return rc;
	}
	/* the old name may be from before names were checked */
	strbuf_adds(&c->out, "renamed athlete '");
	text_add_visible(&c->out, was.name);
	strbuf_addf(&c->out, "' to '%s'\n", pos[1]);
	return 0;
}

const struct cmd cmd_athlete_rename_def = {
	"athlete rename", cmd_athlete_rename, no_opts, "athlete rename OLD NEW",
	"rename an athlete", CMD_WRITE | CMD_NO_ATHLETE,
};

static const struct opt rm_opts[] = { { "yes", OPT_FLAG, 0, 0, NULL, 'y' }, { 0 } };

static int
cmd_athlete_rm(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[1];
	struct athlete a;
	const char *pos[1];
	struct strbuf q = STRBUF_INIT;
	int npos, rc;

	if ((rc = opt_parse(v, rm_opts, argc, argv, pos, 1, &npos, err)))
		return rc;
	if (npos != 1)
		return err_set(err, TALUS_EINVAL, "missing the athlete's NAME (see 'talus "
			       "athlete list')");
	if (!v[0].set) {
		if (!cli_stdin_is_terminal()) {
			strbuf_addf(&c->hint, "to remove them, say so: talus athlete rm '%s' --yes",
				    pos[0]);
			return err_set(err, TALUS_EINVAL, "not removing '%s' without --yes "
				       "(standard input is not a terminal)", pos[0]);
		}
		/* Asked before the database is opened: no lock is held while
		 * the coach answers. */
		strbuf_adds(&q, "remove athlete '");
		text_add_visible(&q, pos[0]);
		strbuf_adds(&q, "' and all their runs, ankle logs, shoes, assessments, "
			    "programmes and plans?");
		rc = prompt_yes(q.buf, err);
		strbuf_release(&q);
		if (rc < 0)
			return rc;
		if (!rc)
			return err_set(err, TALUS_EINVAL, "not removed: the answer was no");
	}
	if ((rc = ctx_open(c, err)) || (rc = app_athlete_remove(&a, &c->ses, pos[0], err))) {
		char near[ATHLETE_NAME_MAX + 1];
		if (rc == TALUS_ENOTFOUND && session_is_open(&c->ses) &&
		    !app_athlete_nearest(near, sizeof(near), &c->ses, pos[0]))
			strbuf_addf(&c->hint, "did you mean '%s'? (talus athlete list)", near);
		return rc;
	}
	strbuf_adds(&c->out, "removed athlete '");
	text_add_visible(&c->out, a.name);
	strbuf_adds(&c->out, "' and all their data\n");
	return 0;
}

const struct cmd cmd_athlete_rm_def = {
	"athlete rm", cmd_athlete_rm, rm_opts, "athlete rm NAME [-y|--yes]",
	"remove an athlete and all their data (asks on a terminal)",
	CMD_WRITE | CMD_NO_ATHLETE,
};
