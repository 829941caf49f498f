/* today.c - the day's verdict with its reasons, and what the recovery
 * plan, the mileage plan and the programme hold for the day: the report of
 * `talus today`, in words and JSON (docs/json.md). */
#include "render/today.h"
#include "render/plan.h"
#include "render/programme.h"
#include "render/recover.h"
#include "core/rules.h"
#include "util/date.h"
#include "util/text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *
verdict_text(enum verdict v)
{
	switch (v) {
	case VERDICT_RUN: return "RUN";
	case VERDICT_EASY: return "RUN EASY AND SHORTER";
	case VERDICT_REST: return "REST TODAY";
	case VERDICT_CLINICIAN: return "SEE A CLINICIAN (no running until then)";
	case VERDICT_URGENT: return "SEEK URGENT CARE TODAY (no running)";
	}
	return "";
}

#define ANSI_URGENT "\033[1;41;97m" /* bold, white on red */
#define ANSI_BOLD "\033[1m"
#define ANSI_RESET "\033[0m"

static const char *
verdict_word(enum verdict v)
{
	return v == VERDICT_EASY ? "RUN EASY" : "RUN";
}

void
render_day_headline(struct strbuf *out, const struct day *d, unsigned style)
{
	const struct today_report *t = &d->today;
	const struct day_session *s = &d->session;
	int color = style & RENDER_COLOR;
	char a[24], b[24];

	if (t->verdict == VERDICT_URGENT) {
		const char *bar = "  ==============================================================\n";
		strbuf_adds(out, bar);
		strbuf_addf(out, "  %s!! SEEK URGENT CARE TODAY: urgent care or the emergency "
			    "department !!%s\n", color ? ANSI_URGENT : "", color ? ANSI_RESET : "");
		strbuf_addf(out, "  %s!! no running, no exercise on this ankle%s\n",
			    color ? ANSI_BOLD : "", color ? ANSI_RESET : "");
		strbuf_adds(out, bar);
		return;
	}
	if (t->verdict == VERDICT_CLINICIAN) {
		strbuf_addf(out, "  %s%s%s\n", color ? ANSI_BOLD : "", verdict_text(t->verdict),
			    color ? ANSI_RESET : "");
		return;
	}
	if (t->verdict == VERDICT_REST) {
		strbuf_adds(out, "  REST TODAY");
		if (s->source != SESSION_NONE && s->source != SESSION_PROGRAMME) {
			if (s->kind == SESSION_REST)
				strbuf_addf(out, " (%s)", s->title);
			else
				strbuf_addf(out, " (instead of %s: see why)", s->title);
		}
		strbuf_addch(out, '\n');
		return;
	}
	if (s->source == SESSION_PLAN && s->kind != SESSION_REST && !isnan(s->distance_m)) {
		if (!isnan(t->max_distance_m) && t->max_distance_m < s->distance_m - 0.5)
			strbuf_addf(out, "  %s: %s of the plan's %s\n", verdict_word(t->verdict),
				    distance_format(a, t->max_distance_m, d->units),
				    distance_format(b, s->distance_m, d->units));
		else
			strbuf_addf(out, "  %s: %s\n", verdict_word(t->verdict), s->title);
		return;
	}
	if (s->source == SESSION_RECOVERY && !isnan(s->distance_m)) {
		if (!isnan(t->max_distance_m) && t->max_distance_m < s->distance_m - 0.5)
			strbuf_addf(out, "  %s: %s of %s\n", verdict_word(t->verdict),
				    distance_format(a, t->max_distance_m, d->units), s->title);
		else if (s->kind == SESSION_WALKRUN)
			strbuf_addf(out, "  %s: %s\n", verdict_word(t->verdict), s->title);
		else
			strbuf_addf(out, "  %s: at most %s (%s)\n", verdict_word(t->verdict),
				    distance_format(a, s->distance_m, d->units), s->title);
		return;
	}
	strbuf_addf(out, "  %s", verdict_text(t->verdict));
	if (!isnan(t->max_distance_m))
		strbuf_addf(out, ", at most %s", distance_format(a, t->max_distance_m, d->units));
	if (s->source == SESSION_PROGRAMME)
		strbuf_addf(out, "; %s", s->title);
	strbuf_addch(out, '\n');
}

