/* store_programme.h - assessments, prevention programmes and their log,
 * mileage plans and recovery episodes in the database.
 *
 * What is stored is what the pure builders take as input (core/assess.h,
 * core/programme.h, core/plan.h), so that a programme or a plan read back
 * builds the same sessions and runs as when it was made. Recovery episodes
 * are found in the ankle log (core/episode.c); a recovery row keeps only
 * what the runner chose for one. Arrays returned through ** are owned by
 * the caller and freed with free() (a plan record with
 * plan_record_release()).
 */
#ifndef TALUS_STORE_PROGRAMME_H
#define TALUS_STORE_PROGRAMME_H

#include <stddef.h>
#include <stdint.h>

#include "core/assess.h"
#include "core/plan.h"
#include "core/programme.h"
#include "core/recover.h"
#include "store/store.h"
#include "util/err.h"

/* ---- what a runner keeps ---------------------------------------------------- */

/* Whether the athlete keeps a programme, a plan, a recovery record of an
 * episode begun in [from, to] and an assessment on or before to: one
 * cheap look before reading them. */
struct store_guides {
	int programme, plan, recovery, assessment;
	int consult;   /* a consultation on or before the day */
	int flagged;   /* a log on or before it that bears on the red flags */
};
int store_guides(struct store_guides *out, struct store *st, int64_t athlete,
		 int32_t from, int32_t to, struct talus_err *err);

/* ---- assessments --------------------------------------------------------- */

/* Inserts r (r->id is ignored) with its sprains and test values. */
int store_assess_insert(int64_t *out_id, struct store *st, int64_t athlete,
			const struct assess_record *r, struct talus_err *err);
/* The latest assessment on or before day (by day, then id); *found 0 if
 * none. */
int store_assess_latest(struct assess_record *out, int *found, struct store *st,
			int64_t athlete, int32_t day, struct talus_err *err);
/* TALUS_ENOTFOUND naming the id when there is none. */
int store_assess_get(struct assess_record *out, struct store *st,
		     int64_t athlete, int64_t id, struct talus_err *err);
/* Assessments with day in [from, to], oldest first. */
int store_assess_list(struct assess_record **out, size_t *n, struct store *st,
		      int64_t athlete, int32_t from, int32_t to,
		      struct talus_err *err);

/* ---- prevention programmes --------------------------------------------- */

int store_programme_insert(int64_t *out_id, struct store *st, int64_t athlete,
			   const struct programme_record *p,
			   struct talus_err *err);
/* The latest programme made (the current one); *found 0 if none. */
int store_programme_current(struct programme_record *out, int *found,
			    struct store *st, int64_t athlete,
			    struct talus_err *err);

int store_programme_log_insert(int64_t *out_id, struct store *st,
			       const struct programme_entry *e,
			       struct talus_err *err);
/* The entries of a programme with day <= to, by day then id. */
int store_programme_log_list(struct programme_entry **out, size_t *n,
			     struct store *st, int64_t programme_id, int32_t to,
			     struct talus_err *err);

/* ---- mileage plans ------------------------------------------------------ */

int store_plan_insert(int64_t *out_id, struct store *st, int64_t athlete,
		      const struct plan_record *p, struct talus_err *err);
/* The latest plan built (the current one); *found 0 if none. */
int store_plan_current(struct plan_record *out, int *found, struct store *st,
		       int64_t athlete, struct talus_err *err);

/* ---- recovery episodes -------------------------------------------------- */

/* Rows with start in [from, to], by start. */
int store_recovery_list(struct recovery_record **out, size_t *n,
			struct store *st, int64_t athlete, int32_t from,
			int32_t to, struct talus_err *err);
/* Inserts or replaces the row of r->start. */
int store_recovery_put(struct store *st, int64_t athlete,
		       const struct recovery_record *r, struct talus_err *err);

#endif
