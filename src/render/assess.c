/* assess.c - an assessment, its history and the change between two of
 * them, in words and JSON (docs/json.md). */
#include "render/assess.h"
#include "core/programme.h"
#include "core/today.h"
#include "util/date.h"
#include "util/text.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>

static void
num_or_dash(struct strbuf *out, double v, int decimals, int width)
{
	if (isnan(v))
		strbuf_addf(out, "%*s", width, "-");
	else
		strbuf_addf(out, "%*.*f", width, decimals, v);
}

static const char *
fact_word(enum fact f)
{
	return f == FACT_YES ? "yes" : f == FACT_NO ? "no" : "not known";
}

static void
asym_note(struct strbuf *out, enum fact asym, int weaker, const char *yes,
	  const char *no)
{
	if (asym == FACT_YES)
		strbuf_addf(out, "%s %s", assess_side_name(weaker), yes);
	else if (asym == FACT_NO)
		strbuf_adds(out, no);
}

static void
test_row(struct strbuf *out, const char *label, double l, double r, int decimals)
{
	strbuf_addf(out, "  %-28s", label);
	num_or_dash(out, l, decimals, 6);
	num_or_dash(out, r, decimals, 8);
	strbuf_adds(out, "   ");
}

static double
int_value(int v)
{
	return v < 0 ? NAN : v;
}

static void
trim_line(struct strbuf *out)
{
	while (out->len && out->buf[out->len - 1] == ' ')
		out->buf[--out->len] = '\0';
	strbuf_addch(out, '\n');
}

/* T3's norm in words; the age bands as assess.c clamps them. */
static void
heel_note(struct strbuf *out, const struct assess_side_result *sr, enum assess_sex sex,
	  int age)
{
	int lo = assess_heel_raise_band(age);

	if (sr->heel_raise_convention) {
		strbuf_addf(out, "norm %d (the convention: age not known)", sr->heel_raise_norm);
		return;
	}
	strbuf_addf(out, "norm %d (%s aged %d-%d)", sr->heel_raise_norm,
		    sex == ASSESS_SEX_MALE ? "men" : sex == ASSESS_SEX_FEMALE ? "women" :
		    "the lower of men and women", lo, lo + 9);
}

/* "sprains, brace or tape and gait". */
static void
answers_text(struct strbuf *out, unsigned bits)
{
	static const enum assess_answer order[] = { ASSESS_ANS_SPRAINS, ASSESS_ANS_BRACE,
						    ASSESS_ANS_GAIT, ASSESS_ANS_SHOE };
	int n = 0, k = 0;

	for (size_t i = 0; i < 4; i++)
		n += (bits & order[i]) != 0;
	for (size_t i = 0; i < 4; i++) {
		if (!(bits & order[i]))
			continue;
		strbuf_addf(out, "%s%s", k == 0 ? "" : k == n - 1 ? " and " : ", ",
			    assess_answer_name(order[i]));
		k++;
	}
}

