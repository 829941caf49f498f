/* recover.h - the recovery and return-to-running plan for ankle symptoms:
 * the advice of EVIDENCE.md sections 7 and 8 (A1-A4, P3, R1-R4) and the
 * six-phase walk-run return (R3) with its gating (R1 pain <= 3/10, R2 no
 * worse the next morning).
 * Pure: no I/O, no clock (today is a parameter), no allocation.
 *
 * Invariants: a red flag (checked by the caller, F1-F3) always wins: no
 * plan, only "see a clinician first". A phase is left only after at least
 * two sessions (R3) with a rest day between sessions. talus never
 * diagnoses and gives no drug advice (A4). Every advice line carries its
 * rule id.
 */
#ifndef TALUS_RECOVER_H
#define TALUS_RECOVER_H

#include <stddef.h>
#include <stdint.h>

#include "core/assess.h"
#include "core/units.h"
#include "util/err.h"

#define RECOVER_PHASES 6
#define RECOVER_MIN_SESSIONS 2  /* R3: at least 2 sessions per phase */
#define RECOVER_PAIN_OK 3       /* R1: <= 3/10 safe */
#define RECOVER_PAIN_STOP 5     /* R1: > 5/10 stop or reduce */
#define RECOVER_PROTECT_MAX 3   /* A1: protect 1-3 days */
#define RECOVER_STOP_REST 2     /* design choice: rest days after a stop */
#define RECOVER_F5_DAYS 84      /* F5: 12 weeks without improvement */
#define RECOVER_MILE_M 1609.344

/* One walk-run phase, as EVIDENCE.md section 8 lists it. */
struct recover_phase {
	int phase;          /* 1..6 */
	const char *name;   /* "walk 2 min / run 3 min" */
	int sessions;       /* minimum sessions: 2 (R3) */
	int walk_min;       /* walking minutes per cycle; 0 in phase 6 */
	int run_min;        /* running minutes per cycle; 0 in phase 6 */
	int continuous;     /* 1: continuous running (phase 6) */
	double distance_mi; /* as listed */
	double distance_m;  /* distance_mi * 1609.344 */
	int rpe;            /* effort 0-10 as listed; 0 where not stated */
};

/* Phase p (1..6), static; NULL out of range. */
const struct recover_phase *recover_phase_get(int p);

struct recover_advice {
	const char *rule;    /* "A2", "P3", "section 7", ... */
	const char *message; /* static text */
};

struct recover_input {
	int32_t start;       /* day the symptoms began (or were first logged) */
	int32_t protect_from; /* first protect day: start, or the day a red
				 flag of the episode was resolved; 0: start */
	enum units units;    /* for the distances in messages */
	int red_flag;        /* 1 if the caller found a red flag (F1-F3) */
	int previous_sprain; /* 1 if a sprain is on record (P3) */
	int brace_or_tape;   /* 1 if a brace or tape is already used (P3) */
	int acute_sprain;    /* 1 if this episode is a sprain (R4) */
	int protect_days;    /* A1: 1..3; 0 means 3 */
};

#define RECOVER_MAX_ADVICE 20

struct recover_plan {
	int active;         /* 1: a recovery plan is in force */
	int see_clinician;  /* 1: red flag; see a clinician first, no plan */
	int32_t start;      /* first protect day (sessions before it do not
			       count) */
	int32_t since;      /* the day the symptoms began (F5) */
	enum units units;
	int protect_days;   /* A1 */
	int n_advice;
	struct recover_advice advice[RECOVER_MAX_ADVICE];
};

/* Builds the plan and its advice. 0, or TALUS_EINVAL for protect_days
 * outside 0..3. */
int recover_build(struct recover_plan *out, const struct recover_input *in,
		  struct talus_err *err);

/* One logged walk-run session. */
struct recover_session {
	int32_t day;
	int pain_during;              /* 0..10 */
	int pain_after;               /* 0..10 */
	enum fact next_morning_worse; /* pain or stiffness worse next morning;
					 FACT_UNKNOWN until logged */
};

enum recover_action {
	RECOVER_SEE_CLINICIAN = 0, /* red flag: see a clinician first */
	RECOVER_PROTECT,           /* A1: protect days */
	RECOVER_REST_DAY,          /* R3: rest day between sessions */
	RECOVER_SESSION,           /* today: the current phase's session */
	RECOVER_DONE_TODAY,        /* today's session is logged */
	RECOVER_SEE_PHYSIO,        /* pain > 5 twice in a row (design choice) */
	RECOVER_COMPLETE,          /* phase 6 passed: the re-entry follows */
	RECOVER_REENTRY,           /* graded re-entry: an easy run, capped */
	RECOVER_REENTRY_REST       /* re-entry: a rest day, or the week's
				      distance is done */
};

/* What the last session led to. */
enum recover_outcome {
	RECOVER_NONE = 0,  /* no session yet */
	RECOVER_COUNTED,   /* good: pain <= 3, no worse next morning */
	RECOVER_PENDING,   /* pain <= 3, next morning not logged yet */
	RECOVER_REPEAT,    /* pain 4-5: acceptable, repeat the phase (R1) */
	RECOVER_ADVANCED,  /* second good session: next phase (R3) */
	RECOVER_STEP_BACK, /* worse next morning: one phase back (R2) */
	RECOVER_STOPPED    /* pain > 5: stop, rest, one phase back (R1) */
};

