/* cmd_assess.c - talus assess | assess show | assess history.
 *
 * An assessment is typed in by flags (--no-input: scripts, tests) or, on
 * a terminal, asked question by question (cli/prompt.c, from the table of
 * core/selftest.h). Either way every value is checked before the database
 * is opened, so bad input writes nothing. */
#include "app/assess.h"
#include "app/log.h"
#include "app/programme.h"
#include "cli/cli.h"
#include "cli/prompt.h"
#include "render/assess.h"
#include "util/date.h"
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

const struct opt cmd_assess_opts[] = {
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
#define assess_opts cmd_assess_opts

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

/* Applies the flags to in; *given gets 1 when any value flag was set,
 * *answered the ASSESS_ANS_* given (the others are carried forward). */
static int
apply_flags(struct assess_input *in, int *given, unsigned *answered, const struct optval *v,
	    struct talus_err *err)
{
	int rc;

	*given = 0;
	for (int o = O_GAIT; o <= O_YB_R; o++)
		*given |= v[o].set;
	*answered = (v[O_SPRAIN].set ? ASSESS_ANS_SPRAINS : 0) |
		(v[O_BRACE].set ? ASSESS_ANS_BRACE : 0) |
		(v[O_GAIT].set ? ASSESS_ANS_GAIT : 0) | (v[O_SHOE].set ? ASSESS_ANS_SHOE : 0);
	if (v[O_GAIT].set)
		in->gait = (enum assess_gait)v[O_GAIT].choice;
	if (v[O_SHOE].set)
		in->shoe_support = shoe_values[v[O_SHOE].choice];
	if (v[O_BRACE].set)
		in->brace_or_tape = v[O_BRACE].choice == 0 ? FACT_YES : FACT_NO;
	for (int i = 0; i < v[O_SPRAIN].nlist; i++) {
		/* "none": no sprain, rather than the ones carried forward. */
		if (!strcmp(v[O_SPRAIN].list[i], "none")) {
			if (v[O_SPRAIN].nlist > 1)
				return err_set(err, TALUS_EINVAL, "invalid --sprain 'none': "
					       "it goes alone, not with other sprains");
			continue;
		}
		if ((rc = selftest_sprain_parse(&in->sprains[in->n_sprains++], "--sprain",
						v[O_SPRAIN].list[i], in->day, err)))
			return rc;
	}
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

/* Asks, on a terminal, what the flags did not give; *answered gets the
 * ASSESS_ANS_* answered. */
static int
interactive(struct assess_input *in, unsigned *answered, const struct optval *v,
	    struct talus_err *err)
{
	int rc, k;

	fprintf(stderr, "talus assess: answer each question, or press Enter to leave it "
		"unknown\n(sprains, brace, gait and shoe: to keep the answer of your last "
		"assessment, if any).\n\n");
	if (!v[O_SPRAIN].set) {
		if ((rc = prompt_sprains(in, err)) < 0)
			return rc;
		if (in->n_sprains)
			*answered |= ASSESS_ANS_SPRAINS;
	}
	if (!v[O_BRACE].set) {
		if ((rc = prompt_choice(&k, "Do you run with a brace or tape?", yesno_choices,
					0, err)) < 0)
			return rc;
		if (rc) {
			in->brace_or_tape = k == 0 ? FACT_YES : FACT_NO;
			*answered |= ASSESS_ANS_BRACE;
		}
	}
	if (!v[O_GAIT].set) {
		if ((rc = prompt_choice(&k, "Your gait, if a shop or clinician told you",
					gait_choices, 1, err)) < 0)
			return rc;
		if (rc) {
			in->gait = (enum assess_gait)k;
			*answered |= ASSESS_ANS_GAIT;
		}
	}
	if (!v[O_SHOE].set) {
		if ((rc = prompt_choice(&k, "Your current running shoe", shoe_choices, 1,
					err)) < 0)
			return rc;
		if (rc) {
			in->shoe_support = shoe_values[k];
			*answered |= ASSESS_ANS_SHOE;
		}
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
     const struct assess_note *note, int json)
{
	if (json) {
		struct json j;
		json_init(&j, &c->out);
		render_assess_json(&j, rec, res, note);
	} else {
		render_assess_text(&c->out, rec, res, ATH(c)->name, note);
	}
}

int
cmd_assess_record(struct ctx *c, int argc, char **argv, int retest, struct talus_err *err)
{
	struct optval v[O_N];
	struct assess_record rec, base;
	struct assess_result res;
	struct app_assess_note an;
	struct assess_note note;
	struct programme_record prog;
	const char *pos[1];
	int npos, rc, given, has_prog, has_base = 0;
	unsigned answered = 0;

	if ((rc = opt_parse(v, assess_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (v[O_DATE].set && (rc = app_check_date(&c->ses, v[O_DATE].day, WHEN_HAPPENED, "--date",
						  v[O_DATE].str, err)))
		return rc;
	memset(&rec, 0, sizeof(rec));
	assess_input_init(&rec.in, v[O_DATE].set ? v[O_DATE].day : TODAY(c));
	if ((rc = apply_flags(&rec.in, &given, &answered, v, err)))
		return rc;
	if (!v[O_NOINPUT].set) {
		if (cli_stdin_is_terminal()) {
			/* Asked before the database is opened, so no write lock is
			 * held while the runner answers; a missing database is
			 * reported first. */
			if (access(c->db_path, F_OK))
				return ctx_open(c, err);
			if ((rc = interactive(&rec.in, &answered, v, err)))
				return rc;
		} else if (!given) {
			strbuf_addf(&c->hint, "give the values by flags, e.g.\n"
				    "  talus %s --no-input --cait-left 24 --cait-right 29 "
				    "--heel-raises-left 18 --heel-raises-right 25\n"
				    "      --knee-to-wall-left 8 --knee-to-wall-right 11 "
				    "--stance-left 12 --stance-right 20%s\n"
				    "or run it on a terminal to be asked (see: talus help %s)",
				    retest ? "program retest" : "assess",
				    retest ? "" : " --sprain left:2025-06:no-rehab",
				    retest ? "program retest" : "assess");
			return err_set(err, TALUS_EINVAL, "no values given and standard input "
				       "is not a terminal");
		}
	}
	if ((rc = ctx_open(c, err)))
		return rc;
	if (retest) {
		/* A re-test belongs to a programme under way, which it keeps. */
		if ((rc = app_programme_under_way(&prog, &has_prog, &c->ses, rec.in.day, err)))
			return rc;
		if (has_prog && rec.in.day < prog.start) {
			char a[11];
			strbuf_adds(&c->hint, "record an assessment with: talus assess");
			return err_set(err, TALUS_EINVAL, "programme %lld starts on %s: a "
				       "re-test comes after its sessions", (long long)prog.id,
				       date_format(a, prog.start));
		}
		if (!has_prog) {
			strbuf_adds(&c->hint, "record an assessment with: talus assess");
			return err_set(err, TALUS_ENOTFOUND, "no programme under way for %s on "
				       "that day to re-test", ATH(c)->name);
		}
		if ((rc = app_programme_baseline(&base, &has_base, &c->ses, &prog, err)))
			return rc;
	}
	if ((rc = app_assess_record(&rec, &res, answered, &an, &c->ses, err)))
		return rc;
	memset(&note, 0, sizeof(note));
	note.carried = an.carried;
	note.carried_id = an.carried_id;
	note.carried_day = an.carried_day;
	if (an.has_prog) {
		note.programme_id = an.prog.id;
		note.programme_start = an.prog.start;
		note.programme_week = an.prog_week;
	}
	show(c, &rec, &res, &note, v[O_JSON].set);
	if (retest && !v[O_JSON].set && has_base && base.id != rec.id) {
		char a[11], b[11];
		strbuf_addf(&c->out, "\nre-test of programme %lld: the change since the "
			    "assessment of %s (re-test of %s):\n", (long long)prog.id,
			    date_format(a, base.in.day), date_format(b, rec.in.day));
		render_assess_changes_text(&c->out, &base.in, &rec.in);
	}
	return 0;
}

static int
cmd_assess(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	return cmd_assess_record(c, argc, argv, 0, err);
}

const struct cmd cmd_assess_def = {
	"assess", cmd_assess, assess_opts,
	"assess [--no-input] [--date DATE] [--sprain SIDE:YYYY-MM[:rehab-done|:no-rehab]|none]...\n"
	"              [--brace-or-tape yes|no] [--gait neutral|over-pronation|supination|unknown]\n"
	"              [--shoe-support neutral|stability|motion-control|minimal]\n"
	"              [--cait-left 0-30] [--cait-right 0-30]\n"
	"              [--heel-raises-left N] [--heel-raises-right N]\n"
	"              [--knee-to-wall-left CM] [--knee-to-wall-right CM]\n"
	"              [--stance-left S]... [--stance-right S]...\n"
	"              [--ybalance-left CM] [--ybalance-right CM] [--json]\n"
	"              asks on a terminal; --no-input takes the flags only; the sprains,\n"
	"              brace, gait and shoe not given are carried from the last assessment",
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
	show(c, &rec, &res, NULL, v[S_JSON].set);
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
