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
#include "app/log.h"
#include "app/recover.h"
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

/* ---- today and recover agree on every day of random episodes ------------------------ */

static uint64_t rng_state;

static uint64_t
rng(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15u); /* splitmix64 */
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static int
chance(int percent)
{
	return (int)(rng() % 100) < percent;
}

static int
has_run_r1(const struct today_report *t)
{
	for (size_t i = 0; i < t->nreasons; i++)
		if (!strcmp(t->reasons[i].rule, "R1") &&
		    strstr(t->reasons[i].message, "during or after the last run"))
			return 1;
	return 0;
}

/* A runner with 4 weeks of running, then an ankle event, then 90 days in
 * which they follow talus now and then: runs of the advised length with
 * random pain, morning logs, flares, red flags and consultations. Each day
 * is read as talus today reads it and as talus recover does; what they say
 * must agree, and what the episode says must hold in the verdict. */
static void
today_and_recover_agree_on_random_episodes(void **state)
{
	int seen[RECOVER_REENTRY_REST + 1] = { 0 };

	(void)state;
	rng_state = 7;
	for (int seed = 0; seed < 12; seed++) {
		struct athlete a;
		struct talus_err err = TALUS_ERR_INIT;
		struct session ses;
		struct store *st;
		struct ankle_log l;
		int32_t start = D(4, 1);

		unlink(path);
		st = open_new(&a, &ses);
		for (int i = 0; i < 28; i += 2)
			add_run(st, a.id, start - 28 + i, 6000 + 500.0 * (double)(rng() % 8), -1, -1);
		l = alog(start, SIDE_LEFT);
		l.rolled = 1;
		l.pain = 4 + (int)(rng() % 4);
		l.swelling = (enum swelling)(rng() % 3);
		if (chance(25))
			l.tender = TENDER_LATERAL_MALLEOLUS;
		add_log(st, a.id, &l);
		add_run(st, a.id, start, 5000, 6, 7); /* the run it happened on */

		for (int32_t day = start; day < start + 90; day++) {
			struct app_day t, r;
			int active;
			const struct day *td = &t.d, *rd = &r.d;

			ses.today = day;
			assert_int_equal(app_day_read(&t, &ses, day, NAN, DAY_TODAY, &err), 0);
			assert_int_equal(app_recover(&r, &active, &ses, day, 0, &err), 0);

			/* one truth: the same verdict, cap, session and step */
			assert_int_equal(td->today.verdict, rd->today.verdict);
			assert_int_equal(td->today.referral, rd->today.referral);
			assert_true(isnan(td->today.max_distance_m) ? isnan(rd->today.max_distance_m)
				    : td->today.max_distance_m == rd->today.max_distance_m);
			assert_int_equal(td->session.source, rd->session.source);
			assert_int_equal(td->session.kind, rd->session.kind);
			assert_int_equal(td->rec_active, active);
			if (active) {
				const struct recover_today *x = &rd->rtoday;
				assert_int_equal(td->rtoday.action, x->action);
				seen[x->action]++;
				/* what the step says holds in the verdict */
				switch (x->action) {
				case RECOVER_SEE_CLINICIAN:
					assert_true(td->today.verdict >= VERDICT_CLINICIAN);
					break;
				case RECOVER_PROTECT:
				case RECOVER_REST_DAY:
				case RECOVER_DONE_TODAY:
				case RECOVER_SEE_PHYSIO:
				case RECOVER_REENTRY_REST:
					assert_true(td->today.verdict >= VERDICT_REST);
					break;
				case RECOVER_SESSION:
				case RECOVER_REENTRY:
					assert_true(td->today.verdict >= VERDICT_EASY);
					if (td->today.verdict <= VERDICT_EASY)
						assert_true(td->today.max_distance_m <=
							    td->session.distance_m + 1e-6);
					break;
				case RECOVER_COMPLETE:
					fail_msg("complete is never the step of an active day");
				}
				/* the run of the injury is not a session, R1 gives way */
				for (size_t k = 0; k < rd->nsessions; k++)
					assert_true(rd->sessions[k].day > start);
				assert_false(has_run_r1(&td->today));
				/* a red flag is never softened */
				if (td->red_flag)
					assert_true(td->today.verdict >= VERDICT_CLINICIAN);
			}
			if (td->red_flag)
				assert_true(td->today.verdict >= VERDICT_CLINICIAN);

			/* the runner's day */
			if (td->red_flag && chance(30)) {
				struct consult c = { 0, day, SIDE_LEFT, CONSULT_CLINICIAN, NULL };
				size_t resolved;
				int64_t id;
				assert_int_equal(app_ankle_seen(&id, &resolved, &ses, &c, &err), 0);
			} else if (td->today.verdict <= VERDICT_EASY && chance(85)) {
				double m = isnan(td->today.max_distance_m) ? 8000 : td->today.max_distance_m;
				int p = chance(90) ? (int)(rng() % 4) : (int)(rng() % 8);
				add_run(st, a.id, day, m, p, chance(50) ? p : (int)(rng() % 5));
			}
			if (chance(70)) {
				l = alog(day + 1, SIDE_LEFT);
				/* mostly settled; now and then a bad morning */
				l.morning_pain = chance(93) ? 1 : (int)(rng() % 7);
				l.stiffness = 1;
				if (chance(2))
					l.bone_pain_worsening = 1;
				if (chance(3))
					l.red_flags_none = 1;
				add_log(st, a.id, &l);
			}
			app_day_release(&t);
			app_day_release(&r);
		}
		session_close(&ses);
	}
	/* the histories went through every stage */
	assert_true(seen[RECOVER_SEE_CLINICIAN] > 0);
	assert_true(seen[RECOVER_PROTECT] > 0);
	assert_true(seen[RECOVER_SESSION] > 0);
	assert_true(seen[RECOVER_REST_DAY] > 0);
	assert_true(seen[RECOVER_REENTRY] > 0);
	assert_true(seen[RECOVER_REENTRY_REST] > 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(gathered_day_follows_the_recovery_plan, setup,
						teardown),
		cmocka_unit_test_setup_teardown(plan_run_is_the_planned_run, setup, teardown),
		cmocka_unit_test_setup_teardown(today_and_recover_agree_on_random_episodes, setup,
						teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
