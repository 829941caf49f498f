/* logfacts.h - what the training log says about the causes of weak ankles
 * on the day of an assessment: the facts of struct assess_log_facts,
 * derived from the day rows, the ankle logs and the shoes. Pure: no I/O,
 * no clock. */
#ifndef TALUS_LOGFACTS_H
#define TALUS_LOGFACTS_H

#include <stddef.h>
#include <stdint.h>

#include "core/ankle.h"
#include "core/assess.h"
#include "core/load.h"
#include "core/shoe.h"

#define LOGFACTS_DAYS 84 /* the 12 weeks the facts look back over */

/* The day rows needed: day in at least [day - LOGFACTS_ROWS_BACK, day]. */
#define LOGFACTS_ROWS_BACK (LOGFACTS_DAYS + 30 + LOAD_WINDOW)

/* The load and symptom facts from the day rows (sorted by day, covering
 * LOGFACTS_ROWS_BACK days up to day) and the ankle logs of the 12 weeks up
 * to day. The shoe fields are left unknown. */
void logfacts_compute(struct assess_log_facts *out, const struct day_load *rows,
		      size_t n, const struct ankle_log *logs, size_t nlogs,
		      int32_t day);

/* The shoe facts: the pairs in use, and the distance and support of the
 * current shoe: the default one if it is not retired, else the shoe of
 * the latest run (last_shoe_id, 0 when none) if it is not retired. */
void logfacts_shoes(struct assess_log_facts *out, const struct shoe *shoes,
		    size_t n, int64_t last_shoe_id);

#endif
