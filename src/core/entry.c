/* entry.c - entries typed in, field by field (see entry.h). */
#include "core/entry.h"
#include "core/exercise.h"
#include "util/date.h"
#include "util/names.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const run_surface[] = { "road", "trail", "track", "treadmill", NULL };
static const char *const run_side[] = { "left", "right", "both", NULL };
static const char *const ankle_side[] = { "left", "right", NULL };
static const char *const ankle_swell[] = { "none", "mild", "moderate", "severe", NULL };
static const char *const ankle_wb[] = { "ok", "painful", "unable", NULL };
static const char *const ankle_site[] = { "lateral-malleolus", "medial-malleolus",
					  "fifth-metatarsal", "navicular", NULL };
static const char *const ex_rating[] = { "easy", "ok", "hard", NULL };
static const char *const rf_none[] = { "none", NULL };
static const char *const seen_by[] = { "clinician", "physio", NULL };

const struct entry_field entry_run_fields[] = {
	[ER_DATE] = { "date", ENTRY_DATETIME, 0, 0, NULL, 1, "Date (and time)" },
	[ER_DIST] = { "distance", ENTRY_DIST, 0, 0, NULL, 1, "Distance" },
	[ER_DUR] = { "duration", ENTRY_DURATION, 0, 0, NULL, 0, "Duration ([H:]MM:SS)" },
	[ER_SHOE] = { "shoe", ENTRY_TEXT, 0, 0, NULL, 0, "Shoe" },
	[ER_SURF] = { "surface", ENTRY_CHOICE, 0, 0, run_surface, 0, "Surface" },
	[ER_RPE] = { "rpe", ENTRY_INT, 0, 10, NULL, 0, "Effort, RPE (0-10)" },
	[ER_PD] = { "pain-during", ENTRY_INT, 0, 10, NULL, 0, "Pain during (0-10)" },
	[ER_PA] = { "pain-after", ENTRY_INT, 0, 10, NULL, 0, "Pain after (0-10)" },
	[ER_SIDE] = { "side", ENTRY_CHOICE, 0, 0, run_side, 0, "Side of the pain" },
	[ER_NOTE] = { "note", ENTRY_TEXT, 0, 0, NULL, 0, "Note" },
	{ 0 },
};

const struct entry_field entry_ankle_fields[] = {
	[EA_DATE] = { "date", ENTRY_DATE, 0, 0, NULL, 1, "Date" },
	[EA_SIDE] = { "side", ENTRY_CHOICE, 0, 0, ankle_side, 1, "Side" },
	[EA_PAIN] = { "pain", ENTRY_INT, 0, 10, NULL, 0, "Pain now (0-10)" },
	[EA_MPAIN] = { "morning-pain", ENTRY_INT, 0, 10, NULL, 0, "Morning pain (0-10)" },
	[EA_STIFF] = { "stiffness", ENTRY_INT, 0, 10, NULL, 0, "Stiffness (0-10)" },
	[EA_SWELL] = { "swelling", ENTRY_CHOICE, 0, 0, ankle_swell, 0, "Swelling" },
	[EA_GIVE] = { "giving-way", ENTRY_INT, 0, 100, NULL, 0,
		      "Times it gave way since the last log" },
	[EA_ROLLED] = { "rolled", ENTRY_FLAG, 0, 0, NULL, 0, "It rolled" },
	[EA_WB] = { "weight-bearing", ENTRY_CHOICE, 0, 0, ankle_wb, 0,
		    "Standing and walking on it" },
	[EA_TENDER] = { "tender", ENTRY_LIST, 0, 0, ankle_site, 0,
			"Bone tender to touch at" },
	[EA_NUMB] = { "numb", ENTRY_FLAG, 0, 0, NULL, 0, "The foot is numb or tingling" },
	[EA_COLD] = { "cold-or-discoloured", ENTRY_FLAG, 0, 0, NULL, 0,
		      "The foot is cold, pale or blue" },
	[EA_DEFORM] = { "deformity", ENTRY_FLAG, 0, 0, NULL, 0,
			"The ankle looks out of shape" },
	[EA_CRACK] = { "crack", ENTRY_FLAG, 0, 0, NULL, 0,
		       "A crack or pop was heard at the injury" },
	[EA_ACHILLES] = { "achilles-snap", ENTRY_FLAG, 0, 0, NULL, 0,
			  "A snap at the back of the heel, as if kicked" },
	[EA_FEVER] = { "hot-swollen-fever", ENTRY_FLAG, 0, 0, NULL, 0,
		       "Hot, swollen joint with a fever" },
	[EA_BONE] = { "bone-pain-worsening", ENTRY_FLAG, 0, 0, NULL, 0,
		      "Pain on one spot of a bone, getting worse" },
	/* a choice of one word: a tick box on a form (render/page.c) */
	[EA_RFNONE] = { "red-flags", ENTRY_CHOICE, 0, 0, rf_none, 0,
			"None of these applies now: I checked each one" },
	[EA_NOTE] = { "note", ENTRY_TEXT, 0, 0, NULL, 0, "Note" },
	{ 0 },
};

