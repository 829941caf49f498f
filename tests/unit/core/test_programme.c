/* test_programme.c - the 8-week prevention programme: its shape (24
 * sessions on three weekdays, hops and skips only later, re-tests at weeks
 * 4 and 8), the extra volume on the weaker side and for weak tests, every
 * gate of the level rule on both sides, adherence, the day's session, the
 * renderings, and a generated 8-week run-through (sessions logged, levels
 * advancing, a flare-up pausing progression and starting a recovery plan).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "core/assess.h"
#include "core/exercise.h"
#include "core/plan.h"
#include "core/programme.h"
#include "core/recover.h"
#include "util/date.h"

#define MON 20101 /* 2025-01-13, a Monday */

static struct programme prog; /* big: keep it off the stack */

static void
build(const struct assess_weak *w, int long_wd, unsigned mask)
{
	struct programme_params pp = { MON, w, long_wd, mask };
	struct talus_err err = TALUS_ERR_INIT;

	assert_int_equal(programme_build(&prog, &pp, NULL, &err), 0);
}

static const struct programme_item *
find_item(const struct programme_session *s, int ex, int side)
{
	for (int i = 0; i < s->n_items; i++)
		if (s->item[i].ex == ex && s->item[i].side == side)
			return &s->item[i];
	return NULL;
}

static int
distinct_exercises(const struct programme_session *s)
{
	int seen[EX__COUNT] = { 0 }, n = 0;

	for (int i = 0; i < s->n_items; i++)
		if (!seen[s->item[i].ex]++)
			n++;
	return n;
}

/* ---- Shape ---- */

static void
twenty_four_sessions_on_three_weekdays(void **state)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct programme_params pp = { MON, NULL, -1, 0x3 };

	(void)state;
	build(NULL, 6, 0); /* long run Sunday: Mon/Wed/Fri */
	for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
		const struct programme_session *s = &prog.session[i];
		int wd = day_weekday(s->day);

		assert_int_equal(s->index, i + 1);
		assert_int_equal(s->week, i / 3 + 1);
		assert_true(wd == 0 || wd == 2 || wd == 4);
		assert_true(s->day >= MON + 7 * (s->week - 1));
		assert_true(s->day < MON + 7 * s->week);
		if (i)
			assert_true(s->day - prog.session[i - 1].day >= 2);
	}
	/* Long run on Wednesday: Tue/Thu/Sat, never the long-run day. */
	build(NULL, 2, 0);
	for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
		int wd = day_weekday(prog.session[i].day);

		assert_true(wd == 1 || wd == 3 || wd == 5);
	}
	/* A chosen set of days. */
	build(NULL, -1, (1u << 1) | (1u << 4) | (1u << 6));
	assert_int_equal(prog.weekday[0], 1);
	assert_int_equal(prog.weekday[2], 6);
	assert_int_equal(prog.session[0].day, MON + 1);
	/* Not three days: refused. */
	assert_int_equal(programme_build(&prog, &pp, NULL, &err), TALUS_EINVAL);
	pp.weekday_mask = 0xF;
	assert_int_equal(programme_build(&prog, &pp, NULL, &err), TALUS_EINVAL);
	pp.weekday_mask = 0;
	pp.long_run_weekday = 7;
	assert_int_equal(programme_build(&prog, &pp, NULL, &err), TALUS_EINVAL);
}

static void
hops_and_skips_only_from_week_5_alternating(void **state)
{
	(void)state;
	build(NULL, 6, 0);
	for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
		const struct programme_session *s = &prog.session[i];
		int hop = find_item(s, EX_HOP_DRILLS, LIMB_BOTH) != NULL;
		int skip = find_item(s, EX_SKIP_DRILLS, LIMB_BOTH) != NULL;

		if (s->week < exercise_get(EX_HOP_DRILLS)->first_week) {
			assert_false(hop);
			assert_false(skip);
			assert_int_equal(distinct_exercises(s), 7);
		} else {
			assert_true(hop != skip);
			assert_int_equal(hop, i % 2 == 0);
			/* P1: 8 exercises a session. */
			assert_int_equal(distinct_exercises(s), 8);
		}
		/* The warm-up and stretches are not session items. */
		for (int k = 0; k < s->n_items; k++)
			assert_int_equal(exercise_get(s->item[k].ex)->role,
					 EX_ROLE_PROGRAMME);
	}
}

