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

/* "today", "yesterday", "12 days ago". */
static const char *
ago(char *buf, size_t n, int32_t day, int32_t today)
{
	int d = today - day;

	if (d <= 0)
		snprintf(buf, n, "today");
	else if (d == 1)
		snprintf(buf, n, "yesterday");
	else
		snprintf(buf, n, "%d days ago", d);
	return buf;
}

/* The kinds of red flag, each reported once a side: for the earliest
 * log that stands with it (the one that raised it). */
enum { RF_CRACK = 1 << 0, RF_DEFORMITY = 1 << 1, RF_NUMB = 1 << 2, RF_ANKLE = 1 << 3,
       RF_FOOT = 1 << 4, RF_WB = 1 << 5, RF_SNAP = 1 << 6, RF_FEVER = 1 << 7,
       RF_BONE = 1 << 8 };

/* 1 when kind k of side s is not reported yet (and marks it). */
static int
first_of(unsigned seen[3], enum side s, unsigned k)
{
	unsigned *m = &seen[s == SIDE_RIGHT];

	if (*m & k)
		return 0;
	*m |= k;
	return 1;
}

/* The red flags of a log that stands: each names the log's day. */
static void
red_flags(struct ctx *c, const struct ankle_log *l, unsigned seen[3])
{
	const char *sd = side_name(l->side);
	char when[48], date[11], a[20];

	snprintf(when, sizeof(when), "logged %s (%s)", date_format(date, l->day),
		 ago(a, sizeof(a), l->day, c->in->today));
	if (l->crack && first_of(seen, l->side, RF_CRACK))
		add(c, "F1", LEVEL_URGENT, VERDICT_URGENT,
		    "%s ankle: a crack was heard at the injury, %s: get it assessed "
		    "today (urgent care or emergency department)", sd, when);
	if (l->deformity && first_of(seen, l->side, RF_DEFORMITY))
		add(c, "F1", LEVEL_URGENT, VERDICT_URGENT,
		    "%s ankle: a deformity or odd angle, %s: get it assessed today "
		    "(urgent care or emergency department)", sd, when);
	if ((l->numb || l->cold_or_discoloured) && first_of(seen, l->side, RF_NUMB))
		add(c, "F1", LEVEL_URGENT, VERDICT_URGENT,
		    "%s foot numb, cold or discoloured, %s: get it assessed today "
		    "(urgent care or emergency department)", sd, when);
	if ((l->tender & (TENDER_LATERAL_MALLEOLUS | TENDER_MEDIAL_MALLEOLUS)) &&
	    first_of(seen, l->side, RF_ANKLE))
		add(c, "O1", LEVEL_URGENT, VERDICT_URGENT,
		    "%s ankle: bone tenderness at the %s malleolus, %s: the Ottawa "
		    "ankle rule says this needs a same-day assessment, which may "
		    "include an X-ray (talus cannot tell what it is)", sd,
		    l->tender & TENDER_LATERAL_MALLEOLUS ? "lateral" : "medial", when);
	if ((l->tender & (TENDER_FIFTH_METATARSAL | TENDER_NAVICULAR)) &&
	    first_of(seen, l->side, RF_FOOT))
		add(c, "O2", LEVEL_URGENT, VERDICT_URGENT,
		    "%s foot: bone tenderness at the %s, %s: the Ottawa foot rule "
		    "says this needs a same-day assessment, which may include an "
		    "X-ray (talus cannot tell what it is)", sd,
		    l->tender & TENDER_FIFTH_METATARSAL ? "base of the fifth metatarsal"
							: "navicular", when);
	if (l->weight_bearing == WB_UNABLE && first_of(seen, l->side, RF_WB))
		add(c, "O1", LEVEL_URGENT, VERDICT_URGENT,
		    "%s ankle: unable to bear weight (4 steps), %s: the Ottawa rules "
		    "say this needs a same-day assessment", sd, when);
	if (l->achilles_snap && first_of(seen, l->side, RF_SNAP))
		add(c, "F2", LEVEL_URGENT, VERDICT_URGENT,
		    "%s: a sudden snap or kick at the back of the heel, %s: an "
		    "emergency sign for the Achilles tendon: get it assessed today",
		    sd, when);
	if (l->hot_swollen_fever && first_of(seen, l->side, RF_FEVER))
		add(c, "F2", LEVEL_URGENT, VERDICT_URGENT,
		    "%s ankle hot and swollen with a fever, %s: get it assessed today",
		    sd, when);
	if (l->bone_pain_worsening && first_of(seen, l->side, RF_BONE))
		add(c, "F3", LEVEL_WARN, VERDICT_CLINICIAN,
		    "%s: focal bone pain that is getting worse, %s: a warning sign of "
		    "a bone stress injury: stop running and see a clinician", sd, when);
}

