/* store_int.h - what the store's files share; not for use outside
 * src/store. */
#ifndef TALUS_STORE_INT_H
#define TALUS_STORE_INT_H

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>

#include "store/store.h"

#define NSTMT 96

struct store {
	sqlite3 *db;
	int in_tx;
	int in_write;       /* the transaction is a write one */
	int64_t seq;        /* txn.seq this write transaction commits */
	int changes0;       /* sqlite3_total_changes() after that bump */
	char *path;         /* as opened */
	const char *read_only; /* why it was opened read-only, or NULL */
	int defer;          /* batch mode: see store_defer() */
	int32_t *days;      /* days touched while deferred */
	size_t ndays, adays;
	int64_t *shoes;     /* shoes touched while deferred */
	size_t nshoes, ashoes;
	struct {
		const char *sql;   /* identity: the static string's address */
		sqlite3_stmt *stmt;
	} cache[NSTMT];
};


/* schema.c: the migrations, version i to i + 1. */
extern const char *const store_migrations[];
extern const int store_nmigrations;

/* Records the database's message for 'what'; returns TALUS_EDB. */
int store_dberr(struct store *st, struct talus_err *err, const char *what);
/* A cached prepared statement for a static SQL string (identified by its
 * address), reset and with its bindings cleared; NULL on error. */
sqlite3_stmt *store_stmt(struct store *st, const char *sql, struct talus_err *err);
/* Steps a statement that returns no rows; TALUS_EEXIST on a constraint. */
int store_step_done(struct store *st, sqlite3_stmt *s, struct talus_err *err,
		    const char *what);

/* Steps s to its last row, appending one element of size bytes per row to
 * *out (grown as needed, *alloc its capacity, owned by the caller) through
 * row(), and resets s. 0, or TALUS_EDB naming what. */
int store_collect(void **out, size_t *n, size_t *alloc, size_t size, struct store *st,
		  sqlite3_stmt *s, void (*row)(void *elem, sqlite3_stmt *s),
		  const char *what, struct talus_err *err);

/* ---- column helpers ------------------------------------------------------ */

static inline void
col_text(char *dst, size_t n, sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	snprintf(dst, n, "%s", t ? (const char *)t : "");
}

static inline double
col_real(sqlite3_stmt *s, int i)
{
	return sqlite3_column_type(s, i) == SQLITE_NULL ? NAN : sqlite3_column_double(s, i);
}

static inline int
col_score(sqlite3_stmt *s, int i)
{
	return sqlite3_column_type(s, i) == SQLITE_NULL ? -1 : sqlite3_column_int(s, i);
}

static inline void
bind_real(sqlite3_stmt *s, int i, double v)
{
	if (isnan(v))
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_double(s, i, v);
}

static inline void
bind_score(sqlite3_stmt *s, int i, int v)
{
	if (v < 0)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int(s, i, v);
}

#endif
