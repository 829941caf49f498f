/* assess.c - the ankle assessment: CAIT scoring (Q1), self-tests (T1-T4)
 * and the seed's causes. Pure: no I/O, no clock, no allocation.
 *
 * Invariant: a cause is PRESENT when something known points to it, ABSENT
 * when everything known points away from it (at least one thing is
 * known), UNKNOWN when nothing is known (design choice, docs/programme.md).
 * Its evidence lists what was known and what was not, each line with the
 * rule id from EVIDENCE.md.
 */
#include "core/assess.h"
#include "util/date.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Q1: the nine CAIT items in talus's own words (no licence for the
 * original text was found). The order of items and the score of each
 * answer follow Hiller 2006: item maxima 5,4,3,3,2,3,4,3,3 (total 30),
 * option counts 6,5,4,4,3,4,5,5,5; on items 8-9 "never rolled over"
 * scores 3. */
static const struct cait_item cait_items[CAIT_ITEMS] = {
	{ "When does this ankle hurt?", 6, {
		{ "It does not hurt", 5 },
		{ "Only during sport", 4 },
		{ "When I run on rough ground", 3 },
		{ "When I run on flat ground", 2 },
		{ "When I walk on rough ground", 1 },
		{ "When I walk on flat ground", 0 } } },
	{ "How often does this ankle feel as if it could give way?", 5, {
		{ "Never", 4 },
		{ "Now and then during sport, not every time", 3 },
		{ "Every time I do sport", 2 },
		{ "Now and then in everyday life", 1 },
		{ "Often in everyday life", 0 } } },
	{ "Does it feel as if it could give way when you turn sharply?", 4, {
		{ "Never", 3 },
		{ "Sometimes when I run", 2 },
		{ "Often when I run", 1 },
		{ "Even when I walk", 0 } } },
	{ "Does it feel as if it could give way going down stairs?", 4, {
		{ "Never", 3 },
		{ "Only when I go down quickly", 2 },
		{ "Now and then", 1 },
		{ "Every time", 0 } } },
	{ "Does it feel as if it could give way standing on that leg alone?",
	  3, {
		{ "Never", 2 },
		{ "When I am up on the ball of the foot", 1 },
		{ "Even with the foot flat", 0 } } },
	{ "Does it feel as if it could give way when you hop or jump?", 4, {
		{ "Never", 3 },
		{ "When I hop from side to side", 2 },
		{ "When I hop on the spot", 1 },
		{ "Whenever I jump", 0 } } },
	{ "Does it feel as if it could give way on uneven ground?", 5, {
		{ "Never", 4 },
		{ "When I run on uneven ground", 3 },
		{ "When I jog on uneven ground", 2 },
		{ "When I walk on uneven ground", 1 },
		{ "Even when I walk on flat ground", 0 } } },
	{ "When this ankle starts to roll over, can you stop it?", 5, {
		{ "Yes, straight away", 3 },
		{ "Usually", 2 },
		{ "Sometimes", 1 },
		{ "No, never", 0 },
		{ "It has never rolled over", 3 } } },
	{ "After it rolls over, how soon does it feel normal again?", 5, {
		{ "Almost at once", 3 },
		{ "Within a day", 2 },
		{ "After one or two days", 1 },
		{ "After more than two days", 0 },
		{ "It has never rolled over", 3 } } },
};

const struct cait_item *
assess_cait_item(int i)
{
	if (i < 0 || i >= CAIT_ITEMS)
		return NULL;
	return &cait_items[i];
}

int
assess_cait_item_max(int i)
{
	const struct cait_item *it = assess_cait_item(i);
	int max = -1;

	if (!it)
		return -1;
	for (int k = 0; k < it->n_options; k++)
		if (it->options[k].score > max)
			max = it->options[k].score;
	return max;
}

int
assess_cait_score(int *out_total, const int answers[CAIT_ITEMS],
		  struct talus_err *err)
{
	int total = 0;

	for (int i = 0; i < CAIT_ITEMS; i++) {
		if (answers[i] < 0 || answers[i] >= cait_items[i].n_options)
			return err_set(err, TALUS_EINVAL,
				       "CAIT item %d: answer %d is not one of "
				       "1..%d", i + 1, answers[i] + 1,
				       cait_items[i].n_options);
		total += cait_items[i].options[answers[i]].score;
	}
	*out_total = total;
	return 0;
}

enum cait_band
assess_cait_band(int total)
{
	if (total < 0 || total > CAIT_MAX)
		return CAIT_BAND_UNKNOWN;
	if (total <= 25)
		return CAIT_BAND_LIKELY;
	if (total <= 27)
		return CAIT_BAND_POSSIBLE;
	return CAIT_BAND_STABLE;
}

const char *
assess_cait_band_name(enum cait_band b)
{
	switch (b) {
	case CAIT_BAND_STABLE:
		return "stable";
	case CAIT_BAND_POSSIBLE:
		return "possible-instability";
	case CAIT_BAND_LIKELY:
		return "likely-instability";
	case CAIT_BAND_UNKNOWN:
		break;
	}
	return "unknown";
}

