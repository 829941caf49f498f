/* cmd_shoe.c - talus shoe add | list | retire | default. */
#include "app/log.h"
#include "cli/cli.h"
#include "render/shoes.h"
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
	int rc;

	if (npos != 1)
		return err_set(err, TALUS_EINVAL, "missing the shoe's NAME");
	if ((rc = cli_check_name(pos[0], "shoe name", sizeof(((struct shoe *)0)->name) - 1,
				 err)))
		return rc;
	*out = pos[0];
	return 0;
}

enum { O_REVIEW, O_LIMIT, O_SUPPORT, O_SINCE, O_INITIAL, O_N };
static const struct opt add_opts[] = {
	[O_REVIEW] = { "review", OPT_DIST, 0, 0, NULL },
	[O_LIMIT] = { "limit", OPT_DIST, 0, 0, NULL },
	[O_SUPPORT] = { "support", OPT_CHOICE, 0, 0, support_choices },
	[O_SINCE] = { "since", OPT_DATE, 0, 0, NULL },
	[O_INITIAL] = { "initial", OPT_DIST, 0, 0, NULL },
	{ 0 },
};

static int
cmd_shoe_add(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct shoe s;
	const char *pos[1], *name = NULL;
	char a[24], b[24];
	int npos, rc, made_default;

	if ((rc = opt_parse(v, add_opts, argc, argv, pos, 1, &npos, err)) ||
	    (rc = shoe_name(&name, npos, pos, err)) ||
	    (v[O_SINCE].set && (rc = app_check_date(&c->ses, v[O_SINCE].day, WHEN_HAPPENED,
						    "--since", v[O_SINCE].str, err))) ||
	    (rc = ctx_open(c, err)))
		return rc;
	memset(&s, 0, sizeof(s));
	snprintf(s.name, sizeof(s.name), "%s", name);
	s.review_m = SHOE_REVIEW_M;
	s.limit_m = SHOE_LIMIT_M;
	s.since_day = v[O_SINCE].set ? v[O_SINCE].day : INT32_MIN;
	if (v[O_SUPPORT].set)
		s.support = (enum shoe_support)(v[O_SUPPORT].choice + 1);
	if ((v[O_REVIEW].set && (rc = opt_distance(&s.review_m, &v[O_REVIEW], "review",
						   ATH(c)->units, SHOE_MAX_M, 0, err))) ||
	    (v[O_LIMIT].set && (rc = opt_distance(&s.limit_m, &v[O_LIMIT], "limit",
						  ATH(c)->units, SHOE_MAX_M, 0, err))) ||
	    (v[O_INITIAL].set && (rc = opt_distance(&s.initial_m, &v[O_INITIAL], "initial",
						    ATH(c)->units, SHOE_MAX_M, 1, err))))
		return rc;
	/* One given alone moves the other's default when they would cross:
	 * --review 900 replaces at 900 too, --limit 300 reviews at 300. */
	if (v[O_REVIEW].set && !v[O_LIMIT].set && s.review_m > s.limit_m)
		s.limit_m = s.review_m;
	if (v[O_LIMIT].set && !v[O_REVIEW].set && s.review_m > s.limit_m)
		s.review_m = s.limit_m;
	if (s.review_m > s.limit_m)
		return err_set(err, TALUS_EINVAL,
			       "--review %s is beyond --limit %s: the review comes first",
			       v[O_REVIEW].str, v[O_LIMIT].str);
	if ((rc = app_shoe_add(&s.id, &made_default, &c->ses, &s, err)))
		return rc;
	strbuf_addf(&c->out, "added shoe '%s': review at %s, replace at %s\n", s.name,
		    distance_format(a, s.review_m, ATH(c)->units),
		    distance_format(b, s.limit_m, ATH(c)->units));
	if (made_default)
		strbuf_addf(&c->out, "'%s' is the default for new runs (change it with: talus "
			    "shoe default NAME)\n", s.name);
	return 0;
}

const struct cmd cmd_shoe_add_def = {
	"shoe add", cmd_shoe_add, add_opts,
	"shoe add NAME [--review D] [--limit D]\n"
	"              [--support neutral|stability|motion-control] [--since DATE]\n"
	"              [--initial D]",
	"add a pair of shoes", CMD_WRITE,
};

static const struct opt list_opts[] = { { "json", OPT_FLAG, 0, 0, NULL }, { 0 } };

static int
cmd_shoe_list(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[1];
	struct shoe *shoes;
	struct shoe_alert alerts[16];
	const char *pos[1];
	size_t n, na;
	int npos, rc;

	if ((rc = opt_parse(v, list_opts, argc, argv, pos, 0, &npos, err)) ||
	    (rc = ctx_open(c, err)) ||
	    (rc = app_shoe_list(&shoes, &n, alerts, 16, &na, &c->ses, err)))
		return rc;
	if (v[0].set) {
		struct json j;
		json_init(&j, &c->out);
		render_shoes_json(&j, shoes, n, alerts, na);
	} else {
		render_shoes_text(&c->out, shoes, n, alerts, na, ATH(c)->units);
	}
	free(shoes);
	return 0;
}

const struct cmd cmd_shoe_list_def = {
	"shoe list", cmd_shoe_list, list_opts, "shoe list [--json]",
	"list shoes with their distance and wear alerts", 0,
};

static const struct opt no_opts[] = { { 0 } };

static int
shoe_verb(struct ctx *c, int argc, char **argv, struct talus_err *err, int retire)
{
	struct optval v[1];
	const char *pos[1], *name = NULL;
	int npos, rc;

	if ((rc = opt_parse(v, no_opts, argc, argv, pos, 1, &npos, err)) ||
	    (rc = shoe_name(&name, npos, pos, err)) || (rc = ctx_open(c, err)))
		return rc;
	rc = retire ? app_shoe_retire(&c->ses, name, err) : app_shoe_set_default(&c->ses, name, err);
	if (rc == TALUS_ENOTFOUND)
		cli_shoe_hint(c, name);
	if (rc)
		return rc;
	strbuf_addf(&c->out, retire ? "retired shoe '%s'\n"
				    : "shoe '%s' is now the default for new runs\n", name);
	return 0;
}

static int
cmd_shoe_retire(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	return shoe_verb(c, argc, argv, err, 1);
}

const struct cmd cmd_shoe_retire_def = {
	"shoe retire", cmd_shoe_retire, no_opts, "shoe retire NAME", "retire a pair of shoes",
	CMD_WRITE,
};

static int
cmd_shoe_default(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	return shoe_verb(c, argc, argv, err, 0);
}

const struct cmd cmd_shoe_default_def = {
	"shoe default", cmd_shoe_default, no_opts, "shoe default NAME",
	"make a pair the default for new runs", CMD_WRITE,
};
