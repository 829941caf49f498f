/* test_today.c - the day's verdict (core/today.h, docs/RULES.md).
 *
 * Each rule on both sides of its threshold; red flags and their lifetime;
 * the verdict as the most severe reason, reasons most severe first; caps;
 * and a property test on random days against an oracle written from the
 * rules (not from today.c). Every report goes through check_report(),
 * which checks the invariants RULES.md states for all verdicts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/rules.h"
#include "core/today.h"
#include "util/date.h"

/* cmocka 1.1 has no double assertion: |a - b| <= eps, with both shown. */
#define assert_near(a, b, eps)                                              \
	do {                                                                \
		double got_ = (a), want_ = (b);                             \
		if (!(fabs(got_ - want_) <= (eps)))                         \
			fail_msg("%s = %.17g, want %.17g", #a, got_, want_);  \
	} while (0)

#define assert_nan(a)                                                       \
	do {                                                                \
		double got_ = (a);                                          \
		if (!isnan(got_))                                           \
			fail_msg("%s = %.17g, want NAN", #a, got_);          \
	} while (0)

#define LMAX30 10000.0 /* the quiet day's longest run of the prior 30 days */
#define AVG28 7000.0   /* the quiet day's average run of the last 4 weeks */

/* ---- a fixture: a quiet day, then each test changes what it needs ----- */

struct fx {
	struct load_report ld;
	struct shoe shoes[4];
	struct ankle_log logs[128];
	size_t nlogs;
	struct today_input in;
	struct today_report out;
};

static struct fx F; /* large: kept off the stack */

static int32_t
T(void)
{
	return day_from_civil(2026, 11, 25);
}

static void
quiet_load(struct load_report *ld, int32_t t)
{
	memset(ld, 0, sizeof(*ld));
	ld->today = t;
	ld->has_data = 1;
	ld->first_day = t - 200;
	ld->data_days = 201;
	ld->days_since_run = 2;
	ld->today_m = 0;
	ld->last7_m = 20000;
	ld->prev7_m = 20000;
	ld->change7 = 0;
	ld->l3 = LEVEL_NONE;
	ld->lmax30_m = LMAX30;
	ld->acute = ld->chronic = 3;
	ld->acwr_ewma = 1;
	ld->acwr_uncoupled = 1;
	ld->acwr_shown = 1;
	ld->monotony = 1;
	ld->strain = 20;
	ld->streak = 0;
	ld->rest_days7 = 4;
	ld->avg_run28_m = AVG28;
	ld->spike = NAN;
}

static struct shoe
mkshoe(int64_t id, double used_km)
{
	struct shoe s;

	memset(&s, 0, sizeof(s));
	s.id = id;
	snprintf(s.name, sizeof(s.name), "shoe%d", (int)id);
	s.review_m = SHOE_REVIEW_M;
	s.limit_m = SHOE_LIMIT_M;
	s.since_day = INT32_MIN;
	s.used_m = used_km * 1000;
	return s;
}

/* A quiet day: 20 km a week, steady, two fresh shoes, no logs, no runs
 * with pain: the verdict is run. */
static void
fx_init(void)
{
	memset(&F, 0, sizeof(F));
	quiet_load(&F.ld, T());
	F.shoes[0] = mkshoe(1, 100);
	F.shoes[1] = mkshoe(2, 200);
	F.in.today = T();
	F.in.units = UNITS_KM;
	F.in.load = &F.ld;
	F.in.planned_m = NAN;
	F.in.logs = F.logs;
	F.in.shoes = F.shoes;
	F.in.nshoes = 2;
}

/* A log with nothing wrong: every score 0, swelling none, weight bearing
 * fine. */
static struct ankle_log *
fx_log(int32_t day, enum side s)
{
	struct ankle_log *l;

	assert_true(F.nlogs < sizeof(F.logs) / sizeof(F.logs[0]));
	l = &F.logs[F.nlogs++];
	ankle_log_init(l);
	l->id = (int64_t)F.nlogs;
	l->day = day;
	l->side = s;
	l->pain = 0;
	l->morning_pain = 0;
	l->stiffness = 0;
	l->swelling = SWELL_NONE;
	l->weight_bearing = WB_OK;
	return l;
}

static void
fx_run_pain(int32_t day, int during, int after)
{
	F.in.last_run.has = 1;
	F.in.last_run.day = day;
	F.in.last_run.distance_m = 8000;
	F.in.last_run.pain_during = during;
	F.in.last_run.pain_after = after;
}

static int
log_cmp(const void *a, const void *b)
{
	const struct ankle_log *x = a, *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static const struct reason *
find(const struct today_report *o, const char *rule)
{
	for (size_t i = 0; i < o->nreasons; i++)
		if (!strcmp(o->reasons[i].rule, rule))
			return &o->reasons[i];
	return NULL;
}

static int
count(const struct today_report *o, const char *rule)
{
	int n = 0;

	for (size_t i = 0; i < o->nreasons; i++)
		n += !strcmp(o->reasons[i].rule, rule);
	return n;
}

static void
dump(const struct today_report *o)
{
	print_message("verdict %s, referral %s, max %g, %zu reasons:\n",
		      verdict_name(o->verdict), referral_name(o->referral),
		      o->max_distance_m, o->nreasons);
	for (size_t i = 0; i < o->nreasons; i++)
		print_message("  %-5s %-8s %-13s %s\n", o->reasons[i].rule,
			      level_name(o->reasons[i].level),
			      verdict_name(o->reasons[i].verdict), o->reasons[i].message);
}

/* The invariants of every report (RULES.md "How the day's verdict is
 * made"). */
static void
check_report(const struct today_report *o)
{
	enum verdict max = VERDICT_RUN;

	assert_true(o->nreasons <= TODAY_MAX_REASONS);
	for (size_t i = 0; i < o->nreasons; i++) {
		const struct reason *r = &o->reasons[i];
		if (r->verdict > max)
			max = r->verdict;
		assert_true(r->rule[0] != '\0');
		assert_true(r->message[0] != '\0');
		assert_in_range(r->level, LEVEL_INFO, LEVEL_URGENT);
		/* most severe first: by verdict, then by level */
		if (i > 0) {
			const struct reason *p = &o->reasons[i - 1];
			if (p->verdict < r->verdict ||
			    (p->verdict == r->verdict && p->level < r->level)) {
				dump(o);
				fail_msg("reason %zu (%s) is more severe than %zu (%s)", i,
					 r->rule, i - 1, p->rule);
			}
		}
	}
	if (o->verdict != max) {
		dump(o);
		fail_msg("verdict %s, most severe reason %s", verdict_name(o->verdict),
			 verdict_name(max));
	}
	assert_int_equal(o->today, T());
	if (o->verdict >= VERDICT_REST)
		assert_near(o->max_distance_m, 0, 0);
	if (o->verdict == VERDICT_URGENT)
		assert_int_equal(o->referral, REFERRAL_URGENT);
	else if (o->verdict == VERDICT_CLINICIAN)
		assert_int_equal(o->referral, REFERRAL_CLINICIAN);
	else
		assert_true(o->referral == REFERRAL_NONE || o->referral == REFERRAL_PHYSIO);
	/* physio only with F4 */
	if (o->referral == REFERRAL_PHYSIO)
		assert_non_null(find(o, "F4"));
}

static void
fx_assess(void)
{
	qsort(F.logs, F.nlogs, sizeof(F.logs[0]), log_cmp);
	F.in.nlogs = F.nlogs;
	today_assess(&F.out, &F.in);
	check_report(&F.out);
}

/* Builds the load report from runs, as the store does (EWMA, window,
 * state), for the tests that go through load_report_compute. */
struct runs {
	struct day_load rows[256];
	size_t n;
};

static void
runs_add(struct runs *r, int32_t day, double km)
{
	assert_true(r->n == 0 || r->rows[r->n - 1].day < day);
	memset(&r->rows[r->n], 0, sizeof(r->rows[0]));
	r->rows[r->n].day = day;
	r->rows[r->n].dist_m = km * 1000;
	r->rows[r->n].longest_m = km * 1000;
	r->rows[r->n].runs = 1;
	r->n++;
}

static void
fx_load_from(struct runs *r)
{
	const int32_t t = T();
	const struct day_load *state = NULL;
	size_t lo = 0, hi = 0;

	if (r->n)
		load_ewma_fill(r->rows, r->n, r->rows[0].day - 1, 0, 0);
	for (size_t i = 0; i < r->n; i++) {
		if (r->rows[i].day <= t) {
			state = &r->rows[i];
			hi = i + 1;
		}
		if (r->rows[i].day < t - LOAD_WINDOW + 1)
			lo = i + 1;
	}
	if (hi < lo)
		hi = lo;
	load_report_compute(&F.ld, r->rows + lo, hi - lo, state,
			    r->n ? r->rows[0].day : 0, t);
}

/* ---- the quiet day ---------------------------------------------------- */

static void
quiet_day_is_run(void **state)
{
	(void)state;
	fx_init();
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_int_equal(F.out.referral, REFERRAL_NONE);
	assert_int_equal(F.out.nreasons, 0);
	/* L1: no run longer than 1.1 x the 30-day longest */
	assert_near(F.out.max_distance_m, 1.1 * LMAX30, 1e-9);
	assert_int_equal(F.out.nshoes, 0);
}

static void
names_sources_and_disclaimer(void **state)
{
	(void)state;
	assert_string_equal(verdict_name(VERDICT_RUN), "run");
	assert_string_equal(verdict_name(VERDICT_EASY), "easy");
	assert_string_equal(verdict_name(VERDICT_REST), "rest");
	assert_string_equal(verdict_name(VERDICT_CLINICIAN), "see-clinician");
	assert_string_equal(verdict_name(VERDICT_URGENT), "urgent-care");
	assert_string_equal(referral_name(REFERRAL_NONE), "none");
	assert_string_equal(referral_name(REFERRAL_PHYSIO), "physio");
	assert_string_equal(referral_name(REFERRAL_CLINICIAN), "clinician");
	assert_string_equal(referral_name(REFERRAL_URGENT), "urgent-care");
	assert_true(VERDICT_RUN < VERDICT_EASY && VERDICT_EASY < VERDICT_REST &&
		    VERDICT_REST < VERDICT_CLINICIAN && VERDICT_CLINICIAN < VERDICT_URGENT);

	{
		static const char *const ids[] = { "L1", "L2", "L3", "L4", "L5", "REST",
						   "S1", "S2", "F1", "F2", "F3", "F4",
						   "F5", "O1", "O2", "R1", "R2", "SWELL",
						   "PAIN", "SYM", "F6", "R3", "R4", "A1", "PLAN" };
		for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
			if (rule_source(ids[i])[0] == '\0')
				fail_msg("rule %s has no source", ids[i]);
	}
	assert_string_equal(rule_source("XX"), "");
	assert_string_equal(rule_source(""), "");
	/* D1: wellness only, not a medical device, not for emergencies */
	assert_non_null(strstr(today_disclaimer, "not a medical device"));
	assert_non_null(strstr(today_disclaimer, "emergencies"));
	assert_non_null(strstr(today_disclaimer, "may help reduce the risk"));
}

/* ---- red flags ---------------------------------------------------------- */

enum flag {
	FLAG_CRACK, FLAG_DEFORMITY, FLAG_NUMB, FLAG_COLD, FLAG_LATERAL, FLAG_MEDIAL,
	FLAG_FIFTH_MT, FLAG_NAVICULAR, FLAG_UNABLE, FLAG_ACHILLES, FLAG_FEVER,
	FLAG__COUNT
};

static const struct {
	const char *name;
	const char *rule;
} flags[FLAG__COUNT] = {
	[FLAG_CRACK] = { "crack", "F1" },
	[FLAG_DEFORMITY] = { "deformity", "F1" },
	[FLAG_NUMB] = { "numb", "F1" },
	[FLAG_COLD] = { "cold or discoloured", "F1" },
	[FLAG_LATERAL] = { "lateral malleolus", "O1" },
	[FLAG_MEDIAL] = { "medial malleolus", "O1" },
	[FLAG_FIFTH_MT] = { "fifth metatarsal", "O2" },
	[FLAG_NAVICULAR] = { "navicular", "O2" },
	[FLAG_UNABLE] = { "unable to bear weight", "O1" },
	[FLAG_ACHILLES] = { "achilles snap", "F2" },
	[FLAG_FEVER] = { "hot swollen with fever", "F2" },
};

static void
set_flag(struct ankle_log *l, enum flag f)
{
	switch (f) {
	case FLAG_CRACK: l->crack = 1; break;
	case FLAG_DEFORMITY: l->deformity = 1; break;
	case FLAG_NUMB: l->numb = 1; break;
	case FLAG_COLD: l->cold_or_discoloured = 1; break;
	case FLAG_LATERAL: l->tender |= TENDER_LATERAL_MALLEOLUS; break;
	case FLAG_MEDIAL: l->tender |= TENDER_MEDIAL_MALLEOLUS; break;
	case FLAG_FIFTH_MT: l->tender |= TENDER_FIFTH_METATARSAL; break;
	case FLAG_NAVICULAR: l->tender |= TENDER_NAVICULAR; break;
	case FLAG_UNABLE: l->weight_bearing = WB_UNABLE; break;
	case FLAG_ACHILLES: l->achilles_snap = 1; break;
	case FLAG_FEVER: l->hot_swollen_fever = 1; break;
	default: break;
	}
}

static void
each_urgent_red_flag(void **state)
{
	(void)state;
	for (int f = 0; f < FLAG__COUNT; f++)
		for (enum side s = SIDE_LEFT; s <= SIDE_RIGHT; s++) {
			fx_init();
			set_flag(fx_log(T() - 1, s), (enum flag)f);
			fx_assess();
			if (F.out.verdict != VERDICT_URGENT ||
			    strcmp(F.out.reasons[0].rule, flags[f].rule)) {
				dump(&F.out);
				fail_msg("%s (%s): want urgent-care by %s", flags[f].name,
					 side_name(s), flags[f].rule);
			}
			assert_int_equal(F.out.referral, REFERRAL_URGENT);
			assert_near(F.out.max_distance_m, 0, 0);
			assert_int_equal(F.out.reasons[0].level, LEVEL_URGENT);
			assert_int_equal(F.out.reasons[0].verdict, VERDICT_URGENT);
			assert_int_equal(count(&F.out, flags[f].rule), 1);
			/* the message names the side */
			assert_non_null(strstr(F.out.reasons[0].message, side_name(s)));
		}
}

/* Below the red flags: painful weight bearing and moderate swelling at
 * rest give a rest day (SYM); severe swelling a clinician (SWELL). */
static void
near_misses_are_not_red_flags(void **state)
{
	(void)state;
	fx_init();
	fx_log(T() - 1, SIDE_LEFT)->weight_bearing = WB_PAINFUL;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_REST);
	assert_null(find(&F.out, "O1"));
	assert_non_null(find(&F.out, "SYM"));
	assert_int_equal(F.out.referral, REFERRAL_NONE);

	fx_init();
	fx_log(T() - 1, SIDE_LEFT)->swelling = SWELL_MILD;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	fx_init();
	fx_log(T() - 1, SIDE_LEFT)->swelling = SWELL_MODERATE;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_REST);
	assert_null(find(&F.out, "SWELL"));

	fx_init();
	fx_log(T() - 1, SIDE_LEFT)->swelling = SWELL_SEVERE;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_CLINICIAN);
	assert_int_equal(F.out.referral, REFERRAL_CLINICIAN);
	assert_near(F.out.max_distance_m, 0, 0);
	assert_non_null(find(&F.out, "SWELL"));
	assert_non_null(strstr(find(&F.out, "SWELL")->message, "yesterday"));
}