void
render_assess_text(struct strbuf *out, const struct assess_record *rec,
	    const struct assess_result *res, const char *athlete,
	    const struct assess_note *note)
{
	const struct assess_side_result *L = &res->side[LIMB_LEFT], *R = &res->side[LIMB_RIGHT];
	char date[11];

	strbuf_addf(out, "assessment %lld of ", (long long)rec->id);
	text_add_visible(out, athlete);
	strbuf_addf(out, " on %s\n",
		    date_format(date, rec->in.day));
	if (note && note->carried) {
		strbuf_adds(out, "carried from assessment ");
		strbuf_addf(out, "%lld of %s (not given again): ", (long long)note->carried_id,
			    date_format(date, note->carried_day));
		answers_text(out, note->carried);
		strbuf_adds(out, "; give them to change them (--sprain none: no sprain)\n");
	}
	strbuf_addch(out, '\n');
	strbuf_adds(out, "causes of weak ankles (the seed's eight), with what says so:\n");
	for (int c = 0; c < CAUSE__COUNT; c++) {
		const struct assess_cause *ca = &res->causes[c];
		char st[16];
		snprintf(st, sizeof(st), "%s", assess_cause_status_str(ca->status));
		for (char *p = st; *p; p++)
			*p = (char)toupper((unsigned char)*p);
		strbuf_addf(out, "  %-8s %s\n", st, assess_cause_name(ca->id));
		for (int e = 0; e < ca->n_evidence; e++)
			strbuf_addf(out, "           - %s\n", ca->evidence[e]);
	}

	strbuf_addf(out, "\n  %-28s%6s%8s\n", "test", "left", "right");
	test_row(out, "Q1 CAIT (0-30)", int_value(L->cait), int_value(R->cait), 0);
	if (L->cait >= 0)
		strbuf_addf(out, "left %s", assess_cait_band_name(L->cait_band));
	if (R->cait >= 0)
		strbuf_addf(out, "%sright %s", L->cait >= 0 ? ", " : "",
			    assess_cait_band_name(R->cait_band));
	trim_line(out);
	test_row(out, "T3 heel raises", int_value(L->heel_raise_reps),
		 int_value(R->heel_raise_reps), 0);
	if (L->heel_raise != NORM_UNKNOWN || R->heel_raise != NORM_UNKNOWN) {
		heel_note(out, L, rec->in.sex, res->age);
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
			if (res->side[s].heel_raise == NORM_BELOW)
				strbuf_addf(out, ": %s below", assess_side_name(s));
	}
	trim_line(out);
	test_row(out, "T2 knee-to-wall (cm)", L->knee_wall_cm, R->knee_wall_cm, 1);
	asym_note(out, res->knee_wall_asym, res->knee_wall_weaker,
		  "shorter by more than 1.9 cm (MDC)", "within 1.9 cm (MDC)");
	trim_line(out);
	test_row(out, "T1 stance, eyes closed (s)", L->stance_best_s, R->stance_best_s, 1);
	asym_note(out, res->stance_asym, res->stance_weaker,
		  "under 75% of the other side (design choice)",
		  "sides within 25% (design choice)");
	trim_line(out);
	test_row(out, "T4 Y-balance reach (cm)", L->ybal_ant_cm, R->ybal_ant_cm, 1);
	asym_note(out, res->ybal_asym, res->ybal_weaker, "shorter by more than 4 cm",
		  "within 4 cm");
	trim_line(out);

	strbuf_addf(out, "\nweaker side: %s\n", res->weak.weaker == LIMB_NONE ? "none (a tie)" :
		    assess_side_name(res->weak.weaker));
	strbuf_addf(out, "gait: %s; shoe support: %s; brace or tape: %s\n",
		    assess_gait_name(rec->in.gait),
		    assess_shoe_name(rec->in.shoe_support != ASSESS_SHOE_UNKNOWN ?
				     rec->in.shoe_support : rec->facts.shoe_support),
		    fact_word(rec->in.brace_or_tape));
	strbuf_adds(out, "\nnext:\n");
	if (note && note->programme_id && note->programme_week)
		strbuf_addf(out, "  - programme %lld is under way (week %d of %d): it is kept, "
			    "with its levels and log; this is its re-test, and the change in "
			    "each test shows in talus program status\n",
			    (long long)note->programme_id, note->programme_week,
			    PROGRAMME_WEEKS);
	else if (note && note->programme_id)
		strbuf_addf(out, "  - programme %lld starts on %s: it is kept as it is\n",
			    (long long)note->programme_id,
			    date_format(date, note->programme_start));
	else if (res->sprain_past_year)
		strbuf_adds(out, "  - P1: a sprain in the last 12 months: an 8-week programme, 3 "
			    "sessions a week, may help reduce the risk of another; start it with: "
			    "talus program new\n");
	else
		strbuf_adds(out, "  - the 8-week programme works on the tests above: talus "
			    "program new\n");
	if (res->refer_physio)
		strbuf_adds(out, "  - F4: CAIT 25 or less on a side: consider seeing a "
			    "physiotherapist\n");
	if (res->previous_sprain)
		strbuf_addf(out, "  - P3: %s\n", rec->in.brace_or_tape == FACT_YES ?
			    "after a sprain, keep using the brace or tape when running" :
			    "after a sprain, a brace or tape when running may help reduce "
			    "the risk of another");
	strbuf_adds(out, "  - the CAIT questions are talus's own wording, not the validated "
		    "original (Q1)\n\n");
	strbuf_addf(out, "%s\n", today_disclaimer);
}

static void
side_pair_num(struct json *j, const char *key, double l, double r)
{
	json_obj_begin(j, key);
	json_num(j, "left", l);
	json_num(j, "right", r);
	json_obj_end(j);
}

static void
fact_json(struct json *j, const char *key, enum fact f)
{
	if (f == FACT_UNKNOWN)
		json_null(j, key);
	else
		json_bool(j, key, f == FACT_YES);
}

