/* selftest.c - the self-tests as a form (see selftest.h). Pure. */
#include "core/selftest.h"
#include "util/date.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const struct selftest tests[SELFTEST_COUNT] = {
	{ TEST_T3_HEEL_RAISE, "heel-raises", "heel raises", "repetitions", SELFTEST_HEEL_MAX, 1, 1,
	  "T3, single-leg heel raises: stand on one leg, fingertips on a wall for "
	  "balance;\nrise as high as you can and lower, about one a second, until you "
	  "cannot go on.\nCount the full raises." },
	{ TEST_T2_KNEE_WALL, "knee-to-wall", "knee-to-wall", "cm", SELFTEST_KNEE_WALL_MAX, 0, 1,
	  "T2, knee-to-wall: face a wall, foot forward, heel down; bend the knee to "
	  "touch the wall\nand move the foot back until the heel only just stays down. "
	  "Measure from the big toe to the wall." },
	{ TEST_T1_STANCE, "stance", "stance", "seconds", STANCE_CAP_S, 0, STANCE_TRIALS,
	  "T1, single-leg stance with eyes closed: barefoot, stand on one leg, close "
	  "your eyes\nand time until you touch down or open them; stop at 45 s. Best of "
	  "3." },
	{ TEST_T4_YBALANCE, "ybalance", "reach", "cm", SELFTEST_YBAL_MAX, 0, 1,
	  "T4, Y-balance anterior reach (optional): stand on one leg and reach forward "
	  "with the\nother foot as far as you can without losing balance; measure the "
	  "reach." },
};

const struct selftest *
selftest_get(int i)
{
	return i >= 0 && i < SELFTEST_COUNT ? &tests[i] : NULL;
}

const struct selftest *
selftest_of(enum assess_test t)
{
	for (int i = 0; i < SELFTEST_COUNT; i++)
		if (tests[i].test == t)
			return &tests[i];
	return NULL;
}

int
selftest_parse(double *out, const char *what, const char *s, double max,
	       const char *unit, struct talus_err *err)
{
	const char *p = s;
	int digits = 0;

	while (isdigit((unsigned char)*p)) {
		p++;
		digits++;
	}
	if (digits && *p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			digits = 0;
		while (isdigit((unsigned char)*p))
			p++;
	}
	if (!digits || *p)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': expected a number of %s "
			       "from 0 to %g", what, s, unit, max);
	errno = 0;
	*out = strtod(s, NULL);
	if (errno || *out > max)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': must be from 0 to %g %s",
			       what, s, max, unit);
	return 0;
}

int
selftest_sprain_parse(struct assess_sprain *out, const char *what, const char *s,
		      int32_t day, struct talus_err *err)
{
	const char *p;
	int y, m, d;

	memset(out, 0, sizeof(*out));
	if (!strncmp(s, "left:", 5)) {
		out->side = LIMB_LEFT;
		p = s + 5;
	} else if (!strncmp(s, "right:", 6)) {
		out->side = LIMB_RIGHT;
		p = s + 6;
	} else {
		goto bad;
	}
	for (int i = 0; i < 7; i++)
		if (i == 4 ? p[i] != '-' : !isdigit((unsigned char)p[i]))
			goto bad;
	out->year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
	out->month = (p[5] - '0') * 10 + (p[6] - '0');
	p += 7;
	if (!*p)
		out->rehab_done = FACT_UNKNOWN;
	else if (!strcmp(p, ":rehab-done"))
		out->rehab_done = FACT_YES;
	else if (!strcmp(p, ":no-rehab"))
		out->rehab_done = FACT_NO;
	else
		goto bad;
	if (out->month < 1 || out->month > 12 || out->year < 1900)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': %04d-%02d is not a month",
			       what, s, out->year, out->month);
	civil_from_day(day, &y, &m, &d);
	if (out->year * 12 + out->month > y * 12 + m)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': the month is after the "
			       "assessment (%04d-%02d)", what, s, y, m);
	return 0;
bad:
	return err_set(err, TALUS_EINVAL, "invalid %s '%s': expected SIDE:YYYY-MM, "
		       "optionally with :rehab-done or :no-rehab (e.g. left:2025-06:no-rehab)",
		       what, s);
}
