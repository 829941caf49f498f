/* store_data.c - backup, restore and the export's lists (see
 * store_data.h).
 *
 * Why a restore takes the database out of WAL mode before it renames the
 * new file over it: a -wal file beside a database holds pages of that
 * database, and SQLite would replay a stale one onto the new file. Leaving
 * WAL mode checkpoints and removes the -wal and -shm, and is refused while
 * any other connection has the database open; from then on the restore
 * holds an exclusive lock (locking_mode EXCLUSIVE), so nobody can open it
 * again in WAL mode until the new file is in place. */
#include "store/store_data.h"
#include "store/store_int.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BUSY_TRIES 500 /* x 20 ms: 10 s for a busy source */

/* ---- files ------------------------------------------------------------------ */

/* Creates path's missing folders, 0700. */
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
			rc = err_set(err, TALUS_EIO, "cannot create folder '%s': %s", dir,
				     strerror(errno));
		*p = '/';
		if (rc)
			break;
	}
	free(dir);
	return rc;
}

/* A new empty file beside path, "path.tmp-XXXXXX", mode 0600; *out gets
 * its name (the caller frees it). */
static int
temp_beside(char **out, const char *path, struct talus_err *err)
{
	struct strbuf sb = STRBUF_INIT;
	int fd;

	strbuf_addf(&sb, "%s.tmp-XXXXXX", path);
	if ((fd = mkstemp(sb.buf)) < 0) {
		int e = errno;
		strbuf_release(&sb);
		return err_set(err, TALUS_EIO, "cannot create a file beside '%s': %s", path,
			       strerror(e));
	}
	fchmod(fd, 0600);
	close(fd);
	*out = strbuf_detach(&sb);
	return 0;
}

/* Removes a temporary database and what SQLite may have left beside it. */
static void
remove_temp(char *path)
{
	static const char *const sfx[] = { "-journal", "-wal", "-shm" };

	if (!path)
		return;
	unlink(path);
	for (size_t i = 0; i < sizeof(sfx) / sizeof(sfx[0]); i++) {
		struct strbuf sb = STRBUF_INIT;
		strbuf_addf(&sb, "%s%s", path, sfx[i]);
		unlink(sb.buf);
		strbuf_release(&sb);
	}
	free(path);
}