static void
asym_json(struct json *j, enum fact asym, int weaker)
{
	fact_json(j, "asymmetric", asym);
	json_str(j, "weaker", asym == FACT_YES ? assess_side_name(weaker) : NULL);
}

void
render_assess_json(struct json *j, const struct assess_record *rec, const struct assess_result *res,
		   const struct assess_note *note)
{
	const struct assess_side_result *L = &res->side[LIMB_LEFT], *R = &res->side[LIMB_RIGHT];
	const struct assess_log_facts *f = &rec->facts;
	char date[11], mon[16];

	json_obj_begin(j, NULL);
	json_int(j, "id", rec->id);
	json_str(j, "date", date_format(date, rec->in.day));
	json_arr_begin(j, "causes");
	for (int c = 0; c < CAUSE__COUNT; c++) {
		const struct assess_cause *ca = &res->causes[c];
		json_obj_begin(j, NULL);
		json_str(j, "id", assess_cause_id_str(ca->id));
		json_str(j, "name", assess_cause_name(ca->id));
		json_str(j, "status", assess_cause_status_str(ca->status));
		json_arr_begin(j, "evidence");
		for (int e = 0; e < ca->n_evidence; e++)
			json_str(j, NULL, ca->evidence[e]);
		json_arr_end(j);
		json_obj_end(j);
	}
	json_arr_end(j);
	side_pair_num(j, "cait", int_value(L->cait), int_value(R->cait));
	json_obj_begin(j, "cait_band");
	json_str(j, "left", L->cait >= 0 ? assess_cait_band_name(L->cait_band) : NULL);
	json_str(j, "right", R->cait >= 0 ? assess_cait_band_name(R->cait_band) : NULL);
	json_obj_end(j);
	json_obj_begin(j, "tests");
	json_obj_begin(j, "heel_raises");
	json_num(j, "left", int_value(L->heel_raise_reps));
	json_num(j, "right", int_value(R->heel_raise_reps));
	json_int(j, "norm", L->heel_raise_norm);
	json_bool(j, "norm_convention", L->heel_raise_convention);
	json_obj_begin(j, "below");
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
		if (res->side[s].heel_raise == NORM_UNKNOWN)
			json_null(j, assess_side_name(s));
		else
			json_bool(j, assess_side_name(s), res->side[s].heel_raise == NORM_BELOW);
	json_obj_end(j);
	json_obj_end(j);
	json_obj_begin(j, "knee_to_wall_cm");
	json_num(j, "left", L->knee_wall_cm);
	json_num(j, "right", R->knee_wall_cm);
	asym_json(j, res->knee_wall_asym, res->knee_wall_weaker);
	json_obj_end(j);
	json_obj_begin(j, "stance_s");
	json_num(j, "left", L->stance_best_s);
	json_num(j, "right", R->stance_best_s);
	json_obj_begin(j, "trials");
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
		json_arr_begin(j, assess_side_name(s));
		for (int k = 0; k < STANCE_TRIALS; k++)
			if (!isnan(rec->in.side[s].stance_s[k]))
				json_num(j, NULL, rec->in.side[s].stance_s[k]);
		json_arr_end(j);
	}
	json_obj_end(j);
	asym_json(j, res->stance_asym, res->stance_weaker);
	json_obj_end(j);
	json_obj_begin(j, "ybalance_cm");
	json_num(j, "left", L->ybal_ant_cm);
	json_num(j, "right", R->ybal_ant_cm);
	asym_json(j, res->ybal_asym, res->ybal_weaker);
	json_obj_end(j);
	json_obj_end(j);
	json_arr_begin(j, "sprains");
	for (int i = 0; i < rec->in.n_sprains; i++) {
		const struct assess_sprain *sp = &rec->in.sprains[i];
		json_obj_begin(j, NULL);
		json_str(j, "side", assess_side_name(sp->side));
		snprintf(mon, sizeof(mon), "%04d-%02d", sp->year % 10000, sp->month % 100);
		json_str(j, "month", mon);
		fact_json(j, "rehab_done", sp->rehab_done);
		json_obj_end(j);
	}
	json_arr_end(j);
	fact_json(j, "brace_or_tape", rec->in.brace_or_tape);
	json_str(j, "gait", assess_gait_name(rec->in.gait));
	json_str(j, "shoe_support", assess_shoe_name(rec->in.shoe_support));
	json_str(j, "weaker_side", res->weak.weaker == LIMB_NONE ? NULL :
		 assess_side_name(res->weak.weaker));
	json_bool(j, "sprain_past_year", res->sprain_past_year);
	json_bool(j, "refer_physio", res->refer_physio);
	json_obj_begin(j, "log");
	json_num(j, "l1_spikes_12w", int_value(f->l1_spikes_12w));
	json_num(j, "l3_weeks_12w", int_value(f->l3_weeks_12w));
	fact_json(j, "monotony_high", f->monotony_high);
	fact_json(j, "few_rest_days", f->few_rest_days);
	fact_json(j, "long_streak", f->long_streak);
	fact_json(j, "symptoms_after_long_runs", f->symptoms_after_long_runs);
	json_num(j, "shoe_m", isnan(f->shoe_km) ? NAN : f->shoe_km * 1000.0);
	json_str(j, "shoe_support", assess_shoe_name(f->shoe_support));
	json_num(j, "shoe_pairs", int_value(f->shoe_pairs));
	json_num(j, "days", int_value(f->log_days));
	json_obj_end(j);
	if (!note) {
		/* assess show: what was carried is not kept. */
	} else if (note->carried) {
		static const enum assess_answer order[] = { ASSESS_ANS_SPRAINS,
			ASSESS_ANS_BRACE, ASSESS_ANS_GAIT, ASSESS_ANS_SHOE };
		json_obj_begin(j, "carried");
		json_int(j, "from_id", note->carried_id);
		json_str(j, "from_date", date_format(date, note->carried_day));
		json_arr_begin(j, "answers");
		for (size_t i = 0; i < 4; i++)
			if (note->carried & order[i])
				json_str(j, NULL, assess_answer_name(order[i]));
		json_arr_end(j);
		json_obj_end(j);
	} else {
		json_null(j, "carried");
	}
	if (!note) {
		/* assess show */
	} else if (note->programme_id) {
		json_obj_begin(j, "programme");
		json_int(j, "id", note->programme_id);
		json_int(j, "week", note->programme_week);
		json_bool(j, "kept", 1);
		json_obj_end(j);
	} else {
		json_null(j, "programme");
	}
	json_str(j, "disclaimer", today_disclaimer);
	json_obj_end(j);
}

