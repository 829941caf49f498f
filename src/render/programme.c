/* programme.c - the 8-week programme in words, JSON (docs/json.md), HTML
 * (printable) and iCalendar. */
#include "render/programme.h"
#include "render/assess.h"
#include "render/exercise.h"
#include "render/html.h"
#include "render/ics.h"
#include "util/date.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

void
render_programme_item_text(struct strbuf *out, const struct programme_item *it)
{
	const struct exercise *x = exercise_get(it->ex);
	const struct ex_level *lv = exercise_level(it->ex, it->level);

	strbuf_addf(out, "%s (%s, level %d: %s): ", x->name, assess_side_name(it->side),
		    it->level, lv->name);
	render_dose(out, it->sets, it->reps, it->hold_s,
			     it->side == LIMB_BOTH && lv->per_side);
	if (it->extra)
		strbuf_adds(out, " (one extra set)");
}

void
render_programme_item_json(struct json *j, const struct programme_item *it)
{
	const struct exercise *x = exercise_get(it->ex);

	json_obj_begin(j, NULL);
	json_str(j, "id", x->id);
	json_str(j, "name", x->name);
	json_int(j, "sets", it->sets);
	json_int(j, "reps", it->reps);
	json_int(j, "hold_s", it->hold_s);
	json_str(j, "side", assess_side_name(it->side));
	json_int(j, "level", it->level);
	json_str(j, "level_name", exercise_level(it->ex, it->level)->name);
	json_bool(j, "extra", it->extra);
	json_obj_end(j);
}

static void
weekdays_text(struct strbuf *out, const struct programme *p)
{
	for (int i = 0; i < PROGRAMME_PER_WEEK; i++)
		strbuf_addf(out, "%s%s", i == 0 ? "" : i == PROGRAMME_PER_WEEK - 1 ? " and " : ", ",
			    weekday_name(p->weekday[i]));
}

void
render_programme_session_text(struct strbuf *out, const struct programme_session *s)
{
	char date[11];

	strbuf_addf(out, "  session %d, %s %s%s\n", s->index,
		    weekday_name(day_weekday(s->day)), date_format(date, s->day),
		    s->retest ? " (re-test afterwards: talus assess)" : "");
	for (int i = 0; i < s->n_items; i++) {
		strbuf_adds(out, "    ");
		render_programme_item_text(out, &s->item[i]);
		strbuf_addch(out, '\n');
	}
}

void
render_programme_head(struct strbuf *out, const struct programme_record *r, const struct programme *p)
{
	char a[11], b[11];

	strbuf_addf(out, "programme %lld: 8 weeks from %s to %s, sessions on ", (long long)r->id,
		    date_format(a, p->start), date_format(b, p->start + 7 * PROGRAMME_WEEKS - 1));
	weekdays_text(out, p);
	strbuf_adds(out, " (P1: 3 a week)\n");
	if (p->weak.weaker != LIMB_NONE)
		strbuf_addf(out, "weaker side: %s, with one extra set (design choice)\n",
			    assess_side_name(p->weak.weaker));
	else
		strbuf_adds(out, "weaker side: none\n");
}

void
render_programme_json(struct json *j, const struct programme_record *r, const struct programme *p,
	  int week, int cur_week)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", r->id);
	json_str(j, "start", date_format(date, p->start));
	json_str(j, "end", date_format(date, p->start + 7 * PROGRAMME_WEEKS - 1));
	json_arr_begin(j, "weekdays");
	for (int i = 0; i < PROGRAMME_PER_WEEK; i++)
		json_str(j, NULL, weekday_name(p->weekday[i]));
	json_arr_end(j);
	json_str(j, "weaker_side", p->weak.weaker == LIMB_NONE ? NULL :
		 assess_side_name(p->weak.weaker));
	json_int(j, "current_week", cur_week);
	json_arr_begin(j, "weeks");
	for (int w = 1; w <= PROGRAMME_WEEKS; w++) {
		if (week && w != week)
			continue;
		json_obj_begin(j, NULL);
		json_int(j, "week", w);
		json_arr_begin(j, "sessions");
		for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
			const struct programme_session *s = &p->session[i];
			if (s->week != w)
				continue;
			json_obj_begin(j, NULL);
			json_int(j, "index", s->index);
			json_str(j, "date", date_format(date, s->day));
			json_bool(j, "retest", s->retest);
			json_bool(j, "projected", s->projected);
			json_arr_begin(j, "exercises");
			for (int k = 0; k < s->n_items; k++)
				render_programme_item_json(j, &s->item[k]);
			json_arr_end(j);
			json_obj_end(j);
		}
		json_arr_end(j);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}

