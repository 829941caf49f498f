/* date.h - civil dates as day numbers, and UTC timestamps.
 *
 * A day is an int32_t counting days since 1970-01-01 in the proleptic
 * Gregorian calendar; weekdays are 0 = Monday .. 6 = Sunday (ISO 8601).
 * Timestamps are int64_t seconds since 1970-01-01T00:00:00Z. Nothing here
 * reads the clock or the time zone: that is the caller's business.
 */
#ifndef TALUS_DATE_H
#define TALUS_DATE_H

#include <stdint.h>

int32_t day_from_civil(int y, int m, int d);
void civil_from_day(int32_t day, int *y, int *m, int *d);
int day_weekday(int32_t day); /* 0 = Monday */
/* "Monday" .. "Sunday" for weekday 0..6; "none" otherwise. */
const char *weekday_name(int wd);
/* A weekday as "monday" or "mon", any case: 0..6, or -1. */
int weekday_parse(const char *s);

/* Why a date did not parse. */
enum date_error {
	DATE_EFORMAT = -1, /* not YYYY-MM-DD */
	DATE_ENODAY = -2,  /* well formed, but no such day (2026-02-30) */
	DATE_ERANGE = -3,  /* a year outside 1900..2200 */
};

/* Parses "YYYY-MM-DD" exactly, checking the month's length. 0 or an enum
 * date_error. */
int date_parse(int32_t *out_day, const char *s);

/* Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]" as a local civil time:
 * *out_day gets the day, *out_sec the seconds since local midnight, or -1
 * when no time was given. 0 or an enum date_error (DATE_EFORMAT when the
 * format is wrong anywhere). */
int datetime_parse(int32_t *out_day, int *out_sec, const char *s);

/* Parses an ISO 8601 timestamp as found in GPX and TCX:
 * YYYY-MM-DDTHH:MM:SS[.fff][Z|+HH:MM|-HH:MM]. *out_utc gets the UTC
 * seconds (fractions are rounded down); *out_offset the offset in seconds
 * and *out_has_offset 1 when the text named a zone (Z counts), 0 when it
 * named none (the time is then taken as UTC). 0 or -1. */
int iso8601_parse(int64_t *out_utc, int *out_offset, int *out_has_offset,
		  const char *s);

/* Writes "YYYY-MM-DD" into buf (at least 11 bytes); returns buf. */
char *date_format(char *buf, int32_t day);

/* Writes "YYYY-MM-DDTHH:MM:SSZ" into buf (at least 21 bytes). */
char *utc_format(char *buf, int64_t utc);

/* Day of a timestamp shifted by offset seconds (floor division). */
int32_t day_from_utc(int64_t utc, int offset_s);

#endif
