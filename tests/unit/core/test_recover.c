/* test_recover.c - the recovery plan: the R3 phases exactly as listed,
 * the advice of sections 7-8 with its rule ids, the red flag that always
 * wins, and every gate of the walk-run return (R1 pain <= 3 / 4-5 / > 5,
 * R2 next morning, R3 two sessions and a rest day) on both sides. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "core/recover.h"
#include "util/date.h"

#define START 20000

static void
phases_are_r3_exactly(void **state)
{
	static const struct {
		int walk, run, cont;
		double mi;
		int rpe;
	} want[RECOVER_PHASES] = {
		{ 2, 3, 0, 1.0, 3 }, { 2, 3, 0, 1.5, 3 }, { 2, 4, 0, 1.5, 0 },
		{ 2, 4, 0, 2.0, 0 }, { 1, 4, 0, 2.0, 5 }, { 0, 0, 1, 2.0, 0 },
	};

	(void)state;
	for (int p = 1; p <= RECOVER_PHASES; p++) {
		const struct recover_phase *ph = recover_phase_get(p);

		assert_int_equal(ph->phase, p);
		assert_int_equal(ph->sessions, 2);
		assert_int_equal(ph->walk_min, want[p - 1].walk);
		assert_int_equal(ph->run_min, want[p - 1].run);
		assert_int_equal(ph->continuous, want[p - 1].cont);
		assert_true(ph->distance_mi == want[p - 1].mi);
		assert_true(fabs(ph->distance_m - want[p - 1].mi * 1609.344) <
			    1e-9);
		assert_int_equal(ph->rpe, want[p - 1].rpe);
	}
	assert_true(fabs(recover_phase_get(1)->distance_m - 1609.344) < 1e-9);
	assert_null(recover_phase_get(0));
	assert_null(recover_phase_get(7));
}

static const struct recover_advice *
find_rule(const struct recover_plan *p, const char *rule)
{
	for (int i = 0; i < p->n_advice; i++)
		if (!strcmp(p->advice[i].rule, rule))
			return &p->advice[i];
	return NULL;
}

static void
build(struct recover_plan *p, int prev_sprain, int brace, int acute,
      int red)
{
	struct recover_input in = { .start = START, .red_flag = red, .previous_sprain = prev_sprain, .brace_or_tape = brace, .acute_sprain = acute };
	struct talus_err err = TALUS_ERR_INIT;

	assert_int_equal(recover_build(p, &in, &err), 0);
}

static void
red_flag_sends_to_a_clinician_first(void **state)
{
	struct recover_plan p;

	(void)state;
	build(&p, 1, 0, 1, 1);
	assert_int_equal(p.active, 0);
	assert_int_equal(p.see_clinician, 1);
	assert_non_null(find_rule(&p, "F1-F3, O1, O2"));
	assert_non_null(strstr(find_rule(&p, "F1-F3, O1, O2")->message, "clinician"));
	/* Nothing else: no ice, no walk-run. */
	assert_null(find_rule(&p, "A2"));
	assert_null(find_rule(&p, "R3"));
}

