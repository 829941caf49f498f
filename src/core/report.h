/* report.h - what the printable report for a clinician holds: the
 * symptom timeline, the red flags and the consultations, the load of the last weeks, the
 * assessments and re-tests, the programme's adherence, and the day's
 * verdict. Pure data, read by src/app (app/report.h) and written by
 * src/render (render/report.h); every pointer is borrowed from whoever
 * read it. */
#ifndef TALUS_REPORT_H
#define TALUS_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "core/assess.h"
#include "core/athlete.h"
#include "core/day.h"
#include "core/load.h"

#define REPORT_WEEKS 12      /* weeks of a report unless asked otherwise */
#define REPORT_WEEKS_MAX 104

struct report {
	const struct athlete *ath;
	int32_t today;
	int weeks;                    /* the period: today - 7 weeks + 1 .. today */
	int32_t from;
	const struct day *day;        /* DAY_TODAY on today */
	const struct load_report *load;
	const struct ankle_log *logs; /* the period's ankle logs, by (day, id) */
	size_t nlogs;
	const struct week_load *wk;   /* the period's calendar weeks, oldest first */
	int nwk;
	const struct assess_record *assess; /* every assessment, oldest first */
	size_t nassess;
	const struct consult *consults; /* the period's consultations, by day */
	size_t nconsults;
};

#endif
