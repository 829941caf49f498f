/* day.h - one day as talus sees it: the verdict of the load, symptom and
 * shoe rules, and, for a runner who keeps them, the recovery episode, the
 * mileage plan and the prevention programme of the day, merged into one
 * answer. Pure: no I/O, no clock; the caller (src/app) reads the inputs
 * once and day_compute() derives everything from them.
 *
 * The order of the derivation: the verdict; the red flags it holds; the
 * recovery episodes of the ankle log; the plan's state (paused by an
 * episode or a red flag), whose run of the day is checked by L1 as the
 * planned run; the recovery plan merged into the verdict; the programme's
 * progress (paused during a flare-up) and its session of the day.
 */
#ifndef TALUS_DAY_H
#define TALUS_DAY_H

#include <stddef.h>
#include <stdint.h>

#include "core/assess.h"
#include "core/episode.h"
#include "core/load.h"
#include "core/plan.h"
#include "core/programme.h"
#include "core/recover.h"
#include "core/redflag.h"
#include "core/today.h"
#include "util/err.h"

struct day_input {
	int32_t day;
	enum units units;
	double planned_m;        /* --planned (checked by L1), or NAN */
	int planned_given;       /* 1: planned_m was given; the plan's run
				    does not replace it */

	/* DAY_VERDICT (core/today.h's input); borrowed. */
	const struct load_report *load;
	struct last_run last_run;
	const struct shoe *shoes;
	size_t nshoes;
	/* DAY_VERDICT and DAY_EPISODES: sorted by (day, id); for the verdict
	 * as today_input has them (the window and, older, the latest log of
	 * each side), for the episodes at least the EPISODE_WINDOW days up to
	 * day. */
	const struct ankle_log *logs;
	size_t nlogs;
	/* Every log on or before day that shows a red flag or says
	 * --red-flags none, whatever its age (today_input's flag_logs), and
	 * every consultation up to day. */
	const struct ankle_log *flag_logs;
	size_t nflag_logs;
	const struct consult *consults;
	size_t nconsults;

	/* The runner's records: NULL or 0 when there are none. */
	const struct programme_record *prog;
	const struct plan_record *plan;
	const struct recovery_record *rows; /* started within EPISODE_WINDOW
					       days, by start */
	size_t nrows;
	/* DAY_EPISODES, read when day_wants() says so. */
	const struct assess_record *assess; /* latest on or before day */
	const struct episode_run *runs;     /* runs from EPISODE_BEFORE days
					       before the first log of the
					       window that could begin an
					       episode, up to day, by (day,
					       id) */
	size_t nruns;
	/* DAY_PROGRAMME: the programme's log up to day, by (day, id). */
	const struct programme_entry *entries;
	size_t nentries;
};

/* The parts of a day a command asks for. */
enum day_part {
	DAY_VERDICT = 1 << 0,   /* the verdict of the load, symptom and shoe
				   rules */
	DAY_EPISODES = 1 << 1,  /* the recovery episodes; with DAY_VERDICT,
				   the recovery plan of the day */
	DAY_PLAN = 1 << 2,      /* the plan's state (with DAY_VERDICT and
				   DAY_EPISODES: paused by either) */
	DAY_PROGRAMME = 1 << 3, /* the programme's progress (with
				   DAY_EPISODES: paused by a flare-up) and,
				   with DAY_VERDICT, its session of the day */
	DAY_ENROLLED = 1 << 4,  /* the plan and the programme only for a
				   runner who keeps one (`talus today`) */
	DAY_TODAY = DAY_VERDICT | DAY_EPISODES | DAY_PLAN | DAY_PROGRAMME | DAY_ENROLLED,
};

/* The parts day_compute() will derive from what the records say: parts,
 * less the plan and the programme when DAY_ENROLLED is set and the runner
 * keeps neither. The caller reads the inputs of these only. */
unsigned day_wants(const struct day_input *in, unsigned parts);

/* What the day holds, when a plan, a recovery episode or the programme
 * sets it (the first of these in that order). */
enum session_source { SESSION_NONE = 0, SESSION_PLAN, SESSION_RECOVERY, SESSION_PROGRAMME };
enum session_kind { SESSION_RUN = 0, SESSION_WALKRUN, SESSION_REST, SESSION_EXERCISE };
const char *session_source_name(enum session_source s); /* "plan", ... */
const char *session_kind_name(enum session_kind k);     /* "walk-run", ... */

struct day_session {
	enum session_source source;
	enum session_kind kind;
	double distance_m;         /* the session's own, NAN: none */
	char title[96];            /* in a few words, for a headline:
				      "protect day 2 of 3" */
	char text[320];            /* what it is, in words */
};

struct day {
	int32_t day;
	enum units units;
	int enrolled;              /* a programme, a plan or a recovery
				      episode: today shows them */
	struct today_report today; /* merged with the recovery plan */
	double planned_m;          /* the run checked by L1, NAN: none */
	int planned_from_plan;     /* planned_m is the plan's run */
	int red_flag;              /* F1-F3, O1 or O2 stands today */
	struct redflag flags[REDFLAG_MAX]; /* the logs whose flags stand */
	size_t nflags;
	int worse;                 /* F6 fired */
	struct day_session session;

	/* the latest assessment on or before day */
	int has_assess;
	struct assess_record assess;

	/* recovery */
	struct episode *eps;       /* every episode found, oldest first */
	size_t neps;
	int has_ep;                /* ep is the active episode or the latest */
	int rec_active;            /* ep is active on day */
	struct episode ep;
	struct ankle_log ep_log;   /* the log that began it (no note) */
	int32_t walkrun_start;     /* its walk-run return's first day */
	double l1_ref_m;           /* the longest run since then, before day */
	struct recover_plan rplan;
	struct recover_today rtoday;
	struct recover_session *sessions;
	int64_t *session_ids;
	size_t nsessions, unscored;

	/* the current plan */
	int has_plan;
	const struct plan_record *plan_rec; /* borrowed from the input */
	struct plan *plan;
	struct plan_status plan_st;

	/* the current programme */
	int has_prog;
	const struct programme_record *prog_rec; /* borrowed */
	struct programme *prog;
	struct programme_entry *entries; /* a copy of the input's, so that
					    a command may append one */
	size_t nentries;
	struct programme_progress progress;
	struct programme_today ptoday;
};

/* Derives the parts of the day (enum day_part). 0, or the error of a
 * stored plan or programme that no longer builds. Release with
 * day_release() either way. */
int day_compute(struct day *out, const struct day_input *in, unsigned parts,
		struct talus_err *err);
void day_release(struct day *d);

/* The episode active on in->day (DAY_EPISODES' inputs): 1 and *out;
 * else 0. */
int day_active_episode(struct episode *out, const struct day_input *in);

/* 1 when an entry on day was logged during a recovery episode. */
int day_in_flare(const struct day *d, int32_t day);

/* Replays the programme's log (d->entries) up to day, entries logged in
 * a flare-up flagged, as programme_progress() takes it. */
int day_progress_on(struct programme_progress *out, const struct day *d, int32_t day,
		    struct talus_err *err);

/* Builds the plan of a record (caller frees *out). */
int day_build_plan(struct plan **out, const struct plan_record *r, struct talus_err *err);

#endif
