/* log.h - the runner's log through a session: athletes, runs and other
 * activities, shoes and ankle logs. What the front ends call to read and
 * change them; the rules they keep (a run without a shoe takes the
 * default one, a time of day in the local zone) live here, once.
 * Arrays returned through ** are owned by the caller and freed with
 * free().
 */
#ifndef TALUS_APP_LOG_H
#define TALUS_APP_LOG_H

#include <stddef.h>
#include <stdint.h>

#include "app/session.h"
#include "core/ankle.h"
#include "core/redflag.h"
#include "core/load.h"
#include "core/run.h"
#include "core/shoe.h"

/* ---- athletes ----------------------------------------------------------- */

/* Adds a (the first becomes the default); TALUS_EEXIST if the name is
 * taken. */
int app_athlete_add(int64_t *out_id, struct session *s, const struct athlete *a,
		    struct talus_err *err);
int app_athlete_list(struct athlete **out, size_t *n, struct session *s,
		     struct talus_err *err);
/* Renames the athlete named old (any case) to name; *was gets the athlete
 * as they were. */
int app_athlete_rename(struct athlete *was, struct session *s, const char *old,
		       const char *name, struct talus_err *err);
/* Removes the athlete named name (any case) and all their data; *out gets
 * who was removed. */
int app_athlete_remove(struct athlete *out, struct session *s, const char *name,
		       struct talus_err *err);
/* The athlete whose name is nearest to name (a typo), copied into buf;
 * 0, or -1 when none is near. */
int app_athlete_nearest(char *buf, size_t n, struct session *s, const char *name);

/* ---- dates ---------------------------------------------------------------- */

/* What a date says. */
enum app_when {
	WHEN_HAPPENED, /* something that happened (a run, a log, a test): at most
			  one day after today (a time zone's worth of slack) */
	WHEN_STARTS,   /* the start of a plan or a programme: at most a year
			  after today */
};

/* TALUS_EINVAL naming what ("--date") and the text typed when day is
 * further ahead than when allows. */
int app_check_date(const struct session *s, int32_t day, enum app_when when, const char *what,
		   const char *text, struct talus_err *err);

/* ---- runs ---------------------------------------------------------------- */

/* The start of a run typed in on day at sec seconds after local
 * midnight (sec < 0: no time given, noon is kept), in the system zone
 * (offset_src OFFSET_SRC_ENTERED). */
void app_run_set_start(struct run_entry *r, int32_t day, int sec);

/* Sets r's sport by hand (sport_src SPORT_SRC_USER: no import or
 * inference changes it after). An activity that is not a run leaves the
 * running load and its shoe (only runs wear shoes): r->shoe_id becomes 0.
 * The day rows follow when r is stored. */
void app_run_set_sport(struct run_entry *r, enum sport sport);

/* Adds r; without a shoe (r->shoe_id 0) and with use_default, the default
 * shoe. */
int app_run_add(int64_t *out_id, struct session *s, struct run_entry *r, int use_default,
		struct talus_err *err);
int app_run_get(struct run_entry *out, struct session *s, int64_t id, struct talus_err *err);
int app_run_update(struct session *s, const struct run_entry *r, struct talus_err *err);
int app_run_delete(struct session *s, int64_t id, struct talus_err *err);
/* Calls cb for each activity with day in [from, to], by start time; cb
 * returns 0 to go on. */
int app_run_each(struct session *s, int32_t from, int32_t to,
		 int (*cb)(void *payload, const struct run_entry *r), void *payload,
		 struct talus_err *err);

/* ---- shoes --------------------------------------------------------------- */

/* Adds sh; *made_default gets 1 when it became the default for new runs
 * (the first pair, or the first active one). */
int app_shoe_add(int64_t *out_id, int *made_default, struct session *s,
		 const struct shoe *sh, struct talus_err *err);
/* The shoe whose name is nearest to name (a typo), copied into buf; 0, or
 * -1 when none is near. */
int app_shoe_nearest(char *buf, size_t n, struct session *s, const char *name);
/* TALUS_ENOTFOUND naming the shoe when there is none by that name. */
int app_shoe_find(struct shoe *out, struct session *s, const char *name,
		  struct talus_err *err);
/* The shoes and their alerts (S1, S2; at most maxa). */
int app_shoe_list(struct shoe **out, size_t *n, struct shoe_alert *alerts, size_t maxa,
		  size_t *na, struct session *s, struct talus_err *err);
int app_shoe_retire(struct session *s, const char *name, struct talus_err *err);
int app_shoe_set_default(struct session *s, const char *name, struct talus_err *err);

/* ---- ankle logs ---------------------------------------------------------- */

int app_ankle_add(int64_t *out_id, struct session *s, const struct ankle_log *l,
		  struct talus_err *err);
/* The logs with day in [from, to] and their notes; free with
 * ankle_logs_free(). */
int app_ankle_list(struct ankle_log **out, size_t *n, struct session *s, int32_t from,
		   int32_t to, struct talus_err *err);
int app_ankle_delete(struct session *s, int64_t id, struct talus_err *err);

/* The red flags that stand for side on day (core/redflag.h): the day of
 * the earliest log that raised one into *logged, and 1; else 0. */
int app_ankle_open_flag(int *open, int32_t *logged, struct session *s, enum side side,
			int32_t day, struct talus_err *err);

/* Records a consultation (`talus ankle seen`): it resolves the red flags
 * of its side (both: either) logged on or before its day. *resolved gets
 * the number of logs whose flags it resolved. */
int app_ankle_seen(int64_t *out_id, size_t *resolved, struct session *s,
		   const struct consult *c, struct talus_err *err);
/* The consultations with day in [from, to]; free with consults_free(). */
int app_consult_list(struct consult **out, size_t *n, struct session *s, int32_t from,
		     int32_t to, struct talus_err *err);

/* ---- load ---------------------------------------------------------------- */

/* The report of day and its nweeks calendar weeks (*weeks owned by the
 * caller). */
int app_load_weeks(struct load_report *rep, struct week_load **weeks, int nweeks,
		   struct session *s, int32_t day, struct talus_err *err);

#endif