const struct entry_field entry_exercise_fields[] = {
	[EX_DATE] = { "date", ENTRY_DATE, 0, 0, NULL, 1, "Date" },
	[EX_EX] = { "exercise", ENTRY_TEXT, 0, 0, NULL, 1, "Exercise" },
	[EX_SIDE] = { "side", ENTRY_CHOICE, 0, 0, run_side, 0, "Side" },
	[EX_SETS] = { "sets", ENTRY_INT, 1, ENTRY_LOG_SETS_MAX, NULL, 0, "Sets" },
	[EX_REPS] = { "reps", ENTRY_INT, 1, ENTRY_LOG_REPS_MAX, NULL, 0, "Reps" },
	[EX_HOLD] = { "hold", ENTRY_INT, 1, ENTRY_LOG_HOLD_MAX, NULL, 0, "Hold (s)" },
	[EX_LEVEL] = { "level", ENTRY_TEXT, 0, 0, NULL, 0, "Level" },
	[EX_LOST] = { "lost-balance", ENTRY_FLAG, 0, 0, NULL, 0, "Lost balance" },
	[EX_RATING] = { "rating", ENTRY_CHOICE, 0, 0, ex_rating, 0, "How it felt" },
	{ 0 },
};

const struct entry_field entry_seen_fields[] = {
	[ES_DATE] = { "date", ENTRY_DATE, 0, 0, NULL, 1, "Date of the consultation",
		      "missing --date YYYY-MM-DD (the day of the consultation)" },
	[ES_SIDE] = { "side", ENTRY_CHOICE, 0, 0, run_side, 1, "Which ankle", NULL },
	[ES_BY] = { "by", ENTRY_CHOICE, 0, 0, seen_by, 0, "Seen by (clinician unless you say)",
		    NULL },
	[ES_NOTE] = { "note", ENTRY_TEXT, 0, 0, NULL, 0, "Note (what was said)", NULL },
	{ 0 },
};

static int
date_error(const struct entry_field *f, const char *s, int rc, const char *expected,
	   struct talus_err *err)
{
	if (rc == DATE_ENODAY)
		return err_set(err, TALUS_EINVAL, "invalid --%s '%s': no such day", f->name, s);
	if (rc == DATE_ERANGE)
		return err_set(err, TALUS_EINVAL, "invalid --%s '%s': talus takes the years "
			       "1900 to 2200", f->name, s);
	return err_set(err, TALUS_EINVAL, "invalid --%s '%s': expected %s", f->name, s,
		       expected);
}

int
entry_parse(struct entry_value *v, const struct entry_field *f, const char *s,
	    enum units units, struct talus_err *err)
{
	char ch[256], lim[24];
	char *end;
	int rc, i;

	v->set = 1;
	v->str = s;
	switch (f->kind) {
	case ENTRY_TEXT:
		if (strlen(s) > NOTE_MAX)
			return err_set(err, TALUS_EINVAL, "invalid --%s: at most %d bytes", f->name,
				       NOTE_MAX);
		break;
	case ENTRY_INT:
		errno = 0;
		v->num = strtol(s, &end, 10);
		if (!*s || *end || errno)
			return err_set(err, TALUS_EINVAL,
				       "invalid --%s '%s': expected a whole number from %ld to %ld",
				       f->name, s, f->min, f->max);
		if (v->num < f->min || v->num > f->max)
			return err_set(err, TALUS_EINVAL, "invalid --%s '%s': must be from %ld to %ld",
				       f->name, s, f->min, f->max);
		break;
	case ENTRY_DATE:
		if ((rc = date_parse(&v->day, s)))
			return date_error(f, s, rc, "a date as YYYY-MM-DD", err);
		v->sec = -1;
		break;
	case ENTRY_DATETIME:
		if ((rc = datetime_parse(&v->day, &v->sec, s)))
			return date_error(f, s, rc, "YYYY-MM-DD or YYYY-MM-DDTHH:MM", err);
		break;
	case ENTRY_DURATION:
		if (duration_parse(&v->secs, s) || v->secs <= 0 || v->secs > 7 * 86400)
			return err_set(err, TALUS_EINVAL,
				       "invalid --%s '%s': expected H:MM:SS or MM:SS "
				       "(more than 0, at most a week)", f->name, s);
		break;
	case ENTRY_DIST:
		if (distance_parse(&v->m, s, units))
			return err_set(err, TALUS_EINVAL,
				       "invalid --%s '%s': expected a distance such as 8.5km, "
				       "5mi, 8500m or a number in %s", f->name, s, units_name(units));
		if (v->m <= 0)
			return err_set(err, TALUS_EINVAL, "invalid --%s '%s': must be more than 0",
				       f->name, s);
		if (v->m > ENTRY_RUN_MAX_M)
			return err_set(err, TALUS_EINVAL, "invalid --%s '%s': must be at most %s",
				       f->name, s, distance_format(lim, ENTRY_RUN_MAX_M, UNITS_KM));
		break;
	case ENTRY_CHOICE:
	case ENTRY_LIST:
		if ((i = names_index(f->choices, -1, s)) < 0) {
			names_join(ch, sizeof(ch), f->choices);
			return err_set(err, TALUS_EINVAL, "invalid --%s '%s': expected one of %s",
				       f->name, s, ch);
		}
		v->choice = i;
		v->bits |= 1u << i;
		break;
	case ENTRY_FLAG:
	case ENTRY_END:
		break;
	}
	return 0;
}

