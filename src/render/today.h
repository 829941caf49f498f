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

/* How text is drawn: RENDER_COLOR for ANSI bold and colour (a terminal
 * without NO_COLOR); without it the urgent lines still stand out. */
enum render_style { RENDER_PLAIN = 0, RENDER_COLOR = 1 };

/* d holds DAY_TODAY's parts; ld is the day's load report. */
void render_today_text(struct strbuf *out, const struct athlete *ath, const struct day *d,
		       const struct load_report *ld, unsigned style);

/* The day's headline, as `talus today` and `talus recover` show it: an
 * urgent verdict as a banner set apart; else the verdict with the day's
 * session (core/day.h) capped by it ("RUN EASY: 6.0 km of the plan's
 * 8.0 km"), or the longest run advised. Ends with a newline. */
void render_day_headline(struct strbuf *out, const struct day *d, unsigned style);

/* The day's session as the members "session" (an object or null) of the
 * open JSON object. */
void render_day_session_json(struct json *j, const struct day *d);
void render_today_json(struct json *j, const struct athlete *ath, const struct day *d,
		       const struct load_report *ld);

#endif
