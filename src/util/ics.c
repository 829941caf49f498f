/* ics.c - the iCalendar (RFC 5545) writer. See ics.h for the invariants
 * of its output. Pure: no clock, no I/O.
 */
#include "util/ics.h"
#include "util/date.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

void
ics_add_line(struct strbuf *out, const char *line, size_t len)
{
	size_t pos = 0;
	int first = 1;

	while (len - pos > (size_t)(first ? ICS_LINE_MAX : ICS_LINE_MAX - 1)) {
		size_t room = first ? ICS_LINE_MAX : ICS_LINE_MAX - 1;
		size_t cut = pos + room;

		/* Back up to the start of a UTF-8 sequence: never cut before
		 * a continuation byte (10xxxxxx). A run of continuation bytes
		 * as long as a whole line is not UTF-8; cut it anyway. */
		while (cut > pos && ((unsigned char)line[cut] & 0xC0) == 0x80)
			cut--;
		if (cut == pos)
			cut = pos + room;
		if (!first)
			strbuf_addch(out, ' ');
		strbuf_add(out, line + pos, cut - pos);
		strbuf_add(out, "\r\n", 2);
		pos = cut;
		first = 0;
	}
	if (!first)
		strbuf_addch(out, ' ');
	strbuf_add(out, line + pos, len - pos);
	strbuf_add(out, "\r\n", 2);
}

static void
add_cline(struct strbuf *out, const char *s)
{
	ics_add_line(out, s, strlen(s));
}

void
ics_escape_text(struct strbuf *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '\\':
			strbuf_adds(out, "\\\\");
			break;
		case ';':
			strbuf_adds(out, "\\;");
			break;
		case ',':
			strbuf_adds(out, "\\,");
			break;
		case '\r':
			/* CRLF and a lone CR are newlines too. */
			if (s[1] == '\n')
				s++;
			strbuf_adds(out, "\\n");
			break;
		case '\n':
			strbuf_adds(out, "\\n");
			break;
		default:
			/* TEXT allows HTAB but no other control character. */
			if ((c < 0x20 && c != '\t') || c == 0x7F)
				break;
			strbuf_addch(out, c);
			break;
		}
	}
}

void
ics_begin(struct strbuf *out, const char *prodid, const char *calname)
{
	struct strbuf sb = STRBUF_INIT;

	add_cline(out, "BEGIN:VCALENDAR");
	add_cline(out, "VERSION:2.0");
	strbuf_adds(&sb, "PRODID:");
	ics_escape_text(&sb, prodid);
	ics_add_line(out, sb.buf, sb.len);
	add_cline(out, "CALSCALE:GREGORIAN");
	add_cline(out, "METHOD:PUBLISH");
	if (calname) {
		strbuf_reset(&sb);
		strbuf_adds(&sb, "X-WR-CALNAME:");
		ics_escape_text(&sb, calname);
		ics_add_line(out, sb.buf, sb.len);
	}
	strbuf_release(&sb);
}

void
ics_end(struct strbuf *out)
{
	add_cline(out, "END:VCALENDAR");
}

static uint64_t
fnv1a(uint64_t h, const void *data, size_t n)
{
	const unsigned char *p = data;

	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

static uint64_t
fnv1a_str(uint64_t h, const char *s)
{
	/* The terminating NUL separates fields, so "ab"+"c" != "a"+"bc". */
	if (!s)
		s = "";
	return fnv1a(h, s, strlen(s) + 1);
}

void
ics_uid(char *buf, const struct ics_event *ev)
{
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	char head[32];

	snprintf(head, sizeof(head), "%" PRId32 "/%d", ev->day,
		 ev->days < 1 ? 1 : ev->days);
	h = fnv1a_str(h, head);
	h = fnv1a_str(h, ev->summary);
	h = fnv1a_str(h, ev->description);
	h = fnv1a_str(h, ev->uid_key);
	snprintf(buf, ICS_UID_LEN, "talus-%016" PRIx64 "@talus", h);
}

static void
add_date_line(struct strbuf *out, const char *name, int32_t day)
{
	char line[48];
	int y, m, d;

	civil_from_day(day, &y, &m, &d);
	snprintf(line, sizeof(line), "%s;VALUE=DATE:%04d%02d%02d", name, y, m,
		 d);
	add_cline(out, line);
}

void
ics_add_event(struct strbuf *out, const struct ics_event *ev,
	      int64_t dtstamp_utc)
{
	struct strbuf sb = STRBUF_INIT;
	char uid[ICS_UID_LEN], line[64];
	int64_t sday = dtstamp_utc >= 0 ? dtstamp_utc / 86400 :
		-((-dtstamp_utc + 86399) / 86400);
	int64_t sec = dtstamp_utc - sday * 86400;
	int y, m, d;

	add_cline(out, "BEGIN:VEVENT");
	ics_uid(uid, ev);
	strbuf_addf(&sb, "UID:%s", uid);
	ics_add_line(out, sb.buf, sb.len);

	civil_from_day((int32_t)sday, &y, &m, &d);
	snprintf(line, sizeof(line), "DTSTAMP:%04d%02d%02dT%02d%02d%02dZ", y,
		 m, d, (int)(sec / 3600), (int)(sec / 60 % 60),
		 (int)(sec % 60));
	add_cline(out, line);
	add_date_line(out, "DTSTART", ev->day);
	add_date_line(out, "DTEND", ev->day + (ev->days < 1 ? 1 : ev->days));

	strbuf_reset(&sb);
	strbuf_adds(&sb, "SUMMARY:");
	ics_escape_text(&sb, ev->summary ? ev->summary : "");
	ics_add_line(out, sb.buf, sb.len);
	if (ev->description) {
		strbuf_reset(&sb);
		strbuf_adds(&sb, "DESCRIPTION:");
		ics_escape_text(&sb, ev->description);
		ics_add_line(out, sb.buf, sb.len);
	}
	add_cline(out, "TRANSP:TRANSPARENT");
	add_cline(out, "END:VEVENT");
	strbuf_release(&sb);
}
