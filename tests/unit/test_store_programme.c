/* test_store_programme.c - the programme's store (store_programme.h) and
 * what the CLI derives from the log (cli/programme.h): round trips of
 * assessments, programmes and their log, plans and recovery rows; the
 * schema's cascades; the assessment's log facts on both sides of each
 * threshold; the recovery triggers; episodes found, completed, ended early
 * and begun again by a roll; and a day gathered through the store, where
 * a recovery plan makes the day a rest day but never softens a red flag. */
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

#include "cli/programme.h"
#include "store/store.h"
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

static void
add_run(struct store *st, int64_t ath, int32_t day, double m, int pain_during, int pain_after)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct run_entry r;

	run_entry_init(&r);
	r.a.sport = SPORT_RUN;
	r.a.start_utc = (int64_t)day * 86400 + 7 * 3600;
	r.a.distance_m = m;
	r.day = day;
	r.pain_during = pain_during;
	r.pain_after = pain_after;
	assert_int_equal(store_run_insert(NULL, st, ath, &r, &err), 0);
}

static struct ankle_log
alog(int32_t day, enum side side)
{
	struct ankle_log l;

	ankle_log_init(&l);
	l.day = day;
	l.side = side;
	return l;
}

static void
add_log(struct store *st, int64_t ath, const struct ankle_log *l)
{
	struct talus_err err = TALUS_ERR_INIT;

	assert_int_equal(store_ankle_insert(NULL, st, ath, l, &err), 0);
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
	assert_int_equal(store_programme_log_insert(NULL, st, &e, &err), 0);
	e.day = D(3, 2);
	e.side = LIMB_LEFT;
	e.rating = RATED_UNKNOWN;
	e.lost_balance = 1;
	assert_int_equal(store_programme_log_insert(NULL, st, &e, &err), 0);
	assert_int_equal(store_programme_log_list(&log, &n, st, p.id, D(3, 31), &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(log[0].day, D(3, 2)); /* by day, whatever the order logged */
	assert_int_equal(log[0].side, LIMB_LEFT);
	assert_int_equal(log[0].rating, RATED_UNKNOWN);
	assert_int_equal(log[0].lost_balance, 1);
	assert_int_equal(log[1].side, LIMB_BOTH);
	assert_int_equal(log[1].rating, RATED_OK);
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

/* ---- the assessment's log facts ------------------------------------------------ */

static void
row(struct day_load *r, int32_t day, double m)
{
	memset(r, 0, sizeof(*r));
	r->day = day;
	r->dist_m = r->longest_m = m;
	r->runs = 1;
}

static void
facts_unknown_without_runs(void **state)
{
	struct assess_log_facts f;

	(void)state;
	programme_facts_compute(&f, NULL, 0, NULL, 0, D(3, 1));
	assert_int_equal(f.l1_spikes_12w, -1);
	assert_int_equal(f.l3_weeks_12w, -1);
	assert_int_equal(f.monotony_high, FACT_UNKNOWN);
	assert_int_equal(f.few_rest_days, FACT_UNKNOWN);
	assert_int_equal(f.long_streak, FACT_UNKNOWN);
	assert_int_equal(f.symptoms_after_long_runs, FACT_UNKNOWN);
	assert_true(isnan(f.shoe_km));
}

/* Three even runs a week for 16 weeks up to (not on) day. */
static size_t
steady(struct day_load *rows, int32_t day, double m)
{
	size_t n = 0;

	for (int32_t d = day - 16 * 7; d < day; d++)
		if (day_weekday(d) == 0 || day_weekday(d) == 2 || day_weekday(d) == 4)
			row(&rows[n++], d, m);
	return n;
}

static void
facts_steady_log_is_absent(void **state)
{
	struct day_load rows[128];
	struct assess_log_facts f;
	struct ankle_log l = alog(D(2, 20), SIDE_LEFT);
	int32_t day = D(3, 1); /* a Sunday */
	size_t n = steady(rows, day, 8000);

	(void)state;
	l.pain = 0;
	programme_facts_compute(&f, rows, n, &l, 1, day);
	assert_int_equal(f.l1_spikes_12w, 0);
	assert_int_equal(f.l3_weeks_12w, 0);
	assert_int_equal(f.monotony_high, FACT_NO);
	assert_int_equal(f.few_rest_days, FACT_NO);
	assert_int_equal(f.long_streak, FACT_NO);
	assert_int_equal(f.symptoms_after_long_runs, FACT_NO); /* logs, but none after */
	programme_facts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.symptoms_after_long_runs, FACT_UNKNOWN); /* no logs at all */
}

static void
facts_spikes_weeks_and_symptoms(void **state)
{
	struct day_load rows[160];
	struct assess_log_facts f;
	struct ankle_log l;
	int32_t day = D(3, 1);
	size_t n = steady(rows, day, 8000);

	(void)state;
	/* 8.8 km is exactly +10%: not a spike (L1 is "more than 10%"). */
	rows[n - 1].dist_m = rows[n - 1].longest_m = 8800;
	programme_facts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.l1_spikes_12w, 0);
	/* 8.9 km is. */
	rows[n - 1].dist_m = rows[n - 1].longest_m = 8900;
	programme_facts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.l1_spikes_12w, 1);

	/* A week of 24 km then one of 32 km (+33%, L3 warn); 31.2 km (+30%)
	 * is not over 30%. */
	rows[n - 1].dist_m = rows[n - 1].longest_m = 16000;
	programme_facts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.l3_weeks_12w, 1);
	rows[n - 1].dist_m = rows[n - 1].longest_m = 15200;
	programme_facts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.l3_weeks_12w, 0);

	/* A symptom the day after the week's longest run. */
	l = alog(rows[n - 1].day + 1, SIDE_LEFT);
	l.stiffness = 3;
	programme_facts_compute(&f, rows, n, &l, 1, day);
	assert_int_equal(f.symptoms_after_long_runs, FACT_YES);
	l.day = rows[n - 1].day + 2; /* two days after: not counted */
	programme_facts_compute(&f, rows, n, &l, 1, day);
	assert_int_equal(f.symptoms_after_long_runs, FACT_NO);
}