static int
fsync_path(const char *path, int dir)
{
	int fd = open(path, (dir ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC), rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/* Syncs the folder holding path, so that a rename in it lasts. */
static void
fsync_dir_of(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');

	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	fsync_path(slash ? dir : ".", 1);
	free(dir);
}

/* 1 when a and b name the same file. */
static int
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return !stat(a, &sa) && !stat(b, &sb) && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

/* Puts tmp in place as path: replacing it, or (!replace) only when there
 * is none (link() refuses an existing name, atomically). tmp is gone
 * after success. */
static int
put_in_place(const char *tmp, const char *path, int replace, struct talus_err *err)
{
	if (replace) {
		if (rename(tmp, path))
			return err_set(err, TALUS_EIO, "cannot write '%s': %s", path,
				       strerror(errno));
	} else if (link(tmp, path)) {
		int e = errno;
		if (e == EEXIST)
			return err_set(err, TALUS_EEXIST, "'%s' exists", path);
		/* A file system without hard links: check, then rename. */
		if (!access(path, F_OK))
			return err_set(err, TALUS_EEXIST, "'%s' exists", path);
		if (rename(tmp, path))
			return err_set(err, TALUS_EIO, "cannot write '%s': %s", path,
				       strerror(errno));
	} else {
		unlink(tmp);
	}
	fsync_dir_of(path);
	return 0;
}

/* ---- connections --------------------------------------------------------- */

/* Records "what: the database's message"; returns code. */
static int db_error(sqlite3 *db, struct talus_err *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int
db_error(sqlite3 *db, struct talus_err *err, int code, const char *fmt, ...)
{
	char what[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return err_set(err, code, "%s: %s", what, db ? sqlite3_errmsg(db) : "out of memory");
}

/* Runs sql, which returns no rows or rows that do not matter. */
static int
run(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

/* The first column of the first row of sql as text into buf ("" when no
 * row); SQLite's result code. */
static int
query_text(sqlite3 *db, const char *sql, char *buf, size_t n)
{
	sqlite3_stmt *s;
	int rc;

	buf[0] = '\0';
	if ((rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL)) != SQLITE_OK)
		return rc;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(s, 0);
		snprintf(buf, n, "%s", t ? (const char *)t : "");
		rc = SQLITE_OK;
	} else if (rc == SQLITE_DONE) {
		rc = SQLITE_OK;
	}
	sqlite3_finalize(s);
	return rc;
}

/* 1 when a -wal file with something in it lies beside path. */
static int
has_wal(const char *path)
{
	struct strbuf wal = STRBUF_INIT;
	struct stat sb;
	int yes;

	strbuf_addf(&wal, "%s-wal", path);
	yes = !stat(wal.buf, &sb) && sb.st_size > 0;
	strbuf_release(&wal);
	return yes;
}

/* Opens path read-only to copy or check it: as it is, with nothing
 * created beside it, when no -wal with something in it lies beside it;
 * else through its WAL. */
static int
open_source(sqlite3 **out, const char *path, const char *shown, struct talus_err *err)
{
	struct strbuf uri = STRBUF_INIT;
	int rc;

	strbuf_adds(&uri, "file:");
	for (const char *p = path; *p; p++)
		if (*p == '?' || *p == '#' || *p == '%')
			strbuf_addf(&uri, "%%%02X", (unsigned char)*p);
		else
			strbuf_addch(&uri, *p);
	strbuf_adds(&uri, has_wal(path) ? "?mode=ro" : "?mode=ro&immutable=1");
	rc = sqlite3_open_v2(uri.buf, out, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
	strbuf_release(&uri);
	if (rc != SQLITE_OK) {
		rc = db_error(*out, err, TALUS_EINVAL, "'%s' cannot be read as a database",
			      shown);
		sqlite3_close(*out);
		*out = NULL;
		return rc;
	}
	sqlite3_busy_timeout(*out, 5000);
	return 0;
}

/* Copies src's main database into the empty file tmp through the backup
 * API, as one self-contained file (rollback journal), synced. */
static int
copy_into(sqlite3 *src, const char *tmp, const char *what, struct talus_err *err)
{
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	char mode[16];
	int rc, tries = 0;

	if (sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		rc = db_error(dst, err, TALUS_EIO, "cannot write %s", what);
		sqlite3_close(dst);
		return rc;
	}
	if (!(b = sqlite3_backup_init(dst, "main", src, "main"))) {
		rc = db_error(dst, err, TALUS_EIO, "cannot copy %s", what);
		sqlite3_close(dst);
		return rc;
	}
	/* One step for the whole file: a single read of the source, so the
	 * copy is one snapshot even while another process writes. */
	while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
		if (++tries > BUSY_TRIES)
			break;
		sqlite3_sleep(20);
	}
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		err_set(err, rc == SQLITE_FULL || rc == SQLITE_IOERR ? TALUS_EIO : TALUS_EDB,
			"cannot copy %s: %s", what, sqlite3_errstr(rc));
		sqlite3_close(dst);
		return err->code;
	}
	/* The copy carries the source's WAL flag: one file, no -wal to go
	 * with it. */
	if (query_text(dst, "PRAGMA journal_mode = DELETE", mode, sizeof(mode)) != SQLITE_OK ||
	    strcmp(mode, "delete")) {
		rc = db_error(dst, err, TALUS_EIO, "cannot write %s", what);
		sqlite3_close(dst);
		return rc;
	}
	if (sqlite3_close(dst) != SQLITE_OK)
		return err_set(err, TALUS_EIO, "cannot write %s", what);
	if (fsync_path(tmp, 0))
		return err_set(err, TALUS_EIO, "cannot write %s: %s", what, strerror(errno));
	return 0;
}

int
store_backup(struct store *st, const char *path, int replace, int64_t *bytes,
	     struct talus_err *err)
{
	struct strbuf what = STRBUF_INIT;
	struct stat sb;
	char *tmp = NULL;
	int rc;

	if (same_file(path, st->path))
		return err_set(err, TALUS_EINVAL, "'%s' is the database itself", path);
	if (!stat(path, &sb) && S_ISDIR(sb.st_mode))
		return err_set(err, TALUS_EINVAL, "'%s' is a folder: give a file name", path);
	/* never rename over a device, a pipe or a socket, --force or not */
	if (!stat(path, &sb) && !S_ISREG(sb.st_mode))
		return err_set(err, TALUS_EINVAL, "'%s' is not a regular file: give a file "
			       "name", path);
	if (!replace && !access(path, F_OK))
		return err_set(err, TALUS_EEXIST, "'%s' exists", path);
	if ((rc = temp_beside(&tmp, path, err)))
		return rc;
	strbuf_addf(&what, "the database to '%s'", path);
	if (!(rc = copy_into(st->db, tmp, what.buf, err)) &&
	    !(rc = put_in_place(tmp, path, replace, err))) {
		*bytes = stat(path, &sb) ? 0 : (int64_t)sb.st_size;
		if (replace) {
			free(tmp);
			tmp = NULL; /* renamed */
		}
	}
	strbuf_release(&what);
	remove_temp(tmp);
	return rc;
}

/* ---- checking a file ----------------------------------------------------- */

static uint32_t
be(const unsigned char *p, int n)
{
	uint32_t v = 0;

	for (int i = 0; i < n; i++)
		v = v << 8 | p[i];
	return v;
}

/* The file as bytes: a SQLite header, and as long as the header says. */
static int
check_header(const char *path, const char *shown, int64_t *bytes, struct talus_err *err)
{
	unsigned char h[100];
	struct stat sb;
	ssize_t n;
	uint32_t page, pages;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return err_set(err, errno == ENOENT ? TALUS_EINVAL : TALUS_EIO,
			       "cannot read '%s': %s", shown, strerror(errno));
	if (fstat(fd, &sb) || !S_ISREG(sb.st_mode)) {
		close(fd);
		return err_set(err, TALUS_EINVAL, "'%s' is not a file", shown);
	}
	n = read(fd, h, sizeof(h));
	close(fd);
	*bytes = (int64_t)sb.st_size;
	if (n != (ssize_t)sizeof(h) || memcmp(h, "SQLite format 3", 16))
		return err_set(err, TALUS_EINVAL, "'%s' is not a SQLite database", shown);
	page = be(h + 16, 2) == 1 ? 65536 : be(h + 16, 2);
	pages = be(h + 28, 4);
	if (page < 512 || (page & (page - 1)))
		return err_set(err, TALUS_EINVAL, "'%s' is damaged: a page size of %u",
			       shown, page);
	/* The page count is valid when the change counter matches; with a
	 * WAL beside it, the file may be ahead of a checkpoint cut short. */
	if (has_wal(path))
		return 0;
	if (pages && be(h + 24, 4) == be(h + 92, 4) &&
	    (uint64_t)sb.st_size < (uint64_t)pages * page)
		return err_set(err, TALUS_EINVAL, "'%s' is truncated: %lld bytes, where its "
			       "header says %u pages of %u bytes", shown,
			       (long long)sb.st_size, pages, page);
	if ((uint64_t)sb.st_size % page)
		return err_set(err, TALUS_EINVAL, "'%s' is truncated: %lld bytes, not a whole "
			       "number of %u-byte pages", shown, (long long)sb.st_size, page);
	return 0;
}

/* The tables a database of schema version v has: those the first v
 * migrations create, found by running them on an empty database in
 * memory. *names is a NUL-separated list, ended by an empty name. */
static int
expected_tables(struct strbuf *names, int v, struct talus_err *err)
{
	sqlite3 *mem = NULL;
	sqlite3_stmt *s = NULL;
	int rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE, NULL);

	for (int i = 0; i < v && rc == SQLITE_OK; i++)
		rc = run(mem, store_migrations[i]);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(mem, "SELECT name FROM sqlite_master WHERE type = 'table'"
					" ORDER BY rowid", -1, &s, NULL);
	while (rc == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
		strbuf_adds(names, (const char *)sqlite3_column_text(s, 0));
		strbuf_addch(names, '\0');
	}
	strbuf_addch(names, '\0');
	sqlite3_finalize(s);
	if (rc != SQLITE_OK)
		rc = db_error(mem, err, TALUS_EDB, "reading the schema");
	sqlite3_close(mem);
	return rc;
}

static int64_t
count_rows(sqlite3 *db, const char *sql)
{
	char buf[32];

	return query_text(db, sql, buf, sizeof(buf)) == SQLITE_OK ? atoll(buf) : -1;
}

int
store_file_check(const char *path, const char *shown, struct store_file_info *info,
		 struct talus_err *err)
{
	struct strbuf tables = STRBUF_INIT;
	sqlite3 *db = NULL;
	char buf[256];
	int rc;

	memset(info, 0, sizeof(*info));
	info->latest = store_nmigrations;
	if ((rc = check_header(path, shown, &info->bytes, err)) ||
	    (rc = open_source(&db, path, shown, err)))
		return rc;
	if ((rc = query_text(db, "PRAGMA integrity_check", buf, sizeof(buf))) != SQLITE_OK) {
		rc = err_set(err, TALUS_EINVAL, "'%s' is damaged: %s", shown, sqlite3_errstr(rc));
		goto done;
	}
	if (strcmp(buf, "ok")) {
		rc = err_set(err, TALUS_EINVAL, "'%s' fails SQLite's integrity check: %s", shown,
			     buf);
		goto done;
	}
	if ((rc = query_text(db, "PRAGMA user_version", buf, sizeof(buf))) != SQLITE_OK) {
		rc = db_error(db, err, TALUS_EINVAL, "'%s' cannot be read", shown);
		goto done;
	}
	info->version = atoi(buf);
	if (info->version <= 0) {
		rc = err_set(err, TALUS_EINVAL, "'%s' is a SQLite database, not a talus one "
			     "(schema version %d)", shown, info->version);
		goto done;
	}
	if (info->version > store_nmigrations) {
		rc = err_set(err, TALUS_EINVAL, "'%s' has schema version %d, newer than this "
			     "talus knows (%d): restore it with a newer talus", shown,
			     info->version, store_nmigrations);
		goto done;
	}
	if ((rc = expected_tables(&tables, info->version, err)))
		goto done;
	for (const char *t = tables.buf; *t; t += strlen(t) + 1) {
		sqlite3_stmt *s;
		int found = 0;
		if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table'"
				       " AND name = ?1", -1, &s, NULL) == SQLITE_OK) {
			sqlite3_bind_text(s, 1, t, -1, SQLITE_STATIC);
			found = sqlite3_step(s) == SQLITE_ROW;
			sqlite3_finalize(s);
		}
		if (!found) {
			rc = err_set(err, TALUS_EINVAL, "'%s' is not a talus database of schema "
				     "version %d: it has no table '%s'", shown, info->version, t);
			goto done;
		}
	}
	info->athletes = count_rows(db, "SELECT count(*) FROM athlete");
	info->activities = count_rows(db, "SELECT count(*) FROM activity");
