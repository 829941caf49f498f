/* programme.c - the 8-week prevention programme: building, progression,
 * adherence, the day's session and the HTML and iCalendar renderings.
 * See programme.h for the invariants. Pure: no I/O, no clock.
 */
#include "core/programme.h"
#include "util/date.h"

#include <stdio.h>
#include <string.h>

/* The order exercises appear in within a session: mobility first, then
 * balance and the drills while fresh, then strength (design choice). */
static const int session_order[] = {
	EX_ANKLE_CIRCLES, EX_SINGLE_LEG_BALANCE, EX_HOP_DRILLS, EX_SKIP_DRILLS,
	EX_CALF_RAISE, EX_BAND_DORSIFLEXION, EX_BAND_PLANTARFLEXION,
	EX_BAND_INVERSION, EX_BAND_EVERSION,
};
#define N_ORDER (sizeof(session_order) / sizeof(session_order[0]))

void
programme_levels_init(struct programme_levels *lv)
{
	for (int e = 0; e < EX__COUNT; e++)
		lv->level[e][LIMB_LEFT] = lv->level[e][LIMB_RIGHT] = 1;
}

static int
clamp_level(int ex, int lv)
{
	int n = exercise_get(ex)->n_levels;

	return lv < 1 ? 1 : lv > n ? n : lv;
}

/* Design choice: +1 set on the weaker side, and on a side where a test
 * this exercise works on came out weak. Done with both legs together, an
 * exercise gets the set only for a weak test (either side). */
static int
extra_set(const struct assess_weak *w, int ex, int side)
{
	unsigned targets = exercise_get(ex)->targets;

	if (side == LIMB_BOTH)
		return ((w->mask[LIMB_LEFT] | w->mask[LIMB_RIGHT]) & targets) != 0;
	return w->weaker == side || (w->mask[side] & targets) != 0;
}

int
programme_dose(struct programme_item *out, const struct programme *prog, int ex,
	     int side, int level)
{
	const struct ex_level *lv = exercise_level(ex, level);

	if (!lv || side < LIMB_LEFT || side > LIMB_BOTH)
		return -1;
	out->ex = ex;
	out->side = side;
	out->level = level;
	out->extra = exercise_get(ex)->role == EX_ROLE_PROGRAMME &&
		extra_set(&prog->weak, ex, side);
	out->sets = lv->sets + out->extra;
	out->reps = lv->reps;
	out->hold_s = lv->hold_s;
	out->rest_s = lv->rest_s;
	return 0;
}

/* Adds ex at the levels lv: one item done with both legs, or one per
 * side. */
static void
add_items(struct programme_session *s, const struct programme *prog, int ex,
	  const struct programme_levels *lv)
{
	int l = clamp_level(ex, lv->level[ex][LIMB_LEFT]);
	int r = clamp_level(ex, lv->level[ex][LIMB_RIGHT]);

	if (!exercise_level(ex, l)->per_side ||
	    !exercise_level(ex, r)->per_side) {
		programme_dose(&s->item[s->n_items++], prog, ex, LIMB_BOTH,
			     l < r ? l : r);
		return;
	}
	programme_dose(&s->item[s->n_items++], prog, ex, LIMB_LEFT, l);
	programme_dose(&s->item[s->n_items++], prog, ex, LIMB_RIGHT, r);
}

static void
fill_session(struct programme_session *s, const struct programme *prog,
	     const struct programme_levels *lv)
{
	s->n_items = 0;
	for (size_t i = 0; i < N_ORDER; i++) {
		int ex = session_order[i];

		if (s->week < exercise_get(ex)->first_week)
			continue;
		/* Design choice: hops and skips alternate, so that a later
		 * session holds 8 exercises (P1). */
		if (ex == EX_HOP_DRILLS && (s->index - 1) % 2)
			continue;
		if (ex == EX_SKIP_DRILLS && (s->index - 1) % 2 == 0)
			continue;
		add_items(s, prog, ex, lv);
	}
}

static int
bits(unsigned v)
{
	int n = 0;

	for (; v; v &= v - 1)
		n++;
	return n;
}

