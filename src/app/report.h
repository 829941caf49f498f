/* report.h - the report for a clinician (core/report.h) read once for
 * the session's athlete: `talus report --html` and the dashboard's
 * report page. */
#ifndef TALUS_APP_REPORT_H
#define TALUS_APP_REPORT_H

#include <stdint.h>

#include "app/day.h"
#include "app/session.h"
#include "core/report.h"

struct app_report {
	struct report r;        /* borrows from the rest */
	struct app_day d;
	struct ankle_log *logs;
	size_t nlogs;
	struct week_load *wk;
	struct load_report wload;
	struct assess_record *assess;
	size_t nassess;
	struct consult *consults;
	size_t nconsults;
};

/* Reads the report of the weeks (1..REPORT_WEEKS_MAX) up to day. Release
 * with app_report_release() either way. */
int app_report(struct app_report *out, struct session *s, int32_t day, int weeks,
	       struct talus_err *err);
void app_report_release(struct app_report *r);

#endif
