/* ics.c - the one loop that writes talus's calendar events. */
#include "render/ics.h"
#include "util/ics.h"

#include <string.h>

const char render_ics_prodid[] = "-//talus//talus " TALUS_VERSION "//EN";

void
render_calendar(struct strbuf *out, const char *calname, int64_t dtstamp_utc, size_t n,
		int (*next)(void *payload, size_t i, struct cal_event *ev), void *payload)
{
	struct cal_event ev;

	memset(&ev, 0, sizeof(ev));
	strbuf_init(&ev.summary);
	strbuf_init(&ev.description);
	ics_begin(out, render_ics_prodid, calname);
	for (size_t i = 0; i < n; i++) {
		struct ics_event ie;

		strbuf_reset(&ev.summary);
		strbuf_reset(&ev.description);
		ev.days = 1;
		ev.key[0] = '\0';
		if (!next(payload, i, &ev))
			continue;
		ie.day = ev.day;
		ie.days = ev.days;
		ie.summary = ev.summary.buf;
		ie.description = ev.description.buf;
		ie.uid_key = ev.key[0] ? ev.key : NULL;
		ics_add_event(out, &ie, dtstamp_utc);
	}
	ics_end(out);
	strbuf_release(&ev.summary);
	strbuf_release(&ev.description);
}
