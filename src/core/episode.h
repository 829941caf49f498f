/* episode.h - recovery episodes, found in the ankle log and replayed with
 * the runs logged since. Pure: no I/O, no clock.
 *
 * Episodes are not typed in. A log that triggers one (episode_trigger())
 * begins it; the runs from its first day on are the sessions of its
 * walk-run return (R3, gated by R1 and R2); it ends on the day the return
 * is complete, on the runner's early end, or when a new roll begins
 * another. Everything is derived again from the log each time, so a log
 * edited later is always taken into account. A recovery record keeps only
 * what the runner chose for an episode (core/recover.h).
 */
#ifndef TALUS_EPISODE_H
#define TALUS_EPISODE_H

#include <stddef.h>
#include <stdint.h>

#include "core/ankle.h"
#include "core/recover.h"

/* Days of log searched for episodes (as the day's verdict reads the ankle
 * log: TODAY_LOG_WINDOW). */
#define EPISODE_WINDOW 200

/* Design choice: a log that starts a recovery episode shows pain or
 * morning pain of 4/10 or more (above the R1 safe zone), moderate or
 * severe swelling, a roll, painful or impossible weight bearing, or a red
 * flag (F1-F3, O1, O2). Stiffness and giving way alone do not (R2 and F4
 * cover them). 1 or 0. */
int episode_trigger(const struct ankle_log *l);

/* What the episodes read of a run: its pain scores. */
struct episode_run {
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
	int started;       /* a recovery record exists for it */
	enum side side;    /* side of the log that began it */
	int sprain;        /* a roll was logged on its first day (R4) */
	int protect_days;  /* A1: 1..3 */
};

struct episode_input {
	const struct ankle_log *logs;        /* sorted by (day, id) */
	size_t nlogs;
	const struct episode_run *runs;      /* sorted by (day, id) */
	size_t nruns;
	const struct recovery_record *rows;  /* sorted by start */
	size_t nrows;
	int previous_sprain;                 /* P3: an assessment says so */
	int brace_or_tape;                   /* P3 */
};

/* The episodes that began in the logs up to day, oldest first; at most
 * max written, the count returned. */
size_t episode_find(struct episode *out, size_t max, const struct episode_input *in,
		    int32_t day);

/* The walk-run sessions of ep known on day: one per run from its start
 * (up to its end), pain the run's (a run with neither pain score is left
 * out and counted in *unscored, which may be NULL), next_morning_worse
 * from the first ankle log of the next day (design choice: worse when its
 * pain, morning pain or stiffness is above the latest log of that side
 * before it), unknown until that log exists. ids (may be NULL) get the
 * runs' ids. Returns the count (at most max). */
size_t episode_sessions(struct recover_session *out, int64_t *ids, size_t max,
			const struct episode_input *in, const struct episode *ep,
			int32_t day, size_t *unscored);

/* The recovery plan's input for ep, on a day with or without a red flag. */
void episode_recover_input(struct recover_input *out, const struct episode_input *in,
			   const struct episode *ep, int red_flag);

/* 1 when day falls inside one of the n episodes (a flare-up). */
int episode_holds(const struct episode *eps, size_t n, int32_t day);

#endif
