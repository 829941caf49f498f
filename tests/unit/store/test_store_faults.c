/* test_store_faults.c - the store under I/O faults, with the VFS of
 * tests/fault/faultvfs.c linked in (tests/CMakeLists.txt): a COMMIT whose
 * WAL index cannot grow, and reading on a disk that refuses every write.
 * tests/sh/faults.sh runs every command under every fault; these are the
 * two places where the store itself decides. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "faultvfs.h"
#include "store/store.h"

static char path[64];

static void
unlink_all(void)
{
	char p[96];

	unlink(path);
	snprintf(p, sizeof(p), "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", path);
	unlink(p);
}

/* A database with the athlete Ann, at rest (its WAL empty). */
static int
setup(void **state)
{
	struct store *st;
	struct talus_err err = TALUS_ERR_INIT;
	struct athlete a = { 0 };
	int fd;

	(void)state;
	faultvfs_arm(NULL);
	snprintf(path, sizeof(path), "/tmp/talus-test-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	assert_int_equal(store_open(&st, path, STORE_CREATE, &err), 0);
	assert_int_equal(store_begin(st, &err), 0);
	snprintf(a.name, sizeof(a.name), "Ann");
	assert_int_equal(store_athlete_add(NULL, st, &a, &err), 0);
	assert_int_equal(store_commit(st, &err), 0);
	store_close(st);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	faultvfs_arm(NULL);
	unlink_all();
	return 0;
}

/* Leaves sql, run times times, in the WAL, as a process that died with the
 * database open would (its close does not checkpoint): each run is one
 * transaction. */
static void
crash_with(const char *sql, int times)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA wal_autocheckpoint = 0; "
				      "PRAGMA synchronous = OFF", NULL, NULL, NULL), SQLITE_OK);
	for (int i = 0; i < times; i++)
		assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

/* The athlete's name as a fresh store reads it. */
static void
assert_name(const char *want)
{
	struct store *st;
	struct talus_err err = TALUS_ERR_INIT;
	struct athlete a;

	assert_int_equal(store_open(&st, path, 0, &err), 0);
	assert_int_equal(store_begin_read(st, &err), 0);
	assert_int_equal(store_athlete_get(&a, st, NULL, &err), 0);
	assert_string_equal(a.name, want);
	store_close(st);
}

/* Renames Ann to Anna in a commit that needs the WAL index's second page
 * (the first holds 4062 frames; 4061 are there), with fault armed just
 * before the COMMIT; returns store_commit()'s code, its message in msg. */
static int
rename_across_the_index(const char *fault, char *msg, size_t n)
{
	struct store *st;
	struct talus_err err = TALUS_ERR_INIT;
	struct athlete a;
	int rc;

	crash_with("UPDATE txn SET seq = seq + 1", 4061);
	assert_int_equal(store_open(&st, path, 0, &err), 0);
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_athlete_get(&a, st, NULL, &err), 0);
	assert_int_equal(store_athlete_rename(st, a.id, "Anna", &err), 0);
	assert_int_equal(faultvfs_arm(fault), 0);
	rc = store_commit(st, &err);
	snprintf(msg, n, "%s", err.msg);
	store_close(st);
	faultvfs_arm(NULL);
	return rc;
}

/* The disk fails for good as the index grows: the frames are in the WAL,
 * the close cannot checkpoint them away, the next open's recovery reads
 * them: saved, and store_commit() says so with a warning. */
static void
commit_saved_when_the_index_cannot_grow(void **state)
{
	char msg[512];

	(void)state;
	assert_int_equal(rename_across_the_index("shm:1:persistent", msg, sizeof(msg)), 0);
	assert_non_null(strstr(msg, "the change was saved"));
	assert_name("Anna");
}

/* Once: the close checkpoints what the index holds and truncates the WAL,
 * the frames with it: not saved, and store_commit() says so. */
static void
commit_lost_when_the_index_fails_once(void **state)
{
	char msg[512];

	(void)state;
	assert_int_equal(rename_across_the_index("shm:1:transient", msg, sizeof(msg)), TALUS_EDB);
	assert_non_null(strstr(msg, "disk"));
	assert_name("Ann");
}

/* Reading where nothing can be written, -shm included: read-only, and the
 * WAL a crash left is read too. */
static void
reads_on_a_disk_that_refuses_writes(void **state)
{
	struct store *st;
	struct talus_err err = TALUS_ERR_INIT;
	struct athlete a;

	(void)state;
	crash_with("UPDATE athlete SET name = 'Anna'", 1);
	assert_int_equal(faultvfs_arm("any:1:persistent"), 0);
	assert_int_equal(store_open(&st, path, STORE_READ, &err), 0);
	assert_non_null(store_read_only(st));
	assert_int_equal(store_begin_read(st, &err), 0);
	assert_int_equal(store_athlete_get(&a, st, NULL, &err), 0);
	assert_string_equal(a.name, "Anna");
	assert_int_not_equal(store_begin(st, &err), 0);
	store_close(st);
	/* A command that writes fails, naming the disk. */
	assert_int_equal(store_open(&st, path, 0, &err), TALUS_EDB);
	assert_non_null(strstr(err.msg, "disk"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(commit_saved_when_the_index_cannot_grow, setup,
						teardown),
		cmocka_unit_test_setup_teardown(commit_lost_when_the_index_fails_once, setup,
						teardown),
		cmocka_unit_test_setup_teardown(reads_on_a_disk_that_refuses_writes, setup,
						teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
