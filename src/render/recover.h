/* recover.h - the recovery plan and the walk-run return (core/recover.h,
 * core/episode.h) as `talus recover` and `talus today` show them: text,
 * JSON (docs/json.md) and iCalendar. */
#ifndef TALUS_RENDER_RECOVER_H
#define TALUS_RENDER_RECOVER_H

#include <stdint.h>

#include "core/day.h"
#include "util/json.h"
#include "util/strbuf.h"

/* The whole recovery plan of d's day (d holds DAY_EPISODES and
 * DAY_VERDICT). */
void render_recover_text(struct strbuf *out, const struct day *d, unsigned style);
void render_recover_json(struct json *j, const struct day *d);

/* The step of the day (action, phase, next session, message...) as
 * members of the open JSON object. */
void render_recover_step_json(struct json *j, const struct recover_today *t);

/* The day holds no active recovery plan: why. */
void render_recover_none_text(struct strbuf *out, const struct day *d);

/* The R2 question: log how the ankle feels the morning after the last
 * session ("this morning" or "tomorrow morning"). */
void render_recover_morning_hint(struct strbuf *out, const struct day *d,
				 const char *indent);

/* The protect days and the projected sessions as a calendar. */
void render_recover_ics(struct strbuf *out, const struct day *d, int64_t dtstamp_utc);

/* The episode's stage on d's day: "red-flag", "protect", "walk-run",
 * "re-entry"; and in words: "since DATE (left ankle: what was logged),
 * walk-run phase 2 of 6, ..." */
const char *render_recover_stage_name(const struct day *d);
void render_recover_stage_text(struct strbuf *out, const struct day *d);

/* What begins an episode, in words (core/episode.h's design choice). */
extern const char render_recover_trigger_text[];

#endif
