/* team.h - one line of a coach's screen for each athlete: the day's
 * verdict and referral, the red flags that stand with the day they were
 * logged, the latest ankle log and its worst symptom, the days since the
 * last run, the last 7 days' distance and its change, the programme's
 * adherence. Pure: built from the athlete's day (core/day.h). */
#ifndef TALUS_TEAM_H
#define TALUS_TEAM_H

#include <stddef.h>
#include <stdint.h>

#include "core/athlete.h"
#include "core/day.h"
#include "core/today.h"

/* A red flag that stands on the day, and the log that shows it. */
struct red_flag_seen {
	enum side side;
	int32_t logged;  /* the day of that log */
	int64_t log_id;
};

struct team_member {
	struct athlete ath;
	enum verdict verdict;
	enum referral referral;
	double max_distance_m;        /* NAN: no cap */
	size_t nflags;
	struct red_flag_seen flags[REDFLAG_MAX];
	int has_log;                  /* the latest ankle log on or before the day */
	struct ankle_log log;
	enum ankle_worst worst;
	int worst_value;
	int days_since_run;           /* -1: never */
	double last7_m, change7;      /* change7 NAN when undefined */
	int has_programme;
	int sessions_done, sessions_due;
};

/* The line of one athlete from the day (DAY_TODAY) and its logs. */
void team_member_of(struct team_member *out, const struct athlete *ath,
		    const struct day *d, const struct load_report *load,
		    const struct ankle_log *logs, size_t nlogs);

/* Most severe first: verdict, referral, red flags, then name. */
void team_sort(struct team_member *t, size_t n);

#endif