done:
	strbuf_release(&tables);
	sqlite3_close(db);
	return rc;
}

/* ---- restore --------------------------------------------------------------- */

/* Takes the file tmp (a checked copy at schema version v) to this
 * build's schema, in one transaction. */
static int
migrate_file(const char *tmp, int v, struct talus_err *err)
{
	sqlite3 *db = NULL;
	int rc = sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE, NULL);

	if (rc == SQLITE_OK)
		rc = run(db, "PRAGMA foreign_keys = OFF; BEGIN IMMEDIATE");
	for (; v < store_nmigrations && rc == SQLITE_OK; v++) {
		char pragma[64];
		if ((rc = run(db, store_migrations[v])) == SQLITE_OK) {
			snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", v + 1);
			rc = run(db, pragma);
		}
	}
	if (rc == SQLITE_OK)
		rc = run(db, "COMMIT");
	if (rc != SQLITE_OK)
		rc = db_error(db, err, TALUS_EDB, "cannot bring the restored database up to date");
	if (sqlite3_close(db) != SQLITE_OK && !rc)
		rc = err_set(err, TALUS_EIO, "cannot write the restored database");
	if (!rc && fsync_path(tmp, 0))
		rc = err_set(err, TALUS_EIO, "cannot write the restored database: %s",
			     strerror(errno));
	return rc;
}

