/* test_migrate.c - an old database upgrades: a database made at each
 * earlier schema version, with a typed run and an imported ride in it,
 * opens with this build; its rows read back as they were, with their
 * sport and offset sources "not recorded" (NULL), and take the new
 * fields after (a sport set by hand, which the duplicate check of an
 * import honours whatever the sport). */
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

#include "store/store.h"
#include "util/date.h"

/* schema.c's list, as the store itself reads it. */
extern const char *const store_migrations[];
extern const int store_nmigrations;

static char path[64];

static int
setup(void **state)
{
	int fd;

	snprintf(path, sizeof(path), "/tmp/talus-migrate-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	*state = NULL;
	return 0;
}

static int
teardown(void **state)
{
	char p[96];

	(void)state;
	unlink(path);
	snprintf(p, sizeof(p), "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", path);
	unlink(p);
	return 0;
}

static void
exec_ok(sqlite3 *db, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg ? msg : "?");
}

static int
int_of(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *s;
	int v;

	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

#define RUN_START 1772265600 /* 2026-02-28T08:00:00Z */
#define RIDE_START 1772352000 /* 2026-03-01T08:00:00Z */

/* A database at schema version v (1 <= v), as talus of that version left
 * it: a typed run (with its day row) and an imported ride. */
static void
make_old(int v)
{
	char sql[1024];
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	for (int i = 0; i < v; i++)
		exec_ok(db, store_migrations[i]);
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", v);
	exec_ok(db, sql);
	exec_ok(db, "INSERT INTO athlete(id, name, is_default) VALUES (1, 'Ann', 1)");
	snprintf(sql, sizeof(sql),
		 "INSERT INTO activity(id, athlete_id, sport, start_utc, utc_offset_s, has_offset,"
		 " day, distance_m, elapsed_s, name, source_hash) VALUES"
		 " (1, 1, 'run', %d, 0, 0, %d, 8000, 2400, '', ''),"
		 " (2, 1, 'ride', %d, 3600, 1, %d, 30000, 3600, 'Morning Ride', 'abc');"
		 "INSERT INTO day_load VALUES (1, %d, 8000, 8000, 1, 0, 0);",
		 RUN_START, RUN_START / 86400, RIDE_START, (RIDE_START + 3600) / 86400,
		 RUN_START / 86400);
	exec_ok(db, sql);
	sqlite3_close(db);
}

static void
old_databases_upgrade(void **state)
{
	(void)state;
	assert_true(store_nmigrations >= 7);
	for (int v = 1; v < store_nmigrations; v++) {
		struct talus_err err = TALUS_ERR_INIT;
		struct run_entry run, ride;
		struct day_load *rows;
		struct store *st;
		sqlite3 *db;
		int64_t near;
		size_t n;

		teardown(NULL);
		make_old(v);
		if (store_open(&st, path, 0, &err))
			fail_msg("from version %d: %s", v, err.msg);
		assert_int_equal(store_begin(st, &err), 0);

		/* The rows as they were; their sources not recorded. */
		assert_int_equal(store_run_get(&run, st, 1, 1, &err), 0);
		assert_int_equal(run.a.sport, SPORT_RUN);
		assert_int_equal(run.a.start_utc, RUN_START);
		assert_true(run.a.distance_m == 8000);
		assert_int_equal(run.a.sport_src, SPORT_SRC_UNKNOWN);
		assert_int_equal(run.a.offset_src, OFFSET_SRC_NONE);
		assert_int_equal(store_run_get(&ride, st, 1, 2, &err), 0);
		assert_int_equal(ride.a.sport, SPORT_RIDE);
		assert_int_equal(ride.a.utc_offset_s, 3600);
		assert_string_equal(ride.a.name, "Morning Ride");
		assert_int_equal(ride.a.sport_src, SPORT_SRC_UNKNOWN);
		assert_int_equal(ride.a.offset_src, OFFSET_SRC_NONE);

		/* An import's ride near the run is no duplicate: the run's
		 * sport was not set by hand. */
		assert_int_equal(store_activity_near(&near, st, 1, SPORT_RIDE, RUN_START + 30, 60,
						     &err), 0);
		assert_int_equal(near, 0);

		/* The new fields: the ride made a run by hand joins the load,
		 * and a ride near it is now a duplicate of it. */
		ride.a.sport = SPORT_RUN;
		ride.a.sport_src = SPORT_SRC_USER;
		ride.a.offset_src = OFFSET_SRC_ENTERED;
		assert_int_equal(store_run_update(st, 1, &ride, &err), 0);
		assert_int_equal(store_run_get(&ride, st, 1, 2, &err), 0);
		assert_int_equal(ride.a.sport_src, SPORT_SRC_USER);
		assert_int_equal(ride.a.offset_src, OFFSET_SRC_ENTERED);
		assert_int_equal(store_day_loads(&rows, &n, st, 1, INT32_MIN, INT32_MAX, &err), 0);
		assert_int_equal(n, 2);
		assert_true(rows[1].dist_m == 30000);
		free(rows);
		assert_int_equal(store_activity_near(&near, st, 1, SPORT_RIDE, RIDE_START - 30, 60,
						     &err), 0);
		assert_int_equal(near, 2);
		assert_int_equal(store_commit(st, &err), 0);
		store_close(st);

		/* In the file: the version, NULL for the run's sources. */
		assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
		assert_int_equal(int_of(db, "PRAGMA user_version"), store_nmigrations);
		assert_int_equal(int_of(db, "SELECT sport_src IS NULL AND utc_offset_src IS NULL"
					" FROM activity WHERE id = 1"), 1);
		assert_int_equal(int_of(db, "SELECT sport_src = 'user' FROM activity WHERE id = 2"),
				 1);
		sqlite3_close(db);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(old_databases_upgrade, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
