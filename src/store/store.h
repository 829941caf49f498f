/* store.h - the database: athletes, runs and other activities, shoes,
 * ankle logs, and the daily load rows the rules read.
 *
 * The only module that includes sqlite3.h. One store is one SQLite
 * database in WAL mode with foreign keys on. Every command runs inside
 * store_begin() .. store_commit(), so a failed command rolls back and
 * leaves the database as it was. Units are SI. Strings in the structs are
 * copies owned by the struct; arrays returned through ** are owned by the
 * caller and freed with free().
 */
#ifndef TALUS_STORE_H
#define TALUS_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "core/activity.h"
#include "core/ankle.h"
#include "core/redflag.h"
#include "core/athlete.h"
#include "core/episode.h"
#include "core/load.h"
#include "core/run.h"
#include "core/shoe.h"
#include "core/units.h"
#include "util/err.h"


struct store;

enum store_flags {
	STORE_CREATE = 1 << 0, /* create the file (0600, its folder 0700) */
	STORE_READ = 1 << 1,   /* the work only reads: when the database cannot
				  be opened for writing (a read-only folder or
				  file, a disk that refuses writes), open it
				  read-only instead */
};

/* Opens path. Without STORE_CREATE a missing file is TALUS_ENODB. A newer
 * schema than this build knows is TALUS_EDB; an older one is migrated
 * (which needs a write). The WAL is truncated when the last connection
 * closes (journal_size_limit 0), so it stays small at rest however many
 * commands run. */
int store_open(struct store **out, const char *path, unsigned flags,
	       struct talus_err *err);
/* When store_open() fell back to reading only: why ("the folder is not
 * writable"), else NULL. */
const char *store_read_only(const struct store *st);
void store_close(struct store *st);

/* The database engine and its version, for --version: "SQLite 3.40.1". */
const char *store_engine_version(void);

int store_begin(struct store *st, struct talus_err *err);  /* BEGIN IMMEDIATE */
/* A read transaction (BEGIN DEFERRED): for commands that only read. A
 * write inside it upgrades it, so it is never wrong, only slower. */
int store_begin_read(struct store *st, struct talus_err *err);
/* Commits. When COMMIT fails (a disk error after the change was written),
 * closes the connection and looks at the database again as the next
 * command will find it: if the change is there, returns 0 with a warning
 * in err (the change was saved); else the error. Either way the store is
 * closed then: store_begin() fails, store_close() is still due. */
int store_commit(struct store *st, struct talus_err *err);
void store_rollback(struct store *st);                      /* no-op outside */

/* ---- athletes ------------------------------------------------------- */

/* The first athlete added becomes the default. TALUS_EEXIST if taken. */
int store_athlete_add(int64_t *out_id, struct store *st, const struct athlete *a,
		      struct talus_err *err);
/* Renames the athlete id; TALUS_EEXIST when another has that name. */
int store_athlete_rename(struct store *st, int64_t id, const char *name,
			 struct talus_err *err);
/* Removes the athlete id and everything of theirs; the first athlete left
 * becomes the default if the default was removed. */
int store_athlete_delete(struct store *st, int64_t id, struct talus_err *err);
/* name NULL: the default athlete; names match without regard to ASCII
 * case. TALUS_ENOTFOUND if none. */
int store_athlete_get(struct athlete *out, struct store *st, const char *name,
		      struct talus_err *err);
int store_athlete_list(struct athlete **out, size_t *n, struct store *st,
		       struct talus_err *err);

/* ---- runs and other activities -------------------------------------- */

/* Inserts r (r->a.id is ignored) and refreshes the day rows it touches and
 * its shoe's distance. */
int store_run_insert(int64_t *out_id, struct store *st, int64_t athlete,
		     const struct run_entry *r, struct talus_err *err);
/* Replaces the run with id r->a.id. TALUS_ENOTFOUND if no such run. */
int store_run_update(struct store *st, int64_t athlete, const struct run_entry *r,
		     struct talus_err *err);
int store_run_get(struct run_entry *out, struct store *st, int64_t athlete,
		  int64_t id, struct talus_err *err);
int store_run_delete(struct store *st, int64_t athlete, int64_t id,
		     struct talus_err *err);
/* Calls cb for each activity with day in [from, to], by start time.
 * cb returns 0 to go on. */
int store_run_each(struct store *st, int64_t athlete, int32_t from, int32_t to,
		   int (*cb)(void *payload, const struct run_entry *r),
		   void *payload, struct talus_err *err);
/* The latest run (sport run) on or before day; *found 0 if none. */
int store_run_last(struct run_entry *out, int *found, struct store *st,
		   int64_t athlete, int32_t day, struct talus_err *err);

/* The runs (sport run) with day in [from, to] and their pain scores, by
 * (day, id), as the recovery episodes read them. */
int store_run_pains(struct episode_run **out, size_t *n, struct store *st,
		    int64_t athlete, int32_t from, int32_t to, struct talus_err *err);

/* ---- daily load rows -------------------------------------------------- */

/* Rows with day in [from, to], sorted; *out owned by the caller. */
int store_day_loads(struct day_load **out, size_t *n, struct store *st,
		    int64_t athlete, int32_t from, int32_t to,
		    struct talus_err *err);
/* The last row on or before day (*found 0 if none) and the first run's day. */
int store_load_state(struct day_load *out, int *found, int32_t *first_day,
		     struct store *st, int64_t athlete, int32_t day,
		     struct talus_err *err);

