/* assess.c - assessments through a session (see assess.h). */
#include "app/assess.h"
#include "core/logfacts.h"
#include "store/store.h"
#include "store/store_programme.h"

#include <stdlib.h>

int
app_log_facts(struct assess_log_facts *out, struct session *s, int32_t day,
	      struct talus_err *err)
{
	struct day_load *rows = NULL;
	struct ankle_log *logs = NULL;
	struct shoe *shoes = NULL;
	struct run_entry last;
	size_t n = 0, nlogs = 0, nshoes = 0;
	int found, rc;

	if ((rc = store_day_loads(&rows, &n, s->st, s->ath.id, day - LOGFACTS_ROWS_BACK, day,
				  err)) ||
	    (rc = store_ankle_list(&logs, &nlogs, s->st, s->ath.id, day - LOGFACTS_DAYS, day,
				   err)) ||
	    (rc = store_shoe_list(&shoes, &nshoes, s->st, s->ath.id, err)) ||
	    (rc = store_run_last(&last, &found, s->st, s->ath.id, day, err)))
		goto done;
	logfacts_compute(out, rows, n, logs, nlogs, day);
	logfacts_shoes(out, shoes, nshoes, found ? last.shoe_id : 0);
done:
	free(rows);
	free(logs);
	free(shoes);
	return rc;
}

int
app_assess_record(struct assess_record *rec, struct assess_result *res, struct session *s,
		  struct talus_err *err)
{
	int rc;

	rec->in.sex = assess_sex_of(s->ath.sex);
	rec->in.birth_year = s->ath.birth_year;
	if ((rc = app_log_facts(&rec->facts, s, rec->in.day, err)) ||
	    (rc = assess_evaluate(res, &rec->in, &rec->facts, err)))
		return rc;
	return store_assess_insert(&rec->id, s->st, s->ath.id, rec, err);
}

int
app_assess_latest(struct assess_record *out, int *found, struct session *s, int32_t day,
		  struct talus_err *err)
{
	return store_assess_latest(out, found, s->st, s->ath.id, day, err);
}

int
app_assess_get(struct assess_record *out, struct session *s, int64_t id,
	       struct talus_err *err)
{
	return store_assess_get(out, s->st, s->ath.id, id, err);
}

int
app_assess_list(struct assess_record **out, size_t *n, struct session *s,
		struct talus_err *err)
{
	return store_assess_list(out, n, s->st, s->ath.id, INT32_MIN, INT32_MAX, err);
}