int
entry_missing(const struct entry_field *f, struct talus_err *err)
{
	char ch[256];

	if (f->missing)
		return err_set(err, TALUS_EINVAL, "%s", f->missing);
	switch (f->kind) {
	case ENTRY_DATETIME:
		return err_set(err, TALUS_EINVAL, "missing --%s YYYY-MM-DD[THH:MM]", f->name);
	case ENTRY_DATE:
		return err_set(err, TALUS_EINVAL, "missing --%s YYYY-MM-DD", f->name);
	case ENTRY_DIST:
		return err_set(err, TALUS_EINVAL, "missing --%s D", f->name);
	case ENTRY_CHOICE:
		names_join(ch, sizeof(ch), f->choices);
		return err_set(err, TALUS_EINVAL, "missing --%s %s", f->name, ch);
	default:
		if (!strcmp(f->name, "exercise"))
			return err_set(err, TALUS_EINVAL,
				       "missing --exercise ID (see docs/exercises.md)");
		return err_set(err, TALUS_EINVAL, "missing --%s", f->name);
	}
}

/* Noon of day in the given offset: the start of a run typed without a
 * time. */
void
entry_run(struct run_entry *r, const struct entry_value *v)
{
	run_entry_init(r);
	r->a.sport = SPORT_RUN;
	r->day = v[ER_DATE].day;
	r->a.distance_m = v[ER_DIST].m;
	if (v[ER_DUR].set)
		r->a.elapsed_s = r->a.moving_s = v[ER_DUR].secs;
	if (v[ER_SURF].set)
		r->a.surface = (enum surface)(v[ER_SURF].choice + 1);
	if (v[ER_RPE].set)
		r->rpe = (int)v[ER_RPE].num;
	if (v[ER_PD].set)
		r->pain_during = (int)v[ER_PD].num;
	if (v[ER_PA].set)
		r->pain_after = (int)v[ER_PA].num;
	if (v[ER_SIDE].set)
		r->side = (enum side)(v[ER_SIDE].choice + 1);
	if (v[ER_NOTE].set)
		snprintf(r->note, sizeof(r->note), "%s", v[ER_NOTE].str);
}

void
entry_ankle(struct ankle_log *l, const struct entry_value *v)
{
	ankle_log_init(l);
	l->day = v[EA_DATE].day;
	l->side = (enum side)(v[EA_SIDE].choice + 1);
	if (v[EA_PAIN].set)
		l->pain = (int)v[EA_PAIN].num;
	if (v[EA_MPAIN].set)
		l->morning_pain = (int)v[EA_MPAIN].num;
	if (v[EA_STIFF].set)
		l->stiffness = (int)v[EA_STIFF].num;
	if (v[EA_SWELL].set)
		l->swelling = (enum swelling)v[EA_SWELL].choice;
	l->giving_way = v[EA_GIVE].set ? (int)v[EA_GIVE].num : 0;
	l->rolled = v[EA_ROLLED].set;
	if (v[EA_WB].set)
		l->weight_bearing = (enum weight_bearing)v[EA_WB].choice;
	for (int i = 0; i < TENDER_SITE_COUNT; i++)
		if (v[EA_TENDER].bits & (1u << i)) {
			int bit;
			tender_site_parse(&bit, ankle_site[i]);
			l->tender |= bit;
		}
	l->numb = v[EA_NUMB].set;
	l->cold_or_discoloured = v[EA_COLD].set;
	l->deformity = v[EA_DEFORM].set;
	l->crack = v[EA_CRACK].set;
	l->achilles_snap = v[EA_ACHILLES].set;
	l->hot_swollen_fever = v[EA_FEVER].set;
	l->bone_pain_worsening = v[EA_BONE].set;
	if (v[EA_NOTE].set && v[EA_NOTE].str[0])
		l->note = (char *)v[EA_NOTE].str;
}

