/* store_data.h - the database as a whole: a backup through SQLite's
 * online backup API, the checks a file must pass to be restored, and the
 * swap of a restore; and the lists of records only an export reads.
 *
 * A backup or restored database is written to a temporary file beside
 * its target (0600, whatever the umask), copied page by page through the
 * backup API (a consistent snapshot, however busy the source), set to a
 * rollback journal (one self-contained file: nothing in a -wal beside
 * it), synced, and only then renamed into place; so the target is never
 * half written. Arrays returned through ** are owned by the caller and
 * freed with free().
 */
#ifndef TALUS_STORE_DATA_H
#define TALUS_STORE_DATA_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "store/store_programme.h"
#include "util/err.h"

/* Writes a consistent copy of the database st has open (read-only or not,
 * while other processes write) to path. An existing path is refused
 * (TALUS_EEXIST) unless replace; path naming the database itself is
 * TALUS_EINVAL. *bytes gets the copy's size. */
int store_backup(struct store *st, const char *path, int replace, int64_t *bytes,
		 struct talus_err *err);

/* What store_file_check() found. */
struct store_file_info {
	int version;       /* its schema version (PRAGMA user_version) */
	int latest;        /* this build's */
	int64_t bytes;
	int64_t athletes;  /* rows in athlete */
	int64_t activities; /* rows in activity */
};

/* Checks that path holds a talus database this build can restore: a
 * whole SQLite file (its size what its header says), SQLite's
 * integrity_check "ok", a schema version from 1 to this build's, and
 * every table of that version. TALUS_EINVAL with a message naming path
 * as shown and why not. */
int store_file_check(const char *path, const char *shown, struct store_file_info *info,
		     struct talus_err *err);

/* What store_restore() did. */
struct store_restored {
	char bak[4096];    /* where the replaced database was kept; "" when
			      there was none */
	int from_version;  /* the file's schema version */
	int to_version;    /* after migrating it forward */
};

/* Replaces the database at db with the content of file: checks a copy of
 * file (as store_file_check()) and migrates it to this build's schema in
 * a temporary file beside db; takes the database for itself (it leaves
 * WAL mode, which needs every other connection closed, and holds an
 * exclusive lock), keeps a consistent copy of it as bak_base ".bak" (or
 * bak_base "-2.bak", "-3.bak", ... when taken), then renames the new file
 * over db with no -wal or -shm left beside it. A missing db is created
 * (its folder 0700). On failure db is as it was. */
int store_restore(struct store_restored *out, const char *db, const char *file,
		  const char *bak_base, struct talus_err *err);

/* ---- what an export reads ------------------------------------------------ */

/* Every programme of the athlete, oldest first. (This and the next are
 * defined in store_programme.c, beside the row readers they share.) */
int store_programme_list(struct programme_record **out, size_t *n, struct store *st,
			 int64_t athlete, struct talus_err *err);
/* The logged exercises of all the athlete's programmes with day in
 * [from, to], by day then id. */
int store_programme_log_range(struct programme_entry **out, size_t *n, struct store *st,
			      int64_t athlete, int32_t from, int32_t to,
			      struct talus_err *err);
/* Every plan of the athlete, oldest first, without the snapshot of runs
 * (recent is NULL). */
int store_plan_list(struct plan_record **out, size_t *n, struct store *st,
		    int64_t athlete, struct talus_err *err);

#endif
