/* cmd_today.c - talus today: the day's verdict with its reasons. */
#include "cli/cli.h"
#include "cli/gather.h"
#include "cli/programme.h"
#include "util/date.h"
#include "util/json.h"

#include <math.h>
#include <stdio.h>

static const char *
verdict_text(enum verdict v)
{
	switch (v) {
	case VERDICT_RUN: return "RUN";
	case VERDICT_EASY: return "RUN EASY AND SHORTER";
	case VERDICT_REST: return "REST TODAY";
	case VERDICT_CLINICIAN: return "SEE A CLINICIAN (no running until then)";
	case VERDICT_URGENT: return "SEEK URGENT CARE TODAY (no running)";
	}
	return "";
}

static const char *
referral_text(enum referral r)
{
	switch (r) {
	case REFERRAL_PHYSIO: return "a physiotherapist, for the recurrent giving way (F4)";
	case REFERRAL_CLINICIAN: return "a clinician (GP, sports physician or physiotherapist)";
	case REFERRAL_URGENT: return "urgent care or the emergency department, today";
	default: return NULL;
	}
}

static void
today_json(struct ctx *c, const struct programme_day *pd)
{
	const struct today_report *t = &pd->today;
	const struct load_report *ld = &pd->load;
	struct json j;
	char date[11];

	json_init(&j, &c->out);
	json_obj_begin(&j, NULL);
	json_str(&j, "date", date_format(date, t->today));
	json_str(&j, "athlete", c->ath.name);
	json_str(&j, "units", units_name(c->ath.units));
	json_str(&j, "verdict", verdict_name(t->verdict));
	json_num(&j, "max_distance_m", t->max_distance_m);
	json_arr_begin(&j, "reasons");
	for (size_t i = 0; i < t->nreasons; i++) {
		const struct reason *r = &t->reasons[i];
		json_obj_begin(&j, NULL);
		json_str(&j, "rule", r->rule);
		json_str(&j, "level", level_name(r->level));
		json_str(&j, "verdict", verdict_name(r->verdict));
		json_str(&j, "message", r->message);
		json_str(&j, "source", *rule_source(r->rule) ? rule_source(r->rule)
							     : programme_rule_source(r->rule));
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_str(&j, "referral", referral_name(t->referral));
	json_arr_begin(&j, "shoes");
	for (size_t i = 0; i < t->nshoes; i++) {
		const struct shoe_alert *s = &t->shoes[i];
		json_obj_begin(&j, NULL);
		json_str(&j, "rule", s->rule);
		json_str(&j, "level", level_name(s->level));
		json_str(&j, "shoe", s->shoe[0] ? s->shoe : NULL);
		json_num(&j, "used_m", s->shoe[0] ? s->used_m : NAN);
		json_str(&j, "message", s->message);
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_obj_begin(&j, "load");
	json_num(&j, "last7_m", ld->last7_m);
	json_num(&j, "prev7_m", ld->prev7_m);
	json_num(&j, "change7", ld->change7);
	json_num(&j, "longest30_m", ld->lmax30_m);
	json_num(&j, "acwr_ewma", ld->acwr_shown ? ld->acwr_ewma : NAN);
	json_num(&j, "acwr_uncoupled", ld->acwr_shown ? ld->acwr_uncoupled : NAN);
	json_num(&j, "monotony", ld->monotony);
	json_int(&j, "days_since_run", ld->days_since_run);
	json_obj_end(&j);
	programme_today_json(&j, pd, c->ath.units);
	json_str(&j, "disclaimer", today_disclaimer);
	json_obj_end(&j);
}

int
cmd_today(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { O_DATE, O_PLANNED, O_JSON };
	static const struct opt opts[] = {
		[O_DATE] = { "date", OPT_DATE, 0, 0, NULL },
		[O_PLANNED] = { "planned", OPT_DIST, 0, 0, NULL },
		[O_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[3];
	struct programme_day pd;
	const struct today_report *t = &pd.today;
	const struct load_report *ld = &pd.load;
	const char *pos[1], *ref;
	char date[11], a[24], b[24], d[24];
	double planned = NAN;
	int npos, rc;
	int32_t day;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[O_DATE].set ? v[O_DATE].day : c->today;
	if ((rc = ctx_open(c, CTX_READ, err)))
		return rc;
	if (v[O_PLANNED].set &&
	    (rc = opt_distance(&planned, &v[O_PLANNED], "planned", c->ath.units, 500000.0, 0, err)))
		return rc;
	/* The recovery plan, the mileage plan (whose run is the default
	 * --planned) and the programme session, for an athlete who uses them. */
	if ((rc = programme_gather(&pd, c->st, &c->ath, day, planned,
				   v[O_PLANNED].set ? PG_PLANNED : 0, err))) {
		programme_day_release(&pd);
		return rc;
	}
	if (v[O_JSON].set) {
		today_json(c, &pd);
		programme_day_release(&pd);
		return 0;
	}
	strbuf_addf(&c->out, "%s, %s\n\n", date_format(date, day), c->ath.name);
	strbuf_addf(&c->out, "  %s", verdict_text(t->verdict));
	if (t->verdict <= VERDICT_EASY && !isnan(t->max_distance_m))
		strbuf_addf(&c->out, ", at most %s", distance_format(a, t->max_distance_m, c->ath.units));
	strbuf_adds(&c->out, "\n\n");
	if (t->nreasons) {
		strbuf_adds(&c->out, "why:\n");
		for (size_t i = 0; i < t->nreasons; i++) {
			const struct reason *r = &t->reasons[i];
			const char *mark = r->level >= LEVEL_WARN ? "!!" : r->level == LEVEL_CAUTION ? "! " : "- ";
			strbuf_addf(&c->out, "  %s [%s] %s\n", mark, r->rule, r->message);
		}
		strbuf_addch(&c->out, '\n');
	} else {
		strbuf_adds(&c->out, "why: nothing in your log calls for caution today\n\n");
	}
	if ((ref = referral_text(t->referral)))
		strbuf_addf(&c->out, "see: %s\n\n", ref);
	programme_today_text(&c->out, &pd, c->ath.units);
	if (ld->has_data) {
		strbuf_addf(&c->out, "load: last 7 days %s, the 7 before %s; longest run of "
				     "the prior 30 days %s",
			    distance_format(a, ld->last7_m, c->ath.units),
			    distance_format(b, ld->prev7_m, c->ath.units),
			    distance_format(d, ld->lmax30_m, c->ath.units));
		if (ld->acwr_shown && !isnan(ld->acwr_ewma))
			strbuf_addf(&c->out, "; ACWR %.2f (descriptive, L4)", ld->acwr_ewma);
		strbuf_adds(&c->out, "\n\n");
	}
	strbuf_addf(&c->out, "%s\n", today_disclaimer);
	programme_day_release(&pd);
	return 0;
}