/* Keeps a consistent copy of the database cur has open as base.bak, or
 * base-N.bak for the first N from 2 that is free; *out gets the name. */
static int
keep_old(char *out, size_t n, sqlite3 *cur, const char *db, const char *base,
	 struct talus_err *err)
{
	char *tmp = NULL;
	int rc;

	if ((rc = temp_beside(&tmp, db, err)) ||
	    (rc = copy_into(cur, tmp, "the current database", err))) {
		remove_temp(tmp);
		return rc;
	}
	for (int k = 1; k < 1000; k++) {
		if (k == 1)
			snprintf(out, n, "%s.bak", base);
		else
			snprintf(out, n, "%s-%d.bak", base, k);
		rc = put_in_place(tmp, out, 0, err);
		if (rc != TALUS_EEXIST)
			break;
		err_clear(err);
	}
	if (rc == TALUS_EEXIST)
		rc = err_set(err, TALUS_EIO, "cannot keep the current database: too many "
			     "backups named '%s-N.bak'", base);
	remove_temp(tmp);
	return rc;
}

/* Removes db's -wal and -shm: only while the database is out of WAL mode
 * and locked exclusively, when nothing can be using them. */
static void
remove_wal(const char *db)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_addf(&sb, "%s-wal", db);
	unlink(sb.buf);
	strbuf_reset(&sb);
	strbuf_addf(&sb, "%s-shm", db);
	unlink(sb.buf);
	strbuf_release(&sb);
}

