/* logfacts.c - the causes' facts from the training log (see logfacts.h).
 * Pure. The rest rule's streak limit is the verdict's (TODAY_STREAK_EASY,
 * a design choice). */
#include "core/logfacts.h"
#include "core/today.h"
#include "util/date.h"

#include <math.h>
#include <stdint.h>

/* The last row on or before t, or NULL. */
static const struct day_load *
row_before(const struct day_load *rows, size_t n, int32_t t)
{
	const struct day_load *r = NULL;

	for (size_t i = 0; i < n && rows[i].day <= t; i++)
		r = &rows[i];
	return r;
}

static void
report_on(struct load_report *rep, const struct day_load *rows, size_t n, int32_t t)
{
	const struct day_load *state = row_before(rows, n, t);

	load_report_compute(rep, rows, n, state, n ? rows[0].day : t, t);
}

void
logfacts_compute(struct assess_log_facts *out, const struct day_load *rows,
			size_t n, const struct ankle_log *logs, size_t nlogs, int32_t day)
{
	int l1 = 0, l3 = 0, mono_known = 0, mono = 0, norest = 0, streak = 0;
	int any_long = 0, any_log = 0, after_long = 0;
	int32_t monday = day - day_weekday(day);

	assess_log_facts_init(out);
	if (!row_before(rows, n, day)) {
		out->symptoms_after_long_runs = FACT_UNKNOWN;
		return; /* no run logged: nothing is known */
	}

	/* L1: runs of the last 12 weeks against the longest of their own
	 * prior 30 days; a run with none before it is L2, not counted. */
	for (size_t i = 0; i < n; i++) {
		double ref = 0;
		if (rows[i].day <= day - LOGFACTS_DAYS || rows[i].day > day)
			continue;
		for (size_t k = 0; k < n; k++)
			if (rows[k].day >= rows[i].day - 30 && rows[k].day < rows[i].day &&
			    rows[k].longest_m > ref)
				ref = rows[k].longest_m;
		if (ref > 0 && load_spike_over(load_spike(rows[i].longest_m, ref)))
			l1++;
	}
	out->l1_spikes_12w = l1;

	/* L3: the 12 seven-day windows ending on day, each on the 7 before. */
	for (int k = 0; k < 12; k++) {
		struct load_report rep;
		report_on(&rep, rows, n, day - 7 * k);
		l3 += rep.l3 == LEVEL_WARN;
	}
	out->l3_weeks_12w = l3;

	/* L5 and the rest rules over the 7-day windows of the last 4 weeks. */
	for (int32_t t = day - 27; t <= day; t++) {
		struct load_report rep;
		report_on(&rep, rows, n, t);
		if (!isnan(rep.monotony)) {
			mono_known = 1;
			mono |= rep.monotony > 2.0;
		}
		norest |= rep.rest_days7 == 0;
		streak |= rep.streak >= TODAY_STREAK_EASY;
	}
	out->monotony_high = !mono_known ? FACT_UNKNOWN : mono ? FACT_YES : FACT_NO;
	out->few_rest_days = norest ? FACT_YES : FACT_NO;
	out->long_streak = streak ? FACT_YES : FACT_NO;

	/* Design choice: a symptom logged on the day of, or the day after,
	 * the longest run of a calendar week, over the last 12 weeks. */
	for (size_t i = 0; i < nlogs; i++)
		any_log |= logs[i].day > day - LOGFACTS_DAYS && logs[i].day <= day;
	for (int k = 0; k < 12; k++) {
		int32_t ws = monday - 7 * k, long_day = INT32_MIN;
		double longest = 0;
		for (size_t i = 0; i < n; i++)
			if (rows[i].day >= ws && rows[i].day < ws + 7 && rows[i].day <= day &&
			    rows[i].longest_m > longest) {
				longest = rows[i].longest_m;
				long_day = rows[i].day;
			}
		if (long_day == INT32_MIN)
			continue;
		any_long = 1;
		for (size_t i = 0; i < nlogs; i++)
			if ((logs[i].day == long_day || logs[i].day == long_day + 1) &&
			    logs[i].day <= day && ankle_log_symptomatic(&logs[i]))
				after_long = 1;
	}
	out->symptoms_after_long_runs = after_long ? FACT_YES :
		any_long && any_log ? FACT_NO : FACT_UNKNOWN;
}

static enum assess_shoe
shoe_to_assess(enum shoe_support s)
{
	switch (s) {
	case SUPPORT_NEUTRAL: return ASSESS_SHOE_NEUTRAL;
	case SUPPORT_STABILITY:
	case SUPPORT_MOTION_CONTROL: return ASSESS_SHOE_STABILITY;
	case SUPPORT_UNKNOWN: break;
	}
	return ASSESS_SHOE_UNKNOWN;
}

void
logfacts_shoes(struct assess_log_facts *out, const struct shoe *shoes, size_t n,
	       int64_t last_shoe_id)
{
	const struct shoe *cur = NULL;
	int active = 0;

	for (size_t i = 0; i < n; i++) {
		active += !shoes[i].retired;
		if (shoes[i].is_default && !shoes[i].retired)
			cur = &shoes[i];
	}
	for (size_t i = 0; !cur && last_shoe_id && i < n; i++)
		if (shoes[i].id == last_shoe_id && !shoes[i].retired)
			cur = &shoes[i];
	out->shoe_pairs = n ? active : -1;
	if (cur) {
		out->shoe_km = cur->used_m / 1000.0;
		out->shoe_support = shoe_to_assess(cur->support);
	}
}
