/* cmd_shoe.c - talus shoe add | list | retire | default. */
#include "cli/cli.h"
#include "core/today.h"
#include "util/date.h"
#include "util/json.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const support_choices[] = { "neutral", "stability", "motion-control", NULL };

/* The one positional NAME of shoe commands. */
static int
shoe_name(const char **out, int npos, const char **pos, struct talus_err *err)
{
	if (npos != 1)
		return err_set(err, TALUS_EINVAL, "missing the shoe's NAME");
	if (!*pos[0] || strlen(pos[0]) >= sizeof(((struct shoe *)0)->name))
		return err_set(err, TALUS_EINVAL, "invalid shoe name '%s': 1 to 63 characters",
			       pos[0]);
	*out = pos[0];
	return 0;
}

int
cmd_shoe_add(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { O_REVIEW, O_LIMIT, O_SUPPORT, O_SINCE, O_INITIAL };
	static const struct opt opts[] = {
		[O_REVIEW] = { "review", OPT_DIST, 0, 0, NULL },
		[O_LIMIT] = { "limit", OPT_DIST, 0, 0, NULL },
		[O_SUPPORT] = { "support", OPT_CHOICE, 0, 0, support_choices },
		[O_SINCE] = { "since", OPT_DATE, 0, 0, NULL },
		[O_INITIAL] = { "initial", OPT_DIST, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[5];
	struct shoe s;
	const char *pos[1], *name;
	char a[24], b[24];
	int npos, rc;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 1, &npos, err)) ||
	    (rc = shoe_name(&name, npos, pos, err)) || (rc = ctx_open(c, 0, err)))
		return rc;
	memset(&s, 0, sizeof(s));
	snprintf(s.name, sizeof(s.name), "%s", name);
	s.review_m = SHOE_REVIEW_M;
	s.limit_m = SHOE_LIMIT_M;
	s.since_day = v[O_SINCE].set ? v[O_SINCE].day : INT32_MIN;
	if (v[O_SUPPORT].set)
		s.support = (enum shoe_support)(v[O_SUPPORT].choice + 1);
	if ((v[O_REVIEW].set && (rc = opt_distance(&s.review_m, &v[O_REVIEW], "review",
						   c->ath.units, SHOE_MAX_M, 0, err))) ||
	    (v[O_LIMIT].set && (rc = opt_distance(&s.limit_m, &v[O_LIMIT], "limit",
						  c->ath.units, SHOE_MAX_M, 0, err))) ||
	    (v[O_INITIAL].set && (rc = opt_distance(&s.initial_m, &v[O_INITIAL], "initial",
						    c->ath.units, SHOE_MAX_M, 1, err))))
		return rc;
	if (v[O_REVIEW].set && !v[O_LIMIT].set && s.review_m > s.limit_m)
		s.limit_m = s.review_m;
	if (s.review_m > s.limit_m)
		return err_set(err, TALUS_EINVAL,
			       "--review %s is beyond --limit %s: the review comes first",
			       v[O_REVIEW].str, v[O_LIMIT].str);
	if ((rc = store_shoe_add(&s.id, c->st, c->ath.id, &s, err)))
		return rc;
	strbuf_addf(&c->out, "added shoe '%s': review at %s, replace at %s\n", s.name,
		    distance_format(a, s.review_m, c->ath.units),
		    distance_format(b, s.limit_m, c->ath.units));
	return 0;
}

