/* cmd_run.c - talus run add | list | edit | rm. */
#include "cli/cli.h"
#include "util/date.h"
#include "util/json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RUN_MAX_M 500000.0 /* 500 km: more is a typing mistake */

static const char *const surface_choices[] = { "road", "trail", "track", "treadmill", NULL };
static const char *const side_choices[] = { "left", "right", "both", NULL };

enum { O_DATE, O_DIST, O_DUR, O_SHOE, O_SURF, O_RPE, O_PD, O_PA, O_SIDE, O_NOTE, O_NOPT };
static const struct opt run_opts[] = {
	[O_DATE] = { "date", OPT_DATETIME, 0, 0, NULL },
	[O_DIST] = { "distance", OPT_DIST, 0, 0, NULL },
	[O_DUR] = { "duration", OPT_DURATION, 0, 0, NULL },
	[O_SHOE] = { "shoe", OPT_STR, 0, 0, NULL },
	[O_SURF] = { "surface", OPT_CHOICE, 0, 0, surface_choices },
	[O_RPE] = { "rpe", OPT_INT, 0, 10, NULL },
	[O_PD] = { "pain-during", OPT_INT, 0, 10, NULL },
	[O_PA] = { "pain-after", OPT_INT, 0, 10, NULL },
	[O_SIDE] = { "side", OPT_CHOICE, 0, 0, side_choices },
	[O_NOTE] = { "note", OPT_STR, 0, 0, NULL },
	{ 0 },
};

