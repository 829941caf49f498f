/* cmd_program.c - talus program new | show | log | status: the 8-week
 * prevention programme (P1), its log, levels, adherence and re-tests. */
#include "app/programme.h"
#include "app/clock.h"
#include "app/log.h"
#include "cli/cli.h"
#include "render/programme.h"
#include "util/date.h"
#include "util/json.h"
#include "util/text.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LOG_SETS_MAX 20
#define LOG_REPS_MAX 200
#define LOG_HOLD_MAX 600

static const char *const rating_choices[] = { "easy", "ok", "hard", NULL };
static const char *const side_choices[] = { "left", "right", "both", NULL };

static int
no_programme(struct ctx *c, struct talus_err *err)
{
	strbuf_adds(&c->hint, "start one with: talus program new");
	return err_set(err, TALUS_ENOTFOUND, "no programme for %s", ATH(c)->name);
}

/* "mon,wed,fri": exactly three different weekdays. */
static int
parse_days(unsigned *mask, const char *s, struct talus_err *err)
{
	char buf[64], *tok, *save = NULL;
	int n = 0;

	*mask = 0;
	if (strlen(s) >= sizeof(buf))
		goto bad;
	memcpy(buf, s, strlen(s) + 1);
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		int wd = weekday_parse(tok);
		if (wd < 0 || (*mask & (1u << wd)))
			goto bad;
		*mask |= 1u << wd;
		n++;
	}
	if (n == PROGRAMME_PER_WEEK)
		return 0;
bad:
	return err_set(err, TALUS_EINVAL, "invalid --days '%s': expected three different "
		       "weekdays separated by commas, e.g. mon,wed,fri", s);
}

/* Writes --html and --ics; *to_stdout gets 1 when one of them is "-",
 * whose content is then the whole output (no "wrote" lines mixed in). */
static int
write_files(struct ctx *c, const struct programme *p, const struct optval *html,
	    const struct optval *ics, int *to_stdout, struct talus_err *err)
{
	struct strbuf buf = STRBUF_INIT, title = STRBUF_INIT, note = STRBUF_INIT;
	int rc = 0;

	*to_stdout = (html->set && !strcmp(html->str, "-")) || (ics->set && !strcmp(ics->str, "-"));
	if (html->set && ics->set && !strcmp(html->str, "-") && !strcmp(ics->str, "-"))
		return err_set(err, TALUS_EINVAL, "--html and --ics cannot both be '-'");
	if (html->set) {
		strbuf_addf(&title, "Ankle programme of %s", ATH(c)->name);
		render_programme_html(&buf, p, title.buf);
		if (!(rc = cli_write_file(&note, html->str, &buf, "programme", err)) &&
		    !*to_stdout)
			cli_wrote(&note, "wrote the printable programme to ", html->str);
	}
	if (!rc && ics->set) {
		strbuf_reset(&buf);
		render_programme_ics(&buf, p, clock_now_utc());
		if (!(rc = cli_write_file(&note, ics->str, &buf, "calendar", err)) &&
		    !*to_stdout) {
			char what[64];
			snprintf(what, sizeof(what), "wrote the calendar (%d sessions) to ",
				 PROGRAMME_SESSIONS);
			cli_wrote(&note, what, ics->str);
		}
	}
	if (!rc)
		strbuf_add(&c->out, note.buf, note.len);
	strbuf_release(&buf);
	strbuf_release(&title);
	strbuf_release(&note);
	return rc;
}

/* The week of the programme day falls in: 0 before, 9 after. */
static int
week_of(const struct programme *p, int32_t day)
{
	return day < p->start ? 0 : day >= p->start + 7 * PROGRAMME_WEEKS ?
		PROGRAMME_WEEKS + 1 : (day - p->start) / 7 + 1;
}

