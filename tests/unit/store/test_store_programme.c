/* test_store_programme.c - the programme's store (store_programme.h):
 * round trips of assessments, programmes and their log, plans and
 * recovery rows, and the schema's cascades. */
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
#include <unistd.h>

#include "store/store.h"
#include "store/store_int.h"
#include "store/store_programme.h"
#include "util/date.h"

static char path[64];

static int
setup(void **state)
{
	int fd;

	snprintf(path, sizeof(path), "/tmp/talus-prog-XXXXXX");
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

static struct store *
open_new(struct athlete *a)
{
	struct store *st;
	struct talus_err err = TALUS_ERR_INIT;

	memset(a, 0, sizeof(*a));
	assert_int_equal(store_open(&st, path, STORE_CREATE, &err), 0);
	assert_int_equal(store_begin(st, &err), 0);
	snprintf(a->name, sizeof(a->name), "Ann");
	assert_int_equal(store_athlete_add(&a->id, st, a, &err), 0);
	return st;
}

static int32_t
D(int m, int d)
{
	return day_from_civil(2026, m, d);
}

/* ---- the store ---------------------------------------------------------------- */

/* Migration 2 -> 3 made the programme's tables (later migrations may
 * follow it). */
static void
schema_has_the_programme_tables(void **state)
{
	static const char *const tables[] = {
		"assessment", "assessment_sprain", "assessment_test", "programme",
		"programme_log", "plan", "plan_recent_run", "recovery",
	};
	struct athlete a;
	struct talus_err err = TALUS_ERR_INIT;
	struct store *st = open_new(&a);
	sqlite3 *db;
	sqlite3_stmt *s;

	(void)state;
	assert_int_equal(store_commit(st, &err), 0);
	store_close(st);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_true(sqlite3_column_int(s, 0) >= 3);
	sqlite3_finalize(s);
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
		assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master"
						    " WHERE type = 'table' AND name = ?1", -1, &s,
						    NULL), SQLITE_OK);
		sqlite3_bind_text(s, 1, tables[i], -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(s), SQLITE_ROW);
		if (sqlite3_column_int(s, 0) != 1)
			fail_msg("no table %s", tables[i]);
		sqlite3_finalize(s);
	}
	sqlite3_close(db);
}