static void
retests_after_weeks_4_and_8(void **state)
{
	(void)state;
	build(NULL, 6, 0);
	for (int i = 0; i < PROGRAMME_SESSIONS; i++)
		assert_int_equal(prog.session[i].retest, i == 11 || i == 23);
	/* Due from the re-test session until an assessment in that week. */
	assert_int_equal(programme_retest_due(&prog, prog.session[11].day - 1,
					    MON - 10), 0);
	assert_int_equal(programme_retest_due(&prog, prog.session[11].day,
					    MON - 10), 4);
	assert_int_equal(programme_retest_due(&prog, prog.session[11].day + 3,
					    MON + 20), 4);
	assert_int_equal(programme_retest_due(&prog, prog.session[11].day + 3,
					    MON + 21), 0);
	assert_int_equal(programme_retest_due(&prog, prog.session[23].day,
					    MON + 22), 8);
	assert_int_equal(programme_retest_due(&prog, prog.session[23].day,
					    MON + 49), 0);
}

/* ---- Volume ---- */

static void
no_weakness_means_base_doses(void **state)
{
	(void)state;
	build(NULL, 6, 0);
	for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
		const struct programme_session *s = &prog.session[i];

		for (int k = 0; k < s->n_items; k++) {
			const struct programme_item *it = &s->item[k];
			const struct ex_level *lv = exercise_level(it->ex,
								   it->level);

			assert_int_equal(it->level, 1);
			assert_int_equal(it->extra, 0);
			assert_int_equal(it->sets, lv->sets);
			assert_int_equal(it->reps, lv->reps);
			assert_int_equal(it->hold_s, lv->hold_s);
		}
	}
}

static void
weaker_side_gets_one_more_set(void **state)
{
	struct assess_weak w = { { 0, 0 }, LIMB_LEFT };
	const struct programme_session *s;

	(void)state;
	build(&w, 6, 0);
	s = &prog.session[0];
	for (int k = 0; k < s->n_items; k++) {
		const struct programme_item *it = &s->item[k];
		int base = exercise_level(it->ex, it->level)->sets;

		if (it->side == LIMB_LEFT)
			assert_int_equal(it->sets, base + 1);
		else /* right, and both-legs items: no test was weak */
			assert_int_equal(it->sets, base);
	}
}

static void
weak_tests_get_one_more_set(void **state)
{
	struct assess_weak w = { { TEST_BIT(TEST_T3_HEEL_RAISE),
				   TEST_BIT(TEST_T2_KNEE_WALL) }, LIMB_NONE };
	const struct programme_session *s;

	(void)state;
	build(&w, 6, 0);
	s = &prog.session[0];
	/* T2 weak on the right: circles and dorsiflexion, right only. */
	assert_int_equal(find_item(s, EX_ANKLE_CIRCLES, LIMB_RIGHT)->extra, 1);
	assert_int_equal(find_item(s, EX_ANKLE_CIRCLES, LIMB_LEFT)->extra, 0);
	assert_int_equal(find_item(s, EX_BAND_DORSIFLEXION, LIMB_RIGHT)->sets,
			 3);
	assert_int_equal(find_item(s, EX_BAND_DORSIFLEXION, LIMB_LEFT)->sets,
			 2);
	/* T3 weak on the left: plantarflexion left; calf raises with both
	 * legs get it too. */
	assert_int_equal(find_item(s, EX_BAND_PLANTARFLEXION, LIMB_LEFT)->extra,
			 1);
	assert_int_equal(find_item(s, EX_BAND_PLANTARFLEXION,
				   LIMB_RIGHT)->extra, 0);
	assert_int_equal(find_item(s, EX_CALF_RAISE, LIMB_BOTH)->sets, 3);
	/* Balance works on T1/T4/Q1: none weak. */
	assert_int_equal(find_item(s, EX_SINGLE_LEG_BALANCE, LIMB_LEFT)->extra,
			 0);
	assert_int_equal(find_item(s, EX_SINGLE_LEG_BALANCE,
				   LIMB_RIGHT)->extra, 0);
	/* Never more than one extra set. */
	w.weaker = LIMB_RIGHT;
	build(&w, 6, 0);
	assert_int_equal(find_item(&prog.session[0], EX_ANKLE_CIRCLES,
				   LIMB_RIGHT)->sets, 3);
}

