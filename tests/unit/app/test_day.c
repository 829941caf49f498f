/* test_day.c - a day read through a session (app/day.c): the guided
 * parts only for a runner who keeps one, a recovery plan that makes the
 * day a rest day but never softens a red flag, and the plan's run checked
 * as the planned run unless --planned says otherwise. */
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

#include "app/day.h"
#include "store/store.h"
#include "store/store_programme.h"
#include "util/date.h"

static char path[64];

static int
setup(void **state)
{
	int fd;

	snprintf(path, sizeof(path), "/tmp/talus-day-XXXXXX");
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

static int32_t
D(int m, int d)
{
	return day_from_civil(2026, m, d);
}

/* A new database with the athlete Ann, open in a session for writing. */
static struct store *
open_new(struct athlete *a, struct session *ses)
{
	struct talus_err err = TALUS_ERR_INIT;

	memset(a, 0, sizeof(*a));
	session_init(ses, path, NULL, D(3, 1));
	assert_int_equal(session_open(ses, SESSION_CREATE | SESSION_WRITE, &err), 0);
	snprintf(a->name, sizeof(a->name), "Ann");
	assert_int_equal(store_athlete_add(&a->id, ses->st, a, &err), 0);
	assert_int_equal(store_athlete_get(&ses->ath, ses->st, NULL, &err), 0);
	return ses->st;
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

/* ---- a day gathered through the store ----------------------------------------------- */

static void
gathered_day_follows_the_recovery_plan(void **state)
{
	struct athlete a;
	struct talus_err err = TALUS_ERR_INIT;
	struct session ses;
	struct store *st = open_new(&a, &ses);
	struct app_day ad;
	const struct day *d = &ad.d;
	struct programme_record p = { 0 };
	struct ankle_log l;

	(void)state;
	for (int i = 0; i < 8; i++)
		add_run(st, a.id, D(2, 10) + 2 * i, 6000, -1, -1);
	l = alog(D(3, 5), SIDE_LEFT);
	l.pain = 5;
	l.rolled = 1;
	add_log(st, a.id, &l);

	/* Nothing started: the acute event opens the episode by itself and
	 * today follows it, the run of that day not a session. */
	add_run(st, a.id, D(3, 5), 5000, 5, 6);
	assert_int_equal(app_day_read(&ad, &ses, D(3, 5), NAN, DAY_TODAY, &err), 0);
	assert_true(d->enrolled);
	assert_true(d->rec_active);
	assert_false(d->ep.has_row);
	assert_int_equal(d->rtoday.action, RECOVER_PROTECT);
	assert_int_equal(d->today.verdict, VERDICT_REST);
	assert_int_equal(d->nsessions, 0);
	assert_int_equal(d->session.source, SESSION_RECOVERY);
	assert_int_equal(d->session.kind, SESSION_REST);
	app_day_release(&ad);

	/* Asked for the verdict alone, the same verdict. */
	assert_int_equal(app_day_read(&ad, &ses, D(3, 5), NAN, DAY_VERDICT | DAY_EPISODES, &err), 0);
	assert_true(d->rec_active);
	assert_int_equal(d->rtoday.action, RECOVER_PROTECT);
	assert_int_equal(d->today.verdict, VERDICT_REST);
	app_day_release(&ad);

	/* With a programme, today follows it: a protect day is a rest day. */
	p.start = D(3, 2);
	p.weekday_mask = 0x15;
	p.long_run_weekday = -1;
	p.weak.weaker = LIMB_NONE;
	assert_int_equal(store_programme_insert(&p.id, st, a.id, &p, &err), 0);
	assert_int_equal(app_day_read(&ad, &ses, D(3, 5), NAN, DAY_TODAY, &err), 0);
	assert_true(d->enrolled);
	assert_true(d->rec_active);
	assert_int_equal(d->today.verdict, VERDICT_REST);
	assert_string_equal(d->today.reasons[0].rule, "A1");
	assert_true(d->progress.paused);
	assert_true(day_in_flare(d, D(3, 6)));
	assert_false(day_in_flare(d, D(3, 4)));
	app_day_release(&ad);

	/* A red flag the next day wins over the plan, always. */
	l = alog(D(3, 6), SIDE_LEFT);
	l.crack = 1;
	add_log(st, a.id, &l);
	assert_int_equal(app_day_read(&ad, &ses, D(3, 6), NAN, DAY_TODAY, &err), 0);
	assert_true(d->red_flag);
	assert_int_equal(d->rtoday.action, RECOVER_SEE_CLINICIAN);
	assert_int_equal(d->today.verdict, VERDICT_URGENT);
	assert_int_equal(d->today.referral, REFERRAL_URGENT);
	app_day_release(&ad);
	session_close(&ses);
}

static void
plan_run_is_the_planned_run(void **state)
{
	struct athlete a;
	struct talus_err err = TALUS_ERR_INIT;
	struct session ses;
	struct store *st = open_new(&a, &ses);
	struct app_day ad;
	const struct day *d = &ad.d;
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
	assert_int_equal(day_build_plan(&plan, &pl, &err), 0);
	for (int i = 0; i < plan->n_runs && !r; i++)
		if (plan->run[i].week == 1)
			r = &plan->run[i];
	assert_non_null(r);

	assert_int_equal(app_day_read(&ad, &ses, r->day, NAN, DAY_TODAY, &err), 0);
	assert_int_equal(d->plan_st.state, PLAN_ACTIVE);
	assert_true(d->planned_from_plan);
	assert_true(d->planned_m == r->distance_m);
	app_day_release(&ad);

	/* --planned wins over the plan. */
	assert_int_equal(app_day_read(&ad, &ses, r->day, 5000, DAY_TODAY, &err), 0);
	assert_false(d->planned_from_plan);
	assert_true(d->planned_m == 5000);
	app_day_release(&ad);
	free(plan);
	session_close(&ses);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(gathered_day_follows_the_recovery_plan, setup,
						teardown),
		cmocka_unit_test_setup_teardown(plan_run_is_the_planned_run, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
