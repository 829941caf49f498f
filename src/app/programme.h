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
	struct programme *prog;        /* built from it; owned; its sessions'
					  levels projected (programme_project()) */
	int has_old;                 /* it replaces old */
	struct programme_record old;
	int refused;                 /* old is under way and replace was 0 */
	int has_assess;              /* built from assess */
	struct assess_record assess;
};

/* Makes and keeps a programme starting on start: from the latest
 * assessment on or before day (its weaker side and tests), on the
 * weekdays of weekday_mask (0: talus chooses), around the long run on
 * long_run_weekday (-1: none; -2: the plan's, if any). A programme under
 * way on day (app_programme_under_way()) is replaced only with replace:
 * else TALUS_EINVAL, out->refused set and nothing kept. Release with
 * app_programme_new_release(). */
int app_programme_new(struct app_programme_new *out, struct session *s, int32_t day,
		      int32_t start, unsigned weekday_mask, int long_run_weekday,
		      int replace, struct talus_err *err);
void app_programme_new_release(struct app_programme_new *n);

/* The programme of d (read with DAY_EPISODES | DAY_PROGRAMME on day) as
 * `program show` and the dashboard show it: its sessions from day on at
 * the levels projected from those reached before day (today's own
 * entries are today's session). */
int app_programme_show(struct app_day *d, int32_t day, struct talus_err *err);

/* Logs e (its day, exercise, side, level, lost_balance, rating set by the
 * caller; sets, reps or hold_s 0 take the dose prescribed) in the
 * programme of d, a day read with DAY_EPISODES | DAY_PROGRAMME on e->day,
 * and gives the progress before and after it. */
int app_programme_log(struct programme_entry *e, struct programme_progress *before,
		      struct programme_progress *after, struct session *s, struct app_day *d,
		      struct talus_err *err);

/* What `program log --session` logged. */
struct app_session_log {
	struct programme_session session; /* the session due, at the levels
					     before it */
	int n;                            /* entries logged */
	struct programme_entry entry[PROGRAMME_MAX_ITEMS];
	int n_skipped;                    /* exercises skipped */
	int skipped[EX__COUNT];
};

/* Logs the whole session due on day in the programme of d (a day read
 * with DAY_EPISODES | DAY_PROGRAMME on day) at the dose prescribed, but
 * the exercises of skip (catalogue indices), rated rating (RATED_UNKNOWN:
 * ok) and with pain 0-10 (-1: not given; above 3/10 the entries are rated
 * hard, programme_rating_for_pain()); and gives the progress before and
 * after it. TALUS_EINVAL when no session is due on day, when a programme
 * exercise is logged on day already, or when an exercise of skip is not in
 * the session. */
int app_programme_log_session(struct app_session_log *out, struct programme_progress *before,
			      struct programme_progress *after, struct session *s,
			      struct app_day *d, int32_t day, const int *skip, int n_skip,
			      enum programme_rating rating, int pain, struct talus_err *err);

/* The assessment programme r was built from, or the latest on or before
 * its start; *has_base 0 when there is none. */
int app_programme_baseline(struct assess_record *base, int *has_base, struct session *s,
			   const struct programme_record *r, struct talus_err *err);

/* The current programme when it is not over on day (not started yet, or
 * in its 8 weeks); *found 0 otherwise. */
int app_programme_under_way(struct programme_record *out, int *found, struct session *s,
			    int32_t day, struct talus_err *err);

/* The assessment the programme of d was built from (or the latest before
 * its start) and the latest since its start, for the re-test's changes;
 * *has_* 0 when there is none. */
int app_programme_retest(struct assess_record *base, int *has_base, struct assess_record *re,
			 int *has_re, struct session *s, const struct day *d,
			 struct talus_err *err);

#endif