int
programme_build(struct programme *out, const struct programme_params *p,
	      const struct programme_levels *levels, struct talus_err *err)
{
	struct programme_levels one;
	unsigned mask = p->weekday_mask;
	int k = 0;

	if (mask && (mask > 0x7F || bits(mask) != PROGRAMME_PER_WEEK))
		return err_set(err, TALUS_EINVAL,
			       "the programme needs exactly 3 weekdays");
	if (p->long_run_weekday < -1 || p->long_run_weekday > 6)
		return err_set(err, TALUS_EINVAL, "long-run weekday %d is not "
			       "0 (Monday) to 6 (Sunday)", p->long_run_weekday);
	if (!mask) {
		/* Design choice: Mon/Wed/Fri, or Tue/Thu/Sat when the long
		 * run falls on one of those days. */
		int l = p->long_run_weekday;

		mask = (l == 0 || l == 2 || l == 4) ? 0x2A : 0x15;
	}
	memset(out, 0, sizeof(*out));
	out->start = p->start;
	if (p->weak)
		out->weak = *p->weak;
	else
		out->weak.weaker = LIMB_NONE;
	for (int wd = 0; wd < 7; wd++)
		if (mask & (1u << wd))
			out->weekday[k++] = wd;
	if (!levels) {
		programme_levels_init(&one);
		levels = &one;
	}
	for (int e = 0; e < EX__COUNT; e++)
		for (int sd = LIMB_LEFT; sd <= LIMB_RIGHT; sd++)
			out->initial.level[e][sd] =
				clamp_level(e, levels->level[e][sd]);
	levels = &out->initial;

	k = 0;
	for (int w = 1; w <= PROGRAMME_WEEKS; w++) {
		int32_t ws = p->start + 7 * (w - 1);
		int n_in_week = 0;

		for (int off = 0; off < 7; off++) {
			struct programme_session *s;

			if (!(mask & (1u << day_weekday(ws + off))))
				continue;
			s = &out->session[k++];
			s->day = ws + off;
			s->week = w;
			s->index = k;
			n_in_week++;
			s->retest = n_in_week == PROGRAMME_PER_WEEK &&
				(w == PROGRAMME_RETEST_A || w == PROGRAMME_RETEST_B);
			fill_session(s, out, levels);
		}
	}
	return 0;
}

void
programme_relevel(struct programme *prog, const struct programme_levels *lv,
		int32_t from_day)
{
	for (int i = 0; i < PROGRAMME_SESSIONS; i++)
		if (prog->session[i].day >= from_day)
			fill_session(&prog->session[i], prog, lv);
}

void
programme_project(struct programme *prog, const struct programme_progress *pr,
		  int32_t from_day)
{
	struct programme_levels cur = pr ? pr->levels : prog->initial;
	int st[EX__COUNT][2];

	if (pr)
		memcpy(st, pr->streak, sizeof(st));
	else
		memset(st, 0, sizeof(st));
	for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
		struct programme_session *s = &prog->session[i];
		int seen[EX__COUNT][2];

		if (s->day < from_day)
			continue;
		fill_session(s, prog, &cur);
		s->projected = 1;
		memset(seen, 0, sizeof(seen));
		for (int k = 0; k < s->n_items; k++) {
			const struct programme_item *it = &s->item[k];
			const struct exercise *x = exercise_get(it->ex);

			for (int side = LIMB_LEFT; side <= LIMB_RIGHT; side++) {
				int *l = &cur.level[it->ex][side];

				if ((it->side != LIMB_BOTH && it->side != side) ||
				    seen[it->ex][side]++)
					continue;
				if (++st[it->ex][side] >= x->up_after &&
				    *l < x->n_levels) {
					(*l)++;
					st[it->ex][side] = 0;
				}
			}
		}
	}
}

enum programme_rating
programme_rating_for_pain(enum programme_rating r, int pain)
{
	if (pain > PROGRAMME_PAIN_OK)
		return RATED_HARD;
	if (pain >= 0 && r == RATED_UNKNOWN)
		return RATED_OK;
	return r;
}

int
programme_session_on(struct programme_session *out, const struct programme *prog,
		   const struct programme_levels *lv, int32_t day)
{
	for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
		if (prog->session[i].day != day)
			continue;
		*out = prog->session[i];
		fill_session(out, prog, lv);
		return 1;
	}
	return 0;
}

