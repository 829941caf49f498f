/* assess.c - assessments through a session (see assess.h). */
#include "app/assess.h"
#include "app/programme.h"
#include "core/logfacts.h"
#include "store/store.h"
#include "store/store_programme.h"

#include <stdlib.h>
#include <string.h>

int
app_log_facts(struct assess_log_facts *out, struct session *s, int32_t day,
	      struct talus_err *err)
{
	struct day_load *rows = NULL;
	struct ankle_log *logs = NULL;
	struct shoe *shoes = NULL;
	struct run_entry last;
	struct day_load state;
	size_t n = 0, nlogs = 0, nshoes = 0;
	int32_t first_day = 0;
	int found, has_state, rc;

	if ((rc = store_day_loads(&rows, &n, s->st, s->ath.id, day - LOGFACTS_ROWS_BACK, day,
				  err)) ||
	    (rc = store_ankle_list(&logs, &nlogs, s->st, s->ath.id, day - LOGFACTS_DAYS, day,
				   err)) ||
	    (rc = store_shoe_list(&shoes, &nshoes, s->st, s->ath.id, err)) ||
	    (rc = store_run_last(&last, &found, s->st, s->ath.id, day, err)) ||
	    (rc = store_load_state(&state, &has_state, &first_day, s->st, s->ath.id, day, err)))
		goto done;
	logfacts_compute(out, rows, n, logs, nlogs, day);
	logfacts_shoes(out, shoes, nshoes, found ? last.shoe_id : 0);
	if (has_state)
		out->log_days = day - first_day + 1;
done:
	free(rows);
	free(logs);
	free(shoes);
	return rc;
}

int
app_assess_record(struct assess_record *rec, struct assess_result *res, unsigned given,
		  struct app_assess_note *note, struct session *s, struct talus_err *err)
{
	struct app_assess_note local;
	struct assess_record prev;
	int32_t day = rec->in.day;
	int found, rc;

	if (!note)
		note = &local;
	memset(note, 0, sizeof(*note));
	rec->in.sex = assess_sex_of(s->ath.sex);
	rec->in.birth_year = s->ath.birth_year;
	if ((rc = store_assess_latest(&prev, &found, s->st, s->ath.id, day, err)) ||
	    (rc = app_programme_under_way(&note->prog, &note->has_prog, s, day, err)))
		return rc;
	if (found) {
		note->carried = assess_carry(&rec->in, given, &prev.in);
		note->carried_id = prev.id;
		note->carried_day = prev.in.day;
	}
	/* A programme not over on the day is kept as it is (a re-test). */
	if (note->has_prog)
		note->prog_week = day < note->prog.start ? 0 : (day - note->prog.start) / 7 + 1;
	if ((rc = app_log_facts(&rec->facts, s, day, err)) ||
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
