/* today.h - the report of `talus today`: the day's verdict, its reasons
 * with their rule ids, the referral, the shoe alerts, the load, and the
 * day of the recovery plan, the mileage plan and the programme for a
 * runner who keeps them. Text and JSON (docs/json.md). */
#ifndef TALUS_RENDER_TODAY_H
#define TALUS_RENDER_TODAY_H

#include "core/athlete.h"
#include "core/day.h"
#include "core/load.h"
#include "util/json.h"
#include "util/strbuf.h"

/* d holds DAY_TODAY's parts; ld is the day's load report. */
void render_today_text(struct strbuf *out, const struct athlete *ath, const struct day *d,
		       const struct load_report *ld);
void render_today_json(struct json *j, const struct athlete *ath, const struct day *d,
		       const struct load_report *ld);

#endif
