/* recover.c - recovery advice (sections 7-8) and the walk-run return
 * (R3) with its gating (R1, R2). Pure: no I/O, no clock, no allocation.
 *
 * The gate is a small state machine fed with the logged sessions in day
 * order: phase (1..6) and the number of good sessions in a row in it. A
 * good session has pain <= 3/10 during and after and no worse the next
 * morning (R1, R2); two in a row end the phase (R3, and the design choice
 * "in a row"). Pain 4-5 repeats the phase; worse next morning steps one
 * phase back (R2: reduce load); pain > 5 stops, rests 2 days and steps
 * one phase back (R1; the rest days are a design choice).
 */
#include "core/recover.h"
#include "util/date.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* R3 exactly as EVIDENCE.md section 8 lists it: "(1) walk 2/run 3 min,
 * 1.0 mi, RPE 3; (2) same, 1.5 mi; (3) walk 2/run 4, 1.5 mi; (4) walk
 * 2/run 4, 2.0 mi; (5) walk 1/run 4, 2.0 mi, RPE 5; (6) continuous 2.0
 * mi". Phase 2 is "same" as phase 1, RPE included; phases 3, 4 and 6
 * state no RPE (0). */
static const struct recover_phase phases[RECOVER_PHASES] = {
	{ 1, "walk 2 min / run 3 min", 2, 2, 3, 0, 1.0, 1.0 * RECOVER_MILE_M, 3 },
	{ 2, "walk 2 min / run 3 min", 2, 2, 3, 0, 1.5, 1.5 * RECOVER_MILE_M, 3 },
	{ 3, "walk 2 min / run 4 min", 2, 2, 4, 0, 1.5, 1.5 * RECOVER_MILE_M, 0 },
	{ 4, "walk 2 min / run 4 min", 2, 2, 4, 0, 2.0, 2.0 * RECOVER_MILE_M, 0 },
	{ 5, "walk 1 min / run 4 min", 2, 1, 4, 0, 2.0, 2.0 * RECOVER_MILE_M, 5 },
	{ 6, "continuous running", 2, 0, 0, 1, 2.0, 2.0 * RECOVER_MILE_M, 0 },
};

const struct recover_phase *
recover_phase_get(int p)
{
	if (p < 1 || p > RECOVER_PHASES)
		return NULL;
	return &phases[p - 1];
}

static void
advise(struct recover_plan *p, const char *rule, const char *message)
{
	if (p->n_advice < RECOVER_MAX_ADVICE) {
		p->advice[p->n_advice].rule = rule;
		p->advice[p->n_advice].message = message;
		p->n_advice++;
	}
}