void
render_programme_new_text(struct strbuf *out, const struct programme_record *r,
			  const struct programme *p, const struct programme_record *old,
			  const struct assess_record *a)
{
	char date[11];

	render_programme_head(out, r, p);
	if (old)
		strbuf_addf(out, "it replaces programme %lld of %s\n", (long long)old->id,
			    date_format(date, old->start));
	if (a)
		strbuf_addf(out, "built from assessment %lld of %s\n", (long long)a->id,
			    date_format(date, a->in.day));
	else
		strbuf_adds(out, "no assessment yet: record one with talus assess, and "
			    "start a new programme so that the weaker side gets its extra "
			    "set\n");
	strbuf_adds(out, "levels go up after three sessions in a row (two for the hops and "
		    "skips) done in full, without losing\nbalance, rated easy or ok, with pain at "
		    "most 3/10 (design choice): with every session done, the top levels\ncome "
		    "in weeks 6 to 8; talus program show, --html and --ics show the levels "
		    "projected for each week\n"
		    "re-tests: after the last session of weeks 4 and 8 (talus program retest)\n\n"
		    "first session:\n");
	render_programme_session_text(out, &p->session[0]);
	strbuf_adds(out, "\nlog the day's session with: talus program log --date DATE "
		    "--session [--skip ID]... [--pain 0-10]\n");
}

void
render_programme_show_text(struct strbuf *out, const struct programme_record *r,
			   const struct programme *p, int week, int32_t day)
{
	char date[11];

	(void)day; /* the projected sessions say from when */
	render_programme_head(out, r, p);
	for (int i = 0; i < PROGRAMME_SESSIONS; i++)
		if (p->session[i].projected) {
			strbuf_addf(out, "levels from %s on are projected: every session done in "
				    "full, rated easy or ok, pain at most 3/10\n(the levels reached: "
				    "talus program status)\n", date_format(date, p->session[i].day));
			break;
		}
	for (int w = 1; w <= PROGRAMME_WEEKS; w++) {
		if (week && w != week)
			continue;
		strbuf_addf(out, "\nweek %d%s\n", w,
			    w >= 5 ? "" : " (hops and skips come in week 5)");
		for (int i = 0; i < PROGRAMME_SESSIONS; i++)
			if (p->session[i].week == w)
				render_programme_session_text(out, &p->session[i]);
	}
	strbuf_adds(out, "\nevery run day: before the run, ankle rolls, walking lunges "
		    "and dynamic stretches; after it, calf, Achilles and foot stretches "
		    "(docs/exercises.md)\n");
}

void
render_programme_status_json(struct json *j, const struct day *d,
			     const struct assess_record *base,
			     const struct assess_record *re, int retest)
{
	const struct programme_progress *pr = &d->progress;
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", d->prog_rec->id);
	json_str(j, "date", date_format(date, d->day));
	json_str(j, "start", date_format(date, d->prog->start));
	json_int(j, "week", pr->week);
	json_bool(j, "paused", pr->paused);
	json_int(j, "sessions_due", pr->sessions_due);
	json_int(j, "sessions_done", pr->sessions_done);
	json_num(j, "adherence", pr->sessions_due ?
		 (double)pr->sessions_done / pr->sessions_due : NAN);
	json_arr_begin(j, "exercises");
	for (int e = 0; e < EX__COUNT; e++) {
		const struct exercise *x = exercise_get(e);
		if (x->role != EX_ROLE_PROGRAMME)
			continue;
		json_obj_begin(j, NULL);
		json_str(j, "id", x->id);
		json_str(j, "name", x->name);
		json_obj_begin(j, "level");
		json_int(j, "left", pr->levels.level[e][LIMB_LEFT]);
		json_int(j, "right", pr->levels.level[e][LIMB_RIGHT]);
		json_obj_end(j);
		json_int(j, "levels", x->n_levels);
		json_obj_begin(j, "streak");
		json_int(j, "left", pr->streak[e][LIMB_LEFT]);
		json_int(j, "right", pr->streak[e][LIMB_RIGHT]);
		json_obj_end(j);
		json_int(j, "due", pr->due[e]);
		json_int(j, "done", pr->done[e]);
		json_obj_end(j);
	}
	json_arr_end(j);
	if (retest)
		json_int(j, "retest_due", retest);
	else
		json_null(j, "retest_due");
	json_str(j, "baseline", base ? date_format(date, base->in.day) : NULL);
	json_str(j, "retest", re ? date_format(date, re->in.day) : NULL);
	if (base && re)
		render_assess_changes_json(j, "changes", &base->in, &re->in);
	else
		json_null(j, "changes");
	json_obj_end(j);
}