/* ---- Progression ---- */

static struct programme_log
entry(int32_t day, int ex, int side, enum programme_rating r)
{
	struct programme_item want;
	struct programme_log e;

	assert_int_equal(programme_dose(&want, &prog, ex,
				      exercise_level(ex, 1)->per_side ? side :
				      LIMB_BOTH, 1), 0);
	memset(&e, 0, sizeof(e));
	e.day = day;
	e.exercise = exercise_get(ex)->id;
	e.side = side;
	e.sets = want.sets;
	e.reps = want.reps;
	e.hold_s = want.hold_s;
	e.rating = r;
	return e;
}

static struct programme_progress
progress(const struct programme_log *log, size_t n, int32_t today, int flare)
{
	struct programme_progress pr;
	struct talus_err err = TALUS_ERR_INIT;

	assert_int_equal(programme_progress(&pr, &prog, log, n, today, flare,
					  &err), 0);
	return pr;
}

#define BAL EX_SINGLE_LEG_BALANCE

static void
two_good_sessions_go_up_a_level(void **state)
{
	struct programme_log log[3];
	struct programme_progress pr;

	(void)state;
	build(NULL, 6, 0);
	log[0] = entry(MON, BAL, LIMB_LEFT, RATED_OK);
	pr = progress(log, 1, MON + 1, 0);
	assert_int_equal(pr.levels.level[BAL][LIMB_LEFT], 1);
	assert_int_equal(pr.streak[BAL][LIMB_LEFT], 1);
	log[1] = entry(MON + 2, BAL, LIMB_LEFT, RATED_EASY);
	pr = progress(log, 2, MON + 3, 0);
	assert_int_equal(pr.levels.level[BAL][LIMB_LEFT], 2);
	assert_int_equal(pr.streak[BAL][LIMB_LEFT], 0);
	/* The other side is its own. */
	assert_int_equal(pr.levels.level[BAL][LIMB_RIGHT], 1);
	/* Logged for both sides at once: both count. */
	log[0].side = LIMB_BOTH;
	log[1].side = LIMB_BOTH;
	pr = progress(log, 2, MON + 3, 0);
	assert_int_equal(pr.levels.level[BAL][LIMB_RIGHT], 2);
	/* Entries after today are not replayed yet. */
	pr = progress(log, 2, MON + 1, 0);
	assert_int_equal(pr.levels.level[BAL][LIMB_LEFT], 1);
}

