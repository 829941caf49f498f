/* programme.h - the 8-week prevention programme (P1: 3 sessions a week),
 * its level progression, adherence, the dose prescribed and the session
 * due on a day. Its renderings (text, JSON, HTML, iCalendar) are in
 * render/programme.c.
 * Pure: no I/O, no clock (the start and "today" are parameters), no
 * allocation.
 *
 * Invariants: 8 weeks x 3 sessions, on three fixed weekdays with a day
 * between (design choice: Mon/Wed/Fri, or Tue/Thu/Sat when the long run
 * falls on Mon, Wed or Fri); hopping and skipping only from week 5
 * (design choice), alternating so that a later session has 8 exercises
 * (P1); one extra set on the weaker side and for exercises that work on a
 * test that came out weak (design choice: +1 set, never more); re-tests
 * after the last session of weeks 4 and 8. A level goes up after the
 * exercise's up_after sessions in a row at that level (3 for an exercise of
 * every session, 2 for the drills of every other one) done in full,
 * without losing balance, rated easy or ok (design choice: the evidence
 * gives no criterion); a session with pain above 3/10 is rated hard (R1's
 * safe zone; design choice); entries logged during a flare-up neither
 * count nor reset (progression pauses). With every session done so, no
 * exercise reaches its top level before week 6.
 */
#ifndef TALUS_PROGRAMME_H
#define TALUS_PROGRAMME_H

#include <stddef.h>
#include <stdint.h>

#include "core/assess.h"
#include "core/exercise.h"
#include "util/err.h"
#include "util/strbuf.h"

#define PROGRAMME_WEEKS 8
#define PROGRAMME_PER_WEEK 3
#define PROGRAMME_SESSIONS (PROGRAMME_WEEKS * PROGRAMME_PER_WEEK)
#define PROGRAMME_MAX_ITEMS 16 /* 8 exercises, each side */
#define PROGRAMME_PAIN_OK 3    /* R1: pain at most 3/10 is safe */
#define PROGRAMME_RETEST_A 4   /* re-test weeks */
#define PROGRAMME_RETEST_B 8

/* Current level of each exercise, per side (1-based). */
struct programme_levels {
	int level[EX__COUNT][2]; /* [exercise][LIMB_LEFT/RIGHT] */
};

/* Sets every level to 1. */
void programme_levels_init(struct programme_levels *lv);

struct programme_item {
	int ex;     /* enum exercise_idx */
	int side;   /* LIMB_LEFT, LIMB_RIGHT or LIMB_BOTH */
	int level;  /* 1-based */
	int sets;   /* the level's sets, + extra */
	int reps;   /* per set; 0 for a hold */
	int hold_s; /* per set; 0 for reps */
	int rest_s; /* between sets */
	int extra;  /* 1 when a set was added (weaker side or weak test) */
};

struct programme_session {
	int32_t day;
	int week;    /* 1..8 */
	int index;   /* 1..24 */
	int retest;  /* 1: re-test after this session (weeks 4 and 8) */
	int projected; /* 1: its levels are projected (programme_project()) */
	int n_items;
	struct programme_item item[PROGRAMME_MAX_ITEMS];
};

struct programme {
	int32_t start;         /* first day of week 1 */
	int weekday[PROGRAMME_PER_WEEK]; /* session weekdays, 0 = Monday */
	struct assess_weak weak; /* from the assessment it was built from */
	struct programme_levels initial; /* levels at the start; progress
					  replays the log from these */
	struct programme_session session[PROGRAMME_SESSIONS]; /* in day order */
};

struct programme_params {
	int32_t start;                /* first day of week 1 */
	const struct assess_weak *weak; /* NULL: no weaker side or test */
	int long_run_weekday;         /* 0..6, or -1 when none */
	unsigned weekday_mask;        /* 0: choose; else exactly 3 bits
					 (1u << weekday) */
};

/* Builds the programme with the given starting levels (NULL: all at
 * level 1; out-of-range levels are clamped).
 * 0, or TALUS_EINVAL for a weekday mask without exactly 3 days or a
 * weekday outside -1..6. */
int programme_build(struct programme *out, const struct programme_params *p,
		  const struct programme_levels *levels, struct talus_err *err);

/* Re-doses the sessions on or after from_day at the given levels (for
 * "show" after progress). */
void programme_relevel(struct programme *prog, const struct programme_levels *lv,
		     int32_t from_day);

struct programme_progress;

/* Re-doses the sessions on or after from_day at the levels the progression
 * rule reaches when every session from then on is done in full and rated
 * easy or ok without pain, from the levels and streaks (qualifying
 * sessions in a row) of pr (NULL: the initial levels, no streak); those
 * sessions get projected = 1. */
void programme_project(struct programme *prog, const struct programme_progress *pr,
		       int32_t from_day);

enum programme_rating {
	RATED_UNKNOWN = 0,
	RATED_EASY,
	RATED_OK,
	RATED_HARD
};

