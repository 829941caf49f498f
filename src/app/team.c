/* team.c - a coach's morning through a session (see team.h). */
#include "app/team.h"
#include "store/store.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdlib.h>

int
app_team(struct team_member **out, size_t *n, struct session *s, int32_t day,
	 struct talus_err *err)
{
	struct athlete *list = NULL, keep = s->ath;
	size_t k = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if ((rc = store_athlete_list(&list, &k, s->st, err)))
		return rc;
	*out = xcalloc(k + 1, sizeof(**out));
	for (size_t i = 0; i < k; i++) {
		struct app_day d;
		/* The same day as `talus today --athlete NAME`. */
		s->ath = list[i];
		rc = app_day_read(&d, s, day, NAN, DAY_TODAY, err);
		if (!rc)
			team_member_of(&(*out)[(*n)++], &list[i], &d.d, &d.load, d.in.logs,
				       d.in.nlogs);
		app_day_release(&d);
		if (rc)
			break;
	}
	s->ath = keep;
	free(list);
	if (rc) {
		free(*out);
		*out = NULL;
		*n = 0;
		return rc;
	}
	team_sort(*out, *n);
	return 0;
}

void
app_team_release(struct team_member *t, size_t n)
{
	(void)n;
	free(t);
}