static void
assessment_round_trip(void **state)
{
	struct athlete a;
	struct talus_err err = TALUS_ERR_INIT;
	struct store *st = open_new(&a);
	struct assess_record r, got, *list;
	size_t n;
	int found;

	(void)state;
	memset(&r, 0, sizeof(r));
	assess_input_init(&r.in, D(3, 1));
	r.in.sex = ASSESS_SEX_FEMALE;
	r.in.birth_year = 1990;
	r.in.gait = ASSESS_GAIT_SUPINATION;
	r.in.shoe_support = ASSESS_SHOE_MINIMAL;
	r.in.brace_or_tape = FACT_NO;
	r.in.n_sprains = 2;
	r.in.sprains[0] = (struct assess_sprain){ LIMB_LEFT, 2025, 6, FACT_NO };
	r.in.sprains[1] = (struct assess_sprain){ LIMB_RIGHT, 2019, 11, FACT_UNKNOWN };
	r.in.side[LIMB_LEFT].cait = 22;
	r.in.side[LIMB_RIGHT].cait = 0; /* 0 is a score, not "unknown" */
	r.in.side[LIMB_LEFT].heel_raise_reps = 18;
	r.in.side[LIMB_LEFT].knee_wall_cm = 8.5;
	r.in.side[LIMB_LEFT].stance_s[0] = 10;
	r.in.side[LIMB_LEFT].stance_s[2] = 12.5;
	r.in.side[LIMB_RIGHT].ybal_ant_cm = 71.5;
	assess_log_facts_init(&r.facts);
	r.facts.l1_spikes_12w = 2;
	r.facts.l3_weeks_12w = 0;
	r.facts.monotony_high = FACT_YES;
	r.facts.few_rest_days = FACT_NO;
	r.facts.shoe_km = 612.5;
	r.facts.shoe_support = ASSESS_SHOE_STABILITY;
	r.facts.shoe_pairs = 1;
	r.facts.log_days = 27;
	assert_int_equal(store_assess_insert(&r.id, st, a.id, &r, &err), 0);

	assert_int_equal(store_assess_get(&got, st, a.id, r.id, &err), 0);
	assert_int_equal(got.in.day, D(3, 1));
	assert_int_equal(got.in.sex, ASSESS_SEX_FEMALE);
	assert_int_equal(got.in.birth_year, 1990);
	assert_int_equal(got.in.gait, ASSESS_GAIT_SUPINATION);
	assert_int_equal(got.in.shoe_support, ASSESS_SHOE_MINIMAL);
	assert_int_equal(got.in.brace_or_tape, FACT_NO);
	assert_int_equal(got.in.n_sprains, 2);
	assert_int_equal(got.in.sprains[0].side, LIMB_LEFT);
	assert_int_equal(got.in.sprains[0].month, 6);
	assert_int_equal(got.in.sprains[0].rehab_done, FACT_NO);
	assert_int_equal(got.in.sprains[1].side, LIMB_RIGHT);
	assert_int_equal(got.in.sprains[1].year, 2019);
	assert_int_equal(got.in.sprains[1].rehab_done, FACT_UNKNOWN);
	assert_int_equal(got.in.side[LIMB_LEFT].cait, 22);
	assert_int_equal(got.in.side[LIMB_RIGHT].cait, 0);
	assert_int_equal(got.in.side[LIMB_LEFT].heel_raise_reps, 18);
	assert_int_equal(got.in.side[LIMB_RIGHT].heel_raise_reps, -1);
	assert_true(got.in.side[LIMB_LEFT].knee_wall_cm == 8.5);
	assert_true(isnan(got.in.side[LIMB_RIGHT].knee_wall_cm));
	assert_true(got.in.side[LIMB_LEFT].stance_s[0] == 10);
	assert_true(isnan(got.in.side[LIMB_LEFT].stance_s[1]));
	assert_true(got.in.side[LIMB_LEFT].stance_s[2] == 12.5);
	assert_true(got.in.side[LIMB_RIGHT].ybal_ant_cm == 71.5);
	assert_int_equal(got.facts.l1_spikes_12w, 2);
	assert_int_equal(got.facts.l3_weeks_12w, 0);
	assert_int_equal(got.facts.monotony_high, FACT_YES);
	assert_int_equal(got.facts.few_rest_days, FACT_NO);
	assert_int_equal(got.facts.long_streak, FACT_UNKNOWN);
	assert_true(fabs(got.facts.shoe_km - 612.5) < 1e-9);
	assert_int_equal(got.facts.shoe_support, ASSESS_SHOE_STABILITY);
	assert_int_equal(got.facts.shoe_pairs, 1);
	assert_int_equal(got.facts.log_days, 27);

	/* A later one; "latest" is on or before the day asked. */
	r.in.day = D(4, 1);
	r.in.n_sprains = 0;
	assert_int_equal(store_assess_insert(NULL, st, a.id, &r, &err), 0);
	assert_int_equal(store_assess_latest(&got, &found, st, a.id, D(3, 31), &err), 0);
	assert_true(found);
	assert_int_equal(got.in.day, D(3, 1));
	assert_int_equal(store_assess_latest(&got, &found, st, a.id, D(4, 1), &err), 0);
	assert_int_equal(got.in.day, D(4, 1));
	assert_int_equal(got.in.n_sprains, 0);
	assert_int_equal(store_assess_latest(&got, &found, st, a.id, D(2, 1), &err), 0);
	assert_false(found);
	assert_int_equal(store_assess_list(&list, &n, st, a.id, INT32_MIN, INT32_MAX, &err), 0);
	assert_int_equal(n, 2);
	assert_true(list[0].in.day < list[1].in.day);
	free(list);
	assert_int_equal(store_assess_get(&got, st, a.id, 999, &err), TALUS_ENOTFOUND);
	store_close(st);
}

