/* gather.c - reads from the store what the core's reports need. */
#include "cli/gather.h"

#include <stdlib.h>

int
gather_load(struct load_report *out, struct store *st, int64_t athlete,
	    int32_t day, struct talus_err *err)
{
	struct day_load *rows, state;
	size_t n;
	int found, rc;
	int32_t first = day;

	if ((rc = store_day_loads(&rows, &n, st, athlete, day - LOAD_WINDOW + 1, day, err)))
		return rc;
	if ((rc = store_load_state(&state, &found, &first, st, athlete, day, err))) {
		free(rows);
		return rc;
	}
	load_report_compute(out, rows, n, found ? &state : NULL, first, day);
	free(rows);
	return 0;
}

int
gather_today(struct today_report *out, struct load_report *load, struct store *st,
	     const struct athlete *ath, int32_t day, double planned_m,
	     struct talus_err *err)
{
	struct today_input in = { 0 };
	struct run_entry last;
	struct ankle_log *logs = NULL;
	struct shoe *shoes = NULL;
	size_t nlogs = 0, nshoes = 0;
	int found, rc;

	if ((rc = gather_load(load, st, ath->id, day, err)) ||
	    (rc = store_run_last(&last, &found, st, ath->id, day, err)) ||
	    (rc = store_ankle_recent(&logs, &nlogs, st, ath->id, day, TODAY_LOG_WINDOW, err)) ||
	    (rc = store_shoe_list(&shoes, &nshoes, st, ath->id, err)))
		goto done;
	in.today = day;
	in.units = ath->units;
	in.load = load;
	in.planned_m = planned_m;
	if (found) {
		in.last_run.has = 1;
		in.last_run.day = last.day;
		in.last_run.distance_m = last.a.distance_m;
		in.last_run.pain_during = last.pain_during;
		in.last_run.pain_after = last.pain_after;
	}
	in.logs = logs;
	in.nlogs = nlogs;
	in.shoes = shoes;
	in.nshoes = nshoes;
	today_assess(out, &in);
done:
	free(logs);
	free(shoes);
	return rc;
}
