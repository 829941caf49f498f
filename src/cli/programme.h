/* programme.h - what the assessment, the prevention programme, the
 * mileage plan and the recovery plan read from the log, and what
 * `talus today` shows from them. The commands assess, program, plan and
 * recover and `talus today` gather through here, so that each computes a
 * day the same way (as gather.h does for the verdict).
 *
 * Recovery episodes are not typed in: they are found in the ankle log
 * (programme_trigger()) and replayed with the runs logged since, every
 * time, so that a log edited later is always taken into account. A row in
 * the recovery table keeps only what the runner chose (protect days, an
 * early end) and marks the plan as started by `talus recover`.
 */
#ifndef TALUS_PROGRAMME_H
#define TALUS_PROGRAMME_H

#include <stddef.h>
#include <stdint.h>

#include "core/assess.h"
#include "core/plan.h"
#include "core/program.h"
#include "core/recover.h"
#include "core/today.h"
#include "store/store.h"
#include "store/store_programme.h"
#include "util/json.h"
#include "util/strbuf.h"

/* Days of log searched for recovery episodes (as today searches the ankle
 * log). */
#define PROGRAMME_WINDOW TODAY_LOG_WINDOW

/* ---- the assessment's log facts ------------------------------------------ */

/* The facts of struct assess_log_facts from the day rows (sorted, with
 * day in at least [day - 84 - 30 - LOAD_WINDOW, day]) and the ankle logs
 * of the 12 weeks up to day. The shoe fields are left unknown. Pure. */
void programme_facts_compute(struct assess_log_facts *out,
			     const struct day_load *rows, size_t n,
			     const struct ankle_log *logs, size_t nlogs,
			     int32_t day);

/* The same from the store, with the shoe fields: the default shoe (or the
 * shoe of the latest run) and the pairs in use. */
int programme_log_facts(struct assess_log_facts *out, struct store *st,
			int64_t athlete, int32_t day, struct talus_err *err);

/* ---- recovery episodes ---------------------------------------------------- */

/* Design choice: a log that starts a recovery episode shows pain or
 * morning pain of 4/10 or more (above the R1 safe zone), moderate or
 * severe swelling, a roll, painful or impossible weight bearing, or a red
 * flag (F1-F3, O1, O2). Stiffness and giving way alone do not (R2 and F4
 * cover them). 1 or 0. */
int programme_trigger(const struct ankle_log *l);

struct rec_run {
	int64_t id;
	int32_t day;
	int pain_during; /* 0-10 or -1 */
	int pain_after;  /* 0-10 or -1 */
};

struct episode {
	int32_t start;     /* day of the log that began it */
	int32_t end;       /* first day it no longer holds; INT32_MAX while
			      active */
	int completed;     /* ended by completing the walk-run return */
	int ended_early;   /* ended by `talus recover end` */
	int started;       /* a recovery row exists for it */
	enum side side;    /* side of the log that began it */
	int sprain;        /* a roll was logged in it (R4) */
	int protect_days;  /* A1: 1..3 */
};

struct episode_input {
	const struct ankle_log *logs; /* sorted by (day, id) */
	size_t nlogs;
	const struct rec_run *runs;   /* sorted by day */
	size_t nruns;
	const struct recovery_record *rows; /* sorted by start */
	size_t nrows;
	int previous_sprain;          /* P3 */
	int brace_or_tape;            /* P3 */
};

/* The episodes that began in the logs up to day, oldest first; at most
 * max written, the count returned. An episode ends on the day its
 * walk-run return is complete, on the runner's early end, or when a new
 * roll begins another (design choice). Pure. */
size_t programme_episodes(struct episode *out, size_t max,
			  const struct episode_input *in, int32_t day);

/* The walk-run sessions of ep up to day: one per run from its start, pain
 * the run's (a run with neither pain score is left out and counted in
 * *unscored), next_morning_worse from the first ankle log of the next day
 * (design choice: worse when its pain, morning pain or stiffness is above
 * the latest log of that side before it), unknown until that log exists.
 * ids (may be NULL) get the runs' ids. Returns the count (at most max). */
size_t programme_sessions(struct recover_session *out, int64_t *ids, size_t max,
			  const struct episode_input *in,
			  const struct episode *ep, int32_t day,
			  size_t *unscored);

/* The recovery plan input for ep on a day with or without a red flag. */
void programme_recover_input(struct recover_input *out,
			     const struct episode_input *in,
			     const struct episode *ep, int red_flag);

/* ---- one day, as every command here sees it ------------------------------- */

