/* export.c - the export's tables and the columns of runs.csv. */
#include "core/export.h"

#include <stdlib.h>
#include <string.h>

static const char *const table_names[EXPORT__COUNT] = {
	[EXPORT_RUNS] = "runs",
	[EXPORT_ANKLE_LOGS] = "ankle_logs",
	[EXPORT_SHOES] = "shoes",
	[EXPORT_ASSESSMENTS] = "assessments",
	[EXPORT_SPRAINS] = "assessment_sprains",
	[EXPORT_PROGRAMMES] = "programmes",
	[EXPORT_PROGRAMME_LOGS] = "programme_logs",
	[EXPORT_PLANS] = "plans",
	[EXPORT_RECOVERIES] = "recoveries",
	[EXPORT_CONSULTATIONS] = "consultations",
};

const char *
export_table_name(enum export_table t)
{
	return (unsigned)t < EXPORT__COUNT ? table_names[t] : "";
}

const char *const export_run_columns[ERC__COUNT] = {
	[ERC_ID] = "id",
	[ERC_DATE] = "date",
	[ERC_TIME] = "time",
	[ERC_UTC_OFFSET] = "utc_offset",
	[ERC_SPORT] = "sport",
	[ERC_DISTANCE] = "distance_m",
	[ERC_ELAPSED] = "elapsed_s",
	[ERC_MOVING] = "moving_s",
	[ERC_SURFACE] = "surface",
	[ERC_SHOE] = "shoe",
	[ERC_RPE] = "rpe",
	[ERC_PAIN_DURING] = "pain_during",
	[ERC_PAIN_AFTER] = "pain_after",
	[ERC_SIDE] = "side",
	[ERC_NOTE] = "note",
	[ERC_NAME] = "name",
	[ERC_ELEV_GAIN] = "elev_gain_m",
	[ERC_AVG_HR] = "avg_hr",
	[ERC_AVG_CADENCE] = "avg_cadence",
	[ERC_POINTS] = "points",
	[ERC_TRUNCATED] = "truncated",
	[ERC_SPORT_SOURCE] = "sport_source",
	[ERC_OFFSET_SOURCE] = "utc_offset_source",
};

void
export_data_init(struct export_data *d)
{
	memset(d, 0, sizeof(*d));
	d->since = INT32_MIN;
	d->until = INT32_MAX;
}

void
export_data_release(struct export_data *d)
{
	ankle_logs_free(d->ankle_logs, d->n_ankle_logs);
	free(d->shoes);
	free(d->assessments);
	free(d->programmes);
	free(d->programme_logs);
	free(d->plans);
	free(d->recoveries);
	consults_free(d->consultations, d->n_consultations);
	export_data_init(d);
}
