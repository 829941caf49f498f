/* shoe.c - shoe wear alerts (S1, S2). Pure. */
#include "core/shoe.h"

#include <stdio.h>
#include <string.h>

static const char *const support_names[] = { "", "neutral", "stability",
					     "motion-control" };

const char *
shoe_support_name(enum shoe_support s)
{
	return (unsigned)s < 4 ? support_names[s] : "";
}

int
shoe_support_parse(enum shoe_support *out, const char *s)
{
	for (int i = 1; i < 4; i++)
		if (!strcmp(s, support_names[i])) {
			*out = (enum shoe_support)i;
			return 0;
		}
	return -1;
}

size_t
shoe_alerts(struct shoe_alert *out, size_t max, const struct shoe *shoes,
	    size_t n, int ran_28d, enum units u)
{
	size_t k = 0;
	int active = 0;
	char used[24], lim[24];

	for (size_t i = 0; i < n; i++) {
		const struct shoe *s = &shoes[i];
		struct shoe_alert *a;

		if (s->retired)
			continue;
		active++;
		if (s->used_m < s->review_m || k == max)
			continue;
		a = &out[k++];
		memset(a, 0, sizeof(*a));
		a->shoe_id = s->id;
		snprintf(a->shoe, sizeof(a->shoe), "%s", s->name);
		memcpy(a->rule, "S1", 3);
		a->used_m = s->used_m;
		distance_format(used, s->used_m, u);
		if (s->used_m >= s->limit_m) {
			a->level = LEVEL_WARN;
			distance_format(lim, s->limit_m, u);
			snprintf(a->message, sizeof(a->message),
				 "shoe '%s' has %s, past its replace distance of %s: "
				 "replace it (S1, a convention: no study links shoe "
				 "mileage to injury)", s->name, used, lim);
		} else {
			a->level = LEVEL_CAUTION;
			distance_format(lim, s->review_m, u);
			snprintf(a->message, sizeof(a->message),
				 "shoe '%s' has %s, past its review distance of %s: "
				 "check the midsole and outsole for wear (S1, convention)",
				 s->name, used, lim);
		}
	}
	if (active < 2 && ran_28d && k < max) {
		struct shoe_alert *a = &out[k++];
		memset(a, 0, sizeof(*a));
		memcpy(a->rule, "S2", 3);
		a->level = LEVEL_INFO;
		snprintf(a->message, sizeof(a->message),
			 "%s: runners who rotated more than one pair had fewer "
			 "injuries (HR 0.614, Malisoux 2015, cohort); consider "
			 "rotating at least two pairs (S2)",
			 active ? "one pair of shoes in use" : "no shoes logged");
	}
	return k;
}