/* T3: mean single-leg heel raises by age band, men then women. */
static const struct {
	int age_lo;  /* first age of the band */
	int men;     /* mean reps */
	int women;   /* mean reps */
} heel_raise_norms[] = {
	{ 20, 37, 30 },
	{ 30, 32, 27 },
	{ 40, 28, 24 },
	{ 50, 23, 21 },
	{ 60, 19, 19 },
	{ 70, 14, 16 },
};
#define N_NORMS (sizeof(heel_raise_norms) / sizeof(heel_raise_norms[0]))

int
assess_heel_raise_norm(int age, enum assess_sex sex)
{
	size_t i = 0;

	if (age < 0)
		return -1;
	/* Design choice: under 20 uses the 20-29 band, 80+ the 70-79 band. */
	while (i + 1 < N_NORMS && age >= heel_raise_norms[i + 1].age_lo)
		i++;
	switch (sex) {
	case ASSESS_SEX_MALE:
		return heel_raise_norms[i].men;
	case ASSESS_SEX_FEMALE:
		return heel_raise_norms[i].women;
	case ASSESS_SEX_UNKNOWN:
		break;
	}
	/* Design choice: with the sex unknown, the lower mean, so "below"
	 * means below both. */
	return heel_raise_norms[i].men < heel_raise_norms[i].women ?
		heel_raise_norms[i].men : heel_raise_norms[i].women;
}

int
assess_heel_raise_band(int age)
{
	size_t i = 0;

	if (age < 0)
		return -1;
	while (i + 1 < N_NORMS && age >= heel_raise_norms[i + 1].age_lo)
		i++;
	return heel_raise_norms[i].age_lo;
}

enum norm_verdict
assess_heel_raise_verdict(int *out_norm, int *out_convention, int reps,
			  int age, enum assess_sex sex)
{
	int norm = assess_heel_raise_norm(age, sex);
	int conv = 0;

	if (norm < 0) {
		norm = HEEL_RAISE_CONVENTION;
		conv = 1;
	}
	if (out_norm)
		*out_norm = norm;
	if (out_convention)
		*out_convention = conv;
	if (reps < 0)
		return NORM_UNKNOWN;
	return reps < norm ? NORM_BELOW : NORM_WITHIN;
}

double
assess_stance_best(const double trials[STANCE_TRIALS])
{
	double best = NAN;

	for (int i = 0; i < STANCE_TRIALS; i++) {
		double t = trials[i];

		if (isnan(t) || t < 0)
			continue;
		if (t > STANCE_CAP_S)
			t = STANCE_CAP_S;
		if (isnan(best) || t > best)
			best = t;
	}
	return best;
}

/* Measurements are compared in tenths (mm, tenths of a second), the
 * resolution they are taken at, so that 10.0 - 8.1 is 1.9 cm and not
 * 1.9000000000000004. */
static long
tenths(double v)
{
	return lround(v * 10);
}

static void
set_weaker(int *out_weaker, int w)
{
	if (out_weaker)
		*out_weaker = w;
}

enum fact
assess_stance_asym(int *out_weaker, double left_s, double right_s)
{
	double lo, hi;

	set_weaker(out_weaker, LIMB_NONE);
	if (isnan(left_s) || isnan(right_s))
		return FACT_UNKNOWN;
	/* Compared in tenths of a second, as timed, so that 22.5 s against
	 * 30 s is exactly 75%. Design choice: under 75% of the other side
	 * counts (STANCE_ASYM_RATIO = 3/4). */
	lo = (double)tenths(left_s < right_s ? left_s : right_s);
	hi = (double)tenths(left_s < right_s ? right_s : left_s);
	if (!(lo * 4 < hi * 3))
		return FACT_NO;
	set_weaker(out_weaker, left_s < right_s ? LIMB_LEFT : LIMB_RIGHT);
	return FACT_YES;
}

enum fact
assess_knee_wall_asym(int *out_weaker, double left_cm, double right_cm)
{
	set_weaker(out_weaker, LIMB_NONE);
	if (isnan(left_cm) || isnan(right_cm))
		return FACT_UNKNOWN;
	if (!(tenths(fabs(left_cm - right_cm)) > tenths(KNEE_WALL_MDC_CM)))
		return FACT_NO;
	set_weaker(out_weaker, left_cm < right_cm ? LIMB_LEFT : LIMB_RIGHT);
	return FACT_YES;
}

enum fact
assess_ybal_asym(int *out_weaker, double left_cm, double right_cm)
{
	set_weaker(out_weaker, LIMB_NONE);
	if (isnan(left_cm) || isnan(right_cm))
		return FACT_UNKNOWN;
	if (!(tenths(fabs(left_cm - right_cm)) > tenths(YBAL_ANT_ASYM_CM)))
		return FACT_NO;
	set_weaker(out_weaker, left_cm < right_cm ? LIMB_LEFT : LIMB_RIGHT);
	return FACT_YES;
}

