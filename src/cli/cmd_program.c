/* cmd_program.c - talus program new | show | log | status: the 8-week
 * prevention programme (P1), built from the latest assessment's weakness
 * by core/program.c, its log, levels, adherence and re-tests. */
#include "cli/cli.h"
#include "cli/programme.h"
#include "util/date.h"
#include "util/json.h"
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
	return err_set(err, TALUS_ENOTFOUND, "no programme for %s", c->ath.name);
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
		int wd = programme_weekday_parse(tok);
		if (wd < 0 || (*mask & (1u << wd)))
			goto bad;
		*mask |= 1u << wd;
		n++;
	}
	if (n == PROGRAM_PER_WEEK)
		return 0;
bad:
	return err_set(err, TALUS_EINVAL, "invalid --days '%s': expected three different "
		       "weekdays separated by commas, e.g. mon,wed,fri", s);
}

static void
weekdays_text(struct strbuf *out, const struct program *p)
{
	for (int i = 0; i < PROGRAM_PER_WEEK; i++)
		strbuf_addf(out, "%s%s", i == 0 ? "" : i == PROGRAM_PER_WEEK - 1 ? " and " : ", ",
			    programme_weekday_name(p->weekday[i]));
}

static void
session_text(struct strbuf *out, const struct program_session *s)
{
	char date[11];

	strbuf_addf(out, "  session %d, %s %s%s\n", s->index,
		    programme_weekday_name(day_weekday(s->day)), date_format(date, s->day),
		    s->retest ? " (re-test afterwards: talus assess)" : "");
	for (int i = 0; i < s->n_items; i++) {
		strbuf_adds(out, "    ");
		programme_item_text(out, &s->item[i]);
		strbuf_addch(out, '\n');
	}
}

static void
programme_head(struct strbuf *out, const struct programme_record *r, const struct program *p)
{
	char a[11], b[11];

	strbuf_addf(out, "programme %lld: 8 weeks from %s to %s, sessions on ", (long long)r->id,
		    date_format(a, p->start), date_format(b, p->start + 7 * PROGRAM_WEEKS - 1));
	weekdays_text(out, p);
	strbuf_adds(out, " (P1: 3 a week)\n");
	if (p->weak.weaker != LIMB_NONE)
		strbuf_addf(out, "weaker side: %s, with one extra set (design choice)\n",
			    assess_side_name(p->weak.weaker));
	else
		strbuf_adds(out, "weaker side: none\n");
}

static void
show_json(struct json *j, const struct programme_record *r, const struct program *p,
	  int week, int cur_week)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", r->id);
	json_str(j, "start", date_format(date, p->start));
	json_str(j, "end", date_format(date, p->start + 7 * PROGRAM_WEEKS - 1));
	json_arr_begin(j, "weekdays");
	for (int i = 0; i < PROGRAM_PER_WEEK; i++)
		json_str(j, NULL, programme_weekday_name(p->weekday[i]));
	json_arr_end(j);
	json_str(j, "weaker_side", p->weak.weaker == LIMB_NONE ? NULL :
		 assess_side_name(p->weak.weaker));
	json_int(j, "current_week", cur_week);
	json_arr_begin(j, "weeks");
	for (int w = 1; w <= PROGRAM_WEEKS; w++) {
		if (week && w != week)
			continue;
		json_obj_begin(j, NULL);
		json_int(j, "week", w);
		json_arr_begin(j, "sessions");
		for (int i = 0; i < PROGRAM_SESSIONS; i++) {
			const struct program_session *s = &p->session[i];
			if (s->week != w)
				continue;
			json_obj_begin(j, NULL);
			json_int(j, "index", s->index);
			json_str(j, "date", date_format(date, s->day));
			json_bool(j, "retest", s->retest);
			json_arr_begin(j, "exercises");
			for (int k = 0; k < s->n_items; k++)
				programme_item_json(j, &s->item[k]);
			json_arr_end(j);
			json_obj_end(j);
		}
		json_arr_end(j);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}