static void
advice_of_sections_7_and_8(void **state)
{
	struct recover_plan p;
	const struct recover_advice *a;

	(void)state;
	build(&p, 0, 0, 0, 0);
	assert_int_equal(p.active, 1);
	assert_int_equal(p.protect_days, 3);
	a = find_rule(&p, "A1");
	assert_non_null(a);
	assert_non_null(strstr(a->message, "1 to 3 days"));
	assert_non_null(strstr(a->message, "as symptoms allow"));
	a = find_rule(&p, "A2");
	assert_non_null(strstr(a->message, "optional"));
	assert_non_null(strstr(a->message, "20 minutes"));
	assert_non_null(strstr(a->message, "cloth"));
	assert_non_null(strstr(a->message, "weak"));
	assert_non_null(strstr(a->message, "loading"));
	a = find_rule(&p, "A3");
	assert_non_null(strstr(a->message, "10 days"));
	a = find_rule(&p, "A4");
	assert_non_null(strstr(a->message, "ask a pharmacist or doctor"));
	assert_non_null(find_rule(&p, "R1"));
	assert_non_null(find_rule(&p, "R2"));
	assert_non_null(find_rule(&p, "R3"));
	assert_non_null(find_rule(&p, "F5"));
	assert_non_null(find_rule(&p, "D1"));
	assert_non_null(find_rule(&p, "section 7; design choice"));
	/* Compression, elevation, foam rolling and mobility are all there. */
	{
		const char *words[] = { "Compression", "Elevation",
					"Foam rolling", "Mobility" };

		for (size_t w = 0; w < 4; w++) {
			int found = 0;

			for (int i = 0; i < p.n_advice; i++)
				found |= strstr(p.advice[i].message, words[w])
					!= NULL;
			assert_true(found);
		}
	}
	/* No P3 or R4 without a sprain. */
	assert_null(find_rule(&p, "P3"));
	assert_null(find_rule(&p, "R4"));
	/* Wellness only: never "no fracture", no drug names. */
	for (int i = 0; i < p.n_advice; i++) {
		assert_null(strstr(p.advice[i].message, "fracture"));
		assert_null(strstr(p.advice[i].message, "ibuprofen"));
		assert_null(strstr(p.advice[i].message, "paracetamol"));
		assert_true(strlen(p.advice[i].rule) > 0);
	}

	build(&p, 1, 0, 1, 0);
	assert_non_null(strstr(find_rule(&p, "P3")->message, "may help"));
	assert_non_null(strstr(find_rule(&p, "R4")->message, "8 weeks"));
	build(&p, 1, 1, 0, 0);
	assert_non_null(strstr(find_rule(&p, "P3")->message, "keep using"));
}

static void
protect_days_range(void **state)
{
	struct recover_input in = { .start = START, .protect_days = 4 };
	struct recover_plan p;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	assert_int_equal(recover_build(&p, &in, &err), TALUS_EINVAL);
	in.protect_days = 1;
	assert_int_equal(recover_build(&p, &in, &err), 0);
	assert_int_equal(p.protect_days, 1);
}

static struct recover_session
ses(int32_t day, int during, int after, enum fact worse)
{
	struct recover_session s = { day, during, after, worse };
	return s;
}

static struct recover_today
today_of(const struct recover_plan *p, const struct recover_session *log,
	 size_t n, int32_t day)
{
	struct recover_today t;
	struct talus_err err = TALUS_ERR_INIT;

	assert_int_equal(recover_today(&t, p, log, n, day, 0, &err), 0);
	assert_non_null(t.rule);
	assert_true(strlen(t.message) > 0);
	return t;
}

static void
protect_then_first_session(void **state)
{
	struct recover_plan p;
	struct recover_today t;

	(void)state;
	build(&p, 0, 0, 0, 0);
	t = today_of(&p, NULL, 0, START);
	assert_int_equal(t.action, RECOVER_PROTECT);
	assert_non_null(strstr(t.message, "day 1 of 3"));
	t = today_of(&p, NULL, 0, START + 2);
	assert_int_equal(t.action, RECOVER_PROTECT);
	t = today_of(&p, NULL, 0, START + 3);
	assert_int_equal(t.action, RECOVER_SESSION);
	assert_int_equal(t.phase, 1);
	assert_non_null(strstr(t.message, "walk 2 min / run 3 min"));
	assert_non_null(strstr(t.message, "effort 3/10"));
	assert_int_equal(t.next_session, START + 3);
}