int
entry_red_flags_none(struct ankle_log *l, struct talus_err *err)
{
	/* The command line's options that show a red flag, in its order. */
	const struct {
		int set;
		const char *opt;
	} shown[] = {
		{ l->tender != 0, "--tender" },
		{ l->numb, "--numb" },
		{ l->cold_or_discoloured, "--cold-or-discoloured" },
		{ l->deformity, "--deformity" },
		{ l->crack, "--crack" },
		{ l->achilles_snap, "--achilles-snap" },
		{ l->hot_swollen_fever, "--hot-swollen-fever" },
		{ l->bone_pain_worsening, "--bone-pain-worsening" },
		{ l->weight_bearing == WB_UNABLE, "--weight-bearing unable" },
	};

	for (size_t i = 0; i < sizeof(shown) / sizeof(shown[0]); i++)
		if (shown[i].set)
			return err_set(err, TALUS_EINVAL, "--red-flags none contradicts %s: give one "
				       "or the other", shown[i].opt);
	l->red_flags_none = 1;
	return 0;
}

void
entry_seen(struct consult *c, const struct entry_value *v)
{
	memset(c, 0, sizeof(*c));
	c->day = v[ES_DATE].day;
	c->side = (enum side)(v[ES_SIDE].choice + 1);
	c->by = v[ES_BY].set ? (enum consult_by)v[ES_BY].choice : CONSULT_CLINICIAN;
	c->note = v[ES_NOTE].set && v[ES_NOTE].str[0] ? (char *)v[ES_NOTE].str : NULL;
}

int
entry_exercise(struct programme_entry *e, int *bad, const struct entry_value *v,
	       int32_t today, int32_t prog_start, struct talus_err *err)
{
	const struct exercise *x;
	const struct ex_level *l1;
	char date[11];
	int ex, level = 0;

	memset(e, 0, sizeof(*e));
	*bad = EX_EX;
	if ((ex = exercise_index(v[EX_EX].str)) < 0)
		return err_set(err, TALUS_EINVAL, "invalid --exercise '%s': no such exercise",
			       v[EX_EX].str);
	x = exercise_get(ex);
	l1 = exercise_level(ex, 1);
	*bad = EX_REPS;
	if (v[EX_REPS].set && l1->hold_s > 0)
		return err_set(err, TALUS_EINVAL, "invalid --reps '%s': %s is held, give "
			       "--hold SECONDS", v[EX_REPS].str, x->id);
	*bad = EX_HOLD;
	if (v[EX_HOLD].set && l1->hold_s == 0)
		return err_set(err, TALUS_EINVAL, "invalid --hold '%s': %s is done in reps, "
			       "give --reps N", v[EX_HOLD].str, x->id);
	*bad = EX_LEVEL;
	if (v[EX_LEVEL].set && exercise_level_parse(&level, x, v[EX_LEVEL].str, err))
		return err->code;
	*bad = EX_DATE;
	if (v[EX_DATE].day > today)
		return err_set(err, TALUS_EINVAL, "invalid --date '%s': it is after today (%s)",
			       v[EX_DATE].str, date_format(date, today));
	if (v[EX_DATE].day < prog_start)
		return err_set(err, TALUS_EINVAL, "invalid --date '%s': the programme starts on %s",
			       v[EX_DATE].str, date_format(date, prog_start));
	e->day = v[EX_DATE].day;
	snprintf(e->exercise, sizeof(e->exercise), "%s", x->id);
	e->side = v[EX_SIDE].set ? v[EX_SIDE].choice : LIMB_BOTH;
	e->level = v[EX_LEVEL].set ? level : 0;
	e->lost_balance = v[EX_LOST].set;
	e->rating = v[EX_RATING].set ? (enum programme_rating)(v[EX_RATING].choice + 1)
				     : RATED_UNKNOWN;
	e->sets = v[EX_SETS].set ? (int)v[EX_SETS].num : 0;
	e->reps = v[EX_REPS].set ? (int)v[EX_REPS].num : 0;
	e->hold_s = v[EX_HOLD].set ? (int)v[EX_HOLD].num : 0;
	*bad = -1;
	return 0;
}
