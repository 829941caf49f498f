/* assess.h - the ankle assessment: CAIT scoring (Q1), the self-tests
 * (T1-T4) and the seed's causes of weak ankles, derived for one runner.
 * Pure: no I/O, no clock (the assessment's date is an input), no
 * allocation.
 *
 * Invariants: every "unknown" has an explicit value (FACT_UNKNOWN, -1 for
 * counts and scores, NAN for measurements), set by assess_input_init()
 * and assess_log_facts_init(); a result never turns an unknown into a
 * verdict. Every evidence string names the rule id (docs: EVIDENCE.md,
 * docs/programme.md) or says "design choice".
 *
 * The CAIT items are worded by talus itself: no licence for the original
 * wording (Hiller 2006) was found, so only the structure and the scoring
 * (item maxima 5,4,3,3,2,3,4,3,3; total 0-30) are taken from the source.
 */
#ifndef TALUS_ASSESS_H
#define TALUS_ASSESS_H

#include <stdint.h>

#include "util/err.h"

/* A tri-state fact; zero is "unknown" so that zeroed memory is honest. */
enum fact {
	FACT_UNKNOWN = 0,
	FACT_NO,
	FACT_YES
};

/* Sides of the body. Arrays indexed by side have 2 entries (left, right);
 * LIMB_BOTH is used by programme items done with both legs at once.
 * core/ankle.h numbers its enum side differently (SIDE_LEFT = 1):
 * convert between the two, never cast. */
enum limb {
	LIMB_LEFT = 0,
	LIMB_RIGHT = 1,
	LIMB_BOTH = 2,
	LIMB_NONE = -1 /* "no weaker side" */
};

enum assess_sex {
	ASSESS_SEX_UNKNOWN = 0, /* or not given */
	ASSESS_SEX_MALE,
	ASSESS_SEX_FEMALE
};

/* Gait as the runner knows it (from a shop or clinician, or not at all). */
enum assess_gait {
	ASSESS_GAIT_UNKNOWN = 0,
	ASSESS_GAIT_NEUTRAL,
	ASSESS_GAIT_OVERPRONATION,
	ASSESS_GAIT_SUPINATION
};

/* The support category of the current running shoe. core/shoe.h's
 * SUPPORT_STABILITY and SUPPORT_MOTION_CONTROL both map to
 * ASSESS_SHOE_STABILITY, SUPPORT_NEUTRAL to ASSESS_SHOE_NEUTRAL. */
enum assess_shoe {
	ASSESS_SHOE_UNKNOWN = 0,
	ASSESS_SHOE_NEUTRAL,   /* neutral / cushioned */
	ASSESS_SHOE_STABILITY, /* stability or motion control */
	ASSESS_SHOE_MINIMAL    /* minimal / barefoot style */
};

/* The tests, used as bit numbers in weakness masks (1u << test). */
enum assess_test {
	TEST_T1_STANCE = 0, /* single-leg stance, eyes closed */
	TEST_T2_KNEE_WALL,  /* knee-to-wall (weight-bearing lunge) */
	TEST_T3_HEEL_RAISE, /* single-leg heel raises to fatigue */
	TEST_T4_YBALANCE,   /* Y-balance anterior reach */
	TEST_Q1_CAIT,       /* CAIT questionnaire (not a physical test) */
	TEST__COUNT
};
#define TEST_BIT(t) (1u << (t))

/* ---- Q1: Cumberland Ankle Instability Tool, in talus's own words ---- */

#define CAIT_ITEMS 9
#define CAIT_MAX 30
#define CAIT_MAX_OPTIONS 6

struct cait_option {
	const char *text; /* talus's wording */
	int score;        /* 0..item maximum */
};

struct cait_item {
	const char *question;                         /* talus's wording */
	int n_options;                                /* 3..6 */
	struct cait_option options[CAIT_MAX_OPTIONS]; /* in display order */
};

/* Item i (0..8), static; NULL when i is out of range. */
const struct cait_item *assess_cait_item(int i);

/* The highest score item i can give (5,4,3,3,2,3,4,3,3); -1 out of range. */
int assess_cait_item_max(int i);

/* Scores one ankle: answers[i] is the index of the chosen option of item
 * i. *out_total gets 0..30. 0, or TALUS_EINVAL for an index out of range. */
int assess_cait_score(int *out_total, const int answers[CAIT_ITEMS],
		      struct talus_err *err);