void
render_day_session_json(struct json *j, const struct day *d)
{
	const struct day_session *s = &d->session;

	if (s->source == SESSION_NONE) {
		json_null(j, "session");
		return;
	}
	json_obj_begin(j, "session");
	json_str(j, "source", session_source_name(s->source));
	json_str(j, "kind", session_kind_name(s->kind));
	json_num(j, "distance_m", s->distance_m);
	json_str(j, "text", s->text);
	json_obj_end(j);
}

static const char *
referral_text(enum referral r)
{
	switch (r) {
	case REFERRAL_PHYSIO: return "a physiotherapist, for the recurrent giving way (F4)";
	case REFERRAL_CLINICIAN: return "a clinician (GP, sports physician or physiotherapist)";
	case REFERRAL_URGENT: return "urgent care or the emergency department, today";
	default: return NULL;
	}
}

static void
items_text(struct strbuf *out, const struct programme_item *it, int n, const char *indent)
{
	for (int i = 0; i < n; i++) {
		strbuf_adds(out, indent);
		render_programme_item_text(out, &it[i]);
		strbuf_addch(out, '\n');
	}
}

static void
names_text(struct strbuf *out, const struct programme_item *it, int n)
{
	for (int i = 0; i < n; i++) {
		const char *name = exercise_get(it[i].ex)->name, *colon = strstr(name, ": ");
		strbuf_addf(out, "%s%s", i ? ", " : "", colon ? colon + 2 : name);
	}
}

static void
guided_text(struct strbuf *out, const struct day *d, enum units u)
{
	char date[11];

	if (!d->enrolled)
		return;
	if (d->rec_active) {
		strbuf_adds(out, "recovery: ");
		render_recover_stage_text(out, d);
		strbuf_adds(out, "; the plan: talus recover\n");
		if (d->rtoday.ask_morning)
			render_recover_morning_hint(out, d, "  ");
		if (d->unscored)
			strbuf_addf(out, "  %zu run%s since %s %s no pain score and %s not count: "
				    "add one with talus run edit ID --pain-after N\n", d->unscored,
				    d->unscored == 1 ? "" : "s", date_format(date, d->ep.start),
				    d->unscored == 1 ? "has" : "have",
				    d->unscored == 1 ? "does" : "do");
		strbuf_addch(out, '\n');
	}
	if (d->has_plan) {
		strbuf_adds(out, "plan: ");
		render_plan_status_text(out, d, u);
		strbuf_adds(out, d->planned_from_plan ? " (taken as --planned)\n\n"
						      : "\n\n");
	}
	if (d->has_prog) {
		const struct programme_today *p = &d->ptoday;
		if (p->has_session && !p->paused)
			strbuf_addf(out, "programme: session %d of %d (week %d)%s\n",
				    p->session.index, PROGRAMME_SESSIONS, p->session.week,
				    p->session.retest ? "; re-test afterwards" : "");
		else
			strbuf_addf(out, "programme: %s\n", p->message);
		if (p->has_session && !p->paused)
			items_text(out, p->session.item, p->session.n_items, "  ");
		if (p->retest_week)
			strbuf_addf(out, "  re-test due (week %d): talus program retest, then "
				    "talus program status shows the change\n", p->retest_week);
		if (p->n_warmup) {
			strbuf_adds(out, "  before the run: ");
			names_text(out, p->warmup, p->n_warmup);
			strbuf_adds(out, "\n  after the run: ");
			names_text(out, p->stretch, p->n_stretch);
			strbuf_addch(out, '\n');
		}
		strbuf_addch(out, '\n');
	}
}