void
render_programme_status_text(struct strbuf *out, const struct day *d,
			     const struct assess_record *base,
			     const struct assess_record *re, int retest)
{
	const struct programme_progress *pr = &d->progress;
	char date[11], b[11];

	strbuf_addf(out, "programme %lld from %s; ", (long long)d->prog_rec->id,
		    date_format(date, d->prog->start));
	if (pr->week == 0)
		strbuf_addf(out, "not started on %s\n", date_format(b, d->day));
	else if (pr->week > PROGRAMME_WEEKS)
		strbuf_addf(out, "finished (on %s)\n", date_format(b, d->day));
	else
		strbuf_addf(out, "week %d of %d on %s\n", pr->week, PROGRAMME_WEEKS,
			    date_format(b, d->day));
	strbuf_addf(out, "adherence: %d of %d sessions due were done", pr->sessions_done,
		    pr->sessions_due);
	if (pr->sessions_due)
		strbuf_addf(out, " (%.0f%%)", 100.0 * pr->sessions_done / pr->sessions_due);
	strbuf_addch(out, '\n');
	if (pr->paused)
		strbuf_adds(out, "progression paused: a flare-up is logged (A1); levels stay "
			    "as they are: follow talus recover\n");
	strbuf_addf(out, "\n%-44s %-9s %-9s %s\n", "EXERCISE", "LEFT", "RIGHT", "DONE");
	for (int e = 0; e < EX__COUNT; e++) {
		const struct exercise *x = exercise_get(e);
		char cell[2][40], done_s[32];
		if (x->role != EX_ROLE_PROGRAMME)
			continue;
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
			int lv = pr->levels.level[e][s];
			if (lv >= x->n_levels)
				snprintf(cell[s], sizeof(cell[s]), "%d/%d top", lv, x->n_levels);
			else
				snprintf(cell[s], sizeof(cell[s]), "%d/%d (%d/%d)", lv,
					 x->n_levels, pr->streak[e][s], x->up_after);
		}
		snprintf(done_s, sizeof(done_s), "%d/%d", pr->done[e], pr->due[e]);
		strbuf_addf(out, "%-44s %-9s %-9s %s\n", x->name, cell[0], cell[1], done_s);
	}
	strbuf_adds(out, "level/levels (sessions in a row done in full, rated easy or ok, "
		    "of the 3 that move it up, 2 for the drills)\n");
	if (retest)
		strbuf_addf(out, "\nre-test due (week %d): record it with talus program retest; the "
			    "change in each test then shows here\n", retest);
	if (base && re) {
		strbuf_addf(out, "\nchange since the assessment of %s (re-test of %s):\n",
			    date_format(date, base->in.day), date_format(b, re->in.day));
		render_assess_changes_text(out, &base->in, &re->in);
	}
}

static void
side_progress(struct strbuf *out, const struct programme_progress *before,
	      const struct programme_progress *after, int ex, int side)
{
	const struct exercise *x = exercise_get(ex);
	int lv = after->levels.level[ex][side];

	strbuf_addf(out, "  %s: ", assess_side_name(side));
	if (lv > before->levels.level[ex][side])
		strbuf_addf(out, "level up: now level %d (%s)\n", lv, exercise_level(ex, lv)->name);
	else if (lv >= x->n_levels)
		strbuf_addf(out, "level %d of %d, the last\n", lv, x->n_levels);
	else
		strbuf_addf(out, "level %d of %d, %d of %d sessions in a row towards level %d\n",
			    lv, x->n_levels, after->streak[ex][side], x->up_after, lv + 1);
}