/* F3: focal bone pain getting worse: see a clinician, no running. */
static void
bone_pain_worsening_sees_clinician(void **state)
{
	(void)state;
	fx_init();
	fx_log(T(), SIDE_RIGHT)->bone_pain_worsening = 1;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_CLINICIAN);
	assert_int_equal(F.out.referral, REFERRAL_CLINICIAN);
	assert_near(F.out.max_distance_m, 0, 0);
	assert_string_equal(F.out.reasons[0].rule, "F3");
	assert_int_equal(F.out.reasons[0].verdict, VERDICT_CLINICIAN);
}

/* Symptoms at rest, in the latest log of a side within 7 days: pain or
 * morning pain 3 nothing, 4-5 easy, 6 rest, 7 a clinician. */
static void
log_pain_6_vs_7(void **state)
{
	static const struct { int pain; enum verdict v; const char *rule; } cases[] = {
		{ 3, VERDICT_RUN, NULL }, { 4, VERDICT_EASY, "SYM" },
		{ 5, VERDICT_EASY, "SYM" }, { 6, VERDICT_REST, "SYM" },
		{ 7, VERDICT_CLINICIAN, "PAIN" }, { 10, VERDICT_CLINICIAN, "PAIN" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		for (int morning = 0; morning < 2; morning++) {
			struct ankle_log *l;
			fx_init();
			l = fx_log(T() - 1, morning ? SIDE_RIGHT : SIDE_LEFT);
			if (morning)
				l->morning_pain = cases[i].pain;
			else
				l->pain = cases[i].pain;
			fx_assess();
			assert_int_equal(F.out.verdict, cases[i].v);
			if (cases[i].rule)
				assert_non_null(find(&F.out, cases[i].rule));
			else
				assert_null(find(&F.out, "SYM"));
			if (cases[i].v == VERDICT_EASY)
				assert_near(F.out.max_distance_m, AVG28, 1e-6);
		}

	/* the window: 7 days, the log's day included */
	fx_init();
	fx_log(T() - 6, SIDE_LEFT)->pain = 8;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_CLINICIAN);
	fx_init();
	fx_log(T() - 7, SIDE_LEFT)->pain = 8;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	/* only the latest log of the side counts */
	fx_init();
	fx_log(T() - 5, SIDE_RIGHT)->pain = 8;
	fx_log(T() - 1, SIDE_RIGHT)->pain = 2;
	fx_assess();
	assert_null(find(&F.out, "PAIN"));
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	/* seen by a clinician since: the referral is done, rest stays */
	{
		struct consult c = { 1, T() - 1, SIDE_LEFT, CONSULT_CLINICIAN, NULL };
		fx_init();
		fx_log(T() - 2, SIDE_LEFT)->pain = 8;
		F.in.consults = &c;
		F.in.nconsults = 1;
		fx_assess();
		assert_int_equal(F.out.verdict, VERDICT_REST);
		assert_int_equal(F.out.referral, REFERRAL_NONE);
		c.day = T() - 3; /* before the log: not for it */
		fx_assess();
		assert_int_equal(F.out.verdict, VERDICT_CLINICIAN);
	}
}

/* A roll or giving way on the day: an acute event (A1, rest) with pain of
 * 4 or more, moderate swelling or painful weight bearing; else easy. */
static void
acute_event_on_its_day(void **state)
{
	struct ankle_log *l;

	(void)state;
	fx_init();
	l = fx_log(T(), SIDE_LEFT);
	l->rolled = 1;
	l->pain = 3;
	l->swelling = SWELL_MILD;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_null(find(&F.out, "A1"));
	l->pain = 4;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_REST);
	assert_non_null(find(&F.out, "A1"));
	/* the day after, A1 is the episode's to say (core/day.c) */
	l->day = T() - 1;
	fx_assess();
	assert_null(find(&F.out, "A1"));
	assert_int_equal(F.out.verdict, VERDICT_EASY); /* pain 4 at rest */
	l->day = T();
	l->pain = 0;
	l->rolled = 0;
	l->giving_way = 2;
	l->weight_bearing = WB_PAINFUL;
	fx_assess();
	assert_non_null(find(&F.out, "A1"));
	assert_non_null(strstr(find(&F.out, "A1")->message, "gave way 2 times"));
}