int
today_acute_event(const struct ankle_log *l)
{
	int p = l->pain > l->morning_pain ? l->pain : l->morning_pain;

	return (l->rolled || l->giving_way > 0) &&
	       (l->swelling >= SWELL_MODERATE || l->weight_bearing >= WB_PAINFUL || p >= 4);
}

/* The symptoms of one log (not its red flags) as rules: what fires for
 * the latest log of a side within TODAY_SYMPTOM_DAYS days. seen: the
 * referral of PAIN or SWELL is done (a consultation since the log). */
struct sym {
	const char *rule;
	enum verdict v;
	char what[96];
};

static size_t
log_symptoms(struct sym out[6], const struct ankle_log *l, int seen)
{
	int p = l->pain > l->morning_pain ? l->pain : l->morning_pain;
	const char *pw = l->morning_pain > l->pain ? "morning pain" : "pain";
	size_t k = 0;

	if (p >= 7) {
		out[k].rule = "PAIN";
		out[k].v = seen ? VERDICT_REST : VERDICT_CLINICIAN;
		snprintf(out[k++].what, sizeof(out[0].what), "%s %d/10", pw, p);
	} else if (p == 6) {
		out[k].rule = "SYM";
		out[k].v = VERDICT_REST;
		snprintf(out[k++].what, sizeof(out[0].what), "%s %d/10", pw, p);
	} else if (p >= 4) {
		out[k].rule = "SYM";
		out[k].v = VERDICT_EASY;
		snprintf(out[k++].what, sizeof(out[0].what), "%s %d/10", pw, p);
	}
	if (l->swelling == SWELL_SEVERE) {
		out[k].rule = "SWELL";
		out[k].v = seen ? VERDICT_REST : VERDICT_CLINICIAN;
		snprintf(out[k++].what, sizeof(out[0].what), "severe swelling");
	} else if (l->swelling == SWELL_MODERATE) {
		out[k].rule = "SYM";
		out[k].v = VERDICT_REST;
		snprintf(out[k++].what, sizeof(out[0].what), "moderate swelling");
	}
	if (l->weight_bearing == WB_PAINFUL) {
		out[k].rule = "SYM";
		out[k].v = VERDICT_REST;
		snprintf(out[k++].what, sizeof(out[0].what), "painful to bear weight");
	}
	return k;
}

/* The same for a log on its own day: the acute event, or a roll or
 * giving way without it. */
static int
log_event(const struct ankle_log *l, enum verdict *v)
{
	if (today_acute_event(l)) {
		*v = VERDICT_REST;
		return 1;
	}
	if (l->rolled || l->giving_way > 0) {
		*v = VERDICT_EASY;
		return 1;
	}
	return 0;
}