static void
facts_rest_rules(void **state)
{
	struct day_load rows[200];
	struct assess_log_facts f;
	int32_t day = D(3, 1);
	size_t n = 0;

	(void)state;
	/* 13 days in a row of the same run: no rest day in 7 days, monotony
	 * at its cap (above 2.0), but no 14-day streak. */
	for (int32_t d = day - 12; d <= day; d++)
		row(&rows[n++], d, 5000);
	programme_facts_compute(&f, rows, n, NULL, 0, day);
	assert_int_equal(f.few_rest_days, FACT_YES);
	assert_int_equal(f.monotony_high, FACT_YES);
	assert_int_equal(f.long_streak, FACT_NO);
	/* The 14th day makes the streak. */
	row(&rows[n], day + 1, 5000);
	programme_facts_compute(&f, rows, n + 1, NULL, 0, day + 1);
	assert_int_equal(f.long_streak, FACT_YES);
}

/* ---- recovery episodes ---------------------------------------------------------- */

static void
triggers_on_both_sides_of_their_thresholds(void **state)
{
	struct ankle_log l;

	(void)state;
	l = alog(D(3, 1), SIDE_LEFT);
	assert_false(programme_trigger(&l));
	l.pain = 3;
	assert_false(programme_trigger(&l));
	l.pain = 4;
	assert_true(programme_trigger(&l));
	l = alog(D(3, 1), SIDE_LEFT);
	l.morning_pain = 4;
	assert_true(programme_trigger(&l));
	l = alog(D(3, 1), SIDE_LEFT);
	l.stiffness = 9;
	l.giving_way = 3;
	assert_false(programme_trigger(&l)); /* R2 and F4 cover these */
	l.swelling = SWELL_MILD;
	assert_false(programme_trigger(&l));
	l.swelling = SWELL_MODERATE;
	assert_true(programme_trigger(&l));
	l = alog(D(3, 1), SIDE_LEFT);
	l.rolled = 1;
	assert_true(programme_trigger(&l));
	l = alog(D(3, 1), SIDE_LEFT);
	l.weight_bearing = WB_OK;
	assert_false(programme_trigger(&l));
	l.weight_bearing = WB_PAINFUL;
	assert_true(programme_trigger(&l));
	l = alog(D(3, 1), SIDE_LEFT);
	l.tender = TENDER_NAVICULAR;
	assert_true(programme_trigger(&l));
	l = alog(D(3, 1), SIDE_LEFT);
	l.bone_pain_worsening = 1;
	assert_true(programme_trigger(&l));
}

