/* date.c - civil dates as day numbers (days since 1970-01-01).
 * The conversions use the era-based arithmetic of the proleptic Gregorian
 * calendar: 400-year eras of 146097 days, years starting on 1 March so that
 * the leap day falls last. */
#include "util/date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

int32_t
day_from_civil(int y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int32_t)(era * 146097 + doe - 719468);
}

void
civil_from_day(int32_t day, int *y, int *m, int *d)
{
	int64_t z = (int64_t)day + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t dd = doy - (153 * mp + 2) / 5 + 1;
	int64_t mm = mp < 10 ? mp + 3 : mp - 9;

	*y = (int)(yoe + era * 400 + (mm <= 2));
	*m = (int)mm;
	*d = (int)dd;
}

int
day_weekday(int32_t day)
{
	/* 1970-01-01 was a Thursday (3). */
	int w = (int)((day % 7 + 7 + 3) % 7);
	return w;
}

static int
days_in_month(int y, int m)
{
	static const int dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 ? 28 + leap : dim[m - 1];
}

/* Reads exactly n digits at *p; advances. */
static int
digits(const char **p, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)(*p)[i]))
			return -1;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	*out = v;
	return 0;
}

static int
ymd(const char **p, int32_t *out_day)
{
	int y, m, d;

	if (digits(p, 4, &y) || *(*p)++ != '-' || digits(p, 2, &m) ||
	    *(*p)++ != '-' || digits(p, 2, &d))
		return DATE_EFORMAT;
	if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return DATE_ENODAY;
	if (y < 1900 || y > 2200)
		return DATE_ERANGE;
	*out_day = day_from_civil(y, m, d);
	return 0;
}

int
date_parse(int32_t *out_day, const char *s)
{
	const char *p = s;

	if (strlen(s) != 10)
		return DATE_EFORMAT;
	return ymd(&p, out_day);
}

static int
hms(const char **p, int *out_sec, int need_seconds)
{
	int hh, mi, ss = 0;

	if (digits(p, 2, &hh) || *(*p)++ != ':' || digits(p, 2, &mi))
		return -1;
	if (**p == ':') {
		(*p)++;
		if (digits(p, 2, &ss))
			return -1;
	} else if (need_seconds) {
		return -1;
	}
	if (hh > 23 || mi > 59 || ss > 60)
		return -1;
	*out_sec = hh * 3600 + mi * 60 + (ss > 59 ? 59 : ss);
	return 0;
}

int
datetime_parse(int32_t *out_day, int *out_sec, const char *s)
{
	const char *p = s;
	int rc;

	if ((rc = ymd(&p, out_day)) && rc != DATE_ENODAY && rc != DATE_ERANGE)
		return rc;
	*out_sec = -1;
	if (!*p)
		return rc;
	if (*p != 'T' && *p != ' ')
		return DATE_EFORMAT;
	p++;
	if (hms(&p, out_sec, 0) || *p)
		return DATE_EFORMAT;
	return rc;
}

int
iso8601_parse(int64_t *out_utc, int *out_offset, int *out_has_offset,
	      const char *s)
{
	const char *p = s;
	int32_t day;
	int sec, off = 0, has = 0;

	while (isspace((unsigned char)*p))
		p++;
	if (ymd(&p, &day) || (*p != 'T' && *p != ' '))
		return -1;
	p++;
	if (hms(&p, &sec, 1))
		return -1;
	if (*p == '.' || *p == ',') {
		p++;
		if (!isdigit((unsigned char)*p))
			return -1;
		while (isdigit((unsigned char)*p))
			p++;
	}
	if (*p == 'Z' || *p == 'z') {
		has = 1;
		p++;
	} else if (*p == '+' || *p == '-') {
		int sign = *p == '-' ? -1 : 1, oh, om = 0;
		p++;
		if (digits(&p, 2, &oh))
			return -1;
		if (*p == ':')
			p++;
		if (isdigit((unsigned char)*p) && digits(&p, 2, &om))
			return -1;
		if (oh > 18 || om > 59)
			return -1;
		off = sign * (oh * 3600 + om * 60);
		has = 1;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p)
		return -1;
	*out_utc = (int64_t)day * 86400 + sec - off;
	*out_offset = off;
	*out_has_offset = has;
	return 0;
}

char *
date_format(char *buf, int32_t day)
{
	int y, m, d;

	civil_from_day(day, &y, &m, &d);
	/* Years outside 0..9999 never reach here (dates are checked when
	 * typed in or read from a file); the modulos keep the width known. */
	snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
		 (unsigned)d % 100u);
	return buf;
}

int32_t
day_from_utc(int64_t utc, int offset_s)
{
	int64_t t = utc + offset_s;

	return (int32_t)(t >= 0 ? t / 86400 : -((-t + 86399) / 86400));
}

char *
utc_format(char *buf, int64_t utc)
{
	int32_t day = day_from_utc(utc, 0);
	int64_t s = utc - (int64_t)day * 86400;
	int y, m, d;
	char tmp[64];

	civil_from_day(day, &y, &m, &d);
	snprintf(tmp, sizeof(tmp), "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d,
		 (int)(s / 3600), (int)(s / 60 % 60), (int)(s % 60));
	memcpy(buf, tmp, 20);
	buf[20] = '\0';
	return buf;
}

static const char *const weekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
					"Friday", "Saturday", "Sunday" };

const char *
weekday_name(int wd)
{
	return wd >= 0 && wd < 7 ? weekdays[wd] : "none";
}

int
weekday_parse(const char *s)
{
	size_t len = strlen(s);

	if (len < 3)
		return -1;
	for (int i = 0; i < 7; i++) {
		const char *w = weekdays[i];
		size_t k = 0;
		if (len != 3 && len != strlen(w))
			continue;
		while (k < len && tolower((unsigned char)s[k]) == tolower((unsigned char)w[k]))
			k++;
		if (k == len)
			return i;
	}
	return -1;
}
