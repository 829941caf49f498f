/* store.c - the SQLite database behind talus.
 *
 * Schema version lives in PRAGMA user_version; migrations[] takes a
 * database from version i to i + 1 and only ever grows. The day table
 * holds one row per day with a run: its distance, longest run and the EWMA
 * load state after that day. It is updated incrementally: a change to a
 * run recomputes its day's row and the EWMA of the rows from that day on,
 * so reading today's load never scans the whole history. */
#include "store/store.h"
#include "store/store_int.h"
#include "util/date.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


/* Red-flag booleans packed into ankle_log.flags. */
enum {
	AF_NUMB = 1 << 0, AF_COLD = 1 << 1, AF_DEFORMITY = 1 << 2,
	AF_CRACK = 1 << 3, AF_ACHILLES = 1 << 4, AF_FEVER = 1 << 5,
	AF_BONE = 1 << 6,
};

int
store_dberr(struct store *st, struct talus_err *err, const char *what)
{
	return err_set(err, TALUS_EDB, "database error while %s: %s", what,
		       sqlite3_errmsg(st->db));
}

/* A cached prepared statement for a static SQL string, reset and with its
 * bindings cleared. NULL on error (message in err). */
sqlite3_stmt *
store_stmt(struct store *st, const char *sql, struct talus_err *err)
{
	int i;

	for (i = 0; i < NSTMT && st->cache[i].sql; i++) {
		if (st->cache[i].sql == sql) {
			sqlite3_reset(st->cache[i].stmt);
			sqlite3_clear_bindings(st->cache[i].stmt);
			return st->cache[i].stmt;
		}
	}
	if (i == NSTMT) {
		err_set(err, TALUS_EDB, "statement cache full");
		return NULL;
	}
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
			       &st->cache[i].stmt, NULL) != SQLITE_OK) {
		store_dberr(st, err, "preparing a statement");
		return NULL;
	}
	st->cache[i].sql = sql;
	return st->cache[i].stmt;
}

const char *
store_engine_version(void)
{
	static char v[32];

	if (!v[0])
		snprintf(v, sizeof(v), "SQLite %s", sqlite3_libversion());
	return v;
}

int
store_collect(void **out, size_t *n, size_t *alloc, size_t size, struct store *st,
	      sqlite3_stmt *s, void (*row)(void *elem, sqlite3_stmt *s),
	      const char *what, struct talus_err *err)
{
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xgrow(*out, size, *n + 1, alloc);
		row((char *)*out + size * (*n)++, s);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_dberr(st, err, what);
}

static int
exec(struct store *st, const char *sql, struct talus_err *err)
{
	char *msg = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		err_set(err, TALUS_EDB, "database error: %s", msg ? msg : "unknown");
		sqlite3_free(msg);
		return TALUS_EDB;
	}
	return 0;
}

/* Runs a statement that returns no rows. */
int
store_step_done(struct store *st, sqlite3_stmt *s, struct talus_err *err, const char *what)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		if (rc == SQLITE_CONSTRAINT)
			return err_set(err, TALUS_EEXIST, "%s: %s", what,
				       sqlite3_errmsg(st->db));
		return store_dberr(st, err, what);
	}
	return 0;
}

static int
mkdirs(const char *path, struct talus_err *err)
{
	char *dir = xstrdup(path);
	int rc = 0;

	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) && errno != EEXIST)
			rc = err_set(err, TALUS_EIO, "cannot create folder '%s': %s",
				     dir, strerror(errno));
		*p = '/';
		if (rc)
			break;
	}
	free(dir);
	return rc;
}

/* The schema's version (PRAGMA user_version), refused when newer than
 * this build knows. */
static int
schema_version(struct store *st, int *out, struct talus_err *err)
{
	sqlite3_stmt *s;

	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK)
		return store_dberr(st, err, "reading the schema version");
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_finalize(s);
		return store_dberr(st, err, "reading the schema version");
	}
	*out = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (*out > store_nmigrations)
		return err_set(err, TALUS_EDB,
			       "the database has schema version %d, newer than this "
			       "talus knows (%d): upgrade talus", *out, store_nmigrations);
	return 0;
}

