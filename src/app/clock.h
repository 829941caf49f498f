/* clock.h - the wall clock and the system time zone, for the front ends
 * and the application layer only: core and render take dates and offsets
 * as parameters, never from here.
 *
 * TALUS_TODAY=YYYY-MM-DD fixes today (and the calendars' DTSTAMP at its
 * midnight UTC), so that tests and the demo give the same answer on any
 * day. */
#ifndef TALUS_CLOCK_H
#define TALUS_CLOCK_H

#include <stdint.h>

/* Today's local date, or TALUS_TODAY when set. */
int32_t clock_today(void);

/* Now, seconds since the epoch (UTC): TALUS_TODAY at 00:00Z when set. */
int64_t clock_now_utc(void);

/* The system time zone's UTC offset (local - UTC, seconds) at the local
 * time (day, sec); 0 when the zone cannot tell. */
int32_t clock_local_offset(int32_t day, int sec);

/* The system time zone's UTC offset at the instant utc. */
int32_t clock_offset_at(int64_t utc);

/* Why zone is not an IANA time zone name the C library can load
 * ("Europe/Berlin", "UTC"; a file under $TZDIR or /usr/share/zoneinfo
 * that starts as TZif files do), in words; NULL when it is one. */
const char *clock_zone_check(const char *zone);

/* Makes zone (checked by clock_zone_check()) the local time zone of the
 * process, so that clock_offset_at() and clock_local_offset() answer in
 * it, until clock_zone_restore() puts the system zone back. They set TZ:
 * call them with no other thread running. */
void clock_zone_use(const char *zone);
void clock_zone_restore(void);

#endif
