/* test_store.c - the store: schema, athletes, shoes, and the reference
 * test of the incremental day rows (SQLite's bitvec idea): random
 * histories of inserts, edits and deletes through the store, checked
 * against a naive recomputation from the list of runs the test keeps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"
#include "util/date.h"

static char path[64];

static int
setup(void **state)
{
	int fd;

	snprintf(path, sizeof(path), "/tmp/talus-test-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	unlink(path); /* the store creates it */
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
open_new(int64_t *athlete)
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
missing_database_is_enodb(void **state)
{
	struct store *st;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	assert_int_equal(store_open(&st, path, 0, &err), TALUS_ENODB);
	assert_null(st);
	assert_non_null(strstr(err.msg, path));
}

static void
first_athlete_is_default_and_names_are_unique(void **state)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct athlete b = { 0 }, got;
	int64_t id;
	struct store *st = open_new(&id);

	(void)state;
	snprintf(b.name, sizeof(b.name), "Ben");
	b.units = UNITS_MI;
	assert_int_equal(store_athlete_add(NULL, st, &b, &err), 0);
	assert_int_equal(store_athlete_get(&got, st, NULL, &err), 0);
	assert_string_equal(got.name, "Ann");
	assert_int_equal(store_athlete_get(&got, st, "Ben", &err), 0);
	assert_int_equal(got.units, UNITS_MI);
	assert_int_equal(got.is_default, 0);
	assert_int_equal(store_athlete_add(NULL, st, &b, &err), TALUS_EEXIST);
	assert_int_equal(store_athlete_get(&got, st, "Cy", &err), TALUS_ENOTFOUND);
	store_close(st);
}

static void
rollback_leaves_nothing(void **state)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct run_entry r;
	struct day_load *rows;
	size_t n;
	int64_t ath;
	struct store *st = open_new(&ath);

	(void)state;
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(store_begin(st, &err), 0);
	run_entry_init(&r);
	r.a.start_utc = (int64_t)day_from_civil(2026, 3, 1) * 86400;
	r.a.distance_m = 5000;
	assert_int_equal(store_run_insert(NULL, st, ath, &r, &err), 0);
	store_rollback(st);
	assert_int_equal(store_day_loads(&rows, &n, st, ath, INT32_MIN, INT32_MAX, &err), 0);
	assert_int_equal(n, 0);
	free(rows);
	store_close(st);
}

static void
shoe_distance_follows_runs(void **state)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct shoe s = { 0 }, got;
	struct run_entry r;
	int64_t ath, run;
	struct store *st = open_new(&ath);

	(void)state;
	snprintf(s.name, sizeof(s.name), "Pegasus");
	s.review_m = SHOE_REVIEW_M;
	s.limit_m = SHOE_LIMIT_M;
	s.initial_m = 100000;
	s.since_day = INT32_MIN;
	assert_int_equal(store_shoe_add(&s.id, st, ath, &s, &err), 0);
	run_entry_init(&r);
	r.a.start_utc = (int64_t)day_from_civil(2026, 3, 1) * 86400;
	r.a.distance_m = 10000;
	r.shoe_id = s.id;
	assert_int_equal(store_run_insert(&run, st, ath, &r, &err), 0);
	assert_int_equal(store_shoe_find(&got, st, ath, "Pegasus", &err), 0);
	assert_true(fabs(got.used_m - 110000) < 1e-6);
	assert_int_equal(got.runs, 1);
	r.a.id = run;
	r.a.distance_m = 12000;
	assert_int_equal(store_run_update(st, ath, &r, &err), 0);
	assert_int_equal(store_shoe_find(&got, st, ath, "Pegasus", &err), 0);
	assert_true(fabs(got.used_m - 112000) < 1e-6);
	assert_int_equal(store_run_delete(st, ath, run, &err), 0);
	assert_int_equal(store_shoe_find(&got, st, ath, "Pegasus", &err), 0);
	assert_true(fabs(got.used_m - 100000) < 1e-6);
	assert_int_equal(store_run_delete(st, ath, run, &err), TALUS_ENOTFOUND);
	store_close(st);
}

/* ---- the reference test ---------------------------------------------------- */

#define SPAN 200 /* days of history */
#define MAXRUNS 400

struct model_run {
	int64_t id;
	int32_t day;
	double m;
	int live;
};

static uint64_t rng;
static uint32_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 11);
}

static void
duplicate_and_source_lookups(void **state)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct run_entry r;
	int64_t ath, id, near;
	int seen;
	struct store *st = open_new(&ath);

	(void)state;
	run_entry_init(&r);
	r.a.start_utc = 1772000000;
	r.a.utc_offset_s = 3600;
	r.a.distance_m = 5000;
	assert_int_equal(store_run_insert(&id, st, ath, &r, &err), 0);
	assert_int_equal(store_activity_near(&near, st, ath, SPORT_RUN, 1772000060, 60, &err), 0);
	assert_int_equal(near, id);
	assert_int_equal(store_activity_near(&near, st, ath, SPORT_RUN, 1772000061, 60, &err), 0);
	assert_int_equal(near, 0);
	assert_int_equal(store_activity_near(&near, st, ath, SPORT_RIDE, 1772000000, 60, &err), 0);
	assert_int_equal(near, 0);
	assert_int_equal(store_source_seen(&seen, st, ath, "abc", &err), 0);
	assert_int_equal(seen, 0);
	assert_int_equal(store_source_add(st, ath, "abc", "a.fit", 1, &err), 0);
	assert_int_equal(store_source_seen(&seen, st, ath, "abc", &err), 0);
	assert_int_equal(seen, 1);
	store_close(st);
}

