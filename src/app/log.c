/* log.c - the runner's log through a session (see log.h). */
#include "app/log.h"
#include "app/clock.h"
#include "app/day.h"
#include "store/store.h"
#include "util/date.h"
#include "util/text.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>

int
app_athlete_add(int64_t *out_id, struct session *s, const struct athlete *a,
		struct talus_err *err)
{
	return store_athlete_add(out_id, s->st, a, err);
}

int
app_athlete_list(struct athlete **out, size_t *n, struct session *s, struct talus_err *err)
{
	return store_athlete_list(out, n, s->st, err);
}

int
app_athlete_rename(struct athlete *was, struct session *s, const char *old, const char *name,
		   struct talus_err *err)
{
	int rc;

	if ((rc = store_athlete_get(was, s->st, old, err)))
		return rc;
	return store_athlete_rename(s->st, was->id, name, err);
}

int
app_check_date(const struct session *s, int32_t day, enum app_when when, const char *what,
	       const char *text, struct talus_err *err)
{
	char date[11];

	if (when == WHEN_HAPPENED && day > s->today + 1)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': it is in the future (today "
			       "is %s)", what, text, date_format(date, s->today));
	if (when == WHEN_STARTS && day > s->today + 366)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': more than a year ahead "
			       "(today is %s)", what, text, date_format(date, s->today));
	return 0;
}

int
app_athlete_remove(struct athlete *out, struct session *s, const char *name,
		   struct talus_err *err)
{
	int rc;

	if ((rc = store_athlete_get(out, s->st, name, err)))
		return rc;
	return store_athlete_delete(s->st, out->id, err);
}

/* The name nearest to want among n names (stride bytes apart). */
static int
nearest(char *buf, size_t bn, const char *want, const char *names, size_t n, size_t stride)
{
	const char **v = xcalloc(n + 1, sizeof(*v));
	const char *best;

	for (size_t i = 0; i < n; i++)
		v[i] = names + i * stride;
	best = text_nearest(want, v, n, -1);
	if (best)
		snprintf(buf, bn, "%s", best);
	free(v);
	return best ? 0 : -1;
}

int
app_athlete_nearest(char *buf, size_t n, struct session *s, const char *name)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct athlete *list;
	size_t k;
	int rc;

	if (store_athlete_list(&list, &k, s->st, &err))
		return -1;
	rc = nearest(buf, n, name, k ? list[0].name : "", k, sizeof(*list));
	free(list);
	return rc;
}

void
app_run_set_start(struct run_entry *r, int32_t day, int sec)
{
	int at = sec >= 0 ? sec : 12 * 3600;
	int32_t off = clock_local_offset(day, at);

	r->a.has_time = sec >= 0;
	r->a.utc_offset_s = off;
	r->a.has_offset = 0;
	r->a.offset_src = OFFSET_SRC_ENTERED;
	r->a.start_utc = (int64_t)day * 86400 + at - off;
	r->day = day;
}

void
app_run_set_sport(struct run_entry *r, enum sport sport)
{
	r->a.sport = sport;
	r->a.sport_src = SPORT_SRC_USER;
	if (sport != SPORT_RUN)
		r->shoe_id = 0;
}

int
app_run_add(int64_t *out_id, struct session *s, struct run_entry *r, int use_default,
	    struct talus_err *err)
{
	int rc, found;

	if (!r->shoe_id && use_default) {
		struct shoe sh;
		if ((rc = store_shoe_default(&sh, &found, s->st, s->ath.id, err)))
			return rc;
		if (found)
			r->shoe_id = sh.id;
	}
	return store_run_insert(out_id, s->st, s->ath.id, r, err);
}

int
app_run_get(struct run_entry *out, struct session *s, int64_t id, struct talus_err *err)
{
	return store_run_get(out, s->st, s->ath.id, id, err);
}

int
app_run_update(struct session *s, const struct run_entry *r, struct talus_err *err)
{
	return store_run_update(s->st, s->ath.id, r, err);
}

int
app_run_delete(struct session *s, int64_t id, struct talus_err *err)
{
	return store_run_delete(s->st, s->ath.id, id, err);
}

int
app_run_each(struct session *s, int32_t from, int32_t to,
	     int (*cb)(void *payload, const struct run_entry *r), void *payload,
	     struct talus_err *err)
{
	return store_run_each(s->st, s->ath.id, from, to, cb, payload, err);
}

int
app_shoe_add(int64_t *out_id, int *made_default, struct session *s, const struct shoe *sh,
	     struct talus_err *err)
{
	struct shoe dflt;
	int rc, found;

	*made_default = 0;
	if ((rc = store_shoe_default(&dflt, &found, s->st, s->ath.id, err)) ||
	    (rc = store_shoe_add(out_id, s->st, s->ath.id, sh, err)))
		return rc;
	if (found)
		return 0;
	/* No pair is the default yet: runs would go in with no shoe. */
	*made_default = 1;
	return store_shoe_set_default(s->st, s->ath.id, sh->name, err);
}

int
app_shoe_nearest(char *buf, size_t n, struct session *s, const char *name)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct shoe *list;
	size_t k;
	int rc;

	if (store_shoe_list(&list, &k, s->st, s->ath.id, &err))
		return -1;
	rc = nearest(buf, n, name, k ? list[0].name : "", k, sizeof(*list));
	free(list);
	return rc;
}

