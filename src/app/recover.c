/* recover.c - the recovery plan through a session (see recover.h). */
#include "app/recover.h"
#include "store/store.h"
#include "store/store_programme.h"
#include "util/date.h"
#include "util/xalloc.h"

#include <math.h>
#include <string.h>

/* Keeps row and puts it in the day's records, replacing one of its start. */
static int
keep_row(struct app_day *d, struct session *s, const struct recovery_record *row,
	 struct talus_err *err)
{
	struct day_input *in = &d->in;
	size_t i;
	int rc;

	if ((rc = store_recovery_put(s->st, s->ath.id, row, err)))
		return rc;
	for (i = 0; i < in->nrows && d->rows[i].start != row->start; i++)
		;
	if (i == in->nrows) {
		d->rows = xgrow(d->rows, sizeof(*d->rows), in->nrows + 1, &d->nrows_alloc);
		/* rows stay sorted by start: an active episode starts last */
		while (i > 0 && d->rows[i - 1].start > row->start) {
			d->rows[i] = d->rows[i - 1];
			i--;
		}
		in->nrows++;
	}
	d->rows[i] = *row;
	in->rows = d->rows;
	return 0;
}

int
app_recover(struct app_day *out, int *active, struct session *s, int32_t day,
	    int protect_days, struct talus_err *err)
{
	struct episode ep;
	int rc;

	if ((rc = app_day_gather(out, s, day, NAN, DAY_VERDICT | DAY_EPISODES, err)))
		return rc;
	*active = day_active_episode(&ep, &out->in);
	if (*active && protect_days) {
		struct recovery_record row = { 0, ep.start, ep.protect_days, INT32_MIN };
		if (protect_days)
			row.protect_days = protect_days;
		if ((rc = keep_row(out, s, &row, err)))
			return rc;
	}
	return app_day_compute(out, err);
}

int
app_recover_end(struct episode *ep, struct session *s, int32_t day, struct talus_err *err)
{
	struct app_day d;
	struct recovery_record row;
	char date[11];
	int rc;

	if ((rc = app_day_gather(&d, s, day, NAN, DAY_EPISODES, err)))
		goto done;
	if (!day_active_episode(ep, &d.in)) {
		rc = err_set(err, TALUS_ENOTFOUND, "no recovery plan on %s to end",
			     date_format(date, day));
		goto done;
	}
	row.id = 0;
	row.start = ep->start;
	row.protect_days = ep->protect_days ? ep->protect_days : RECOVER_PROTECT_MAX;
	row.ended = day;
	rc = store_recovery_put(s->st, s->ath.id, &row, err);
done:
	app_day_release(&d);
	return rc;
}
