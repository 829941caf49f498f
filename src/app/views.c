/* views.c - the dashboard's extra readings (see views.h). */
#include "app/views.h"
#include "app/day.h"
#include "store/store.h"

#include <math.h>
#include <stdlib.h>

int
app_load_series(struct load_report *out, const struct week_load *weeks, int nweeks,
		struct session *s, int32_t day, struct talus_err *err)
{
	int rc;

	for (int i = 0; i < nweeks; i++) {
		int32_t end = weeks[i].start + 6 < day ? weeks[i].start + 6 : day;
		if ((rc = app_load_report(&out[i], s, end, err)))
			return rc;
	}
	return 0;
}

int
app_plan_actual(double *out, const struct plan *p, struct session *s, int32_t day,
		struct talus_err *err)
{
	struct day_load *rows;
	size_t n;
	int rc;

	for (int i = 0; i < p->n_weeks; i++)
		out[i] = p->week[i].start > day ? NAN : 0;
	if (!p->n_weeks)
		return 0;
	if ((rc = store_day_loads(&rows, &n, s->st, s->ath.id, p->week[0].start, day, err)))
		return rc;
	for (size_t r = 0; r < n; r++)
		for (int i = 0; i < p->n_weeks; i++)
			if (rows[r].day >= p->week[i].start && rows[r].day < p->week[i].start + 7 &&
			    !isnan(out[i]))
				out[i] += rows[r].dist_m;
	free(rows);
	return 0;
}

int
app_day_rows(struct day_load **out, size_t *n, struct session *s, int32_t from, int32_t to,
	     struct talus_err *err)
{
	return store_day_loads(out, n, s->st, s->ath.id, from, to, err);
}
