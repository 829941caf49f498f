/* export.c - the export's CSV files and JSON document (see export.h).
 * Every CSV column and JSON member is documented in docs/export.md; keep
 * the three in step. */
#include "render/export.h"
#include "render/ankle.h"
#include "render/runs.h"
#include "render/shoes.h"
#include "util/csv.h"
#include "util/date.h"
#include "util/text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The header rows, runs.csv's from core/export.h. */
static const char *const ankle_cols[] = {
	"id", "date", "side", "pain", "morning_pain", "stiffness", "swelling",
	"giving_way", "rolled", "weight_bearing", "tender", "numb",
	"cold_or_discoloured", "deformity", "crack", "achilles_snap",
	"hot_swollen_fever", "bone_pain_worsening", "red_flags_none", "note", NULL,
};
static const char *const shoe_cols[] = {
	"id", "name", "support", "since", "initial_m", "used_m", "activities",
	"review_m", "limit_m", "retired", "default", NULL,
};
static const char *const assess_cols[] = {
	"id", "date", "sex", "birth_year", "gait", "shoe_support", "brace_or_tape",
	"cait_left", "cait_right", "heel_raises_left", "heel_raises_right",
	"knee_to_wall_cm_left", "knee_to_wall_cm_right",
	"stance_s_left_1", "stance_s_left_2", "stance_s_left_3",
	"stance_s_right_1", "stance_s_right_2", "stance_s_right_3",
	"ybalance_cm_left", "ybalance_cm_right",
	"log_l1_spikes", "log_l3_weeks", "log_monotony_high", "log_few_rest_days",
	"log_long_streak", "log_symptoms_after_long_runs", "log_shoe_m",
	"log_shoe_support", "log_shoe_pairs", NULL,
};
static const char *const sprain_cols[] = {
	"assessment_id", "n", "side", "year", "month", "rehab_done", NULL,
};
static const char *const programme_cols[] = {
	"id", "start", "weekdays", "long_run_weekday", "assessment_id", "weak_left",
	"weak_right", "weaker", "created", NULL,
};
static const char *const plog_cols[] = {
	"id", "programme_id", "date", "exercise", "side", "level", "sets", "reps",
	"hold_s", "lost_balance", "rating", "pain", NULL,
};
static const char *const plan_cols[] = {
	"id", "start", "weeks", "target_week_m", "long_run_weekday", "runs_per_week",
	"created", NULL,
};
static const char *const recovery_cols[] = {
	"id", "start", "protect_days", "ended", NULL,
};
static const char *const consult_cols[] = {
	"id", "date", "side", "by", "note", NULL,
};

static void
header(struct strbuf *sb, const char *const *cols, size_t n)
{
	struct csv_row r;

	csv_row_begin(&r, sb);
	for (size_t i = 0; i < n && cols[i]; i++)
		csv_str(&r, cols[i]);
	csv_row_end(&r);
}

#define ALL ((size_t)-1)

/* ---- values ------------------------------------------------------------------ */

static const char *
fact_name(enum fact f)
{
	return f == FACT_YES ? "yes" : f == FACT_NO ? "no" : NULL;
}

/* "+01:00", or "+05:45:30" when the offset has seconds. */
static char *
offset_format(char *buf, size_t n, int32_t off)
{
	int a = off < 0 ? -off : off;

	if (a % 60)
		snprintf(buf, n, "%c%02d:%02d:%02d", off < 0 ? '-' : '+', a / 3600, a / 60 % 60,
			 a % 60);
	else
		snprintf(buf, n, "%c%02d:%02d", off < 0 ? '-' : '+', a / 3600, a / 60 % 60);
	return buf;
}

/* The local time of day of a run, "07:30:00". */
static char *
time_format(char *buf, size_t n, const struct run_entry *r)
{
	int64_t sec = r->a.start_utc + r->a.utc_offset_s - (int64_t)r->day * 86400;

	if (sec < 0 || sec >= 86400)
		sec = ((sec % 86400) + 86400) % 86400;
	snprintf(buf, n, "%02d:%02d:%02d", (int)(sec / 3600), (int)(sec / 60 % 60),
		 (int)(sec % 60));
	return buf;
}

