/* test_today_merge.c - today_merge() (core/today.h): a reason from outside
 * the load and symptom rules (the recovery plan) joins a finished report
 * by the rules today_assess() keeps: the most severe verdict wins, caps
 * only come down, rest and above have no distance, reasons stay most
 * severe first, and a red flag is never softened. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/today.h"
#include "util/date.h"

#define TODAY day_from_civil(2026, 3, 10)

/* A report as today_assess() leaves it: n reasons of the given verdicts
 * and levels (already most severe first), the day's verdict and cap. */
static void
report(struct today_report *t, enum verdict v, double cap)
{
	memset(t, 0, sizeof(*t));
	t->today = TODAY;
	t->verdict = v;
	t->max_distance_m = v >= VERDICT_REST ? 0 : cap;
	t->referral = v == VERDICT_URGENT ? REFERRAL_URGENT :
		      v == VERDICT_CLINICIAN ? REFERRAL_CLINICIAN : REFERRAL_NONE;
}

static void
add(struct today_report *t, const char *rule, enum verdict v, enum level lv)
{
	struct reason *r = &t->reasons[t->nreasons++];

	snprintf(r->rule, sizeof(r->rule), "%s", rule);
	r->verdict = v;
	r->level = lv;
	snprintf(r->message, sizeof(r->message), "%s", rule);
}

/* The order today_assess() promises: by verdict, then level, descending. */
static void
assert_sorted(const struct today_report *t)
{
	for (size_t i = 1; i < t->nreasons; i++) {
		const struct reason *a = &t->reasons[i - 1], *b = &t->reasons[i];
		assert_true(a->verdict > b->verdict ||
			    (a->verdict == b->verdict && a->level >= b->level));
	}
}

static void
protect_day_turns_a_run_day_into_rest(void **state)
{
	struct today_report t;

	(void)state;
	report(&t, VERDICT_RUN, 11000);
	add(&t, "L1", VERDICT_RUN, LEVEL_INFO);
	today_merge(&t, "A1", LEVEL_WARN, VERDICT_REST, NAN, "protect day 1 of 3");
	assert_int_equal(t.verdict, VERDICT_REST);
	assert_true(t.max_distance_m == 0);
	assert_int_equal(t.nreasons, 2);
	assert_string_equal(t.reasons[0].rule, "A1");
	assert_string_equal(t.reasons[0].message, "protect day 1 of 3");
	assert_int_equal(t.reasons[0].verdict, VERDICT_REST);
	assert_int_equal(t.referral, REFERRAL_NONE);
	assert_sorted(&t);
}

static void
walk_run_session_caps_the_day(void **state)
{
	struct today_report t;

	(void)state;
	report(&t, VERDICT_RUN, 11000);
	today_merge(&t, "R3", LEVEL_CAUTION, VERDICT_EASY, 1609.344, "phase 1");
	assert_int_equal(t.verdict, VERDICT_EASY);
	assert_true(fabs(t.max_distance_m - 1609.344) < 1e-9);

	/* A larger cap never raises a smaller one. */
	report(&t, VERDICT_EASY, 1000);
	today_merge(&t, "R3", LEVEL_CAUTION, VERDICT_EASY, 1609.344, "phase 1");
	assert_true(fabs(t.max_distance_m - 1000) < 1e-9);

	/* No cap known before: the merged one is the cap. */
	report(&t, VERDICT_RUN, NAN);
	today_merge(&t, "R3", LEVEL_CAUTION, VERDICT_EASY, 3218.688, "phase 4");
	assert_true(fabs(t.max_distance_m - 3218.688) < 1e-9);

	/* NAN proposes no cap. */
	report(&t, VERDICT_RUN, NAN);
	today_merge(&t, "R3", LEVEL_INFO, VERDICT_RUN, NAN, "info");
	assert_true(isnan(t.max_distance_m));
	assert_int_equal(t.verdict, VERDICT_RUN);
}

static void
a_milder_reason_changes_neither_verdict_nor_cap(void **state)
{
	struct today_report t;

	(void)state;
	report(&t, VERDICT_REST, 0);
	add(&t, "R1", VERDICT_REST, LEVEL_WARN);
	today_merge(&t, "R3", LEVEL_CAUTION, VERDICT_EASY, 1609.344, "phase 1");
	assert_int_equal(t.verdict, VERDICT_REST);
	assert_true(t.max_distance_m == 0);
	assert_int_equal(t.nreasons, 2);
	assert_string_equal(t.reasons[0].rule, "R1");
	assert_string_equal(t.reasons[1].rule, "R3");
}