static void
programme_plan_recovery_round_trip(void **state)
{
	struct athlete a;
	struct talus_err err = TALUS_ERR_INIT;
	struct store *st = open_new(&a);
	struct programme_record p = { 0 }, pg;
	struct programme_entry e = { 0 }, *log;
	struct plan_record pl = { 0 }, pgot;
	struct plan_past_run recent[2] = { { D(2, 20), 8000 }, { D(2, 27), 12000 } };
	struct recovery_record rr = { 0, D(3, 5), 2, INT32_MIN }, *rows;
	size_t n;
	int found;

	(void)state;
	assert_int_equal(store_programme_current(&pg, &found, st, a.id, &err), 0);
	assert_false(found);
	p.start = D(3, 2);
	p.weekday_mask = 0x15;
	p.long_run_weekday = 6;
	p.weak.mask[LIMB_LEFT] = TEST_BIT(TEST_T3_HEEL_RAISE);
	p.weak.weaker = LIMB_LEFT;
	p.created = D(3, 1);
	assert_int_equal(store_programme_insert(&p.id, st, a.id, &p, &err), 0);
	assert_int_equal(store_programme_current(&pg, &found, st, a.id, &err), 0);
	assert_true(found);
	assert_int_equal(pg.id, p.id);
	assert_int_equal(pg.weekday_mask, 0x15);
	assert_int_equal(pg.weak.weaker, LIMB_LEFT);
	assert_int_equal(pg.weak.mask[LIMB_LEFT], TEST_BIT(TEST_T3_HEEL_RAISE));
	assert_int_equal(pg.assessment_id, 0);

	e.programme_id = p.id;
	snprintf(e.exercise, sizeof(e.exercise), "calf-raise");
	e.side = LIMB_BOTH;
	e.sets = 3;
	e.reps = 15;
	e.rating = RATED_OK;
	e.day = D(3, 4);
	e.pain = 4;
	assert_int_equal(store_programme_log_insert(NULL, st, &e, &err), 0);
	e.day = D(3, 2);
	e.side = LIMB_LEFT;
	e.rating = RATED_UNKNOWN;
	e.lost_balance = 1;
	e.pain = -1; /* not given */
	assert_int_equal(store_programme_log_insert(NULL, st, &e, &err), 0);
	assert_int_equal(store_programme_log_list(&log, &n, st, p.id, D(3, 31), &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(log[0].day, D(3, 2)); /* by day, whatever the order logged */
	assert_int_equal(log[0].side, LIMB_LEFT);
	assert_int_equal(log[0].rating, RATED_UNKNOWN);
	assert_int_equal(log[0].lost_balance, 1);
	assert_int_equal(log[0].pain, -1);
	assert_int_equal(log[1].side, LIMB_BOTH);
	assert_int_equal(log[1].rating, RATED_OK);
	assert_int_equal(log[1].pain, 4);
	free(log);
	assert_int_equal(store_programme_log_list(&log, &n, st, p.id, D(3, 3), &err), 0);
	assert_int_equal(n, 1);
	free(log);

	pl.start = D(3, 2);
	pl.weeks = 8;
	pl.target_week_m = 35000;
	pl.long_run_weekday = 6;
	pl.runs_per_week = 3;
	pl.recent = recent;
	pl.n_recent = 2;
	assert_int_equal(store_plan_insert(&pl.id, st, a.id, &pl, &err), 0);
	assert_int_equal(store_plan_current(&pgot, &found, st, a.id, &err), 0);
	assert_true(found);
	assert_int_equal(pgot.weeks, 8);
	assert_int_equal(pgot.n_recent, 2);
	assert_int_equal(pgot.recent[1].day, D(2, 27));
	assert_true(pgot.recent[1].distance_m == 12000);
	plan_record_release(&pgot);

	assert_int_equal(store_recovery_put(st, a.id, &rr, &err), 0);
	rr.ended = D(3, 9);
	assert_int_equal(store_recovery_put(st, a.id, &rr, &err), 0); /* an update */
	assert_int_equal(store_recovery_list(&rows, &n, st, a.id, D(3, 1), D(3, 31), &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(rows[0].protect_days, 2);
	assert_int_equal(rows[0].ended, D(3, 9));
	free(rows);
	assert_int_equal(store_recovery_list(&rows, &n, st, a.id, D(3, 6), D(3, 31), &err), 0);
	assert_int_equal(n, 0);
	free(rows);
	rr.protect_days = 4; /* CHECK (1..3) */
	assert_int_equal(store_recovery_put(st, a.id, &rr, &err), TALUS_EEXIST);
	assert_int_equal(store_commit(st, &err), 0);
	store_close(st);
}

/* Migration 6 -> 7: an assessment kept before it gets its days of log
 * from the day rows (the first run to its day, both counted), or none
 * without a run before it. */
static void
migration_counts_the_days_of_log(void **state)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct store *st;
	struct assess_record got;
	sqlite3 *db;
	char sql[512];
	int found;

	(void)state;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	for (int i = 0; i < 6; i++)
		assert_int_equal(sqlite3_exec(db, store_migrations[i], NULL, NULL, NULL), SQLITE_OK);
	snprintf(sql, sizeof(sql),
		 "PRAGMA user_version = 6;"
		 "INSERT INTO athlete(id, name, is_default) VALUES (1, 'Ann', 1);"
		 "INSERT INTO day_load VALUES (1, %d, 8000, 8000, 1, 0, 0);"
		 "INSERT INTO day_load VALUES (1, %d, 8000, 8000, 1, 0, 0);"
		 "INSERT INTO assessment(athlete_id, day) VALUES (1, %d);"
		 "INSERT INTO assessment(athlete_id, day) VALUES (1, %d);",
		 (int)D(2, 2), (int)D(2, 20), (int)D(3, 1), (int)D(2, 1));
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_open(&st, path, 0, &err), 0);
	assert_int_equal(store_assess_latest(&got, &found, st, 1, D(3, 1), &err), 0);
	assert_true(found);
	assert_int_equal(got.facts.log_days, 28); /* 2 February to 1 March */
	assert_int_equal(store_assess_latest(&got, &found, st, 1, D(2, 1), &err), 0);
	assert_true(found);
	assert_int_equal(got.facts.log_days, -1);
	store_close(st);
}

static int
count(sqlite3 *db, const char *table)
{
	char sql[96];
	sqlite3_stmt *s;
	int n;

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s", table);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	n = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return n;
}

static void
deleting_an_athlete_deletes_everything_of_theirs(void **state)
{
	static const char *const tables[] = {
		"assessment", "assessment_sprain", "assessment_test", "programme",
		"programme_log", "plan", "plan_recent_run", "recovery",
	};
	struct athlete a;
	struct talus_err err = TALUS_ERR_INIT;
	struct store *st = open_new(&a);
	struct assess_record r;
	struct programme_record p = { 0 };
	struct programme_entry e = { 0 };
	struct plan_past_run recent = { D(2, 27), 8000 };
	struct plan_record pl = { 0, D(3, 2), 4, 30000, 6, 3, D(3, 1), &recent, 1 };
	struct recovery_record rr = { 0, D(3, 5), 3, INT32_MIN };
	sqlite3 *db;

	(void)state;
	memset(&r, 0, sizeof(r));
	assess_input_init(&r.in, D(3, 1));
	assess_log_facts_init(&r.facts);
	r.in.n_sprains = 1;
	r.in.sprains[0] = (struct assess_sprain){ LIMB_LEFT, 2025, 6, FACT_NO };
	r.in.side[LIMB_LEFT].cait = 20;
	assert_int_equal(store_assess_insert(&r.id, st, a.id, &r, &err), 0);
	p.start = D(3, 2);
	p.weekday_mask = 0x15;
	p.assessment_id = r.id;
	assert_int_equal(store_programme_insert(&p.id, st, a.id, &p, &err), 0);
	e.programme_id = p.id;
	e.day = D(3, 2);
	snprintf(e.exercise, sizeof(e.exercise), "calf-raise");
	e.sets = 2;
	assert_int_equal(store_programme_log_insert(NULL, st, &e, &err), 0);
	assert_int_equal(store_plan_insert(NULL, st, a.id, &pl, &err), 0);
	assert_int_equal(store_recovery_put(st, a.id, &rr, &err), 0);
	assert_int_equal(store_commit(st, &err), 0);
	store_close(st);

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), SQLITE_OK);
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		assert_true(count(db, tables[i]) > 0);
	assert_int_equal(sqlite3_exec(db, "DELETE FROM athlete", NULL, NULL, NULL), SQLITE_OK);
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		assert_int_equal(count(db, tables[i]), 0);
	sqlite3_close(db);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(schema_has_the_programme_tables, setup, teardown),
		cmocka_unit_test_setup_teardown(assessment_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(programme_plan_recovery_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(migration_counts_the_days_of_log, setup,
						teardown),
		cmocka_unit_test_setup_teardown(deleting_an_athlete_deletes_everything_of_theirs,
						setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