/* Tender sites or weak tests as "a;b;c". */
static char *
tender_list(char *buf, size_t n, int tender)
{
	size_t len = 0;

	buf[0] = '\0';
	for (int k = 0; k < TENDER_SITE_COUNT; k++)
		if (tender & (1 << k))
			len += (size_t)snprintf(buf + len, n - len, "%s%s", len ? ";" : "",
						tender_site_name(1 << k));
	return buf;
}

static char *
tests_list(char *buf, size_t n, unsigned mask)
{
	size_t len = 0;

	buf[0] = '\0';
	for (int t = 0; t < TEST__COUNT; t++)
		if (mask & TEST_BIT(t))
			len += (size_t)snprintf(buf + len, n - len, "%s%s", len ? ";" : "",
						assess_test_id((enum assess_test)t));
	return buf;
}

static char *
weekdays_list(char *buf, size_t n, unsigned mask)
{
	size_t len = 0;

	buf[0] = '\0';
	for (int d = 0; d < 7; d++)
		if (mask & (1u << d))
			len += (size_t)snprintf(buf + len, n - len, "%s%s", len ? ";" : "",
						weekday_name(d));
	return buf;
}

static const char *
weekday_or_null(int wd)
{
	return wd >= 0 && wd < 7 ? weekday_name(wd) : NULL;
}

static const char *
limb_name(int side)
{
	return side == LIMB_LEFT ? "left" : side == LIMB_RIGHT ? "right" : NULL;
}

static double
int_or_nan(int v)
{
	return v < 0 ? NAN : v;
}

static const char *
date_or_null(char *buf, int32_t day)
{
	return day == INT32_MIN || day == INT32_MAX ? NULL : date_format(buf, day);
}

/* ---- CSV rows ------------------------------------------------------------------ */

static void
csv_run(struct strbuf *sb, const struct run_entry *r)
{
	struct csv_row w;
	char date[11], t[16], off[16];

	csv_row_begin(&w, sb);
	csv_int(&w, r->a.id);
	csv_str(&w, date_format(date, r->day));
	csv_str(&w, r->a.has_time ? time_format(t, sizeof(t), r) : NULL);
	csv_str(&w, offset_format(off, sizeof(off), r->a.utc_offset_s));
	csv_str(&w, sport_name(r->a.sport));
	csv_num(&w, r->a.distance_m);
	csv_num(&w, r->a.elapsed_s);
	csv_num(&w, r->a.moving_s);
	csv_str(&w, surface_name(r->a.surface));
	csv_str(&w, r->shoe);
	csv_score(&w, r->rpe);
	csv_score(&w, r->pain_during);
	csv_score(&w, r->pain_after);
	csv_str(&w, side_name(r->side));
	csv_str(&w, r->note);
	csv_str(&w, r->a.name);
	csv_num(&w, r->a.elev_gain_m);
	csv_num(&w, r->a.avg_hr);
	csv_num(&w, r->a.avg_cadence);
	csv_int(&w, r->a.points);
	csv_int(&w, r->a.truncated ? 1 : 0);
	csv_str(&w, sport_source_name(r->a.sport_src));
	csv_str(&w, offset_source_name(r->a.offset_src));
	csv_row_end(&w);
}

static void
csv_ankle(struct strbuf *sb, const struct ankle_log *l)
{
	struct csv_row w;
	char date[11], tender[128];

	csv_row_begin(&w, sb);
	csv_int(&w, l->id);
	csv_str(&w, date_format(date, l->day));
	csv_str(&w, side_name(l->side));
	csv_score(&w, l->pain);
	csv_score(&w, l->morning_pain);
	csv_score(&w, l->stiffness);
	csv_str(&w, l->swelling >= 0 ? swelling_name(l->swelling) : NULL);
	csv_int(&w, l->giving_way);
	csv_int(&w, l->rolled ? 1 : 0);
	csv_str(&w, l->weight_bearing >= 0 ? weight_bearing_name(l->weight_bearing) : NULL);
	csv_str(&w, tender_list(tender, sizeof(tender), l->tender));
	csv_int(&w, l->numb ? 1 : 0);
	csv_int(&w, l->cold_or_discoloured ? 1 : 0);
	csv_int(&w, l->deformity ? 1 : 0);
	csv_int(&w, l->crack ? 1 : 0);
	csv_int(&w, l->achilles_snap ? 1 : 0);
	csv_int(&w, l->hot_swollen_fever ? 1 : 0);
	csv_int(&w, l->bone_pain_worsening ? 1 : 0);
	csv_int(&w, l->red_flags_none ? 1 : 0);
	csv_str(&w, l->note);
	csv_row_end(&w);
}