/* Applies the options given to r; the run's other fields stay. */
static int
apply(struct ctx *c, struct run_entry *r, const struct optval *v, struct talus_err *err)
{
	int rc;

	if (v[O_DATE].set) {
		int sec = v[O_DATE].sec >= 0 ? v[O_DATE].sec : 12 * 3600;
		int32_t off = clock_local_offset(v[O_DATE].day, sec);
		r->a.has_time = v[O_DATE].sec >= 0;
		r->a.utc_offset_s = off;
		r->a.start_utc = (int64_t)v[O_DATE].day * 86400 + sec - off;
		r->day = v[O_DATE].day;
	}
	if (v[O_DIST].set &&
	    (rc = opt_distance(&r->a.distance_m, &v[O_DIST], "distance", c->ath.units,
			       RUN_MAX_M, 0, err)))
		return rc;
	if (v[O_DUR].set)
		r->a.elapsed_s = r->a.moving_s = v[O_DUR].secs;
	if (v[O_SHOE].set) {
		struct shoe s;
		if ((rc = store_shoe_find(&s, c->st, c->ath.id, v[O_SHOE].str, err))) {
			if (rc == TALUS_ENOTFOUND)
				strbuf_addf(&c->hint, "add it with: talus shoe add '%s'",
					    v[O_SHOE].str);
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
		if (strlen(v[O_NOTE].str) >= sizeof(r->note))
			return err_set(err, TALUS_EINVAL, "invalid --note: at most %zu characters",
				       sizeof(r->note) - 1);
		snprintf(r->note, sizeof(r->note), "%s", v[O_NOTE].str);
	}
	return 0;
}

static void
describe(struct ctx *c, struct strbuf *sb, const struct run_entry *r)
{
	char date[11], d[24], t[16];

	strbuf_addf(sb, "%s, %s", date_format(date, r->day),
		    distance_format(d, r->a.distance_m, c->ath.units));
	if (!isnan(r->a.elapsed_s) && r->a.distance_m > 0) {
		double per = r->a.elapsed_s / distance_in(r->a.distance_m, c->ath.units);
		strbuf_addf(sb, " in %s", duration_format(t, r->a.elapsed_s));
		strbuf_addf(sb, " (%s /%s)", duration_format(t, per), units_name(c->ath.units));
	}
}

int
cmd_run_add(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_NOPT];
	struct run_entry r;
	const char *pos[1];
	int64_t id;
	int npos, rc, found;

	if ((rc = opt_parse(v, run_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (!v[O_DATE].set)
		return err_set(err, TALUS_EINVAL, "missing --date YYYY-MM-DD[THH:MM]");
	if (!v[O_DIST].set)
		return err_set(err, TALUS_EINVAL, "missing --distance D");
	if ((rc = ctx_open(c, 0, err)))
		return rc;
	run_entry_init(&r);
	r.a.sport = SPORT_RUN;
	if (!v[O_SHOE].set) {
		struct shoe s;
		if ((rc = store_shoe_default(&s, &found, c->st, c->ath.id, err)))
			return rc;
		if (found)
			r.shoe_id = s.id;
	}
	if ((rc = apply(c, &r, v, err)) ||
	    (rc = store_run_insert(&id, c->st, c->ath.id, &r, err)))
		return rc;
	strbuf_addf(&c->out, "added run %lld: ", (long long)id);
	describe(c, &c->out, &r);
	strbuf_addch(&c->out, '\n');
	return 0;
}

int
cmd_run_edit(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_NOPT];
	struct run_entry r;
	const char *pos[1];
	int64_t id;
	int npos, rc;

	if ((rc = opt_parse(v, run_opts, argc, argv, pos, 1, &npos, err)))
		return rc;
	if (npos != 1)
		return err_set(err, TALUS_EINVAL, "missing the run's ID (see 'talus run list')");
	if ((rc = parse_id(&id, pos[0], "run", err)) || (rc = ctx_open(c, 0, err)) ||
	    (rc = store_run_get(&r, c->st, c->ath.id, id, err)) ||
	    (rc = apply(c, &r, v, err)) ||
	    (rc = store_run_update(c->st, c->ath.id, &r, err)))
		return rc;
	strbuf_addf(&c->out, "updated run %lld: ", (long long)id);
	describe(c, &c->out, &r);
	strbuf_addch(&c->out, '\n');
	return 0;
}

int
cmd_run_rm(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	return cli_rm(c, argc, argv, "run", "talus run list", store_run_delete, err);
}

/* ---- run list ------------------------------------------------------------- */

struct list_state {
	struct ctx *c;
	struct json j;
	int json;
	int n;
};

void
cli_activity_json(struct json *j, const struct activity *a)
{
	char utc[21];

	json_int(j, "id", a->id);
	json_str(j, "sport", sport_name(a->sport));
	json_str(j, "start_utc", utc_format(utc, a->start_utc));
	json_int(j, "utc_offset_s", a->utc_offset_s);
	json_num(j, "elapsed_s", a->elapsed_s);
	json_num(j, "moving_s", a->moving_s);
	json_num(j, "distance_m", a->distance_m);
	json_int(j, "points", a->points);
}

static int
list_one(void *payload, const struct run_entry *r)
{
	struct list_state *ls = payload;
	struct ctx *c = ls->c;
	char date[11], d[24], t[16] = "", p[16] = "";

	ls->n++;
	if (ls->json) {
		struct json *j = &ls->j;
		json_obj_begin(j, NULL);
		cli_activity_json(j, &r->a);
		json_str(j, "date", date_format(date, r->day));
		json_str(j, "surface", r->a.surface ? surface_name(r->a.surface) : NULL);
		json_num(j, "elev_gain_m", r->a.elev_gain_m);
		json_num(j, "avg_hr", r->a.avg_hr);
		json_num(j, "avg_cadence", r->a.avg_cadence);
		json_str(j, "name", r->a.name[0] ? r->a.name : NULL);
		json_str(j, "shoe", r->shoe[0] ? r->shoe : NULL);
#define SCORE(k, v) ((v) >= 0 ? json_int(j, k, v) : json_null(j, k))
		SCORE("rpe", r->rpe);
		SCORE("pain_during", r->pain_during);
		SCORE("pain_after", r->pain_after);
#undef SCORE
		json_str(j, "side", r->side ? side_name(r->side) : NULL);
		json_str(j, "note", r->note[0] ? r->note : NULL);
		json_bool(j, "truncated", r->a.truncated);
		json_obj_end(j);
		return 0;
	}
	if (!isnan(r->a.elapsed_s))
		duration_format(t, r->a.elapsed_s);
	if (!isnan(r->a.elapsed_s) && r->a.distance_m > 0)
		duration_format(p, r->a.elapsed_s / distance_in(r->a.distance_m, c->ath.units));
	strbuf_addf(&c->out, "%5lld  %s  %-5s %9s  %8s  %6s  %-12s",
		    (long long)r->a.id, date_format(date, r->day), sport_name(r->a.sport),
		    distance_format(d, r->a.distance_m, c->ath.units), t, p,
		    r->shoe[0] ? r->shoe : "-");
	if (r->pain_during >= 0 || r->pain_after >= 0) {
		strbuf_adds(&c->out, "  pain ");
		if (r->pain_during >= 0)
			strbuf_addf(&c->out, "%d", r->pain_during);
		else
			strbuf_addch(&c->out, '-');
		strbuf_addch(&c->out, '/');
		if (r->pain_after >= 0)
			strbuf_addf(&c->out, "%d", r->pain_after);
		else
			strbuf_addch(&c->out, '-');
	}
	if (r->note[0])
		strbuf_addf(&c->out, "  %s", r->note);
	else if (r->a.name[0])
		strbuf_addf(&c->out, "  %s", r->a.name);
	while (c->out.len && c->out.buf[c->out.len - 1] == ' ')
		c->out.buf[--c->out.len] = '\0';
	strbuf_addch(&c->out, '\n');
	return 0;
}

int
cmd_run_list(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { L_SINCE, L_UNTIL, L_JSON };
	static const struct opt opts[] = {
		[L_SINCE] = { "since", OPT_DATE, 0, 0, NULL },
		[L_UNTIL] = { "until", OPT_DATE, 0, 0, NULL },
		[L_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[3];
	struct list_state ls;
	const char *pos[1];
	int npos, rc;
	int32_t from, to;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	from = v[L_SINCE].set ? v[L_SINCE].day : INT32_MIN;
	to = v[L_UNTIL].set ? v[L_UNTIL].day : INT32_MAX;
	if (from > to)
		return err_set(err, TALUS_EINVAL, "--since %s is after --until %s",
			       v[L_SINCE].str, v[L_UNTIL].str);
	if ((rc = ctx_open(c, CTX_READ, err)))
		return rc;
	memset(&ls, 0, sizeof(ls));
	ls.c = c;
	ls.json = v[L_JSON].set;
	if (ls.json) {
		json_init(&ls.j, &c->out);
		json_obj_begin(&ls.j, NULL);
		json_str(&ls.j, "athlete", c->ath.name);
		json_str(&ls.j, "units", units_name(c->ath.units));
		json_arr_begin(&ls.j, "runs");
	} else {
		strbuf_addf(&c->out, "%5s  %-10s  %-5s %9s  %8s  %6s  %s\n", "ID", "DATE",
			    "SPORT", "DISTANCE", "TIME", "PACE", "SHOE");
	}
	if ((rc = store_run_each(c->st, c->ath.id, from, to, list_one, &ls, err)))
		return rc;
	if (ls.json) {
		json_arr_end(&ls.j);
		json_obj_end(&ls.j);
	} else if (!ls.n) {
		strbuf_reset(&c->out);
		strbuf_adds(&c->out, "no runs logged; add one with: talus run add --date "
				     "YYYY-MM-DD --distance D\n");
	}
	return 0;
}
