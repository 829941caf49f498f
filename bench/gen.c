/* gen.c - talus-gen: writes a generated history into a database through
 * the store, for `make demo` and `make bench`. Deterministic for a given
 * --seed and --today.
 *
 *   talus-gen --db PATH --scenario demo  [--today YYYY-MM-DD]
 *   talus-gen --db PATH --scenario bench [--today YYYY-MM-DD] [--seed N]
 *
 * demo: 12 weeks of a runner's log that holds a long-run spike (L1), a
 * week over the 10% rule (L3), a rolled ankle (F4 with a later roll) and a
 * shoe past its review distance (S1).
 * bench: 10 years: 5,000 runs, 2,000 ankle logs, 20 shoes.
 */
#include "store/store.h"
#include "util/date.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static uint32_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 11);
}

static void
die(const struct talus_err *err)
{
	fprintf(stderr, "talus-gen: %s\n", err->msg);
	exit(1);
}

static int64_t
shoe(struct store *st, int64_t ath, const char *name, double initial_m, int retired)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct shoe s;

	memset(&s, 0, sizeof(s));
	snprintf(s.name, sizeof(s.name), "%s", name);
	s.review_m = SHOE_REVIEW_M;
	s.limit_m = SHOE_LIMIT_M;
	s.initial_m = initial_m;
	s.since_day = INT32_MIN;
	if (store_shoe_add(&s.id, st, ath, &s, &err))
		die(&err);
	if (retired && store_shoe_retire(st, ath, name, &err))
		die(&err);
	return s.id;
}

static void
run(struct store *st, int64_t ath, int32_t day, double km, double pace_s, int64_t shoe_id,
    int pain_after, const char *note)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct run_entry r;

	run_entry_init(&r);
	r.a.sport = SPORT_RUN;
	r.a.surface = SURFACE_ROAD;
	r.a.has_time = 1;
	r.a.start_utc = (int64_t)day * 86400 + 7 * 3600 + (int)(rnd() % 3600);
	r.a.distance_m = km * 1000.0;
	r.a.elapsed_s = r.a.moving_s = round(km * pace_s);
	r.shoe_id = shoe_id;
	r.rpe = km > 14 ? 6 : 3;
	r.pain_after = pain_after;
	if (note)
		snprintf(r.note, sizeof(r.note), "%s", note);
	if (store_run_insert(NULL, st, ath, &r, &err))
		die(&err);
}

static void
ankle(struct store *st, int64_t ath, int32_t day, enum side side, int pain, int morning,
      int stiffness, int rolled, enum swelling sw, const char *note)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct ankle_log l;

	ankle_log_init(&l);
	l.day = day;
	l.side = side;
	l.pain = pain;
	l.morning_pain = morning;
	l.stiffness = stiffness;
	l.rolled = rolled;
	l.swelling = sw;
	l.weight_bearing = WB_OK;
	if (note)
		l.note = (char *)note;
	if (store_ankle_insert(NULL, st, ath, &l, &err))
		die(&err);
}

/* Twelve weeks ending yesterday. Weeks 1-8 build gently from 24 to 30 km
 * on Tue/Thu/Sat(long)/Sun; week 9 has a long-run spike; week 10 jumps
 * 35% (L3 warn); the left ankle rolls in week 10 and again in week 12. */