enum cait_band {
	CAIT_BAND_UNKNOWN = 0,
	CAIT_BAND_STABLE,   /* 28..30: above both cut-offs */
	CAIT_BAND_POSSIBLE, /* 26..27: <=27, possible instability (Hiller) */
	CAIT_BAND_LIKELY    /* 0..25: <=25, likely instability (Wright) */
};

/* Band of a total (Q1); CAIT_BAND_UNKNOWN for -1 or out of range. */
enum cait_band assess_cait_band(int total);
const char *assess_cait_band_name(enum cait_band b); /* "stable", ... */

/* ---- Self-tests ---- */

#define STANCE_TRIALS 3
#define STANCE_CAP_S 45.0      /* T1: trials are capped at 45 s */
#define KNEE_WALL_MDC_CM 1.9   /* T2: asymmetry real if > 1.9 cm */
#define YBAL_ANT_ASYM_CM 4.0   /* T4: anterior L-R difference > 4 cm */
#define STANCE_ASYM_RATIO 0.75 /* T1: design choice, see below */
#define HEEL_RAISE_CONVENTION 25 /* T3: "25 reps normal", a convention */

enum norm_verdict {
	NORM_UNKNOWN = 0,
	NORM_WITHIN, /* at or above the norm */
	NORM_BELOW   /* below the norm */
};

/* T3: the mean single-leg heel-raise count for an age and sex (table of
 * Hebert-Losier et al.; docs/EVIDENCE.md section 6). Ages under 20 use the
 * 20-29 band, 80 and over the 70-79 band; an unknown sex uses the lower of
 * the two means (design choices). -1 when age < 0 (unknown). */
int assess_heel_raise_norm(int age, enum assess_sex sex);
/* The first age of the norm's band for age (20 for 20-29 and for every
 * age under 20; 70 for 70 and over); -1 when age < 0. */
int assess_heel_raise_band(int age);

/* T3 verdict: BELOW when reps < the age/sex mean (design choice: the
 * source gives means only, no lower limit). With the age unknown the
 * 25-rep convention is used. UNKNOWN when reps < 0. *out_norm (may be
 * NULL) gets the number compared against, *out_convention 1 when it was
 * the convention. */
enum norm_verdict assess_heel_raise_verdict(int *out_norm,
					    int *out_convention, int reps,
					    int age, enum assess_sex sex);

/* T1: best of up to 3 eyes-closed trials, each capped at 45 s; trials
 * that are NAN or negative are skipped. NAN when no trial counts. */
double assess_stance_best(const double trials[STANCE_TRIALS]);

/* Side comparisons. Each returns FACT_YES/FACT_NO, or FACT_UNKNOWN when a
 * side is missing; *out_weaker (may be NULL) gets the weaker side when
 * FACT_YES, else LIMB_NONE.
 *  - T1 stance: design choice (the evidence gives no cut-off): the sides
 *    differ when the shorter best time is under 75% of the longer one.
 *  - T2 knee-to-wall: |left - right| > 1.9 cm (MDC); the smaller distance
 *    is the weaker (stiffer) side.
 *  - T4 Y-balance anterior reach: |left - right| > 4 cm. */
enum fact assess_stance_asym(int *out_weaker, double left_s, double right_s);
enum fact assess_knee_wall_asym(int *out_weaker, double left_cm,
				double right_cm);
enum fact assess_ybal_asym(int *out_weaker, double left_cm, double right_cm);

/* ---- The assessment's input ---- */

#define ASSESS_MAX_SPRAINS 16

struct assess_sprain {
	int side;            /* LIMB_LEFT or LIMB_RIGHT */
	int year;            /* e.g. 2024 */
	int month;           /* 1..12 */
	enum fact rehab_done; /* was a rehabilitation programme completed */
};

struct assess_side_tests {
	int cait;                           /* Q1 total 0..30, -1 unknown */
	int heel_raise_reps;                /* T3 reps to fatigue, -1 unknown */
	double knee_wall_cm;                /* T2 toe-to-wall cm, NAN unknown */
	double stance_s[STANCE_TRIALS];     /* T1 eyes-closed trials, NAN = not
					       done */
	double ybal_ant_cm;                 /* T4 anterior reach cm, NAN unknown */
};

