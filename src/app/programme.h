/* programme.h - the 8-week prevention programme through a session:
 * making one, logging its exercises, and the assessments a re-test
 * compares. */
#ifndef TALUS_APP_PROGRAMME_H
#define TALUS_APP_PROGRAMME_H

#include <stdint.h>

#include "app/day.h"
#include "app/session.h"
#include "core/programme.h"

/* What `program new` made. */
struct app_programme_new {
	struct programme_record rec; /* the programme kept */
	struct programme *prog;        /* built from it; owned */
	int has_old;                 /* it replaces old */
	struct programme_record old;
	int has_assess;              /* built from assess */
	struct assess_record assess;
};

/* Makes and keeps a programme starting on start: from the latest
 * assessment on or before day (its weaker side and tests), on the
 * weekdays of weekday_mask (0: talus chooses), around the long run on
 * long_run_weekday (-1: none; -2: the plan's, if any). Release with
 * app_programme_new_release(). */
int app_programme_new(struct app_programme_new *out, struct session *s, int32_t day,
		      int32_t start, unsigned weekday_mask, int long_run_weekday,
		      struct talus_err *err);
void app_programme_new_release(struct app_programme_new *n);

/* Logs e (its day, exercise, side, level, lost_balance, rating set by the
 * caller; sets, reps or hold_s 0 take the dose prescribed) in the
 * programme of d, a day read with DAY_EPISODES | DAY_PROGRAMME on e->day,
 * and gives the progress before and after it. */
int app_programme_log(struct programme_entry *e, struct programme_progress *before,
		      struct programme_progress *after, struct session *s, struct app_day *d,
		      struct talus_err *err);

/* The assessment the programme of d was built from (or the latest before
 * its start) and the latest since its start, for the re-test's changes;
 * *has_* 0 when there is none. */
int app_programme_retest(struct assess_record *base, int *has_base, struct assess_record *re,
			 int *has_re, struct session *s, const struct day *d,
			 struct talus_err *err);

#endif
