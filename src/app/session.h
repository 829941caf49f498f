/* session.h - one use of talus by a front end: a command of the command
 * line (later, one request of the web server). It holds the store, the
 * athlete the work is for and the day that is "today", and it is the unit
 * of work: everything done through a session is committed together by
 * session_commit() or undone by session_rollback() (session_close() rolls
 * back what was not committed). Below the session nothing looks up the
 * clock or the time zone.
 *
 * Usage: session_init(); session_open(); the app_* calls; session_commit();
 * session_close().
 */
#ifndef TALUS_SESSION_H
#define TALUS_SESSION_H

#include <stdint.h>

#include "core/athlete.h"
#include "util/err.h"

struct store;

struct session {
	const char *db_path;  /* borrowed from the front end */
	const char *want;     /* the athlete asked for (borrowed), or NULL
				 for the default one */
	int32_t today;        /* the local date the front end says it is */
	struct store *st;     /* NULL until session_open() */
	struct athlete ath;   /* with SESSION_ATHLETE, after session_open() */
};

enum session_flags {
	SESSION_CREATE = 1 << 0,  /* create the database (and its folder) */
	SESSION_WRITE = 1 << 1,   /* the work writes: a write transaction
				     from the start; without it the work only
				     reads, and a database that cannot be
				     written is opened read-only */
	SESSION_ATHLETE = 1 << 2, /* load the athlete (s->want) */
};

/* Sets up s for the database at path, the athlete want (NULL: the
 * default) and today; opens nothing. */
void session_init(struct session *s, const char *path, const char *want, int32_t today);

/* Opens the database and begins the unit of work, and loads the athlete
 * with SESSION_ATHLETE. TALUS_ENODB when the database does not exist
 * (without SESSION_CREATE), TALUS_ENOTFOUND when the athlete does not. */
int session_open(struct session *s, unsigned flags, struct talus_err *err);

/* 1 when session_open() opened the database. */
int session_is_open(const struct session *s);

/* Why the database was opened read-only (a command that only reads, on a
 * database it cannot write), or NULL. */
const char *session_read_only(const struct session *s);

int session_commit(struct session *s, struct talus_err *err);
void session_rollback(struct session *s);
void session_close(struct session *s);

/* The database engine behind sessions and its version: "SQLite 3.40.1". */
const char *session_engine_version(void);

/* ---- a kept session: units of work on a store kept open ---------------- */
/* A front end that serves many requests (the web server) keeps a session
 * per worker: session_keep() opens the store once (opening SQLite costs
 * about a million instructions), then each request is one unit of work:
 * session_begin() .. session_commit() or session_end(). The athlete and
 * today are the request's. */

/* Opens the store of s->db_path if it is not open (no transaction).
 * TALUS_ENODB when the database does not exist. */
int session_keep(struct session *s, struct talus_err *err);

/* Begins a unit of work on the kept store for the athlete want (NULL:
 * the default; borrowed for the unit of work) on today: SESSION_WRITE and
 * SESSION_ATHLETE as session_open() takes them. */
int session_begin(struct session *s, const char *want, int32_t today, unsigned flags,
		  struct talus_err *err);

/* Ends the unit of work: rolls back what was not committed; the store
 * stays open. */
void session_end(struct session *s);

/* The database's data version inside the unit of work (PRAGMA
 * data_version of this session's connection: it changes when another
 * connection commits). */
int session_data_version(int64_t *out, struct session *s, struct talus_err *err);

/* 1 when the last failure was another writer holding the database past
 * the busy timeout: the unit of work may be tried again. */
int session_busy(const struct session *s);

#endif