/* The naive model: a dense daily array from the first run, plain loops. */
static void
naive(const struct model_run *runs, int n, int32_t today, double *acute,
      double *chronic, double *last7, double *prev7, double *lmax30, int *has)
{
	int32_t first = INT32_MAX;
	double la = 2.0 / 8.0, lc = 2.0 / 29.0;

	*acute = *chronic = *last7 = *prev7 = *lmax30 = 0;
	*has = 0;
	for (int i = 0; i < n; i++)
		if (runs[i].live && runs[i].day <= today && runs[i].day < first)
			first = runs[i].day;
	if (first == INT32_MAX)
		return;
	*has = 1;
	for (int32_t d = first; d <= today; d++) {
		double km = 0;
		for (int i = 0; i < n; i++)
			if (runs[i].live && runs[i].day == d)
				km += runs[i].m / 1000.0;
		*acute = la * km + (1 - la) * *acute;
		*chronic = lc * km + (1 - lc) * *chronic;
	}
	for (int i = 0; i < n; i++) {
		if (!runs[i].live)
			continue;
		if (runs[i].day <= today && runs[i].day > today - 7)
			*last7 += runs[i].m;
		if (runs[i].day <= today - 7 && runs[i].day > today - 14)
			*prev7 += runs[i].m;
		if (runs[i].day < today && runs[i].day >= today - 30 && runs[i].m > *lmax30)
			*lmax30 = runs[i].m;
	}
}

static void
close_to(double a, double b)
{
	double tol = 1e-9 * fmax(1.0, fmax(fabs(a), fabs(b)));

	if (fabs(a - b) > tol)
		fail_msg("%.12g != %.12g", a, b);
}

/* The load report of today from the store's rows and state, as the
 * application layer reads it. */
static void
load_of(struct load_report *ld, struct store *st, int64_t ath, int32_t today)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct day_load *rows, state;
	size_t n;
	int found;
	int32_t first = today;

	assert_int_equal(store_day_loads(&rows, &n, st, ath, today - LOAD_WINDOW + 1, today,
					 &err), 0);
	assert_int_equal(store_load_state(&state, &found, &first, st, ath, today, &err), 0);
	load_report_compute(ld, rows, n, found ? &state : NULL, first, today);
	free(rows);
}

static void
incremental_load_matches_naive(void **state)
{
	static struct model_run runs[MAXRUNS];
	struct talus_err err = TALUS_ERR_INIT;
	int32_t base = day_from_civil(2025, 1, 1);

	(void)state;
	for (uint64_t seed = 1; seed <= 12; seed++) {
		int64_t ath;
		struct store *st;
		int n = 0;

		teardown(NULL);
		st = open_new(&ath);
		rng = seed * 0x9E3779B97F4A7C15ull;
		/* Odd seeds run as an import does: deferred, then one flush. */
		store_defer(st, (int)(seed & 1));
		for (int op = 0; op < 300; op++) {
			uint32_t what = next() % 10;
			struct run_entry r;
			int k;

			run_entry_init(&r);
			if (what < 6 || n == 0) { /* insert */
				if (n == MAXRUNS)
					continue;
				runs[n].day = base + (int32_t)(next() % SPAN);
				runs[n].m = 1000 + next() % 30000;
				runs[n].live = 1;
				r.a.start_utc = (int64_t)runs[n].day * 86400 + 7 * 3600;
				r.a.distance_m = runs[n].m;
				assert_int_equal(store_run_insert(&runs[n].id, st, ath, &r, &err), 0);
				n++;
				continue;
			}
			k = (int)(next() % (uint32_t)n);
			if (!runs[k].live)
				continue;
			if (what < 8) { /* edit: move and resize */
				runs[k].day = base + (int32_t)(next() % SPAN);
				runs[k].m = 1000 + next() % 30000;
				r.a.id = runs[k].id;
				r.a.start_utc = (int64_t)runs[k].day * 86400 + 7 * 3600;
				r.a.distance_m = runs[k].m;
				assert_int_equal(store_run_update(st, ath, &r, &err), 0);
			} else { /* delete */
				assert_int_equal(store_run_delete(st, ath, runs[k].id, &err), 0);
				runs[k].live = 0;
			}
		}
		if (seed & 1)
			assert_int_equal(store_flush(st, ath, &err), 0);
		for (int t = 0; t < 25; t++) {
			int32_t today = base - 5 + (int32_t)(next() % (SPAN + 40));
			struct load_report ld;
			double a, c, l7, p7, lm;
			int has;

			load_of(&ld, st, ath, today);
			naive(runs, n, today, &a, &c, &l7, &p7, &lm, &has);
			assert_int_equal(ld.has_data, has);
			close_to(ld.acute, a);
			close_to(ld.chronic, c);
			close_to(ld.last7_m, l7);
			close_to(ld.prev7_m, p7);
			close_to(ld.lmax30_m, lm);
		}
		store_close(st);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(missing_database_is_enodb, setup, teardown),
		cmocka_unit_test_setup_teardown(first_athlete_is_default_and_names_are_unique,
						setup, teardown),
		cmocka_unit_test_setup_teardown(rollback_leaves_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(shoe_distance_follows_runs, setup, teardown),
		cmocka_unit_test_setup_teardown(duplicate_and_source_lookups, setup, teardown),
		cmocka_unit_test_setup_teardown(incremental_load_matches_naive, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