/* Each gate on both sides: the good entry advances, the bad one not. */
static void
each_gate_resets_the_count(void **state)
{
	enum { LOST, HARD, UNRATED, FEW_SETS, SHORT_HOLD, N_GATES };

	(void)state;
	build(NULL, 6, 0);
	for (int g = 0; g < N_GATES; g++) {
		struct programme_log log[3];
		struct programme_progress pr;

		log[0] = entry(MON, BAL, LIMB_LEFT, RATED_OK);
		log[1] = entry(MON + 2, BAL, LIMB_LEFT, RATED_OK);
		log[2] = entry(MON + 4, BAL, LIMB_LEFT, RATED_OK);
		switch (g) {
		case LOST:
			log[1].lost_balance = 1;
			break;
		case HARD:
			log[1].rating = RATED_HARD;
			break;
		case UNRATED:
			log[1].rating = RATED_UNKNOWN;
			break;
		case FEW_SETS:
			log[1].sets--;
			break;
		case SHORT_HOLD:
			log[1].hold_s--;
			break;
		}
		pr = progress(log, 3, MON + 5, 0);
		/* The bad one resets: only the third counts. */
		assert_int_equal(pr.levels.level[BAL][LIMB_LEFT], 1);
		assert_int_equal(pr.streak[BAL][LIMB_LEFT], 1);
	}
	/* More than prescribed is fine. */
	{
		struct programme_log log[2];

		log[0] = entry(MON, EX_BAND_EVERSION, LIMB_RIGHT, RATED_OK);
		log[1] = entry(MON + 2, EX_BAND_EVERSION, LIMB_RIGHT, RATED_OK);
		log[1].reps++;
		log[1].sets++;
		assert_int_equal(progress(log, 2, MON + 3, 0).levels.
				 level[EX_BAND_EVERSION][LIMB_RIGHT], 2);
		log[1].reps -= 2;
		assert_int_equal(progress(log, 2, MON + 3, 0).levels.
				 level[EX_BAND_EVERSION][LIMB_RIGHT], 1);
	}
}

static void
weak_side_must_do_its_extra_set(void **state)
{
	struct assess_weak w = { { 0, 0 }, LIMB_LEFT };
	struct programme_log log[2];

	(void)state;
	build(&w, 6, 0);
	log[0] = entry(MON, BAL, LIMB_LEFT, RATED_OK);
	log[1] = entry(MON + 2, BAL, LIMB_LEFT, RATED_OK);
	assert_int_equal(log[0].sets, 3);
	assert_int_equal(progress(log, 2, MON + 3, 0).levels.
			 level[BAL][LIMB_LEFT], 2);
	log[1].sets = 2;
	assert_int_equal(progress(log, 2, MON + 3, 0).levels.
			 level[BAL][LIMB_LEFT], 1);
}

static void
flare_entries_neither_count_nor_reset(void **state)
{
	struct programme_log log[3];
	struct programme_progress pr;

	(void)state;
	build(NULL, 6, 0);
	log[0] = entry(MON, BAL, LIMB_RIGHT, RATED_OK);
	log[1] = entry(MON + 2, BAL, LIMB_RIGHT, RATED_HARD);
	log[1].during_flare = 1;
	log[1].lost_balance = 1;
	log[2] = entry(MON + 4, BAL, LIMB_RIGHT, RATED_OK);
	pr = progress(log, 2, MON + 3, 1);
	assert_int_equal(pr.paused, 1);
	assert_int_equal(pr.streak[BAL][LIMB_RIGHT], 1); /* not reset */
	pr = progress(log, 3, MON + 5, 0);
	assert_int_equal(pr.paused, 0);
	assert_int_equal(pr.levels.level[BAL][LIMB_RIGHT], 2);
	/* A good entry during a flare does not count either. */
	log[1] = entry(MON + 2, BAL, LIMB_RIGHT, RATED_OK);
	log[1].during_flare = 1;
	pr = progress(log, 2, MON + 3, 1);
	assert_int_equal(pr.levels.level[BAL][LIMB_RIGHT], 1);
	assert_int_equal(pr.streak[BAL][LIMB_RIGHT], 1);
	/* It still counts as done for adherence. */
	assert_int_equal(pr.done[BAL], 2);
}

static void
other_level_and_same_day_entries(void **state)
{
	struct programme_log log[3];
	struct programme_progress pr;

	(void)state;
	build(NULL, 6, 0);
	log[0] = entry(MON, BAL, LIMB_LEFT, RATED_OK);
	log[1] = entry(MON, BAL, LIMB_LEFT, RATED_OK); /* same day */
	pr = progress(log, 2, MON + 1, 0);
	assert_int_equal(pr.levels.level[BAL][LIMB_LEFT], 1);
	assert_int_equal(pr.done[BAL], 1);
	/* Done at another level: not this level's. */
	log[1] = entry(MON + 2, BAL, LIMB_LEFT, RATED_OK);
	log[1].level = 3;
	pr = progress(log, 2, MON + 3, 0);
	assert_int_equal(pr.levels.level[BAL][LIMB_LEFT], 1);
	assert_int_equal(pr.streak[BAL][LIMB_LEFT], 1);
	log[1].level = 1;
	pr = progress(log, 2, MON + 3, 0);
	assert_int_equal(pr.levels.level[BAL][LIMB_LEFT], 2);
}