static void
red_flag_wins_over_everything(void **state)
{
	struct recover_plan p;
	struct recover_today t;
	struct recover_session log[1];
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	build(&p, 0, 0, 0, 0);
	log[0] = ses(START + 3, 1, 1, FACT_NO);
	assert_int_equal(recover_today(&t, &p, log, 1, START + 5, 1, &err), 0);
	assert_int_equal(t.action, RECOVER_SEE_CLINICIAN);
	assert_non_null(strstr(t.message, "clinician"));
	build(&p, 0, 0, 0, 1);
	assert_int_equal(recover_today(&t, &p, NULL, 0, START + 5, 0, &err), 0);
	assert_int_equal(t.action, RECOVER_SEE_CLINICIAN);
}

/* R3: two good sessions advance; a rest day between sessions. */
static void
two_good_sessions_advance(void **state)
{
	struct recover_plan p;
	struct recover_today t;
	struct recover_session log[4];
	int32_t d = START + 3;

	(void)state;
	build(&p, 0, 0, 0, 0);
	log[0] = ses(d, 2, 3, FACT_NO);
	t = today_of(&p, log, 1, d);
	assert_int_equal(t.action, RECOVER_DONE_TODAY);
	t = today_of(&p, log, 1, d + 1);
	assert_int_equal(t.action, RECOVER_REST_DAY);
	assert_int_equal(t.next_session, d + 2);
	t = today_of(&p, log, 1, d + 2);
	assert_int_equal(t.action, RECOVER_SESSION);
	assert_int_equal(t.phase, 1);
	assert_int_equal(t.good_in_phase, 1);
	assert_int_equal(t.last, RECOVER_COUNTED);

	log[1] = ses(d + 2, 3, 3, FACT_NO); /* 3/10 still counts */
	t = today_of(&p, log, 2, d + 4);
	assert_int_equal(t.action, RECOVER_SESSION);
	assert_int_equal(t.phase, 2);
	assert_int_equal(t.good_in_phase, 0);
	assert_int_equal(t.last, RECOVER_ADVANCED);
	assert_non_null(strstr(t.message, "phase 2"));
}

/* R1: pain 4-5 is acceptable but repeats the phase; pain 4 after is
 * enough. */
static void
pain_4_or_5_repeats(void **state)
{
	struct recover_plan p;
	struct recover_today t;
	struct recover_session log[4];
	int32_t d = START + 3;

	(void)state;
	build(&p, 0, 0, 0, 0);
	log[0] = ses(d, 1, 1, FACT_NO);
	log[1] = ses(d + 2, 2, 4, FACT_NO); /* 4 after: not good */
	t = today_of(&p, log, 2, d + 4);
	assert_int_equal(t.phase, 1);
	assert_int_equal(t.good_in_phase, 0);
	assert_int_equal(t.last, RECOVER_REPEAT);
	assert_int_equal(t.action, RECOVER_SESSION);
	/* Two in a row needed again. */
	log[2] = ses(d + 4, 1, 1, FACT_NO);
	t = today_of(&p, log, 3, d + 6);
	assert_int_equal(t.phase, 1);
	assert_int_equal(t.good_in_phase, 1);
	/* 5 is still "acceptable": no stop, no rest beyond the usual day. */
	log[3] = ses(d + 6, 5, 0, FACT_NO);
	t = today_of(&p, log, 4, d + 8);
	assert_int_equal(t.last, RECOVER_REPEAT);
	assert_int_equal(t.action, RECOVER_SESSION);
	assert_int_equal(t.phase, 1);
}

