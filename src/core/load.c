/* load.c - running load metrics (EVIDENCE.md L1-L5). Pure.
 *
 * The report works on a dense array of the last LOAD_WINDOW days built
 * from the sparse day rows: nothing here depends on the length of the
 * whole history, which is what keeps `talus today` constant-time. */
#include "core/load.h"
#include "util/date.h"

#include <math.h>
#include <string.h>

const char *
level_name(enum level l)
{
	switch (l) {
	case LEVEL_INFO: return "info";
	case LEVEL_CAUTION: return "caution";
	case LEVEL_WARN: return "warn";
	case LEVEL_URGENT: return "urgent";
	default: return "none";
	}
}

double
load_lambda(int n)
{
	return 2.0 / (n + 1.0);
}

void
load_ewma_decay(double *acute, double *chronic, int64_t days)
{
	if (days <= 0)
		return;
	*acute *= pow(1.0 - load_lambda(LOAD_ACUTE_N), (double)days);
	*chronic *= pow(1.0 - load_lambda(LOAD_CHRONIC_N), (double)days);
}

void
load_ewma_fill(struct day_load *rows, size_t n, int32_t seed_day,
	       double seed_acute, double seed_chronic)
{
	double la = load_lambda(LOAD_ACUTE_N), lc = load_lambda(LOAD_CHRONIC_N);
	double a = seed_acute, c = seed_chronic;
	int32_t prev = seed_day;

	for (size_t i = 0; i < n; i++) {
		double km = rows[i].dist_m / 1000.0;

		/* zero-load days between prev and this row */
		load_ewma_decay(&a, &c, (int64_t)rows[i].day - prev - 1);
		a = la * km + (1 - la) * a;
		c = lc * km + (1 - lc) * c;
		rows[i].acute = a;
		rows[i].chronic = c;
		prev = rows[i].day;
	}
}

/* Ratios are rounded to 1e-9 before they meet a threshold, so that 12 km
 * on 10 km is exactly +20% (in binary it is 0.19999999999999996). */
static double
snap(double x)
{
	return isfinite(x) ? round(x * 1e9) / 1e9 : x;
}

double
load_spike(double d, double ref)
{
	return ref > 0 ? d / ref - 1.0 : INFINITY;
}

int
load_spike_over(double spike)
{
	return snap(spike) > 0.10;
}

const char *
load_spike_band(double spike)
{
	spike = snap(spike);
	if (!(spike > 0.10))
		return "none";
	if (spike <= 0.30)
		return "small";
	if (spike <= 1.00)
		return "moderate";
	return "large";
}

enum level
load_change_level(double change)
{
	if (isnan(change))
		return LEVEL_NONE;
	change = snap(change);
	if (change > 0.30)
		return LEVEL_WARN;
	if (change >= 0.20)
		return LEVEL_CAUTION;
	if (change > 0.10)
		return LEVEL_INFO;
	return LEVEL_NONE;
}

/* Dense view: dist[i] and longest[i] are day (today - LOAD_WINDOW + 1 + i). */
struct dense {
	double dist[LOAD_WINDOW];
	double longest[LOAD_WINDOW];
	int runs[LOAD_WINDOW];
};

static void
densify(struct dense *d, const struct day_load *rows, size_t n, int32_t today)
{
	int32_t base = today - LOAD_WINDOW + 1;

	memset(d, 0, sizeof(*d));
	for (size_t i = 0; i < n; i++) {
		int64_t k = (int64_t)rows[i].day - base;
		if (k < 0 || k >= LOAD_WINDOW)
			continue;
		d->dist[k] += rows[i].dist_m;
		d->runs[k] += rows[i].runs;
		if (rows[i].longest_m > d->longest[k])
			d->longest[k] = rows[i].longest_m;
	}
}

/* Sum of dist over window indices [from, to]. */
static double
sum(const double *v, int from, int to)
{
	double s = 0;

	for (int i = from; i <= to; i++)
		s += v[i];
	return s;
}

static double
max_over(const double *v, int from, int to)
{
	double m = 0;

	for (int i = from < 0 ? 0 : from; i <= to; i++)
		if (v[i] > m)
			m = v[i];
	return m;
}