struct assess_input {
	int32_t day;                 /* date of the assessment (day number) */
	enum assess_sex sex;                /* for the T3 norms */
	int birth_year;              /* for the T3 norms; 0 unknown */
	int n_sprains;               /* 0..ASSESS_MAX_SPRAINS */
	struct assess_sprain sprains[ASSESS_MAX_SPRAINS];
	enum fact brace_or_tape;     /* brace or tape in use when running */
	enum assess_gait gait;              /* as the runner knows it */
	enum assess_shoe shoe_support; /* of the current shoe, if known */
	struct assess_side_tests side[2]; /* indexed by LIMB_LEFT/RIGHT */
};

/* Sets every field to "unknown" (no sprains, NAN and -1 values). */
void assess_input_init(struct assess_input *in, int32_t day);

/* The answers an assessment carries forward from the one before when they
 * are not given again (design choice): the history and what the runner
 * knows, not the measurements of the day (CAIT and the tests T1-T4 are
 * taken afresh, or stay unknown, so that a re-test compares like with
 * like). */
enum assess_answer {
	ASSESS_ANS_SPRAINS = 1u << 0, /* the sprain history */
	ASSESS_ANS_BRACE = 1u << 1,   /* brace or tape */
	ASSESS_ANS_GAIT = 1u << 2,
	ASSESS_ANS_SHOE = 1u << 3     /* shoe support */
};

/* Fills in from prev the answers of in that were not given (given:
 * ASSESS_ANS_* bits); returns the bits carried. A sprain list given is
 * added to prev's: a sprain of the same side and month is the one given
 * (its rehab changed), the others are carried (the bit is set then too).
 * Give ASSESS_ANS_SPRAINS with no sprain for "none". */
unsigned assess_carry(struct assess_input *in, unsigned given, const struct assess_input *prev);
/* The answers' names: "sprains", "brace or tape", "gait", "shoe support". */
const char *assess_answer_name(enum assess_answer a);

/* Facts the caller derives from the training log (the lead computes them
 * in the store/CLI layer). Each has an unknown state. */
struct assess_log_facts {
	int l1_spikes_12w;      /* runs in the last 12 weeks more than 10%
				   longer than the longest run of their prior
				   30 days (L1); -1 unknown */
	int l3_weeks_12w;       /* weeks in the last 12 weeks whose distance
				   rose more than 30% over the previous 7 days
				   (L3 warn); -1 unknown */
	enum fact monotony_high; /* L5: 7-day monotony > 2.0 (heuristic) in
				   the last 4 weeks */
	enum fact few_rest_days; /* heuristic rest rule: a 7-day window in the
				   last 4 weeks without a rest day */
	enum fact long_streak;  /* heuristic rest rule: more consecutive
				   running days than the caller's limit */
	enum fact symptoms_after_long_runs; /* ankle symptoms logged the day
				   of or the day after a long run */
	double shoe_km;         /* distance on the current shoe, NAN unknown */
	enum assess_shoe shoe_support; /* from the shoe record; used when the
				   assessment did not say */
	int shoe_pairs;         /* pairs in rotation (S2); -1 unknown */
	int log_days;           /* days of running log up to the day: from
				   the first run logged, both counted; -1
				   unknown (no run). The load causes need
				   ASSESS_LOG_DAYS of it */
};

#define ASSESS_LOG_DAYS 28 /* design choice: 4 weeks of log before the
			      load causes (excessive mileage, inadequate
			      rest) can be present or absent */

void assess_log_facts_init(struct assess_log_facts *f);

/* ---- The result ---- */

/* The seed's causes, in the seed's order. Ids are stable (JSON). */
enum assess_cause_id {
	CAUSE_TIRED_STABILISERS = 0,
	CAUSE_OLD_SPRAIN,
	CAUSE_EXCESSIVE_MILEAGE,
	CAUSE_INADEQUATE_REST,
	CAUSE_MECHANICS,
	CAUSE_WEAK_MUSCLES,
	CAUSE_LIMITED_ROM,
	CAUSE_SHOES,
	CAUSE__COUNT
};

enum cause_status {
	CAUSE_UNKNOWN = 0, /* nothing known either way */
	CAUSE_ABSENT,      /* what is known points away from it */
	CAUSE_PRESENT      /* something known points to it */
};

#define ASSESS_MAX_EVIDENCE 8
#define ASSESS_EVIDENCE_LEN 200

struct assess_cause {
	enum assess_cause_id id;
	enum cause_status status;
	int n_evidence; /* 0..ASSESS_MAX_EVIDENCE */
	char evidence[ASSESS_MAX_EVIDENCE][ASSESS_EVIDENCE_LEN]; /* each names
							   its rule id */
};