#define MAXLOG 64

struct hist {
	struct ankle_log logs[MAXLOG];
	size_t nlogs;
	struct rec_run runs[MAXLOG];
	size_t nruns;
	struct recovery_record rows[4];
	size_t nrows;
};

static void
hist_log(struct hist *h, int32_t day, int pain, int morning, int rolled)
{
	struct ankle_log *l = &h->logs[h->nlogs];

	*l = alog(day, SIDE_LEFT);
	l->id = (int64_t)h->nlogs + 1;
	l->pain = pain;
	l->morning_pain = morning;
	l->rolled = rolled;
	h->nlogs++;
}

static void
hist_run(struct hist *h, int32_t day, int pd, int pa)
{
	h->runs[h->nruns].id = (int64_t)h->nruns + 1;
	h->runs[h->nruns].day = day;
	h->runs[h->nruns].pain_during = pd;
	h->runs[h->nruns].pain_after = pa;
	h->nruns++;
}

static struct episode_input
input(const struct hist *h)
{
	struct episode_input in;

	memset(&in, 0, sizeof(in));
	in.logs = h->logs;
	in.nlogs = h->nlogs;
	in.runs = h->runs;
	in.nruns = h->nruns;
	in.rows = h->rows;
	in.nrows = h->nrows;
	return in;
}

/* Twelve good sessions every other day from first, each followed by a
 * settled morning: the whole walk-run return. */
static void
good_return(struct hist *h, int32_t first)
{
	for (int i = 0; i < 12; i++) {
		hist_run(h, first + 2 * i, 1, 2);
		hist_log(h, first + 2 * i + 1, 1, 0, 0);
	}
}

static void
no_trigger_no_episode(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;

	(void)state;
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 1), 3, 2, 0);
	hist_log(&h, D(3, 2), 2, 3, 0);
	in = input(&h);
	assert_int_equal(programme_episodes(ep, 4, &in, D(3, 10)), 0);
}

static void
episode_runs_until_the_return_is_complete(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;
	size_t n;

	(void)state;
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 5), 5, -1, 1); /* a roll, pain 5 */
	hist_log(&h, D(3, 6), 4, 4, 0);  /* absorbed: the same episode */
	good_return(&h, D(3, 8));        /* last session 3-30, its morning 3-31 */
	in = input(&h);

	n = programme_episodes(ep, 4, &in, D(3, 30));
	assert_int_equal(n, 1);
	assert_int_equal(ep[0].start, D(3, 5));
	assert_int_equal(ep[0].end, INT32_MAX); /* the last morning is not in yet */
	assert_true(ep[0].sprain);
	assert_int_equal(ep[0].protect_days, 3);
	assert_false(ep[0].started);

	n = programme_episodes(ep, 4, &in, D(4, 5));
	assert_int_equal(n, 1);
	assert_int_equal(ep[0].end, D(3, 31));
	assert_true(ep[0].completed);
	assert_false(ep[0].ended_early);

	/* A flare-up after it begins a new one. */
	hist_log(&h, D(4, 2), 6, -1, 0);
	in = input(&h);
	n = programme_episodes(ep, 4, &in, D(4, 5));
	assert_int_equal(n, 2);
	assert_int_equal(ep[1].start, D(4, 2));
	assert_false(ep[1].sprain);
	assert_int_equal(ep[1].end, INT32_MAX);
}