/* A red flag stands until resolved: a later day's --red-flags none of the
 * same side, or a consultation of that side on or after its day. A log
 * that merely leaves it out resolves nothing. */
static void
red_flag_stands_until_same_side_clears(void **state)
{
	struct consult c = { 1, 0, SIDE_LEFT, CONSULT_CLINICIAN, NULL };

	(void)state;
	/* an old flag with no later log: it stands, and says when */
	fx_init();
	fx_log(T() - 90, SIDE_LEFT)->crack = 1;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_URGENT);
	assert_non_null(strstr(find(&F.out, "F1")->message, "90 days ago"));

	/* a later log of the other side */
	fx_init();
	fx_log(T() - 20, SIDE_LEFT)->crack = 1;
	fx_log(T() - 2, SIDE_RIGHT)->red_flags_none = 1;
	fx_log(T(), SIDE_RIGHT);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_URGENT);
	assert_int_equal(count(&F.out, "F1"), 1);

	/* logged again: one reason, the log that raised it */
	fx_init();
	fx_log(T() - 20, SIDE_LEFT)->crack = 1;
	fx_log(T() - 2, SIDE_LEFT)->crack = 1;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_URGENT);
	assert_int_equal(count(&F.out, "F1"), 1);
	assert_non_null(strstr(find(&F.out, "F1")->message, "20 days ago"));

	/* a later log of the same side that leaves it out: it stands */
	fx_init();
	fx_log(T() - 20, SIDE_LEFT)->crack = 1;
	fx_log(T() - 2, SIDE_LEFT);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_URGENT);

	/* --red-flags none on a later day resolves it; on the same day not */
	fx_init();
	fx_log(T() - 20, SIDE_LEFT)->crack = 1;
	fx_log(T() - 20, SIDE_LEFT)->red_flags_none = 1;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_URGENT);
	fx_init();
	fx_log(T() - 20, SIDE_LEFT)->crack = 1;
	fx_log(T() - 19, SIDE_LEFT)->red_flags_none = 1;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_null(find(&F.out, "F1"));

	/* a consultation: on or after the log's day, its side or both */
	fx_init();
	fx_log(T() - 2, SIDE_LEFT)->tender = TENDER_NAVICULAR;
	F.in.consults = &c;
	F.in.nconsults = 1;
	c.day = T() - 3;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_URGENT);
	c.day = T() - 2;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	c.side = SIDE_RIGHT;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_URGENT);
	c.side = SIDE_BOTH;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	/* the F3 flag likewise */
	fx_init();
	fx_log(T() - 30, SIDE_RIGHT)->bone_pain_worsening = 1;
	fx_log(T() - 1, SIDE_LEFT);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_CLINICIAN);
}

static void
flags_on_both_sides_are_both_listed(void **state)
{
	(void)state;
	fx_init();
	fx_log(T() - 3, SIDE_LEFT)->numb = 1;
	fx_log(T() - 1, SIDE_RIGHT)->deformity = 1;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_URGENT);
	assert_int_equal(count(&F.out, "F1"), 2);
}

/* A red flag is never softened, whatever else fires. */
static void
red_flag_never_softened(void **state)
{
	struct runs r = { .n = 0 };

	(void)state;
	fx_init();
	fx_log(T() - 1, SIDE_LEFT)->crack = 1;
	fx_log(T() - 1, SIDE_RIGHT)->giving_way = 3;  /* F4: physio */
	fx_run_pain(T() - 1, 2, 1);                   /* R1: safe */
	F.ld.l3 = LEVEL_INFO;                         /* L3: listed */
	F.ld.change7 = 0.15;
	F.ld.monotony = 3;                            /* L5 */
	F.ld.rest_days7 = 0;                          /* REST */
	F.ld.streak = 7;
	F.in.planned_m = 10500;                       /* L1: within 10% */
	F.in.nshoes = 1;                              /* S2 */
	F.shoes[0] = mkshoe(1, 900);                  /* S1 */
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_URGENT);
	assert_int_equal(F.out.referral, REFERRAL_URGENT);
	assert_near(F.out.max_distance_m, 0, 0);
	assert_string_equal(F.out.reasons[0].rule, "F1");
	/* and all the others are still listed */
	assert_non_null(find(&F.out, "F4"));
	assert_non_null(find(&F.out, "R1"));
	assert_non_null(find(&F.out, "L3"));
	assert_non_null(find(&F.out, "L5"));
	assert_non_null(find(&F.out, "REST"));
	assert_non_null(find(&F.out, "L1"));
	assert_non_null(find(&F.out, "S1"));
	assert_non_null(find(&F.out, "S2"));

	/* F3 with a walk-run restart (L2 caps at 1 mi): still no running */
	fx_init();
	fx_load_from(&r); /* no runs ever */
	fx_log(T() - 1, SIDE_LEFT)->bone_pain_worsening = 1;
	fx_assess();
	assert_non_null(find(&F.out, "L2"));
	assert_int_equal(F.out.verdict, VERDICT_CLINICIAN);
	assert_int_equal(F.out.referral, REFERRAL_CLINICIAN);
	assert_near(F.out.max_distance_m, 0, 0);
}

