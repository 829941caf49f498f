/* assess.h - assessments through a session: what the log says on the
 * day of one (core/logfacts.h), the causes it finds (core/assess.h), and
 * the assessments kept. */
#ifndef TALUS_APP_ASSESS_H
#define TALUS_APP_ASSESS_H

#include <stddef.h>
#include <stdint.h>

#include "app/session.h"
#include "core/assess.h"
#include "core/programme.h"

/* The facts of the athlete's log on day: load, rest, symptoms and shoes. */
int app_log_facts(struct assess_log_facts *out, struct session *s, int32_t day,
		  struct talus_err *err);

/* What recording an assessment found around it. */
struct app_assess_note {
	unsigned carried;          /* ASSESS_ANS_* carried from the one before */
	int64_t carried_id;        /* that assessment, 0 when none */
	int32_t carried_day;
	int has_prog;              /* a programme not yet over on the day: it
				      is kept, with its levels and log */
	struct programme_record prog;
	int prog_week;             /* 0 before its start, 1..8 */
};

/* Records rec->in (its day and answers set by the caller; given: the
 * ASSESS_ANS_* answered, the others carried from the latest assessment on
 * or before the day): the athlete's sex and birth year, the log's facts
 * on that day, the causes (into res) and the record (rec->id). note (may
 * be NULL) gets what was carried and the programme under way. */
int app_assess_record(struct assess_record *rec, struct assess_result *res,
		      unsigned given, struct app_assess_note *note, struct session *s,
		      struct talus_err *err);

/* The latest on or before day; *found 0 if none. */
int app_assess_latest(struct assess_record *out, int *found, struct session *s, int32_t day,
		      struct talus_err *err);
/* TALUS_ENOTFOUND naming the id when there is none. */
int app_assess_get(struct assess_record *out, struct session *s, int64_t id,
		   struct talus_err *err);
/* Every assessment, oldest first. */
int app_assess_list(struct assess_record **out, size_t *n, struct session *s,
		    struct talus_err *err);

#endif
