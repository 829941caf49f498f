/* exercise.h - the exercise catalogue (core/exercise.h) in words. */
#ifndef TALUS_RENDER_EXERCISE_H
#define TALUS_RENDER_EXERCISE_H

#include "core/exercise.h"
#include "util/strbuf.h"

/* Appends a dose such as "2 x 15, each side" or "3 x 30 s". */
void render_dose(struct strbuf *out, int sets, int reps, int hold_s, int per_side);

/* The catalogue as Markdown (docs/exercises.md), appended to out. */
void render_exercises_markdown(struct strbuf *out);

#endif