static void
items_json(struct json *j, const char *key, const struct programme_item *it, int n)
{
	json_arr_begin(j, key);
	for (int i = 0; i < n; i++)
		render_programme_item_json(j, &it[i]);
	json_arr_end(j);
}

static void
guided_json(struct json *j, const struct day *d, enum units u)
{
	char date[11];

	if (!d->enrolled)
		return;
	if (d->rec_active) {
		json_obj_begin(j, "recovery");
		json_str(j, "start", date_format(date, d->ep.start));
		json_str(j, "side", side_name(d->ep.side));
		json_bool(j, "rolled", d->ep.rolled);
		json_str(j, "stage", render_recover_stage_name(d));
		render_recover_step_json(j, &d->rtoday);
		json_obj_end(j);
	} else {
		json_null(j, "recovery");
	}
	if (d->has_plan) {
		struct strbuf sb = STRBUF_INIT;
		const struct plan_run *r = d->plan_st.run;
		render_plan_status_text(&sb, d, u);
		json_obj_begin(j, "plan");
		json_str(j, "state", plan_state_str(d->plan_st.state));
		if (d->plan_st.week)
			json_int(j, "week", d->plan_st.week);
		else
			json_null(j, "week");
		if (r) {
			json_obj_begin(j, "run");
			json_str(j, "date", date_format(date, r->day));
			json_num(j, "distance_m", r->distance_m);
			json_bool(j, "long_run", r->long_run);
			if (r->walk_run_phase)
				json_int(j, "walk_run_phase", r->walk_run_phase);
			else
				json_null(j, "walk_run_phase");
			json_num(j, "max_m", r->walk_run_phase ? NAN :
				 r->lmax30_m * (1.0 + PLAN_SPIKE));
			json_obj_end(j);
		} else {
			json_null(j, "run");
		}
		json_bool(j, "planned_checked", d->planned_from_plan);
		json_str(j, "message", sb.buf);
		json_obj_end(j);
		strbuf_release(&sb);
	} else {
		json_null(j, "plan");
	}
	if (d->has_prog) {
		const struct programme_today *p = &d->ptoday;
		json_obj_begin(j, "programme");
		json_int(j, "week", d->progress.week);
		json_bool(j, "paused", p->paused);
		if (p->retest_week)
			json_int(j, "retest_due", p->retest_week);
		else
			json_null(j, "retest_due");
		if (p->has_session) {
			json_obj_begin(j, "session");
			json_int(j, "index", p->session.index);
			json_int(j, "week", p->session.week);
			json_str(j, "date", date_format(date, p->session.day));
			json_bool(j, "retest", p->session.retest);
			items_json(j, "exercises", p->session.item, p->session.n_items);
			json_obj_end(j);
		} else {
			json_null(j, "session");
		}
		items_json(j, "warmup", p->warmup, p->n_warmup);
		items_json(j, "stretches", p->stretch, p->n_stretch);
		json_str(j, "message", p->message);
		json_obj_end(j);
	} else {
		json_null(j, "programme");
	}
}

