/* cmd_assess.c - talus assess | assess show | assess history.
 *
 * An assessment is typed in by flags (--no-input: scripts, tests) or, on
 * a terminal, asked question by question (cli/prompt.c, from the table of
 * core/selftest.h). Either way every value is checked before the database
 * is opened, so bad input writes nothing. */
#include "app/assess.h"
#include "app/log.h"
#include "cli/cli.h"
#include "cli/prompt.h"
#include "render/assess.h"
#include "util/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Indexed by enum assess_gait. */
static const char *const gait_choices[] = { "unknown", "neutral", "over-pronation",
					    "supination", NULL };
/* motion-control is a stability shoe for the assessment (assess.h). */
static const char *const shoe_choices[] = { "unknown", "neutral", "stability",
					    "motion-control", "minimal", NULL };
static const enum assess_shoe shoe_values[] = { ASSESS_SHOE_UNKNOWN, ASSESS_SHOE_NEUTRAL,
						ASSESS_SHOE_STABILITY, ASSESS_SHOE_STABILITY,
						ASSESS_SHOE_MINIMAL };
static const char *const yesno_choices[] = { "yes", "no", NULL };

enum { O_NOINPUT, O_DATE, O_GAIT, O_SPRAIN, O_BRACE, O_SHOE, O_CAIT_L, O_CAIT_R,
       O_HEEL_L, O_HEEL_R, O_KTW_L, O_KTW_R, O_ST_L, O_ST_R, O_YB_L, O_YB_R, O_JSON, O_N };