static void
csv_shoe(struct strbuf *sb, const struct shoe *s)
{
	struct csv_row w;
	char date[11];

	csv_row_begin(&w, sb);
	csv_int(&w, s->id);
	csv_str(&w, s->name);
	csv_str(&w, shoe_support_name(s->support));
	csv_str(&w, s->since_day == INT32_MIN ? NULL : date_format(date, s->since_day));
	csv_num(&w, s->initial_m);
	csv_num(&w, s->used_m);
	csv_int(&w, s->runs);
	csv_num(&w, s->review_m);
	csv_num(&w, s->limit_m);
	csv_int(&w, s->retired ? 1 : 0);
	csv_int(&w, s->is_default ? 1 : 0);
	csv_row_end(&w);
}

static void
csv_assessment(struct strbuf *sb, const struct assess_record *a)
{
	const struct assess_input *in = &a->in;
	const struct assess_log_facts *f = &a->facts;
	struct csv_row w;
	char date[11];

	csv_row_begin(&w, sb);
	csv_int(&w, a->id);
	csv_str(&w, date_format(date, in->day));
	csv_str(&w, assess_sex_name(in->sex));
	csv_num(&w, in->birth_year > 0 ? in->birth_year : NAN);
	csv_str(&w, in->gait ? assess_gait_name(in->gait) : NULL);
	csv_str(&w, in->shoe_support ? assess_shoe_name(in->shoe_support) : NULL);
	csv_str(&w, fact_name(in->brace_or_tape));
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
		csv_score(&w, in->side[s].cait);
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
		csv_score(&w, in->side[s].heel_raise_reps);
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
		csv_num(&w, in->side[s].knee_wall_cm);
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
		for (int k = 0; k < STANCE_TRIALS; k++)
			csv_num(&w, in->side[s].stance_s[k]);
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
		csv_num(&w, in->side[s].ybal_ant_cm);
	csv_score(&w, f->l1_spikes_12w);
	csv_score(&w, f->l3_weeks_12w);
	csv_str(&w, fact_name(f->monotony_high));
	csv_str(&w, fact_name(f->few_rest_days));
	csv_str(&w, fact_name(f->long_streak));
	csv_str(&w, fact_name(f->symptoms_after_long_runs));
	csv_num(&w, isnan(f->shoe_km) ? NAN : f->shoe_km * 1000.0);
	csv_str(&w, f->shoe_support ? assess_shoe_name(f->shoe_support) : NULL);
	csv_score(&w, f->shoe_pairs);
	csv_row_end(&w);
}

static void
csv_sprains(struct strbuf *sb, const struct assess_record *a, size_t *rows)
{
	for (int i = 0; i < a->in.n_sprains; i++) {
		const struct assess_sprain *sp = &a->in.sprains[i];
		struct csv_row w;

		csv_row_begin(&w, sb);
		csv_int(&w, a->id);
		csv_int(&w, i + 1);
		csv_str(&w, limb_name(sp->side));
		csv_int(&w, sp->year);
		csv_int(&w, sp->month);
		csv_str(&w, fact_name(sp->rehab_done));
		csv_row_end(&w);
		(*rows)++;
	}
}

static void
csv_programme(struct strbuf *sb, const struct programme_record *p)
{
	struct csv_row w;
	char date[11], buf[96];

	csv_row_begin(&w, sb);
	csv_int(&w, p->id);
	csv_str(&w, date_format(date, p->start));
	csv_str(&w, weekdays_list(buf, sizeof(buf), p->weekday_mask));
	csv_str(&w, weekday_or_null(p->long_run_weekday));
	if (p->assessment_id)
		csv_int(&w, p->assessment_id);
	else
		csv_str(&w, NULL);
	csv_str(&w, tests_list(buf, sizeof(buf), p->weak.mask[LIMB_LEFT]));
	csv_str(&w, tests_list(buf, sizeof(buf), p->weak.mask[LIMB_RIGHT]));
	csv_str(&w, limb_name(p->weak.weaker));
	csv_str(&w, date_format(date, p->created));
	csv_row_end(&w);
}