/* ---- F5: symptoms for 12 weeks and still present ------------------------ */

/* Symptomatic logs (pain 2) of a side every 7 days from 'from' and on
 * 'to' itself. */
static void
symptom_series(enum side s, int32_t from, int32_t to)
{
	for (int32_t d = from; d < to; d += 7)
		fx_log(d, s)->pain = 2;
	fx_log(to, s)->pain = 2;
}

static void
f5_at_83_vs_84_days(void **state)
{
	(void)state;
	fx_init();
	symptom_series(SIDE_LEFT, T() - 83, T());
	fx_assess();
	assert_null(find(&F.out, "F5"));
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	fx_init();
	symptom_series(SIDE_LEFT, T() - 84, T());
	fx_assess();
	assert_non_null(find(&F.out, "F5"));
	assert_int_equal(F.out.verdict, VERDICT_CLINICIAN);
	assert_int_equal(F.out.referral, REFERRAL_CLINICIAN);
	assert_near(F.out.max_distance_m, 0, 0);
}

static void
f5_still_present_in_last_7_days(void **state)
{
	(void)state;
	fx_init();
	symptom_series(SIDE_RIGHT, T() - 120, T() - 6);
	fx_assess();
	assert_non_null(find(&F.out, "F5"));
	assert_int_equal(F.out.verdict, VERDICT_CLINICIAN);

	fx_init();
	symptom_series(SIDE_RIGHT, T() - 120, T() - 7);
	fx_assess();
	assert_null(find(&F.out, "F5"));
	assert_int_equal(F.out.verdict, VERDICT_RUN);
}

static void
f5_broken_by_a_symptom_free_log(void **state)
{
	(void)state;
	fx_init();
	symptom_series(SIDE_LEFT, T() - 120, T() - 60);
	fx_log(T() - 50, SIDE_LEFT); /* symptom-free */
	symptom_series(SIDE_LEFT, T() - 49, T());
	fx_assess();
	assert_null(find(&F.out, "F5"));

	/* the latest log symptom-free */
	fx_init();
	symptom_series(SIDE_LEFT, T() - 120, T() - 2);
	fx_log(T() - 1, SIDE_LEFT);
	fx_assess();
	assert_null(find(&F.out, "F5"));
}

static void
f5_per_side(void **state)
{
	(void)state;
	/* left: 12+ weeks but not recent; right: recent but only 3 weeks */
	fx_init();
	symptom_series(SIDE_LEFT, T() - 120, T() - 30);
	symptom_series(SIDE_RIGHT, T() - 21, T());
	fx_assess();
	assert_null(find(&F.out, "F5"));

	/* the other side's symptom-free log does not break a run */
	fx_init();
	symptom_series(SIDE_LEFT, T() - 100, T() - 1);
	fx_log(T() - 50, SIDE_RIGHT);
	fx_log(T(), SIDE_RIGHT);
	fx_assess();
	assert_int_equal(count(&F.out, "F5"), 1);
	assert_non_null(strstr(find(&F.out, "F5")->message, "left"));
}

/* ---- F4: giving way ---------------------------------------------------- */

static void
f4_one_vs_two_episodes(void **state)
{
	(void)state;
	fx_init();
	fx_log(T() - 10, SIDE_LEFT)->giving_way = 1;
	fx_assess();
	assert_null(find(&F.out, "F4"));
	assert_int_equal(F.out.referral, REFERRAL_NONE);

	fx_init();
	fx_log(T() - 10, SIDE_LEFT)->rolled = 1;
	fx_assess();
	assert_null(find(&F.out, "F4"));

	/* F4 alone: physio, and the verdict from the other rules (run) */
	fx_init();
	fx_log(T() - 10, SIDE_LEFT)->giving_way = 2;
	fx_assess();
	assert_non_null(find(&F.out, "F4"));
	assert_int_equal(F.out.referral, REFERRAL_PHYSIO);
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_int_equal(find(&F.out, "F4")->verdict, VERDICT_RUN);
	assert_near(F.out.max_distance_m, 1.1 * LMAX30, 1e-9);

	/* across logs: a giving-way episode and a roll */
	fx_init();
	fx_log(T() - 100, SIDE_RIGHT)->giving_way = 1;
	fx_log(T() - 3, SIDE_RIGHT)->rolled = 1;
	fx_log(T() - 1, SIDE_RIGHT);
	fx_assess();
	assert_non_null(find(&F.out, "F4"));
	assert_int_equal(F.out.referral, REFERRAL_PHYSIO);
}

static void
f4_six_month_window(void **state)
{
	(void)state;
	/* a symptom-free log between them keeps F5 (symptoms for 12 weeks)
	 * out of the way */
	fx_init();
	fx_log(T() - 181, SIDE_LEFT)->giving_way = 1;
	fx_log(T() - 100, SIDE_LEFT);
	fx_log(T() - 5, SIDE_LEFT)->giving_way = 1;
	fx_assess();
	assert_non_null(find(&F.out, "F4"));
	assert_int_equal(F.out.referral, REFERRAL_PHYSIO);
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	fx_init();
	fx_log(T() - 182, SIDE_LEFT)->giving_way = 1;
	fx_log(T() - 100, SIDE_LEFT);
	fx_log(T() - 5, SIDE_LEFT)->giving_way = 1;
	fx_assess();
	assert_null(find(&F.out, "F4"));
	assert_int_equal(F.out.referral, REFERRAL_NONE);
}

static void
f4_counts_per_side(void **state)
{
	(void)state;
	fx_init();
	fx_log(T() - 20, SIDE_LEFT)->giving_way = 1;
	fx_log(T() - 10, SIDE_RIGHT)->giving_way = 1;
	fx_assess();
	assert_null(find(&F.out, "F4"));
	assert_int_equal(F.out.referral, REFERRAL_NONE);

	fx_init();
	fx_log(T() - 20, SIDE_LEFT)->giving_way = 2;
	fx_log(T() - 10, SIDE_RIGHT)->rolled = 1;
	fx_log(T() - 9, SIDE_RIGHT)->rolled = 1;
	fx_assess();
	assert_int_equal(count(&F.out, "F4"), 2);
}

/* F4 with other rules: the verdict is theirs, the referral the strongest. */
static void
f4_with_other_rules(void **state)
{
	(void)state;
	fx_init();
	fx_log(T() - 10, SIDE_LEFT)->giving_way = 2;
	fx_run_pain(T() - 1, 6, -1);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_REST);
	assert_int_equal(F.out.referral, REFERRAL_PHYSIO);

	fx_init();
	fx_log(T() - 10, SIDE_LEFT)->giving_way = 2;
	F.ld.l3 = LEVEL_WARN;
	F.ld.change7 = 0.5;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_int_equal(F.out.referral, REFERRAL_PHYSIO);

	fx_init();
	fx_log(T() - 10, SIDE_LEFT)->giving_way = 2;
	fx_log(T() - 1, SIDE_RIGHT)->bone_pain_worsening = 1;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_CLINICIAN);
	assert_int_equal(F.out.referral, REFERRAL_CLINICIAN);
}

/* ---- R1: the last run's pain -------------------------------------------- */