static const struct opt assess_opts[] = {
	[O_NOINPUT] = { "no-input", OPT_FLAG, 0, 0, NULL },
	[O_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[O_GAIT] = { "gait", OPT_CHOICE, 0, 0, gait_choices },
	[O_SPRAIN] = { "sprain", OPT_LIST, 0, 0, NULL },
	[O_BRACE] = { "brace-or-tape", OPT_CHOICE, 0, 0, yesno_choices },
	[O_SHOE] = { "shoe-support", OPT_CHOICE, 0, 0, shoe_choices },
	[O_CAIT_L] = { "cait-left", OPT_INT, 0, CAIT_MAX, NULL },
	[O_CAIT_R] = { "cait-right", OPT_INT, 0, CAIT_MAX, NULL },
	[O_HEEL_L] = { "heel-raises-left", OPT_INT, 0, SELFTEST_HEEL_MAX, NULL },
	[O_HEEL_R] = { "heel-raises-right", OPT_INT, 0, SELFTEST_HEEL_MAX, NULL },
	[O_KTW_L] = { "knee-to-wall-left", OPT_STR, 0, 0, NULL },
	[O_KTW_R] = { "knee-to-wall-right", OPT_STR, 0, 0, NULL },
	[O_ST_L] = { "stance-left", OPT_LIST, 0, 0, NULL },
	[O_ST_R] = { "stance-right", OPT_LIST, 0, 0, NULL },
	[O_YB_L] = { "ybalance-left", OPT_STR, 0, 0, NULL },
	[O_YB_R] = { "ybalance-right", OPT_STR, 0, 0, NULL },
	[O_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

/* The option of a self-test's side: O_HEEL_L .. O_YB_R. */
static int
test_opt(enum assess_test t, int side)
{
	switch (t) {
	case TEST_T3_HEEL_RAISE: return side ? O_HEEL_R : O_HEEL_L;
	case TEST_T2_KNEE_WALL: return side ? O_KTW_R : O_KTW_L;
	case TEST_T1_STANCE: return side ? O_ST_R : O_ST_L;
	case TEST_T4_YBALANCE: return side ? O_YB_R : O_YB_L;
	default: return -1;
	}
}

/* A self-test's value from its option. */
static int
test_flag(struct assess_input *in, const struct selftest *t, int side, const struct optval *v,
	  struct talus_err *err)
{
	char what[48];

	snprintf(what, sizeof(what), "--%s-%s", t->option, assess_side_name(side));
	switch (t->test) {
	case TEST_T3_HEEL_RAISE:
		if (v->set)
			in->side[side].heel_raise_reps = (int)v->num;
		return 0;
	case TEST_T2_KNEE_WALL:
		return v->set ? selftest_parse(&in->side[side].knee_wall_cm, what, v->str,
					       t->max, t->unit, err) : 0;
	case TEST_T1_STANCE:
		return prompt_parse_trials(in->side[side].stance_s, what, v->list, v->nlist, err);
	case TEST_T4_YBALANCE:
		return v->set ? selftest_parse(&in->side[side].ybal_ant_cm, what, v->str,
					       t->max, t->unit, err) : 0;
	default:
		return 0;
	}
}

/* Applies the flags to in; *given gets 1 when any value flag was set. */
static int
apply_flags(struct assess_input *in, int *given, const struct optval *v,
	    struct talus_err *err)
{
	int rc;

	*given = 0;
	for (int o = O_GAIT; o <= O_YB_R; o++)
		*given |= v[o].set;
	if (v[O_GAIT].set)
		in->gait = (enum assess_gait)v[O_GAIT].choice;
	if (v[O_SHOE].set)
		in->shoe_support = shoe_values[v[O_SHOE].choice];
	if (v[O_BRACE].set)
		in->brace_or_tape = v[O_BRACE].choice == 0 ? FACT_YES : FACT_NO;
	for (int i = 0; i < v[O_SPRAIN].nlist; i++)
		if ((rc = selftest_sprain_parse(&in->sprains[in->n_sprains++], "--sprain",
						v[O_SPRAIN].list[i], in->day, err)))
			return rc;
	if (v[O_CAIT_L].set)
		in->side[LIMB_LEFT].cait = (int)v[O_CAIT_L].num;
	if (v[O_CAIT_R].set)
		in->side[LIMB_RIGHT].cait = (int)v[O_CAIT_R].num;
	for (int i = 0; i < SELFTEST_COUNT; i++) {
		const struct selftest *t = selftest_get(i);
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
			if ((rc = test_flag(in, t, s, &v[test_opt(t->test, s)], err)))
				return rc;
	}
	return 0;
}

/* Asks, on a terminal, what the flags did not give. */
static int
interactive(struct assess_input *in, const struct optval *v, struct talus_err *err)
{
	int rc, k;

	fprintf(stderr, "talus assess: answer each question, or press Enter to leave it "
		"unknown.\n\n");
	if (!v[O_SPRAIN].set && (rc = prompt_sprains(in, err)) < 0)
		return rc;
	if (!v[O_BRACE].set) {
		if ((rc = prompt_choice(&k, "Do you run with a brace or tape?", yesno_choices,
					0, err)) < 0)
			return rc;
		if (rc)
			in->brace_or_tape = k == 0 ? FACT_YES : FACT_NO;
	}
	if (!v[O_GAIT].set) {
		if ((rc = prompt_choice(&k, "Your gait, if a shop or clinician told you",
					gait_choices, 1, err)) < 0)
			return rc;
		if (rc)
			in->gait = (enum assess_gait)k;
	}
	if (!v[O_SHOE].set) {
		if ((rc = prompt_choice(&k, "Your current running shoe", shoe_choices, 1,
					err)) < 0)
			return rc;
		if (rc)
			in->shoe_support = shoe_values[k];
	}
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
		if (!v[s == LIMB_LEFT ? O_CAIT_L : O_CAIT_R].set &&
		    (rc = prompt_cait(&in->side[s].cait, assess_side_name(s), err)) < 0)
			return rc;
	for (int i = 0; i < SELFTEST_COUNT; i++) {
		const struct selftest *t = selftest_get(i);
		fprintf(stderr, "\n%s\n", t->instructions);
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
			if (!v[test_opt(t->test, s)].set &&
			    (rc = prompt_selftest(in, t, s, err)) < 0)
				return rc;
	}
	fputc('\n', stderr);
	return 0;
}

static void
show(struct ctx *c, const struct assess_record *rec, const struct assess_result *res,
     int json)
{
	if (json) {
		struct json j;
		json_init(&j, &c->out);
		render_assess_json(&j, rec, res);
	} else {
		render_assess_text(&c->out, rec, res, ATH(c)->name);
	}
}

static int
cmd_assess(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct assess_record rec;
	struct assess_result res;
	const char *pos[1];
	int npos, rc, given;

	if ((rc = opt_parse(v, assess_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (v[O_DATE].set && (rc = app_check_date(&c->ses, v[O_DATE].day, WHEN_HAPPENED, "--date",
						  v[O_DATE].str, err)))
		return rc;
	memset(&rec, 0, sizeof(rec));
	assess_input_init(&rec.in, v[O_DATE].set ? v[O_DATE].day : TODAY(c));
	if ((rc = apply_flags(&rec.in, &given, v, err)))
		return rc;
	if (!v[O_NOINPUT].set) {
		if (cli_stdin_is_terminal()) {
			/* Asked before the database is opened, so no write lock is
			 * held while the runner answers; a missing database is
			 * reported first. */
			if (access(c->db_path, F_OK))
				return ctx_open(c, err);
			if ((rc = interactive(&rec.in, v, err)))
				return rc;
		} else if (!given) {
			strbuf_adds(&c->hint, "give the values by flags, e.g.\n"
				    "  talus assess --no-input --cait-left 24 --cait-right 29 "
				    "--heel-raises-left 18 --heel-raises-right 25\n"
				    "      --knee-to-wall-left 8 --knee-to-wall-right 11 "
				    "--stance-left 12 --stance-right 20 --sprain left:2025-06:no-rehab\n"
				    "or run it on a terminal to be asked (see: talus help assess)");
			return err_set(err, TALUS_EINVAL, "no values given and standard input "
				       "is not a terminal");
		}
	}
	if ((rc = ctx_open(c, err)) || (rc = app_assess_record(&rec, &res, &c->ses, err)))
		return rc;
	show(c, &rec, &res, v[O_JSON].set);
	return 0;
}

const struct cmd cmd_assess_def = {
	"assess", cmd_assess, assess_opts,
	"assess [--no-input] [--date DATE] [--sprain SIDE:YYYY-MM[:rehab-done|:no-rehab]]...\n"
	"              [--brace-or-tape yes|no] [--gait neutral|over-pronation|supination|unknown]\n"
	"              [--shoe-support neutral|stability|motion-control|minimal]\n"
	"              [--cait-left 0-30] [--cait-right 0-30]\n"
	"              [--heel-raises-left N] [--heel-raises-right N]\n"
	"              [--knee-to-wall-left CM] [--knee-to-wall-right CM]\n"
	"              [--stance-left S]... [--stance-right S]...\n"
	"              [--ybalance-left CM] [--ybalance-right CM] [--json]\n"
	"              asks on a terminal; --no-input takes the flags only",
	"record an ankle assessment: history, CAIT, self-tests, causes", CMD_WRITE,
};

enum { S_ID, S_DATE, S_JSON, S_N };
static const struct opt show_opts[] = {
	[S_ID] = { "id", OPT_STR, 0, 0, NULL },
	[S_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[S_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_assess_show(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[S_N];
	struct assess_record rec;
	struct assess_result res;
	const char *pos[1];
	int64_t id = 0;
	int npos, rc, found = 1;

	if ((rc = opt_parse(v, show_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (v[S_ID].set && (rc = parse_id(&id, v[S_ID].str, "assessment", err)))
		return rc;
	if ((rc = ctx_open(c, err)))
		return rc;
	if (id)
		rc = app_assess_get(&rec, &c->ses, id, err);
	else
		rc = app_assess_latest(&rec, &found, &c->ses,
				       v[S_DATE].set ? v[S_DATE].day : TODAY(c), err);
	if (rc)
		return rc;
	if (!found) {
		strbuf_adds(&c->hint, "record one with: talus assess");
		return err_set(err, TALUS_ENOTFOUND, "no assessment on or before %s",
			       v[S_DATE].set ? v[S_DATE].str : "today");
	}
	if ((rc = assess_evaluate(&res, &rec.in, &rec.facts, err)))
		return rc;
	show(c, &rec, &res, v[S_JSON].set);
	return 0;
}

const struct cmd cmd_assess_show_def = {
	"assess show", cmd_assess_show, show_opts, "assess show [--id ID] [--date DATE] [--json]",
	"show the latest assessment and its causes", 0,
};

static const struct opt history_opts[] = { { "json", OPT_FLAG, 0, 0, NULL }, { 0 } };

static int
cmd_assess_history(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[1];
	struct assess_record *list;
	const char *pos[1];
	size_t n;
	int npos, rc;

	if ((rc = opt_parse(v, history_opts, argc, argv, pos, 0, &npos, err)) ||
	    (rc = ctx_open(c, err)) || (rc = app_assess_list(&list, &n, &c->ses, err)))
		return rc;
	if (v[0].set) {
		struct json j;
		json_init(&j, &c->out);
		render_assess_history_json(&j, list, n);
	} else {
		render_assess_history_text(&c->out, list, n);
	}
	free(list);
	return 0;
}

const struct cmd cmd_assess_history_def = {
	"assess history", cmd_assess_history, history_opts, "assess history [--json]",
	"the tests of every assessment, per side", 0,
};