static void
top_level_is_kept_and_bilateral_levels(void **state)
{
	struct programme_log log[8];
	struct programme_progress pr;
	struct programme_session s;

	(void)state;
	build(NULL, 6, 0);
	/* Calf raises: both legs (level 1) advance both sides together. */
	log[0] = entry(MON, EX_CALF_RAISE, LIMB_BOTH, RATED_OK);
	log[1] = entry(MON + 2, EX_CALF_RAISE, LIMB_BOTH, RATED_OK);
	pr = progress(log, 2, MON + 3, 0);
	assert_int_equal(pr.levels.level[EX_CALF_RAISE][LIMB_LEFT], 2);
	assert_int_equal(pr.levels.level[EX_CALF_RAISE][LIMB_RIGHT], 2);
	/* Level 2 is one leg at a time: the session lists each side. */
	assert_int_equal(programme_session_on(&s, &prog, &pr.levels,
					    prog.session[2].day), 1);
	assert_null(find_item(&s, EX_CALF_RAISE, LIMB_BOTH));
	assert_int_equal(find_item(&s, EX_CALF_RAISE, LIMB_LEFT)->level, 2);
	/* Ankle circles have 2 levels: four good sessions stop at 2. */
	for (int i = 0; i < 4; i++)
		log[i] = entry(MON + 2 * i, EX_ANKLE_CIRCLES, LIMB_BOTH,
			       RATED_EASY);
	pr = progress(log, 4, MON + 10, 0);
	assert_int_equal(pr.levels.level[EX_ANKLE_CIRCLES][LIMB_LEFT], 2);
	assert_int_equal(pr.levels.level[EX_ANKLE_CIRCLES][LIMB_RIGHT], 2);
}

static void
bad_logs_are_refused(void **state)
{
	struct programme_log log[2];
	struct programme_progress pr;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	build(NULL, 6, 0);
	log[0] = entry(MON + 2, BAL, LIMB_LEFT, RATED_OK);
	log[1] = entry(MON, BAL, LIMB_LEFT, RATED_OK);
	assert_int_equal(programme_progress(&pr, &prog, log, 2, MON + 5, 0, &err),
			 TALUS_EINVAL);
	log[1].day = MON + 2;
	log[1].exercise = "moonwalk";
	assert_int_equal(programme_progress(&pr, &prog, log, 2, MON + 5, 0, &err),
			 TALUS_EINVAL);
	assert_non_null(strstr(err.msg, "moonwalk"));
	log[1].exercise = "calf-raise";
	log[1].side = 3;
	assert_int_equal(programme_progress(&pr, &prog, log, 2, MON + 5, 0, &err),
			 TALUS_EINVAL);
}

static void
adherence_counts_done_against_due(void **state)
{
	struct programme_log log[4];
	struct programme_progress pr;

	(void)state;
	build(NULL, 6, 0);
	pr = progress(NULL, 0, MON - 1, 0);
	assert_int_equal(pr.week, 0);
	assert_int_equal(pr.sessions_due, 0);
	pr = progress(NULL, 0, MON, 0);
	assert_int_equal(pr.sessions_due, 1);
	assert_int_equal(pr.week, 1);
	/* Week 2's Wednesday: 5 due. */
	log[0] = entry(MON, BAL, LIMB_LEFT, RATED_OK);
	log[1] = entry(MON, EX_CALF_RAISE, LIMB_BOTH, RATED_OK);
	log[2] = entry(MON + 4, BAL, LIMB_LEFT, RATED_OK);
	log[3] = entry(MON + 9, EX_STRETCH_CALF, LIMB_BOTH, RATED_OK);
	pr = progress(log, 4, MON + 9, 0);
	assert_int_equal(pr.week, 2);
	assert_int_equal(pr.sessions_due, 5);
	assert_int_equal(pr.sessions_done, 2); /* a stretch is no session */
	assert_int_equal(pr.due[BAL], 5);
	assert_int_equal(pr.done[BAL], 2);
	assert_int_equal(pr.done[EX_CALF_RAISE], 1);
	assert_int_equal(pr.due[EX_HOP_DRILLS], 0);
	assert_int_equal(pr.done[EX_STRETCH_CALF], 1);
	pr = progress(log, 4, MON + 56, 0);
	assert_int_equal(pr.week, 9);
	assert_int_equal(pr.sessions_due, 24);
}