static void
r1_pain_bands(void **state)
{
	static const struct {
		int during, after;
		enum verdict want;
		int r1, pain;
	} cases[] = {
		{ -1, -1, VERDICT_RUN, 0, 0 },
		{ 0, 0, VERDICT_RUN, 0, 0 },
		{ 1, -1, VERDICT_RUN, 1, 0 },
		{ 3, 3, VERDICT_RUN, 1, 0 },
		{ 4, -1, VERDICT_EASY, 1, 0 },
		{ -1, 4, VERDICT_EASY, 1, 0 },
		{ 5, 2, VERDICT_EASY, 1, 0 },
		{ 6, -1, VERDICT_REST, 1, 0 },
		{ 2, 6, VERDICT_REST, 1, 0 },
		{ 7, -1, VERDICT_CLINICIAN, 1, 1 },
		{ 3, 7, VERDICT_CLINICIAN, 1, 1 },
		{ 10, 10, VERDICT_CLINICIAN, 1, 1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fx_init();
		fx_run_pain(T() - 1, cases[i].during, cases[i].after);
		fx_assess();
		if (F.out.verdict != cases[i].want ||
		    !!find(&F.out, "R1") != cases[i].r1 ||
		    !!find(&F.out, "PAIN") != cases[i].pain) {
			dump(&F.out);
			fail_msg("pain during %d after %d: verdict %s, want %s",
				 cases[i].during, cases[i].after,
				 verdict_name(F.out.verdict), verdict_name(cases[i].want));
		}
		if (cases[i].want == VERDICT_REST)
			assert_int_equal(F.out.referral, REFERRAL_NONE);
		if (cases[i].want == VERDICT_CLINICIAN)
			assert_int_equal(F.out.referral, REFERRAL_CLINICIAN);
	}
}

/* "Easy and shorter" (RULES.md design choice): R1 at 4-5 caps the day at
 * the average run of the last 4 weeks; without runs in 4 weeks, the L1
 * cap stays. */
static void
r1_easy_is_shorter(void **state)
{
	(void)state;
	fx_init();
	fx_run_pain(T() - 1, 4, 4);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_near(F.out.max_distance_m, AVG28, 1e-9);

	fx_init();
	F.ld.avg_run28_m = 12000; /* longer than 1.1 x lmax30: the smaller wins */
	fx_run_pain(T() - 1, 5, -1);
	fx_assess();
	assert_near(F.out.max_distance_m, 1.1 * LMAX30, 1e-9);

	fx_init();
	F.ld.avg_run28_m = 0;
	fx_run_pain(T() - 1, 5, -1);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_near(F.out.max_distance_m, 1.1 * LMAX30, 1e-9);

	/* safe pain: no shorter cap */
	fx_init();
	fx_run_pain(T() - 1, 3, -1);
	fx_assess();
	assert_near(F.out.max_distance_m, 1.1 * LMAX30, 1e-9);
}

/* Design choice (RULES.md): R1 and PAIN look at the latest run only when
 * it is from the last 7 days. */
static void
r1_looks_at_last_7_days(void **state)
{
	(void)state;
	fx_init();
	fx_run_pain(T() - 6, 6, -1);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_REST);

	fx_init();
	fx_run_pain(T() - 7, 6, -1);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_null(find(&F.out, "R1"));

	fx_init();
	fx_run_pain(T() - 6, 8, -1);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_CLINICIAN);

	fx_init();
	fx_run_pain(T() - 7, 8, -1);
	fx_assess();
	assert_null(find(&F.out, "PAIN"));

	/* a run today counts */
	fx_init();
	fx_run_pain(T(), 5, -1);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_EASY);
}

/* ---- R2: the next-morning response ------------------------------------- */

static void
r2_worse_vs_equal(void **state)
{
	struct ankle_log *l;

	(void)state;
	/* morning pain up: easy, and shorter */
	fx_init();
	fx_log(T() - 3, SIDE_LEFT)->morning_pain = 2;
	fx_log(T(), SIDE_LEFT)->morning_pain = 3;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_non_null(find(&F.out, "R2"));
	assert_near(F.out.max_distance_m, AVG28, 1e-9);

	/* equal: nothing */
	fx_init();
	fx_log(T() - 3, SIDE_LEFT)->morning_pain = 3;
	fx_log(T(), SIDE_LEFT)->morning_pain = 3;
	fx_assess();
	assert_null(find(&F.out, "R2"));
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	/* better: nothing */
	fx_init();
	fx_log(T() - 3, SIDE_LEFT)->morning_pain = 4;
	fx_log(T(), SIDE_LEFT)->morning_pain = 2;
	fx_assess();
	assert_null(find(&F.out, "R2"));

	/* stiffness up */
	fx_init();
	l = fx_log(T() - 3, SIDE_RIGHT);
	l->morning_pain = -1;
	l->stiffness = 1;
	l = fx_log(T(), SIDE_RIGHT);
	l->morning_pain = -1;
	l->stiffness = 3;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_non_null(find(&F.out, "R2"));

	/* stiffness equal, morning pain unknown: nothing */
	fx_init();
	l = fx_log(T() - 3, SIDE_RIGHT);
	l->morning_pain = -1;
	l->stiffness = 3;
	l = fx_log(T(), SIDE_RIGHT);
	l->morning_pain = -1;
	l->stiffness = 3;
	fx_assess();
	assert_null(find(&F.out, "R2"));

	/* unknown before: no comparison */
	fx_init();
	fx_log(T() - 3, SIDE_LEFT)->morning_pain = -1;
	fx_log(T(), SIDE_LEFT)->morning_pain = 5;
	fx_assess();
	assert_null(find(&F.out, "R2"));

	/* a single log: nothing to compare with */
	fx_init();
	fx_log(T(), SIDE_LEFT)->morning_pain = 5;
	fx_assess();
	assert_null(find(&F.out, "R2"));
}

static void
r2_same_side_and_recent(void **state)
{
	(void)state;
	/* the log before is of the other side: no comparison */
	fx_init();
	fx_log(T() - 3, SIDE_LEFT)->morning_pain = 1;
	fx_log(T(), SIDE_RIGHT)->morning_pain = 4;
	fx_assess();
	assert_null(find(&F.out, "R2"));

	/* the latest log 6 days ago: still looked at */
	fx_init();
	fx_log(T() - 10, SIDE_LEFT)->morning_pain = 1;
	fx_log(T() - 6, SIDE_LEFT)->morning_pain = 4;
	fx_assess();
	assert_non_null(find(&F.out, "R2"));

	/* 7 days ago: too old (design choice) */
	fx_init();
	fx_log(T() - 10, SIDE_LEFT)->morning_pain = 1;
	fx_log(T() - 7, SIDE_LEFT)->morning_pain = 4;
	fx_assess();
	assert_null(find(&F.out, "R2"));
	assert_int_equal(F.out.verdict, VERDICT_RUN);
}

/* ---- L2: the walk-run restart ------------------------------------------ */

static void
l2_at_30_vs_31_days(void **state)
{
	struct runs r = { .n = 0 };

	(void)state;
	/* last run 30 days ago: it is in the prior 30 days */
	fx_init();
	runs_add(&r, T() - 60, 10);
	runs_add(&r, T() - 30, 8);
	fx_load_from(&r);
	fx_assess();
	assert_null(find(&F.out, "L2"));
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_near(F.out.max_distance_m, 1.1 * 8000, 1e-9);

	/* 31 days ago: no run in the prior 30 days */
	fx_init();
	r.n = 0;
	runs_add(&r, T() - 60, 10);
	runs_add(&r, T() - 31, 8);
	fx_load_from(&r);
	fx_assess();
	assert_non_null(find(&F.out, "L2"));
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_near(F.out.max_distance_m, TODAY_WALKRUN_M, 1e-9);
	assert_near(TODAY_WALKRUN_M, 1609.344, 1e-9);

	/* no runs at all: talus cannot tell a beginner of the log from a
	 * return after a break (a labelled design choice): L2 is listed as
	 * information, without a cap */
	fx_init();
	r.n = 0;
	fx_load_from(&r);
	F.in.planned_m = 5000;
	fx_assess();
	assert_non_null(find(&F.out, "L2"));
	assert_int_equal(find(&F.out, "L2")->level, LEVEL_INFO);
	assert_null(find(&F.out, "L1"));
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_true(isnan(F.out.max_distance_m));

	/* the log starts 3 days ago: the same, the first run is no return */
	fx_init();
	r.n = 0;
	runs_add(&r, T() - 3, 12);
	fx_load_from(&r);
	fx_assess();
	assert_non_null(find(&F.out, "L2"));
	assert_int_equal(find(&F.out, "L2")->level, LEVEL_INFO);
	assert_int_equal(F.out.verdict, VERDICT_RUN);
}

