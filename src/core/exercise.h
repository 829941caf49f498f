/* exercise.h - the exercise catalogue: the seed's prevention exercises,
 * the run-day warm-up and the post-run stretches, as static data with
 * instructions, a dose per level, a progression and the evidence ids.
 * Pure: no I/O; the data is read-only and lives for the whole program.
 *
 * Invariants: catalogue order equals enum exercise_idx; every exercise has
 * 1..EXERCISE_MAX_LEVELS levels; each level has sets > 0 and exactly one
 * of reps > 0 or hold_s > 0; every evidence string names a rule id (P1,
 * P2) or says "design choice" (docs/exercises.md is rendered from this
 * data by render/exercise.c).
 */
#ifndef TALUS_EXERCISE_H
#define TALUS_EXERCISE_H

#include <stddef.h>

#include "core/assess.h"
#include "util/err.h"

/* Catalogue indices, in catalogue order. */
enum exercise_idx {
	EX_CALF_RAISE = 0,
	EX_ANKLE_CIRCLES,
	EX_BAND_DORSIFLEXION,
	EX_BAND_PLANTARFLEXION,
	EX_BAND_INVERSION,
	EX_BAND_EVERSION,
	EX_SINGLE_LEG_BALANCE,
	EX_HOP_DRILLS,
	EX_SKIP_DRILLS,
	EX_WARMUP_ANKLE_ROLLS,
	EX_WALKING_LUNGES,
	EX_DYNAMIC_STRETCHES,
	EX_STRETCH_CALF,
	EX_STRETCH_ACHILLES,
	EX_STRETCH_FOOT,
	EX__COUNT
};

enum ex_role {
	EX_ROLE_PROGRAMME = 0, /* the 3-a-week prevention sessions */
	EX_ROLE_WARMUP,        /* before every run */
	EX_ROLE_STRETCH        /* after every run */
};

#define EXERCISE_MAX_LEVELS 6

struct ex_level {
	const char *name; /* "one leg off a step" */
	const char *how;  /* what is different at this level */
	int per_side;     /* 1: each leg on its own (logged per side); 0: both
			     legs together */
	int sets;         /* > 0 */
	int reps;         /* per set (and per side); 0 for a hold */
	int hold_s;       /* seconds per set (and per side); 0 for reps */
	int rest_s;       /* rest between sets */
};

struct exercise {
	const char *id;           /* stable id, e.g. "calf-raise" */
	const char *name;         /* plain words */
	const char *instructions; /* how to do it, talus's words */
	enum ex_role role;
	int first_week;           /* earliest programme week, 1..8 */
	unsigned targets;         /* TEST_BIT()s this exercise works on */
	const char *evidence;     /* rule ids, or "design choice: ..." */
	const char *progression;  /* how it gets harder */
	int n_levels;             /* 1..EXERCISE_MAX_LEVELS */
	int up_after;             /* qualifying sessions in a row that move
				     it up a level (design choice); 0 for a
				     single level */
	struct ex_level levels[EXERCISE_MAX_LEVELS]; /* level 1 first */
};

/* Number of exercises (EX__COUNT). */
size_t exercise_count(void);

/* Exercise i (an enum exercise_idx), static; NULL out of range. */
const struct exercise *exercise_get(int i);

/* Index of the exercise with this id, or -1. */
int exercise_index(const char *id);

/* Level lv (1-based) of exercise i, static; NULL out of range. */
const struct ex_level *exercise_level(int i, int lv);

/* A level of exercise x as typed ("3"): one of its own levels, else
 * TALUS_EINVAL with its range ("calf-raise levels are 1-6"), as both the
 * command line and the web form say it. */
int exercise_level_parse(int *level, const struct exercise *x, const char *s,
			 struct talus_err *err);

#endif
