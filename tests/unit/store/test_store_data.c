/* test_store_data.c - the whole database: when a row of a talus runs.csv
 * stands for an activity already in the log (store_activity_match()),
 * what store_file_check() refuses and why, a backup (one file, 0600, its
 * rows, refusing an existing file and the database itself), and a
 * restore's swap (the .bak, no -wal left). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/store.h"
#include "store/store_data.h"
#include "util/date.h"

static char dir[64];

static int
setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/talus-data-XXXXXX");
	assert_non_null(mkdtemp(dir));
	return 0;
}

static int
teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static char *
in_dir(char *buf, size_t n, const char *name)
{
	snprintf(buf, n, "%s/%s", dir, name);
	return buf;
}

static struct store *
open_new(const char *path, int64_t *athlete)
{
	struct store *st;
	struct talus_err err = TALUS_ERR_INIT;
	struct athlete a = { 0 };

	assert_int_equal(store_open(&st, path, STORE_CREATE, &err), 0);
	assert_int_equal(store_begin(st, &err), 0);
	snprintf(a.name, sizeof(a.name), "Ann");
	assert_int_equal(store_athlete_add(athlete, st, &a, &err), 0);
	return st;
}

static void
add_run(struct store *st, int64_t ath, int64_t start, int has_time, double dist,
	const char *hash)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct run_entry r;
	int64_t id;

	run_entry_init(&r);
	r.a.sport = SPORT_RUN;
	r.a.start_utc = start;
	r.a.has_time = has_time;
	r.a.distance_m = dist;
	snprintf(r.source_hash, sizeof(r.source_hash), "%s", hash);
	assert_int_equal(store_run_insert(&id, st, ath, &r, &err), 0);
}

static int64_t
match(struct store *st, int64_t ath, int64_t start, int has_time, double dist,
      enum sport sport, const char *hash)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct activity a;
	int64_t id = -1;

	activity_init(&a);
	a.sport = sport;
	a.start_utc = start;
	a.has_time = has_time;
	a.distance_m = dist;
	assert_int_equal(store_activity_match(&id, st, ath, &a, 60, hash, &err), 0);
	return id;
}

static void
duplicates_of_a_runs_csv_row(void **state)
{
	char p[128];
	int64_t ath, noon = (int64_t)day_from_civil(2026, 2, 21) * 86400 + 12 * 3600;
	int64_t morning = noon - 5 * 3600;
	struct store *st = open_new(in_dir(p, sizeof(p), "m.db"), &ath);

	(void)state;
	add_run(st, ath, morning, 1, 8000, "");           /* typed in, with a time */
	add_run(st, ath, noon, 0, 5000, "aaaa");          /* from the file aaaa */
	/* with a time: the same sport within 60 s, whatever the distance */
	assert_int_equal(match(st, ath, morning + 59, 1, 3000, SPORT_RUN, "bbbb"), 1);
	assert_int_equal(match(st, ath, morning + 61, 1, 8000, SPORT_RUN, "bbbb"), 0);
	assert_int_equal(match(st, ath, morning, 1, 8000, SPORT_RIDE, "bbbb"), 0);
	/* no time (noon): only the same distance is the same run */
	assert_int_equal(match(st, ath, noon, 0, 5000.3, SPORT_RUN, "bbbb"), 2);
	assert_int_equal(match(st, ath, noon, 0, 6000, SPORT_RUN, "bbbb"), 0);
	/* rows of one file never stand for each other */
	assert_int_equal(match(st, ath, noon, 0, 5000, SPORT_RUN, "aaaa"), 0);
	store_close(st);
}