void
render_programme_log_text(struct strbuf *out, const struct programme_entry *e,
			  const struct programme_progress *before,
			  const struct programme_progress *after, int in_flare)
{
	int ex = exercise_index(e->exercise);
	const struct exercise *x = exercise_get(ex);
	char date[11];

	strbuf_addf(out, "logged %s on %s (entry %lld): %s, ", x->name,
		    date_format(date, e->day), (long long)e->id,
		    e->side == LIMB_BOTH ? "both sides" : assess_side_name(e->side));
	if (e->level)
		strbuf_addf(out, "level %d, ", e->level);
	render_dose(out, e->sets, e->reps, e->hold_s, 0);
	if (e->lost_balance)
		strbuf_adds(out, ", lost balance");
	if (e->rating)
		strbuf_addf(out, ", rated %s", programme_rating_str(e->rating));
	strbuf_addch(out, '\n');
	if (x->role != EX_ROLE_PROGRAMME) {
		strbuf_adds(out, "  a run-day exercise: counted for adherence, no levels\n");
	} else if (in_flare) {
		strbuf_adds(out, "  a flare-up is logged: this counts for adherence, not "
			    "towards a level (progression paused; follow talus recover)\n");
	} else {
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
			if (e->side == LIMB_BOTH || e->side == s)
				side_progress(out, before, after, ex, s);
		if (!e->rating)
			strbuf_adds(out, "  rate it with --rating easy|ok|hard: only sessions "
				    "rated easy or ok count towards the next level\n");
	}
}

/* One side's state after a log: "level up: now level 3 (one leg)", "level
 * 2 of 6, 1 of 3 in a row towards level 3", "level 6 of 6, the top". */
static void
side_state(struct strbuf *out, const struct programme_progress *before,
	   const struct programme_progress *after, int ex, int side)
{
	const struct exercise *x = exercise_get(ex);
	int lv = after->levels.level[ex][side];

	if (lv > before->levels.level[ex][side])
		strbuf_addf(out, "level up: now level %d of %d (%s)", lv, x->n_levels,
			    exercise_level(ex, lv)->name);
	else if (lv >= x->n_levels)
		strbuf_addf(out, "level %d of %d, the top", lv, x->n_levels);
	else
		strbuf_addf(out, "level %d of %d, %d of %d in a row towards level %d", lv,
			    x->n_levels, after->streak[ex][side], x->up_after, lv + 1);
}

void
render_programme_session_log_text(struct strbuf *out, const struct programme_session *s,
				  const struct programme_entry *e, int n,
				  const int skipped[EX__COUNT],
				  const struct programme_progress *before,
				  const struct programme_progress *after, int in_flare,
				  int rating_default)
{
	char date[11];
	int shown[EX__COUNT] = { 0 }, k = 0, pain = n ? e[0].pain : -1;

	strbuf_addf(out, "logged session %d of %d (week %d) on %s: %d item%s at the dose "
		    "prescribed", s->index, PROGRAMME_SESSIONS, s->week,
		    date_format(date, s->day), n, n == 1 ? "" : "s");
	if (n)
		strbuf_addf(out, ", rated %s%s", programme_rating_str(e[0].rating),
			    rating_default && pain <= PROGRAMME_PAIN_OK ?
			    " (--session's default; --rating hard if it was hard)" : "");
	if (pain >= 0)
		strbuf_addf(out, ", pain %d/10", pain);
	strbuf_addch(out, '\n');
	for (int ex = 0; ex < EX__COUNT; ex++)
		if (skipped[ex])
			strbuf_addf(out, "%s%s", k++ ? ", " : "skipped: ", exercise_get(ex)->id);
	if (k)
		strbuf_addch(out, '\n');
	if (in_flare) {
		strbuf_adds(out, "  a flare-up is logged: this counts for adherence, not towards "
			    "a level (progression paused; follow talus recover)\n");
		return;
	}
	if (pain > PROGRAMME_PAIN_OK)
		strbuf_addf(out, "  pain %d/10 is above 3/10 (R1's safe zone): logged as hard, "
			    "counted for adherence, not towards a level; stop an exercise that "
			    "hurts, and log the ankle with talus ankle log\n", pain);
	for (int i = 0; i < n; i++) {
		int ex = exercise_index(e[i].exercise);
		struct strbuf l = STRBUF_INIT, r = STRBUF_INIT;

		if (ex < 0 || shown[ex]++)
			continue;
		side_state(&l, before, after, ex, LIMB_LEFT);
		side_state(&r, before, after, ex, LIMB_RIGHT);
		if (!strcmp(l.buf, r.buf))
			strbuf_addf(out, "  %s: %s\n", exercise_get(ex)->name, l.buf);
		else
			strbuf_addf(out, "  %s: left %s; right %s\n", exercise_get(ex)->name,
				    l.buf, r.buf);
		strbuf_release(&l);
		strbuf_release(&r);
	}
}