/* Writes --html and --ics; *to_stdout gets 1 when one of them is "-",
 * whose content is then the whole output (no "wrote" lines mixed in). */
static int
write_files(struct ctx *c, const struct program *p, const struct optval *html,
	    const struct optval *ics, int *to_stdout, struct talus_err *err)
{
	struct strbuf buf = STRBUF_INIT, title = STRBUF_INIT, note = STRBUF_INIT;
	int rc = 0;

	*to_stdout = (html->set && !strcmp(html->str, "-")) || (ics->set && !strcmp(ics->str, "-"));
	if (html->set && ics->set && !strcmp(html->str, "-") && !strcmp(ics->str, "-"))
		return err_set(err, TALUS_EINVAL, "--html and --ics cannot both be '-'");
	if (html->set) {
		strbuf_addf(&title, "Ankle programme of %s", c->ath.name);
		program_html(&buf, p, title.buf);
		if (!(rc = programme_write_file(&note, html->str, &buf, "programme", err)) &&
		    !*to_stdout)
			strbuf_addf(&note, "wrote the printable programme to %s\n", html->str);
	}
	if (!rc && ics->set) {
		strbuf_reset(&buf);
		program_ics(&buf, p, programme_dtstamp(), programme_prodid);
		if (!(rc = programme_write_file(&note, ics->str, &buf, "calendar", err)) &&
		    !*to_stdout)
			strbuf_addf(&note, "wrote the calendar (%d sessions) to %s\n",
				    PROGRAM_SESSIONS, ics->str);
	}
	if (!rc)
		strbuf_add(&c->out, note.buf, note.len);
	strbuf_release(&buf);
	strbuf_release(&title);
	strbuf_release(&note);
	return rc;
}

/* ---- program new -------------------------------------------------------------- */