static void
demo(struct store *st, int64_t ath, int32_t today)
{
	int32_t start = today - 84;
	int64_t old = shoe(st, ath, "Pegasus 39", 430000, 0);
	int64_t trail = shoe(st, ath, "Speedgoat", 60000, 0);
	struct talus_err err = TALUS_ERR_INIT;
	static const double week_km[12] = { 24, 25, 26, 27, 28, 24, 29, 30, 31, 42, 30, 28 };

	if (store_shoe_set_default(st, ath, "Pegasus 39", &err))
		die(&err);
	for (int w = 0; w < 12; w++) {
		int32_t mon = start + 7 * w;
		double total = week_km[w];
		double long_km = w == 8 ? 19 : fmin(12, total * 0.4);
		double rest = (total - long_km) / 3.0;
		int32_t days[4] = { mon + 1, mon + 3, mon + 5, mon + 6 };
		for (int k = 0; k < 4; k++) {
			double km = k == 2 ? long_km : rest;
			int pain = -1;
			const char *note = NULL;
			if (days[k] >= today)
				continue;
			if (w == 8 && k == 2)
				note = "long run, felt great until the last 5 km";
			if (w == 9 && k == 1) {
				pain = 5;
				note = "rolled the left ankle on a kerb";
			}
			run(st, ath, days[k], round(km * 10) / 10, 330, k == 3 ? trail : old, pain, note);
		}
	}
	ankle(st, ath, start + 7 * 9 + 3, SIDE_LEFT, 5, 4, 4, 1, SWELL_MILD, "rolled on a kerb");
	ankle(st, ath, start + 7 * 9 + 4, SIDE_LEFT, 3, 3, 3, 0, SWELL_MILD, NULL);
	ankle(st, ath, start + 7 * 10 + 2, SIDE_LEFT, 2, 1, 2, 0, SWELL_NONE, NULL);
	ankle(st, ath, today - 2, SIDE_LEFT, 3, 2, 2, 1, SWELL_MILD, "went over it again on the trail");
	ankle(st, ath, today - 1, SIDE_LEFT, 3, 3, 3, 0, SWELL_NONE, "stiff this morning");
}

/* Ten years, 5,000 runs, 2,000 ankle logs, 20 shoes. */
static void
bench(struct store *st, int64_t ath, int32_t today)
{
	int32_t start = today - 3650;
	int64_t shoes[20];
	char name[32];

	for (int i = 0; i < 20; i++) {
		snprintf(name, sizeof(name), "Shoe %02d", i + 1);
		shoes[i] = shoe(st, ath, name, 0, i < 18);
	}
	for (int i = 0; i < 5000; i++) {
		int32_t day = start + (int32_t)((int64_t)i * 3650 / 5000);
		run(st, ath, day, 4 + rnd() % 160 / 10.0, 300 + rnd() % 90,
		    shoes[(int)((int64_t)i * 20 / 5000)], (int)(rnd() % 4), NULL);
	}
	for (int i = 0; i < 2000; i++) {
		int32_t day = start + (int32_t)((int64_t)i * 3650 / 2000);
		ankle(st, ath, day, rnd() % 2 ? SIDE_LEFT : SIDE_RIGHT, (int)(rnd() % 4),
		      (int)(rnd() % 3), (int)(rnd() % 3), rnd() % 50 == 0, SWELL_NONE, NULL);
	}
}

int
main(int argc, char **argv)
{
	const char *db = NULL, *scenario = NULL;
	struct talus_err err = TALUS_ERR_INIT;
	struct store *st;
	struct athlete a;
	int32_t today;
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	today = day_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--db"))
			db = argv[i + 1];
		else if (!strcmp(argv[i], "--scenario"))
			scenario = argv[i + 1];
		else if (!strcmp(argv[i], "--seed"))
			rng ^= strtoull(argv[i + 1], NULL, 10) * 0x9E3779B97F4A7C15ull;
		else if (!strcmp(argv[i], "--today") && date_parse(&today, argv[i + 1])) {
			fprintf(stderr, "talus-gen: invalid --today '%s'\n", argv[i + 1]);
			return 2;
		}
	}
	if (!db || !scenario || (strcmp(scenario, "demo") && strcmp(scenario, "bench"))) {
		fprintf(stderr, "usage: talus-gen --db PATH --scenario demo|bench "
				"[--today YYYY-MM-DD] [--seed N]\n");
		return 2;
	}
	if (store_open(&st, db, STORE_CREATE, &err) || store_begin(st, &err))
		die(&err);
	memset(&a, 0, sizeof(a));
	snprintf(a.name, sizeof(a.name), "%s", !strcmp(scenario, "demo") ? "Sam" : "Bench");
	if (store_athlete_add(&a.id, st, &a, &err))
		die(&err);
	if (!strcmp(scenario, "demo"))
		demo(st, a.id, today);
	else
		bench(st, a.id, today);
	if (store_commit(st, &err))
		die(&err);
	store_close(st);
	return 0;
}
