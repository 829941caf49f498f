/* exercise.c - the exercise catalogue as static data, and its Markdown
 * rendering (docs/exercises.md). Pure: no I/O.
 *
 * Doses come from the evidence where it has them (P1: 2BFit, toe raise off
 * a step 2 x 15; P2: balance 30 s per leg, 30 s rest) and are labelled
 * "design choice: dose NOT FOUND" where EVIDENCE.md found no trial dose
 * (bands, ankle circles, hopping; also skipping, the warm-up and the
 * stretches). Instructions are talus's own words.
 *
 * Levels (design choice): each adds difficulty (sets, load, one leg, a
 * step, an unstable surface, eyes closed, hops) so that the programme
 * spans its 8 weeks: with every session done in full, an exercise of every
 * session goes up a level a week (after 3 sessions) and reaches its sixth,
 * top level in week 6; the drills, in every other session from week 5, go
 * up after 2 and reach their third in week 7 (hops) or 8 (skips).
 */
#include "core/exercise.h"

#include <stdlib.h>
#include <string.h>

#define DOSE_NOT_FOUND "design choice: dose NOT FOUND (docs/EVIDENCE.md section 5)"
#define UP_RULE "Move up a level after three sessions in a row at the " \
	"current level (a week of sessions) done in full, without losing " \
	"balance, rated easy or ok and with pain at most 3/10 (design " \
	"choice: the evidence gives no criterion), so that with every " \
	"session done the top level comes in week 6."
#define UP_RULE_DRILL "Move up a level after two sessions in a row at the " \
	"current level (the drill is in every other session from week 5) " \
	"done in full, without losing balance, rated easy or ok and with " \
	"pain at most 3/10 (design choice), so that the top level comes in " \
	"week 7 or 8."
#define BAND_HOW "Light, then medium, then strong band, each for two " \
	"sets and then three; last, three sets of 20 with a 3-second " \
	"return."
#define BAND_LEVELS(up) { \
	{ "light band", "the lightest band", 1, 2, 15, 0, 45 }, \
	{ "light band, more sets", "the lightest band, a third set", 1, 3, 15, 0, 45 }, \
	{ "medium band", "a medium band", 1, 2, 15, 0, 45 }, \
	{ "medium band, more sets", "a medium band, a third set", 1, 3, 15, 0, 45 }, \
	{ "strong band", "a strong band", 1, 3, 15, 0, 45 }, \
	{ "strong band, slow", "a strong band, 20 a set, " up \
	  " over 3 seconds", 1, 3, 20, 0, 60 } }