/* R1: pain > 5 stops: two rest days, one phase back. */
static void
pain_over_5_stops_and_steps_back(void **state)
{
	struct recover_plan p;
	struct recover_today t;
	struct recover_session log[6];
	int32_t d = START + 3;

	(void)state;
	build(&p, 0, 0, 0, 0);
	log[0] = ses(d, 1, 1, FACT_NO);
	log[1] = ses(d + 2, 1, 1, FACT_NO); /* -> phase 2 */
	log[2] = ses(d + 4, 6, 2, FACT_NO); /* stop */
	t = today_of(&p, log, 3, d + 5);
	assert_int_equal(t.last, RECOVER_STOPPED);
	assert_int_equal(t.phase, 1);
	assert_int_equal(t.action, RECOVER_REST_DAY);
	t = today_of(&p, log, 3, d + 6);
	assert_int_equal(t.action, RECOVER_REST_DAY); /* second rest day */
	assert_non_null(strstr(t.message, "5/10"));
	t = today_of(&p, log, 3, d + 7);
	assert_int_equal(t.action, RECOVER_SESSION);
	assert_int_equal(t.next_session, d + 7);
	/* Phase 1 cannot go lower. */
	log[3] = ses(d + 7, 0, 7, FACT_NO);
	t = today_of(&p, log, 4, d + 10);
	assert_int_equal(t.phase, 1);
	/* Two stops in a row: see a physiotherapist (design choice). */
	assert_int_equal(t.action, RECOVER_SEE_PHYSIO);
	/* A tolerable session between two stops clears it. */
	log[3] = ses(d + 7, 2, 2, FACT_NO);
	log[4] = ses(d + 9, 8, 8, FACT_NO);
	t = today_of(&p, log, 5, d + 12);
	assert_int_equal(t.action, RECOVER_SESSION);
}

/* R2: worse next morning steps back a phase; unknown waits. */
static void
next_morning_gates(void **state)
{
	struct recover_plan p;
	struct recover_today t;
	struct recover_session log[6];
	int32_t d = START + 3;

	(void)state;
	build(&p, 0, 0, 0, 0);
	log[0] = ses(d, 1, 1, FACT_NO);
	log[1] = ses(d + 2, 1, 1, FACT_NO);     /* -> phase 2 */
	log[2] = ses(d + 4, 1, 1, FACT_UNKNOWN); /* pending */
	t = today_of(&p, log, 3, d + 5);
	assert_int_equal(t.action, RECOVER_REST_DAY);
	assert_int_equal(t.ask_morning, 1);
	assert_int_equal(t.last, RECOVER_PENDING);
	assert_int_equal(t.good_in_phase, 0);
	assert_non_null(strstr(t.message, "R2"));
	/* Logged as not worse: it counts. */
	log[2].next_morning_worse = FACT_NO;
	t = today_of(&p, log, 3, d + 6);
	assert_int_equal(t.phase, 2);
	assert_int_equal(t.good_in_phase, 1);
	assert_int_equal(t.ask_morning, 0);
	/* Logged as worse: one phase back, even with low pain. */
	log[2].next_morning_worse = FACT_YES;
	t = today_of(&p, log, 3, d + 6);
	assert_int_equal(t.phase, 1);
	assert_int_equal(t.last, RECOVER_STEP_BACK);
	assert_int_equal(t.action, RECOVER_SESSION);
}

static void
all_six_phases_complete(void **state)
{
	struct recover_plan p;
	struct recover_today t;
	struct recover_session log[12];
	int32_t d = START + 3;

	(void)state;
	build(&p, 0, 0, 0, 0);
	for (int i = 0; i < 12; i++) {
		log[i] = ses(d + 2 * i, 2, 2, FACT_NO);
		t = today_of(&p, log, (size_t)i + 1, d + 2 * i + 1);
		if (i < 11) {
			assert_int_equal(t.phase, (i + 1) / 2 + 1);
			assert_int_equal(t.action, RECOVER_REST_DAY);
		}
	}
	assert_int_equal(t.action, RECOVER_COMPLETE);
	assert_int_equal(t.phase, 6);
	assert_non_null(strstr(t.message, "re-entry"));
	/* Eleven good sessions are not enough. */
	t = today_of(&p, log, 11, d + 22);
	assert_int_equal(t.action, RECOVER_SESSION);
	assert_int_equal(t.phase, 6);
	assert_non_null(strstr(t.message, "continuous"));
}

