/* gather.h - reads from the store what the core's reports need, so that
 * every command (and later the web dashboard) computes them one way. */
#ifndef TALUS_GATHER_H
#define TALUS_GATHER_H

#include "core/load.h"
#include "core/today.h"
#include "store/store.h"

/* The load report for day: reads LOAD_WINDOW days of rows and the state. */
int gather_load(struct load_report *out, struct store *st, int64_t athlete,
		int32_t day, struct talus_err *err);

/* The day's verdict; planned_m is NAN when no run is planned. */
int gather_today(struct today_report *out, struct load_report *load,
		 struct store *st, const struct athlete *ath, int32_t day,
		 double planned_m, struct talus_err *err);

#endif
