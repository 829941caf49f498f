/* export.h - what `talus export` writes: the format's name and version,
 * its tables, and the columns of runs.csv, the one table `talus import`
 * reads back (src/import/talus_csv.c). The writer (src/render/export.c)
 * and the reader both take the columns from here, so they cannot drift
 * apart. Pure data; docs/export.md documents every column.
 */
#ifndef TALUS_EXPORT_H
#define TALUS_EXPORT_H

#include <stddef.h>
#include <stdint.h>

#include "core/ankle.h"
#include "core/assess.h"
#include "core/athlete.h"
#include "core/plan.h"
#include "core/programme.h"
#include "core/recover.h"
#include "core/redflag.h"
#include "core/shoe.h"

#define EXPORT_FORMAT "talus-export" /* JSON "format" */
#define EXPORT_VERSION 1             /* JSON "version": grows on a change */

/* The tables, in the order the JSON document and the folder list them. */
enum export_table {
	EXPORT_RUNS = 0,
	EXPORT_ANKLE_LOGS,
	EXPORT_SHOES,
	EXPORT_ASSESSMENTS,
	EXPORT_SPRAINS,
	EXPORT_PROGRAMMES,
	EXPORT_PROGRAMME_LOGS,
	EXPORT_PLANS,
	EXPORT_RECOVERIES,
	EXPORT_CONSULTATIONS,
	EXPORT__COUNT
};

/* "runs", "ankle_logs", ...: the JSON key; the CSV file is this and
 * ".csv". */
const char *export_table_name(enum export_table t);

/* The columns of runs.csv, in order. Its header row is these names
 * joined by commas, exactly: that is how import knows the file. */
enum export_run_column {
	ERC_ID = 0, ERC_DATE, ERC_TIME, ERC_UTC_OFFSET, ERC_SPORT, ERC_DISTANCE,
	ERC_ELAPSED, ERC_MOVING, ERC_SURFACE, ERC_SHOE, ERC_RPE, ERC_PAIN_DURING,
	ERC_PAIN_AFTER, ERC_SIDE, ERC_NOTE, ERC_NAME, ERC_ELEV_GAIN, ERC_AVG_HR,
	ERC_AVG_CADENCE, ERC_POINTS, ERC_TRUNCATED, ERC_SPORT_SOURCE, ERC_OFFSET_SOURCE,
	ERC__COUNT
};
extern const char *const export_run_columns[ERC__COUNT];

/* Everything of one athlete an export holds but the runs, which are
 * streamed (a long log need not be held in memory). Arrays are owned;
 * free them with export_data_release(). since and until are INT32_MIN
 * and INT32_MAX when not given. */
struct export_data {
	struct athlete ath;
	int32_t since, until;
	struct ankle_log *ankle_logs;      /* with notes; day in range */
	size_t n_ankle_logs;
	struct shoe *shoes;                /* all of them */
	size_t n_shoes;
	struct assess_record *assessments; /* day in range */
	size_t n_assessments;
	struct programme_record *programmes; /* all of them */
	size_t n_programmes;
	struct programme_entry *programme_logs; /* day in range */
	size_t n_programme_logs;
	struct plan_record *plans;         /* all of them (without their
					      snapshot of runs) */
	size_t n_plans;
	struct recovery_record *recoveries; /* start in range */
	size_t n_recoveries;
	struct consult *consultations;     /* `talus ankle seen`; day in range */
	size_t n_consultations;
};

void export_data_init(struct export_data *d);
void export_data_release(struct export_data *d);

#endif