static void
f5_after_12_weeks(void **state)
{
	struct recover_plan p;

	(void)state;
	build(&p, 0, 0, 0, 0);
	assert_int_equal(today_of(&p, NULL, 0, START + 83).refer_f5, 0);
	assert_int_equal(today_of(&p, NULL, 0, START + 84).refer_f5, 1);
}

static void
same_day_sessions_merge_and_bad_input(void **state)
{
	struct recover_plan p;
	struct recover_today t;
	struct recover_session log[3];
	struct talus_err err = TALUS_ERR_INIT;
	int32_t d = START + 3;

	(void)state;
	build(&p, 0, 0, 0, 0);
	log[0] = ses(START - 5, 9, 9, FACT_YES); /* before the plan: ignored */
	log[1] = ses(d, 1, 1, FACT_NO);
	log[2] = ses(d, 1, 4, FACT_NO); /* same day: worst kept */
	t = today_of(&p, log, 3, d + 2);
	assert_int_equal(t.sessions, 1);
	assert_int_equal(t.last, RECOVER_REPEAT);

	log[2] = ses(d - 1, 1, 1, FACT_NO);
	assert_int_equal(recover_today(&t, &p, log, 3, d + 2, 0, &err),
			 TALUS_EINVAL);
	log[2] = ses(d + 1, 11, 1, FACT_NO);
	assert_int_equal(recover_today(&t, &p, log, 3, d + 2, 0, &err),
			 TALUS_EINVAL);
	log[2] = ses(d + 1, 1, -1, FACT_NO);
	assert_int_equal(recover_today(&t, &p, log, 3, d + 2, 0, &err),
			 TALUS_EINVAL);
}

static void
projection_and_calendar(void **state)
{
	struct recover_plan p;
	struct recover_today t;
	struct recover_session log[5];
	int32_t days[16];
	int ph[16];
	size_t n;
	int32_t d = START + 3;

	(void)state;
	build(&p, 0, 0, 0, 0);
	t = today_of(&p, NULL, 0, START);
	n = recover_projection(days, ph, 16, &t);
	assert_int_equal(n, 12);
	assert_int_equal(days[0], START + 3);
	for (size_t i = 1; i < n; i++)
		assert_int_equal(days[i] - days[i - 1], 2);
	assert_int_equal(ph[0], 1);
	assert_int_equal(ph[11], 6);

	/* Phase 3 with one good session: 1 + 3 x 2 = 7 left. */
	for (int i = 0; i < 5; i++)
		log[i] = ses(d + 2 * i, 1, 1, FACT_NO);
	t = today_of(&p, log, 5, d + 10);
	assert_int_equal(t.phase, 3);
	assert_int_equal(t.good_in_phase, 1);
	n = recover_projection(days, ph, 16, &t);
	assert_int_equal(n, 7);
	assert_int_equal(ph[0], 3);
	assert_int_equal(ph[1], 4);


	/* Nothing to project once complete or sent to a clinician. */
	t.action = RECOVER_SEE_CLINICIAN;
	assert_int_equal(recover_projection(days, ph, 16, &t), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(phases_are_r3_exactly),
		cmocka_unit_test(red_flag_sends_to_a_clinician_first),
		cmocka_unit_test(advice_of_sections_7_and_8),
		cmocka_unit_test(protect_days_range),
		cmocka_unit_test(protect_then_first_session),
		cmocka_unit_test(red_flag_wins_over_everything),
		cmocka_unit_test(two_good_sessions_advance),
		cmocka_unit_test(pain_4_or_5_repeats),
		cmocka_unit_test(pain_over_5_stops_and_steps_back),
		cmocka_unit_test(next_morning_gates),
		cmocka_unit_test(all_six_phases_complete),
		cmocka_unit_test(f5_after_12_weeks),
		cmocka_unit_test(same_day_sessions_merge_and_bad_input),
		cmocka_unit_test(projection_and_calendar),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
