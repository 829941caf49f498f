/* episode.c - recovery episodes from the ankle log (see episode.h). Pure.
 *
 * Workload: a window of at most EPISODE_WINDOW days, a run or two a day.
 * Every lookup goes through a binary search on the sorted logs and runs,
 * so replaying the episodes of the window costs about the number of runs
 * in an episode squared, not days times runs times logs. */
#include "core/episode.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

int
episode_trigger(const struct ankle_log *l)
{
	return l->pain >= 4 || l->morning_pain >= 4 || l->swelling >= SWELL_MODERATE ||
	       l->rolled || l->weight_bearing >= WB_PAINFUL || ankle_log_red_flag(l);
}

static const struct recovery_record *
row_of(const struct episode_input *in, int32_t start)
{
	for (size_t i = 0; i < in->nrows; i++)
		if (in->rows[i].start == start)
			return &in->rows[i];
	return NULL;
}

/* The index of the first log with a day after 'day'. */
static size_t
logs_after(const struct episode_input *in, int32_t day)
{
	size_t lo = 0, hi = in->nlogs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (in->logs[mid].day <= day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The index of the first run on or after 'day'. */
static size_t
runs_from(const struct episode_input *in, int32_t day)
{
	size_t lo = 0, hi = in->nruns;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (in->runs[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* R2 for a session on sday, known by upto: the first log of side on
 * sday + 1 against the latest log of that side on or before sday. */
static enum fact
next_morning(const struct episode_input *in, enum side side, int32_t sday, int32_t upto)
{
	const struct ankle_log *base = NULL, *m = NULL;
	size_t hi;

	if (sday + 1 > upto)
		return FACT_UNKNOWN;
	hi = logs_after(in, sday);
	for (size_t i = hi; i < in->nlogs && in->logs[i].day == sday + 1; i++)
		if (in->logs[i].side == side) {
			m = &in->logs[i];
			break;
		}
	if (!m)
		return FACT_UNKNOWN;
	for (size_t i = hi; i-- > 0;)
		if (in->logs[i].side == side) {
			base = &in->logs[i];
			break;
		}
	if (!base)
		return FACT_NO;
#define WORSE(f) (m->f >= 0 && base->f >= 0 && m->f > base->f)
	return WORSE(pain) || WORSE(morning_pain) || WORSE(stiffness) ? FACT_YES : FACT_NO;
#undef WORSE
}

size_t
episode_sessions(struct recover_session *out, int64_t *ids, size_t max,
		 const struct episode_input *in, const struct episode *ep, int32_t day,
		 size_t *unscored)
{
	int32_t last = ep->end == INT32_MAX ? day : ep->end - 1;
	size_t k = 0;

	if (last > day)
		last = day;
	if (unscored)
		*unscored = 0;
	for (size_t i = runs_from(in, ep->start); i < in->nruns && k < max; i++) {
		const struct episode_run *r = &in->runs[i];
		if (r->day > last)
			break;
		if (r->pain_during < 0 && r->pain_after < 0) {
			if (unscored)
				(*unscored)++;
			continue;
		}
		out[k].day = r->day;
		out[k].pain_during = r->pain_during < 0 ? 0 : r->pain_during;
		out[k].pain_after = r->pain_after < 0 ? 0 : r->pain_after;
		out[k].next_morning_worse = next_morning(in, ep->side, r->day, day);
		if (ids)
			ids[k] = r->id;
		k++;
	}
	return k;
}

void
episode_recover_input(struct recover_input *out, const struct episode_input *in,
		      const struct episode *ep, int red_flag)
{
	memset(out, 0, sizeof(*out));
	out->start = ep->start;
	out->red_flag = red_flag;
	out->previous_sprain = in->previous_sprain;
	for (size_t i = 0; i < in->nlogs && in->logs[i].day < ep->start; i++)
		out->previous_sprain |= in->logs[i].rolled;
	out->brace_or_tape = in->brace_or_tape;
	out->acute_sprain = ep->sprain;
	out->protect_days = ep->protect_days;
}

/* The sessions of the episode being replayed, each next morning as the
 * whole log knows it, and the return replayed over the days before the
 * latest check: a check on day t folds in only what is new, and the
 * sessions of day t with their next morning not known yet (as
 * episode_sessions() gives it on t). */
struct replay {
	struct recover_session *s;
	size_t n;
	size_t folded;               /* s[0..folded) are in prefix */
	struct recover_replay prefix;
};

static void
replay_reset(struct replay *rp)
{
	rp->n = rp->folded = 0;
	recover_replay_init(&rp->prefix);
}

static void
replay_add(struct replay *rp, const struct episode_input *in, const struct episode *ep,
	   size_t from, size_t to, int32_t day)
{
	for (size_t i = from; i < to; i++) {
		const struct episode_run *r = &in->runs[i];
		struct recover_session *s;
		if (r->pain_during < 0 && r->pain_after < 0)
			continue;
		s = &rp->s[rp->n++];
		s->day = r->day;
		s->pain_during = r->pain_during < 0 ? 0 : r->pain_during;
		s->pain_after = r->pain_after < 0 ? 0 : r->pain_after;
		s->next_morning_worse = next_morning(in, ep->side, r->day, day);
	}
}

/* Folds the sessions of one day, from s[*i] on, into r; masks the next
 * morning as not known yet with unknown. */
static void
fold_day(struct recover_replay *r, const struct replay *rp, size_t *i, int unknown)
{
	struct recover_session day = rp->s[(*i)++];

	while (*i < rp->n && rp->s[*i].day == day.day)
		recover_merge_day(&day, &rp->s[(*i)++]);
	if (unknown)
		day.next_morning_worse = FACT_UNKNOWN;
	recover_replay_day(r, &day);
}

/* 1 when the walk-run return is complete on day t. */
static int
complete_on(struct replay *rp, int32_t t)
{
	struct recover_replay now;
	size_t i;

	while (rp->folded < rp->n && rp->s[rp->folded].day < t)
		fold_day(&rp->prefix, rp, &rp->folded, 0);
	now = rp->prefix;
	i = rp->folded;
	if (i < rp->n)
		fold_day(&now, rp, &i, 1);
	return now.phase > RECOVER_PHASES;
}

size_t
episode_find(struct episode *out, size_t max, const struct episode_input *in, int32_t day)
{
	struct replay rp;
	struct episode *cur = NULL;
	size_t n = 0, li = 0, ri = 0, first_today;
	int32_t t0;

	if (!in->nlogs)
		return 0;
	rp.s = xcalloc(in->nruns + 1, sizeof(*rp.s));
	replay_reset(&rp);
	t0 = in->logs[0].day;
	ri = runs_from(in, t0);
	for (int32_t t = t0; t <= day; t++) {
		int activity = 0;

		/* Days without a log or a run change nothing: jump over them. */
		if (!cur && li < in->nlogs && in->logs[li].day > t)
			t = in->logs[li].day;
		while (ri < in->nruns && in->runs[ri].day < t)
			ri++;
		first_today = ri;
		while (ri < in->nruns && in->runs[ri].day == t)
			ri++;
		activity = ri > first_today || (li < in->nlogs && in->logs[li].day == t);
		if (cur) {
			const struct recovery_record *row = row_of(in, cur->start);
			replay_add(&rp, in, cur, first_today, ri, day);
			if (row && row->ended != INT32_MIN && row->ended <= t) {
				cur->end = row->ended > cur->start ? row->ended : cur->start;
				cur->ended_early = 1;
				cur = NULL;
			} else if (activity && complete_on(&rp, t)) {
				cur->end = t;
				cur->completed = 1;
				cur = NULL;
			}
		}
		for (; li < in->nlogs && in->logs[li].day == t; li++) {
			const struct ankle_log *l = &in->logs[li];
			const struct recovery_record *row;

			if (!episode_trigger(l))
				continue;
			if (cur && !(l->rolled && t > cur->start)) {
				if (t == cur->start && l->rolled)
					cur->sprain = 1;
				continue;
			}
			if (cur) /* design choice: a new roll begins a new episode */
				cur->end = t;
			if (n == max) {
				cur = NULL;
				continue;
			}
			cur = &out[n++];
			memset(cur, 0, sizeof(*cur));
			cur->start = t;
			cur->end = INT32_MAX;
			cur->side = l->side;
			cur->sprain = l->rolled;
			row = row_of(in, t);
			cur->started = row != NULL;
			cur->protect_days = row ? row->protect_days : RECOVER_PROTECT_MAX;
			/* Its sessions from its first day on. */
			replay_reset(&rp);
			replay_add(&rp, in, cur, first_today, ri, day);
		}
		if (!cur && li == in->nlogs)
			break; /* nothing more can begin or end */
	}
	free(rp.s);
	return n;
}

int
episode_holds(const struct episode *eps, size_t n, int32_t day)
{
	for (size_t i = 0; i < n; i++)
		if (eps[i].start <= day && day < eps[i].end)
			return 1;
	return 0;
}
