/* recover.c - the recovery plan in words, JSON and iCalendar. */
#include "render/recover.h"
#include "render/ankle.h"
#include "render/ics.h"
#include "render/today.h"
#include "core/today.h"
#include "util/date.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

const char render_recover_trigger_text[] =
	"pain or morning pain of 6/10 or more, moderate or severe swelling, painful "
	"weight bearing, a roll or giving way with pain of 4/10 or more, or a red flag "
	"(what calls for rest or more)";

const char *
render_recover_stage_name(const struct day *d)
{
	switch (d->rtoday.action) {
	case RECOVER_SEE_CLINICIAN: return "red-flag";
	case RECOVER_PROTECT: return "protect";
	case RECOVER_REENTRY:
	case RECOVER_REENTRY_REST: return "re-entry";
	default: return d->red_flag ? "red-flag" : "walk-run";
	}
}

void
render_recover_stage_text(struct strbuf *out, const struct day *d)
{
	char date[11];
	const struct recover_today *r = &d->rtoday;

	strbuf_addf(out, "since %s (%s ankle: ", date_format(date, d->ep.start),
		    side_name(d->ep.side));
	render_ankle_logged(out, &d->ep_log);
	strbuf_adds(out, "), ");
	switch (r->action) {
	case RECOVER_SEE_CLINICIAN:
		strbuf_adds(out, "a red flag stands: see a clinician first");
		break;
	case RECOVER_PROTECT:
		strbuf_addf(out, "protect day %d of %d", d->day - d->rplan.start + 1,
			    d->rplan.protect_days);
		break;
	case RECOVER_REENTRY:
	case RECOVER_REENTRY_REST:
		strbuf_addf(out, "re-entry week %d of %d", r->reentry_week, r->reentry_weeks);
		break;
	default:
		strbuf_addf(out, "walk-run phase %d of %d, %d of %d good sessions in a row",
			    r->phase, RECOVER_PHASES, r->good_in_phase, RECOVER_MIN_SESSIONS);
		break;
	}
}

static const char *
fact_text(enum fact f)
{
	return f == FACT_YES ? "worse" : f == FACT_NO ? "not worse" : "not logged yet";
}

/* What each logged session led to, replaying them one at a time. */
static enum recover_outcome
outcome_of(const struct day *d, size_t k)
{
	struct recover_today t;
	struct talus_err err = TALUS_ERR_INIT;

	if (recover_today(&t, &d->rplan, d->sessions, k + 1, d->day, 0, &err))
		return RECOVER_NONE;
	return t.last;
}

static void
phase_json(struct json *j, const struct recover_phase *ph)
{
	json_obj_begin(j, NULL);
	json_int(j, "phase", ph->phase);
	json_str(j, "name", ph->name);
	json_int(j, "sessions", ph->sessions);
	json_int(j, "walk_min", ph->walk_min);
	json_int(j, "run_min", ph->run_min);
	json_bool(j, "continuous", ph->continuous);
	json_num(j, "distance_m", ph->distance_m);
	json_num(j, "distance_mi", ph->distance_mi);
	if (ph->rpe)
		json_int(j, "rpe", ph->rpe);
	else
		json_null(j, "rpe");
	json_obj_end(j);
}

void
render_recover_morning_hint(struct strbuf *out, const struct day *d, const char *indent)
{
	char date[11];
	int32_t last = d->nsessions ? d->sessions[d->nsessions - 1].day : d->day - 1;

	if (last + 1 >= d->day)
		strbuf_addf(out, "%s%s, log how the %s ankle feels (R2): talus ankle log --date "
			    "%s --side %s --morning-pain N\n", indent,
			    last + 1 > d->day ? "tomorrow morning" : "this morning",
			    side_name(d->ep.side), date_format(date, last + 1), side_name(d->ep.side));
	else
		strbuf_addf(out, "%slog how the %s ankle felt on the morning of %s (R2): talus "
			    "ankle log --date %s --side %s --morning-pain N\n", indent,
			    side_name(d->ep.side), date_format(date, last + 1), date,
			    side_name(d->ep.side));
}