static const struct exercise catalogue[EX__COUNT] = {
	[EX_CALF_RAISE] = {
		"calf-raise", "Calf raises",
		"Stand tall with a hand on a wall for safety. Rise onto the "
		"balls of the feet as high as you can, pause for a second, "
		"then lower slowly over two to three seconds. Off a step, let "
		"the heel sink below the step between raises. With a weight, "
		"hold a dumbbell in the hand on the working side or wear a "
		"loaded backpack.",
		EX_ROLE_PROGRAMME, 1,
		TEST_BIT(TEST_T3_HEEL_RAISE),
		"P1 (2BFit: toe raise off a step, 2 x 15), level 4 here with a "
		"third set; T3's norms (about 30 single-leg raises to fatigue "
		"at 20-39, section 6) put 2 x 15 at body weight within an "
		"average calf, so the last levels add a weight: levels 1-3 and "
		"5-6 and the third set are a design choice (dose NOT FOUND)",
		"Both legs, both legs off a step, one leg, one leg off a step, "
		"then one leg off a step holding about 10% and then 20% of "
		"your body weight. " UP_RULE,
		6, 3, {
			{ "both legs", "both feet on the floor", 0, 2, 15, 0, 60 },
			{ "both legs off a step", "balls of both feet on a step, "
			  "heels lowered below it between raises", 0, 3, 15, 0, 60 },
			{ "one leg", "one foot on the floor, the other lifted",
			  1, 3, 15, 0, 60 },
			{ "one leg off a step", "ball of one foot on a step, "
			  "heel lowered below the step between raises",
			  1, 3, 15, 0, 90 },
			{ "one leg off a step, 10% body weight", "one leg off a "
			  "step holding about 10% of your body weight", 1, 3, 15,
			  0, 90 },
			{ "one leg off a step, 20% body weight", "one leg off a "
			  "step holding about 20% of your body weight, 20 a set",
			  1, 3, 20, 0, 120 } } },
	[EX_ANKLE_CIRCLES] = {
		"ankle-circles", "Ankle circles",
		"Lift one foot and draw slow, large circles with the toes, "
		"moving only at the ankle. Circle one way, then the other. "
		"Standing, balance on the other leg near a wall you can grab.",
		EX_ROLE_PROGRAMME, 1,
		TEST_BIT(TEST_T2_KNEE_WALL),
		DOSE_NOT_FOUND,
		"Seated, then standing on the other leg with a hand on a wall, "
		"then without it, then on a foam pad, then with the eyes "
		"closed. " UP_RULE,
		6, 3, {
			{ "seated", "sitting, the leg held out straight; "
			  "reps are circles in each direction", 1, 2, 10, 0, 30 },
			{ "seated, more sets", "sitting, a third set", 1, 3, 10, 0,
			  30 },
			{ "standing, hand on a wall", "standing on the other leg, "
			  "a hand on a wall", 1, 2, 10, 0, 30 },
			{ "standing", "standing on the other leg, no hand on the "
			  "wall", 1, 3, 10, 0, 30 },
			{ "standing on a foam pad", "the other leg on a foam pad "
			  "or folded mat", 1, 3, 10, 0, 30 },
			{ "standing, eyes closed", "the other leg on the floor, "
			  "eyes closed, near a wall", 1, 3, 10, 0, 30 } } },
	[EX_BAND_DORSIFLEXION] = {
		"band-dorsiflexion", "Resistance band: toes up (dorsiflexion)",
		"Sit with the leg straight. Anchor a band in front of you and "
		"loop it over the top of the foot. Pull the toes and foot "
		"up towards you, then let them back slowly.",
		EX_ROLE_PROGRAMME, 1,
		TEST_BIT(TEST_T2_KNEE_WALL),
		DOSE_NOT_FOUND,
		BAND_HOW " " UP_RULE,
		6, 3, BAND_LEVELS("letting the foot back") },
	[EX_BAND_PLANTARFLEXION] = {
		"band-plantarflexion", "Resistance band: toes down "
		"(plantarflexion)",
		"Sit with the leg straight and the band round the ball of the "
		"foot, ends held in your hands. Press the foot down like a "
		"pedal, then return slowly.",
		EX_ROLE_PROGRAMME, 1,
		TEST_BIT(TEST_T3_HEEL_RAISE),
		DOSE_NOT_FOUND,
		BAND_HOW " " UP_RULE,
		6, 3, BAND_LEVELS("returning") },
	[EX_BAND_INVERSION] = {
		"band-inversion", "Resistance band: sole inwards (inversion)",
		"Sit with the band anchored to the outside of the foot. Keep "
		"the knee still and turn the sole of the foot inwards against "
		"the band, then return slowly.",
		EX_ROLE_PROGRAMME, 1,
		TEST_BIT(TEST_T1_STANCE) | TEST_BIT(TEST_T4_YBALANCE) |
			TEST_BIT(TEST_Q1_CAIT),
		DOSE_NOT_FOUND,
		BAND_HOW " " UP_RULE,
		6, 3, BAND_LEVELS("returning") },
	[EX_BAND_EVERSION] = {
		"band-eversion", "Resistance band: sole outwards (eversion)",
		"Sit with the band anchored to the inside of the foot. Keep "
		"the knee still and turn the sole of the foot outwards against "
		"the band, then return slowly.",
		EX_ROLE_PROGRAMME, 1,
		TEST_BIT(TEST_T1_STANCE) | TEST_BIT(TEST_T4_YBALANCE) |
			TEST_BIT(TEST_Q1_CAIT),
		DOSE_NOT_FOUND,
		BAND_HOW " " UP_RULE,
		6, 3, BAND_LEVELS("returning") },
	[EX_SINGLE_LEG_BALANCE] = {
		"single-leg-balance", "Single-leg balance",
		"Stand on one leg with the knee slightly bent, as in running, "
		"near a wall or chair you can grab. Keep the hips level and "
		"hold still.",
		EX_ROLE_PROGRAMME, 1,
		TEST_BIT(TEST_T1_STANCE) | TEST_BIT(TEST_T4_YBALANCE) |
			TEST_BIT(TEST_Q1_CAIT),
		"P2 (30 s per leg, 30 s rest); P1 (2BFit: one-leg stance 1 "
		"min per leg; levels even floor, eyes closed, balance board); "
		"McGuine's last stage, sport moves on a balance board (section "
		"5); the foam pad levels are the seed's",
		"Floor with eyes open, floor with eyes closed, foam pad, foam "
		"pad with eyes closed, balance board, balance board with the "
		"arms swinging as in running. " UP_RULE,
		6, 3, {
			{ "floor, eyes open", "on a firm floor, eyes open",
			  1, 2, 0, 30, 30 },
			{ "floor, eyes closed", "on a firm floor, eyes closed",
			  1, 2, 0, 30, 30 },
			{ "foam pad", "on a foam pad or folded mat, eyes open",
			  1, 2, 0, 30, 30 },
			{ "foam pad, eyes closed", "on a foam pad or folded mat, "
			  "eyes closed", 1, 2, 0, 30, 30 },
			{ "balance board", "on a balance board, eyes open",
			  1, 2, 0, 30, 30 },
			{ "balance board, running arms", "on a balance board, "
			  "arms swinging as in running", 1, 3, 0, 30, 30 } } },
	[EX_HOP_DRILLS] = {
		"hop-drills", "Hopping drills",
		"Hop lightly on the balls of the feet, landing softly with the "
		"knee bent and the knee over the toes. Stop the set if the "
		"landing wobbles.",
		EX_ROLE_PROGRAMME, 5,
		TEST_BIT(TEST_T4_YBALANCE) | TEST_BIT(TEST_Q1_CAIT),
		DOSE_NOT_FOUND "; only from week 5 (design choice)",
		"Two legs on the spot, one leg on the spot, one leg side to "
		"side over a line. " UP_RULE_DRILL,
		3, 2, {
			{ "two legs on the spot", "both feet together", 0, 2, 10,
			  0, 60 },
			{ "one leg on the spot", "on one leg", 1, 2, 10, 0, 60 },
			{ "one leg side to side", "on one leg, over a line on "
			  "the floor", 1, 3, 10, 0, 60 } } },
	[EX_SKIP_DRILLS] = {
		"skip-drills", "Skipping drills",
		"Skip with quick, light contacts on the balls of the feet, "
		"arms swinging as in running. Reps count foot contacts.",
		EX_ROLE_PROGRAMME, 5,
		0,
		DOSE_NOT_FOUND "; only from week 5 (design choice)",
		"On the spot, forwards (A-skips), sideways. " UP_RULE_DRILL,
		3, 2, {
			{ "on the spot", "skipping in place", 0, 2, 20, 0, 60 },
			{ "forwards", "A-skips: knee up, moving forwards", 0, 2,
			  20, 0, 60 },
			{ "sideways", "side skips, both directions", 0, 3, 20, 0,
			  60 } } },
	[EX_WARMUP_ANKLE_ROLLS] = {
		"warmup-ankle-rolls", "Warm-up: ankle rolls",
		"Standing, rest the toes of one foot on the ground and roll "
		"the ankle round in circles, one way and then the other.",
		EX_ROLE_WARMUP, 1, 0, DOSE_NOT_FOUND,
		"None: the same before every run.",
		1, 0, { { "standard", "reps are circles in each direction", 1, 1,
			  10, 0, 0 } } },
	[EX_WALKING_LUNGES] = {
		"walking-lunges", "Warm-up: walking lunges",
		"Step forward into a lunge, back knee towards the floor, front "
		"knee over the ankle, then step through into the next lunge.",
		EX_ROLE_WARMUP, 1, 0, DOSE_NOT_FOUND,
		"None: the same before every run.",
		1, 0, { { "standard", "reps are steps on each leg, alternating",
			  0, 1, 10, 0, 0 } } },
	[EX_DYNAMIC_STRETCHES] = {
		"dynamic-stretches", "Warm-up: dynamic stretches",
		"Leg swings forwards and back, then side to side, holding a "
		"wall; finish with a few heel-to-toe walks.",
		EX_ROLE_WARMUP, 1, 0, DOSE_NOT_FOUND,
		"None: the same before every run.",
		1, 0, { { "standard", "reps are swings each way on each leg", 0,
			  1, 10, 0, 0 } } },
	[EX_STRETCH_CALF] = {
		"stretch-calf", "Post-run stretch: calf",
		"Hands on a wall, one leg back with the knee straight and the "
		"heel down; lean in until the calf feels a gentle stretch.",
		EX_ROLE_STRETCH, 1, TEST_BIT(TEST_T2_KNEE_WALL), DOSE_NOT_FOUND,
		"None: the same after every run.",
		1, 0, { { "standard", "knee straight", 1, 2, 0, 30, 15 } } },
	[EX_STRETCH_ACHILLES] = {
		"stretch-achilles", "Post-run stretch: Achilles",
		"As for the calf stretch, but bend the back knee while keeping "
		"the heel down, to move the stretch low towards the heel.",
		EX_ROLE_STRETCH, 1, TEST_BIT(TEST_T2_KNEE_WALL), DOSE_NOT_FOUND,
		"None: the same after every run.",
		1, 0, { { "standard", "back knee bent", 1, 2, 0, 30, 15 } } },
	[EX_STRETCH_FOOT] = {
		"stretch-foot", "Post-run stretch: foot",
		"Seated, cross one foot over the other knee and pull the toes "
		"gently back towards the shin until the sole feels a stretch.",
		EX_ROLE_STRETCH, 1, 0, DOSE_NOT_FOUND,
		"None: the same after every run.",
		1, 0, { { "standard", "toes pulled back", 1, 2, 0, 30, 15 } } },
};

size_t
exercise_count(void)
{
	return EX__COUNT;
}

const struct exercise *
exercise_get(int i)
{
	if (i < 0 || i >= EX__COUNT)
		return NULL;
	return &catalogue[i];
}

int
exercise_index(const char *id)
{
	for (int i = 0; i < EX__COUNT; i++)
		if (!strcmp(catalogue[i].id, id))
			return i;
	return -1;
}

const struct ex_level *
exercise_level(int i, int lv)
{
	const struct exercise *e = exercise_get(i);

	if (!e || lv < 1 || lv > e->n_levels)
		return NULL;
	return &e->levels[lv - 1];
}

int
exercise_level_parse(int *level, const struct exercise *x, const char *s,
		     struct talus_err *err)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (!*s || *s < '0' || *s > '9' || *end || v < 1 || v > x->n_levels) {
		if (x->n_levels == 1)
			return err_set(err, TALUS_EINVAL, "invalid --level '%s': %s has one "
				       "level, 1", s, x->id);
		return err_set(err, TALUS_EINVAL, "invalid --level '%s': %s levels are 1-%d",
			       s, x->id, x->n_levels);
	}
	*level = (int)v;
	return 0;
}