void
assess_input_init(struct assess_input *in, int32_t day)
{
	memset(in, 0, sizeof(*in));
	in->day = day;
	for (int s = 0; s < 2; s++) {
		in->side[s].cait = -1;
		in->side[s].heel_raise_reps = -1;
		in->side[s].knee_wall_cm = NAN;
		for (int i = 0; i < STANCE_TRIALS; i++)
			in->side[s].stance_s[i] = NAN;
		in->side[s].ybal_ant_cm = NAN;
	}
}

unsigned
assess_carry(struct assess_input *in, unsigned given, const struct assess_input *prev)
{
	unsigned carried = 0;

	if (!(given & ASSESS_ANS_BRACE) && prev->brace_or_tape != FACT_UNKNOWN) {
		in->brace_or_tape = prev->brace_or_tape;
		carried |= ASSESS_ANS_BRACE;
	}
	if (!(given & ASSESS_ANS_GAIT) && prev->gait != ASSESS_GAIT_UNKNOWN) {
		in->gait = prev->gait;
		carried |= ASSESS_ANS_GAIT;
	}
	if (!(given & ASSESS_ANS_SHOE) && prev->shoe_support != ASSESS_SHOE_UNKNOWN) {
		in->shoe_support = prev->shoe_support;
		carried |= ASSESS_ANS_SHOE;
	}
	if ((given & ASSESS_ANS_SPRAINS) && !in->n_sprains)
		return carried; /* "none" */
	{
		/* prev's sprains in their order, each replaced by one given for
		 * the same side and month, then the new ones given. */
		struct assess_sprain all[ASSESS_MAX_SPRAINS];
		int n = 0, used[ASSESS_MAX_SPRAINS] = { 0 };

		for (int i = 0; i < prev->n_sprains && n < ASSESS_MAX_SPRAINS; i++) {
			const struct assess_sprain *p = &prev->sprains[i];
			int k;

			for (k = 0; k < in->n_sprains; k++)
				if (in->sprains[k].side == p->side &&
				    in->sprains[k].year == p->year &&
				    in->sprains[k].month == p->month)
					break;
			if (k < in->n_sprains) {
				all[n++] = in->sprains[k];
				used[k] = 1;
			} else {
				all[n++] = *p;
				carried |= ASSESS_ANS_SPRAINS;
			}
		}
		for (int k = 0; k < in->n_sprains && n < ASSESS_MAX_SPRAINS; k++)
			if (!used[k])
				all[n++] = in->sprains[k];
		memcpy(in->sprains, all, sizeof(all[0]) * (size_t)n);
		in->n_sprains = n;
	}
	return carried;
}

const char *
assess_answer_name(enum assess_answer a)
{
	switch (a) {
	case ASSESS_ANS_SPRAINS:
		return "sprains";
	case ASSESS_ANS_BRACE:
		return "brace or tape";
	case ASSESS_ANS_GAIT:
		return "gait";
	case ASSESS_ANS_SHOE:
		return "shoe support";
	}
	return "?";
}

void
assess_log_facts_init(struct assess_log_facts *f)
{
	memset(f, 0, sizeof(*f));
	f->l1_spikes_12w = -1;
	f->l3_weeks_12w = -1;
	f->shoe_km = NAN;
	f->shoe_pairs = -1;
	f->log_days = -1;
}

static const char *const cause_ids[CAUSE__COUNT] = {
	"tired-stabilisers", "old-sprain", "excessive-mileage",
	"inadequate-rest", "mechanics", "weak-muscles", "limited-rom", "shoes"
};
static const char *const cause_names[CAUSE__COUNT] = {
	"Tired stabilising muscles",
	"Old sprains without completed rehabilitation",
	"Excessive mileage",
	"Inadequate rest",
	"Running mechanics, over-pronation or supination",
	"Weak calf, shin and foot muscles",
	"Limited ankle range of motion",
	"Unsupportive or worn shoes",
};

const char *
assess_cause_id_str(enum assess_cause_id id)
{
	return (unsigned)id < CAUSE__COUNT ? cause_ids[id] : "unknown";
}

const char *
assess_cause_name(enum assess_cause_id id)
{
	return (unsigned)id < CAUSE__COUNT ? cause_names[id] : "unknown";
}

const char *
assess_cause_status_str(enum cause_status s)
{
	switch (s) {
	case CAUSE_PRESENT:
		return "present";
	case CAUSE_ABSENT:
		return "absent";
	case CAUSE_UNKNOWN:
		break;
	}
	return "unknown";
}

const char *
assess_test_id(enum assess_test t)
{
	static const char *const ids[TEST__COUNT] = {
		"T1", "T2", "T3", "T4", "Q1"
	};
	return (unsigned)t < TEST__COUNT ? ids[t] : "?";
}