void
render_today_json(struct json *j, const struct athlete *ath, const struct day *pd,
		  const struct load_report *ld)
{
	const struct today_report *t = &pd->today;
	char date[11];

	json_obj_begin(j, NULL);
	json_str(j, "date", date_format(date, t->today));
	json_str(j, "athlete", ath->name);
	json_str(j, "units", units_name(ath->units));
	json_str(j, "verdict", verdict_name(t->verdict));
	json_num(j, "max_distance_m", t->max_distance_m);
	render_day_session_json(j, pd);
	json_arr_begin(j, "reasons");
	for (size_t i = 0; i < t->nreasons; i++) {
		const struct reason *r = &t->reasons[i];
		json_obj_begin(j, NULL);
		json_str(j, "rule", r->rule);
		json_str(j, "level", level_name(r->level));
		json_str(j, "verdict", verdict_name(r->verdict));
		json_str(j, "message", r->message);
		json_str(j, "source", rule_source(r->rule));
		json_obj_end(j);
	}
	json_arr_end(j);
	json_str(j, "referral", referral_name(t->referral));
	json_arr_begin(j, "red_flags");
	for (size_t i = 0; i < pd->nflags; i++) {
		json_obj_begin(j, NULL);
		json_str(j, "side", side_name(pd->flags[i].log->side));
		json_str(j, "logged", date_format(date, pd->flags[i].logged));
		json_int(j, "log", pd->flags[i].log->id);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_arr_begin(j, "shoes");
	for (size_t i = 0; i < t->nshoes; i++) {
		const struct shoe_alert *s = &t->shoes[i];
		json_obj_begin(j, NULL);
		json_str(j, "rule", s->rule);
		json_str(j, "level", level_name(s->level));
		json_str(j, "shoe", s->shoe[0] ? s->shoe : NULL);
		json_num(j, "used_m", s->shoe[0] ? s->used_m : NAN);
		json_str(j, "message", s->message);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_begin(j, "load");
	json_num(j, "last7_m", ld->last7_m);
	json_num(j, "prev7_m", ld->prev7_m);
	json_num(j, "change7", ld->change7);
	json_num(j, "longest30_m", ld->lmax30_m);
	json_num(j, "acwr_ewma", ld->acwr_shown ? ld->acwr_ewma : NAN);
	json_num(j, "acwr_uncoupled", ld->acwr_shown ? ld->acwr_uncoupled : NAN);
	json_num(j, "monotony", ld->monotony);
	json_int(j, "days_since_run", ld->days_since_run);
	json_obj_end(j);
	guided_json(j, pd, ath->units);
	json_str(j, "disclaimer", today_disclaimer);
	json_obj_end(j);
}

void
render_today_text(struct strbuf *out, const struct athlete *ath, const struct day *pd,
		  const struct load_report *ld, unsigned style)
{
	const struct today_report *t = &pd->today;
	const char *ref;
	char date[11], a[24], b[24], d[24];

	/* Urgent care comes first, before anything else on the screen. */
	if (t->verdict == VERDICT_URGENT) {
		strbuf_addch(out, '\n');
		render_day_headline(out, pd, style);
		strbuf_addch(out, '\n');
	}
	strbuf_addf(out, "%s, ", date_format(date, pd->day));
	text_add_visible(out, ath->name);
	strbuf_adds(out, "\n\n");
	if (t->verdict != VERDICT_URGENT) {
		render_day_headline(out, pd, style);
		strbuf_addch(out, '\n');
	}
	if (t->nreasons) {
		strbuf_adds(out, "why:\n");
		for (size_t i = 0; i < t->nreasons; i++) {
			const struct reason *r = &t->reasons[i];
			const char *mark = r->level >= LEVEL_WARN ? "!!" : r->level == LEVEL_CAUTION ? "! " : "- ";
			/* a message may name a shoe */
			strbuf_addf(out, "  %s [%s] ", mark, r->rule);
			text_add_visible(out, r->message);
			strbuf_addch(out, '\n');
		}
		strbuf_addch(out, '\n');
	} else {
		strbuf_adds(out, "why: nothing in your log calls for caution today\n\n");
	}
	if ((ref = referral_text(t->referral)))
		strbuf_addf(out, "see: %s\n\n", ref);
	guided_text(out, pd, ath->units);
	if (ld->has_data) {
		strbuf_addf(out, "load: last 7 days %s, the 7 before %s; longest run of "
				     "the prior 30 days %s",
			    distance_format(a, ld->last7_m, ath->units),
			    distance_format(b, ld->prev7_m, ath->units),
			    distance_format(d, ld->lmax30_m, ath->units));
		if (ld->acwr_shown && !isnan(ld->acwr_ewma))
			strbuf_addf(out, "; ACWR %.2f (descriptive, L4)", ld->acwr_ewma);
		strbuf_adds(out, "\n\n");
	}
	strbuf_addf(out, "%s\n", today_disclaimer);
}