void
render_recover_step_json(struct json *j, const struct recover_today *t)
{
	char date[11];

	json_str(j, "action", recover_action_str(t->action));
	json_int(j, "phase", t->phase);
	json_int(j, "good_in_phase", t->good_in_phase);
	json_str(j, "next_session", date_format(date, t->next_session));
	json_bool(j, "ask_morning", t->ask_morning);
	json_bool(j, "refer_f5", t->refer_f5);
	json_str(j, "rule", t->rule);
	json_str(j, "message", t->message);
	if (t->action == RECOVER_REENTRY || t->action == RECOVER_REENTRY_REST) {
		json_obj_begin(j, "reentry");
		json_int(j, "week", t->reentry_week);
		json_int(j, "weeks", t->reentry_weeks);
		json_str(j, "week_start", date_format(date, t->week_start));
		json_num(j, "week_m", t->week_m);
		json_num(j, "done_m", t->week_done_m);
		json_num(j, "cap_m", t->cap_m);
		json_obj_end(j);
	} else {
		json_null(j, "reentry");
	}
}

void
render_recover_json(struct json *j, const struct day *d)
{
	char date[11];
	int32_t days[RECOVER_PHASES * RECOVER_MIN_SESSIONS];
	int phs[RECOVER_PHASES * RECOVER_MIN_SESSIONS];
	size_t np;

	json_obj_begin(j, NULL);
	json_str(j, "date", date_format(date, d->day));
	/* the day as talus today sees it: the same computation */
	json_str(j, "verdict", verdict_name(d->today.verdict));
	json_num(j, "max_distance_m", d->today.max_distance_m);
	json_str(j, "referral", referral_name(d->today.referral));
	render_day_session_json(j, d);
	json_bool(j, "active", d->rec_active && d->rplan.active);
	json_bool(j, "see_clinician", d->rec_active && (d->rplan.see_clinician ||
						       d->today.verdict >= VERDICT_CLINICIAN));
	if (d->rec_active) {
		struct strbuf sb = STRBUF_INIT;
		json_str(j, "start", date_format(date, d->ep.start));
		json_str(j, "side", side_name(d->ep.side));
		json_bool(j, "rolled", d->ep.rolled);
		render_ankle_logged(&sb, &d->ep_log);
		json_str(j, "logged", sb.buf);
		strbuf_release(&sb);
		json_str(j, "stage", render_recover_stage_name(d));
		json_str(j, "protect_from", date_format(date, d->rplan.start));
		json_int(j, "protect_days", d->rplan.protect_days);
		json_obj_begin(j, "today");
		render_recover_step_json(j, &d->rtoday);
		json_obj_end(j);
	} else {
		json_null(j, "start");
		json_null(j, "stage");
		json_null(j, "today");
	}
	json_arr_begin(j, "phases");
	for (int p = 1; p <= RECOVER_PHASES; p++)
		phase_json(j, recover_phase_get(p));
	json_arr_end(j);
	json_arr_begin(j, "sessions");
	for (size_t i = 0; d->rec_active && i < d->nsessions; i++) {
		const struct recover_session *s = &d->sessions[i];
		json_obj_begin(j, NULL);
		json_str(j, "date", date_format(date, s->day));
		json_int(j, "run", d->session_ids[i]);
		json_int(j, "pain_during", s->pain_during);
		json_int(j, "pain_after", s->pain_after);
		if (s->next_morning_worse == FACT_UNKNOWN)
			json_null(j, "next_morning_worse");
		else
			json_bool(j, "next_morning_worse", s->next_morning_worse == FACT_YES);
		json_str(j, "outcome", recover_outcome_str(outcome_of(d, i)));
		json_obj_end(j);
	}
	json_arr_end(j);
	json_int(j, "unscored_runs", d->rec_active ? (long long)d->unscored : 0);
	np = d->rec_active && d->rplan.active ?
		recover_projection(days, phs, sizeof(days) / sizeof(days[0]), &d->rtoday) : 0;
	json_arr_begin(j, "projection");
	for (size_t i = 0; i < np; i++) {
		json_obj_begin(j, NULL);
		json_str(j, "date", date_format(date, days[i]));
		json_int(j, "phase", phs[i]);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_arr_begin(j, "advice");
	for (int i = 0; d->rec_active && i < d->rplan.n_advice; i++) {
		json_obj_begin(j, NULL);
		json_str(j, "rule", d->rplan.advice[i].rule);
		json_str(j, "message", d->rplan.advice[i].message);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}

void
render_recover_text(struct strbuf *out, const struct day *d, unsigned style)
{
	char date[11], b[11], dist[24];
	int32_t days[RECOVER_PHASES * RECOVER_MIN_SESSIONS];
	int phs[RECOVER_PHASES * RECOVER_MIN_SESSIONS];
	size_t np;
	const struct recover_today *r = &d->rtoday;

	if (d->today.verdict == VERDICT_URGENT) {
		strbuf_addch(out, '\n');
		render_day_headline(out, d, style);
		strbuf_addch(out, '\n');
	}
	strbuf_adds(out, "recovery ");
	render_recover_stage_text(out, d);
	strbuf_addch(out, '\n');
	strbuf_addf(out, "%s:\n", date_format(date, d->day));
	if (d->today.verdict != VERDICT_URGENT)
		render_day_headline(out, d, style);
	strbuf_addf(out, "  recovery plan: %s [%s]\n", r->message, r->rule);
	for (size_t i = 0; i < d->today.nreasons; i++) {
		const struct reason *x = &d->today.reasons[i];
		if (x->verdict >= VERDICT_REST && strcmp(x->rule, "A1") && strcmp(x->rule, "R3") &&
		    strcmp(x->rule, "R4"))
			strbuf_addf(out, "  %s [%s] %s\n", x->level >= LEVEL_WARN ? "!!" : "! ",
				    x->rule, x->message);
	}
	if (d->rplan.see_clinician || r->action == RECOVER_SEE_CLINICIAN) {
		strbuf_adds(out, "\n");
		for (int i = 0; i < d->rplan.n_advice; i++)
			strbuf_addf(out, "[%s] %s\n", d->rplan.advice[i].rule,
				    d->rplan.advice[i].message);
		if (!d->rplan.see_clinician)
			strbuf_addf(out, "[D1] %s\n", today_disclaimer);
		strbuf_adds(out, "once a clinician has seen the ankle: talus ankle seen --date DATE "
			    "--side SIDE; the return then starts again from the protect days\n");
		return;
	}
	if (r->ask_morning)
		render_recover_morning_hint(out, d, "");
	if (r->refer_f5)
		strbuf_adds(out, "F5: 12 weeks without completing the walk-run return: see a "
			    "clinician, who may refer you to a specialist\n");

	strbuf_addf(out, "\nprotect days (A1): %d, from %s to %s\n", d->rplan.protect_days,
		    date_format(date, d->rplan.start),
		    date_format(b, d->rplan.start + d->rplan.protect_days - 1));
	strbuf_adds(out, "walk-run return (R3), on level ground, at least 2 good sessions a "
		    "phase, a rest day between:\n");
	for (int p = 1; p <= RECOVER_PHASES; p++) {
		const struct recover_phase *ph = recover_phase_get(p);
		char eff[16] = "";
		if (ph->rpe)
			snprintf(eff, sizeof(eff), ", RPE %d", ph->rpe);
		strbuf_addf(out, "  %d  %-24s %s%s", p, ph->name,
			    distance_format(dist, ph->distance_m, d->units), eff);
		if (p == r->phase && r->action < RECOVER_COMPLETE)
			strbuf_addf(out, "  <- now, %d of %d good sessions", r->good_in_phase,
				    RECOVER_MIN_SESSIONS);
		strbuf_addch(out, '\n');
	}
	if (r->action == RECOVER_REENTRY || r->action == RECOVER_REENTRY_REST) {
		strbuf_addf(out, "re-entry (R4; design choice), %d weeks back toward your weekly "
			    "distance before the episode, no week more than 30%% over the one "
			    "before:\n", r->reentry_weeks);
		strbuf_addf(out, "  week %d of %d from %s: %s, %s run so far\n", r->reentry_week,
			    r->reentry_weeks, date_format(date, r->week_start),
			    distance_format(dist, r->week_m, d->units),
			    distance_format(b, r->week_done_m, d->units));
	}
	if (d->nsessions) {
		strbuf_adds(out, "\nsessions (the runs after the day the symptoms began; pain "
			    "during/after, and the next morning, R1 and R2):\n");
		for (size_t i = 0; i < d->nsessions; i++) {
			const struct recover_session *s = &d->sessions[i];
			strbuf_addf(out, "  %s  run %lld  pain %d/%d  next morning %s: %s\n",
				    date_format(date, s->day), (long long)d->session_ids[i],
				    s->pain_during, s->pain_after, fact_text(s->next_morning_worse),
				    recover_outcome_str(outcome_of(d, i)));
		}
	}
	if (d->unscored)
		strbuf_addf(out, "%zu run%s since %s without a pain score %s not count: add one "
			    "with talus run edit ID --pain-after N\n", d->unscored,
			    d->unscored == 1 ? "" : "s", date_format(date, d->ep.start),
			    d->unscored == 1 ? "does" : "do");
	np = recover_projection(days, phs, sizeof(days) / sizeof(days[0]), r);
	if (np) {
		strbuf_adds(out, "\nif every session goes well (talus re-plans after each one):\n  ");
		for (size_t i = 0; i < np; i++)
			strbuf_addf(out, "%s%s phase %d", i ? (i % 4 ? ", " : ",\n  ") : "",
				    date_format(date, days[i]), phs[i]);
		strbuf_addch(out, '\n');
	}
	strbuf_adds(out, "\nadvice:\n");
	for (int i = 0; i < d->rplan.n_advice; i++)
		strbuf_addf(out, "  [%s] %s\n", d->rplan.advice[i].rule, d->rplan.advice[i].message);
}

void
render_recover_none_text(struct strbuf *out, const struct day *d)
{
	char date[11], b[11];

	strbuf_addf(out, "no recovery plan on %s\n", date_format(date, d->day));
	if (!d->has_ep)
		strbuf_addf(out, "the ankle log of the last %d days shows nothing that "
			    "starts one:\n%s\n", EPISODE_WINDOW, render_recover_trigger_text);
	else
		strbuf_addf(out, "the last one, from %s, ended on %s%s\n",
			    date_format(date, d->ep.start), date_format(b, d->ep.end),
			    d->ep.completed ? ": the return and its re-entry were complete" :
			    d->ep.ended_early ? " (ended with talus recover end)" :
			    ": a new acute event began another");
}

struct recover_cal {
	const struct day *d;
	int32_t days[RECOVER_PHASES * RECOVER_MIN_SESSIONS];
	int phases[RECOVER_PHASES * RECOVER_MIN_SESSIONS];
	size_t n;
};

/* Event 0: the protect days; then the projected sessions. */
static int
ics_event(void *payload, size_t i, struct cal_event *ev)
{
	struct recover_cal *rc = payload;
	const struct recover_plan *plan = &rc->d->rplan;
	const struct recover_phase *p;
	char dist[24];

	if (i == 0) {
		if (!plan->active)
			return 0;
		ev->day = plan->start;
		ev->days = plan->protect_days;
		strbuf_adds(&ev->summary, "talus: protect the ankle (A1)");
		strbuf_adds(&ev->description, "No running; walk as far as is comfortable. "
			    "Ice is optional, at most 20 minutes with a cloth (A2). See a "
			    "clinician if pain or swelling is severe or you cannot bear "
			    "weight (F1-F3, O1, O2).");
		snprintf(ev->key, sizeof(ev->key), "recover-protect");
		return 1;
	}
	i--;
	if (!(p = recover_phase_get(rc->phases[i])))
		return 0; /* a phase out of range */
	distance_format(dist, p->distance_m, rc->d->units);
	if (p->continuous)
		strbuf_addf(&ev->summary, "talus: walk-run phase 6, continuous %s", dist);
	else
		strbuf_addf(&ev->summary, "talus: walk-run phase %d, walk %d / run %d min, "
			    "%s", p->phase, p->walk_min, p->run_min, dist);
	strbuf_addf(&ev->description, "R3 walk-run return, phase %d (%s, level "
		    "ground).\nGo on only with pain at most 3/10 and no worse the next "
		    "morning (R1, R2); stop if pain goes above 5/10.\nProjected date: talus "
		    "re-plans after each logged session.", p->phase, dist);
	snprintf(ev->key, sizeof(ev->key), "recover-%" PRId32 "-%zu", plan->start, i);
	ev->day = rc->days[i];
	return 1;
}

void
render_recover_ics(struct strbuf *out, const struct day *d, int64_t dtstamp_utc)
{
	struct recover_cal rc;

	rc.d = d;
	rc.n = recover_projection(rc.days, rc.phases, sizeof(rc.days) / sizeof(rc.days[0]),
				  &d->rtoday);
	render_calendar(out, "talus recovery", dtstamp_utc, rc.n + 1, ics_event, &rc);
}