int
cmd_program_new(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { N_START, N_DAYS, N_LONG, N_DATE, N_ICS, N_JSON, N_N };
	static const struct opt opts[] = {
		[N_START] = { "start", OPT_DATE, 0, 0, NULL },
		[N_DAYS] = { "days", OPT_STR, 0, 0, NULL },
		[N_LONG] = { "long-run-day", OPT_STR, 0, 0, NULL },
		[N_DATE] = { "date", OPT_DATE, 0, 0, NULL },
		[N_ICS] = { "ics", OPT_STR, 0, 0, NULL },
		[N_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[N_N], none = { 0 };
	struct programme_record r, old;
	struct program_params pp;
	struct program *p;
	struct assess_record a;
	struct plan_record plan;
	const char *pos[1];
	char date[11];
	int npos, rc, found, has_plan, has_old, to_stdout = 0;
	int32_t day;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	memset(&r, 0, sizeof(r));
	day = v[N_DATE].set ? v[N_DATE].day : c->today;
	r.start = v[N_START].set ? v[N_START].day : day;
	r.long_run_weekday = -1;
	r.created = day;
	if (v[N_DAYS].set && (rc = parse_days(&r.weekday_mask, v[N_DAYS].str, err)))
		return rc;
	if (v[N_LONG].set && (r.long_run_weekday = programme_weekday_parse(v[N_LONG].str)) < 0)
		return err_set(err, TALUS_EINVAL, "invalid --long-run-day '%s': expected a "
			       "weekday, e.g. sunday or sun", v[N_LONG].str);
	if ((rc = ctx_open(c, 0, err)) ||
	    (rc = store_assess_latest(&a, &found, c->st, c->ath.id, day, err)) ||
	    (rc = store_programme_current(&old, &has_old, c->st, c->ath.id, err)))
		return rc;
	r.weak.weaker = LIMB_NONE;
	if (found) {
		struct assess_result res;
		if ((rc = assess_evaluate(&res, &a.in, &a.facts, err)))
			return rc;
		r.assessment_id = a.id;
		r.weak = res.weak;
	}
	if (!v[N_LONG].set) {
		if ((rc = store_plan_current(&plan, &has_plan, c->st, c->ath.id, err)))
			return rc;
		if (has_plan)
			r.long_run_weekday = plan.long_run_weekday;
		plan_record_release(&plan);
	}
	memset(&pp, 0, sizeof(pp));
	pp.start = r.start;
	pp.weak = &r.weak;
	pp.long_run_weekday = r.long_run_weekday;
	pp.weekday_mask = r.weekday_mask;
	p = xcalloc(1, sizeof(*p));
	if ((rc = program_build(p, &pp, NULL, err)))
		goto done;
	r.weekday_mask = 0;
	for (int i = 0; i < PROGRAM_PER_WEEK; i++)
		r.weekday_mask |= 1u << p->weekday[i];
	if ((rc = store_programme_insert(&r.id, c->st, c->ath.id, &r, err)) ||
	    (rc = write_files(c, p, &none, &v[N_ICS], &to_stdout, err)) || to_stdout)
		goto done;
	if (v[N_JSON].set) {
		struct json j;
		strbuf_reset(&c->out);
		json_init(&j, &c->out);
		show_json(&j, &r, p, 0, day < r.start ? 0 : day >= r.start + 7 * PROGRAM_WEEKS ?
			  PROGRAM_WEEKS + 1 : (day - r.start) / 7 + 1);
		goto done;
	}
	{
		struct strbuf files = STRBUF_INIT;
		strbuf_add(&files, c->out.buf, c->out.len);
		strbuf_reset(&c->out);
		programme_head(&c->out, &r, p);
		if (has_old)
			strbuf_addf(&c->out, "it replaces programme %lld of %s\n", (long long)old.id,
				    date_format(date, old.start));
		if (found)
			strbuf_addf(&c->out, "built from assessment %lld of %s\n", (long long)a.id,
				    date_format(date, a.in.day));
		else
			strbuf_adds(&c->out, "no assessment yet: record one with talus assess, and "
				    "start a new programme so that the weaker side gets its extra "
				    "set\n");
		strbuf_adds(&c->out, "levels go up after two sessions in a row done in full, "
			    "without losing balance, rated easy or ok (design choice)\n"
			    "re-tests: after the last session of weeks 4 and 8 (talus assess)\n\n"
			    "first session:\n");
		session_text(&c->out, &p->session[0]);
		strbuf_adds(&c->out, "\nlog each exercise with: talus program log --date DATE "
			    "--exercise ID --rating easy|ok|hard\n");
		strbuf_add(&c->out, files.buf, files.len);
		strbuf_release(&files);
	}
done:
	free(p);
	return rc;
}

/* ---- program show ------------------------------------------------------------- */

int
cmd_program_show(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { S_WEEK, S_DATE, S_HTML, S_ICS, S_JSON, S_N };
	static const struct opt opts[] = {
		[S_WEEK] = { "week", OPT_INT, 1, PROGRAM_WEEKS, NULL },
		[S_DATE] = { "date", OPT_DATE, 0, 0, NULL },
		[S_HTML] = { "html", OPT_STR, 0, 0, NULL },
		[S_ICS] = { "ics", OPT_STR, 0, 0, NULL },
		[S_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[S_N];
	struct programme_day d;
	const char *pos[1];
	char date[11];
	int npos, rc, week, to_stdout = 0;
	int32_t day;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[S_DATE].set ? v[S_DATE].day : c->today;
	week = v[S_WEEK].set ? (int)v[S_WEEK].num : 0;
	if ((rc = ctx_open(c, CTX_READ, err)))
		return rc;
	if ((rc = programme_gather(&d, c->st, &c->ath, day, NAN, PG_ALL, err)))
		goto done;
	if (!d.has_prog) {
		rc = no_programme(c, err);
		goto done;
	}
	/* Sessions from day on at the levels reached. */
	program_relevel(d.prog, &d.progress.levels, day);
	/* With --html or --ics, the files are the output. */
	if ((rc = write_files(c, d.prog, &v[S_HTML], &v[S_ICS], &to_stdout, err)) || to_stdout ||
	    v[S_HTML].set || v[S_ICS].set)
		goto done;
	if (v[S_JSON].set) {
		struct json j;
		strbuf_reset(&c->out);
		json_init(&j, &c->out);
		show_json(&j, &d.prog_rec, d.prog, week, d.progress.week);
		goto done;
	}
	{
		struct strbuf files = STRBUF_INIT;
		strbuf_add(&files, c->out.buf, c->out.len);
		strbuf_reset(&c->out);
		programme_head(&c->out, &d.prog_rec, d.prog);
		if (day >= d.prog->start)
			strbuf_addf(&c->out, "sessions from %s on are at the levels reached "
				    "(talus program status)\n", date_format(date, day));
		for (int w = 1; w <= PROGRAM_WEEKS; w++) {
			if (week && w != week)
				continue;
			strbuf_addf(&c->out, "\nweek %d%s\n", w,
				    w >= 5 ? "" : " (hops and skips come in week 5)");
			for (int i = 0; i < PROGRAM_SESSIONS; i++)
				if (d.prog->session[i].week == w)
					session_text(&c->out, &d.prog->session[i]);
		}
		strbuf_adds(&c->out, "\nevery run day: before the run, ankle rolls, walking lunges "
			    "and dynamic stretches; after it, calf, Achilles and foot stretches "
			    "(docs/exercises.md)\n");
		strbuf_add(&c->out, files.buf, files.len);
		strbuf_release(&files);
	}
done:
	programme_day_release(&d);
	return rc;
}

/* ---- program log -------------------------------------------------------------- */

static void
side_progress(struct strbuf *out, const struct program_progress *before,
	      const struct program_progress *after, int ex, int side)
{
	const struct exercise *x = exercise_get(ex);
	int lv = after->levels.level[ex][side];

	strbuf_addf(out, "  %s: ", assess_side_name(side));
	if (lv > before->levels.level[ex][side])
		strbuf_addf(out, "level up: now level %d (%s)\n", lv, exercise_level(ex, lv)->name);
	else if (lv >= x->n_levels)
		strbuf_addf(out, "level %d of %d, the last\n", lv, x->n_levels);
	else
		strbuf_addf(out, "level %d, %d of %d sessions in a row towards level %d\n", lv,
			    after->streak[ex][side], PROGRAM_UP_AFTER, lv + 1);
}

int
cmd_program_log(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { L_DATE, L_EX, L_SIDE, L_SETS, L_REPS, L_HOLD, L_LEVEL, L_LOST, L_RATING, L_N };
	static const struct opt opts[] = {
		[L_DATE] = { "date", OPT_DATE, 0, 0, NULL },
		[L_EX] = { "exercise", OPT_STR, 0, 0, NULL },
		[L_SIDE] = { "side", OPT_CHOICE, 0, 0, side_choices },
		[L_SETS] = { "sets", OPT_INT, 1, LOG_SETS_MAX, NULL },
		[L_REPS] = { "reps", OPT_INT, 1, LOG_REPS_MAX, NULL },
		[L_HOLD] = { "hold", OPT_INT, 1, LOG_HOLD_MAX, NULL },
		[L_LEVEL] = { "level", OPT_INT, 1, EXERCISE_MAX_LEVELS, NULL },
		[L_LOST] = { "lost-balance", OPT_FLAG, 0, 0, NULL },
		[L_RATING] = { "rating", OPT_CHOICE, 0, 0, rating_choices },
		{ 0 },
	};
	struct optval v[L_N];
	struct programme_day d;
	struct programme_entry e;
	struct program_progress before, after;
	const struct exercise *x;
	const struct ex_level *l1;
	const char *pos[1];
	char date[11];
	int npos, rc, ex;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (!v[L_DATE].set)
		return err_set(err, TALUS_EINVAL, "missing --date YYYY-MM-DD");
	if (!v[L_EX].set)
		return err_set(err, TALUS_EINVAL, "missing --exercise ID (see docs/exercises.md)");
	if ((ex = exercise_index(v[L_EX].str)) < 0) {
		strbuf_adds(&c->hint, "the exercises:");
		for (int i = 0; i < EX__COUNT; i++)
			strbuf_addf(&c->hint, " %s", exercise_get(i)->id);
		return err_set(err, TALUS_EINVAL, "invalid --exercise '%s': no such exercise",
			       v[L_EX].str);
	}
	x = exercise_get(ex);
	l1 = exercise_level(ex, 1);
	if (v[L_REPS].set && l1->hold_s > 0)
		return err_set(err, TALUS_EINVAL, "invalid --reps '%s': %s is held, give "
			       "--hold SECONDS", v[L_REPS].str, x->id);
	if (v[L_HOLD].set && l1->hold_s == 0)
		return err_set(err, TALUS_EINVAL, "invalid --hold '%s': %s is done in reps, "
			       "give --reps N", v[L_HOLD].str, x->id);
	if (v[L_LEVEL].set && v[L_LEVEL].num > x->n_levels)
		return err_set(err, TALUS_EINVAL, "invalid --level '%s': %s has %d level%s",
			       v[L_LEVEL].str, x->id, x->n_levels, x->n_levels == 1 ? "" : "s");
	if (v[L_DATE].day > c->today)
		return err_set(err, TALUS_EINVAL, "invalid --date '%s': it is after today (%s)",
			       v[L_DATE].str, date_format(date, c->today));
	if ((rc = ctx_open(c, 0, err)))
		return rc;
	if ((rc = programme_gather(&d, c->st, &c->ath, v[L_DATE].day, NAN, PG_ALL, err)))
		goto done;
	if (!d.has_prog) {
		rc = no_programme(c, err);
		goto done;
	}
	if (v[L_DATE].day < d.prog->start) {
		rc = err_set(err, TALUS_EINVAL, "invalid --date '%s': the programme starts on %s",
			     v[L_DATE].str, date_format(date, d.prog->start));
		goto done;
	}
	memset(&e, 0, sizeof(e));
	e.programme_id = d.prog_rec.id;
	e.day = v[L_DATE].day;
	snprintf(e.exercise, sizeof(e.exercise), "%s", x->id);
	e.side = v[L_SIDE].set ? v[L_SIDE].choice : LIMB_BOTH;
	e.level = v[L_LEVEL].set ? (int)v[L_LEVEL].num : 0;
	e.lost_balance = v[L_LOST].set;
	e.rating = v[L_RATING].set ? (enum program_rating)(v[L_RATING].choice + 1) : RATED_UNKNOWN;
	before = d.progress;
	{
		/* Unless given, the dose prescribed at the current level (the
		 * larger of the two sides when both are logged). */
		struct program_item want;
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
			int lv = e.level ? e.level : before.levels.level[ex][s];
			if (e.side != LIMB_BOTH && e.side != s)
				continue;
			if (program_dose(&want, d.prog, ex, exercise_level(ex, lv)->per_side ?
					 s : LIMB_BOTH, lv))
				continue;
			if (want.sets > e.sets)
				e.sets = want.sets;
			e.reps = want.reps;
			e.hold_s = want.hold_s;
		}
		if (v[L_SETS].set)
			e.sets = (int)v[L_SETS].num;
		if (v[L_REPS].set)
			e.reps = (int)v[L_REPS].num;
		if (v[L_HOLD].set)
			e.hold_s = (int)v[L_HOLD].num;
	}
	if ((rc = store_programme_log_insert(&e.id, c->st, &e, err)))
		goto done;
	d.entries = xreallocarray(d.entries, d.nentries + 1, sizeof(*d.entries));
	d.entries[d.nentries++] = e;
	if ((rc = programme_progress_on(&after, &d, e.day, err)))
		goto done;

	strbuf_addf(&c->out, "logged %s on %s (entry %lld): %s, ", x->name,
		    date_format(date, e.day), (long long)e.id,
		    e.side == LIMB_BOTH ? "both sides" : assess_side_name(e.side));
	if (e.level)
		strbuf_addf(&c->out, "level %d, ", e.level);
	exercise_format_dose(&c->out, e.sets, e.reps, e.hold_s, 0);
	if (e.lost_balance)
		strbuf_adds(&c->out, ", lost balance");
	if (e.rating)
		strbuf_addf(&c->out, ", rated %s", program_rating_str(e.rating));
	strbuf_addch(&c->out, '\n');
	if (x->role != EX_ROLE_PROGRAMME) {
		strbuf_adds(&c->out, "  a run-day exercise: counted for adherence, no levels\n");
	} else if (programme_in_flare(&d, e.day)) {
		strbuf_adds(&c->out, "  a flare-up is logged: this counts for adherence, not "
			    "towards a level (progression paused; follow talus recover)\n");
	} else {
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
			if (e.side == LIMB_BOTH || e.side == s)
				side_progress(&c->out, &before, &after, ex, s);
		if (!e.rating)
			strbuf_adds(&c->out, "  rate it with --rating easy|ok|hard: only sessions "
				    "rated easy or ok count towards the next level\n");
	}
done:
	programme_day_release(&d);
	return rc;
}

/* ---- program status ------------------------------------------------------------- */

/* The assessment the programme was built from (or the latest before its
 * start) and the latest since its start, for the re-test changes. */
static int
retest_pair(struct assess_record *base, int *has_base, struct assess_record *re,
	    int *has_re, struct ctx *c, const struct programme_day *d, int32_t day,
	    struct talus_err *err)
{
	int rc;

	*has_base = *has_re = 0;
	if (d->prog_rec.assessment_id) {
		rc = store_assess_get(base, c->st, c->ath.id, d->prog_rec.assessment_id, err);
		if (rc == TALUS_ENOTFOUND)
			err_clear(err);
		else if (rc)
			return rc;
		else
			*has_base = 1;
	}
	if (!*has_base &&
	    (rc = store_assess_latest(base, has_base, c->st, c->ath.id, d->prog->start, err)))
		return rc;
	if (d->has_assess && d->assess.in.day >= d->prog->start && d->assess.in.day <= day &&
	    (!*has_base || d->assess.id != base->id)) {
		*re = d->assess;
		*has_re = 1;
	}
	return 0;
}

int
cmd_program_status(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { T_DATE, T_JSON, T_N };
	static const struct opt opts[] = {
		[T_DATE] = { "date", OPT_DATE, 0, 0, NULL },
		[T_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[T_N];
	struct programme_day d;
	struct assess_record base, re;
	const struct program_progress *pr = &d.progress;
	const char *pos[1];
	char date[11], b[11];
	int npos, rc, has_base, has_re, retest;
	int32_t day;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[T_DATE].set ? v[T_DATE].day : c->today;
	if ((rc = ctx_open(c, CTX_READ, err)))
		return rc;
	if ((rc = programme_gather(&d, c->st, &c->ath, day, NAN, PG_ALL, err)))
		goto done;
	if (!d.has_prog) {
		rc = no_programme(c, err);
		goto done;
	}
	if ((rc = retest_pair(&base, &has_base, &re, &has_re, c, &d, day, err)))
		goto done;
	retest = program_retest_due(d.prog, day, d.has_assess ? d.assess.in.day : INT32_MIN);

	if (v[T_JSON].set) {
		struct json j;
		json_init(&j, &c->out);
		json_obj_begin(&j, NULL);
		json_int(&j, "id", d.prog_rec.id);
		json_str(&j, "date", date_format(date, day));
		json_str(&j, "start", date_format(date, d.prog->start));
		json_int(&j, "week", pr->week);
		json_bool(&j, "paused", pr->paused);
		json_int(&j, "sessions_due", pr->sessions_due);
		json_int(&j, "sessions_done", pr->sessions_done);
		json_num(&j, "adherence", pr->sessions_due ?
			 (double)pr->sessions_done / pr->sessions_due : NAN);
		json_arr_begin(&j, "exercises");
		for (int e = 0; e < EX__COUNT; e++) {
			const struct exercise *x = exercise_get(e);
			if (x->role != EX_ROLE_PROGRAMME)
				continue;
			json_obj_begin(&j, NULL);
			json_str(&j, "id", x->id);
			json_str(&j, "name", x->name);
			json_obj_begin(&j, "level");
			json_int(&j, "left", pr->levels.level[e][LIMB_LEFT]);
			json_int(&j, "right", pr->levels.level[e][LIMB_RIGHT]);
			json_obj_end(&j);
			json_int(&j, "levels", x->n_levels);
			json_obj_begin(&j, "streak");
			json_int(&j, "left", pr->streak[e][LIMB_LEFT]);
			json_int(&j, "right", pr->streak[e][LIMB_RIGHT]);
			json_obj_end(&j);
			json_int(&j, "due", pr->due[e]);
			json_int(&j, "done", pr->done[e]);
			json_obj_end(&j);
		}
		json_arr_end(&j);
		if (retest)
			json_int(&j, "retest_due", retest);
		else
			json_null(&j, "retest_due");
		json_str(&j, "baseline", has_base ? date_format(date, base.in.day) : NULL);
		json_str(&j, "retest", has_re ? date_format(date, re.in.day) : NULL);
		if (has_base && has_re)
			programme_changes_json(&j, "changes", &base.in, &re.in);
		else
			json_null(&j, "changes");
		json_obj_end(&j);
		goto done;
	}

	strbuf_addf(&c->out, "programme %lld from %s; ", (long long)d.prog_rec.id,
		    date_format(date, d.prog->start));
	if (pr->week == 0)
		strbuf_addf(&c->out, "not started on %s\n", date_format(b, day));
	else if (pr->week > PROGRAM_WEEKS)
		strbuf_addf(&c->out, "finished (on %s)\n", date_format(b, day));
	else
		strbuf_addf(&c->out, "week %d of %d on %s\n", pr->week, PROGRAM_WEEKS,
			    date_format(b, day));
	strbuf_addf(&c->out, "adherence: %d of %d sessions due were done", pr->sessions_done,
		    pr->sessions_due);
	if (pr->sessions_due)
		strbuf_addf(&c->out, " (%.0f%%)", 100.0 * pr->sessions_done / pr->sessions_due);
	strbuf_addch(&c->out, '\n');
	if (pr->paused)
		strbuf_adds(&c->out, "progression paused: a flare-up is logged (A1); levels stay "
			    "as they are: follow talus recover\n");
	strbuf_addf(&c->out, "\n%-44s %-9s %-9s %s\n", "EXERCISE", "LEFT", "RIGHT", "DONE");
	for (int e = 0; e < EX__COUNT; e++) {
		const struct exercise *x = exercise_get(e);
		char cell[2][40], done_s[32];
		if (x->role != EX_ROLE_PROGRAMME)
			continue;
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
			int lv = pr->levels.level[e][s];
			if (lv >= x->n_levels)
				snprintf(cell[s], sizeof(cell[s]), "%d (top)", lv);
			else
				snprintf(cell[s], sizeof(cell[s]), "%d (%d/%d)", lv,
					 pr->streak[e][s], PROGRAM_UP_AFTER);
		}
		snprintf(done_s, sizeof(done_s), "%d/%d", pr->done[e], pr->due[e]);
		strbuf_addf(&c->out, "%-44s %-9s %-9s %s\n", x->name, cell[0], cell[1], done_s);
	}
	strbuf_adds(&c->out, "level (sessions in a row done in full, rated easy or ok, of the "
		    "2 that move it up)\n");
	if (retest)
		strbuf_addf(&c->out, "\nre-test due (week %d): record it with talus assess; the "
			    "change in each test then shows here\n", retest);
	if (has_base && has_re) {
		strbuf_addf(&c->out, "\nchange since the assessment of %s (re-test of %s):\n",
			    date_format(date, base.in.day), date_format(b, re.in.day));
		programme_changes_text(&c->out, &base.in, &re.in);
	}
done:
	programme_day_release(&d);
	return rc;
}