static int
session_has(const struct programme_session *s, int ex)
{
	for (int i = 0; i < s->n_items; i++)
		if (s->item[i].ex == ex)
			return 1;
	return 0;
}

/* Whether a logged entry did the full prescribed dose for side. */
static int
full_dose(const struct programme *prog, const struct programme_log *e, int ex,
	  int side, int level)
{
	struct programme_item want;

	if (programme_dose(&want, prog, ex, side, level) < 0)
		return 0;
	if (e->sets < want.sets)
		return 0;
	if (want.hold_s > 0)
		return e->hold_s >= want.hold_s;
	return e->reps >= want.reps;
}

int
programme_progress(struct programme_progress *out, const struct programme *prog,
		 const struct programme_log *log, size_t n, int32_t today,
		 int flare_active, struct talus_err *err)
{
	int32_t last_counted[EX__COUNT][2], last_done[EX__COUNT];
	int32_t last_any = INT32_MIN;
	int32_t end = prog->start + 7 * PROGRAMME_WEEKS;

	memset(out, 0, sizeof(*out));
	out->levels = prog->initial;
	for (int e = 0; e < EX__COUNT; e++) {
		last_counted[e][0] = last_counted[e][1] = INT32_MIN;
		last_done[e] = INT32_MIN;
	}
	out->paused = flare_active != 0;
	out->week = today < prog->start ? 0 : today >= end ? PROGRAMME_WEEKS + 1 :
		(today - prog->start) / 7 + 1;

	for (size_t i = 0; i < n; i++) {
		const struct programme_log *e = &log[i];
		int ex = exercise_index(e->exercise ? e->exercise : "");

		if (ex < 0)
			return err_set(err, TALUS_EINVAL,
				       "unknown exercise '%s'",
				       e->exercise ? e->exercise : "");
		if (e->side < LIMB_LEFT || e->side > LIMB_BOTH)
			return err_set(err, TALUS_EINVAL,
				       "entry %zu: side must be left, right or "
				       "both", i + 1);
		if (i && e->day < log[i - 1].day)
			return err_set(err, TALUS_EINVAL,
				       "entry %zu: the log is not in day order",
				       i + 1);
	}

	for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
		const struct programme_session *s = &prog->session[i];

		if (s->day > today)
			break;
		out->sessions_due++;
		for (int e = 0; e < EX__COUNT; e++)
			out->due[e] += session_has(s, e);
	}

	for (size_t i = 0; i < n; i++) {
		const struct programme_log *e = &log[i];
		int ex = exercise_index(e->exercise);
		const struct exercise *x = exercise_get(ex);

		if (e->day > today || e->day < prog->start)
			continue;
		if (x->role == EX_ROLE_PROGRAMME) {
			if (e->day != last_any)
				out->sessions_done++;
			last_any = e->day;
		}
		if (e->day != last_done[ex])
			out->done[ex]++;
		last_done[ex] = e->day;
		if (e->during_flare)
			continue; /* paused: neither counts nor resets */

		for (int side = LIMB_LEFT; side <= LIMB_RIGHT; side++) {
			int cur = out->levels.level[ex][side];
			int qualifies;

			if (e->side != LIMB_BOTH && e->side != side)
				continue;
			if (e->level && e->level != cur)
				continue; /* another level: not this one's */
			if (last_counted[ex][side] == e->day)
				continue; /* once a day */
			last_counted[ex][side] = e->day;
			qualifies = !e->lost_balance &&
				(e->rating == RATED_EASY ||
				 e->rating == RATED_OK) &&
				full_dose(prog, e, ex, exercise_level(ex, cur)->
					  per_side ? side : LIMB_BOTH, cur);
			if (!qualifies) {
				out->streak[ex][side] = 0;
				continue;
			}
			if (++out->streak[ex][side] >= x->up_after &&
			    cur < x->n_levels) {
				out->levels.level[ex][side] = cur + 1;
				out->streak[ex][side] = 0;
			}
		}
	}
	for (int e = 0; e < EX__COUNT; e++)
		if (out->done[e] > out->due[e] &&
		    exercise_get(e)->role == EX_ROLE_PROGRAMME)
			out->done[e] = out->due[e];
	if (out->sessions_done > out->sessions_due)
		out->sessions_done = out->sessions_due;
	return 0;
}