/* One logged exercise. */
struct programme_log {
	int32_t day;
	const char *exercise; /* catalogue id; borrowed */
	int side;             /* LIMB_LEFT, LIMB_RIGHT or LIMB_BOTH */
	int level;            /* level done; 0 = the current level */
	int sets;
	int reps;             /* per set; 0 for holds */
	int hold_s;           /* per set; 0 for reps */
	int lost_balance;     /* 1 if balance was lost */
	enum programme_rating rating;
	int during_flare;     /* 1 if logged while ankle symptoms were active
				 (the caller decides from the log) */
};

struct programme_progress {
	struct programme_levels levels; /* current levels */
	int streak[EX__COUNT][2]; /* qualifying sessions in a row at the
				     current level */
	int due[EX__COUNT];       /* sessions up to today that include it */
	int done[EX__COUNT];      /* days it was logged, capped at due */
	int sessions_due;         /* programme sessions up to today */
	int sessions_done;        /* days with a programme exercise logged,
				     capped at sessions_due */
	int week;                 /* 0 before the start, 1..8, 9 after */
	int paused;               /* 1: a flare-up is active */
};

/* Replays the log (in day order; entries after today are ignored) and
 * returns the current levels and adherence. flare_active pauses the
 * programme today (progress->paused). 0, or TALUS_EINVAL for an unknown
 * exercise id, a bad side or an unsorted log. */
int programme_progress(struct programme_progress *out, const struct programme *prog,
		     const struct programme_log *log, size_t n, int32_t today,
		     int flare_active, struct talus_err *err);

/* The session due on day at the given levels: 1 and *out filled, or 0. */
int programme_session_on(struct programme_session *out, const struct programme *prog,
		       const struct programme_levels *lv, int32_t day);

/* The dose prescribed for an exercise on a side at a level in this
 * programme (with the extra set if any); 0, or -1 when out of range. */
int programme_dose(struct programme_item *out, const struct programme *prog,
		 int ex, int side, int level);

/* The warm-up (before) and stretches (after) every run day carries. */
#define PROGRAMME_MAX_RUN_ITEMS 12
size_t programme_run_day_items(struct programme_item *out, size_t max,
			     enum ex_role role);

struct programme_today {
	int has_session;                /* 1: a programme session is due */
	struct programme_session session; /* at the current levels */
	int paused;                     /* flare-up: progression paused */
	int retest_week;                /* 4 or 8 when a re-test is due, 0 */
	int n_warmup;                   /* run day: the warm-up */
	struct programme_item warmup[PROGRAMME_MAX_RUN_ITEMS];
	int n_stretch;                  /* run day: the post-run stretches */
	struct programme_item stretch[PROGRAMME_MAX_RUN_ITEMS];
	const char *rule;
	char message[256];
};

/* What the programme holds on day: the session (at the levels in pr),
 * the run-day warm-up and stretches when is_run_day, and the re-test due
 * (last_assess_day: day of the latest assessment). */
void programme_today(struct programme_today *out, const struct programme *prog,
		   const struct programme_progress *pr, int32_t day,
		   int is_run_day, int32_t last_assess_day);

/* 4 or 8 when the re-test of that week is due on day and no assessment
 * was recorded since that week began; 0 otherwise. */
int programme_retest_due(const struct programme *prog, int32_t day,
		       int32_t last_assess_day);

const char *programme_rating_str(enum programme_rating r); /* "easy", "ok", "hard" */
/* The rating an entry gets from its pain (0-10, -1 not given): hard above
 * 3/10 (R1: above the safe zone, so it does not count towards a level;
 * design choice), ok when not rated and at most 3/10, else r. */
enum programme_rating programme_rating_for_pain(enum programme_rating r, int pain);
/* The rating of its name; RATED_UNKNOWN for any other word. */
enum programme_rating programme_rating_of(const char *s);

/* A programme as the log keeps it: what programme_build() takes. */
struct programme_record {
	int64_t id;
	int32_t start;           /* first day of week 1 */
	unsigned weekday_mask;   /* the 3 session weekdays, 1u << weekday */
	int long_run_weekday;    /* 0..6, or -1 */
	int64_t assessment_id;   /* built from; 0 when none */
	struct assess_weak weak; /* a copy of that assessment's weakness */
	int32_t created;         /* day it was made */
};

/* One logged exercise of a programme. */
struct programme_entry {
	int64_t id;
	int64_t programme_id;
	int32_t day;
	char exercise[32];   /* catalogue id */
	int side;            /* LIMB_LEFT, LIMB_RIGHT or LIMB_BOTH */
	int level;           /* level done; 0 = the current level */
	int sets, reps, hold_s;
	int lost_balance;
	enum programme_rating rating;
	int pain;            /* 0-10 during the exercise, -1 not given */
};


/* The dose an entry of exercise ex prescribes, as the programme gives it
 * at e->level (0: the levels reached, lv) on e->side (both sides: the
 * larger of the two): e->sets, reps and hold_s. */
void programme_prescribe(struct programme_entry *e, const struct programme *prog,
		       const struct programme_levels *lv, int ex);

#endif