static void
file_check_refusals(void **state)
{
	char good[128], p[128], sql[320];
	struct store_file_info info;
	struct talus_err err = TALUS_ERR_INIT;
	int64_t ath, bytes;
	struct store *st = open_new(in_dir(good, sizeof(good), "good.db"), &ath);
	sqlite3 *db;
	FILE *f;

	(void)state;
	add_run(st, ath, 1700000000, 1, 5000, "");
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(store_begin_read(st, &err), 0);
	/* a backup: one file, 0600, whole */
	assert_int_equal(store_backup(st, in_dir(p, sizeof(p), "b.db"), 0, &bytes, &err), 0);
	{
		struct stat sb;
		assert_int_equal(stat(p, &sb), 0);
		assert_int_equal(sb.st_mode & 0777, 0600);
		assert_int_equal(sb.st_size, bytes);
	}
	assert_int_equal(store_file_check(p, "b.db", &info, &err), 0);
	assert_int_equal(info.version, info.latest);
	assert_int_equal(info.athletes, 1);
	assert_int_equal(info.activities, 1);
	assert_int_equal(store_backup(st, p, 0, &bytes, &err), TALUS_EEXIST);
	assert_int_equal(store_backup(st, good, 1, &bytes, &err), TALUS_EINVAL);
	assert_non_null(strstr(err.msg, "the database itself"));
	store_close(st);

	/* not SQLite */
	f = fopen(in_dir(p, sizeof(p), "text.db"), "w");
	fputs("hello", f);
	fclose(f);
	assert_int_equal(store_file_check(p, "text.db", &info, &err), TALUS_EINVAL);
	assert_string_equal(err.msg, "'text.db' is not a SQLite database");
	/* SQLite, not talus; talus, but newer; talus without a table */
	for (int k = 0; k < 3; k++) {
		static const char *const make[] = {
			"CREATE TABLE t(x)",
			"PRAGMA user_version = 99", /* on a copy of good.db */
			"PRAGMA user_version = 1; CREATE TABLE athlete(id)",
		};
		static const char *const want[] = {
			"'x.db' is a SQLite database, not a talus one (schema version 0)",
			"'x.db' has schema version 99, newer than this talus knows",
			"'x.db' is not a talus database of schema version 1: it has no table 'shoe'",
		};
		in_dir(p, sizeof(p), "x.db");
		unlink(p);
		if (k == 1) {
			snprintf(sql, sizeof(sql), "cp '%s' '%s'", good, p);
			assert_int_equal(system(sql), 0);
		}
		assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
		assert_int_equal(sqlite3_exec(db, make[k], NULL, NULL, NULL), SQLITE_OK);
		sqlite3_close(db);
		assert_int_equal(store_file_check(p, "x.db", &info, &err), TALUS_EINVAL);
		if (strncmp(err.msg, want[k], strlen(want[k])))
			fail_msg("case %d: got \"%s\"", k, err.msg);
	}
	/* truncated: a whole backup cut short */
	{
		char cmd[512];
		snprintf(cmd, sizeof(cmd), "head -c 8192 '%s/b.db' > '%s/cut.db'", dir, dir);
		assert_int_equal(system(cmd), 0);
		assert_int_equal(store_file_check(in_dir(p, sizeof(p), "cut.db"), "cut.db", &info,
						  &err), TALUS_EINVAL);
		assert_non_null(strstr(err.msg, "'cut.db' is truncated: 8192 bytes"));
	}
}

static void
restore_swaps_and_keeps(void **state)
{
	char db[128], p[128], base[200];
	struct store_restored r;
	struct talus_err err = TALUS_ERR_INIT;
	struct store *st;
	int64_t ath, bytes;
	struct stat sb;

	(void)state;
	st = open_new(in_dir(db, sizeof(db), "live.db"), &ath);
	add_run(st, ath, 1700000000, 1, 5000, "");
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(store_begin_read(st, &err), 0);
	assert_int_equal(store_backup(st, in_dir(p, sizeof(p), "one.db"), 0, &bytes, &err), 0);
	store_rollback(st);
	assert_int_equal(store_begin(st, &err), 0);
	add_run(st, ath, 1700100000, 1, 6000, "");
	assert_int_equal(store_commit(st, &err), 0);
	store_close(st);

	snprintf(base, sizeof(base), "%s.day", db);
	assert_int_equal(store_restore(&r, db, p, base, &err), 0);
	assert_int_equal(r.from_version, r.to_version);
	snprintf(base, sizeof(base), "%s.day.bak", db);
	assert_string_equal(r.bak, base);
	assert_int_equal(stat(r.bak, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	snprintf(base, sizeof(base), "%s-wal", db);
	assert_int_not_equal(access(base, F_OK), 0);
	/* the restored database holds one run, the .bak two */
	{
		struct store_file_info info;
		assert_int_equal(store_file_check(db, "live.db", &info, &err), 0);
		assert_int_equal(info.activities, 1);
		assert_int_equal(store_file_check(r.bak, "bak", &info, &err), 0);
		assert_int_equal(info.activities, 2);
	}
	/* the database itself is refused */
	assert_int_equal(store_restore(&r, db, db, base, &err), TALUS_EINVAL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(duplicates_of_a_runs_csv_row, setup, teardown),
		cmocka_unit_test_setup_teardown(file_check_refusals, setup, teardown),
		cmocka_unit_test_setup_teardown(restore_swaps_and_keeps, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
