/* insights.c - reading what the insights need. */
#include "app/insights.h"
#include "app/log.h"
#include "util/xalloc.h"

#include <stdlib.h>

struct runs {
	struct insight_run *v;
	size_t n, alloc;
};

static int
add_run(void *payload, const struct run_entry *r)
{
	struct runs *rs = payload;

	if (r->a.sport != SPORT_RUN)
		return 0;
	rs->v = xgrow(rs->v, sizeof(*rs->v), rs->n + 1, &rs->alloc);
	rs->v[rs->n++] = (struct insight_run){ r->a.id, r->day, r->a.distance_m, r->shoe_id,
					       r->a.surface };
	return 0;
}

int
app_insights(struct insights *out, struct session *s, int32_t day, struct talus_err *err)
{
	struct runs rs = { 0 };
	struct ankle_log *logs = NULL;
	struct shoe *shoes = NULL;
	struct shoe_alert alerts[1];
	size_t nlogs = 0, nshoes = 0, na;
	int rc;

	if (!(rc = app_run_each(s, INT32_MIN, day, add_run, &rs, err)) &&
	    !(rc = app_ankle_list(&logs, &nlogs, s, INT32_MIN, day + 1, err)) &&
	    !(rc = app_shoe_list(&shoes, &nshoes, alerts, 0, &na, s, err))) {
		struct insight_input in = { day, rs.v, rs.n, logs, nlogs, shoes, nshoes };
		insights_compute(out, &in);
	}
	free(rs.v);
	ankle_logs_free(logs, nlogs);
	free(shoes);
	return rc;
}
