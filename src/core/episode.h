/* episode.h - recovery episodes, found in the ankle log and replayed with
 * the runs logged since. Pure: no I/O, no clock.
 *
 * Episodes are not typed in. An ankle log that gives rest or worse on its
 * own (today_log_verdict(): an acute event, pain of 6/10 or more, painful
 * weight bearing, moderate or severe swelling, a red flag) begins one when
 * none is open; an acute event after the first day of an open one begins
 * another (design choice). An episode goes through:
 *
 *   a red flag      while one of its red flags stands (core/redflag.h) no
 *                   run counts; once resolved, the return starts again
 *                   from the protect days, never straight back to a run;
 *   protect (A1)    protect_days days from the first day, or from the
 *                   day its last red flag was resolved;
 *   walk-run (R3)   the runs after that are its sessions, gated by R1
 *                   and R2; the run on its first day is not one;
 *   re-entry        after the walk-run return, weeks that bring the
 *                   weekly distance back toward the 4 weeks before the
 *                   episode (core/recover.h, a design choice);
 *
 * and ends when the re-entry is complete, on the runner's early end
 * (`talus recover end`), or when a new acute event begins another.
 * Everything is derived again from the log each time, so a log edited
 * later is always taken into account. A recovery record keeps only what
 * the runner chose for an episode (core/recover.h).
 */
#ifndef TALUS_EPISODE_H
#define TALUS_EPISODE_H

#include <stddef.h>
#include <stdint.h>

#include "core/ankle.h"
#include "core/recover.h"
#include "core/redflag.h"

/* Days of log searched for episodes (as the day's verdict reads the ankle
 * log: TODAY_LOG_WINDOW). */
#define EPISODE_WINDOW 200
/* Days before an episode whose runs give the weekly distance it returns
 * to. */
#define EPISODE_BEFORE 28

/* 1 when the log begins an episode (none open): it gives rest or worse on
 * its own day. */
int episode_trigger(const struct ankle_log *l);

/* What the episodes read of a run. */
struct episode_run {
	int64_t id;
	int32_t day;
	double distance_m;
	int pain_during; /* 0-10 or -1 */
	int pain_after;  /* 0-10 or -1 */
};

struct episode {
	int32_t start;     /* day of the log that began it */
	int32_t end;       /* first day it no longer holds; INT32_MAX while
			      active */
	int completed;     /* ended by completing the re-entry */
	int ended_early;   /* ended by `talus recover end` */
	int has_row;       /* a recovery record exists for it */
	enum side side;    /* side of the log that began it */
	int rolled;        /* a roll was logged on its first day (R4) */
	int64_t log_id;    /* the log that began it */
	int protect_days;  /* A1: 1..3 */
	int32_t protect_from;  /* first protect day: start, or the day its
				  last red flag was resolved */
	int32_t flag_until;    /* a red flag of it stands before this day:
				  INT32_MIN none, INT32_MAX unresolved */
	int32_t walkrun_done;  /* the day the walk-run return was complete,
				  INT32_MAX before */
	double before_week_m;  /* the weekly average of the EPISODE_BEFORE
				  days before start */
};

struct episode_input {
	/* sorted by (day, id): every log of the window up to the day asked
	 * about (and any later: they are not read) */
	const struct ankle_log *logs;
	size_t nlogs;
	/* sorted by (day, id): the runs from EPISODE_BEFORE days before the
	 * first log that could begin an episode */
	const struct episode_run *runs;
	size_t nruns;
	const struct recovery_record *rows;  /* sorted by start */
	size_t nrows;
	const struct consult *consults;      /* resolve red flags */
	size_t nconsults;
	int previous_sprain;                 /* P3: an assessment says so */
	int brace_or_tape;                   /* P3 */
};

/* The episodes that began in the logs up to day, oldest first; at most
 * max written, the count returned. */
size_t episode_find(struct episode *out, size_t max, const struct episode_input *in,
		    int32_t day);

/* The walk-run sessions of ep known on day: one per run after its first
 * day, from its protect days on and up to the day its walk-run return was
 * complete (pain the run's; a run with neither pain score is left out
 * and counted in *unscored, which may be NULL), next_morning_worse from
 * the first ankle log of the next day (design choice: worse when its
 * pain, morning pain or stiffness is above the latest log of that side
 * before it), unknown until that log exists. ids (may be NULL) get the
 * runs' ids. Returns the count (at most max). */
size_t episode_sessions(struct recover_session *out, int64_t *ids, size_t max,
			const struct episode_input *in, const struct episode *ep,
			int32_t day, size_t *unscored);

/* The recovery plan's input for ep, on a day with or without a red flag. */
void episode_recover_input(struct recover_input *out, const struct episode_input *in,
			   const struct episode *ep, int red_flag, enum units units);

/* The re-entry of ep replayed up to day (ep->walkrun_done < day). */
void episode_reentry(struct recover_reentry *out, const struct episode_input *in,
		     const struct episode *ep, int32_t day);

/* Metres run in [from, to]; the longest single run in it into *longest
 * (may be NULL). */
double episode_run_sum(const struct episode_input *in, int32_t from, int32_t to,
		       double *longest);

/* Worse despite self-care (F6): in ep, after its protect days, the latest
 * log of its side shows more pain (or morning pain) or more swelling than
 * the log that began it (or, after a consultation, the latest log on or
 * before it), or its last three logs rise, each above the one before,
 * over at least EPISODE_F6_SPAN days. 1 and a message in msg, else 0. */
#define EPISODE_F6_SPAN 5
int episode_worse(char *msg, size_t n, const struct episode_input *in,
		  const struct episode *ep, int32_t day);

/* 1 when day falls inside one of the n episodes before the end of its
 * walk-run return (a flare-up; the re-entry after it is not). */
int episode_holds(const struct episode *eps, size_t n, int32_t day);

#endif