int
cmd_shoe_list(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	static const struct opt opts[] = { { "json", OPT_FLAG, 0, 0, NULL }, { 0 } };
	struct optval v[1];
	struct shoe *shoes;
	struct shoe_alert alerts[16];
	const char *pos[1];
	size_t n, na;
	int npos, rc;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)) ||
	    (rc = ctx_open(c, CTX_READ, err)) ||
	    (rc = store_shoe_list(&shoes, &n, c->st, c->ath.id, err)))
		return rc;
	/* S2 wants to know whether the athlete runs: the shoe list says so
	 * well enough (any activity in any shoe); today's report is exact. */
	{
		int ran = 0;
		for (size_t i = 0; i < n; i++)
			ran |= shoes[i].runs > 0;
		na = shoe_alerts(alerts, 16, shoes, n, ran, c->ath.units);
	}
	if (v[0].set) {
		struct json j;
		char date[11];
		json_init(&j, &c->out);
		json_obj_begin(&j, NULL);
		json_arr_begin(&j, "shoes");
		for (size_t i = 0; i < n; i++) {
			const struct shoe *s = &shoes[i];
			json_obj_begin(&j, NULL);
			json_int(&j, "id", s->id);
			json_str(&j, "name", s->name);
			json_num(&j, "used_m", s->used_m);
			json_num(&j, "initial_m", s->initial_m);
			json_int(&j, "activities", s->runs);
			json_num(&j, "review_m", s->review_m);
			json_num(&j, "limit_m", s->limit_m);
			json_str(&j, "support", s->support ? shoe_support_name(s->support) : NULL);
			json_str(&j, "since", s->since_day == INT32_MIN ? NULL
								       : date_format(date, s->since_day));
			json_bool(&j, "retired", s->retired);
			json_bool(&j, "default", s->is_default);
			json_obj_end(&j);
		}
		json_arr_end(&j);
		json_arr_begin(&j, "alerts");
		for (size_t i = 0; i < na; i++) {
			json_obj_begin(&j, NULL);
			json_str(&j, "rule", alerts[i].rule);
			json_str(&j, "level", level_name(alerts[i].level));
			json_str(&j, "shoe", alerts[i].shoe[0] ? alerts[i].shoe : NULL);
			json_str(&j, "message", alerts[i].message);
			json_obj_end(&j);
		}
		json_arr_end(&j);
		json_obj_end(&j);
	} else if (!n) {
		strbuf_adds(&c->out, "no shoes; add a pair with: talus shoe add NAME\n");
	} else {
		char used[24], rev[24], lim[24];
		strbuf_addf(&c->out, "%-20s %10s %10s %10s  %s\n", "SHOE", "USED", "REVIEW",
			    "REPLACE", "STATUS");
		for (size_t i = 0; i < n; i++) {
			const struct shoe *s = &shoes[i];
			const char *status = s->retired ? "retired"
					     : s->used_m >= s->limit_m ? "replace (S1)"
					     : s->used_m >= s->review_m ? "review (S1)" : "ok";
			strbuf_addf(&c->out, "%-20s %10s %10s %10s  %s%s\n", s->name,
				    distance_format(used, s->used_m, c->ath.units),
				    distance_format(rev, s->review_m, c->ath.units),
				    distance_format(lim, s->limit_m, c->ath.units), status,
				    s->is_default ? ", default" : "");
		}
		for (size_t i = 0; i < na; i++)
			strbuf_addf(&c->out, "%s %s\n",
				    alerts[i].level >= LEVEL_CAUTION ? "!" : "-", alerts[i].message);
	}
	free(shoes);
	return 0;
}

static int
shoe_verb(struct ctx *c, int argc, char **argv, struct talus_err *err, int retire)
{
	static const struct opt opts[] = { { 0 } };
	struct optval v[1];
	const char *pos[1], *name;
	int npos, rc;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 1, &npos, err)) ||
	    (rc = shoe_name(&name, npos, pos, err)) || (rc = ctx_open(c, 0, err)))
		return rc;
	rc = retire ? store_shoe_retire(c->st, c->ath.id, name, err)
		    : store_shoe_set_default(c->st, c->ath.id, name, err);
	if (rc)
		return rc;
	strbuf_addf(&c->out, retire ? "retired shoe '%s'\n"
				    : "shoe '%s' is now the default for new runs\n", name);
	return 0;
}

int
cmd_shoe_retire(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	return shoe_verb(c, argc, argv, err, 1);
}

int
cmd_shoe_default(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	return shoe_verb(c, argc, argv, err, 0);
}