enum verdict
today_log_verdict(const struct ankle_log *l)
{
	struct sym s[6];
	enum verdict v = VERDICT_RUN, e;
	size_t n;

	if (ankle_log_red_flag(l)) {
		if (l->crack || l->deformity || l->numb || l->cold_or_discoloured ||
		    l->tender || l->weight_bearing == WB_UNABLE || l->achilles_snap ||
		    l->hot_swollen_fever)
			return VERDICT_URGENT;
		v = VERDICT_CLINICIAN;
	}
	n = log_symptoms(s, l, 0);
	for (size_t i = 0; i < n; i++)
		if (s[i].v > v)
			v = s[i].v;
	if (log_event(l, &e) && e > v)
		v = e;
	return v;
}

static void
symptoms_at_rest(struct ctx *c, const struct ankle_log *l)
{
	const struct today_input *in = c->in;
	const char *sd = side_name(l->side);
	char date[11], a[20], event[96] = "";
	struct sym s[6];
	enum verdict ev;
	int seen;
	size_t n;

	if (l->day < in->today - (TODAY_SYMPTOM_DAYS - 1))
		return;
	seen = consult_covers(in->consults, in->nconsults, l->side, l->day, in->today);
	n = log_symptoms(s, l, seen);
	date_format(date, l->day);
	ago(a, sizeof(a), l->day, in->today);
	/* one line for each rule and verdict, the symptoms joined */
#define SAME(j, i) (s[j].rule && !strcmp(s[j].rule, s[i].rule) && s[j].v == s[i].v)
	for (size_t i = 0; i < n; i++) {
		char what[320] = "";
		size_t k = 0, m = 0;
		if (!s[i].rule)
			continue;
		for (size_t j = i; j < n; j++)
			m += SAME(j, i);
		for (size_t j = i; j < n; j++)
			if (SAME(j, i)) {
				k++;
				snprintf(what + strlen(what), sizeof(what) - strlen(what), "%s%s",
					 k == 1 ? "" : k == m ? " and " : ", ", s[j].what);
			}
		for (size_t j = i + 1; j < n; j++)
			if (SAME(j, i))
				s[j].rule = NULL;
		switch (s[i].v) {
		case VERDICT_CLINICIAN:
			add(c, s[i].rule, LEVEL_WARN, VERDICT_CLINICIAN,
			    "%s ankle: %s in the log of %s (%s): see a clinician before "
			    "running", sd, what, date, a);
			break;
		case VERDICT_REST:
			add(c, s[i].rule, LEVEL_WARN, VERDICT_REST,
			    "%s ankle: %s in the log of %s (%s)%s: rest today", sd, what,
			    date, a, strcmp(s[i].rule, "SYM") ? ", seen by a clinician since" : "");
			break;
		default:
			add(c, s[i].rule, LEVEL_CAUTION, VERDICT_EASY,
			    "%s ankle: %s in the log of %s (%s): keep today easy and shorter",
			    sd, what, date, a);
			cap_shorter(c);
			break;
		}
	}
#undef SAME
	if (l->day != in->today || !log_event(l, &ev))
		return;
	if (l->rolled && l->giving_way > 0)
		snprintf(event, sizeof(event), "rolled and gave way %d time%s", l->giving_way,
			 l->giving_way == 1 ? "" : "s");
	else if (l->rolled)
		snprintf(event, sizeof(event), "rolled");
	else
		snprintf(event, sizeof(event), "gave way %d time%s", l->giving_way,
			 l->giving_way == 1 ? "" : "s");
	if (ev == VERDICT_REST) {
		add(c, "A1", LEVEL_WARN, VERDICT_REST,
		    "%s ankle %s today, with pain, swelling or painful weight bearing: "
		    "an acute event: rest today; a recovery plan begins (talus recover)",
		    sd, event);
	} else {
		add(c, "SYM", LEVEL_CAUTION, VERDICT_EASY,
		    "%s ankle %s today, with little pain, no more than mild swelling and "
		    "weight bearing ok: keep today easy and shorter", sd, event);
		cap_shorter(c);
	}
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
	const struct today_input *in = c->in;
	const struct ankle_log *fl = in->flag_logs ? in->flag_logs : in->logs;
	size_t nfl = in->flag_logs ? in->nflag_logs : in->nlogs;
	struct redflag rf[REDFLAG_MAX];
	size_t nrf = redflag_standing(rf, REDFLAG_MAX, fl, nfl, in->consults, in->nconsults,
				      in->today);
	unsigned seen[3] = { 0, 0, 0 };
	int physio = 0;

	for (size_t i = 0; i < nrf; i++)
		red_flags(c, rf[i].log, seen);
	for (enum side s = SIDE_LEFT; s <= SIDE_RIGHT; s++) {
		const struct ankle_log *prev, *l = latest_of_side(in, s, &prev);
		if (!l)
			continue;
		symptoms_at_rest(c, l);
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
	/* In a recovery episode the run that began it belongs to the episode,
	 * and the sessions after it are the recovery plan's to judge (R1 in
	 * core/recover.c); severe pain still calls for a clinician. */
	if (c->in->episode.active && (p < 7 || r->day < c->in->episode.since))
		return;
	if (p >= 7)
		add(c, "PAIN", LEVEL_WARN, VERDICT_CLINICIAN,
		    "pain %d/10 during or after the last run: see a clinician "
		    "before running again", p);
	if (c->in->episode.active)
		return;
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

/* L1 on a planned run against ref, "your longest run <of> <date>". */
static void
planned_l1(struct ctx *c, double planned, double ref, const char *of, const char *date)
{
	char a[24], b[24], d[24], whose[96];
	double s;

	if (isnan(planned))
		return;
	snprintf(whose, sizeof(whose), "your longest run %s%s%s (%s)", of, date ? " " : "",
		 date ? date : "", dist(b, c, ref));
	s = load_spike(planned, ref);
	if (load_spike_over(s))
		add(c, "L1", strcmp(load_spike_band(s), "small") ? LEVEL_WARN : LEVEL_CAUTION,
		    VERDICT_EASY,
		    "the planned %s is %.0f%% longer than %s, a %s spike: single runs "
		    "more than 10%% longer raised injury risk; keep it to %s or less",
		    dist(a, c, planned), s * 100, whose, load_spike_band(s),
		    dist(d, c, 1.1 * ref));
	else if (planned > ref)
		add(c, "L1", LEVEL_INFO, VERDICT_RUN,
		    "the planned %s is longer than %s, but by no more than 10%%",
		    dist(a, c, planned), whose);
	else
		add(c, "L1", LEVEL_INFO, VERDICT_RUN,
		    "the planned %s is no longer than %s: no spike",
		    dist(a, c, planned), whose);
}

/* ---- load (L1, L2, L3, L5, rest) --------------------------------------- */

static void
load_rules(struct ctx *c)
{
	const struct load_report *ld = c->in->load;
	char a[24], b[24];

	/* L2: no run in the prior 30 days, or the return run already done
	 * this week (an unbounded L1 spike: EVIDENCE.md section 1). Design
	 * choice: where the log itself starts, talus cannot tell a return
	 * from a break from a runner who has just begun to log, so it says so
	 * and lets the runner judge (info, no cap). */
	if (c->in->episode.active) {
		/* L1 against the return, not the runner before it. */
		double ref = c->in->episode.ref_m;
		char date[11];
		date_format(date, c->in->episode.since);
		if (ref > 0) {
			planned_l1(c, c->in->planned_m, ref, "since the walk-run return began on",
				   date);
			cap(c, 1.1 * ref);
		}
	} else if (ld->spike_after_gap && ld->gap_day == ld->first_day) {
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
		planned_l1(c, c->in->planned_m, ld->lmax30_m, "of the last 30 days", NULL);
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
		/* in a recovery episode the weeks are the return's to set */
		if (ld->l3 == LEVEL_WARN && !c->in->episode.active)
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
		if (!c->in->episode.active)
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