static void
a_bad_morning_holds_the_return_back(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;
	struct recover_session s[32];
	size_t n, unscored;

	(void)state;
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 5), 5, 2, 0);
	hist_run(&h, D(3, 7), -1, -1); /* no pain score: left out */
	good_return(&h, D(3, 8));
	h.logs[1].morning_pain = 3; /* the morning after the first session: 3 > 2 */
	in = input(&h);
	n = programme_episodes(ep, 4, &in, D(4, 5));
	assert_int_equal(n, 1);
	assert_int_equal(ep[0].end, INT32_MAX); /* one step back: not complete */

	n = programme_sessions(s, NULL, 32, &in, &ep[0], D(3, 10), &unscored);
	assert_int_equal(n, 2);
	assert_int_equal(unscored, 1);
	assert_int_equal(s[0].day, D(3, 8));
	assert_int_equal(s[0].next_morning_worse, FACT_YES);
	assert_int_equal(s[1].day, D(3, 10));
	assert_int_equal(s[1].next_morning_worse, FACT_UNKNOWN); /* 3-11 not yet */
	assert_int_equal(s[0].pain_during, 1);
	assert_int_equal(s[0].pain_after, 2);
}

static void
a_new_roll_begins_a_new_episode(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;
	size_t n;

	(void)state;
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 5), 5, -1, 0);
	hist_log(&h, D(3, 12), 2, -1, 1);
	in = input(&h);
	n = programme_episodes(ep, 4, &in, D(3, 20));
	assert_int_equal(n, 2);
	assert_int_equal(ep[0].end, D(3, 12));
	assert_false(ep[0].completed);
	assert_int_equal(ep[1].start, D(3, 12));
	assert_true(ep[1].sprain);
}

static void
runner_ends_an_episode_early(void **state)
{
	struct hist h;
	struct episode ep[4];
	struct episode_input in;
	size_t n;

	(void)state;
	memset(&h, 0, sizeof(h));
	hist_log(&h, D(3, 5), 4, -1, 0);
	h.rows[0] = (struct recovery_record){ 1, D(3, 5), 1, D(3, 9) };
	h.nrows = 1;
	in = input(&h);
	n = programme_episodes(ep, 4, &in, D(3, 8));
	assert_int_equal(n, 1);
	assert_true(ep[0].started);
	assert_int_equal(ep[0].protect_days, 1);
	assert_int_equal(ep[0].end, INT32_MAX); /* not yet on 3-8 */
	n = programme_episodes(ep, 4, &in, D(3, 20));
	assert_int_equal(ep[0].end, D(3, 9));
	assert_true(ep[0].ended_early);
}

/* ---- a day gathered through the store ----------------------------------------------- */

static void
gathered_day_follows_the_recovery_plan(void **state)
{
	struct athlete a;
	struct talus_err err = TALUS_ERR_INIT;
	struct store *st = open_new(&a);
	struct programme_day d;
	struct programme_record p = { 0 };
	struct ankle_log l;

	(void)state;
	for (int i = 0; i < 8; i++)
		add_run(st, a.id, D(2, 10) + 2 * i, 6000, -1, -1);
	l = alog(D(3, 5), SIDE_LEFT);
	l.pain = 5;
	l.rolled = 1;
	add_log(st, a.id, &l);

	/* No programme, plan or started recovery: today is as before. */
	assert_int_equal(programme_gather(&d, st, &a, D(3, 5), NAN, 0, &err), 0);
	assert_false(d.enrolled);
	assert_false(d.rec_active); /* not even looked for */
	assert_int_not_equal(d.today.verdict, VERDICT_REST);
	programme_day_release(&d);

	/* Asked for everything, the episode is there, not yet followed. */
	assert_int_equal(programme_gather(&d, st, &a, D(3, 5), NAN, PG_ALL, &err), 0);
	assert_true(d.rec_active);
	assert_false(d.ep.started);
	assert_int_equal(d.rtoday.action, RECOVER_PROTECT);
	assert_int_not_equal(d.today.verdict, VERDICT_REST);
	programme_day_release(&d);

	/* With a programme, today follows it: a protect day is a rest day. */
	p.start = D(3, 2);
	p.weekday_mask = 0x15;
	p.long_run_weekday = -1;
	p.weak.weaker = LIMB_NONE;
	assert_int_equal(store_programme_insert(&p.id, st, a.id, &p, &err), 0);
	assert_int_equal(programme_gather(&d, st, &a, D(3, 5), NAN, 0, &err), 0);
	assert_true(d.enrolled);
	assert_true(d.rec_active);
	assert_int_equal(d.today.verdict, VERDICT_REST);
	assert_string_equal(d.today.reasons[0].rule, "A1");
	assert_true(d.progress.paused);
	assert_true(programme_in_flare(&d, D(3, 6)));
	assert_false(programme_in_flare(&d, D(3, 4)));
	programme_day_release(&d);

	/* A red flag the next day wins over the plan, always. */
	l = alog(D(3, 6), SIDE_LEFT);
	l.crack = 1;
	add_log(st, a.id, &l);
	assert_int_equal(programme_gather(&d, st, &a, D(3, 6), NAN, 0, &err), 0);
	assert_true(d.red_flag);
	assert_int_equal(d.rtoday.action, RECOVER_SEE_CLINICIAN);
	assert_int_equal(d.today.verdict, VERDICT_URGENT);
	assert_int_equal(d.today.referral, REFERRAL_URGENT);
	programme_day_release(&d);
	store_close(st);
}