static void
red_flag_is_never_softened(void **state)
{
	struct today_report t;
	struct today_input in;
	struct load_report ld;
	struct ankle_log l;

	(void)state;
	/* A real report from today_assess(): a crack heard (F1). */
	memset(&ld, 0, sizeof(ld));
	ld.today = TODAY;
	ld.monotony = ld.change7 = ld.spike = NAN;
	ld.acwr_ewma = ld.acwr_uncoupled = NAN;
	ld.l3 = LEVEL_NONE;
	ld.days_since_run = -1;
	ankle_log_init(&l);
	l.day = TODAY;
	l.side = SIDE_LEFT;
	l.crack = 1;
	memset(&in, 0, sizeof(in));
	in.today = TODAY;
	in.load = &ld;
	in.planned_m = NAN;
	in.logs = &l;
	in.nlogs = 1;
	today_assess(&t, &in);
	assert_int_equal(t.verdict, VERDICT_URGENT);

	today_merge(&t, "R3", LEVEL_CAUTION, VERDICT_EASY, 1609.344, "phase 1");
	today_merge(&t, "A1", LEVEL_WARN, VERDICT_REST, NAN, "protect");
	assert_int_equal(t.verdict, VERDICT_URGENT);
	assert_int_equal(t.referral, REFERRAL_URGENT);
	assert_true(t.max_distance_m == 0);
	assert_string_equal(t.reasons[0].rule, "F1");
	assert_sorted(&t);
}

static void
clinician_raises_the_referral(void **state)
{
	struct today_report t;

	(void)state;
	report(&t, VERDICT_EASY, 5000);
	t.referral = REFERRAL_PHYSIO;
	today_merge(&t, "F5", LEVEL_WARN, VERDICT_CLINICIAN, NAN, "12 weeks");
	assert_int_equal(t.verdict, VERDICT_CLINICIAN);
	assert_int_equal(t.referral, REFERRAL_CLINICIAN);
	assert_true(t.max_distance_m == 0);

	/* ... but never lowers an urgent one. */
	report(&t, VERDICT_URGENT, 0);
	add(&t, "O1", VERDICT_URGENT, LEVEL_URGENT);
	today_merge(&t, "F5", LEVEL_WARN, VERDICT_CLINICIAN, NAN, "12 weeks");
	assert_int_equal(t.referral, REFERRAL_URGENT);
}

static void
goes_after_reasons_as_severe(void **state)
{
	struct today_report t;

	(void)state;
	report(&t, VERDICT_EASY, 8000);
	add(&t, "L3", VERDICT_EASY, LEVEL_WARN);
	add(&t, "R2", VERDICT_EASY, LEVEL_CAUTION);
	add(&t, "F4", VERDICT_RUN, LEVEL_CAUTION);
	add(&t, "S2", VERDICT_RUN, LEVEL_INFO);
	today_merge(&t, "R3", LEVEL_CAUTION, VERDICT_EASY, 2414, "phase 2");
	assert_int_equal(t.nreasons, 5);
	assert_string_equal(t.reasons[0].rule, "L3");
	assert_string_equal(t.reasons[1].rule, "R2");
	assert_string_equal(t.reasons[2].rule, "R3");
	assert_string_equal(t.reasons[3].rule, "F4");
	assert_string_equal(t.reasons[4].rule, "S2");
	assert_sorted(&t);
	assert_true(fabs(t.max_distance_m - 2414) < 1e-9);
}

static void
full_list_keeps_the_most_severe(void **state)
{
	struct today_report t;

	(void)state;
	report(&t, VERDICT_RUN, NAN);
	for (int i = 0; i < TODAY_MAX_REASONS; i++)
		add(&t, i == TODAY_MAX_REASONS - 1 ? "LAST" : "S1", VERDICT_RUN, LEVEL_INFO);
	today_merge(&t, "A1", LEVEL_WARN, VERDICT_REST, NAN, "protect");
	assert_int_equal(t.nreasons, TODAY_MAX_REASONS);
	assert_string_equal(t.reasons[0].rule, "A1");
	assert_string_not_equal(t.reasons[TODAY_MAX_REASONS - 1].rule, "LAST");
	assert_int_equal(t.verdict, VERDICT_REST);

	/* A reason that ranks below all of a full list is left out, and
	 * still cannot lower anything. */
	today_merge(&t, "R3", LEVEL_INFO, VERDICT_RUN, 1000, "info");
	assert_int_equal(t.nreasons, TODAY_MAX_REASONS);
	for (size_t i = 0; i < t.nreasons; i++)
		assert_string_not_equal(t.reasons[i].rule, "R3");
	assert_int_equal(t.verdict, VERDICT_REST);
	assert_true(t.max_distance_m == 0);
	assert_sorted(&t);
}

static void
long_messages_are_cut_not_overrun(void **state)
{
	struct today_report t;
	char msg[1000];

	(void)state;
	memset(msg, 'x', sizeof(msg) - 1);
	msg[sizeof(msg) - 1] = '\0';
	report(&t, VERDICT_RUN, NAN);
	today_merge(&t, "TOOLONGRULE", LEVEL_INFO, VERDICT_RUN, NAN, msg);
	assert_int_equal(strlen(t.reasons[0].message), sizeof(t.reasons[0].message) - 1);
	assert_int_equal(strlen(t.reasons[0].rule), sizeof(t.reasons[0].rule) - 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(protect_day_turns_a_run_day_into_rest),
		cmocka_unit_test(walk_run_session_caps_the_day),
		cmocka_unit_test(a_milder_reason_changes_neither_verdict_nor_cap),
		cmocka_unit_test(red_flag_is_never_softened),
		cmocka_unit_test(clinician_raises_the_referral),
		cmocka_unit_test(goes_after_reasons_as_severe),
		cmocka_unit_test(full_list_keeps_the_most_severe),
		cmocka_unit_test(long_messages_are_cut_not_overrun),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
