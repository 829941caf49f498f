/* selftest.h - the self-tests of an assessment as a form: for each test,
 * what it is called, how to do it, the unit and the range of an answer,
 * and the parsing of an answer, in one table that the terminal's prompts
 * (src/cli) and a web form both read. Also the one free-text answer of an
 * assessment, a sprain ("left:2025-06:no-rehab"). Pure. */
#ifndef TALUS_SELFTEST_H
#define TALUS_SELFTEST_H

#include <stdint.h>

#include "core/assess.h"
#include "util/err.h"

/* The ranges of the answers (documented in talus.1). */
#define SELFTEST_HEEL_MAX 200    /* T3 repetitions */
#define SELFTEST_KNEE_WALL_MAX 30 /* T2 cm */
#define SELFTEST_YBAL_MAX 150    /* T4 cm */

struct selftest {
	enum assess_test test;
	const char *option;       /* the options are --OPTION-left/-right */
	const char *label;        /* the question, after the side: "heel
				     raises" */
	const char *unit;         /* the answer's unit in words: "cm" */
	double max;               /* answers are from 0 to max */
	int whole;                /* whole numbers only */
	int trials;               /* answers a side: 3 for T1, else 1 */
	const char *instructions; /* how to do it, in talus's words */
};

/* The tests in the order an assessment asks them: T3, T2, T1, T4. */
#define SELFTEST_COUNT 4
const struct selftest *selftest_get(int i);
/* The test of id t; NULL for Q1 (the CAIT is a questionnaire). */
const struct selftest *selftest_of(enum assess_test t);

/* A measurement: digits with an optional decimal part, from 0 to max;
 * what names the answer in the message ("--knee-to-wall-left"). */
int selftest_parse(double *out, const char *what, const char *s, double max,
		   const char *unit, struct talus_err *err);

/* SIDE:YYYY-MM[:rehab-done|:no-rehab], not after the month of day. */
int selftest_sprain_parse(struct assess_sprain *out, const char *what, const char *s,
			  int32_t day, struct talus_err *err);

#endif