static void
today_with_run_day_and_pause(void **state)
{
	struct programme_progress pr;
	struct programme_today t;

	(void)state;
	build(NULL, 6, 0);
	pr = progress(NULL, 0, MON, 0);
	programme_today(&t, &prog, &pr, MON, 1, MON - 3);
	assert_int_equal(t.has_session, 1);
	assert_int_equal(t.session.index, 1);
	assert_int_equal(t.n_warmup, 3);
	assert_int_equal(t.n_stretch, 3);
	assert_int_equal(t.warmup[0].ex, EX_WARMUP_ANKLE_ROLLS);
	assert_int_equal(t.stretch[2].ex, EX_STRETCH_FOOT);
	assert_non_null(strstr(t.message, "session 1 of 24"));
	programme_today(&t, &prog, &pr, MON + 1, 0, MON - 3);
	assert_int_equal(t.has_session, 0);
	assert_int_equal(t.n_warmup, 0);
	assert_non_null(strstr(t.message, "no programme session"));
	pr.paused = 1;
	programme_today(&t, &prog, &pr, MON + 2, 0, MON - 3);
	assert_int_equal(t.paused, 1);
	assert_non_null(strstr(t.message, "paused"));
	assert_non_null(strstr(t.rule, "A1"));
	pr.paused = 0;
	programme_today(&t, &prog, &pr, prog.session[11].day, 0, MON - 3);
	assert_int_equal(t.retest_week, 4);
	assert_non_null(strstr(t.message, "re-test"));
}

/* ---- The 8-week run-through ---- */

#define MAX_LOG 800

/* Logs every item of the day's session at its prescribed dose. */
static size_t
log_session(struct programme_log *log, size_t n,
	    const struct programme_session *s, int flare)
{
	for (int k = 0; k < s->n_items; k++) {
		const struct programme_item *it = &s->item[k];
		struct programme_log *e = &log[n++];

		assert_true(n <= MAX_LOG);
		memset(e, 0, sizeof(*e));
		e->day = s->day;
		e->exercise = exercise_get(it->ex)->id;
		e->side = it->side;
		e->level = it->level;
		e->sets = it->sets;
		e->reps = it->reps;
		e->hold_s = it->hold_s;
		e->rating = flare ? RATED_HARD : RATED_OK;
		e->during_flare = flare;
		/* Session 3: the left leg loses its balance once. */
		if (s->index == 3 && it->ex == BAL && it->side == LIMB_LEFT)
			e->lost_balance = 1;
	}
	return n;
}