/* EVIDENCE.md §1: "No run in the prior 30 days: treat any run as an
 * unbounded spike"; the issue: L1 "for past runs". The load report flags
 * such a run (spike_after_gap), but no reason lists it: a 15 km return
 * after 40 days off, 3 days ago, or today, goes unmentioned. */
static void
l1_past_run_after_30_day_gap_is_listed(void **state)
{
	struct runs r = { .n = 0 };
	int bad = 0;

	(void)state;
	fx_init();
	runs_add(&r, T() - 43, 15);
	runs_add(&r, T() - 3, 15);
	fx_load_from(&r);
	assert_int_equal(F.ld.spike_after_gap, 1);
	fx_assess();
	if (!find(&F.out, "L1") && !find(&F.out, "L2")) {
		print_error("a return run 3 days ago after 40 days off: no L1/L2\n");
		dump(&F.out);
		bad++;
	}

	fx_init();
	r.n = 0;
	runs_add(&r, T() - 40, 15);
	runs_add(&r, T(), 15);
	fx_load_from(&r);
	assert_int_equal(F.ld.spike_after_gap, 1);
	fx_assess();
	if (!find(&F.out, "L1") && !find(&F.out, "L2")) {
		print_error("a return run today after 40 days off: no L1/L2\n");
		dump(&F.out);
		bad++;
	}
	assert_int_equal(bad, 0);
}

/* ---- L1: a planned run --------------------------------------------------- */

static void
l1_planned_within_and_above_110_percent(void **state)
{
	const struct reason *l1;

	(void)state;
	fx_init();
	F.in.planned_m = 10500;
	fx_assess();
	l1 = find(&F.out, "L1");
	assert_non_null(l1);
	assert_int_equal(l1->verdict, VERDICT_RUN);
	assert_int_equal(l1->level, LEVEL_INFO);
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_near(F.out.max_distance_m, 1.1 * LMAX30, 1e-9);

	/* just above 1.10 x: easy, capped at 1.1 x the 30-day longest */
	fx_init();
	F.in.planned_m = 11001;
	fx_assess();
	l1 = find(&F.out, "L1");
	assert_non_null(l1);
	assert_int_equal(l1->verdict, VERDICT_EASY);
	assert_int_equal(l1->level, LEVEL_CAUTION);
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_near(F.out.max_distance_m, 11000, 1e-9);
	assert_non_null(strstr(l1->message, "11.0 km"));

	/* just below and above +30%: caution, then warn */
	fx_init();
	F.in.planned_m = 12999;
	fx_assess();
	assert_int_equal(find(&F.out, "L1")->level, LEVEL_CAUTION);
	assert_int_equal(F.out.verdict, VERDICT_EASY);

	fx_init();
	F.in.planned_m = 13001;
	fx_assess();
	assert_int_equal(find(&F.out, "L1")->level, LEVEL_WARN);
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_near(F.out.max_distance_m, 11000, 1e-9);

	/* a large spike: still easy with the same cap */
	fx_init();
	F.in.planned_m = 30000;
	fx_assess();
	assert_int_equal(find(&F.out, "L1")->level, LEVEL_WARN);
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_near(F.out.max_distance_m, 11000, 1e-9);

	/* in miles, the cap reads in miles */
	fx_init();
	F.in.units = UNITS_MI;
	F.in.planned_m = 20000;
	fx_assess();
	assert_non_null(strstr(find(&F.out, "L1")->message, "6.8 mi"));
}

/* A planned run exactly 1.10 x the 30-day longest (11 km on 10 km) is
 * within 10% ("<= 0.10 none"): run, not easy. */
static void
l1_planned_exactly_110_percent_is_run(void **state)
{
	const struct reason *l1;

	(void)state;
	fx_init();
	F.in.planned_m = 11000;
	fx_assess();
	l1 = find(&F.out, "L1");
	assert_non_null(l1);
	if (F.out.verdict != VERDICT_RUN || l1->verdict != VERDICT_RUN) {
		dump(&F.out);
		fail_msg("planned 11000 m on a 30-day longest of 10000 m: verdict %s, "
			 "want run", verdict_name(F.out.verdict));
	}
	assert_near(F.out.max_distance_m, 11000, 1e-9);
}

/* ---- L1 on past runs: listed only ---------------------------------------- */

static void
l1_past_spike_listed(void **state)
{
	(void)state;
	fx_init();
	F.ld.spike = 0.10;
	F.ld.spike_day = T() - 2;
	F.ld.spike_m = 11000;
	F.ld.spike_ref_m = 10000;
	fx_assess();
	assert_null(find(&F.out, "L1"));

	fx_init();
	F.ld.spike = 0.1001;
	F.ld.spike_day = T() - 2;
	F.ld.spike_m = 11001;
	F.ld.spike_ref_m = 10000;
	fx_assess();
	assert_non_null(find(&F.out, "L1"));
	assert_int_equal(find(&F.out, "L1")->level, LEVEL_CAUTION);
	assert_int_equal(find(&F.out, "L1")->verdict, VERDICT_RUN);
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_non_null(strstr(find(&F.out, "L1")->message, "2026-11-23"));

	fx_init();
	F.ld.spike = 0.30;
	F.ld.spike_day = T() - 2;
	F.ld.spike_m = 13000;
	F.ld.spike_ref_m = 10000;
	fx_assess();
	assert_int_equal(find(&F.out, "L1")->level, LEVEL_CAUTION);

	fx_init();
	F.ld.spike = 1.5;
	F.ld.spike_day = T() - 2;
	F.ld.spike_m = 25000;
	F.ld.spike_ref_m = 10000;
	fx_assess();
	assert_int_equal(find(&F.out, "L1")->level, LEVEL_WARN);
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_non_null(strstr(find(&F.out, "L1")->message, "large"));
}

/* ---- L3, L4, L5, REST ------------------------------------------------------ */

static void
l3_levels_and_verdicts(void **state)
{
	(void)state;
	fx_init();
	F.ld.l3 = LEVEL_INFO;
	F.ld.change7 = 0.15;
	fx_assess();
	assert_int_equal(find(&F.out, "L3")->level, LEVEL_INFO);
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	fx_init();
	F.ld.l3 = LEVEL_CAUTION;
	F.ld.change7 = 0.25;
	fx_assess();
	assert_int_equal(find(&F.out, "L3")->level, LEVEL_CAUTION);
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_near(F.out.max_distance_m, 1.1 * LMAX30, 1e-9);

	/* above 30%: easy, and shorter */
	fx_init();
	F.ld.l3 = LEVEL_WARN;
	F.ld.change7 = 0.35;
	fx_assess();
	assert_int_equal(find(&F.out, "L3")->level, LEVEL_WARN);
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_near(F.out.max_distance_m, AVG28, 1e-9);

	fx_init();
	F.ld.l3 = LEVEL_NONE;
	F.ld.change7 = 0.05;
	fx_assess();
	assert_null(find(&F.out, "L3"));
}

/* L3 from real rows: 10 km the week before, then 13.5 km (+35%). */
static void
l3_from_rows(void **state)
{
	struct runs r = { .n = 0 };

	(void)state;
	fx_init();
	runs_add(&r, T() - 10, 10);
	runs_add(&r, T() - 3, 6);
	runs_add(&r, T() - 1, 7.5);
	fx_load_from(&r);
	fx_assess();
	assert_non_null(find(&F.out, "L3"));
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	/* easy and shorter: the average run of 4 weeks, (10 + 6 + 7.5) / 3 */
	assert_near(F.out.max_distance_m, 23500.0 / 3, 1e-6);

	fx_init();
	r.n = 0;
	runs_add(&r, T() - 10, 10);
	runs_add(&r, T() - 3, 6);
	runs_add(&r, T() - 1, 6.5);
	fx_load_from(&r);
	fx_assess();
	assert_int_equal(find(&F.out, "L3")->level, LEVEL_CAUTION);
	assert_int_equal(F.out.verdict, VERDICT_RUN);
}