static void
csv_plog(struct strbuf *sb, const struct programme_entry *e)
{
	struct csv_row w;
	char date[11];

	csv_row_begin(&w, sb);
	csv_int(&w, e->id);
	csv_int(&w, e->programme_id);
	csv_str(&w, date_format(date, e->day));
	csv_str(&w, e->exercise);
	csv_str(&w, assess_side_name(e->side));
	csv_int(&w, e->level);
	csv_int(&w, e->sets);
	csv_int(&w, e->reps);
	csv_int(&w, e->hold_s);
	csv_int(&w, e->lost_balance ? 1 : 0);
	csv_str(&w, e->rating ? programme_rating_str(e->rating) : NULL);
	if (e->pain >= 0)
		csv_int(&w, e->pain);
	else
		csv_str(&w, NULL);
	csv_row_end(&w);
}

static void
csv_plan(struct strbuf *sb, const struct plan_record *p)
{
	struct csv_row w;
	char date[11];

	csv_row_begin(&w, sb);
	csv_int(&w, p->id);
	csv_str(&w, date_format(date, p->start));
	csv_int(&w, p->weeks);
	csv_num(&w, p->target_week_m);
	csv_str(&w, weekday_or_null(p->long_run_weekday));
	csv_int(&w, p->runs_per_week);
	csv_str(&w, date_format(date, p->created));
	csv_row_end(&w);
}

static void
csv_recovery(struct strbuf *sb, const struct recovery_record *r)
{
	struct csv_row w;
	char date[11];

	csv_row_begin(&w, sb);
	csv_int(&w, r->id);
	csv_str(&w, date_format(date, r->start));
	csv_int(&w, r->protect_days);
	csv_str(&w, r->ended == INT32_MIN ? NULL : date_format(date, r->ended));
	csv_row_end(&w);
}

static void
csv_consult(struct strbuf *sb, const struct consult *c)
{
	struct csv_row w;
	char date[11];

	csv_row_begin(&w, sb);
	csv_int(&w, c->id);
	csv_str(&w, date_format(date, c->day));
	csv_str(&w, side_name(c->side));
	csv_str(&w, consult_by_name(c->by));
	csv_str(&w, c->note);
	csv_row_end(&w);
}

/* ---- JSON items ------------------------------------------------------------------ */

static void
json_fact(struct json *j, const char *key, enum fact f)
{
	if (f == FACT_UNKNOWN)
		json_null(j, key);
	else
		json_bool(j, key, f == FACT_YES);
}

static void
json_score(struct json *j, const char *key, int v)
{
	if (v < 0)
		json_null(j, key);
	else
		json_int(j, key, v);
}

static void
json_pair(struct json *j, const char *key, double l, double r)
{
	json_obj_begin(j, key);
	json_num(j, "left", l);
	json_num(j, "right", r);
	json_obj_end(j);
}

