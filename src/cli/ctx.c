/* ctx.c - the context of one invocation: the database path, the clock and
 * time zone, opening the store inside a transaction. */
#include "cli/cli.h"
#include "util/date.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

int32_t
clock_today(void)
{
	const char *env = getenv("TALUS_TODAY");
	int32_t day;
	time_t now;
	struct tm tm;

	if (env && *env && !date_parse(&day, env))
		return day;
	now = time(NULL);
	localtime_r(&now, &tm);
	return day_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
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

int
ctx_open(struct ctx *c, unsigned flags, struct talus_err *err)
{
	int rc;

	if ((rc = store_open(&c->st, c->db_path, flags & CTX_CREATE ? STORE_CREATE : 0, err))) {
		if (rc == TALUS_ENODB)
			strbuf_addf(&c->hint, "create it with: talus%s%s%s init --name NAME",
				    c->db_given ? " --db '" : "", c->db_given ? c->db_path : "",
				    c->db_given ? "'" : "");
		return rc;
	}
	rc = flags & CTX_READ ? store_begin_read(c->st, err) : store_begin(c->st, err);
	if (rc)
		return rc;
	if (flags & CTX_NO_ATHLETE)
		return 0;
	if ((rc = store_athlete_get(&c->ath, c->st, c->athlete_name, err))) {
		if (rc == TALUS_ENOTFOUND && c->athlete_name)
			strbuf_addf(&c->hint, "add the athlete with: talus --athlete '%s' init",
				    c->athlete_name);
		else if (rc == TALUS_ENOTFOUND)
			strbuf_adds(&c->hint, "add one with: talus init --name NAME");
	}
	return rc;
}