const char *assess_cause_id_str(enum assess_cause_id id); /* "old-sprain" */
const char *assess_cause_name(enum assess_cause_id id);   /* plain words */
const char *assess_cause_status_str(enum cause_status s); /* "present" */

/* Weakness, as the programme uses it: for each side a mask of
 * TEST_BIT(test) that came out weak on that side, and the overall weaker
 * side (design choice: the side with more weak marks, counting the tests,
 * CAIT <= 27 and a sprain without completed rehab; LIMB_NONE on a tie). */
struct assess_weak {
	unsigned mask[2]; /* TEST_BIT()s per side */
	int weaker;       /* LIMB_LEFT, LIMB_RIGHT or LIMB_NONE */
};

struct assess_side_result {
	int cait;                  /* copied, -1 unknown */
	enum cait_band cait_band;  /* Q1 */
	int heel_raise_reps;       /* copied, -1 unknown */
	int heel_raise_norm;       /* compared against, -1 unknown */
	int heel_raise_convention; /* 1 when the norm is the 25-rep convention */
	enum norm_verdict heel_raise; /* T3 */
	double knee_wall_cm;       /* copied */
	double stance_best_s;      /* T1 best of 3, capped; NAN unknown */
	double ybal_ant_cm;        /* copied */
};

struct assess_result {
	int age;                   /* year(day) - birth_year, -1 unknown */
	struct assess_side_result side[2];
	enum fact stance_asym;     /* T1 (design choice) */
	int stance_weaker;         /* side or LIMB_NONE */
	enum fact knee_wall_asym;  /* T2 */
	int knee_wall_weaker;
	enum fact ybal_asym;       /* T4 */
	int ybal_weaker;
	int previous_sprain;       /* 1 if any sprain is recorded (P3) */
	int sprain_past_year;      /* 1 if one was within 12 months (P1) */
	int refer_physio;          /* 1 if CAIT <= 25 on a side (F4) */
	struct assess_weak weak;
	struct assess_cause causes[CAUSE__COUNT]; /* indexed by id */
};

/* Evaluates an assessment: scores, verdicts, weakness and the causes.
 * facts may be NULL (all unknown). 0, or TALUS_EINVAL with a message when
 * a value is out of range (CAIT 0..30, month 1..12, ...). */
int assess_evaluate(struct assess_result *out, const struct assess_input *in,
		    const struct assess_log_facts *facts,
		    struct talus_err *err);

/* ---- Re-tests ---- */

struct assess_delta {
	double before; /* NAN when unknown */
	double after;  /* NAN when unknown */
	double change; /* after - before, NAN when either is unknown */
	int real;      /* T2: 1 when |change| > 1.9 cm (MDC); other tests: 1
			  when change != 0 (no MDC found: shown, not judged) */
};

struct assess_change {
	/* [test][side]; TEST_T1 uses the best stance time, TEST_Q1 the CAIT. */
	struct assess_delta d[TEST__COUNT][2];
};

/* The change in each test between two assessments (weeks 4 and 8). */
void assess_compare(struct assess_change *out,
		    const struct assess_input *before,
		    const struct assess_input *after);

const char *assess_test_id(enum assess_test t);   /* "T1", ... "Q1" */
const char *assess_test_name(enum assess_test t); /* plain words */
const char *assess_side_name(int side);           /* "left", "right", "both" */

/* Names as the log keeps them and the output shows them; each _parse
 * returns 0, or -1 (and the unknown value) for a name it does not know. */
const char *assess_gait_name(enum assess_gait g);  /* "over-pronation" */
int assess_gait_parse(enum assess_gait *out, const char *s);
const char *assess_shoe_name(enum assess_shoe s);  /* "stability" */
int assess_shoe_parse(enum assess_shoe *out, const char *s);
const char *assess_sex_name(enum assess_sex s);    /* "male", "female", "" */
enum assess_sex assess_sex_of(const char *s);      /* unknown for others */
int assess_side_parse(int *out, const char *s);    /* LIMB_LEFT.. LIMB_BOTH */
int assess_test_parse(enum assess_test *out, const char *id); /* "T1" */

/* An assessment as the log keeps it. */
struct assess_record {
	int64_t id;
	struct assess_input in;        /* the answers and test values */
	struct assess_log_facts facts; /* what the log said on in.day */
};


#endif