/* Read-only: the schema must be this build's. */
static int
check_version(struct store *st, struct talus_err *err)
{
	int version, rc;

	if ((rc = schema_version(st, &version, err)))
		return rc;
	if (version < store_nmigrations)
		return err_set(err, TALUS_EDB, "the database has schema version %d and needs "
			       "an upgrade, which a read-only database cannot take: run talus "
			       "once where it can write the database", version);
	return 0;
}

static int
migrate(struct store *st, struct talus_err *err)
{
	int version, rc;

	if ((rc = schema_version(st, &version, err)))
		return rc;
	if (version == store_nmigrations)
		return 0;
	if ((rc = exec(st, "BEGIN IMMEDIATE", err)))
		return rc;
	for (int v = version; v < store_nmigrations; v++) {
		char pragma[64];
		if ((rc = exec(st, store_migrations[v], err)))
			goto fail;
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", v + 1);
		if ((rc = exec(st, pragma, err)))
			goto fail;
	}
	return exec(st, "COMMIT", err);
fail:
	exec(st, "ROLLBACK", NULL);
	return rc;
}

/* The connection's settings; migrations. */
static int
setup(struct store *st, int write, struct talus_err *err)
{
	int rc;

	sqlite3_busy_timeout(st->db, 5000);
	if (write) {
		/* Keep the WAL file between runs (each command is a process:
		 * creating and unlinking it every time costs syscalls), but
		 * empty: the last connection to close checkpoints and
		 * truncates it, so no open replays a long WAL. */
		int persist = 1;
		sqlite3_file_control(st->db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
		if ((rc = exec(st, "PRAGMA journal_mode = WAL; PRAGMA journal_size_limit = 0;",
			       err)))
			return rc;
	}
	if ((rc = exec(st, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", err)))
		return rc;
	if (write)
		return migrate(st, err);
	/* Read-only: the schema must already be this build's or older
	 * (readable as it is); a newer one is refused. */
	return check_version(st, err);
}

/* A connection of its own that keeps its WAL index in heap memory, rebuilt
 * from the WAL file: locking_mode EXCLUSIVE before the first read (see
 * SQLite's wal.c, "heap-memory wal-index"). It reads what the next command
 * will read, frames that no index holds yet included, and it needs no
 * -shm, which a disk that refuses writes may not let SQLite map. Its first
 * read fails (SQLITE_BUSY, at once) while another connection has the
 * database open. Its close checkpoints and truncates the WAL as a talus
 * connection's does. NULL if it cannot be opened. */
static sqlite3 *
open_private(const char *path)
{
	sqlite3 *db = NULL;
	int persist = 1;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE; PRAGMA query_only = 1;"
			 " PRAGMA journal_size_limit = 0;", NULL, NULL, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
	return db;
}

static int
open_as(struct store *st, const char *path, int oflags, struct talus_err *err)
{
	if (sqlite3_open_v2(path, &st->db, oflags, NULL) != SQLITE_OK) {
		int rc = err_set(err, TALUS_EDB, "cannot open database '%s': %s", path,
				 st->db ? sqlite3_errmsg(st->db) : "out of memory");
		sqlite3_close(st->db);
		st->db = NULL;
		return rc;
	}
	return 0;
}

/* A first read, which opens the WAL and its index as every command's
 * first query would. */
static int
probe(struct store *st, struct talus_err *err)
{
	return exec(st, "SELECT count(*) FROM sqlite_master", err);
}

/* Why a database cannot be written, in words, or NULL. */
static const char *
why_read_only(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	const char *why = NULL;

	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	if (access(path, W_OK))
		why = "the database file is not writable";
	else if (access(slash ? dir : ".", W_OK))
		why = "its folder is not writable";
	free(dir);
	return why;
}

int
store_open(struct store **out, const char *path, unsigned flags,
	   struct talus_err *err)
{
	struct store *st;
	struct stat sb;
	int rc, oflags = SQLITE_OPEN_READWRITE, disk = 0;
	const char *why;

	*out = NULL;
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
		/* SQLite would open /dev/null and leave /dev/null-journal. */
		return err_set(err, TALUS_EIO, "'%s' is not a talus database: %s", path,
			       S_ISDIR(sb.st_mode) ? "a folder" : "not a regular file");
	if (access(path, F_OK) != 0) {
		if (!(flags & STORE_CREATE))
			return err_set(err, TALUS_ENODB, "no database at '%s'", path);
		if ((rc = mkdirs(path, err)))
			return rc;
		oflags |= SQLITE_OPEN_CREATE;
	}
	why = (oflags & SQLITE_OPEN_CREATE) ? NULL : why_read_only(path);
	if (why && !(flags & STORE_READ))
		return err_set(err, TALUS_EIO, "cannot write the database '%s': %s", path, why);
	st = xcalloc(1, sizeof(*st));
	st->path = xstrdup(path);
	if (!why) {
		/* Health records: the database, its WAL and index 0600, whatever
		 * the umask (SQLite creates the WAL and index with the
		 * database's mode). */
		mode_t old = umask(077);
		rc = open_as(st, path, oflags, err);
		umask(old);
		if (!rc && (rc = setup(st, 1, err)) == 0 && (flags & STORE_READ))
			rc = probe(st, err);
		if (!rc) {
			*out = st;
			return 0;
		}
		if (rc == TALUS_EDB && strstr(err->msg, "not a database"))
			rc = err_set(err, TALUS_EDB, "'%s' is not a talus database", path);
		if (!(flags & STORE_READ) || strstr(err->msg, "not a talus database") ||
		    strstr(err->msg, "newer than this talus")) {
			store_close(st);
			return rc;
		}
		/* A read can do without writing: try that. */
		why = "the disk refused a write";
		disk = 1;
		sqlite3_close(st->db);
		st->db = NULL;
		err_clear(err);
	}
	{
		/* Without a WAL beside it nothing is writing the database: read
		 * it as it is, with no index to create (which a read-only
		 * folder would refuse). */
		struct strbuf uri = STRBUF_INIT;
		char wal[4096];
		int has_wal;

		snprintf(wal, sizeof(wal), "%s-wal", path);
		has_wal = !access(wal, F_OK);
		strbuf_adds(&uri, "file:");
		for (const char *p = path; *p; p++)
			if (*p == '?' || *p == '#' || *p == '%')
				strbuf_addf(&uri, "%%%02X", (unsigned char)*p);
			else
				strbuf_addch(&uri, *p);
		strbuf_adds(&uri, has_wal ? "?mode=ro" : "?mode=ro&immutable=1");
		rc = open_as(st, uri.buf, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, err);
		strbuf_release(&uri);
	}
	if (!rc && !(rc = setup(st, 0, err)))
		rc = probe(st, err);
	if (rc && disk) {
		/* Reading the WAL needs its index in the -shm, which SQLite
		 * may have to grow or rebuild: a disk that refuses writes can
		 * refuse that too. An index of our own in heap memory needs
		 * nothing written. */
		struct talus_err perr = TALUS_ERR_INIT;

		sqlite3_close(st->db);
		if ((st->db = open_private(path)) && !setup(st, 0, &perr) && !probe(st, &perr)) {
			err_clear(err);
			rc = 0;
		}
	}
	if (rc) {
		if (rc == TALUS_EDB && strstr(err->msg, "not a database"))
			rc = err_set(err, TALUS_EDB, "'%s' is not a talus database", path);
		store_close(st);
		return rc;
	}
	st->read_only = why;
	*out = st;
	return 0;
}

const char *
store_read_only(const struct store *st)
{
	return st ? st->read_only : NULL;
}

void
store_close(struct store *st)
{
	if (!st)
		return;
	if (st->in_tx)
		store_rollback(st);
	for (int i = 0; i < NSTMT && st->cache[i].sql; i++)
		sqlite3_finalize(st->cache[i].stmt);
	sqlite3_close(st->db);
	free(st->days);
	free(st->shoes);
	free(st->path);
	free(st);
}

/* The counter this transaction commits. */
static int
read_seq(sqlite3 *db, int64_t *out)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT seq FROM txn", -1, &s, NULL) != SQLITE_OK)
		return -1;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}

int
store_begin(struct store *st, struct talus_err *err)
{
	static const char sql[] = "UPDATE txn SET seq = seq + 1";
	sqlite3_stmt *s;
	int rc;

	if (st->read_only)
		return err_set(err, TALUS_EDB, "the database is open read-only (%s)",
			       st->read_only);
	if (!st->db)
		return err_set(err, TALUS_EDB, "the database was closed after a disk error");
	if ((rc = exec(st, "BEGIN IMMEDIATE", err)))
		return rc;
	st->in_tx = st->in_write = 1;
	if (!(s = store_stmt(st, sql, err)) ||
	    (rc = store_step_done(st, s, err, "starting a change")) ||
	    read_seq(st->db, &st->seq)) {
		rc = err->code ? err->code : store_dberr(st, err, "starting a change");
		store_rollback(st);
		return rc;
	}
	st->changes0 = sqlite3_total_changes(st->db);
	return 0;
}

int
store_begin_read(struct store *st, struct talus_err *err)
{
	int rc = exec(st, "BEGIN", err);

	if (!rc) {
		st->in_tx = 1;
		st->in_write = 0;
	}
	return rc;
}

/* Closes the connection, its statements first. */
static void
disconnect(struct store *st)
{
	for (int i = 0; i < NSTMT && st->cache[i].sql; i++) {
		sqlite3_finalize(st->cache[i].stmt);
		st->cache[i].sql = NULL;
		st->cache[i].stmt = NULL;
	}
	sqlite3_close(st->db);
	st->db = NULL;
}

/* 1 when the write transaction that moved txn.seq to st->seq is in the
 * database as the next command will find it. A COMMIT that fails after
 * writing its frames to the WAL (growing the WAL index, say) leaves them
 * there, in no index: this connection's close, when it is the last and can
 * checkpoint, truncates the WAL and they are gone; when it cannot (a disk
 * that refuses writes) they stay, and the next open's recovery reads them
 * in. So: close first, then look through a connection that rebuilds its
 * index from the WAL; while another process has the database open, through
 * the index that process shares. The store is closed afterwards. */
static int
landed(struct store *st)
{
	sqlite3 *db;
	int64_t now = -1;
	int ok = 0;

	disconnect(st);
	if ((db = open_private(st->path)))
		ok = read_seq(db, &now) == 0;
	if (!ok) {
		sqlite3_close(db);
		db = NULL;
		ok = sqlite3_open_v2(st->path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
		     (sqlite3_busy_timeout(db, 5000), read_seq(db, &now) == 0);
	}
	sqlite3_close(db);
	return ok && now >= st->seq;
}

int
store_commit(struct store *st, struct talus_err *err)
{
	struct talus_err cerr = TALUS_ERR_INIT;
	int rc;

	if (!st->in_tx)
		return 0;
	/* A write transaction that changed nothing but the counter (talus
	 * recover on a plan already started, a batch of duplicates) is rolled
	 * back: the database stays byte for byte as it was. */
	if (st->in_write && sqlite3_total_changes(st->db) == st->changes0) {
		store_rollback(st);
		return 0;
	}
	rc = exec(st, "COMMIT", &cerr);
	if (!rc || !sqlite3_get_autocommit(st->db)) {
		if (rc) {
			/* Still open (busy, say): nothing was committed. */
			store_rollback(st);
			return err_set(err, cerr.code, "%s", cerr.msg);
		}
		st->in_tx = st->in_write = 0;
		return 0;
	}
	st->in_tx = 0;
	if (st->in_write) {
		st->in_write = 0;
		if (landed(st))
			return err_warn(err, "the change was saved, but the disk reported an "
					"error after it: %s", cerr.msg);
	}
	return err_set(err, cerr.code ? cerr.code : TALUS_EDB, "%s", cerr.msg);
}

void
store_rollback(struct store *st)
{
	if (!st->in_tx)
		return;
	exec(st, "ROLLBACK", NULL);
	st->in_tx = st->in_write = 0;
}

/* ---- athletes ------------------------------------------------------------ */

/* Names are matched without regard to ASCII case (kept as typed); a
 * database from before that could hold "Ben" and "ben": the exact one
 * wins. */
static const char sql_athlete_add[] =
	"INSERT INTO athlete(name, units, sex, birth_year, is_default) "
	"SELECT ?1, ?2, ?3, ?4, NOT EXISTS (SELECT 1 FROM athlete) "
	"WHERE NOT EXISTS (SELECT 1 FROM athlete WHERE name = ?1 COLLATE NOCASE)";

int
store_athlete_add(int64_t *out_id, struct store *st, const struct athlete *a,
		  struct talus_err *err)
{
	sqlite3_stmt *s = store_stmt(st, sql_athlete_add, err);
	int rc;

	if (!s)
		return err->code;
	sqlite3_bind_text(s, 1, a->name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 2, units_name(a->units), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, a->sex, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(s, 4, a->birth_year);
	rc = store_step_done(st, s, err, "adding an athlete");
	if (!rc && !sqlite3_changes(st->db))
		rc = TALUS_EEXIST;
	if (rc == TALUS_EEXIST)
		return err_set(err, TALUS_EEXIST, "athlete '%s' already exists", a->name);
	if (rc)
		return rc;
	if (out_id)
		*out_id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static void
athlete_row(struct athlete *a, sqlite3_stmt *s)
{
	char units[4];

	memset(a, 0, sizeof(*a));
	a->id = sqlite3_column_int64(s, 0);
	col_text(a->name, sizeof(a->name), s, 1);
	col_text(units, sizeof(units), s, 2);
	a->units = !strcmp(units, "mi") ? UNITS_MI : UNITS_KM;
	col_text(a->sex, sizeof(a->sex), s, 3);
	a->birth_year = sqlite3_column_int(s, 4);
	a->is_default = sqlite3_column_int(s, 5);
}

#define ATHLETE_COLS "id, name, units, sex, birth_year, is_default"
static const char sql_athlete_by_name[] =
	"SELECT " ATHLETE_COLS " FROM athlete WHERE name = ?1 COLLATE NOCASE"
	" ORDER BY name = ?1 DESC, id LIMIT 1";
static const char sql_athlete_default[] =
	"SELECT " ATHLETE_COLS " FROM athlete ORDER BY is_default DESC, id LIMIT 1";
static const char sql_athlete_all[] =
	"SELECT " ATHLETE_COLS " FROM athlete ORDER BY name";

int
store_athlete_get(struct athlete *out, struct store *st, const char *name,
		  struct talus_err *err)
{
	sqlite3_stmt *s = store_stmt(st, name ? sql_athlete_by_name : sql_athlete_default, err);
	int rc;

	if (!s)
		return err->code;
	if (name)
		sqlite3_bind_text(s, 1, name, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		athlete_row(out, s);
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_dberr(st, err, "reading the athlete");
	if (name)
		return err_set(err, TALUS_ENOTFOUND, "no athlete named '%s'", name);
	return err_set(err, TALUS_ENOTFOUND, "the database has no athlete");
}

int
store_athlete_rename(struct store *st, int64_t id, const char *name, struct talus_err *err)
{
	static const char sql[] =
		"UPDATE athlete SET name = ?2 WHERE id = ?1 AND NOT EXISTS"
		" (SELECT 1 FROM athlete WHERE name = ?2 COLLATE NOCASE AND id != ?1)";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, name, -1, SQLITE_TRANSIENT);
	if ((rc = store_step_done(st, s, err, "renaming the athlete")))
		return rc;
	if (!sqlite3_changes(st->db))
		return err_set(err, TALUS_EEXIST, "athlete '%s' already exists", name);
	return 0;
}

int
store_athlete_delete(struct store *st, int64_t id, struct talus_err *err)
{
	static const char sql[] = "DELETE FROM athlete WHERE id = ?1";
	/* The default goes to the first athlete left, if any. */
	static const char sql_default[] =
		"UPDATE athlete SET is_default = 1 WHERE id = (SELECT id FROM athlete"
		" ORDER BY id LIMIT 1) AND NOT EXISTS (SELECT 1 FROM athlete WHERE is_default)";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step_done(st, s, err, "removing the athlete")))
		return rc;
	if (!sqlite3_changes(st->db))
		return err_set(err, TALUS_ENOTFOUND, "no athlete with id %lld", (long long)id);
	if (!(s = store_stmt(st, sql_default, err)))
		return err->code;
	return store_step_done(st, s, err, "choosing the default athlete");
}

int
store_athlete_list(struct athlete **out, size_t *n, struct store *st,
		   struct talus_err *err)
{
	sqlite3_stmt *s = store_stmt(st, sql_athlete_all, err);
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return err->code;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xgrow(*out, sizeof(**out), *n + 1, &alloc);
		athlete_row(&(*out)[(*n)++], s);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_dberr(st, err, "listing athletes");
}