static void
json_assessment(struct json *j, const struct assess_record *a)
{
	const struct assess_input *in = &a->in;
	const struct assess_log_facts *f = &a->facts;
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", a->id);
	json_str(j, "date", date_format(date, in->day));
	json_str(j, "sex", in->sex ? assess_sex_name(in->sex) : NULL);
	json_num(j, "birth_year", in->birth_year > 0 ? in->birth_year : NAN);
	json_str(j, "gait", in->gait ? assess_gait_name(in->gait) : NULL);
	json_str(j, "shoe_support", in->shoe_support ? assess_shoe_name(in->shoe_support) : NULL);
	json_fact(j, "brace_or_tape", in->brace_or_tape);
	json_arr_begin(j, "sprains");
	for (int i = 0; i < in->n_sprains; i++) {
		const struct assess_sprain *sp = &in->sprains[i];
		json_obj_begin(j, NULL);
		json_str(j, "side", limb_name(sp->side));
		json_int(j, "year", sp->year);
		json_int(j, "month", sp->month);
		json_fact(j, "rehab_done", sp->rehab_done);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_pair(j, "cait", int_or_nan(in->side[0].cait), int_or_nan(in->side[1].cait));
	json_pair(j, "heel_raises", int_or_nan(in->side[0].heel_raise_reps),
		  int_or_nan(in->side[1].heel_raise_reps));
	json_pair(j, "knee_to_wall_cm", in->side[0].knee_wall_cm, in->side[1].knee_wall_cm);
	json_obj_begin(j, "stance_s");
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
		json_arr_begin(j, s == LIMB_LEFT ? "left" : "right");
		for (int k = 0; k < STANCE_TRIALS; k++)
			json_num(j, NULL, in->side[s].stance_s[k]);
		json_arr_end(j);
	}
	json_obj_end(j);
	json_pair(j, "ybalance_cm", in->side[0].ybal_ant_cm, in->side[1].ybal_ant_cm);
	json_obj_begin(j, "log");
	json_score(j, "l1_spikes", f->l1_spikes_12w);
	json_score(j, "l3_weeks", f->l3_weeks_12w);
	json_fact(j, "monotony_high", f->monotony_high);
	json_fact(j, "few_rest_days", f->few_rest_days);
	json_fact(j, "long_streak", f->long_streak);
	json_fact(j, "symptoms_after_long_runs", f->symptoms_after_long_runs);
	json_num(j, "shoe_m", isnan(f->shoe_km) ? NAN : f->shoe_km * 1000.0);
	json_str(j, "shoe_support", f->shoe_support ? assess_shoe_name(f->shoe_support) : NULL);
	json_score(j, "shoe_pairs", f->shoe_pairs);
	json_obj_end(j);
	json_obj_end(j);
}

static void
json_list(struct json *j, const char *key, const char *text)
{
	json_arr_begin(j, key);
	for (const char *p = text; *p;) {
		char item[32];
		size_t n = strcspn(p, ";");
		snprintf(item, sizeof(item), "%.*s", (int)(n < 31 ? n : 31), p);
		json_str(j, NULL, item);
		p += n + (p[n] == ';');
	}
	json_arr_end(j);
}

static void
json_programme(struct json *j, const struct programme_record *p)
{
	char date[11], buf[96];

	json_obj_begin(j, NULL);
	json_int(j, "id", p->id);
	json_str(j, "start", date_format(date, p->start));
	json_list(j, "weekdays", weekdays_list(buf, sizeof(buf), p->weekday_mask));
	json_str(j, "long_run_weekday", weekday_or_null(p->long_run_weekday));
	if (p->assessment_id)
		json_int(j, "assessment_id", p->assessment_id);
	else
		json_null(j, "assessment_id");
	json_list(j, "weak_left", tests_list(buf, sizeof(buf), p->weak.mask[LIMB_LEFT]));
	json_list(j, "weak_right", tests_list(buf, sizeof(buf), p->weak.mask[LIMB_RIGHT]));
	json_str(j, "weaker", limb_name(p->weak.weaker));
	json_str(j, "created", date_format(date, p->created));
	json_obj_end(j);
}

static void
json_plog(struct json *j, const struct programme_entry *e)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", e->id);
	json_int(j, "programme_id", e->programme_id);
	json_str(j, "date", date_format(date, e->day));
	json_str(j, "exercise", e->exercise);
	json_str(j, "side", assess_side_name(e->side));
	json_int(j, "level", e->level);
	json_int(j, "sets", e->sets);
	json_int(j, "reps", e->reps);
	json_int(j, "hold_s", e->hold_s);
	json_bool(j, "lost_balance", e->lost_balance);
	json_str(j, "rating", e->rating ? programme_rating_str(e->rating) : NULL);
	json_num(j, "pain", e->pain >= 0 ? e->pain : NAN);
	json_obj_end(j);
}

static void
json_plan(struct json *j, const struct plan_record *p)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", p->id);
	json_str(j, "start", date_format(date, p->start));
	json_int(j, "weeks", p->weeks);
	json_num(j, "target_week_m", p->target_week_m);
	json_str(j, "long_run_weekday", weekday_or_null(p->long_run_weekday));
	json_int(j, "runs_per_week", p->runs_per_week);
	json_str(j, "created", date_format(date, p->created));
	json_obj_end(j);
}

