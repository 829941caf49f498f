/* programme.h - the 8-week prevention programme (core/programme.h) as the
 * `talus program` commands and `talus today` show it: text, JSON
 * (docs/json.md), a printable HTML page and iCalendar. */
#ifndef TALUS_RENDER_PROGRAMME_H
#define TALUS_RENDER_PROGRAMME_H

#include <stdint.h>

#include "core/day.h"
#include "core/programme.h"
#include "util/json.h"
#include "util/strbuf.h"

/* One item in words: "Calf raises (left, level 2: one leg): 2 x 15". */
void render_programme_item_text(struct strbuf *out, const struct programme_item *it);
/* One item as {id, name, sets, reps, hold_s, side, level, level_name,
 * extra}. */
void render_programme_item_json(struct json *j, const struct programme_item *it);

/* "programme 3: 8 weeks from ... to ..., sessions on ..." and the weaker
 * side. */
void render_programme_head(struct strbuf *out, const struct programme_record *r,
			   const struct programme *p);
/* One session with its items. */
void render_programme_session_text(struct strbuf *out, const struct programme_session *s);

/* What `program new` made; old: the programme it replaces, a: the
 * assessment it was built from (each may be NULL). */
void render_programme_new_text(struct strbuf *out, const struct programme_record *r,
			       const struct programme *p, const struct programme_record *old,
			       const struct assess_record *a);
/* The sessions, week by week (week 0: all), as from day. */
void render_programme_show_text(struct strbuf *out, const struct programme_record *r,
				const struct programme *p, int week, int32_t day);
/* The programme and its sessions; cur_week: the week day falls in. */
void render_programme_json(struct json *j, const struct programme_record *r,
			   const struct programme *p, int week, int cur_week);

/* Adherence, levels and the re-test of d's day (DAY_PROGRAMME); base and
 * re: the assessments before and since the start (NULL when none);
 * retest: the re-test week due, or 0. */
void render_programme_status_text(struct strbuf *out, const struct day *d,
				  const struct assess_record *base,
				  const struct assess_record *re, int retest);
void render_programme_status_json(struct json *j, const struct day *d,
				  const struct assess_record *base,
				  const struct assess_record *re, int retest);

/* What `program log` logged and what it did to the levels. */
void render_programme_log_text(struct strbuf *out, const struct programme_entry *e,
			       const struct programme_progress *before,
			       const struct programme_progress *after, int in_flare);

/* What `program log --session` logged (entries e[0..n-1] of session s;
 * skipped[ex] set for the exercises skipped) and what it did to the
 * levels; rating_default: the rating was not given (ok by default). */
void render_programme_session_log_text(struct strbuf *out, const struct programme_session *s,
				       const struct programme_entry *e, int n,
				       const int skipped[EX__COUNT],
				       const struct programme_progress *before,
				       const struct programme_progress *after, int in_flare,
				       int rating_default);

/* The printable programme: a whole HTML document. */
void render_programme_html(struct strbuf *out, const struct programme *prog, const char *title);
/* The sessions as a calendar. */
void render_programme_ics(struct strbuf *out, const struct programme *prog, int64_t dtstamp_utc);

#endif