static void
eight_week_run_through(void **state)
{
	static struct programme_log log[MAX_LOG];
	struct assess_input in;
	struct assess_result res;
	struct talus_err err = TALUS_ERR_INIT;
	struct programme_params pp;
	struct programme_progress pr, before_flare;
	int lv_at[PROGRAMME_SESSIONS + 1][EX__COUNT][2];
	int32_t flare_start = MON + 35, flare_end = MON + 41; /* week 6 */
	size_t n = 0;

	(void)state;
	/* The assessment: a left sprain without rehab, fewer left heel
	 * raises, a lower left CAIT. */
	assess_input_init(&in, MON - 2);
	in.sex = ASSESS_SEX_MALE;
	in.birth_year = 1985;
	in.n_sprains = 1;
	in.sprains[0] = (struct assess_sprain){ LIMB_LEFT, 2024, 9, FACT_NO };
	in.side[LIMB_LEFT].cait = 22;
	in.side[LIMB_RIGHT].cait = 29;
	in.side[LIMB_LEFT].heel_raise_reps = 20;
	in.side[LIMB_RIGHT].heel_raise_reps = 33;
	assert_int_equal(assess_evaluate(&res, &in, NULL, &err), 0);
	assert_int_equal(res.weak.weaker, LIMB_LEFT);
	assert_int_equal(res.causes[CAUSE_OLD_SPRAIN].status, CAUSE_PRESENT);

	pp = (struct programme_params){ MON, &res.weak, 6, 0 };
	assert_int_equal(programme_build(&prog, &pp, NULL, &err), 0);

	for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
		int32_t day = prog.session[i].day;
		int flare = day >= flare_start && day <= flare_end;
		struct programme_today t;

		pr = progress(log, n, day, flare);
		assert_int_equal(pr.paused, flare);
		assert_int_equal(pr.sessions_due, i + 1);
		assert_int_equal(pr.sessions_done, i); /* all done so far */
		memcpy(lv_at[i + 1], pr.levels.level, sizeof(lv_at[0]));
		programme_today(&t, &prog, &pr, day, 1, MON - 2);
		assert_int_equal(t.has_session, 1);
		assert_int_equal(t.session.index, i + 1);
		if (day == flare_start)
			before_flare = pr;
		if (flare) {
			/* The flare-up starts a recovery plan: protect first,
			 * and the mileage plan pauses. */
			struct recover_input ri = { .start = flare_start, .previous_sprain = 1 };
			struct recover_plan rp;
			struct recover_today rt;
			static struct plan mp;
			struct plan_input pi = { NULL, 0, 20000, 8, MON, 6, 3 };
			struct plan_status ps;

			assert_int_equal(recover_build(&rp, &ri, &err), 0);
			assert_non_null(rp.advice[0].rule);
			assert_int_equal(recover_today(&rt, &rp, NULL, 0, day, 0,
						       &err), 0);
			assert_int_equal(rt.action, day < flare_start + 3 ?
					 RECOVER_PROTECT : RECOVER_SESSION);
			assert_int_equal(plan_build(&mp, &pi, &err), 0);
			plan_status(&ps, &mp, day, 1, 0);
			assert_int_equal(ps.state, PLAN_PAUSED);
			assert_true(strstr(t.message, "paused") != NULL);
		}
		n = log_session(log, n, &t.session, flare);
	}
	pr = progress(log, n, MON + 55, 0);
	assert_int_equal(pr.sessions_done, 24);
	assert_int_equal(pr.done[BAL], 24);
	assert_int_equal(pr.due[EX_HOP_DRILLS], 6);
	assert_int_equal(pr.done[EX_HOP_DRILLS], 6);
	memcpy(lv_at[0], pr.levels.level, sizeof(lv_at[0])); /* the end */

	/* Calf raises: sessions 1-2 good -> level 2 from session 3; 3-4 ->
	 * level 3 (the top) from session 5. */
	assert_int_equal(lv_at[2][EX_CALF_RAISE][LIMB_LEFT], 1);
	assert_int_equal(lv_at[3][EX_CALF_RAISE][LIMB_LEFT], 2);
	assert_int_equal(lv_at[3][EX_CALF_RAISE][LIMB_RIGHT], 2);
	assert_int_equal(lv_at[5][EX_CALF_RAISE][LIMB_LEFT], 3);
	assert_int_equal(lv_at[0][EX_CALF_RAISE][LIMB_LEFT], 3);
	/* Balance, right: 1-2 -> 2, 3-4 -> 3, 5-6 -> 4 (balance board). */
	assert_int_equal(lv_at[3][BAL][LIMB_RIGHT], 2);
	assert_int_equal(lv_at[5][BAL][LIMB_RIGHT], 3);
	assert_int_equal(lv_at[7][BAL][LIMB_RIGHT], 4);
	/* Balance, left: lost balance in session 3, so 4-5 -> 3 and 6-7
	 * -> 4, one session behind the right. */
	assert_int_equal(lv_at[3][BAL][LIMB_LEFT], 2);
	assert_int_equal(lv_at[5][BAL][LIMB_LEFT], 2);
	assert_int_equal(lv_at[6][BAL][LIMB_LEFT], 3);
	assert_int_equal(lv_at[7][BAL][LIMB_LEFT], 3);
	assert_int_equal(lv_at[8][BAL][LIMB_LEFT], 4);
	/* Hops (sessions 13, 15, 17, ...): both legs at 13 and 15 -> level 2
	 * (one leg) at 17; 17 falls in the flare-up (week 6: sessions
	 * 16-18), so it neither counts nor resets; 19 and 21 -> level 3 at
	 * 23. */
	assert_int_equal(lv_at[15][EX_HOP_DRILLS][LIMB_LEFT], 1);
	assert_int_equal(lv_at[17][EX_HOP_DRILLS][LIMB_LEFT], 2);
	assert_int_equal(lv_at[19][EX_HOP_DRILLS][LIMB_LEFT], 2);
	assert_int_equal(lv_at[21][EX_HOP_DRILLS][LIMB_LEFT], 2);
	assert_int_equal(lv_at[23][EX_HOP_DRILLS][LIMB_LEFT], 3);
	assert_int_equal(lv_at[0][EX_HOP_DRILLS][LIMB_RIGHT], 3);
	/* Skips (14, 16, 18, 20, ...): 14 counts, 16 and 18 are in the
	 * flare-up, 20 is the second good one -> level 2 at 22. */
	assert_int_equal(lv_at[20][EX_SKIP_DRILLS][LIMB_LEFT], 1);
	assert_int_equal(lv_at[22][EX_SKIP_DRILLS][LIMB_LEFT], 2);
	/* Bands: 1-2 -> 2, 3-4 -> 3 (strong band), then held. */
	assert_int_equal(lv_at[0][EX_BAND_EVERSION][LIMB_LEFT], 3);
	/* During the flare-up nothing moved. */
	assert_memory_equal(lv_at[16], lv_at[17], sizeof(lv_at[0]));
	assert_memory_equal(lv_at[16], lv_at[18], sizeof(lv_at[0]));
	assert_memory_equal(before_flare.levels.level, lv_at[16],
			    sizeof(lv_at[0]));
	/* Every left item carried its extra set (the weaker side). */
	{
		struct programme_session s;

		assert_int_equal(programme_session_on(&s, &prog, &pr.levels,
						    prog.session[23].day), 1);
		for (int k = 0; k < s.n_items; k++)
			if (s.item[k].side == LIMB_LEFT)
				assert_int_equal(s.item[k].extra, 1);
	}
	/* The re-test at week 8 is due until an assessment in week 8. */
	assert_int_equal(programme_retest_due(&prog, prog.session[23].day,
					    MON - 2), 8);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(twenty_four_sessions_on_three_weekdays),
		cmocka_unit_test(hops_and_skips_only_from_week_5_alternating),
		cmocka_unit_test(retests_after_weeks_4_and_8),
		cmocka_unit_test(no_weakness_means_base_doses),
		cmocka_unit_test(weaker_side_gets_one_more_set),
		cmocka_unit_test(weak_tests_get_one_more_set),
		cmocka_unit_test(two_good_sessions_go_up_a_level),
		cmocka_unit_test(each_gate_resets_the_count),
		cmocka_unit_test(weak_side_must_do_its_extra_set),
		cmocka_unit_test(flare_entries_neither_count_nor_reset),
		cmocka_unit_test(other_level_and_same_day_entries),
		cmocka_unit_test(top_level_is_kept_and_bilateral_levels),
		cmocka_unit_test(bad_logs_are_refused),
		cmocka_unit_test(adherence_counts_done_against_due),
		cmocka_unit_test(today_with_run_day_and_pause),
		cmocka_unit_test(eight_week_run_through),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