enum { N_START, N_DAYS, N_LONG, N_DATE, N_REPLACE, N_ICS, N_JSON, N_N };
static const struct opt new_opts[] = {
	[N_START] = { "start", OPT_DATE, 0, 0, NULL },
	[N_REPLACE] = { "replace", OPT_FLAG, 0, 0, NULL },
	[N_DAYS] = { "days", OPT_STR, 0, 0, NULL },
	[N_LONG] = { "long-run-day", OPT_STR, 0, 0, NULL },
	[N_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[N_ICS] = { "ics", OPT_STR, 0, 0, NULL },
	[N_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_program_new(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[N_N], none = { 0 };
	struct app_programme_new n;
	const char *pos[1];
	unsigned mask = 0;
	int npos, rc, lrd = -2, to_stdout = 0;
	int32_t day;

	memset(&n, 0, sizeof(n));
	if ((rc = opt_parse(v, new_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[N_DATE].set ? v[N_DATE].day : TODAY(c);
	if (v[N_DAYS].set && (rc = parse_days(&mask, v[N_DAYS].str, err)))
		return rc;
	if (v[N_LONG].set && (lrd = weekday_parse(v[N_LONG].str)) < 0)
		return err_set(err, TALUS_EINVAL, "invalid --long-run-day '%s': expected a "
			       "weekday, e.g. sunday or sun", v[N_LONG].str);
	if ((v[N_DATE].set && (rc = app_check_date(&c->ses, day, WHEN_HAPPENED, "--date",
						   v[N_DATE].str, err))) ||
	    (v[N_START].set && (rc = app_check_date(&c->ses, v[N_START].day, WHEN_STARTS,
						    "--start", v[N_START].str, err))))
		return rc;
	if ((rc = ctx_open(c, err)))
		goto done;
	if ((rc = app_programme_new(&n, &c->ses, day, v[N_START].set ? v[N_START].day : day,
				    mask, lrd, v[N_REPLACE].set, err))) {
		if (n.refused)
			strbuf_adds(&c->hint, "a re-test keeps it, with its levels and log: "
				    "talus program retest");
		goto done;
	}
	if ((rc = write_files(c, n.prog, &none, &v[N_ICS], &to_stdout, err)) || to_stdout)
		goto done;
	if (v[N_JSON].set) {
		struct json j;
		strbuf_reset(&c->out);
		json_init(&j, &c->out);
		render_programme_json(&j, &n.rec, n.prog, 0, week_of(n.prog, day));
	} else {
		struct strbuf files = STRBUF_INIT;
		strbuf_add(&files, c->out.buf, c->out.len);
		strbuf_reset(&c->out);
		render_programme_new_text(&c->out, &n.rec, n.prog, n.has_old ? &n.old : NULL,
					  n.has_assess ? &n.assess : NULL);
		strbuf_add(&c->out, files.buf, files.len);
		strbuf_release(&files);
	}
done:
	app_programme_new_release(&n);
	return rc;
}

const struct cmd cmd_program_new_def = {
	"program new", cmd_program_new, new_opts,
	"program new [--start DATE] [--days DAY,DAY,DAY] [--long-run-day DAY]\n"
	"              [--date DATE] [--replace] [--ics FILE] [--json]",
	"start the 8-week ankle programme", CMD_WRITE,
};

enum { S_WEEK, S_DATE, S_HTML, S_ICS, S_JSON, S_N };
static const struct opt show_opts[] = {
	[S_WEEK] = { "week", OPT_INT, 1, PROGRAMME_WEEKS, NULL },
	[S_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[S_HTML] = { "html", OPT_STR, 0, 0, NULL },
	[S_ICS] = { "ics", OPT_STR, 0, 0, NULL },
	[S_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_program_show(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[S_N];
	struct app_day d;
	const char *pos[1];
	int npos, rc, week, to_stdout = 0;
	int32_t day;

	if ((rc = opt_parse(v, show_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[S_DATE].set ? v[S_DATE].day : TODAY(c);
	week = v[S_WEEK].set ? (int)v[S_WEEK].num : 0;
	if ((rc = ctx_open(c, err)))
		return rc;
	if ((rc = app_day_read(&d, &c->ses, day, NAN, DAY_EPISODES | DAY_PROGRAMME, err)))
		goto done;
	if (!d.d.has_prog) {
		rc = no_programme(c, err);
		goto done;
	}
	if ((rc = app_programme_show(&d, day, err)))
		goto done;
	/* With --html or --ics, the files are the output. */
	if ((rc = write_files(c, d.d.prog, &v[S_HTML], &v[S_ICS], &to_stdout, err)) ||
	    to_stdout || v[S_HTML].set || v[S_ICS].set)
		goto done;
	if (v[S_JSON].set) {
		struct json j;
		strbuf_reset(&c->out);
		json_init(&j, &c->out);
		render_programme_json(&j, d.d.prog_rec, d.d.prog, week, d.d.progress.week);
	} else {
		render_programme_show_text(&c->out, d.d.prog_rec, d.d.prog, week, day);
	}
done:
	app_day_release(&d);
	return rc;
}

const struct cmd cmd_program_show_def = {
	"program show", cmd_program_show, show_opts,
	"program show [--week N] [--date DATE] [--html FILE] [--ics FILE] [--json]",
	"the programme's sessions at the current levels", 0,
};

enum { L_DATE, L_EX, L_SESSION, L_SKIP, L_SIDE, L_SETS, L_REPS, L_HOLD, L_LEVEL, L_LOST,
       L_RATING, L_PAIN, L_N };
static const struct opt log_opts[] = {
	[L_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[L_EX] = { "exercise", OPT_STR, 0, 0, NULL },
	[L_SESSION] = { "session", OPT_FLAG, 0, 0, NULL },
	[L_SKIP] = { "skip", OPT_LIST, 0, 0, NULL },
	[L_SIDE] = { "side", OPT_CHOICE, 0, 0, side_choices },
	[L_SETS] = { "sets", OPT_INT, 1, LOG_SETS_MAX, NULL },
	[L_REPS] = { "reps", OPT_INT, 1, LOG_REPS_MAX, NULL },
	[L_HOLD] = { "hold", OPT_INT, 1, LOG_HOLD_MAX, NULL },
	[L_LEVEL] = { "level", OPT_STR, 0, 0, NULL },
	[L_LOST] = { "lost-balance", OPT_FLAG, 0, 0, NULL },
	[L_RATING] = { "rating", OPT_CHOICE, 0, 0, rating_choices },
	[L_PAIN] = { "pain", OPT_INT, 0, 10, NULL },
	{ 0 },
};

/* The catalogue index of an exercise id given to flag, or an error with
 * the nearest id and the list. */
static int
exercise_arg(int *ex, struct ctx *c, const char *flag, const char *id, struct talus_err *err)
{
	const char *ids[EX__COUNT], *near;

	if ((*ex = exercise_index(id)) >= 0)
		return 0;
	for (int i = 0; i < EX__COUNT; i++)
		ids[i] = exercise_get(i)->id;
	if ((near = text_nearest(id, ids, EX__COUNT, -1)))
		strbuf_addf(&c->hint, "did you mean '%s'? the exercises:", near);
	else
		strbuf_adds(&c->hint, "the exercises:");
	for (int i = 0; i < EX__COUNT; i++)
		strbuf_addf(&c->hint, " %s", ids[i]);
	return err_set(err, TALUS_EINVAL, "invalid --%s '%s': no such exercise", flag, id);
}

/* The flags that go with one exercise, not with --session. */
static const int one_exercise_flags[] = { L_SIDE, L_SETS, L_REPS, L_HOLD, L_LEVEL,
					  L_LOST };

static int
log_session(struct ctx *c, const struct optval *v, struct talus_err *err)
{
	struct app_day d;
	struct app_session_log *sl = xcalloc(1, sizeof(*sl));
	struct programme_progress before, after;
	int skip[OPT_MAX_LIST], n_skip = v[L_SKIP].nlist, rc;
	char date[11];

	for (int i = 0; i < n_skip; i++)
		if ((rc = exercise_arg(&skip[i], c, "skip", v[L_SKIP].list[i], err))) {
			free(sl);
			return rc;
		}
	if ((rc = ctx_open(c, err))) {
		free(sl);
		return rc;
	}
	if ((rc = app_day_read(&d, &c->ses, v[L_DATE].day, NAN, DAY_EPISODES | DAY_PROGRAMME,
			       err)))
		goto done;
	if (!d.d.has_prog) {
		rc = no_programme(c, err);
		goto done;
	}
	if (v[L_DATE].day < d.d.prog->start) {
		rc = err_set(err, TALUS_EINVAL, "invalid --date '%s': the programme starts on %s",
			     v[L_DATE].str, date_format(date, d.d.prog->start));
		goto done;
	}
	if ((rc = app_programme_log_session(sl, &before, &after, &c->ses, &d, v[L_DATE].day,
					    skip, n_skip, v[L_RATING].set ?
					    (enum programme_rating)(v[L_RATING].choice + 1) :
					    RATED_UNKNOWN, v[L_PAIN].set ? (int)v[L_PAIN].num : -1,
					    err)))
		goto done;
	render_programme_session_log_text(&c->out, &sl->session, sl->entry, sl->n, sl->skipped,
					  &before, &after, day_in_flare(&d.d, v[L_DATE].day),
					  !v[L_RATING].set);
done:
	app_day_release(&d);
	free(sl);
	return rc;
}

static int
cmd_program_log(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[L_N];
	struct app_day d;
	struct programme_entry e;
	struct programme_progress before, after;
	const struct exercise *x;
	const struct ex_level *l1;
	const char *pos[1];
	char date[11];
	int npos, rc, ex, level = 0;

	if ((rc = opt_parse(v, log_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (!v[L_DATE].set)
		return err_set(err, TALUS_EINVAL, "missing --date YYYY-MM-DD");
	if (v[L_DATE].day > TODAY(c))
		return err_set(err, TALUS_EINVAL, "invalid --date '%s': it is after today (%s)",
			       v[L_DATE].str, date_format(date, TODAY(c)));
	if (v[L_SESSION].set) {
		if (v[L_EX].set)
			return err_set(err, TALUS_EINVAL, "--session and --exercise go one at "
				       "a time: --session logs the whole session, --exercise "
				       "one exercise");
		for (size_t i = 0; i < sizeof(one_exercise_flags) / sizeof(int); i++)
			if (v[one_exercise_flags[i]].set)
				return err_set(err, TALUS_EINVAL, "--%s goes with --exercise, not "
					       "with --session, which logs the session as "
					       "prescribed", log_opts[one_exercise_flags[i]].name);
		return log_session(c, v, err);
	}
	if (v[L_SKIP].set)
		return err_set(err, TALUS_EINVAL, "--skip goes with --session");
	if (!v[L_EX].set)
		return err_set(err, TALUS_EINVAL, "missing --exercise ID (see docs/exercises.md), "
			       "or --session for the whole session");
	if ((rc = exercise_arg(&ex, c, "exercise", v[L_EX].str, err)))
		return rc;
	x = exercise_get(ex);
	l1 = exercise_level(ex, 1);
	if (v[L_REPS].set && l1->hold_s > 0)
		return err_set(err, TALUS_EINVAL, "invalid --reps '%s': %s is held, give "
			       "--hold SECONDS", v[L_REPS].str, x->id);
	if (v[L_HOLD].set && l1->hold_s == 0)
		return err_set(err, TALUS_EINVAL, "invalid --hold '%s': %s is done in reps, "
			       "give --reps N", v[L_HOLD].str, x->id);
	if (v[L_LEVEL].set && (rc = exercise_level_parse(&level, x, v[L_LEVEL].str, err)))
		return rc;
	if ((rc = ctx_open(c, err)))
		return rc;
	if ((rc = app_day_read(&d, &c->ses, v[L_DATE].day, NAN, DAY_EPISODES | DAY_PROGRAMME,
			       err)))
		goto done;
	if (!d.d.has_prog) {
		rc = no_programme(c, err);
		goto done;
	}
	if (v[L_DATE].day < d.d.prog->start) {
		rc = err_set(err, TALUS_EINVAL, "invalid --date '%s': the programme starts on %s",
			     v[L_DATE].str, date_format(date, d.d.prog->start));
		goto done;
	}
	memset(&e, 0, sizeof(e));
	e.day = v[L_DATE].day;
	snprintf(e.exercise, sizeof(e.exercise), "%s", x->id);
	e.side = v[L_SIDE].set ? v[L_SIDE].choice : LIMB_BOTH;
	e.level = level;
	e.lost_balance = v[L_LOST].set;
	e.pain = v[L_PAIN].set ? (int)v[L_PAIN].num : -1;
	e.rating = programme_rating_for_pain(v[L_RATING].set ?
					     (enum programme_rating)(v[L_RATING].choice + 1) :
					     RATED_UNKNOWN, e.pain);
	e.sets = v[L_SETS].set ? (int)v[L_SETS].num : 0;
	e.reps = v[L_REPS].set ? (int)v[L_REPS].num : 0;
	e.hold_s = v[L_HOLD].set ? (int)v[L_HOLD].num : 0;
	if ((rc = app_programme_log(&e, &before, &after, &c->ses, &d, err)))
		goto done;
	render_programme_log_text(&c->out, &e, &before, &after, day_in_flare(&d.d, e.day));
done:
	app_day_release(&d);
	return rc;
}

const struct cmd cmd_program_log_def = {
	"program log", cmd_program_log, log_opts,
	"program log --date DATE (--session [--skip ID]... | --exercise ID\n"
	"              [--side left|right|both] [--sets N] [--reps N] [--hold S]\n"
	"              [--level N] [--lost-balance]) [--rating easy|ok|hard] [--pain 0-10]",
	"log the day's session, or one exercise, of the programme", CMD_WRITE,
};

static int
cmd_program_retest(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	return cmd_assess_record(c, argc, argv, 1, err);
}

const struct cmd cmd_program_retest_def = {
	"program retest", cmd_program_retest, cmd_assess_opts,
	"program retest [--no-input] [--date DATE]\n"
	"              [--sprain SIDE:YYYY-MM[:rehab-done|:no-rehab]|none]...\n"
	"              [--brace-or-tape yes|no] [--gait neutral|over-pronation|supination|unknown]\n"
	"              [--shoe-support neutral|stability|motion-control|minimal]\n"
	"              [--cait-left 0-30] [--cait-right 0-30]\n"
	"              [--heel-raises-left N] [--heel-raises-right N]\n"
	"              [--knee-to-wall-left CM] [--knee-to-wall-right CM]\n"
	"              [--stance-left S]... [--stance-right S]...\n"
	"              [--ybalance-left CM] [--ybalance-right CM] [--json]\n"
	"              as talus assess; the programme, its levels and log are kept",
	"re-test during the programme: an assessment that keeps it", CMD_WRITE,
};

enum { T_DATE, T_JSON, T_N };
static const struct opt status_opts[] = {
	[T_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[T_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_program_status(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[T_N];
	struct app_day d;
	struct assess_record base, re;
	const char *pos[1];
	int npos, rc, has_base, has_re, retest;
	int32_t day;

	if ((rc = opt_parse(v, status_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[T_DATE].set ? v[T_DATE].day : TODAY(c);
	if ((rc = ctx_open(c, err)))
		return rc;
	if ((rc = app_day_read(&d, &c->ses, day, NAN, DAY_EPISODES | DAY_PROGRAMME, err)))
		goto done;
	if (!d.d.has_prog) {
		rc = no_programme(c, err);
		goto done;
	}
	if ((rc = app_programme_retest(&base, &has_base, &re, &has_re, &c->ses, &d.d, err)))
		goto done;
	retest = programme_retest_due(d.d.prog, day, d.d.has_assess ? d.d.assess.in.day : INT32_MIN);
	if (v[T_JSON].set) {
		struct json j;
		json_init(&j, &c->out);
		render_programme_status_json(&j, &d.d, has_base ? &base : NULL,
					     has_re ? &re : NULL, retest);
	} else {
		render_programme_status_text(&c->out, &d.d, has_base ? &base : NULL,
					     has_re ? &re : NULL, retest);
	}
done:
	app_day_release(&d);
	return rc;
}

const struct cmd cmd_program_status_def = {
	"program status", cmd_program_status, status_opts, "program status [--date DATE] [--json]",
	"adherence, levels and re-tests of the programme", 0,
};