int
recover_build(struct recover_plan *out, const struct recover_input *in,
	      struct talus_err *err)
{
	if (in->protect_days < 0 || in->protect_days > RECOVER_PROTECT_MAX)
		return err_set(err, TALUS_EINVAL,
			       "protect days %d is not between 1 and 3",
			       in->protect_days);
	memset(out, 0, sizeof(*out));
	out->start = in->protect_from ? in->protect_from : in->start;
	out->since = in->start;
	out->units = in->units;
	out->protect_days = in->protect_days ? in->protect_days :
		RECOVER_PROTECT_MAX;
	if (in->red_flag) {
		out->see_clinician = 1;
		advise(out, "F1-F3, O1, O2",
		       "A red flag is logged: see a clinician before any "
		       "running or exercise on this ankle. talus makes no "
		       "recovery plan until then.");
		advise(out, "D1",
		       "talus is a wellness tool, not a medical device: it "
		       "does not diagnose and is not for emergencies.");
		return 0;
	}
	out->active = 1;
	advise(out, "A1",
	       "Protect the ankle for 1 to 3 days: no running, and walk only "
	       "as far as is comfortable. Then load it again as symptoms "
	       "allow.");
	advise(out, "A2",
	       "Ice is optional. If it eases the pain, use it for at most 20 "
	       "minutes at a time, every 2 to 3 hours, with a cloth between "
	       "ice and skin. The evidence for ice is weak, and modern "
	       "guidance prefers gentle loading as symptoms allow.");
	advise(out, "section 7",
	       "Compression: a sleeve or wrap may ease swelling. The evidence "
	       "that compression alone helps is weak.");
	advise(out, "section 7",
	       "Elevation: raise the foot above the heart when resting. The "
	       "evidence is weak, the risk is low.");
	advise(out, "section 7; design choice",
	       "Foam rolling and self-massage of the calves may relieve "
	       "tightness (the seed's advice; no trial found). Design choice: "
	       "wait until the protect days are over, as the NHS advises no "
	       "massage in the first days, and keep off the sore spot.");
	advise(out, "section 7",
	       "Mobility work: after the protect days, gentle ankle circles "
	       "and calf stretches within comfort help restore range of "
	       "motion (PEACE & LOVE: exercise).");
	advise(out, "A3",
	       "If a clinician chooses to immobilise the ankle (a boot or "
	       "brace), guidelines keep it to at most 10 days; follow your "
	       "clinician.");
	advise(out, "A4",
	       "talus gives no advice on medicines: ask a pharmacist or "
	       "doctor.");
	advise(out, "R1",
	       "Pain during or after a session: 0-3/10 is fine, 4-5/10 is "
	       "acceptable but repeat the phase, above 5/10 stop and rest.");
	advise(out, "R2",
	       "If pain or stiffness is worse the next morning, step back a "
	       "phase; if it has settled, repeat or move on.");
	advise(out, "R3",
	       "The walk-run return has 6 phases on level ground, each at "
	       "least 2 sessions with a rest day between; move on only after "
	       "2 sessions in a row with pain at most 3/10 and no worse the "
	       "next morning.");
	if (in->acute_sprain)
		advise(out, "R4",
		       "After an ankle roll, getting back to normal running can "
		       "take up to 8 weeks; that is expected.");
	if (in->previous_sprain && in->brace_or_tape)
		advise(out, "P3",
		       "With earlier ankle rolls on record, keep using the brace "
		       "or tape when running: bracing has strong evidence for "
		       "reducing the risk of another.");
	else if (in->previous_sprain)
		advise(out, "P3",
		       "With earlier ankle rolls on record, a brace or tape when "
		       "running may help reduce the risk of another.");
	advise(out, "F1-F4",
	       "See a clinician the same day for severe pain or swelling, "
	       "if you cannot put weight on the foot, or if the foot is "
	       "numb, cold or misshapen; see a physiotherapist if the ankle "
	       "keeps giving way.");
	advise(out, "F5",
	       "If there is no improvement after 12 weeks, ask for a "
	       "referral to a specialist.");
	advise(out, "D1",
	       "talus is a wellness tool, not a medical device: it does not "
	       "diagnose, and this plan may help reduce the risk of a "
	       "setback; it is no substitute for professional advice.");
	return 0;
}

static int
pain_of(const struct recover_session *s)
{
	return s->pain_during > s->pain_after ? s->pain_during : s->pain_after;
}

static enum fact
worse_fact(enum fact a, enum fact b)
{
	if (a == FACT_YES || b == FACT_YES)
		return FACT_YES;
	if (a == FACT_NO && b == FACT_NO)
		return FACT_NO;
	return FACT_UNKNOWN;
}