static void
json_recovery(struct json *j, const struct recovery_record *r)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", r->id);
	json_str(j, "start", date_format(date, r->start));
	json_int(j, "protect_days", r->protect_days);
	json_str(j, "ended", r->ended == INT32_MIN ? NULL : date_format(date, r->ended));
	json_obj_end(j);
}

/* ---- the export ---------------------------------------------------------------- */

void
render_export_begin(struct render_export *x, int json, struct strbuf *out,
		    const struct athlete *ath, int32_t since, int32_t until,
		    int64_t exported_utc)
{
	char date[11], utc[21];

	memset(x, 0, sizeof(*x));
	x->json = json;
	x->out = out;
	for (int t = 0; t < EXPORT__COUNT; t++)
		strbuf_init(&x->csv[t]);
	if (!json) {
		header(&x->csv[EXPORT_RUNS], export_run_columns, ERC__COUNT);
		header(&x->csv[EXPORT_ANKLE_LOGS], ankle_cols, ALL);
		header(&x->csv[EXPORT_SHOES], shoe_cols, ALL);
		header(&x->csv[EXPORT_ASSESSMENTS], assess_cols, ALL);
		header(&x->csv[EXPORT_SPRAINS], sprain_cols, ALL);
		header(&x->csv[EXPORT_PROGRAMMES], programme_cols, ALL);
		header(&x->csv[EXPORT_PROGRAMME_LOGS], plog_cols, ALL);
		header(&x->csv[EXPORT_PLANS], plan_cols, ALL);
		header(&x->csv[EXPORT_RECOVERIES], recovery_cols, ALL);
		header(&x->csv[EXPORT_CONSULTATIONS], consult_cols, ALL);
		return;
	}
	json_init(&x->j, out);
	json_obj_begin(&x->j, NULL);
	json_str(&x->j, "format", EXPORT_FORMAT);
	json_int(&x->j, "version", EXPORT_VERSION);
	json_obj_begin(&x->j, "athlete");
	json_str(&x->j, "name", ath->name);
	json_str(&x->j, "units", units_name(ath->units));
	json_str(&x->j, "sex", ath->sex[0] ? ath->sex : NULL);
	json_num(&x->j, "birth_year", ath->birth_year > 0 ? ath->birth_year : NAN);
	json_obj_end(&x->j);
	json_str(&x->j, "exported", utc_format(utc, exported_utc));
	json_str(&x->j, "since", date_or_null(date, since));
	json_str(&x->j, "until", date_or_null(date, until));
	json_arr_begin(&x->j, "runs");
}

void
render_export_run(struct render_export *x, const struct run_entry *r)
{
	x->rows[EXPORT_RUNS]++;
	if (x->json)
		render_run_json(&x->j, r);
	else
		csv_run(&x->csv[EXPORT_RUNS], r);
}

