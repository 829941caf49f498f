/* cmd_recover.c - talus recover | recover end: the recovery plan for the
 * ankle symptoms in the log (core/recover.c): advice with rule ids, and
 * the walk-run return gated on the runs logged since (R1-R3). Showing a
 * plan starts it: from then on `talus today` follows it (at once for an
 * athlete with a programme or a plan). A red flag sends to a clinician
 * first, always. */
#include "cli/cli.h"
#include "cli/programme.h"
#include "util/date.h"
#include "util/json.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char trigger_text[] =
	"pain or morning pain of 4/10 or more, moderate or severe swelling, a roll, "
	"painful weight bearing, or a red flag (design choice)";

static const char *
fact_text(enum fact f)
{
	return f == FACT_YES ? "worse" : f == FACT_NO ? "not worse" : "not logged yet";
}

/* What each logged session led to, replaying them one at a time. */
static enum recover_outcome
outcome_of(const struct programme_day *d, size_t k)
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

static void
recover_json(struct ctx *c, const struct programme_day *d)
{
	struct json j;
	char date[11];
	int32_t days[RECOVER_PHASES * RECOVER_MIN_SESSIONS];
	int phs[RECOVER_PHASES * RECOVER_MIN_SESSIONS];
	size_t np;

	json_init(&j, &c->out);
	json_obj_begin(&j, NULL);
	json_str(&j, "date", date_format(date, d->day));
	json_bool(&j, "active", d->rec_active && d->rplan.active);
	json_bool(&j, "see_clinician", d->rec_active && d->rplan.see_clinician);
	if (d->rec_active) {
		json_str(&j, "start", date_format(date, d->ep.start));
		json_str(&j, "side", side_name(d->ep.side));
		json_bool(&j, "sprain", d->ep.sprain);
		json_int(&j, "protect_days", d->rplan.protect_days);
		json_obj_begin(&j, "today");
		json_str(&j, "action", recover_action_str(d->rtoday.action));
		json_int(&j, "phase", d->rtoday.phase);
		json_int(&j, "good_in_phase", d->rtoday.good_in_phase);
		json_str(&j, "next_session", date_format(date, d->rtoday.next_session));
		json_bool(&j, "ask_morning", d->rtoday.ask_morning);
		json_bool(&j, "refer_f5", d->rtoday.refer_f5);
		json_str(&j, "rule", d->rtoday.rule);
		json_str(&j, "message", d->rtoday.message);
		json_obj_end(&j);
	} else {
		json_null(&j, "start");
		json_null(&j, "today");
	}
	json_arr_begin(&j, "phases");
	for (int p = 1; p <= RECOVER_PHASES; p++)
		phase_json(&j, recover_phase_get(p));
	json_arr_end(&j);
	json_arr_begin(&j, "sessions");
	for (size_t i = 0; d->rec_active && i < d->nsessions; i++) {
		const struct recover_session *s = &d->sessions[i];
		json_obj_begin(&j, NULL);
		json_str(&j, "date", date_format(date, s->day));
		json_int(&j, "run", d->session_ids[i]);
		json_int(&j, "pain_during", s->pain_during);
		json_int(&j, "pain_after", s->pain_after);
		if (s->next_morning_worse == FACT_UNKNOWN)
			json_null(&j, "next_morning_worse");
		else
			json_bool(&j, "next_morning_worse", s->next_morning_worse == FACT_YES);
		json_str(&j, "outcome", recover_outcome_str(outcome_of(d, i)));
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_int(&j, "unscored_runs", d->rec_active ? (long long)d->unscored : 0);
	np = d->rec_active && d->rplan.active ?
		recover_projection(days, phs, sizeof(days) / sizeof(days[0]), &d->rtoday) : 0;
	json_arr_begin(&j, "projection");
	for (size_t i = 0; i < np; i++) {
		json_obj_begin(&j, NULL);
		json_str(&j, "date", date_format(date, days[i]));
		json_int(&j, "phase", phs[i]);
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_arr_begin(&j, "advice");
	for (int i = 0; d->rec_active && i < d->rplan.n_advice; i++) {
		json_obj_begin(&j, NULL);
		json_str(&j, "rule", d->rplan.advice[i].rule);
		json_str(&j, "message", d->rplan.advice[i].message);
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_obj_end(&j);
}

static void
recover_text(struct ctx *c, const struct programme_day *d)
{
	struct strbuf *out = &c->out;
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
		programme_morning_hint(out, d, "");
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

int
cmd_recover(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { R_DATE, R_PROTECT, R_ICS, R_JSON, R_N };
	static const struct opt opts[] = {
		[R_DATE] = { "date", OPT_DATE, 0, 0, NULL },
		[R_PROTECT] = { "protect-days", OPT_INT, 1, RECOVER_PROTECT_MAX, NULL },
		[R_ICS] = { "ics", OPT_STR, 0, 0, NULL },
		[R_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[R_N];
	struct programme_day d;
	const char *pos[1];
	char date[11], b[11];
	int npos, rc, to_stdout = 0;
	int32_t day;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[R_DATE].set ? v[R_DATE].day : c->today;
	if ((rc = ctx_open(c, 0, err)))
		return rc;
	if ((rc = programme_gather(&d, c->st, &c->ath, day, NAN, PG_ALL, err)))
		goto done;
	if (!d.rec_active && (v[R_PROTECT].set || v[R_ICS].set)) {
		rc = err_set(err, TALUS_ENOTFOUND, "no recovery plan on %s for --%s",
			     date_format(date, day), v[R_PROTECT].set ? "protect-days" : "ics");
		goto done;
	}
	if (d.rec_active && (!d.ep.started || v[R_PROTECT].set)) {
		/* Start the plan (or set its protect days), then read it again. */
		struct recovery_record row = { 0, d.ep.start, d.ep.protect_days, INT32_MIN };
		if (v[R_PROTECT].set)
			row.protect_days = (int)v[R_PROTECT].num;
		if ((rc = store_recovery_put(c->st, c->ath.id, &row, err)))
			goto done;
		programme_day_release(&d);
		if ((rc = programme_gather(&d, c->st, &c->ath, day, NAN, PG_ALL, err)))
			goto done;
	}
	if (v[R_ICS].set) {
		struct strbuf buf = STRBUF_INIT;
		to_stdout = !strcmp(v[R_ICS].str, "-");
		recover_ics(&buf, &d.rplan, &d.rtoday, programme_dtstamp(), programme_prodid);
		rc = programme_write_file(&c->out, v[R_ICS].str, &buf, "calendar", err);
		strbuf_release(&buf);
		if (rc || to_stdout)
			goto done;
	}
	if (v[R_JSON].set) {
		strbuf_reset(&c->out);
		recover_json(c, &d);
		goto done;
	}
	if (!d.rec_active) {
		strbuf_addf(&c->out, "no recovery plan on %s\n", date_format(date, day));
		if (!d.has_ep)
			strbuf_addf(&c->out, "the ankle log of the last %d days shows nothing that "
				    "starts one:\n%s\n", PROGRAMME_WINDOW, trigger_text);
		else
			strbuf_addf(&c->out, "the last one, from %s, ended on %s%s\n",
				    date_format(date, d.ep.start), date_format(b, d.ep.end),
				    d.ep.completed ? ": the walk-run return was complete" :
				    d.ep.ended_early ? " (ended with talus recover end)" :
				    ": a new roll began another");
		goto done;
	}
	recover_text(c, &d);
	if (v[R_ICS].set)
		strbuf_addf(&c->out, "\nwrote the calendar to %s\n", v[R_ICS].str);
done:
	programme_day_release(&d);
	return rc;
}

int
cmd_recover_end(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { E_DATE, E_N };
	static const struct opt opts[] = {
		[E_DATE] = { "date", OPT_DATE, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[E_N];
	struct programme_day d;
	struct recovery_record row;
	const char *pos[1];
	char date[11], b[11];
	int npos, rc;
	int32_t day;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[E_DATE].set ? v[E_DATE].day : c->today;
	if ((rc = ctx_open(c, 0, err)))
		return rc;
	if ((rc = programme_gather(&d, c->st, &c->ath, day, NAN, PG_ALL, err)))
		goto done;
	if (!d.rec_active) {
		rc = err_set(err, TALUS_ENOTFOUND, "no recovery plan on %s to end",
			     date_format(date, day));
		goto done;
	}
	row.id = 0;
	row.start = d.ep.start;
	row.protect_days = d.rplan.protect_days;
	row.ended = day;
	if ((rc = store_recovery_put(c->st, c->ath.id, &row, err)))
		goto done;
	strbuf_addf(&c->out, "ended the recovery plan of %s on %s: talus today no longer "
		    "follows it;\na new log with %s starts another\n",
		    date_format(date, d.ep.start), date_format(b, day), trigger_text);
done:
	programme_day_release(&d);
	return rc;
}
