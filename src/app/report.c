/* report.c - reading the report for a clinician. */
#include "app/report.h"
#include "app/assess.h"
#include "app/log.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int
app_report(struct app_report *out, struct session *s, int32_t day, int weeks,
	   struct talus_err *err)
{
	int rc;

	memset(out, 0, sizeof(*out));
	if (weeks < 1 || weeks > REPORT_WEEKS_MAX)
		return err_set(err, TALUS_EINVAL, "invalid --weeks '%d': must be from 1 to %d",
			       weeks, REPORT_WEEKS_MAX);
	out->r.ath = &s->ath;
	out->r.today = day;
	out->r.weeks = weeks;
	out->r.from = day - 7 * weeks + 1;
	if ((rc = app_day_read(&out->d, s, day, NAN, DAY_TODAY, err)) ||
	    (rc = app_ankle_list(&out->logs, &out->nlogs, s, out->r.from, day, err)) ||
	    (rc = app_load_weeks(&out->wload, &out->wk, weeks, s, day, err)) ||
	    (rc = app_assess_list(&out->assess, &out->nassess, s, err)) ||
	    (rc = app_consult_list(&out->consults, &out->nconsults, s, out->r.from, day, err)))
		return rc;
	out->r.day = &out->d.d;
	out->r.load = &out->d.load;
	out->r.logs = out->logs;
	out->r.nlogs = out->nlogs;
	out->r.wk = out->wk;
	out->r.nwk = weeks;
	out->r.assess = out->assess;
	out->r.nassess = out->nassess;
	out->r.consults = out->consults;
	out->r.nconsults = out->nconsults;
	return 0;
}

void
app_report_release(struct app_report *r)
{
	app_day_release(&r->d);
	ankle_logs_free(r->logs, r->nlogs);
	free(r->wk);
	free(r->assess);
	consults_free(r->consults, r->nconsults);
	memset(r, 0, sizeof(*r));
}
