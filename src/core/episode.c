/* episode.c - recovery episodes from the ankle log (see episode.h). Pure.
 *
 * Workload: a window of at most EPISODE_WINDOW days, a run or two a day.
 * Every lookup goes through a binary search on the sorted logs and runs,
 * so replaying the episodes of the window costs about the number of runs
 * in an episode squared, not days times runs times logs. */
#include "core/episode.h"
#include "core/today.h"
#include "util/date.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
episode_trigger(const struct ankle_log *l)
{
	return today_log_verdict(l) >= VERDICT_REST;
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

double
episode_run_sum(const struct episode_input *in, int32_t from, int32_t to, double *longest)
{
	double sum = 0;

	if (longest)
		*longest = 0;
	for (size_t i = runs_from(in, from); i < in->nruns && in->runs[i].day <= to; i++) {
		sum += in->runs[i].distance_m;
		if (longest && in->runs[i].distance_m > *longest)
			*longest = in->runs[i].distance_m;
	}
	return sum;
}

#define WORSE(m, base, f) ((m)->f >= 0 && (base)->f >= 0 && (m)->f > (base)->f)

/* The first log of side on day, and the latest of that side before day. */
static const struct ankle_log *
morning_log(const struct episode_input *in, enum side side, int32_t day,
	    const struct ankle_log **base)
{
	const struct ankle_log *m = NULL;
	size_t hi = logs_after(in, day - 1);

	*base = NULL;
	for (size_t i = hi; i < in->nlogs && in->logs[i].day == day; i++)
		if (in->logs[i].side == side) {
			m = &in->logs[i];
			break;
		}
	for (size_t i = hi; i-- > 0;)
		if (in->logs[i].side == side) {
			*base = &in->logs[i];
			break;
		}
	return m;
}

/* R2 for a session on sday, known by upto: the first log of side on
 * sday + 1 against the latest log of that side on or before sday. */
static enum fact
next_morning(const struct episode_input *in, enum side side, int32_t sday, int32_t upto)
{
	const struct ankle_log *base, *m;

	if (sday + 1 > upto)
		return FACT_UNKNOWN;
	if (!(m = morning_log(in, side, sday + 1, &base)))
		return FACT_UNKNOWN;
	if (!base)
		return FACT_NO;
	return WORSE(m, base, pain) || WORSE(m, base, morning_pain) ||
	       WORSE(m, base, stiffness) ? FACT_YES : FACT_NO;
}

/* A flare in the re-entry on day t: the worst pain of its runs above 3/10,
 * or 4 for a morning worse than the log before (morning pain or
 * stiffness); 0 for none. */
static int
flare_on(const struct episode_input *in, enum side side, int32_t t)
{
	const struct ankle_log *base, *m;
	int worst = 0;

	for (size_t i = runs_from(in, t); i < in->nruns && in->runs[i].day == t; i++) {
		const struct episode_run *r = &in->runs[i];
		int p = r->pain_during > r->pain_after ? r->pain_during : r->pain_after;
		if (p > worst)
			worst = p;
	}
	if (worst > RECOVER_PAIN_OK)
		return worst;
	if ((m = morning_log(in, side, t, &base)) && base &&
	    (WORSE(m, base, morning_pain) || WORSE(m, base, stiffness)))
		return RECOVER_PAIN_OK + 1;
	return 0;
}

/* 1 when the run on day counts as a walk-run session of ep. */
static int
is_session_day(const struct episode *ep, int32_t day)
{
	return day > ep->start && day >= ep->protect_from && day <= ep->walkrun_done &&
	       !(ep->flag_until != INT32_MIN && day < ep->flag_until);
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
	for (size_t i = runs_from(in, ep->start + 1); i < in->nruns && k < max; i++) {
		const struct episode_run *r = &in->runs[i];
		if (r->day > last)
			break;
		if (!is_session_day(ep, r->day))
			continue;
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
		      const struct episode *ep, int red_flag, enum units units)
{
	memset(out, 0, sizeof(*out));
	out->start = ep->start;
	out->protect_from = ep->protect_from;
	out->units = units;
	out->red_flag = red_flag;
	out->previous_sprain = in->previous_sprain;
	for (size_t i = 0; i < in->nlogs && in->logs[i].day < ep->start; i++)
		out->previous_sprain |= in->logs[i].rolled;
	out->brace_or_tape = in->brace_or_tape;
	out->acute_sprain = ep->rolled;
	out->protect_days = ep->protect_days;
}

/* The weekly distance the re-entry starts from: the last 7 days of the
 * walk-run return, at least two phase-6 sessions. */
static double
walkrun_week(const struct episode_input *in, const struct episode *ep)
{
	double w = episode_run_sum(in, ep->walkrun_done - 6, ep->walkrun_done, NULL);
	double floor = 2 * recover_phase_get(RECOVER_PHASES)->distance_m;

	return w > floor ? w : floor;
}

void
episode_reentry(struct recover_reentry *out, const struct episode_input *in,
		const struct episode *ep, int32_t day)
{
	recover_reentry_init(out, ep->walkrun_done + 1, walkrun_week(in, ep), ep->before_week_m);
	for (int32_t t = ep->walkrun_done + 1; t <= day; t++)
		if (recover_reentry_day(out, t, t < day ? flare_on(in, ep->side, t) : 0))
			break;
	/* today's own flare counts from tomorrow: what today holds is known */
	if (out->week <= out->weeks && day > ep->walkrun_done) {
		int f = flare_on(in, ep->side, day);
		if (f)
			recover_reentry_day(out, day, f);
	}
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

/* A red flag of log l joins the episode: no run counts until it is
 * resolved. */
static void
flag_joins(struct episode *ep, const struct episode_input *in, const struct ankle_log *l)
{
	int32_t until = redflag_resolved_on(l, in->logs, in->nlogs, in->consults, in->nconsults);

	if (until > l->day && (ep->flag_until == INT32_MIN || until > ep->flag_until))
		ep->flag_until = until;
}

size_t
episode_find(struct episode *out, size_t max, const struct episode_input *in, int32_t day)
{
	struct replay rp;
	struct recover_reentry re;
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
		if (t > day)
			break;
		while (ri < in->nruns && in->runs[ri].day < t)
			ri++;
		first_today = ri;
		while (ri < in->nruns && in->runs[ri].day == t)
			ri++;
		activity = ri > first_today || (li < in->nlogs && in->logs[li].day == t);
		if (cur) {
			const struct recovery_record *row = row_of(in, cur->start);
			if (cur->flag_until != INT32_MIN && t == cur->flag_until) {
				/* resolved: back to the protect days */
				cur->flag_until = INT32_MIN;
				cur->protect_from = t;
				cur->walkrun_done = INT32_MAX;
				replay_reset(&rp);
			}
			if (row && row->ended != INT32_MIN && row->ended <= t) {
				cur->end = row->ended > cur->start ? row->ended : cur->start;
				cur->ended_early = 1;
				cur = NULL;
			} else if (cur->flag_until != INT32_MIN) {
				; /* a red flag stands: nothing counts */
			} else if (cur->walkrun_done == INT32_MAX) {
				if (t >= cur->protect_from && t > cur->start)
					replay_add(&rp, in, cur, first_today, ri, day);
				if (activity && complete_on(&rp, t)) {
					cur->walkrun_done = t;
					recover_reentry_init(&re, t + 1, walkrun_week(in, cur),
							     cur->before_week_m);
				}
			} else if (recover_reentry_day(&re, t,
						       t < day ? flare_on(in, cur->side, t) : 0)) {
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
			if (cur && !(today_acute_event(l) && t > cur->start)) {
				if (t == cur->start && l->rolled)
					cur->rolled = 1;
				if (ankle_log_red_flag(l)) {
					flag_joins(cur, in, l);
					if (cur->flag_until != INT32_MIN)
						cur->walkrun_done = INT32_MAX;
				}
				continue;
			}
			if (cur) /* design choice: a new acute event begins another */
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
			cur->rolled = l->rolled;
			cur->log_id = l->id;
			cur->protect_from = t;
			cur->flag_until = INT32_MIN;
			cur->walkrun_done = INT32_MAX;
			cur->before_week_m = episode_run_sum(in, t - EPISODE_BEFORE, t - 1, NULL) *
					     7.0 / EPISODE_BEFORE;
			if (ankle_log_red_flag(l))
				flag_joins(cur, in, l);
			row = row_of(in, t);
			cur->has_row = row != NULL;
			cur->protect_days = row ? row->protect_days : RECOVER_PROTECT_MAX;
			replay_reset(&rp);
		}
		if (!cur && li == in->nlogs)
			break; /* nothing more can begin or end */
	}
	free(rp.s);
	return n;
}

/* The log that began ep. */
static const struct ankle_log *
opening_log(const struct episode_input *in, const struct episode *ep)
{
	for (size_t i = logs_after(in, ep->start - 1); i < in->nlogs && in->logs[i].day == ep->start;
	     i++)
		if (in->logs[i].id == ep->log_id)
			return &in->logs[i];
	return NULL;
}

static int
pain_of(const struct ankle_log *l)
{
	return l->pain > l->morning_pain ? l->pain : l->morning_pain;
}

int
episode_worse(char *msg, size_t n, const struct episode_input *in, const struct episode *ep,
	      int32_t day)
{
	const struct ankle_log *base = opening_log(in, ep), *last3[3] = { NULL, NULL, NULL };
	int32_t from = ep->start + ep->protect_days, seen = INT32_MIN;
	size_t k = 0;
	char a[11], b[11];

	if (!base)
		return 0;
	/* after a consultation, the latest log on or before it */
	for (size_t i = 0; i < in->nconsults; i++) {
		const struct consult *c = &in->consults[i];
		if ((c->side == ep->side || c->side == SIDE_BOTH) && c->day >= ep->start &&
		    c->day <= day && c->day > seen)
			seen = c->day;
	}
	for (size_t i = 0; i < in->nlogs && in->logs[i].day <= day; i++) {
		const struct ankle_log *l = &in->logs[i];
		if (l->side != ep->side || l->day < ep->start)
			continue;
		if (seen != INT32_MIN && l->day <= seen) {
			base = l;
			continue;
		}
		if (l->day < from)
			continue;
		last3[0] = last3[1];
		last3[1] = last3[2];
		last3[2] = l;
		k++;
	}
	if (!k)
		return 0;
	if (pain_of(last3[2]) > pain_of(base) && pain_of(base) >= 0) {
		snprintf(msg, n, "%s ankle: pain %d/10 on %s, more than the %d/10 of %s, "
			 "despite self-care: see a clinician", side_name(ep->side),
			 pain_of(last3[2]), date_format(a, last3[2]->day), pain_of(base),
			 date_format(b, base->day));
		return 1;
	}
	if (last3[2]->swelling > base->swelling && base->swelling >= SWELL_NONE) {
		snprintf(msg, n, "%s ankle: %s swelling on %s, more than the %s swelling of %s, "
			 "despite self-care: see a clinician", side_name(ep->side),
			 swelling_name(last3[2]->swelling), date_format(a, last3[2]->day),
			 swelling_name(base->swelling), date_format(b, base->day));
		return 1;
	}
	if (k >= 3 && last3[2]->day - last3[0]->day >= EPISODE_F6_SPAN) {
		int rising_pain = pain_of(last3[0]) >= 0 && pain_of(last3[1]) > pain_of(last3[0]) &&
				  pain_of(last3[2]) > pain_of(last3[1]);
		int rising_swell = last3[0]->swelling >= SWELL_NONE &&
				   last3[1]->swelling > last3[0]->swelling &&
				   last3[2]->swelling > last3[1]->swelling;
		if (rising_pain || rising_swell) {
			snprintf(msg, n, "%s ankle: %s rising over the last three logs, %s to %s, "
				 "despite self-care: see a clinician", side_name(ep->side),
				 rising_pain ? "pain" : "swelling", date_format(a, last3[0]->day),
				 date_format(b, last3[2]->day));
			return 1;
		}
	}
	return 0;
}

int
episode_holds(const struct episode *eps, size_t n, int32_t day)
{
	for (size_t i = 0; i < n; i++)
		if (eps[i].start <= day && day < eps[i].end && day <= eps[i].walkrun_done)
			return 1;
	return 0;
}