void
render_export_end(struct render_export *x, const struct export_data *d)
{
	struct json *j = &x->j;

	x->rows[EXPORT_ANKLE_LOGS] = d->n_ankle_logs;
	x->rows[EXPORT_SHOES] = d->n_shoes;
	x->rows[EXPORT_ASSESSMENTS] = d->n_assessments;
	x->rows[EXPORT_PROGRAMMES] = d->n_programmes;
	x->rows[EXPORT_PROGRAMME_LOGS] = d->n_programme_logs;
	x->rows[EXPORT_PLANS] = d->n_plans;
	x->rows[EXPORT_RECOVERIES] = d->n_recoveries;
	x->rows[EXPORT_CONSULTATIONS] = d->n_consultations;
	if (!x->json) {
		for (size_t i = 0; i < d->n_ankle_logs; i++)
			csv_ankle(&x->csv[EXPORT_ANKLE_LOGS], &d->ankle_logs[i]);
		for (size_t i = 0; i < d->n_shoes; i++)
			csv_shoe(&x->csv[EXPORT_SHOES], &d->shoes[i]);
		for (size_t i = 0; i < d->n_assessments; i++) {
			csv_assessment(&x->csv[EXPORT_ASSESSMENTS], &d->assessments[i]);
			csv_sprains(&x->csv[EXPORT_SPRAINS], &d->assessments[i],
				    &x->rows[EXPORT_SPRAINS]);
		}
		for (size_t i = 0; i < d->n_programmes; i++)
			csv_programme(&x->csv[EXPORT_PROGRAMMES], &d->programmes[i]);
		for (size_t i = 0; i < d->n_programme_logs; i++)
			csv_plog(&x->csv[EXPORT_PROGRAMME_LOGS], &d->programme_logs[i]);
		for (size_t i = 0; i < d->n_plans; i++)
			csv_plan(&x->csv[EXPORT_PLANS], &d->plans[i]);
		for (size_t i = 0; i < d->n_recoveries; i++)
			csv_recovery(&x->csv[EXPORT_RECOVERIES], &d->recoveries[i]);
		for (size_t i = 0; i < d->n_consultations; i++)
			csv_consult(&x->csv[EXPORT_CONSULTATIONS], &d->consultations[i]);
		return;
	}
	json_arr_end(j);
	json_arr_begin(j, "ankle_logs");
	for (size_t i = 0; i < d->n_ankle_logs; i++)
		render_ankle_log_json(j, &d->ankle_logs[i]);
	json_arr_end(j);
	json_arr_begin(j, "shoes");
	for (size_t i = 0; i < d->n_shoes; i++)
		render_shoe_json(j, &d->shoes[i]);
	json_arr_end(j);
	json_arr_begin(j, "assessments");
	for (size_t i = 0; i < d->n_assessments; i++) {
		json_assessment(j, &d->assessments[i]);
		x->rows[EXPORT_SPRAINS] += (size_t)d->assessments[i].in.n_sprains;
	}
	json_arr_end(j);
	json_arr_begin(j, "programmes");
	for (size_t i = 0; i < d->n_programmes; i++)
		json_programme(j, &d->programmes[i]);
	json_arr_end(j);
	json_arr_begin(j, "programme_logs");
	for (size_t i = 0; i < d->n_programme_logs; i++)
		json_plog(j, &d->programme_logs[i]);
	json_arr_end(j);
	json_arr_begin(j, "plans");
	for (size_t i = 0; i < d->n_plans; i++)
		json_plan(j, &d->plans[i]);
	json_arr_end(j);
	json_arr_begin(j, "recoveries");
	for (size_t i = 0; i < d->n_recoveries; i++)
		json_recovery(j, &d->recoveries[i]);
	json_arr_end(j);
	json_arr_begin(j, "consultations");
	for (size_t i = 0; i < d->n_consultations; i++) {
		char date[11];
		const struct consult *c = &d->consultations[i];
		json_obj_begin(j, NULL);
		json_int(j, "id", c->id);
		json_str(j, "date", date_format(date, c->day));
		json_str(j, "side", side_name(c->side));
		json_str(j, "by", consult_by_name(c->by));
		json_str(j, "note", c->note && c->note[0] ? c->note : NULL);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}

void
render_export_release(struct render_export *x)
{
	for (int t = 0; t < EXPORT__COUNT; t++)
		strbuf_release(&x->csv[t]);
}

void
render_export_summary(struct strbuf *out, const struct render_export *x, const char *path)
{
	static const struct { enum export_table t; const char *one, *many; } words[] = {
		{ EXPORT_RUNS, "activity", "activities" },
		{ EXPORT_ANKLE_LOGS, "ankle log", "ankle logs" },
		{ EXPORT_SHOES, "shoe", "shoes" },
		{ EXPORT_ASSESSMENTS, "assessment", "assessments" },
		{ EXPORT_PROGRAMME_LOGS, "programme log entry", "programme log entries" },
		{ EXPORT_PROGRAMMES, "programme", "programmes" },
		{ EXPORT_PLANS, "plan", "plans" },
		{ EXPORT_RECOVERIES, "recovery record", "recovery records" },
		{ EXPORT_CONSULTATIONS, "consultation", "consultations" },
	};

	strbuf_adds(out, "exported");
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		size_t n = x->rows[words[i].t];
		strbuf_addf(out, "%s %zu %s", i ? "," : "", n, n == 1 ? words[i].one : words[i].many);
	}
	strbuf_adds(out, " to ");
	text_add_visible(out, path);
	strbuf_addch(out, '\n');
}