const char *
assess_test_name(enum assess_test t)
{
	static const char *const names[TEST__COUNT] = {
		"single-leg stance, eyes closed",
		"knee-to-wall",
		"single-leg heel raises",
		"Y-balance anterior reach",
		"CAIT questionnaire",
	};
	return (unsigned)t < TEST__COUNT ? names[t] : "?";
}

const char *
assess_side_name(int side)
{
	switch (side) {
	case LIMB_LEFT:
		return "left";
	case LIMB_RIGHT:
		return "right";
	case LIMB_BOTH:
		return "both";
	default:
		break;
	}
	return "none";
}

/* ---- Causes ---- */

/* One cause being derived: counts of known facts for and against. */
struct tally {
	struct assess_cause *c;
	int pos; /* known facts pointing to the cause */
	int neg; /* known facts pointing away from it */
};

static void
ev(struct tally *t, int vote, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Adds an evidence line; vote +1 counts for the cause, -1 against, 0 is
 * information (an unknown, or context). */
static void
ev(struct tally *t, int vote, const char *fmt, ...)
{
	va_list ap;

	if (vote > 0)
		t->pos++;
	else if (vote < 0)
		t->neg++;
	if (t->c->n_evidence >= ASSESS_MAX_EVIDENCE)
		return;
	va_start(ap, fmt);
	vsnprintf(t->c->evidence[t->c->n_evidence++], ASSESS_EVIDENCE_LEN,
		  fmt, ap);
	va_end(ap);
}

static void
close_tally(struct tally *t)
{
	t->c->status = t->pos ? CAUSE_PRESENT :
		t->neg ? CAUSE_ABSENT : CAUSE_UNKNOWN;
}

static const char *
sex_word(enum assess_sex s)
{
	return s == ASSESS_SEX_MALE ? "men" : s == ASSESS_SEX_FEMALE ? "women" :
		"men or women (lower mean)";
}

static int
age_band_lo(int age)
{
	size_t i = 0;

	while (i + 1 < N_NORMS && age >= heel_raise_norms[i + 1].age_lo)
		i++;
	return heel_raise_norms[i].age_lo;
}

static void
cause_tired(struct tally *t, const struct assess_log_facts *f)
{
	switch (f->symptoms_after_long_runs) {
	case FACT_YES:
		ev(t, 1, "log: ankle symptoms followed long runs (seed; design "
		   "choice: a symptom on the day of or the day after a long "
		   "run)");
		break;
	case FACT_NO:
		ev(t, -1, "log: no ankle symptoms after long runs (seed; "
		   "design choice: day of or day after a long run)");
		break;
	case FACT_UNKNOWN:
		ev(t, 0, "not known: no symptoms and long runs logged to "
		   "compare (seed)");
		break;
	}
}

static void
month_str(char *buf, size_t n, int y, int m)
{
	snprintf(buf, n, "%04d-%02d", y, m);
}

static void
cause_old_sprain(struct tally *t, const struct assess_input *in,
		 const struct assess_result *r)
{
	char mon[16];

	if (in->n_sprains == 0)
		ev(t, -1, "no sprain recorded (P1, P3)");
	for (int i = 0; i < in->n_sprains; i++) {
		const struct assess_sprain *sp = &in->sprains[i];

		month_str(mon, sizeof(mon), sp->year, sp->month);
		switch (sp->rehab_done) {
		case FACT_NO:
			ev(t, 1, "%s sprain %s without completed rehab (P1: an "
			   "8-week programme cut recurrences)",
			   assess_side_name(sp->side), mon);
			break;
		case FACT_YES:
			ev(t, -1, "%s sprain %s with rehab completed (P1)",
			   assess_side_name(sp->side), mon);
			break;
		case FACT_UNKNOWN:
			ev(t, 0, "%s sprain %s: rehab not known (P1)",
			   assess_side_name(sp->side), mon);
			break;
		}
	}
	for (int s = 0; s < 2; s++) {
		const struct assess_side_result *sr = &r->side[s];

		if (sr->cait_band == CAIT_BAND_LIKELY)
			ev(t, 0, "Q1: %s CAIT %d <= 25, likely instability; F4: "
			   "consider seeing a physiotherapist",
			   assess_side_name(s), sr->cait);
		else if (sr->cait_band == CAIT_BAND_POSSIBLE)
			ev(t, 0, "Q1: %s CAIT %d <= 27, possible instability",
			   assess_side_name(s), sr->cait);
	}
	if (r->previous_sprain && in->brace_or_tape == FACT_YES)
		ev(t, 0, "P3: brace or tape in use");
	else if (r->previous_sprain)
		ev(t, 0, "P3: after a sprain a brace or tape may help reduce "
		   "the risk of another");
}

/* The load causes need 4 weeks of log (design choice): before that a
 * count from the first runs says more about the log than the runner (a
 * new log's third run can be an L1 spike), so the facts are listed and
 * vote nothing, and the cause stays unknown. Returns the vote's weight. */
static int
history(struct tally *t, const struct assess_log_facts *f)
{
	if (f->log_days >= ASSESS_LOG_DAYS)
		return 1;
	if (f->log_days < 0)
		ev(t, 0, "unknown: not enough history (no run logged; 4 weeks "
		   "needed, design choice)");
	else
		ev(t, 0, "unknown: not enough history (%d day%s of running log, "
		   "4 weeks needed, design choice)", f->log_days,
		   f->log_days == 1 ? "" : "s");
	return 0;
}

static void
cause_mileage(struct tally *t, const struct assess_log_facts *f)
{
	int w = history(t, f);

	if (f->l1_spikes_12w > 0)
		ev(t, w, "L1: %d run%s in the last 12 weeks more than 10%% "
		   "longer than the longest run of the prior 30 days",
		   f->l1_spikes_12w, f->l1_spikes_12w == 1 ? "" : "s");
	else if (f->l1_spikes_12w == 0)
		ev(t, -w, "L1: no run in the last 12 weeks more than 10%% "
		   "longer than the longest of the prior 30 days");
	else
		ev(t, 0, "L1: not known (no runs logged)");
	if (f->l3_weeks_12w > 0)
		ev(t, w, "L3: %d week%s in the last 12 weeks rose more than "
		   "30%% over the 7 days before", f->l3_weeks_12w,
		   f->l3_weeks_12w == 1 ? "" : "s");
	else if (f->l3_weeks_12w == 0)
		ev(t, -w, "L3: no week in the last 12 weeks rose more than "
		   "30%%");
	else
		ev(t, 0, "L3: not known (no runs logged)");
}

static void
fact_ev(struct tally *t, int w, enum fact v, const char *yes, const char *no,
	const char *unknown)
{
	if (v == FACT_YES)
		ev(t, w, "%s", yes);
	else if (v == FACT_NO)
		ev(t, -w, "%s", no);
	else
		ev(t, 0, "%s", unknown);
}

static void
cause_rest(struct tally *t, const struct assess_log_facts *f)
{
	int w = history(t, f);

	fact_ev(t, w, f->monotony_high,
		"L5 (heuristic): training monotony above 2.0 in the last 4 "
		"weeks",
		"L5 (heuristic): training monotony not above 2.0",
		"L5: monotony not known (too few runs logged)");
	fact_ev(t, w, f->few_rest_days,
		"rest rule (heuristic, design choice): a 7-day stretch "
		"without a rest day",
		"rest rule (heuristic, design choice): a rest day in every "
		"7 days",
		"rest rule (heuristic): rest days not known");
	fact_ev(t, w, f->long_streak,
		"rest rule (heuristic, design choice): too many running days "
		"in a row",
		"rest rule (heuristic, design choice): no long run streak",
		"rest rule (heuristic): running streaks not known");
}

static void
cause_mechanics(struct tally *t, const struct assess_input *in)
{
	switch (in->gait) {
	case ASSESS_GAIT_OVERPRONATION:
		ev(t, 1, "gait: over-pronation, as the runner reports it "
		   "(seed; section 9: motion-control shoes lowered injuries "
		   "in pronated feet)");
		break;
	case ASSESS_GAIT_SUPINATION:
		ev(t, 1, "gait: supination, as the runner reports it (seed; "
		   "section 9 found no trial on supination)");
		break;
	case ASSESS_GAIT_NEUTRAL:
		ev(t, -1, "gait: neutral, as the runner reports it "
		   "(section 9)");
		break;
	case ASSESS_GAIT_UNKNOWN:
		ev(t, 0, "gait not known (section 9)");
		break;
	}
}

static void
cause_weak(struct tally *t, const struct assess_input *in,
	   const struct assess_result *r)
{
	for (int s = 0; s < 2; s++) {
		const struct assess_side_result *sr = &r->side[s];
		char norm[96];

		if (sr->heel_raise_convention)
			snprintf(norm, sizeof(norm),
				 "the 25-rep convention (age not known)");
		else
			snprintf(norm, sizeof(norm),
				 "the mean of %d for %s aged %d-%d",
				 sr->heel_raise_norm, sex_word(in->sex),
				 age_band_lo(r->age), age_band_lo(r->age) + 9);
		if (sr->heel_raise == NORM_BELOW)
			ev(t, 1, "T3: %s heel raises %d, below %s",
			   assess_side_name(s), sr->heel_raise_reps, norm);
		else if (sr->heel_raise == NORM_WITHIN)
			ev(t, -1, "T3: %s heel raises %d, at or above %s",
			   assess_side_name(s), sr->heel_raise_reps, norm);
		else
			ev(t, 0, "T3: %s heel raises not tested",
			   assess_side_name(s));
	}
	if (r->stance_asym == FACT_YES)
		ev(t, 1, "T1: stance eyes closed left %.0f s, right %.0f s: "
		   "%s under 75%% of the other side (design choice)",
		   r->side[LIMB_LEFT].stance_best_s,
		   r->side[LIMB_RIGHT].stance_best_s,
		   assess_side_name(r->stance_weaker));
	else if (r->stance_asym == FACT_NO)
		ev(t, -1, "T1: stance eyes closed left %.0f s, right %.0f s: "
		   "sides within 25%% (design choice)",
		   r->side[LIMB_LEFT].stance_best_s,
		   r->side[LIMB_RIGHT].stance_best_s);
	else
		ev(t, 0, "T1: stance not tested on both sides");
}

static void
cause_rom(struct tally *t, const struct assess_result *r)
{
	double l = r->side[LIMB_LEFT].knee_wall_cm;
	double rr = r->side[LIMB_RIGHT].knee_wall_cm;

	if (r->knee_wall_asym == FACT_YES)
		ev(t, 1, "T2: knee-to-wall left %.1f cm, right %.1f cm: %s "
		   "side %.1f cm shorter, more than 1.9 cm",
		   l, rr, assess_side_name(r->knee_wall_weaker), fabs(l - rr));
	else if (r->knee_wall_asym == FACT_NO)
		ev(t, -1, "T2: knee-to-wall left %.1f cm, right %.1f cm: "
		   "difference not more than 1.9 cm", l, rr);
	else
		ev(t, 0, "T2: knee-to-wall not tested on both sides");
}

static void
cause_shoes(struct tally *t, const struct assess_input *in,
	    const struct assess_log_facts *f)
{
	enum assess_shoe sup = in->shoe_support != ASSESS_SHOE_UNKNOWN ?
		in->shoe_support : f->shoe_support;

	if (isnan(f->shoe_km))
		ev(t, 0, "S1: distance on the current shoe not known");
	else if (f->shoe_km >= 800)
		ev(t, 1, "S1: current shoe %.0f km, past 800 km (convention): "
		   "time to replace it", f->shoe_km);
	else if (f->shoe_km >= 480)
		ev(t, 1, "S1: current shoe %.0f km, past 480 km (convention): "
		   "time to review it", f->shoe_km);
	else
		ev(t, -1, "S1: current shoe %.0f km, under 480 km "
		   "(convention)", f->shoe_km);

	if (in->gait == ASSESS_GAIT_UNKNOWN || sup == ASSESS_SHOE_UNKNOWN)
		ev(t, 0, "section 9: gait or shoe support not known, match "
		   "not checked");
	else if (in->gait == ASSESS_GAIT_OVERPRONATION && sup != ASSESS_SHOE_STABILITY)
		ev(t, 1, "section 9: over-pronation in a shoe without "
		   "stability or motion control (motion-control shoes "
		   "lowered injuries in pronated feet, single RCT)");
	else if (in->gait == ASSESS_GAIT_SUPINATION && sup == ASSESS_SHOE_STABILITY)
		ev(t, 1, "design choice: supination in a stability shoe "
		   "(no trial found, section 9)");
	else
		ev(t, -1, "section 9: gait and shoe support match");

	if (f->shoe_pairs == 1)
		ev(t, 0, "S2: one pair in use; rotating 2 or more pairs was "
		   "linked to fewer injuries");
}

/* Months from (y1, m1) to (y2, m2). */
static int
months_between(int y1, int m1, int y2, int m2)
{
	return (y2 * 12 + m2) - (y1 * 12 + m1);
}

static int
validate(const struct assess_input *in, struct talus_err *err)
{
	int y, m, d;

	civil_from_day(in->day, &y, &m, &d);
	if (in->birth_year && (in->birth_year < 1900 || in->birth_year > y))
		return err_set(err, TALUS_EINVAL,
			       "birth year %d is not between 1900 and %d",
			       in->birth_year, y);
	if (in->n_sprains < 0 || in->n_sprains > ASSESS_MAX_SPRAINS)
		return err_set(err, TALUS_EINVAL,
			       "%d sprains: at most %d can be recorded",
			       in->n_sprains, ASSESS_MAX_SPRAINS);
	for (int i = 0; i < in->n_sprains; i++) {
		const struct assess_sprain *sp = &in->sprains[i];

		if (sp->side != LIMB_LEFT && sp->side != LIMB_RIGHT)
			return err_set(err, TALUS_EINVAL,
				       "sprain %d: side must be left or right",
				       i + 1);
		if (sp->month < 1 || sp->month > 12 || sp->year < 1900)
			return err_set(err, TALUS_EINVAL,
				       "sprain %d: month %04d-%02d is not valid",
				       i + 1, sp->year, sp->month);
		if (months_between(sp->year, sp->month, y, m) < 0)
			return err_set(err, TALUS_EINVAL,
				       "sprain %d: %04d-%02d is after the "
				       "assessment", i + 1, sp->year, sp->month);
	}
	for (int s = 0; s < 2; s++) {
		const struct assess_side_tests *st = &in->side[s];
		const char *sn = assess_side_name(s);

		if (st->cait != -1 && (st->cait < 0 || st->cait > CAIT_MAX))
			return err_set(err, TALUS_EINVAL,
				       "%s CAIT %d is not between 0 and 30",
				       sn, st->cait);
		if (st->heel_raise_reps < -1 || st->heel_raise_reps > 500)
			return err_set(err, TALUS_EINVAL,
				       "%s heel raises %d is not between 0 and "
				       "500", sn, st->heel_raise_reps);
		if (!isnan(st->knee_wall_cm) &&
		    (st->knee_wall_cm < 0 || st->knee_wall_cm > 40))
			return err_set(err, TALUS_EINVAL,
				       "%s knee-to-wall %.1f cm is not between "
				       "0 and 40", sn, st->knee_wall_cm);
		for (int i = 0; i < STANCE_TRIALS; i++)
			if (!isnan(st->stance_s[i]) &&
			    (st->stance_s[i] < 0 || st->stance_s[i] > 3600))
				return err_set(err, TALUS_EINVAL,
					       "%s stance trial %d: %.1f s is "
					       "not valid", sn, i + 1,
					       st->stance_s[i]);
		if (!isnan(st->ybal_ant_cm) &&
		    (st->ybal_ant_cm < 0 || st->ybal_ant_cm > 250))
			return err_set(err, TALUS_EINVAL,
				       "%s Y-balance reach %.1f cm is not "
				       "between 0 and 250", sn, st->ybal_ant_cm);
	}
	return 0;
}

static int
popcount(unsigned v)
{
	int n = 0;

	for (; v; v &= v - 1)
		n++;
	return n;
}

int
assess_evaluate(struct assess_result *out, const struct assess_input *in,
		const struct assess_log_facts *facts, struct talus_err *err)
{
	struct assess_log_facts none;
	int y, m, d, rc, unrehabbed[2] = { 0, 0 }, marks[2];

	if ((rc = validate(in, err)) < 0)
		return rc;
	if (!facts) {
		assess_log_facts_init(&none);
		facts = &none;
	}
	memset(out, 0, sizeof(*out));
	civil_from_day(in->day, &y, &m, &d);
	/* Design choice: age from the birth year alone. */
	out->age = in->birth_year ? y - in->birth_year : -1;

	for (int s = 0; s < 2; s++) {
		const struct assess_side_tests *st = &in->side[s];
		struct assess_side_result *sr = &out->side[s];

		sr->cait = st->cait;
		sr->cait_band = assess_cait_band(st->cait);
		sr->heel_raise_reps = st->heel_raise_reps;
		sr->heel_raise = assess_heel_raise_verdict(
			&sr->heel_raise_norm, &sr->heel_raise_convention,
			st->heel_raise_reps, out->age, in->sex);
		sr->knee_wall_cm = st->knee_wall_cm;
		sr->stance_best_s = assess_stance_best(st->stance_s);
		sr->ybal_ant_cm = st->ybal_ant_cm;
	}
	out->stance_asym = assess_stance_asym(&out->stance_weaker,
		out->side[LIMB_LEFT].stance_best_s,
		out->side[LIMB_RIGHT].stance_best_s);
	out->knee_wall_asym = assess_knee_wall_asym(&out->knee_wall_weaker,
		in->side[LIMB_LEFT].knee_wall_cm,
		in->side[LIMB_RIGHT].knee_wall_cm);
	out->ybal_asym = assess_ybal_asym(&out->ybal_weaker,
		in->side[LIMB_LEFT].ybal_ant_cm,
		in->side[LIMB_RIGHT].ybal_ant_cm);

	out->previous_sprain = in->n_sprains > 0;
	for (int i = 0; i < in->n_sprains; i++) {
		int ago = months_between(in->sprains[i].year,
					 in->sprains[i].month, y, m);

		if (ago <= 12)
			out->sprain_past_year = 1;
		if (in->sprains[i].rehab_done == FACT_NO)
			unrehabbed[in->sprains[i].side] = 1;
	}

	/* Weakness masks and the weaker side (design choice). */
	for (int s = 0; s < 2; s++) {
		unsigned mk = 0;

		if (out->side[s].heel_raise == NORM_BELOW)
			mk |= TEST_BIT(TEST_T3_HEEL_RAISE);
		if (out->stance_weaker == s)
			mk |= TEST_BIT(TEST_T1_STANCE);
		if (out->knee_wall_weaker == s)
			mk |= TEST_BIT(TEST_T2_KNEE_WALL);
		if (out->ybal_weaker == s)
			mk |= TEST_BIT(TEST_T4_YBALANCE);
		if (out->side[s].cait_band == CAIT_BAND_POSSIBLE ||
		    out->side[s].cait_band == CAIT_BAND_LIKELY)
			mk |= TEST_BIT(TEST_Q1_CAIT);
		if (out->side[s].cait_band == CAIT_BAND_LIKELY)
			out->refer_physio = 1;
		out->weak.mask[s] = mk;
		marks[s] = popcount(mk) + unrehabbed[s];
	}
	out->weak.weaker = marks[0] > marks[1] ? LIMB_LEFT :
		marks[1] > marks[0] ? LIMB_RIGHT : LIMB_NONE;

	for (int c = 0; c < CAUSE__COUNT; c++) {
		struct tally t = { &out->causes[c], 0, 0 };

		out->causes[c].id = (enum assess_cause_id)c;
		switch ((enum assess_cause_id)c) {
		case CAUSE_TIRED_STABILISERS:
			cause_tired(&t, facts);
			break;
		case CAUSE_OLD_SPRAIN:
			cause_old_sprain(&t, in, out);
			break;
		case CAUSE_EXCESSIVE_MILEAGE:
			cause_mileage(&t, facts);
			break;
		case CAUSE_INADEQUATE_REST:
			cause_rest(&t, facts);
			break;
		case CAUSE_MECHANICS:
			cause_mechanics(&t, in);
			break;
		case CAUSE_WEAK_MUSCLES:
			cause_weak(&t, in, out);
			break;
		case CAUSE_LIMITED_ROM:
			cause_rom(&t, out);
			break;
		case CAUSE_SHOES:
			cause_shoes(&t, in, facts);
			break;
		case CAUSE__COUNT:
			break;
		}
		close_tally(&t);
	}
	return 0;
}

static void
delta(struct assess_delta *dl, double before, double after, double mdc)
{
	dl->before = before;
	dl->after = after;
	if (isnan(before) || isnan(after)) {
		dl->change = NAN;
		dl->real = 0;
		return;
	}
	dl->change = after - before;
	dl->real = mdc > 0 ? tenths(fabs(dl->change)) > tenths(mdc) :
		tenths(dl->change) != 0;
}

static double
int_or_nan(int v)
{
	return v < 0 ? NAN : (double)v;
}

void
assess_compare(struct assess_change *out, const struct assess_input *before,
	       const struct assess_input *after)
{
	for (int s = 0; s < 2; s++) {
		const struct assess_side_tests *b = &before->side[s];
		const struct assess_side_tests *a = &after->side[s];

		delta(&out->d[TEST_T1_STANCE][s],
		      assess_stance_best(b->stance_s),
		      assess_stance_best(a->stance_s), 0);
		delta(&out->d[TEST_T2_KNEE_WALL][s], b->knee_wall_cm,
		      a->knee_wall_cm, KNEE_WALL_MDC_CM);
		delta(&out->d[TEST_T3_HEEL_RAISE][s],
		      int_or_nan(b->heel_raise_reps),
		      int_or_nan(a->heel_raise_reps), 0);
		delta(&out->d[TEST_T4_YBALANCE][s], b->ybal_ant_cm,
		      a->ybal_ant_cm, 0);
		delta(&out->d[TEST_Q1_CAIT][s], int_or_nan(b->cait),
		      int_or_nan(a->cait), 0);
	}
}

/* ---- names ------------------------------------------------------------------ */

/* The index of s in names[0..n-1], or -1. */
static int
name_find(const char *const *names, int n, const char *s)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(names[i], s))
			return i;
	return -1;
}