void
load_report_compute(struct load_report *out, const struct day_load *rows,
		    size_t n, const struct day_load *state, int32_t first_day,
		    int32_t today)
{
	struct dense d;
	const int t = LOAD_WINDOW - 1; /* index of today */
	double mean, var, km[7];

	memset(out, 0, sizeof(*out));
	out->today = today;
	out->change7 = out->acwr_ewma = out->acwr_uncoupled = NAN;
	out->monotony = out->strain = out->spike = NAN;
	out->l3 = LEVEL_NONE;
	out->days_since_run = -1;
	densify(&d, rows, n, today);

	if (state) {
		out->has_data = 1;
		out->first_day = first_day;
		out->data_days = today - first_day + 1;
		out->days_since_run = today - state->day;
		out->acute = state->acute;
		out->chronic = state->chronic;
		load_ewma_decay(&out->acute, &out->chronic, today - state->day);
	}
	out->today_m = d.dist[t];
	out->last7_m = sum(d.dist, t - 6, t);
	out->prev7_m = sum(d.dist, t - 13, t - 7);
	if (out->prev7_m > 0)
		out->change7 = out->last7_m / out->prev7_m - 1.0;
	out->l3 = load_change_level(out->change7);
	out->lmax30_m = max_over(d.longest, t - 30, t - 1);

	/* L4: shown only, and only with 28 days of data. */
	out->acwr_shown = out->has_data && out->data_days >= LOAD_ACWR_MIN_DAYS;
	if (out->chronic > 1e-9)
		out->acwr_ewma = out->acute / out->chronic;
	{
		double c = sum(d.dist, t - 27, t - 7) / 21.0;
		if (c > 0)
			out->acwr_uncoupled = (sum(d.dist, t - 6, t) / 7.0) / c;
	}

	/* L5: monotony over the 7 daily loads, missing days counted as 0. */
	mean = 0;
	for (int i = 0; i < 7; i++) {
		km[i] = d.dist[t - 6 + i] / 1000.0;
		mean += km[i] / 7.0;
	}
	var = 0;
	for (int i = 0; i < 7; i++)
		var += (km[i] - mean) * (km[i] - mean) / 7.0;
	if (mean > 0) {
		double sd = sqrt(var);
		out->monotony = sd > 1e-9 ? fmin(mean / sd, 10.0) : 10.0;
		out->strain = mean * 7.0 * out->monotony;
	}

	/* Rest: run streak and rest days. */
	{
		int i = d.dist[t] > 0 ? t : t - 1;
		while (i >= 0 && d.dist[i] > 0) {
			out->streak++;
			i--;
		}
		for (int j = t - 6; j <= t; j++)
			out->rest_days7 += d.dist[j] <= 0;
	}

	{
		int runs = 0;
		for (int i = t - 27; i <= t; i++)
			runs += d.runs[i];
		out->avg_run28_m = runs ? sum(d.dist, t - 27, t) / runs : 0;
	}

	/* L1 on the runs of the last 7 days. */
	for (int i = t - 6; i <= t; i++) {
		double ref, s;
		if (d.longest[i] <= 0)
			continue;
		ref = max_over(d.longest, i - 30, i - 1);
		if (ref <= 0) {
			/* Days before the window are unknown here, but the
			 * window reaches 30 days behind every one of these
			 * runs, so ref == 0 means a real 30-day gap. */
			out->spike_after_gap = 1;
			out->gap_day = today - (t - i);
			out->gap_m = d.longest[i];
			continue;
		}
		s = load_spike(d.longest[i], ref);
		if (isnan(out->spike) || s > out->spike) {
			out->spike = s;
			out->spike_day = today - (t - i);
			out->spike_m = d.longest[i];
			out->spike_ref_m = ref;
		}
	}
}

/* Longest run over the 30 days before rows[i], looking back through the
 * sorted rows: at most 30 of them, as a day has at most one row. */
static double
longest_before(const struct day_load *rows, size_t i)
{
	double m = 0;

	for (size_t j = i; j-- > 0 && rows[j].day >= rows[i].day - 30;)
		if (rows[j].longest_m > m)
			m = rows[j].longest_m;
	return m;
}

void
load_weeks(struct week_load *out, int nweeks, const struct day_load *rows,
	   size_t n, int32_t today)
{
	int32_t this_monday = today - day_weekday(today);
	int32_t first = this_monday - 7 * (int32_t)nweeks; /* the week before */
	double prev_dist = 0;
	size_t i = 0;

	/* One pass: rows are sorted by day, weeks run oldest first. */
	while (i < n && rows[i].day < first)
		i++;
	for (int w = -1; w < nweeks; w++) {
		int32_t start = first + 7 * (w + 1);
		struct week_load wk;

		memset(&wk, 0, sizeof(wk));
		wk.start = start;
		wk.spike = NAN;
		wk.partial = today < start + 6;
		for (; i < n && rows[i].day < start + 7; i++) {
			double ref, sp;
			if (rows[i].day > today)
				continue;
			wk.dist_m += rows[i].dist_m;
			wk.runs += rows[i].runs;
			if (rows[i].longest_m > wk.longest_m)
				wk.longest_m = rows[i].longest_m;
			ref = longest_before(rows, i);
			sp = ref > 0 ? load_spike(rows[i].longest_m, ref) : NAN;
			if (!isnan(sp) && (isnan(wk.spike) || sp > wk.spike))
				wk.spike = sp;
		}
		wk.change = w >= 0 && prev_dist > 0 && !wk.partial
				    ? wk.dist_m / prev_dist - 1.0 : NAN;
		wk.l3 = load_change_level(wk.change);
		if (w >= 0)
			out[w] = wk;
		prev_dist = wk.dist_m;
	}
}
