/* cmd_init.c - talus init, talus athlete list. */
#include "cli/cli.h"
#include "util/date.h"
#include "util/json.h"

#include <stdlib.h>
#include <string.h>

static const char *const units_choices[] = { "km", "mi", NULL };
static const char *const sex_choices[] = { "female", "male", NULL };

int
cmd_init(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { O_NAME, O_UNITS, O_SEX, O_BIRTH };
	static const struct opt opts[] = {
		[O_NAME] = { "name", OPT_STR, 0, 0, NULL },
		[O_UNITS] = { "units", OPT_CHOICE, 0, 0, units_choices },
		[O_SEX] = { "sex", OPT_CHOICE, 0, 0, sex_choices },
		[O_BIRTH] = { "birth-year", OPT_INT, 1900, 2100, NULL },
		{ 0 },
	};
	struct optval v[4];
	struct athlete a;
	const char *pos[1];
	int npos, rc, y, m, d;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
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
	civil_from_day(c->today, &y, &m, &d);
	if (v[O_BIRTH].set && v[O_BIRTH].num > y)
		return err_set(err, TALUS_EINVAL,
			       "invalid --birth-year '%s': must be from 1900 to %d",
			       v[O_BIRTH].str, y);
	a.birth_year = v[O_BIRTH].set ? (int)v[O_BIRTH].num : 0;
	if ((rc = ctx_open(c, CTX_CREATE | CTX_NO_ATHLETE, err)))
		return rc;
	if ((rc = store_athlete_add(&a.id, c->st, &a, err)))
		return rc;
	strbuf_addf(&c->out, "created athlete '%s' (distances in %s) in %s\n",
		    a.name, units_name(a.units), c->db_path);
	return 0;
}

int
cmd_athlete_list(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	static const struct opt opts[] = { { "json", OPT_FLAG, 0, 0, NULL }, { 0 } };
	struct optval v[1];
	struct athlete *list;
	const char *pos[1];
	size_t n;
	int npos, rc;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)) ||
	    (rc = ctx_open(c, CTX_READ | CTX_NO_ATHLETE, err)) ||
	    (rc = store_athlete_list(&list, &n, c->st, err)))
		return rc;
	if (v[0].set) {
		struct json j;
		json_init(&j, &c->out);
		json_obj_begin(&j, NULL);
		json_arr_begin(&j, "athletes");
		for (size_t i = 0; i < n; i++) {
			json_obj_begin(&j, NULL);
			json_int(&j, "id", list[i].id);
			json_str(&j, "name", list[i].name);
			json_str(&j, "units", units_name(list[i].units));
			json_str(&j, "sex", list[i].sex[0] ? list[i].sex : NULL);
			if (list[i].birth_year)
				json_int(&j, "birth_year", list[i].birth_year);
			else
				json_null(&j, "birth_year");
			json_bool(&j, "default", list[i].is_default);
			json_obj_end(&j);
		}
		json_arr_end(&j);
		json_obj_end(&j);
	} else {
		for (size_t i = 0; i < n; i++)
			strbuf_addf(&c->out, "%s%s (%s)\n", list[i].name,
				    list[i].is_default ? " [default]" : "",
				    units_name(list[i].units));
	}
	free(list);
	return 0;
}