/* L4 (ACWR) is shown only, never an alert. */
static void
l4_never_an_alert(void **state)
{
	(void)state;
	fx_init();
	F.ld.acwr_ewma = 2.5;
	F.ld.acwr_uncoupled = 3;
	F.ld.acwr_shown = 1;
	fx_assess();
	assert_null(find(&F.out, "L4"));
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_int_equal(F.out.nreasons, 0);
}

static void
l5_monotony_listed_above_2(void **state)
{
	(void)state;
	fx_init();
	F.ld.monotony = 2.0;
	fx_assess();
	assert_null(find(&F.out, "L5"));

	fx_init();
	F.ld.monotony = 2.01;
	fx_assess();
	assert_non_null(find(&F.out, "L5"));
	assert_int_equal(find(&F.out, "L5")->level, LEVEL_INFO);
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	fx_init();
	F.ld.monotony = 10;
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	fx_init();
	F.ld.monotony = NAN;
	fx_assess();
	assert_null(find(&F.out, "L5"));
}

/* REST (design choice): no rest day in 7 is listed; 14 days in a row give
 * easy. */
static void
rest_streak_13_vs_14(void **state)
{
	(void)state;
	fx_init();
	F.ld.streak = 13;
	F.ld.rest_days7 = 0;
	fx_assess();
	assert_int_equal(count(&F.out, "REST"), 1);
	assert_int_equal(find(&F.out, "REST")->verdict, VERDICT_RUN);
	assert_int_equal(find(&F.out, "REST")->level, LEVEL_CAUTION);
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	fx_init();
	F.ld.streak = 14;
	F.ld.rest_days7 = 0;
	fx_assess();
	assert_int_equal(count(&F.out, "REST"), 1);
	assert_int_equal(find(&F.out, "REST")->verdict, VERDICT_EASY);
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_near(F.out.max_distance_m, AVG28, 1e-9);

	/* one rest day in the 7 */
	fx_init();
	F.ld.streak = 6;
	F.ld.rest_days7 = 1;
	fx_assess();
	assert_null(find(&F.out, "REST"));
}

/* The same from rows: 13 and 14 running days in a row. */
static void
rest_streak_from_rows(void **state)
{
	struct runs r = { .n = 0 };

	(void)state;
	fx_init();
	for (int d = 12; d >= 0; d--)
		runs_add(&r, T() - d, 5 + (d % 3));
	fx_load_from(&r);
	fx_assess();
	assert_int_equal(F.ld.streak, 13);
	assert_int_equal(find(&F.out, "REST")->verdict, VERDICT_RUN);

	fx_init();
	r.n = 0;
	for (int d = 13; d >= 0; d--)
		runs_add(&r, T() - d, 5 + (d % 3));
	fx_load_from(&r);
	fx_assess();
	assert_int_equal(F.ld.streak, 14);
	assert_int_equal(find(&F.out, "REST")->verdict, VERDICT_EASY);
	assert_int_equal(F.out.verdict, VERDICT_EASY);
}

/* ---- shoes --------------------------------------------------------------- */

static void
shoe_alerts_listed_only(void **state)
{
	(void)state;
	fx_init();
	F.shoes[0] = mkshoe(1, 800);
	F.shoes[1] = mkshoe(2, 480);
	fx_assess();
	assert_int_equal(F.out.verdict, VERDICT_RUN);
	assert_int_equal(count(&F.out, "S1"), 2);
	assert_int_equal(F.out.nshoes, 2);
	/* warn (replace) before caution (review) */
	assert_int_equal(F.out.reasons[0].level, LEVEL_WARN);
	assert_int_equal(F.out.reasons[1].level, LEVEL_CAUTION);

	fx_init();
	F.shoes[0] = mkshoe(1, 479.9);
	fx_assess();
	assert_null(find(&F.out, "S1"));
}

static void
shoe_rotation_needs_a_run_in_28_days(void **state)
{
	(void)state;
	fx_init();
	F.in.nshoes = 1;
	F.ld.days_since_run = 27;
	fx_assess();
	assert_non_null(find(&F.out, "S2"));
	assert_int_equal(F.out.verdict, VERDICT_RUN);

	fx_init();
	F.in.nshoes = 1;
	F.ld.days_since_run = 28;
	fx_assess();
	assert_null(find(&F.out, "S2"));

	fx_init();
	F.in.nshoes = 0;
	F.ld.days_since_run = 0;
	fx_assess();
	assert_non_null(find(&F.out, "S2"));

	fx_init();
	F.in.nshoes = 0;
	F.ld.has_data = 0;
	F.ld.days_since_run = -1;
	F.ld.lmax30_m = 0;
	fx_assess();
	assert_null(find(&F.out, "S2"));
}

/* ---- the verdict and the order of reasons --------------------------------- */

static void
reasons_most_severe_first(void **state)
{
	static const char *const want[] = { "O2", "F3", "R1", "L3", "REST", "L5" };

	(void)state;
	fx_init();
	F.ld.monotony = 3;                      /* info, run */
	F.ld.rest_days7 = 0;                    /* caution, run */
	F.ld.streak = 5;
	F.ld.l3 = LEVEL_WARN;                   /* warn, easy */
	F.ld.change7 = 0.4;
	fx_run_pain(T() - 1, 6, -1);            /* warn, rest */
	fx_log(T() - 1, SIDE_LEFT)->bone_pain_worsening = 1; /* clinician */
	fx_log(T() - 1, SIDE_RIGHT)->tender = TENDER_FIFTH_METATARSAL; /* urgent */
	fx_assess();
	assert_int_equal(F.out.nreasons, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < F.out.nreasons; i++)
		if (strcmp(F.out.reasons[i].rule, want[i])) {
			dump(&F.out);
			fail_msg("reason %zu is %s, want %s", i, F.out.reasons[i].rule,
				 want[i]);
		}
	assert_int_equal(F.out.verdict, VERDICT_URGENT);
}

/* Every rule that fired is listed. */
static void
every_fired_rule_listed(void **state)
{
	static const char *const want[] = { "F4", "R1", "R2", "L1", "L3", "L5",
					     "REST", "S1", "S2" };

	(void)state;
	fx_init();
	fx_log(T() - 20, SIDE_LEFT)->giving_way = 2;
	fx_log(T() - 2, SIDE_LEFT)->morning_pain = 1;
	fx_log(T(), SIDE_LEFT)->morning_pain = 2;
	fx_run_pain(T() - 1, 2, -1);
	F.in.planned_m = 12000;
	F.ld.l3 = LEVEL_CAUTION;
	F.ld.change7 = 0.22;
	F.ld.monotony = 2.5;
	F.ld.rest_days7 = 0;
	F.ld.streak = 8;
	F.in.nshoes = 1;
	F.shoes[0] = mkshoe(1, 500);
	fx_assess();
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		if (!find(&F.out, want[i])) {
			dump(&F.out);
			fail_msg("%s not listed", want[i]);
		}
	assert_int_equal(F.out.verdict, VERDICT_EASY);
	assert_int_equal(F.out.referral, REFERRAL_PHYSIO);
	/* easy from L1 (11 km) and R2 (the 4-week average): the smaller */
	assert_near(F.out.max_distance_m, AVG28, 1e-9);
}

/* ---- random days against an oracle written from RULES.md ----------------- */

static uint64_t rng_state;