static void
plan_run_is_the_planned_run(void **state)
{
	struct athlete a;
	struct talus_err err = TALUS_ERR_INIT;
	struct store *st = open_new(&a);
	struct programme_day d;
	struct plan_past_run recent[12];
	struct plan_record pl = { 0 };
	const struct plan_run *r = NULL;
	struct plan *plan;

	(void)state;
	for (int i = 0; i < 12; i++) {
		recent[i].day = D(2, 2) + 2 * i;
		recent[i].distance_m = 8000;
		add_run(st, a.id, recent[i].day, 8000, -1, -1);
	}
	pl.start = D(3, 2);
	pl.weeks = 4;
	pl.target_week_m = 30000;
	pl.long_run_weekday = 6;
	pl.runs_per_week = 3;
	pl.recent = recent;
	pl.n_recent = 12;
	assert_int_equal(store_plan_insert(NULL, st, a.id, &pl, &err), 0);
	assert_int_equal(programme_build_plan(&plan, &pl, &err), 0);
	for (int i = 0; i < plan->n_runs && !r; i++)
		if (plan->run[i].week == 1)
			r = &plan->run[i];
	assert_non_null(r);

	assert_int_equal(programme_gather(&d, st, &a, r->day, NAN, 0, &err), 0);
	assert_int_equal(d.plan_st.state, PLAN_ACTIVE);
	assert_true(d.planned_from_plan);
	assert_true(d.planned_m == r->distance_m);
	programme_day_release(&d);

	/* --planned wins over the plan. */
	assert_int_equal(programme_gather(&d, st, &a, r->day, 5000, PG_PLANNED, &err), 0);
	assert_false(d.planned_from_plan);
	assert_true(d.planned_m == 5000);
	programme_day_release(&d);
	free(plan);
	store_close(st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(schema_has_the_programme_tables, setup, teardown),
		cmocka_unit_test_setup_teardown(assessment_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(programme_plan_recovery_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(deleting_an_athlete_deletes_everything_of_theirs,
						setup, teardown),
		cmocka_unit_test(facts_unknown_without_runs),
		cmocka_unit_test(facts_steady_log_is_absent),
		cmocka_unit_test(facts_spikes_weeks_and_symptoms),
		cmocka_unit_test(facts_rest_rules),
		cmocka_unit_test(triggers_on_both_sides_of_their_thresholds),
		cmocka_unit_test(no_trigger_no_episode),
		cmocka_unit_test(episode_runs_until_the_return_is_complete),
		cmocka_unit_test(a_bad_morning_holds_the_return_back),
		cmocka_unit_test(a_new_roll_begins_a_new_episode),
		cmocka_unit_test(runner_ends_an_episode_early),
		cmocka_unit_test_setup_teardown(gathered_day_follows_the_recovery_plan, setup,
						teardown),
		cmocka_unit_test_setup_teardown(plan_run_is_the_planned_run, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
