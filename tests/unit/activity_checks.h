/* activity_checks.h - what the GPX and TCX reader tests share: a file read
 * whole, a number within a tolerance, an activity's start. Include it
 * after <cmocka.h> (tests/unit is on the include path). */
#ifndef TALUS_TESTS_ACTIVITY_CHECKS_H
#define TALUS_TESTS_ACTIVITY_CHECKS_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/activity.h"
#include "util/date.h"

/* dir/name read whole into a buffer one byte longer (free() it); a file
 * that cannot be read fails the test. */
static inline uint8_t *
load(const char *dir, const char *name, size_t *len)
{
	char path[1024];
	FILE *f;
	uint8_t *buf;
	long n;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (!f)
		fail_msg("cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static inline void
near(const char *file, const char *what, double got, double want, double tol)
{
	if (!(fabs(got - want) <= tol))
		fail_msg("%s: %s is %.6f, want %.6f +- %.6f", file, what, got,
			 want, tol);
}

static inline void
start_is(const char *file, const struct activity *a, const char *want)
{
	char got[32];

	utc_format(got, a->start_utc);
	if (strcmp(got, want))
		fail_msg("%s: start %s, want %s", file, got, want);
}

#endif