/* The run-day items of a role as a list. */
static void
html_run_day(struct strbuf *out, enum ex_role role)
{
	struct programme_item run[PROGRAMME_MAX_RUN_ITEMS];
	struct strbuf sb = STRBUF_INIT;
	size_t n = programme_run_day_items(run, PROGRAMME_MAX_RUN_ITEMS, role);

	strbuf_adds(out, "<ul>\n");
	for (size_t i = 0; i < n; i++) {
		strbuf_reset(&sb);
		render_programme_item_text(&sb, &run[i]);
		strbuf_adds(out, "<li>");
		html_escape(out, sb.buf);
		strbuf_adds(out, "</li>\n");
	}
	strbuf_adds(out, "</ul>\n");
	strbuf_release(&sb);
}

void
render_programme_html(struct strbuf *out, const struct programme *prog, const char *title)
{
	struct strbuf sb = STRBUF_INIT;
	char d[16];

	strbuf_adds(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
		    "<meta charset=\"utf-8\">\n<title>");
	html_escape(out, title);
	strbuf_adds(out, "</title>\n<style>\n"
		    "body{font:11pt/1.35 sans-serif;margin:1.5cm;}\n"
		    "table{border-collapse:collapse;width:100%;"
		    "margin-bottom:1em;}\n"
		    "th,td{border:1px solid #888;padding:3px 6px;"
		    "text-align:left;vertical-align:top;}\n"
		    ".box{display:inline-block;width:1em;height:1em;"
		    "border:1px solid #000;}\n"
		    "section.week{page-break-inside:avoid;}\n"
		    "@media print{a{color:inherit;}}\n"
		    "</style>\n</head>\n<body>\n<h1>");
	html_escape(out, title);
	strbuf_addf(out, "</h1>\n<p>8 weeks, 3 sessions a week (P1), from "
		    "%s. ", date_format(d, prog->start));
	if (prog->weak.weaker != LIMB_NONE)
		strbuf_addf(out, "The %s side is the weaker one and gets an "
			    "extra set (design choice). ",
			    assess_side_name(prog->weak.weaker));
	strbuf_adds(out, "Move up a level after three sessions in a row (two "
		    "for the hops and skips) done in full, without losing "
		    "balance, rated easy or ok, with pain at most 3/10 (design "
		    "choice). <strong>The levels below are projected</strong>: "
		    "they are what that rule gives when every session before "
		    "is done so; <code>talus today</code> gives the level due. "
		    "Re-test after the last session of weeks 4 and 8 "
		    "(<code>talus program retest</code>).</p>\n"
		    "<p><strong>talus is a wellness tool, not a medical "
		    "device (D1).</strong> Stop an exercise that hurts; see a "
		    "clinician for severe pain or swelling or if you cannot "
		    "bear weight (F1-F3).</p>\n");

	for (int w = 1; w <= PROGRAMME_WEEKS; w++) {
		int proj = 0;

		for (int i = 0; i < PROGRAMME_SESSIONS; i++)
			proj |= prog->session[i].week == w && prog->session[i].projected;
		strbuf_addf(out, "<section class=\"week\">\n<h2>Week %d%s</h2>\n",
			    w, proj ? " (levels projected)" : "");
		for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
			const struct programme_session *s = &prog->session[i];

			if (s->week != w)
				continue;
			strbuf_addf(out, "<h3>Session %d: %s%s</h3>\n<table>\n"
				    "<tr><th>done</th><th>exercise</th>"
				    "<th>side</th><th>%s</th><th>dose</th>"
				    "</tr>\n", s->index, date_format(d, s->day),
				    s->retest ? " (re-test afterwards)" : "",
				    s->projected ? "level (projected)" : "level");
			for (int k = 0; k < s->n_items; k++) {
				const struct programme_item *it = &s->item[k];

				strbuf_reset(&sb);
				render_dose(&sb, it->sets, it->reps,
						     it->hold_s, 0);
				if (it->extra)
					strbuf_adds(&sb, " (+1 set)");
				strbuf_adds(out, "<tr><td><span class=\"box\">"
					    "</span></td><td>");
				html_escape(out, exercise_get(it->ex)->name);
				strbuf_adds(out, "</td><td>");
				html_escape(out, assess_side_name(it->side));
				strbuf_addf(out, "</td><td>%d: ", it->level);
				html_escape(out, exercise_level(it->ex,
							      it->level)->name);
				strbuf_adds(out, "</td><td>");
				html_escape(out, sb.buf);
				strbuf_adds(out, "</td></tr>\n");
			}
			strbuf_adds(out, "</table>\n");
		}
		strbuf_adds(out, "</section>\n");
	}

	strbuf_adds(out, "<h2>Every run day</h2>\n<p>Before the run:</p>\n");
	html_run_day(out, EX_ROLE_WARMUP);
	strbuf_adds(out, "<p>After the run:</p>\n");
	html_run_day(out, EX_ROLE_STRETCH);
	strbuf_adds(out, "<h2>How to do each exercise</h2>\n<dl>\n");
	for (int e = 0; e < EX__COUNT; e++) {
		const struct exercise *x = exercise_get(e);

		strbuf_adds(out, "<dt><strong>");
		html_escape(out, x->name);
		strbuf_adds(out, "</strong></dt>\n<dd>");
		html_escape(out, x->instructions);
		strbuf_adds(out, " <em>Levels:</em> ");
		html_escape(out, x->progression);
		strbuf_adds(out, " <em>Evidence:</em> ");
		html_escape(out, x->evidence);
		strbuf_adds(out, "</dd>\n");
	}
	strbuf_adds(out, "</dl>\n</body>\n</html>\n");
	strbuf_release(&sb);
}