/* ---- shoes ------------------------------------------------------------ */

int store_shoe_add(int64_t *out_id, struct store *st, int64_t athlete,
		   const struct shoe *s, struct talus_err *err);
/* TALUS_ENOTFOUND naming the shoe when there is none by that name. */
int store_shoe_find(struct shoe *out, struct store *st, int64_t athlete,
		    const char *name, struct talus_err *err);
int store_shoe_list(struct shoe **out, size_t *n, struct store *st,
		    int64_t athlete, struct talus_err *err);
int store_shoe_retire(struct store *st, int64_t athlete, const char *name,
		      struct talus_err *err);
int store_shoe_set_default(struct store *st, int64_t athlete, const char *name,
			   struct talus_err *err);
/* The default shoe if it is active; *found 0 otherwise. */
int store_shoe_default(struct shoe *out, int *found, struct store *st,
		       int64_t athlete, struct talus_err *err);

/* ---- import ------------------------------------------------------------ */

/* *seen = 1 when this athlete already imported a file of this content
 * hash (hex). */
int store_source_seen(int *seen, struct store *st, int64_t athlete,
		      const char *hash, struct talus_err *err);
/* Every content hash this athlete imported, sorted (for the readers'
 * "seen" check); the caller frees each string and the array. */
int store_source_hashes(char ***out, size_t *n, struct store *st, int64_t athlete,
			struct talus_err *err);
/* Every stamp this athlete imported (see source.h), sorted; the caller
 * frees each string and the array. */
int store_source_stamps(char ***out, size_t *n, struct store *st, int64_t athlete,
			struct talus_err *err);
int store_stamp_add(struct store *st, int64_t athlete, const char *stamp,
		    struct talus_err *err);
/* Remembers a file whose content was fully read. */
int store_source_add(struct store *st, int64_t athlete, const char *hash,
		     const char *path, int activities, struct talus_err *err);
/* The id of an activity of the same sport, or of any sport the user set
 * (sport_src SPORT_SRC_USER: the user has said what that activity is),
 * starting within window_s seconds of start_utc (whatever the time
 * zones), or 0. */
int store_activity_near(int64_t *out_id, struct store *st, int64_t athlete,
			enum sport sport, int64_t start_utc, int window_s,
			struct talus_err *err);
/* The same for a row of a talus export's runs.csv: an activity of a's
 * sport starting within window_s seconds of it that did not come from the
 * file not_hash (rows of one file never stand for each other), and, when a
 * has no time of day (a start at noon), of the same distance (within
 * 0.5 m): two runs typed in for one day are two runs. */
int store_activity_match(int64_t *out_id, struct store *st, int64_t athlete,
			 const struct activity *a, int window_s, const char *not_hash,
			 struct talus_err *err);
/* Batch mode for imports: while on, run inserts only note the days and
 * shoes they touch; store_flush() refreshes them once (the day rows, their
 * EWMA from the earliest day, the shoes' distances). */
void store_defer(struct store *st, int on);
int store_flush(struct store *st, int64_t athlete, struct talus_err *err);

/* ---- ankle logs --------------------------------------------------------- */

int store_ankle_insert(int64_t *out_id, struct store *st, int64_t athlete,
		       const struct ankle_log *l, struct talus_err *err);
int store_ankle_delete(struct store *st, int64_t athlete, int64_t id,
		       struct talus_err *err);
/* Logs with day in [from, to], sorted by (day, id). */
int store_ankle_list(struct ankle_log **out, size_t *n, struct store *st,
		     int64_t athlete, int32_t from, int32_t to,
		     struct talus_err *err);
/* The same with the notes, for the listings; free with ankle_logs_free(). */
int store_ankle_list_notes(struct ankle_log **out, size_t *n, struct store *st,
			   int64_t athlete, int32_t from, int32_t to, struct talus_err *err);
/* What today_assess() wants: the logs of the last 'window' days up to day
 * and, if older, the latest log of each side; sorted by (day, id). */
int store_ankle_recent(struct ankle_log **out, size_t *n, struct store *st,
		       int64_t athlete, int32_t day, int window,
		       struct talus_err *err);
/* Every log on or before day, of any age, that shows a red flag or says
 * --red-flags none (core/redflag.h), sorted by (day, id). */
int store_ankle_flagged(struct ankle_log **out, size_t *n, struct store *st, int64_t athlete,
			int32_t day, struct talus_err *err);

/* ---- consultations (`talus ankle seen`) --------------------------------- */

int store_consult_insert(int64_t *out_id, struct store *st, int64_t athlete,
			 const struct consult *c, struct talus_err *err);
/* With day in [from, to], by (day, id); free with consults_free(). */
int store_consult_list(struct consult **out, size_t *n, struct store *st, int64_t athlete,
		       int32_t from, int32_t to, struct talus_err *err);

/* ---- a long-lived connection (store_conn.c) ------------------------------ */

/* PRAGMA data_version: a number that changes when another connection
 * commits a change, read inside a transaction (its snapshot). Numbers of
 * two connections are not comparable. */
int store_data_version(int64_t *out, struct store *st, struct talus_err *err);
/* 1 when the last failure was SQLITE_BUSY or SQLITE_LOCKED: another
 * writer held the database past the busy timeout (worth a retry). */
int store_busy(const struct store *st);

#endif