int
app_shoe_find(struct shoe *out, struct session *s, const char *name, struct talus_err *err)
{
	return store_shoe_find(out, s->st, s->ath.id, name, err);
}

int
app_shoe_list(struct shoe **out, size_t *n, struct shoe_alert *alerts, size_t maxa,
	      size_t *na, struct session *s, struct talus_err *err)
{
	int rc, ran = 0;

	if ((rc = store_shoe_list(out, n, s->st, s->ath.id, err)))
		return rc;
	/* S2 wants to know whether the athlete runs: the shoe list says so
	 * well enough (any activity in any shoe); today's report is exact. */
	for (size_t i = 0; i < *n; i++)
		ran |= (*out)[i].runs > 0;
	*na = shoe_alerts(alerts, maxa, *out, *n, ran, s->ath.units);
	return 0;
}

int
app_shoe_retire(struct session *s, const char *name, struct talus_err *err)
{
	return store_shoe_retire(s->st, s->ath.id, name, err);
}

int
app_shoe_set_default(struct session *s, const char *name, struct talus_err *err)
{
	return store_shoe_set_default(s->st, s->ath.id, name, err);
}

int
app_ankle_add(int64_t *out_id, struct session *s, const struct ankle_log *l,
	      struct talus_err *err)
{
	return store_ankle_insert(out_id, s->st, s->ath.id, l, err);
}

int
app_ankle_list(struct ankle_log **out, size_t *n, struct session *s, int32_t from,
	       int32_t to, struct talus_err *err)
{
	return store_ankle_list_notes(out, n, s->st, s->ath.id, from, to, err);
}

int
app_ankle_delete(struct session *s, int64_t id, struct talus_err *err)
{
	return store_ankle_delete(s->st, s->ath.id, id, err);
}

/* The logs whose red flags stand on day, and the consultations. */
static int
standing(struct redflag out[REDFLAG_MAX], size_t *n, struct ankle_log **logs, size_t *nlogs,
	 struct consult **cs, size_t *ncs, struct session *s, int32_t day,
	 struct talus_err *err)
{
	int rc;

	*logs = NULL;
	*cs = NULL;
	*nlogs = *ncs = *n = 0;
	if ((rc = store_ankle_flagged(logs, nlogs, s->st, s->ath.id, day, err)) ||
	    (rc = store_consult_list(cs, ncs, s->st, s->ath.id, INT32_MIN, day, err)))
		return rc;
	*n = redflag_standing(out, REDFLAG_MAX, *logs, *nlogs, *cs, *ncs, day);
	return 0;
}

int
app_ankle_open_flag(int *open, int32_t *logged, struct session *s, enum side side,
		    int32_t day, struct talus_err *err)
{
	struct redflag rf[REDFLAG_MAX];
	struct ankle_log *logs;
	struct consult *cs;
	size_t n, nlogs, ncs;
	int rc;

	*open = 0;
	if (!(rc = standing(rf, &n, &logs, &nlogs, &cs, &ncs, s, day, err)))
		for (size_t i = 0; i < n && !*open; i++)
			if (rf[i].log->side == side) {
				*open = 1;
				*logged = rf[i].logged;
			}
	free(logs);
	consults_free(cs, ncs);
	return rc;
}

int
app_ankle_seen(int64_t *out_id, size_t *resolved, struct session *s, const struct consult *c,
	       struct talus_err *err)
{
	struct redflag before[REDFLAG_MAX], after[REDFLAG_MAX];
	struct ankle_log *logs;
	struct consult *cs;
	size_t nb, na, nlogs, ncs;
	int rc;

	*resolved = 0;
	if ((rc = standing(before, &nb, &logs, &nlogs, &cs, &ncs, s, c->day, err)))
		goto done;
	if ((rc = store_consult_insert(out_id, s->st, s->ath.id, c, err)))
		goto done;
	cs = xgrow(cs, sizeof(*cs), ncs + 1, &(size_t){ ncs });
	cs[ncs] = *c;
	cs[ncs].note = NULL;
	na = redflag_standing(after, REDFLAG_MAX, logs, nlogs, cs, ncs + 1, c->day);
	*resolved = nb - na;
done:
	free(logs);
	consults_free(cs, ncs);
	return rc;
}

int
app_consult_list(struct consult **out, size_t *n, struct session *s, int32_t from, int32_t to,
		 struct talus_err *err)
{
	return store_consult_list(out, n, s->st, s->ath.id, from, to, err);
}

int
app_load_weeks(struct load_report *rep, struct week_load **weeks, int nweeks,
	       struct session *s, int32_t day, struct talus_err *err)
{
	struct day_load *rows;
	size_t n;
	int32_t monday = day - day_weekday(day);
	int rc;

	*weeks = NULL;
	if ((rc = app_load_report(rep, s, day, err)) ||
	    (rc = store_day_loads(&rows, &n, s->st, s->ath.id, monday - 7 * nweeks - 31, day,
				  err)))
		return rc;
	*weeks = xcalloc((size_t)nweeks, sizeof(**weeks));
	load_weeks(*weeks, nweeks, rows, n, day);
	free(rows);
	return 0;
}