/* Tests in the order the assessment lists them, with their units. */
static const struct {
	enum assess_test t;
	const char *label;
	const char *unit;
	int decimals;
} change_rows[] = {
	{ TEST_Q1_CAIT, "Q1 CAIT", "", 0 },
	{ TEST_T3_HEEL_RAISE, "T3 heel raises", "", 0 },
	{ TEST_T2_KNEE_WALL, "T2 knee-to-wall", " cm", 1 },
	{ TEST_T1_STANCE, "T1 stance, eyes closed", " s", 1 },
	{ TEST_T4_YBALANCE, "T4 Y-balance reach", " cm", 1 },
};

void
render_assess_changes_text(struct strbuf *out, const struct assess_input *before,
		       const struct assess_input *after)
{
	struct assess_change ch;

	assess_compare(&ch, before, after);
	for (size_t i = 0; i < sizeof(change_rows) / sizeof(change_rows[0]); i++) {
		int any = 0, dp = change_rows[i].decimals;

		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
			any |= !isnan(ch.d[change_rows[i].t][s].before) ||
			       !isnan(ch.d[change_rows[i].t][s].after);
		if (!any)
			continue;
		strbuf_addf(out, "  %-24s", change_rows[i].label);
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
			const struct assess_delta *d = &ch.d[change_rows[i].t][s];
			strbuf_addf(out, "%s%s ", s ? "; " : "", assess_side_name(s));
			if (isnan(d->before))
				strbuf_adds(out, "-");
			else
				strbuf_addf(out, "%.*f", dp, d->before);
			strbuf_adds(out, " -> ");
			if (isnan(d->after))
				strbuf_adds(out, "-");
			else
				strbuf_addf(out, "%.*f%s", dp, d->after, change_rows[i].unit);
			if (!isnan(d->change))
				strbuf_addf(out, " (%+.*f%s)", dp, d->change,
					    change_rows[i].t != TEST_T2_KNEE_WALL ? "" :
					    d->real ? ", more than the 1.9 cm MDC" :
					    ", within the 1.9 cm MDC");
		}
		strbuf_addch(out, '\n');
	}
}

