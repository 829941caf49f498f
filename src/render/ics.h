/* ics.h - talus's calendars: one writer of all-day events for every
 * report that has a calendar (the plan, the programme, the recovery
 * plan), over util/ics.c. */
#ifndef TALUS_RENDER_ICS_H
#define TALUS_RENDER_ICS_H

#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

/* The PRODID of talus's calendars. */
extern const char render_ics_prodid[];

/* One event, as the caller's next() fills it in. */
struct cal_event {
	int32_t day;                /* all-day start */
	int days;                   /* length in days, >= 1 */
	struct strbuf summary;      /* reset before each call */
	struct strbuf description;  /* reset before each call */
	char key[48];               /* makes the UID unique: "plan-20510-3" */
};

/* Writes a whole VCALENDAR named calname: for i in 0..n-1, next(payload,
 * i, ev) fills ev and returns 1 to write it or 0 to skip it. DTSTAMP of
 * every event is dtstamp_utc. */
void render_calendar(struct strbuf *out, const char *calname, int64_t dtstamp_utc,
		     size_t n, int (*next)(void *payload, size_t i, struct cal_event *ev),
		     void *payload);

#endif
