/* ics.h - an iCalendar (RFC 5545) writer into a strbuf: one VCALENDAR of
 * all-day VEVENTs, as calendar apps import them.
 *
 * Invariants of the output: every line ends in CRLF; no line is longer
 * than 75 octets (long lines are folded with CRLF + one space, never
 * inside a UTF-8 sequence); TEXT values escape backslash, semicolon,
 * comma and newline (RFC 5545 3.3.11) and drop other control characters;
 * UIDs are derived from the event's content, so the same event gets the
 * same UID each time and a re-import updates rather than duplicates.
 * Pure: no clock (DTSTAMP is the caller's), no I/O.
 */
#ifndef TALUS_ICS_H
#define TALUS_ICS_H

#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

#define ICS_LINE_MAX 75 /* octets per line, CRLF excluded */

struct ics_event {
	int32_t day;             /* all-day start, days since 1970-01-01 */
	int days;                /* length in days; values < 1 mean 1 */
	const char *summary;     /* one-line title; borrowed */
	const char *description; /* longer text with newlines, or NULL */
	const char *uid_key;     /* extra text for the UID (e.g. "plan-w3-r2"),
				    or NULL; borrowed */
};

/* Opens the calendar: BEGIN:VCALENDAR, VERSION:2.0, PRODID, CALSCALE.
 * prodid is e.g. "-//talus//talus 0.1.0//EN"; calname (may be NULL)
 * becomes X-WR-CALNAME. */
void ics_begin(struct strbuf *out, const char *prodid, const char *calname);

/* Appends one all-day VEVENT: UID, DTSTAMP (dtstamp_utc, seconds since
 * the epoch, given by the caller), DTSTART;VALUE=DATE, DTEND;VALUE=DATE
 * (exclusive), SUMMARY and DESCRIPTION. */
void ics_add_event(struct strbuf *out, const struct ics_event *ev,
		   int64_t dtstamp_utc);

/* Closes the calendar: END:VCALENDAR. */
void ics_end(struct strbuf *out);

/* Appends s escaped as an RFC 5545 TEXT value (no folding). */
void ics_escape_text(struct strbuf *out, const char *s);

/* Appends one content line of len bytes, folded at 75 octets without
 * splitting a UTF-8 sequence, followed by CRLF. */
void ics_add_line(struct strbuf *out, const char *line, size_t len);

/* Writes the UID of an event into buf (at least ICS_UID_LEN bytes):
 * "talus-" + 16 hex digits of a 64-bit FNV-1a hash of the day, length,
 * summary, description and uid_key + "@talus". */
#define ICS_UID_LEN 40
void ics_uid(char *buf, const struct ics_event *ev);

#endif