void
render_assess_changes_json(struct json *j, const char *key, const struct assess_input *before,
		       const struct assess_input *after)
{
	struct assess_change ch;

	assess_compare(&ch, before, after);
	json_arr_begin(j, key);
	for (size_t i = 0; i < sizeof(change_rows) / sizeof(change_rows[0]); i++)
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
			const struct assess_delta *d = &ch.d[change_rows[i].t][s];
			json_obj_begin(j, NULL);
			json_str(j, "test", assess_test_id(change_rows[i].t));
			json_str(j, "name", assess_test_name(change_rows[i].t));
			json_str(j, "side", assess_side_name(s));
			json_num(j, "before", d->before);
			json_num(j, "after", d->after);
			json_num(j, "change", d->change);
			if (change_rows[i].t == TEST_T2_KNEE_WALL && !isnan(d->change))
				json_bool(j, "beyond_mdc", d->real);
			else
				json_null(j, "beyond_mdc");
			json_obj_end(j);
		}
	json_arr_end(j);
}


static void
pair_text(struct strbuf *out, double l, double r, int decimals, int width)
{
	char a[32], b[32], both[72];

	if (isnan(l))
		snprintf(a, sizeof(a), "-");
	else
		snprintf(a, sizeof(a), "%.*f", decimals, l);
	if (isnan(r))
		snprintf(b, sizeof(b), "-");
	else
		snprintf(b, sizeof(b), "%.*f", decimals, r);
	snprintf(both, sizeof(both), "%s/%s", a, b);
	strbuf_addf(out, "%*s", width, both);
}

void
render_assess_history_json(struct json *j, const struct assess_record *list, size_t n)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_arr_begin(j, "assessments");
	for (size_t i = 0; i < n; i++) {
		const struct assess_input *in = &list[i].in;
		json_obj_begin(j, NULL);
		json_int(j, "id", list[i].id);
		json_str(j, "date", date_format(date, in->day));
		side_pair_num(j, "cait", int_value(in->side[0].cait), int_value(in->side[1].cait));
		side_pair_num(j, "heel_raises", int_value(in->side[0].heel_raise_reps),
			      int_value(in->side[1].heel_raise_reps));
		side_pair_num(j, "knee_to_wall_cm", in->side[0].knee_wall_cm,
			      in->side[1].knee_wall_cm);
		side_pair_num(j, "stance_s", assess_stance_best(in->side[0].stance_s),
			      assess_stance_best(in->side[1].stance_s));
		side_pair_num(j, "ybalance_cm", in->side[0].ybal_ant_cm, in->side[1].ybal_ant_cm);
		json_obj_end(j);
	}
	json_arr_end(j);
	if (n >= 2)
		render_assess_changes_json(j, "changes", &list[0].in, &list[n - 1].in);
	else
		json_null(j, "changes");
	json_obj_end(j);
}

void
render_assess_history_text(struct strbuf *out, const struct assess_record *list, size_t n)
{
	char date[11];

	if (!n) {
		strbuf_adds(out, "no assessments; record one with: talus assess\n");
		return;
	}
	strbuf_addf(out, "%4s  %-10s  %9s  %11s  %13s  %11s  %11s\n", "ID", "DATE", "CAIT L/R",
		    "HEEL RAISES", "KNEE-WALL cm", "STANCE s", "Y-BAL cm");
	for (size_t i = 0; i < n; i++) {
		const struct assess_input *in = &list[i].in;
		strbuf_addf(out, "%4lld  %s  ", (long long)list[i].id, date_format(date, in->day));
		pair_text(out, int_value(in->side[0].cait), int_value(in->side[1].cait), 0, 9);
		strbuf_adds(out, "  ");
		pair_text(out, int_value(in->side[0].heel_raise_reps),
			  int_value(in->side[1].heel_raise_reps), 0, 11);
		strbuf_adds(out, "  ");
		pair_text(out, in->side[0].knee_wall_cm, in->side[1].knee_wall_cm, 1, 13);
		strbuf_adds(out, "  ");
		pair_text(out, assess_stance_best(in->side[0].stance_s),
			  assess_stance_best(in->side[1].stance_s), 1, 11);
		strbuf_adds(out, "  ");
		pair_text(out, in->side[0].ybal_ant_cm, in->side[1].ybal_ant_cm, 1, 11);
		strbuf_addch(out, '\n');
	}
	if (n >= 2) {
		strbuf_addf(out, "\nchange from %s", date_format(date, list[0].in.day));
		strbuf_addf(out, " to %s (T2 against its 1.9 cm MDC; the other tests have none, "
			    "so their changes are not judged):\n",
			    date_format(date, list[n - 1].in.day));
		render_assess_changes_text(out, &list[0].in, &list[n - 1].in);
	}
}
