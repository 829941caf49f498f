/* recover.c - the recovery plan in words, JSON and iCalendar. */
#include "render/recover.h"
#include "render/ics.h"
#include "core/today.h"
#include "util/date.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

const char render_recover_trigger_text[] =
	"pain or morning pain of 4/10 or more, moderate or severe swelling, a roll, "
	"painful weight bearing, or a red flag (design choice)";

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

	strbuf_addf(out, "%s%s, log how the %s ankle feels (R2): talus ankle log --date %s "
		    "--side %s --morning-pain N\n", indent,
		    last + 1 > d->day ? "tomorrow morning" : "this morning",
		    side_name(d->ep.side), date_format(date, last + 1), side_name(d->ep.side));
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
	json_bool(j, "active", d->rec_active && d->rplan.active);
	json_bool(j, "see_clinician", d->rec_active && d->rplan.see_clinician);
	if (d->rec_active) {
		json_str(j, "start", date_format(date, d->ep.start));
		json_str(j, "side", side_name(d->ep.side));
		json_bool(j, "sprain", d->ep.sprain);
		json_int(j, "protect_days", d->rplan.protect_days);
		json_obj_begin(j, "today");
		render_recover_step_json(j, &d->rtoday);
		json_obj_end(j);
	} else {
		json_null(j, "start");
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
render_recover_text(struct strbuf *out, const struct day *d)
{
	char date[11], b[11];
	int32_t days[RECOVER_PHASES * RECOVER_MIN_SESSIONS];
	int phs[RECOVER_PHASES * RECOVER_MIN_SESSIONS];
	size_t np;

	strbuf_addf(out, "recovery plan since %s (%s ankle%s): the symptoms logged that day\n",
		    date_format(date, d->ep.start), side_name(d->ep.side),
		    d->ep.sprain ? ", a sprain" : "");
	strbuf_addf(out, "%s: %s [%s]\n", date_format(date, d->day), d->rtoday.message,
		    d->rtoday.rule);
	if (d->rplan.see_clinician || d->rtoday.action == RECOVER_SEE_CLINICIAN) {
		strbuf_adds(out, "\n");
		for (int i = 0; i < d->rplan.n_advice; i++)
			strbuf_addf(out, "[%s] %s\n", d->rplan.advice[i].rule,
				    d->rplan.advice[i].message);
		if (!d->rplan.see_clinician)
			strbuf_addf(out, "[D1] %s\n", today_disclaimer);
		return;
	}
	if (d->rtoday.ask_morning)
		render_recover_morning_hint(out, d, "");
	if (d->rtoday.refer_f5)
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
		strbuf_addf(out, "  %d  %-24s %.1f mi (%.0f m)%s", p, ph->name, ph->distance_mi,
			    ph->distance_m, eff);
		if (p == d->rtoday.phase)
			strbuf_addf(out, "  <- now, %d of %d good sessions", d->rtoday.good_in_phase,
				    RECOVER_MIN_SESSIONS);
		strbuf_addch(out, '\n');
	}
	if (d->nsessions) {
		strbuf_adds(out, "\nsessions (the runs since the symptoms began; pain during/after, "
			    "and the next morning, R1 and R2):\n");
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
	np = recover_projection(days, phs, sizeof(days) / sizeof(days[0]), &d->rtoday);
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
			    d->ep.completed ? ": the walk-run return was complete" :
			    d->ep.ended_early ? " (ended with talus recover end)" :
			    ": a new roll began another");
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
	if (p->continuous)
		strbuf_addf(&ev->summary, "talus: walk-run phase 6, continuous %.1f mi",
			    p->distance_mi);
	else
		strbuf_addf(&ev->summary, "talus: walk-run phase %d, walk %d / run %d min, "
			    "%.1f mi", p->phase, p->walk_min, p->run_min, p->distance_mi);
	strbuf_addf(&ev->description, "R3 walk-run return, phase %d (%.0f m, level "
		    "ground).\nGo on only with pain at most 3/10 and no worse the next "
		    "morning (R1, R2); stop if pain goes above 5/10.\nProjected date: talus "
		    "re-plans after each logged session.", p->phase, p->distance_m);
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
