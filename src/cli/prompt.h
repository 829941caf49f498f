/* prompt.h - questions asked on a terminal (talus assess). Each prompt_*
 * returns 1 when answered, 0 when the answer was left empty (unknown),
 * and a negative TALUS_E* code when the input ended (nothing is then
 * recorded). */
#ifndef TALUS_PROMPT_H
#define TALUS_PROMPT_H

#include "core/ankle.h"
#include "core/assess.h"
#include "core/selftest.h"
#include "util/err.h"

/* One of choices[first..]; *out gets its index. */
int prompt_choice(int *out, const char *question, const char *const *choices, int first,
		  struct talus_err *err);
/* The 9 CAIT questions for one side; *out gets the total. */
int prompt_cait(int *out, const char *side, struct talus_err *err);
/* The sprains, one a line, into in->sprains. */
int prompt_sprains(struct assess_input *in, struct talus_err *err);
/* Test t for one side (LIMB_LEFT or LIMB_RIGHT) into in. */
int prompt_selftest(struct assess_input *in, const struct selftest *t, int side,
		    struct talus_err *err);

/* The red-flag questions for the ankle of l (a flag of that side stands
 * since the day 'since'), each yes, no or Enter (not sure): a yes sets
 * that flag in l. 1 when every one was answered no (the log then says
 * --red-flags none), 0 otherwise; a negative TALUS_E* code when the input
 * ended (nothing is recorded). */
int prompt_red_flags(struct ankle_log *l, const char *since, struct talus_err *err);

/* A yes-or-no question; Enter is no. */
int prompt_yes(const char *question, struct talus_err *err);

/* Up to 3 T1 trials from words; what names them in a message. */
int prompt_parse_trials(double out[STANCE_TRIALS], const char *what, const char *const *list,
			int n, struct talus_err *err);

#endif
