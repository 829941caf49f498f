/* shoe.h - shoes and their wear alerts (EVIDENCE.md S1, S2). Pure. */
#ifndef TALUS_SHOE_H
#define TALUS_SHOE_H

#include <stddef.h>
#include <stdint.h>

#include "core/load.h"
#include "core/units.h"

#define SHOE_REVIEW_M 480000.0 /* S1: review prompt (convention, CONV) */
#define SHOE_LIMIT_M 800000.0  /* S1: stronger prompt: replace */
#define SHOE_MAX_M 5000000.0   /* the largest distance a shoe flag takes */

enum shoe_support { SUPPORT_UNKNOWN = 0, SUPPORT_NEUTRAL, SUPPORT_STABILITY,
		    SUPPORT_MOTION_CONTROL };
const char *shoe_support_name(enum shoe_support s); /* "" when unknown */
int shoe_support_parse(enum shoe_support *out, const char *s);

struct shoe {
	int64_t id;
	char name[64];
	double review_m;   /* S1 review distance; SHOE_REVIEW_M unless set */
	double limit_m;    /* S1 replace distance; SHOE_LIMIT_M unless set */
	enum shoe_support support;
	int32_t since_day; /* first day of use, or INT32_MIN when unknown */
	double initial_m;  /* distance already on the shoe when added */
	double used_m;     /* initial_m plus every logged activity in it */
	int runs;          /* activities logged in it */
	int retired;
	int is_default;
};

struct shoe_alert {
	int64_t shoe_id;     /* 0 for the rotation suggestion */
	char shoe[64];       /* "" for the rotation suggestion */
	char rule[4];        /* "S1" or "S2" */
	enum level level;
	double used_m;
	char message[256];
};

/* The shoe alerts: S1 for every active shoe at or past its review or
 * limit distance; S2 (rotate at least two pairs) when fewer than two
 * active shoes and the runner ran in the last 28 days. Returns the count
 * written (at most max). */
size_t shoe_alerts(struct shoe_alert *out, size_t max, const struct shoe *shoes,
		   size_t n, int ran_28d, enum units u);

#endif
