/* clock.c - the wall clock and the system time zone (see clock.h). */
#include "app/clock.h"
#include "util/date.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* TALUS_TODAY as a day, or 0 with *set 0. */
static int32_t
fixed_today(int *set)
{
	const char *env = getenv("TALUS_TODAY");
	int32_t day;

	*set = env && *env && !date_parse(&day, env);
	return *set ? day : 0;
}

int32_t
clock_today(void)
{
	int set;
	int32_t day = fixed_today(&set);
	time_t now;
	struct tm tm;

	if (set)
		return day;
	now = time(NULL);
	localtime_r(&now, &tm);
	return day_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int64_t
clock_now_utc(void)
{
	int set;
	int32_t day = fixed_today(&set);

	return set ? (int64_t)day * 86400 : (int64_t)time(NULL);
}

int32_t
clock_local_offset(int32_t day, int sec)
{
	struct tm tm;
	int y, m, d;
	time_t t;

	civil_from_day(day, &y, &m, &d);
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = sec / 3600;
	tm.tm_min = sec / 60 % 60;
	tm.tm_sec = sec % 60;
	tm.tm_isdst = -1;
	t = mktime(&tm);
	if (t == (time_t)-1)
		return 0;
	/* local - utc, from the normalised fields */
	return (int32_t)((int64_t)day * 86400 + sec - (int64_t)t);
}

int32_t
clock_offset_at(int64_t utc)
{
	time_t t = (time_t)utc;
	struct tm tm;

	if (!localtime_r(&t, &tm))
		return 0;
	return (int32_t)tm.tm_gmtoff;
}

const char *
clock_zone_check(const char *zone)
{
	const char *dir = getenv("TZDIR");
	char path[4096], magic[4];
	size_t n = strlen(zone);
	FILE *f;

	/* A name, not a path: letters, digits, '_', '-', '+' in parts
	 * joined by '/'. */
	if (!n || n > 255 || zone[0] == '/' || zone[n - 1] == '/' || strstr(zone, "//"))
		return "not a time zone name (an IANA name such as Europe/Berlin)";
	for (const char *p = zone; *p; p++)
		if (!(*p >= 'A' && *p <= 'Z') && !(*p >= 'a' && *p <= 'z') &&
		    !(*p >= '0' && *p <= '9') && !strchr("/_-+", *p))
			return "not a time zone name (an IANA name such as Europe/Berlin)";
	snprintf(path, sizeof(path), "%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", zone);
	if (!(f = fopen(path, "rb")))
		return "no such time zone (an IANA name such as Europe/Berlin)";
	n = fread(magic, 1, sizeof(magic), f);
	fclose(f);
	if (n != sizeof(magic) || memcmp(magic, "TZif", 4))
		return "no such time zone (an IANA name such as Europe/Berlin)";
	return NULL;
}

/* The TZ of the process before clock_zone_use() (NULL: none). */
static char *saved_tz;
static int zone_used;

void
clock_zone_use(const char *zone)
{
	const char *tz = getenv("TZ");

	if (!zone_used) {
		saved_tz = tz ? xstrdup(tz) : NULL;
		zone_used = 1;
	}
	setenv("TZ", zone, 1);
	tzset();
}

void
clock_zone_restore(void)
{
	if (!zone_used)
		return;
	if (saved_tz)
		setenv("TZ", saved_tz, 1);
	else
		unsetenv("TZ");
	free(saved_tz);
	saved_tz = NULL;
	zone_used = 0;
	tzset();
}
