/* today.c - the day's verdict from load, symptoms and shoes. Pure.
 *
 * Every rule appends a reason with its own verdict and, for the run and
 * easy verdicts, may propose a distance cap; the day's verdict is the most
 * severe, the cap the smallest. Red flags (F1-F3, O1, O2) come from the
 * latest ankle log of each side and stand until a later log of that side
 * no longer shows them. */
#include "core/today.h"
#include "util/date.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char today_disclaimer[] =
	"talus is a wellness tool, not a medical device: it does not diagnose "
	"or treat and is not for emergencies. Its advice may help reduce the "
	"risk of injury; it is no substitute for a clinician. If in doubt, or "
	"if symptoms worsen, see one.";

const char *
verdict_name(enum verdict v)
{
	static const char *const n[] = { "run", "easy", "rest", "see-clinician",
					 "urgent-care" };
	return (unsigned)v < 5 ? n[v] : "run";
}

const char *
referral_name(enum referral r)
{
	static const char *const n[] = { "none", "physio", "clinician",
					 "urgent-care" };
	return (unsigned)r < 4 ? n[r] : "none";
}

struct ctx {
	struct today_report *out;
	const struct today_input *in;
	double cap; /* smallest proposed cap, NAN if none */
};

static void
add(struct ctx *c, const char *rule, enum level level, enum verdict v,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void
add(struct ctx *c, const char *rule, enum level level, enum verdict v,
    const char *fmt, ...)
{
	struct reason *r;
	va_list ap;

	if (c->out->nreasons == TODAY_MAX_REASONS)
		return;
	r = &c->out->reasons[c->out->nreasons++];
	snprintf(r->rule, sizeof(r->rule), "%s", rule);
	r->level = level;
	r->verdict = v;
	va_start(ap, fmt);
	vsnprintf(r->message, sizeof(r->message), fmt, ap);
	va_end(ap);
	if (v > c->out->verdict)
		c->out->verdict = v;
}

static void
cap(struct ctx *c, double m)
{
	if (isnan(c->cap) || m < c->cap)
		c->cap = m;
}

/* Design choice: "easy and shorter" means no longer than the runner's
 * average run of the last 4 weeks (docs/RULES.md). */
static void
cap_shorter(struct ctx *c)
{
	if (c->in->load->avg_run28_m > 0)
		cap(c, c->in->load->avg_run28_m);
}

static const char *
dist(char *buf, const struct ctx *c, double m)
{
	return distance_format(buf, m, c->in->units);
}

/* ---- red flags and symptoms, from the ankle logs ------------------------ */

static const struct ankle_log *
latest_of_side(const struct today_input *in, enum side s, const struct ankle_log **prev)
{
	const struct ankle_log *last = NULL;

	*prev = NULL;
	for (size_t i = 0; i < in->nlogs; i++) {
		if (in->logs[i].side != s || in->logs[i].day > in->today)
			continue;
		*prev = last;
		last = &in->logs[i];
	}
	return last;
}

size_t
today_red_flags(struct red_flag_seen out[2], const struct ankle_log *logs, size_t n,
		int32_t day)
{
	const struct ankle_log *latest[2] = { NULL, NULL };
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		if (logs[i].day <= day && (logs[i].side == SIDE_LEFT || logs[i].side == SIDE_RIGHT))
			latest[logs[i].side == SIDE_RIGHT] = &logs[i];
	for (int s = 0; s < 2; s++)
		if (latest[s] && ankle_log_red_flag(latest[s])) {
			out[k].side = latest[s]->side;
			out[k].logged = latest[s]->day;
			out[k].log_id = latest[s]->id;
			k++;
		}
	return k;
}

int
today_red_flag(const struct ankle_log *logs, size_t n, int32_t day)
{
	struct red_flag_seen seen[2];

	return today_red_flags(seen, logs, n, day) > 0;
}

static void
red_flags(struct ctx *c, const struct ankle_log *l)
{
	const char *sd = side_name(l->side);
	if (l->crack)
		add(c, "F1", LEVEL_URGENT, VERDICT_URGENT,
		    "%s ankle: a crack was heard at the injury: get it assessed "
		    "today (urgent care or emergency department)", sd);
	if (l->deformity)
		add(c, "F1", LEVEL_URGENT, VERDICT_URGENT,
		    "%s ankle: a deformity or odd angle: get it assessed today "
		    "(urgent care or emergency department)", sd);
	if (l->numb || l->cold_or_discoloured)
		add(c, "F1", LEVEL_URGENT, VERDICT_URGENT,
		    "%s foot numb, cold or discoloured: get it assessed today "
		    "(urgent care or emergency department)", sd);
	if (l->tender & (TENDER_LATERAL_MALLEOLUS | TENDER_MEDIAL_MALLEOLUS))
		add(c, "O1", LEVEL_URGENT, VERDICT_URGENT,
		    "%s ankle: bone tenderness at the %s malleolus: the Ottawa ankle "
		    "rule says this needs a same-day assessment (talus cannot rule a "
		    "fracture in or out)", sd,
		    l->tender & TENDER_LATERAL_MALLEOLUS ? "lateral" : "medial");
	if (l->tender & (TENDER_FIFTH_METATARSAL | TENDER_NAVICULAR))
		add(c, "O2", LEVEL_URGENT, VERDICT_URGENT,
		    "%s foot: bone tenderness at the %s: the Ottawa foot rule says "
		    "this needs a same-day assessment (talus cannot rule a fracture "
		    "in or out)", sd,
		    l->tender & TENDER_FIFTH_METATARSAL ? "base of the fifth metatarsal"
							: "navicular");
	if (l->weight_bearing == WB_UNABLE)
		add(c, "O1", LEVEL_URGENT, VERDICT_URGENT,
		    "%s ankle: unable to bear weight (4 steps): the Ottawa rules say "
		    "this needs a same-day assessment", sd);
	if (l->achilles_snap)
		add(c, "F2", LEVEL_URGENT, VERDICT_URGENT,
		    "%s: a sudden snap or kick at the back of the heel can be an "
		    "Achilles rupture: get it assessed today", sd);
	if (l->hot_swollen_fever)
		add(c, "F2", LEVEL_URGENT, VERDICT_URGENT,
		    "%s ankle hot and swollen with a fever: get it assessed today",
		    sd);
	if (l->bone_pain_worsening)
		add(c, "F3", LEVEL_WARN, VERDICT_CLINICIAN,
		    "%s: focal bone pain that is getting worse can be a stress "
		    "fracture: stop running and see a clinician", sd);
	if (l->swelling == SWELL_SEVERE)
		add(c, "SWELL", LEVEL_WARN, VERDICT_CLINICIAN,
		    "%s ankle: severe swelling: see a clinician before running", sd);
	if (l->pain >= 7 || l->morning_pain >= 7)
		add(c, "PAIN", LEVEL_WARN, VERDICT_CLINICIAN,
		    "%s ankle: pain %d/10 in the latest log: see a clinician "
		    "before running", sd, l->pain > l->morning_pain ? l->pain : l->morning_pain);
}

/* F5: an unbroken run of symptomatic logs of this side that began at least
 * 12 weeks ago and is still present in the last 7 days. */
static void
persistent(struct ctx *c, enum side s)
{
	const struct today_input *in = c->in;
	int32_t start = INT32_MIN, last = INT32_MIN;

	for (size_t i = 0; i < in->nlogs; i++) {
		const struct ankle_log *l = &in->logs[i];
		if (l->side != s || l->day > in->today)
			continue;
		if (!ankle_log_symptomatic(l)) {
			start = INT32_MIN;
			continue;
		}
		if (start == INT32_MIN)
			start = l->day;
		last = l->day;
	}
	if (start == INT32_MIN || last < in->today - (TODAY_RECENT_DAYS - 1))
		return;
	if (in->today - start >= TODAY_F5_DAYS)
		add(c, "F5", LEVEL_WARN, VERDICT_CLINICIAN,
		    "%s ankle: symptoms logged for %d weeks and still present: "
		    "no improvement after 12 weeks calls for a clinician",
		    side_name(s), (in->today - start) / 7);
}

/* F4: giving-way episodes and rolls of one side over the last 6 months. */
static int
instability(struct ctx *c, enum side s)
{
	const struct today_input *in = c->in;
	int n = 0;

	for (size_t i = 0; i < in->nlogs; i++) {
		const struct ankle_log *l = &in->logs[i];
		if (l->side != s || l->day > in->today ||
		    l->day <= in->today - TODAY_F4_DAYS)
			continue;
		n += l->giving_way + (l->rolled ? 1 : 0);
	}
	if (n >= 2) {
		add(c, "F4", LEVEL_CAUTION, VERDICT_RUN,
		    "%s ankle: %d giving-way episodes or rolls in 6 months: recurrent "
		    "giving way is a reason to see a physiotherapist for a "
		    "balance and strength programme", side_name(s), n);
		return 1;
	}
	return 0;
}

/* R2: morning pain or stiffness worse than at the log before. */
static void
morning(struct ctx *c, const struct ankle_log *l, const struct ankle_log *prev)
{
	const char *what = NULL;
	int now = 0, before = 0;

	if (!prev || l->day < c->in->today - (TODAY_RECENT_DAYS - 1))
		return;
	if (l->morning_pain >= 0 && prev->morning_pain >= 0 &&
	    l->morning_pain > prev->morning_pain) {
		what = "morning pain";
		now = l->morning_pain;
		before = prev->morning_pain;
	} else if (l->stiffness >= 0 && prev->stiffness >= 0 &&
		   l->stiffness > prev->stiffness) {
		what = "stiffness";
		now = l->stiffness;
		before = prev->stiffness;
	}
	if (what) {
		add(c, "R2", LEVEL_CAUTION, VERDICT_EASY,
		    "%s ankle: %s up from %d to %d/10 since the log before: the "
		    "ankle did not settle, so reduce the load today",
		    side_name(l->side), what, before, now);
		cap_shorter(c);
	}
}

static void
symptoms(struct ctx *c)
{
	int physio = 0;

	for (enum side s = SIDE_LEFT; s <= SIDE_RIGHT; s++) {
		const struct ankle_log *prev, *l = latest_of_side(c->in, s, &prev);
		if (!l)
			continue;
		red_flags(c, l);
		persistent(c, s);
		physio |= instability(c, s);
		morning(c, l, prev);
	}
	if (physio && c->out->referral < REFERRAL_PHYSIO)
		c->out->referral = REFERRAL_PHYSIO;
}

/* ---- the last run's pain (R1) ------------------------------------------ */

static void
run_pain(struct ctx *c)
{
	const struct last_run *r = &c->in->last_run;
	int p;

	if (!r->has || r->day < c->in->today - (TODAY_RECENT_DAYS - 1))
		return;
	p = r->pain_during > r->pain_after ? r->pain_during : r->pain_after;
	if (p < 0)
		return;
	if (p >= 7)
		add(c, "PAIN", LEVEL_WARN, VERDICT_CLINICIAN,
		    "pain %d/10 during or after the last run: see a clinician "
		    "before running again", p);
	if (p > 5)
		add(c, "R1", LEVEL_WARN, VERDICT_REST,
		    "pain %d/10 during or after the last run is above 5/10: rest "
		    "today", p);
	else if (p >= 4) {
		add(c, "R1", LEVEL_CAUTION, VERDICT_EASY,
		    "pain %d/10 during or after the last run is acceptable but not "
		    "safe (4-5/10): keep today easy and shorter", p);
		cap_shorter(c);
	} else if (p > 0)
		add(c, "R1", LEVEL_INFO, VERDICT_RUN,
		    "pain %d/10 during or after the last run is in the safe zone "
		    "(0-3/10)", p);
}

/* ---- load (L1, L2, L3, L5, rest) --------------------------------------- */

static void
load_rules(struct ctx *c)
{
	const struct load_report *ld = c->in->load;
	char a[24], b[24], d[16];

	/* L2: no run in the prior 30 days, or the return run already done
	 * this week (an unbounded L1 spike: EVIDENCE.md section 1). Design
	 * choice: where the log itself starts, talus cannot tell a return
	 * from a break from a runner who has just begun to log, so it says so
	 * and lets the runner judge (info, no cap). */
	if (ld->spike_after_gap && ld->gap_day == ld->first_day) {
		char date[11];
		add(c, "L2", LEVEL_INFO, VERDICT_RUN,
		    "your log starts with the run on %s: talus cannot see your running "
		    "before it; if you are coming back after 30 days or more without "
		    "running, return with walk-run (walk 2 min, run 3 min, %s in all)",
		    date_format(date, ld->gap_day), dist(a, c, TODAY_WALKRUN_M));
	} else if (ld->spike_after_gap) {
		char date[11];
		add(c, "L2", LEVEL_CAUTION, VERDICT_EASY,
		    "the %s run on %s came after more than 30 days without running, "
		    "an unbounded spike: return with walk-run (phase 1: walk 2 min, "
		    "run 3 min, %s in all) and build up over the following sessions",
		    dist(a, c, ld->gap_m), date_format(date, ld->gap_day),
		    dist(b, c, TODAY_WALKRUN_M));
		cap(c, TODAY_WALKRUN_M);
	} else if (!ld->has_data) {
		add(c, "L2", LEVEL_INFO, VERDICT_RUN,
		    "no runs logged yet, so talus cannot judge your load: if you have "
		    "not run in the last 30 days, start with walk-run (walk 2 min, run "
		    "3 min, %s in all)", dist(a, c, TODAY_WALKRUN_M));
	} else if (ld->lmax30_m <= 0 && ld->today_m <= 0) {
		add(c, "L2", LEVEL_CAUTION, VERDICT_EASY,
		    "no run in the last 30 days: restart with walk-run (phase 1: walk 2 "
		    "min, run 3 min, %s in all) and build up over the following sessions",
		    dist(a, c, TODAY_WALKRUN_M));
		cap(c, TODAY_WALKRUN_M);
	} else if (ld->lmax30_m > 0) {
		double planned = c->in->planned_m;
		if (!isnan(planned)) {
			double s = load_spike(planned, ld->lmax30_m);
			if (load_spike_over(s)) {
				add(c, "L1", strcmp(load_spike_band(s), "small") ? LEVEL_WARN : LEVEL_CAUTION,
				    VERDICT_EASY,
				    "the planned %s is %.0f%% longer than your longest run "
				    "of the last 30 days (%s), a %s spike: single runs "
				    "more than 10%% longer raised injury risk; keep it to "
				    "%s or less",
				    dist(a, c, planned), s * 100, dist(b, c, ld->lmax30_m),
				    load_spike_band(s), dist(d, c, 1.1 * ld->lmax30_m));
			} else {
				add(c, "L1", LEVEL_INFO, VERDICT_RUN,
				    "the planned %s is within 10%% of your longest run "
				    "of the last 30 days (%s)",
				    dist(a, c, planned), dist(b, c, ld->lmax30_m));
			}
		}
		cap(c, 1.1 * ld->lmax30_m);
	}

	/* L1 on the runs already done this week: listed. */
	if (!isnan(ld->spike) && load_spike_over(ld->spike)) {
		char date[11];
		add(c, "L1", strcmp(load_spike_band(ld->spike), "small") ? LEVEL_WARN : LEVEL_CAUTION,
		    VERDICT_RUN,
		    "the %s run on %s was %.0f%% longer than the longest of its prior "
		    "30 days (%s), a %s spike",
		    dist(a, c, ld->spike_m), date_format(date, ld->spike_day),
		    ld->spike * 100, dist(b, c, ld->spike_ref_m),
		    load_spike_band(ld->spike));
	}

	/* L3: 7 days on the 7 before. */
	if (ld->l3 != LEVEL_NONE) {
		enum verdict v = ld->l3 == LEVEL_WARN ? VERDICT_EASY : VERDICT_RUN;
		add(c, "L3", ld->l3, v,
		    "the last 7 days (%s) are %.0f%% up on the 7 before (%s)%s",
		    dist(a, c, ld->last7_m), ld->change7 * 100, dist(b, c, ld->prev7_m),
		    ld->l3 == LEVEL_WARN ? ": over 30%, keep today easy" : "");
		if (ld->l3 == LEVEL_WARN)
			cap_shorter(c);
	}

	/* L5: monotony, a heuristic. */
	if (!isnan(ld->monotony) && ld->monotony > 2.0)
		add(c, "L5", LEVEL_INFO, VERDICT_RUN,
		    "training monotony %.1f over 7 days (above 2.0, a practitioner "
		    "heuristic): vary the length of your runs", ld->monotony);

	/* Rest: a labelled design choice. */
	if (ld->streak >= TODAY_STREAK_EASY) {
		add(c, "REST", LEVEL_CAUTION, VERDICT_EASY,
		    "%d running days in a row without a rest day: take it easy, and "
		    "plan a rest day (design choice: %d days)", ld->streak,
		    TODAY_STREAK_EASY);
		cap_shorter(c);
	} else if (ld->rest_days7 == 0)
		add(c, "REST", LEVEL_CAUTION, VERDICT_RUN,
		    "no rest day in the last 7 days: plan one (design choice)");
}

void
today_assess(struct today_report *out, const struct today_input *in)
{
	struct ctx c = { out, in, NAN };
	int ran_28d;

	memset(out, 0, sizeof(*out));
	out->today = in->today;
	out->verdict = VERDICT_RUN;

	symptoms(&c);
	run_pain(&c);
	load_rules(&c);

	ran_28d = in->load->has_data && in->load->days_since_run >= 0 &&
		  in->load->days_since_run < 28;
	out->nshoes = shoe_alerts(out->shoes, sizeof(out->shoes) / sizeof(out->shoes[0]),
				  in->shoes, in->nshoes, ran_28d, in->units);
	for (size_t i = 0; i < out->nshoes; i++)
		add(&c, out->shoes[i].rule, out->shoes[i].level, VERDICT_RUN, "%s",
		    out->shoes[i].message);

	/* Most severe first, keeping the order of rules within a severity. */
	{
		struct reason tmp[TODAY_MAX_REASONS];
		size_t n = out->nreasons;
		memcpy(tmp, out->reasons, n * sizeof(tmp[0]));
		for (int v = VERDICT_URGENT, k = 0; v >= VERDICT_RUN; v--)
			for (int lv = LEVEL_URGENT; lv >= LEVEL_INFO; lv--)
				for (size_t i = 0; i < n; i++)
					if ((int)tmp[i].verdict == v && (int)tmp[i].level == lv)
						out->reasons[k++] = tmp[i];
	}

	switch (out->verdict) {
	case VERDICT_URGENT:
		out->referral = REFERRAL_URGENT;
		out->max_distance_m = 0;
		break;
	case VERDICT_CLINICIAN:
		out->referral = REFERRAL_CLINICIAN;
		out->max_distance_m = 0;
		break;
	case VERDICT_REST:
		out->max_distance_m = 0;
		break;
	default:
		out->max_distance_m = c.cap;
		break;
	}
}

/* Ranks reasons as today_assess() orders them: verdict, then level. */
static int
ranks_above(const struct reason *a, enum verdict v, enum level lv)
{
	return a->verdict != v ? a->verdict > v : a->level >= lv;
}

void
today_merge(struct today_report *out, const char *rule, enum level level,
	    enum verdict verdict, double cap_m, const char *msg)
{
	struct reason r;
	size_t at = 0;

	memset(&r, 0, sizeof(r));
	snprintf(r.rule, sizeof(r.rule), "%s", rule);
	r.level = level;
	r.verdict = verdict;
	snprintf(r.message, sizeof(r.message), "%s", msg);
	while (at < out->nreasons && ranks_above(&out->reasons[at], verdict, level))
		at++;
	if (out->nreasons < TODAY_MAX_REASONS) {
		memmove(&out->reasons[at + 1], &out->reasons[at],
			(out->nreasons - at) * sizeof(r));
		out->reasons[at] = r;
		out->nreasons++;
	} else if (at < TODAY_MAX_REASONS) {
		memmove(&out->reasons[at + 1], &out->reasons[at],
			(TODAY_MAX_REASONS - 1 - at) * sizeof(r));
		out->reasons[at] = r;
	}

	if (verdict <= VERDICT_EASY && !isnan(cap_m) &&
	    (isnan(out->max_distance_m) || cap_m < out->max_distance_m))
		out->max_distance_m = cap_m;
	if (verdict > out->verdict)
		out->verdict = verdict;
	if (out->verdict >= VERDICT_REST)
		out->max_distance_m = 0;
	if (out->verdict == VERDICT_CLINICIAN && out->referral < REFERRAL_CLINICIAN)
		out->referral = REFERRAL_CLINICIAN;
	if (out->verdict == VERDICT_URGENT)
		out->referral = REFERRAL_URGENT;
}