static const char *const gait_names[] = { "unknown", "neutral", "over-pronation",
					  "supination" };
static const char *const shoe_names[] = { "unknown", "neutral", "stability", "minimal" };
static const char *const sex_names[] = { "", "male", "female" };

const char *
assess_gait_name(enum assess_gait g)
{
	return (unsigned)g < 4 ? gait_names[g] : gait_names[0];
}

int
assess_gait_parse(enum assess_gait *out, const char *s)
{
	int i = name_find(gait_names, 4, s);

	*out = i < 0 ? ASSESS_GAIT_UNKNOWN : (enum assess_gait)i;
	return i < 0 ? -1 : 0;
}

const char *
assess_shoe_name(enum assess_shoe s)
{
	return (unsigned)s < 4 ? shoe_names[s] : shoe_names[0];
}

int
assess_shoe_parse(enum assess_shoe *out, const char *s)
{
	int i = name_find(shoe_names, 4, s);

	*out = i < 0 ? ASSESS_SHOE_UNKNOWN : (enum assess_shoe)i;
	return i < 0 ? -1 : 0;
}

const char *
assess_sex_name(enum assess_sex s)
{
	return (unsigned)s < 3 ? sex_names[s] : sex_names[0];
}

enum assess_sex
assess_sex_of(const char *s)
{
	int i = name_find(sex_names, 3, s);

	return i < 0 ? ASSESS_SEX_UNKNOWN : (enum assess_sex)i;
}

int
assess_side_parse(int *out, const char *s)
{
	static const char *const sides[] = { "left", "right", "both" };
	int i = name_find(sides, 3, s);

	*out = i < 0 ? LIMB_BOTH : i;
	return i < 0 ? -1 : 0;
}

int
assess_test_parse(enum assess_test *out, const char *id)
{
	for (int t = 0; t < TEST__COUNT; t++)
		if (!strcmp(assess_test_id((enum assess_test)t), id)) {
			*out = (enum assess_test)t;
			return 0;
		}
	return -1;
}