size_t
programme_run_day_items(struct programme_item *out, size_t max, enum ex_role role)
{
	static const struct programme dummy = { .weak = { { 0, 0 }, LIMB_NONE } };
	size_t k = 0;

	for (int e = 0; e < EX__COUNT && k < max; e++) {
		const struct exercise *x = exercise_get(e);

		if (x->role != role)
			continue;
		/* One item for both sides; the dose text says "each side"
		 * when the level is done one side at a time. */
		programme_dose(&out[k++], &dummy, e, LIMB_BOTH, 1);
	}
	return k;
}

int
programme_retest_due(const struct programme *prog, int32_t day,
		   int32_t last_assess_day)
{
	static const int weeks[] = { PROGRAMME_RETEST_B, PROGRAMME_RETEST_A };

	for (size_t i = 0; i < 2; i++) {
		int w = weeks[i];
		const struct programme_session *s =
			&prog->session[w * PROGRAMME_PER_WEEK - 1];

		if (day >= s->day && last_assess_day < prog->start + 7 * (w - 1))
			return w;
	}
	return 0;
}

void
programme_today(struct programme_today *out, const struct programme *prog,
	      const struct programme_progress *pr, int32_t day, int is_run_day,
	      int32_t last_assess_day)
{
	char buf[16];

	memset(out, 0, sizeof(*out));
	out->paused = pr->paused;
	out->has_session = programme_session_on(&out->session, prog, &pr->levels,
					      day);
	out->retest_week = programme_retest_due(prog, day, last_assess_day);
	if (is_run_day) {
		out->n_warmup = (int)programme_run_day_items(out->warmup,
			PROGRAMME_MAX_RUN_ITEMS, EX_ROLE_WARMUP);
		out->n_stretch = (int)programme_run_day_items(out->stretch,
			PROGRAMME_MAX_RUN_ITEMS, EX_ROLE_STRETCH);
	}
	if (out->paused) {
		out->rule = "A1; design choice";
		snprintf(out->message, sizeof(out->message),
			 "a flare-up is logged: progression is paused and "
			 "levels stay as they are. Skip the session during the "
			 "protect days (A1) and any exercise that hurts; follow "
			 "talus recover");
	} else if (out->has_session) {
		out->rule = "P1";
		snprintf(out->message, sizeof(out->message),
			 "programme session %d of %d (week %d)%s",
			 out->session.index, PROGRAMME_SESSIONS,
			 out->session.week,
			 out->session.retest ? "; re-test afterwards" : "");
	} else if (day < prog->start) {
		out->rule = "P1";
		snprintf(out->message, sizeof(out->message),
			 "the programme starts on %s",
			 date_format(buf, prog->start));
	} else if (day >= prog->start + 7 * PROGRAMME_WEEKS) {
		out->rule = "P1";
		snprintf(out->message, sizeof(out->message),
			 "the 8-week programme is complete");
	} else {
		out->rule = "P1";
		snprintf(out->message, sizeof(out->message),
			 "no programme session today");
	}
}

const char *
programme_rating_str(enum programme_rating r)
{
	switch (r) {
	case RATED_EASY:
		return "easy";
	case RATED_OK:
		return "ok";
	case RATED_HARD:
		return "hard";
	case RATED_UNKNOWN:
		break;
	}
	return "unknown";
}

enum programme_rating
programme_rating_of(const char *s)
{
	for (int r = RATED_EASY; r <= RATED_HARD; r++)
		if (!strcmp(s, programme_rating_str((enum programme_rating)r)))
			return (enum programme_rating)r;
	return RATED_UNKNOWN;
}


void
programme_prescribe(struct programme_entry *e, const struct programme *prog,
		  const struct programme_levels *lv, int ex)
{
	struct programme_item want;

	e->sets = e->reps = e->hold_s = 0;
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
		int level = e->level ? e->level : lv->level[ex][s];
		const struct ex_level *l = exercise_level(ex, level);
		if (e->side != LIMB_BOTH && e->side != s)
			continue;
		if (!l || programme_dose(&want, prog, ex, l->per_side ? s : LIMB_BOTH, level))
			continue;
		if (want.sets > e->sets)
			e->sets = want.sets;
		e->reps = want.reps;
		e->hold_s = want.hold_s;
	}
}