static uint64_t
rng(void)
{
	/* splitmix64 */
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static int
chance(int percent)
{
	return (int)(rng() % 100) < percent;
}

static void
random_days_match_oracle(void **state)
{
	(void)state;
	rng_state = 42;
	for (int iter = 0; iter < 20000; iter++) {
		enum verdict want = VERDICT_RUN;
		enum referral ref = REFERRAL_NONE;
		double cap = NAN;
		int shorter = 0, physio = 0;

		fx_init();
		/* one log per side (so no R2 or F5), with rare flags */
		for (enum side s = SIDE_LEFT; s <= SIDE_RIGHT; s++) {
			struct ankle_log *l;
			if (!chance(60))
				continue;
			l = fx_log(T() - (int32_t)(rng() % 30), s);
			l->pain = (int)(rng() % 11);
			l->morning_pain = chance(50) ? (int)(rng() % 11) : -1;
			l->swelling = (enum swelling)(rng() % 4);
			l->giving_way = chance(20) ? (int)(rng() % 3) : 0;
			l->rolled = chance(10);
			if (chance(8))
				set_flag(l, (enum flag)(rng() % FLAG__COUNT));
			l->bone_pain_worsening = chance(4);

			if (chance(10) && l->weight_bearing == WB_OK)
				l->weight_bearing = WB_PAINFUL;

			/* red flags stand whatever their age */
			if (l->crack || l->deformity || l->numb || l->cold_or_discoloured ||
			    l->tender || l->weight_bearing == WB_UNABLE ||
			    l->achilles_snap || l->hot_swollen_fever)
				want = VERDICT_URGENT;
			if (l->bone_pain_worsening)
				want = want > VERDICT_CLINICIAN ? want : VERDICT_CLINICIAN;
			/* symptoms at rest: 7 days */
			if (l->day >= T() - 6) {
				int p = l->pain > l->morning_pain ? l->pain : l->morning_pain;
				enum verdict v = VERDICT_RUN;
				if (p >= 7 || l->swelling == SWELL_SEVERE)
					v = VERDICT_CLINICIAN;
				else if (p == 6 || l->swelling == SWELL_MODERATE ||
					 l->weight_bearing == WB_PAINFUL)
					v = VERDICT_REST;
				else if (p >= 4)
					v = VERDICT_EASY;
				shorter |= p == 4 || p == 5;
				/* the day of a roll or giving way */
				if (l->day == T() && (l->rolled || l->giving_way > 0)) {
					if (p >= 4 || l->swelling >= SWELL_MODERATE ||
					    l->weight_bearing >= WB_PAINFUL)
						v = v > VERDICT_REST ? v : VERDICT_REST;
					else {
						v = v > VERDICT_EASY ? v : VERDICT_EASY;
						shorter = 1;
					}
				}
				if (v > want)
					want = v;
			}
			physio |= l->giving_way + l->rolled >= 2;
		}
		/* the last run, maybe recent, maybe with pain */
		if (chance(80)) {
			int32_t day = T() - (int32_t)(rng() % 10);
			int pd = chance(70) ? (int)(rng() % 11) : -1;
			int pa = chance(70) ? (int)(rng() % 11) : -1;
			int p = pd > pa ? pd : pa;
			fx_run_pain(day, pd, pa);
			if (day >= T() - 6) {
				enum verdict v = p >= 7 ? VERDICT_CLINICIAN
					       : p >= 6 ? VERDICT_REST
					       : p >= 4 ? VERDICT_EASY : VERDICT_RUN;
				shorter |= p == 4 || p == 5;
				if (v > want)
					want = v;
			}
		}
		/* load */
		F.ld.lmax30_m = chance(15) ? 0 : 1000 * (double)(1 + rng() % 30);
		F.ld.avg_run28_m = chance(10) ? 0 : 1000 * (double)(1 + rng() % 15);
		F.ld.l3 = (enum level)((int)(rng() % 4) - 1);
		F.ld.change7 = F.ld.l3 == LEVEL_NONE ? 0 : 0.5;
		F.ld.streak = (int)(rng() % 20);
		F.ld.rest_days7 = F.ld.streak >= 7 ? 0 : (int)(rng() % 3);
		F.ld.monotony = chance(50) ? 4 * (double)(rng() % 1000) / 1000 : NAN;
		F.ld.spike = chance(30) ? (double)(rng() % 300) / 100 : NAN;
		F.ld.spike_day = T() - 1;
		F.ld.spike_m = F.ld.spike_ref_m = 5000;
		F.in.planned_m = chance(50) ? 1000 * (double)(1 + rng() % 40) + 1 : NAN;
		F.in.nshoes = (size_t)(rng() % 3);

		if (F.ld.lmax30_m <= 0) {
			/* L2: walk-run */
			want = want > VERDICT_EASY ? want : VERDICT_EASY;
			cap = TODAY_WALKRUN_M;
		} else {
			/* +1 m keeps the planned run off the exact threshold */
			if (!isnan(F.in.planned_m) && F.in.planned_m > 1.1 * F.ld.lmax30_m)
				want = want > VERDICT_EASY ? want : VERDICT_EASY;
			cap = 1.1 * F.ld.lmax30_m;
		}
		if (F.ld.l3 == LEVEL_WARN) {
			want = want > VERDICT_EASY ? want : VERDICT_EASY;
			shorter = 1;
		}
		if (F.ld.streak >= 14) {
			want = want > VERDICT_EASY ? want : VERDICT_EASY;
			shorter = 1;
		}
		if (shorter && F.ld.avg_run28_m > 0 && F.ld.avg_run28_m < cap)
			cap = F.ld.avg_run28_m;

		if (want == VERDICT_URGENT)
			ref = REFERRAL_URGENT;
		else if (want == VERDICT_CLINICIAN)
			ref = REFERRAL_CLINICIAN;
		else if (physio)
			ref = REFERRAL_PHYSIO;

		fx_assess();
		if (F.out.verdict != want || F.out.referral != ref) {
			dump(&F.out);
			fail_msg("iteration %d: verdict %s referral %s, want %s %s", iter,
				 verdict_name(F.out.verdict), referral_name(F.out.referral),
				 verdict_name(want), referral_name(ref));
		}
		if (want >= VERDICT_REST)
			assert_near(F.out.max_distance_m, 0, 0);
		else
			assert_near(F.out.max_distance_m, cap, 1e-9);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quiet_day_is_run),
		cmocka_unit_test(names_sources_and_disclaimer),
		cmocka_unit_test(each_urgent_red_flag),
		cmocka_unit_test(near_misses_are_not_red_flags),
		cmocka_unit_test(bone_pain_worsening_sees_clinician),
		cmocka_unit_test(log_pain_6_vs_7),
		cmocka_unit_test(acute_event_on_its_day),
		cmocka_unit_test(red_flag_stands_until_same_side_clears),
		cmocka_unit_test(flags_on_both_sides_are_both_listed),
		cmocka_unit_test(red_flag_never_softened),
		cmocka_unit_test(f5_at_83_vs_84_days),
		cmocka_unit_test(f5_still_present_in_last_7_days),
		cmocka_unit_test(f5_broken_by_a_symptom_free_log),
		cmocka_unit_test(f5_per_side),
		cmocka_unit_test(f4_one_vs_two_episodes),
		cmocka_unit_test(f4_six_month_window),
		cmocka_unit_test(f4_counts_per_side),
		cmocka_unit_test(f4_with_other_rules),
		cmocka_unit_test(r1_pain_bands),
		cmocka_unit_test(r1_easy_is_shorter),
		cmocka_unit_test(r1_looks_at_last_7_days),
		cmocka_unit_test(r2_worse_vs_equal),
		cmocka_unit_test(r2_same_side_and_recent),
		cmocka_unit_test(l2_at_30_vs_31_days),
		cmocka_unit_test(l1_past_run_after_30_day_gap_is_listed),
		cmocka_unit_test(l1_planned_within_and_above_110_percent),
		cmocka_unit_test(l1_planned_exactly_110_percent_is_run),
		cmocka_unit_test(l1_past_spike_listed),
		cmocka_unit_test(l3_levels_and_verdicts),
		cmocka_unit_test(l3_from_rows),
		cmocka_unit_test(l4_never_an_alert),
		cmocka_unit_test(l5_monotony_listed_above_2),
		cmocka_unit_test(rest_streak_13_vs_14),
		cmocka_unit_test(rest_streak_from_rows),
		cmocka_unit_test(shoe_alerts_listed_only),
		cmocka_unit_test(shoe_rotation_needs_a_run_in_28_days),
		cmocka_unit_test(reasons_most_severe_first),
		cmocka_unit_test(every_fired_rule_listed),
		cmocka_unit_test(random_days_match_oracle),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