enum programme_gather_flags {
	PG_ALL = 1 << 0,     /* gather everything, even for an athlete who
				uses none of the programme's parts */
	PG_PLANNED = 1 << 1, /* planned_m was given (--planned): do not take
				the plan's run */
};

struct programme_day {
	int32_t day;
	int enrolled;             /* a programme, a plan or a started recovery
				     plan: today shows them */
	struct today_report today; /* merged with the recovery plan */
	struct load_report load;
	double planned_m;         /* the run checked by L1, NAN: none */
	int planned_from_plan;    /* planned_m is the plan's run */
	int red_flag;             /* F1-F3, O1 or O2 stands today */

	/* the latest assessment on or before day */
	int has_assess;
	struct assess_record assess;

	/* recovery */
	struct episode *eps;      /* every episode found, oldest first */
	size_t neps;
	int has_ep;               /* ep is the active episode or the latest */
	int rec_active;           /* ep is active on day */
	struct episode ep;
	struct recover_plan rplan;
	struct recover_today rtoday;
	struct recover_session *sessions;
	int64_t *session_ids;
	size_t nsessions, unscored;

	/* the current plan */
	int has_plan;
	struct plan_record plan_rec;
	struct plan *plan;
	struct plan_status plan_st;

	/* the current programme */
	int has_prog;
	struct programme_record prog_rec;
	struct program *prog;
	struct programme_entry *entries;
	size_t nentries;
	struct program_progress progress;
	struct program_today ptoday;
};

/* Gathers day for the athlete. planned_m is --planned (NAN when not
 * given). The today report is merged with the recovery plan when the
 * athlete is enrolled (or with PG_ALL). */
int programme_gather(struct programme_day *out, struct store *st,
		     const struct athlete *ath, int32_t day, double planned_m,
		     unsigned flags, struct talus_err *err);
void programme_day_release(struct programme_day *d);

/* 1 when an entry on day was logged during a recovery episode. */
int programme_in_flare(const struct programme_day *d, int32_t day);

/* Replays the programme's log up to day (flare entries flagged). */
int programme_progress_on(struct program_progress *out,
			  const struct programme_day *d, int32_t day,
			  struct talus_err *err);

/* ---- what today shows ------------------------------------------------------ */

void programme_today_text(struct strbuf *out, const struct programme_day *d,
			  enum units u);
void programme_today_json(struct json *j, const struct programme_day *d,
			  enum units u);
/* The source of the rules today_merge() adds; "" when unknown. */
const char *programme_rule_source(const char *rule);

/* ---- helpers for the commands ----------------------------------------------- */

/* "Monday" .. "Sunday"; weekday 0..6. */
const char *programme_weekday_name(int wd);
/* Parses a weekday ("monday" or "mon", any case): 0..6, or -1. */
int programme_weekday_parse(const char *s);
/* DTSTAMP for calendars: TALUS_TODAY at 00:00Z when set, else the clock. */
int64_t programme_dtstamp(void);
/* PRODID of talus's calendars. */
extern const char programme_prodid[];
/* Writes buf to path ("-": appended to out instead). TALUS_EIO naming the
 * file on failure. */
int programme_write_file(struct strbuf *out, const char *path,
			 const struct strbuf *buf, const char *what,
			 struct talus_err *err);
/* One programme item in words: "Calf raises (left, level 2: one leg): 2 x 15". */
void programme_item_text(struct strbuf *out, const struct program_item *it);
/* One programme item as a JSON object {id, name, sets, reps, hold_s, side,
 * level, level_name, extra}. */
void programme_item_json(struct json *j, const struct program_item *it);
/* A plan run in words in the athlete's unit. */
void programme_plan_run_text(struct strbuf *out, const struct plan_run *r,
			     enum units u);
/* Builds the plan of a record (caller frees *out). */
int programme_build_plan(struct plan **out, const struct plan_record *r,
			 struct talus_err *err);
/* The change in each test between two assessments (weeks 4 and 8):
 * lines "  T3 heel raises   left 18 -> 24 (+6) ..." and the JSON array
 * [{test, name, side, before, after, change, real}]. Only T2 has a known
 * MDC; the other changes are shown, not judged. */
void programme_changes_text(struct strbuf *out, const struct assess_input *before,
			    const struct assess_input *after);
void programme_changes_json(struct json *j, const char *key,
			    const struct assess_input *before,
			    const struct assess_input *after);
/* The R2 question: log how the ankle feels the morning after the last
 * session ("this morning" or "tomorrow morning"). */
void programme_morning_hint(struct strbuf *out, const struct programme_day *d,
			    const char *indent);
/* The plan's state in words for day, in the athlete's unit. */
void programme_plan_status_text(struct strbuf *out, const struct programme_day *d,
				enum units u);

#endif