static void
say(struct recover_today *t, const char *rule, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
say(struct recover_today *t, const char *rule, const char *fmt, ...)
{
	va_list ap;

	t->rule = rule;
	va_start(ap, fmt);
	vsnprintf(t->message, sizeof(t->message), fmt, ap);
	va_end(ap);
}

void
recover_replay_init(struct recover_replay *r)
{
	memset(r, 0, sizeof(*r));
	r->phase = 1;
	r->last_day = INT32_MIN;
	r->rest_until = INT32_MIN;
	r->last = RECOVER_NONE;
}

int
recover_replay_day(struct recover_replay *r, const struct recover_session *s)
{
	int pain = pain_of(s);

	if (r->phase > RECOVER_PHASES)
		return 1; /* complete: later sessions change nothing */
	r->sessions++;
	r->last_day = s->day;
	if (pain > RECOVER_PAIN_STOP) {
		/* R1: stop; design choice: 2 rest days, one phase back. */
		r->phase = r->phase > 1 ? r->phase - 1 : 1;
		r->good = 0;
		r->stops++;
		r->rest_until = s->day + RECOVER_STOP_REST + 1;
		r->last = RECOVER_STOPPED;
		return 0;
	}
	r->stops = 0;
	if (s->next_morning_worse == FACT_YES) {
		/* R2: reduce load: one phase back. */
		r->phase = r->phase > 1 ? r->phase - 1 : 1;
		r->good = 0;
		r->last = RECOVER_STEP_BACK;
	} else if (pain > RECOVER_PAIN_OK) {
		/* R1: 4-5 acceptable, but no progress. */
		r->good = 0;
		r->last = RECOVER_REPEAT;
	} else if (s->next_morning_worse == FACT_UNKNOWN) {
		/* Not yet known: neither counts nor resets. */
		r->last = RECOVER_PENDING;
	} else {
		r->good++;
		r->last = RECOVER_COUNTED;
		if (r->good >= RECOVER_MIN_SESSIONS) {
			r->phase++;
			r->good = 0;
			r->last = RECOVER_ADVANCED;
		}
	}
	return r->phase > RECOVER_PHASES;
}

void
recover_merge_day(struct recover_session *into, const struct recover_session *s)
{
	if (s->pain_during > into->pain_during)
		into->pain_during = s->pain_during;
	if (s->pain_after > into->pain_after)
		into->pain_after = s->pain_after;
	into->next_morning_worse = worse_fact(into->next_morning_worse, s->next_morning_worse);
}

int
recover_today(struct recover_today *out, const struct recover_plan *plan,
	      const struct recover_session *log, size_t n, int32_t today,
	      int red_flag, struct talus_err *err)
{
	struct recover_replay r;
	int32_t protect_end = plan->start + plan->protect_days;
	int32_t earliest;
	const struct recover_phase *ph;
	char effort[24] = "", dist[24];
	size_t i = 0;

	for (size_t k = 0; k < n; k++) {
		if (log[k].pain_during < 0 || log[k].pain_during > 10 ||
		    log[k].pain_after < 0 || log[k].pain_after > 10)
			return err_set(err, TALUS_EINVAL,
				       "session %zu: pain must be 0 to 10", k + 1);
		if (k && log[k].day < log[k - 1].day)
			return err_set(err, TALUS_EINVAL,
				       "session %zu: sessions are not in day "
				       "order", k + 1);
	}
	memset(out, 0, sizeof(*out));
	recover_replay_init(&r);
	while (i < n) {
		struct recover_session s = log[i];

		/* Merge the sessions of one day, keeping the worst. */
		for (i++; i < n && log[i].day == s.day; i++)
			recover_merge_day(&s, &log[i]);
		if (s.day < plan->start || s.day > today)
			continue;
		if (recover_replay_day(&r, &s))
			break;
	}
	if (r.phase > RECOVER_PHASES) {
		r.good = RECOVER_MIN_SESSIONS;
		r.last = RECOVER_ADVANCED;
	}
	out->sessions = r.sessions;
	out->last = r.last;
	out->ask_morning = r.last == RECOVER_PENDING;
	out->refer_f5 = today - plan->since >= RECOVER_F5_DAYS &&
		r.phase <= RECOVER_PHASES;
	out->good_in_phase = r.phase > RECOVER_PHASES ? RECOVER_MIN_SESSIONS :
		r.good;
	out->phase = r.phase > RECOVER_PHASES ? RECOVER_PHASES : r.phase;
	ph = recover_phase_get(out->phase);

	earliest = protect_end;
	if (r.last_day != INT32_MIN && r.last_day + 2 > earliest)
		earliest = r.last_day + 2; /* R3: a rest day between */
	if (r.rest_until > earliest)
		earliest = r.rest_until;
	if (earliest < today)
		earliest = today;
	out->next_session = earliest;

	if (red_flag || plan->see_clinician || !plan->active) {
		out->action = RECOVER_SEE_CLINICIAN;
		say(out, "F1-F3, O1, O2", "a red flag is logged: no running. See a "
		    "clinician first");
		return 0;
	}
	if (r.phase > RECOVER_PHASES) {
		out->action = RECOVER_COMPLETE;
		say(out, "R3", "the walk-run return is complete: a graded "
		    "re-entry follows");
		return 0;
	}
	if (r.stops >= 2) {
		out->action = RECOVER_SEE_PHYSIO;
		say(out, "R1; F4; design choice", "pain went above 5/10 in two "
		    "sessions in a row: stop running and see a physiotherapist "
		    "before trying again");
		return 0;
	}
	if (today < protect_end) {
		out->action = RECOVER_PROTECT;
		say(out, "A1", "protect day %d of %d: no running, walk as far "
		    "as is comfortable. Ice is optional (A2)",
		    today - plan->start + 1, plan->protect_days);
		return 0;
	}
	if (r.last_day == today) {
		out->action = RECOVER_DONE_TODAY;
		say(out, "R1; R2", "today's session is logged (%s). Tomorrow "
		    "is a rest day; log how the ankle feels in the morning",
		    recover_outcome_str(r.last));
		return 0;
	}
	if (today < earliest) {
		out->action = RECOVER_REST_DAY;
		if (today < r.rest_until)
			say(out, "R1; design choice", "rest day: pain went above "
			    "5/10, so rest 2 days and go back to phase %d",
			    out->phase);
		else
			say(out, "R3", "rest day between walk-run sessions%s",
			    out->ask_morning ? ": log whether the ankle is "
			    "worse this morning (R2)" : "");
		return 0;
	}
	out->action = RECOVER_SESSION;
	distance_format(dist, ph->distance_m, plan->units);
	if (ph->rpe)
		snprintf(effort, sizeof(effort), ", effort %d/10", ph->rpe);
	if (ph->continuous)
		say(out, "R3", "walk-run phase 6: %s of continuous easy running "
		    "on level ground. Stop if pain goes above 5/10 (R1)", dist);
	else
		say(out, "R3", "walk-run phase %d: walk %d min / run %d min, "
		    "%s in all, on level ground%s. Stop if pain goes above "
		    "5/10 (R1)", ph->phase, ph->walk_min, ph->run_min, dist, effort);
	return 0;
}

void
recover_reentry_init(struct recover_reentry *r, int32_t first, double from_m, double to_m)
{
	double ratio;

	memset(r, 0, sizeof(*r));
	r->first = r->week_start = first;
	r->rest_until = INT32_MIN;
	r->week = 1;
	r->from_m = from_m > 0 ? from_m : 0;
	r->to_m = to_m > r->from_m ? to_m : r->from_m;
	r->weeks = RECOVER_REENTRY_MIN_WEEKS;
	if (r->from_m > 0 && (ratio = r->to_m / r->from_m) > 1) {
		int k = (int)ceil(log(ratio) / log(RECOVER_REENTRY_GROWTH) - 1e-9);
		if (k > r->weeks)
			r->weeks = k;
	}
}

double
recover_reentry_week_m(const struct recover_reentry *r, int w)
{
	if (w < 1)
		w = 1;
	if (w > r->weeks)
		w = r->weeks;
	if (r->from_m <= 0)
		return r->to_m;
	return r->from_m * pow(r->to_m / r->from_m, (double)w / r->weeks);
}

int
recover_reentry_day(struct recover_reentry *r, int32_t t, int flare_pain)
{
	if (r->week > r->weeks)
		return 1;
	while (t >= r->week_start + 7) {
		r->week_start += 7;
		if (++r->week > r->weeks)
			return 1;
	}
	if (flare_pain > RECOVER_PAIN_OK) {
		r->flares++;
		if (r->week > 1)
			r->week--;
		r->week_start = t + 1;
		if (flare_pain > RECOVER_PAIN_STOP) {
			r->rest_until = t + RECOVER_STOP_REST + 1;
			r->week_start = r->rest_until;
		}
	}
	return 0;
}

void
recover_reentry_today(struct recover_today *out, const struct recover_reentry *r,
		      int32_t today, double done_m, double cap_l1_m, enum units u)
{
	char a[24], b[24], c[24], date[11];
	double left;

	out->reentry_week = r->week > r->weeks ? r->weeks : r->week;
	out->reentry_weeks = r->weeks;
	out->week_start = r->week_start;
	out->week_m = recover_reentry_week_m(r, out->reentry_week);
	out->week_done_m = done_m;
	out->cap_m = NAN;
	out->phase = RECOVER_PHASES;
	out->good_in_phase = RECOVER_MIN_SESSIONS;
	out->next_session = today;
	left = out->week_m - done_m;
	if (today < r->rest_until) {
		out->action = RECOVER_REENTRY_REST;
		out->next_session = r->rest_until;
		say(out, "R1; design choice", "re-entry: rest day after pain above 5/10; "
		    "week %d of %d starts again on %s", out->reentry_week, r->weeks,
		    date_format(date, r->rest_until));
		return;
	}
	if (today < r->week_start) { /* a flare today: the week restarts tomorrow */
		out->action = RECOVER_REENTRY_REST;
		out->next_session = r->week_start;
		say(out, "R2; design choice", "re-entry: the ankle flared, so week %d of %d "
		    "(%s) starts again on %s", out->reentry_week, r->weeks,
		    distance_format(a, out->week_m, u), date_format(date, r->week_start));
		return;
	}
	if (left < RECOVER_REENTRY_MIN_RUN_M) {
		out->action = RECOVER_REENTRY_REST;
		out->next_session = r->week_start + 7;
		say(out, "R4; design choice", "re-entry week %d of %d: its %s is done; "
		    "the next week starts on %s", out->reentry_week, r->weeks,
		    distance_format(a, out->week_m, u), date_format(date, r->week_start + 7));
		return;
	}
	out->action = RECOVER_REENTRY;
	out->cap_m = !isnan(cap_l1_m) && cap_l1_m < left ? cap_l1_m : left;
	if (out->cap_m > RECOVER_REENTRY_RUN_SHARE * out->week_m)
		out->cap_m = RECOVER_REENTRY_RUN_SHARE * out->week_m;
	say(out, "R4; design choice", "re-entry week %d of %d: an easy run of at most %s "
	    "(%s of this week's %s left); stop if pain goes above 3/10", out->reentry_week,
	    r->weeks, distance_format(a, out->cap_m, u), distance_format(b, left, u),
	    distance_format(c, out->week_m, u));
}

size_t
recover_projection(int32_t *out_days, int *out_phases, size_t max,
		   const struct recover_today *now)
{
	size_t k = 0;
	int32_t day = now->next_session;

	if (now->action == RECOVER_SEE_CLINICIAN ||
	    now->action == RECOVER_SEE_PHYSIO ||
	    now->action >= RECOVER_COMPLETE)
		return 0;
	for (int p = now->phase; p <= RECOVER_PHASES; p++) {
		int need = RECOVER_MIN_SESSIONS -
			(p == now->phase ? now->good_in_phase : 0);

		for (int s = 0; s < need && k < max; s++) {
			out_days[k] = day;
			out_phases[k] = p;
			k++;
			day += 2;
		}
	}
	return k;
}

const char *
recover_action_str(enum recover_action a)
{
	switch (a) {
	case RECOVER_SEE_CLINICIAN:
		return "see-clinician";
	case RECOVER_PROTECT:
		return "protect";
	case RECOVER_REST_DAY:
		return "rest-day";
	case RECOVER_SESSION:
		return "session";
	case RECOVER_DONE_TODAY:
		return "done-today";
	case RECOVER_SEE_PHYSIO:
		return "see-physio";
	case RECOVER_COMPLETE:
		return "complete";
	case RECOVER_REENTRY:
		return "re-entry";
	case RECOVER_REENTRY_REST:
		return "re-entry-rest";
	}
	return "?";
}

const char *
recover_outcome_str(enum recover_outcome o)
{
	switch (o) {
	case RECOVER_NONE:
		return "none";
	case RECOVER_COUNTED:
		return "counted";
	case RECOVER_PENDING:
		return "pending next morning";
	case RECOVER_REPEAT:
		return "repeat the phase";
	case RECOVER_ADVANCED:
		return "advanced";
	case RECOVER_STEP_BACK:
		return "stepped back";
	case RECOVER_STOPPED:
		return "stopped";
	}
	return "?";
}