struct recover_today {
	enum recover_action action;
	int phase;              /* the phase now in force, 1..6 */
	int good_in_phase;      /* good sessions in a row in this phase */
	int sessions;           /* sessions counted (after merging a day) */
	enum recover_outcome last; /* what the last session led to */
	int32_t next_session;   /* the first day a session may be done
				   (today when action is SESSION) */
	int ask_morning;        /* 1: log how the last session's next
				   morning felt */
	int refer_f5;           /* 1: 12 weeks without completing (F5) */
	const char *rule;       /* rule ids behind the action */
	char message[320];      /* what today holds, in plain words */
	/* the graded re-entry (RECOVER_REENTRY, RECOVER_REENTRY_REST) */
	int reentry_week;       /* 1..reentry_weeks */
	int reentry_weeks;
	int32_t week_start;     /* first day of this re-entry week */
	double week_m;          /* its distance */
	double week_done_m;     /* run so far in it, today included */
	double cap_m;           /* the longest run today, NAN: none */
};

/* The graded re-entry after the walk-run return (design choice, see
 * docs/RULES.md): RECOVER_REENTRY_MIN_WEEKS weeks or more, each week's
 * distance at most RECOVER_REENTRY_GROWTH times the week before, from
 * the last walk-run week to the 4-week average before the episode; a
 * day's run is at most RECOVER_REENTRY_RUN_SHARE of the week's distance; a
 * flare (pain above 3/10 during or after a run, morning pain or
 * stiffness worse) steps back one week, which starts again the next day
 * (after 2 rest days when the pain went above 5/10, R1). */
#define RECOVER_REENTRY_MIN_WEEKS 3
#define RECOVER_REENTRY_GROWTH 1.30
#define RECOVER_REENTRY_MIN_RUN_M 1609.344 /* less left this week: rest */
#define RECOVER_REENTRY_RUN_SHARE 0.4      /* a day's run: at most this share
					      of the week (3 runs or more) */

struct recover_reentry {
	int32_t first;      /* its first day: the day after the walk-run
			       return was complete */
	int weeks;          /* how many */
	int week;           /* 1..weeks; weeks + 1 once complete */
	int32_t week_start; /* first day of the current week */
	int32_t rest_until; /* no run before this day (after a flare) */
	double from_m;      /* the last walk-run week */
	double to_m;        /* the 4-week average before the episode, at
			       least from_m */
	int flares;
};

void recover_reentry_init(struct recover_reentry *r, int32_t first, double from_m,
			  double to_m);
/* The distance of week w (1..weeks). */
double recover_reentry_week_m(const struct recover_reentry *r, int w);
/* Moves r on to day t (days in order), then folds a flare on t (0: none,
 * else the worst pain of its run, or 4 for a worse morning). 1 once the
 * re-entry is complete on t. */
int recover_reentry_day(struct recover_reentry *r, int32_t t, int flare_pain);
/* The day's step of the re-entry into out: the week, its distance, what
 * is left (done_m run in the week so far, today included) and the cap
 * (at most cap_l1_m, NAN: none). */
void recover_reentry_today(struct recover_today *out, const struct recover_reentry *r,
			   int32_t today, double done_m, double cap_l1_m, enum units u);

/* The walk-run return replayed one day at a time: what recover_today()
 * and the episodes' replay (core/episode.c) share. */
struct recover_replay {
	int phase;          /* 1..RECOVER_PHASES, RECOVER_PHASES + 1: complete */
	int good;           /* good sessions in a row in this phase */
	int stops;          /* sessions in a row with pain > 5 */
	int sessions;       /* days folded in */
	int32_t last_day;   /* of the last one, INT32_MIN before any */
	int32_t rest_until; /* R1 stop: rest until this day */
	enum recover_outcome last;
};

void recover_replay_init(struct recover_replay *r);
/* Folds in the session of one day (several on a day merged by
 * recover_merge_day() first), after those of earlier days; 1 once the
 * return is complete (later days change nothing then). */
int recover_replay_day(struct recover_replay *r, const struct recover_session *s);
/* Merges s into a session of the same day, keeping the worst values. */
void recover_merge_day(struct recover_session *into, const struct recover_session *s);

/* Decides today's step from the plan and the logged sessions (sorted by
 * day; two on the same day are merged, worst values kept). Sessions
 * before the plan's start are ignored. red_flag is the caller's check on
 * today. 0, or TALUS_EINVAL for pain outside 0..10 or unsorted days. */
int recover_today(struct recover_today *out, const struct recover_plan *plan,
		  const struct recover_session *log, size_t n, int32_t today,
		  int red_flag, struct talus_err *err);

/* The projected sessions from *now (assuming every session goes well): up
 * to max days and phases written; returns the number written. */
size_t recover_projection(int32_t *out_days, int *out_phases, size_t max,
			  const struct recover_today *now);

const char *recover_action_str(enum recover_action a);   /* "rest-day" */
const char *recover_outcome_str(enum recover_outcome o); /* "advanced" */

/* What the runner chose for one recovery episode (the episodes are found
 * in the ankle log: core/episode.h). */
struct recovery_record {
	int64_t id;
	int32_t start;     /* the episode's first day (its key) */
	int protect_days;  /* A1: 1..3 */
	int32_t ended;     /* ended early by the runner on this day, or
			      INT32_MIN */
};


#endif