/* Opens the current database for the restore alone: out of WAL mode
 * (which checkpoints the WAL into it), held with an exclusive lock until
 * closed. */
static int
take_current(sqlite3 **out, const char *db, struct talus_err *err)
{
	sqlite3 *cur = NULL;
	char mode[16];
	int rc;

	*out = NULL;
	if (sqlite3_open_v2(db, &cur, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		rc = db_error(cur, err, TALUS_EIO, "cannot open the database '%s'", db);
		sqlite3_close(cur);
		return rc;
	}
	sqlite3_busy_timeout(cur, 5000);
	rc = run(cur, "PRAGMA locking_mode = EXCLUSIVE");
	if (rc == SQLITE_OK)
		rc = query_text(cur, "PRAGMA journal_mode = DELETE", mode, sizeof(mode));
	if (rc == SQLITE_OK && strcmp(mode, "delete"))
		rc = SQLITE_BUSY;
	/* A write transaction takes the exclusive lock, which locking_mode
	 * EXCLUSIVE keeps after it ends (a backup cannot read from a
	 * connection in the middle of one). */
	if (rc == SQLITE_OK)
		rc = run(cur, "BEGIN EXCLUSIVE; COMMIT");
	if (rc != SQLITE_OK) {
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
			rc = err_set(err, TALUS_EIO, "the database '%s' is in use: close the other "
				     "talus (or program) using it, then restore again", db);
		else if (rc == SQLITE_READONLY || sqlite3_db_readonly(cur, "main") == 1)
			rc = err_set(err, TALUS_EIO, "cannot restore over '%s': the database "
				     "file is read-only", db);
		else
			rc = err_set(err, TALUS_EIO, "the current database '%s' cannot be read "
				     "(%s): move it away, then restore again", db, sqlite3_errmsg(cur));
		sqlite3_close(cur);
		return rc;
	}
	*out = cur;
	return 0;
}

/* Lets go of the current database; after a failure, back in WAL mode as
 * talus keeps it. */
static void
release_current(sqlite3 *cur, int failed)
{
	if (!cur)
		return;
	if (failed) {
		run(cur, "PRAGMA locking_mode = NORMAL");
		run(cur, "PRAGMA journal_mode = WAL");
	}
	sqlite3_close(cur);
}

int
store_restore(struct store_restored *out, const char *db, const char *file,
	      const char *bak_base, struct talus_err *err)
{
	struct store_file_info info;
	sqlite3 *src = NULL, *cur = NULL;
	char *tmp = NULL;
	int rc, exists = !access(db, F_OK);

	memset(out, 0, sizeof(*out));
	if (exists) {
		struct stat sb;
		if (stat(db, &sb) || !S_ISREG(sb.st_mode))
			return err_set(err, TALUS_EINVAL, "the database '%s' is not a regular "
				       "file", db);
	}
	if (exists && same_file(db, file))
		return err_set(err, TALUS_EINVAL, "'%s' is the database itself", file);
	/* The new content, checked and migrated, beside the database. */
	if ((rc = store_file_check(file, file, &info, err)) ||
	    (!exists && (rc = mkdirs(db, err))) || (rc = temp_beside(&tmp, db, err)) ||
	    (rc = open_source(&src, file, file, err)) ||
	    (rc = copy_into(src, tmp, "the file to restore", err)))
		goto done;
	sqlite3_close(src);
	src = NULL;
	if ((rc = store_file_check(tmp, file, &info, err)) ||
	    (rc = migrate_file(tmp, info.version, err)))
		goto done;
	out->from_version = info.version;
	out->to_version = store_nmigrations;
	/* The old one kept, then the new one in its place. */
	if (exists && ((rc = take_current(&cur, db, err)) ||
		       (rc = keep_old(out->bak, sizeof(out->bak), cur, db, bak_base, err))))
		goto done;
	if (exists)
		remove_wal(db);
	if (rename(tmp, db)) {
		rc = err_set(err, TALUS_EIO, "cannot replace '%s': %s", db, strerror(errno));
		goto done;
	}
	free(tmp);
	tmp = NULL;
	fsync_dir_of(db);
done:
	sqlite3_close(src);
	release_current(cur, rc != 0);
	remove_temp(tmp);
	if (rc && out->bak[0]) {
		/* Nothing was replaced: the copy kept is not needed. */
		unlink(out->bak);
		out->bak[0] = '\0';
	}
	return rc;
}

/* ---- the export's lists ------------------------------------------------------ */

int
store_plan_list(struct plan_record **out, size_t *n, struct store *st, int64_t athlete,
		struct talus_err *err)
{
	static const char sql[] =
		"SELECT id, start_day, weeks, target_week_m, long_run_weekday,"
		" runs_per_week, created_day FROM plan WHERE athlete_id = ?1 ORDER BY id";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct plan_record *p;
		*out = xgrow(*out, sizeof(**out), *n + 1, &alloc);
		p = &(*out)[(*n)++];
		memset(p, 0, sizeof(*p));
		p->id = sqlite3_column_int64(s, 0);
		p->start = sqlite3_column_int(s, 1);
		p->weeks = sqlite3_column_int(s, 2);
		p->target_week_m = sqlite3_column_double(s, 3);
		p->long_run_weekday = sqlite3_column_int(s, 4);
		p->runs_per_week = sqlite3_column_int(s, 5);
		p->created = sqlite3_column_int(s, 6);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return store_dberr(st, err, "reading the plans");
	}
	return 0;
}