/* One calendar event per session. */
static int
ics_session(void *payload, size_t i, struct cal_event *ev)
{
	const struct programme *prog = payload;
	const struct programme_session *s = &prog->session[i];

	strbuf_addf(&ev->summary, "talus: ankle session %d/%d (week %d)%s", s->index,
		    PROGRAMME_SESSIONS, s->week, s->retest ? ", re-test" : "");
	for (int k = 0; k < s->n_items; k++) {
		render_programme_item_text(&ev->description, &s->item[k]);
		strbuf_addch(&ev->description, '\n');
	}
	if (s->retest)
		strbuf_adds(&ev->description, "Re-test afterwards: heel raises, "
			    "knee-to-wall, single-leg stance (T1-T4): talus program retest.\n");
	if (s->projected)
		strbuf_adds(&ev->description, "Levels projected: every session before done "
			    "in full, rated easy or ok, pain at most 3/10; talus today shows the "
			    "level due.\n");
	strbuf_adds(&ev->description, "Levels go up after three sessions in a row (two for "
		    "the hops and skips) done in full, without losing balance, rated easy or "
		    "ok (design choice). Log it: talus program log --date DATE --session.");
	snprintf(ev->key, sizeof(ev->key), "program-%" PRId32 "-%d", prog->start, s->index);
	ev->day = s->day;
	return 1;
}

void
render_programme_ics(struct strbuf *out, const struct programme *prog, int64_t dtstamp_utc)
{
	render_calendar(out, "talus programme", dtstamp_utc, PROGRAMME_SESSIONS, ics_session,
			(void *)prog);
}
