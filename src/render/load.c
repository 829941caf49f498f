/* load.c - `talus load`: weekly distance, the 10% rule (L3), single-run
 * spikes (L1), ACWR (L4), monotony and strain (L5), in words and JSON. */
#include "render/load.h"
#include "util/date.h"

#include <math.h>
#include <stdio.h>

/* Gabbett 2016's display bands; descriptive only (L4). */
static const char *
acwr_band(double r)
{
	if (isnan(r))
		return NULL;
	if (r < 0.8)
		return "below 0.8";
	if (r <= 1.3)
		return "0.8-1.3";
	if (r < 1.5)
		return "1.3-1.5";
	return "1.5 or more";
}

static void
pct(char *buf, size_t n, double change)
{
	if (isnan(change))
		snprintf(buf, n, "-");
	else
		snprintf(buf, n, "%+.0f%%", change * 100);
}

void
render_load_json(struct json *j, const struct athlete *ath, const struct load_report *ld,
		 const struct week_load *weeks, int nweeks)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_str(j, "date", date_format(date, ld->today));
	json_str(j, "athlete", ath->name);
	json_str(j, "units", units_name(ath->units));
	json_arr_begin(j, "weeks");
	for (int i = 0; i < nweeks; i++) {
		json_obj_begin(j, NULL);
		json_str(j, "start", date_format(date, weeks[i].start));
		json_num(j, "distance_m", weeks[i].dist_m);
		json_int(j, "runs", weeks[i].runs);
		json_num(j, "longest_m", weeks[i].longest_m);
		json_num(j, "change", weeks[i].change);
		json_str(j, "l3", weeks[i].l3 == LEVEL_NONE ? NULL : level_name(weeks[i].l3));
		json_num(j, "spike", weeks[i].spike);
		json_str(j, "l1", load_spike_over(weeks[i].spike) ? load_spike_band(weeks[i].spike) : NULL);
		json_bool(j, "partial", weeks[i].partial);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_num(j, "last7_m", ld->last7_m);
	json_num(j, "prev7_m", ld->prev7_m);
	json_num(j, "change7", ld->change7);
	json_str(j, "l3", ld->l3 == LEVEL_NONE ? NULL : level_name(ld->l3));
	json_num(j, "longest30_m", ld->lmax30_m);
	json_obj_begin(j, "acwr");
	json_bool(j, "shown", ld->acwr_shown);
	json_num(j, "ewma", ld->acwr_shown ? ld->acwr_ewma : NAN);
	json_num(j, "uncoupled", ld->acwr_shown ? ld->acwr_uncoupled : NAN);
	json_num(j, "acute_km", ld->acwr_shown ? ld->acute : NAN);
	json_num(j, "chronic_km", ld->acwr_shown ? ld->chronic : NAN);
	json_str(j, "band", ld->acwr_shown ? acwr_band(ld->acwr_ewma) : NULL);
	json_obj_end(j);
	json_num(j, "monotony", ld->monotony);
	json_num(j, "strain", ld->strain);
	json_int(j, "rest_days7", ld->rest_days7);
	json_int(j, "streak", ld->streak);
	json_obj_end(j);
}

void
render_load_text(struct strbuf *out, const struct athlete *ath, const struct load_report *ld,
		 const struct week_load *weeks, int nweeks)
{
	char date[11], a[24], b[24], p[16];

	strbuf_addf(out, "%-10s  %9s  %4s  %9s  %6s\n", "WEEK OF", "DISTANCE", "RUNS",
		    "LONGEST", "CHANGE");
	for (int i = 0; i < nweeks; i++) {
		const struct week_load *w = &weeks[i];
		pct(p, sizeof(p), w->change);
		strbuf_addf(out, "%-10s  %9s  %4d  %9s  %6s", date_format(date, w->start),
			    distance_format(a, w->dist_m, ath->units), w->runs,
			    distance_format(b, w->longest_m, ath->units), p);
		if (w->l3 != LEVEL_NONE)
			strbuf_addf(out, "  L3 %s", level_name(w->l3));
		if (load_spike_over(w->spike))
			strbuf_addf(out, "  L1 %s spike (+%.0f%%)", load_spike_band(w->spike),
				    w->spike * 100);
		if (w->partial)
			strbuf_adds(out, "  (so far)");
		strbuf_addch(out, '\n');
	}
	pct(p, sizeof(p), ld->change7);
	strbuf_addf(out, "\nlast 7 days %s, the 7 before %s: %s",
		    distance_format(a, ld->last7_m, ath->units),
		    distance_format(b, ld->prev7_m, ath->units), p);
	if (ld->l3 != LEVEL_NONE)
		strbuf_addf(out, " (L3 %s: the 10%% rule)", level_name(ld->l3));
	strbuf_addf(out, "\nlongest run of the prior 30 days: %s (L1 reference)\n",
		    distance_format(a, ld->lmax30_m, ath->units));
	if (ld->acwr_shown && !isnan(ld->acwr_ewma))
		strbuf_addf(out,
			    "ACWR %.2f (EWMA 7/28 d), %.2f (uncoupled): band %s; descriptive "
			    "only, not an alert (L4)\n", ld->acwr_ewma,
			    isnan(ld->acwr_uncoupled) ? 0 : ld->acwr_uncoupled, acwr_band(ld->acwr_ewma));
	else
		strbuf_addf(out, "ACWR: hidden until 28 days of data (L4)\n");
	if (!isnan(ld->monotony))
		strbuf_addf(out, "monotony %.2f, strain %.0f (L5: >2.0 is a heuristic)\n",
			    ld->monotony, ld->strain);
	strbuf_addf(out, "rest days in the last 7: %d; running days in a row: %d\n",
		    ld->rest_days7, ld->streak);
}
