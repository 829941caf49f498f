/* team.c - a coach's screen from each athlete's day (see team.h). Pure. */
#include "core/team.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void
team_member_of(struct team_member *out, const struct athlete *ath, const struct day *d,
	       const struct load_report *load, const struct ankle_log *logs, size_t nlogs)
{
	memset(out, 0, sizeof(*out));
	out->ath = *ath;
	out->verdict = d->today.verdict;
	out->referral = d->today.referral;
	out->max_distance_m = d->today.max_distance_m;
	for (size_t i = 0; i < d->nflags; i++) {
		out->flags[i].side = d->flags[i].log->side;
		out->flags[i].logged = d->flags[i].logged;
		out->flags[i].log_id = d->flags[i].log->id;
	}
	out->nflags = d->nflags;
	for (size_t i = nlogs; i-- > 0;)
		if (logs[i].day <= d->day) {
			out->has_log = 1;
			out->log = logs[i];
			out->log.note = NULL; /* not kept */
			out->worst = ankle_log_worst(&logs[i], &out->worst_value);
			break;
		}
	out->days_since_run = load->days_since_run;
	out->last7_m = load->last7_m;
	out->change7 = load->change7;
	out->has_programme = d->has_prog;
	out->sessions_done = d->progress.sessions_done;
	out->sessions_due = d->progress.sessions_due;
}

static int
cmp_member(const void *a, const void *b)
{
	const struct team_member *x = a, *y = b;

	if (x->verdict != y->verdict)
		return x->verdict > y->verdict ? -1 : 1;
	if (x->referral != y->referral)
		return x->referral > y->referral ? -1 : 1;
	if (x->nflags != y->nflags)
		return x->nflags > y->nflags ? -1 : 1;
	return strcasecmp(x->ath.name, y->ath.name);
}

void
team_sort(struct team_member *t, size_t n)
{
	if (n > 1)
		qsort(t, n, sizeof(*t), cmp_member);
}
