/* dash.c - the dashboard's pages of the log (see dash.h). */
#include "render/dash.h"
#include "render/chart.h"
#include "render/html.h"
#include "render/plan.h"
#include "render/programme.h"
#include "render/recover.h"
#include "render/team.h"
#include "render/today.h"
#include "core/exercise.h"
#include "core/rules.h"
#include "util/date.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The verdict in the words of `talus today`. */
static const char *
verdict_words(enum verdict v)
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
referral_words(enum referral r)
{
	switch (r) {
	case REFERRAL_PHYSIO: return "a physiotherapist, for the recurrent giving way (F4)";
	case REFERRAL_CLINICIAN: return "a clinician (GP, sports physician or physiotherapist)";
	case REFERRAL_URGENT: return "urgent care or the emergency department, today";
	default: return NULL;
	}
}

static const char *const side_words[] = { "left", "right", "both" };

/* "2 Mar": a short x label. */
static const char *
short_date(char *buf, size_t n, int32_t day)
{
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	char iso[11];
	int y, m, d;

	date_format(iso, day);
	if (sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12)
		snprintf(buf, n, "%s", iso);
	else
		snprintf(buf, n, "%d %s", d, mon[m - 1]);
	return buf;
}

static void
dist(struct strbuf *out, double m, enum units u)
{
	char b[24];

	if (isnan(m))
		strbuf_adds(out, "-");
	else
		strbuf_adds(out, distance_format(b, m, u));
}

static void
rule_link(struct strbuf *out, const char *rule)
{
	strbuf_adds(out, "<a class=\"rule\" href=\"/evidence#");
	html_text(out, rule);
	strbuf_adds(out, "\">");
	html_text(out, rule);
	strbuf_adds(out, "</a>");
}

/* ---- today --------------------------------------------------------------- */

static void
reason_item(struct strbuf *out, const struct reason *r)
{
	static const char *const marks[] = { "", "!", "!!", "!!!" };
	int lv = r->level < 0 ? 0 : r->level > 3 ? 3 : r->level;

	strbuf_addf(out, "<li class=\"lvl-%s\"><span class=\"mark\" aria-hidden=\"true\">%s</span> ",
		    level_name(r->level), marks[lv]);
	rule_link(out, r->rule);
	strbuf_adds(out, " ");
	html_text(out, r->message);
	if (*rule_source(r->rule)) {
		strbuf_adds(out, " <small class=\"src\">(");
		html_text(out, rule_source(r->rule));
		strbuf_adds(out, ")</small>");
	}
	strbuf_addf(out, " <span class=\"lvl\">[%s]</span></li>\n", level_name(r->level));
}

static void
guided_html(struct strbuf *out, const struct day *d, const struct athlete *ath)
{
	if (!d->enrolled)
		return;
	if (d->rec_active) {
		struct strbuf sb = STRBUF_INIT;
		render_recover_stage_text(&sb, d);
		/* the stage in the words of `talus today`, then the step */
		strbuf_addf(out, "<section class=\"guided\" id=\"recovery\" data-stage=\"%s\">"
				 "<h2>Recovery</h2>\n<p class=\"stage\">Episode ",
			    render_recover_stage_name(d));
		html_text(out, sb.buf);
		strbuf_release(&sb);
		strbuf_adds(out, ".</p>\n<p class=\"step\">");
		html_text(out, d->rtoday.message);
		strbuf_adds(out, " ");
		page_link(out, ath->name, "recovery", "The recovery plan");
		strbuf_adds(out, "</p></section>\n");
	}
	if (d->has_plan) {
		struct strbuf sb = STRBUF_INIT;
		render_plan_status_text(&sb, d, ath->units);
		strbuf_adds(out, "<section class=\"guided\"><h2>Plan</h2>\n<p>");
		html_text(out, sb.buf);
		strbuf_adds(out, " ");
		page_link(out, ath->name, "plan", "The plan");
		strbuf_adds(out, "</p></section>\n");
		strbuf_release(&sb);
	}
	if (d->has_prog) {
		const struct programme_today *pt = &d->ptoday;
		strbuf_adds(out, "<section class=\"guided\"><h2>Programme</h2>\n");
		if (pt->has_session && !pt->paused) {
			strbuf_addf(out, "<p>Session %d of %d (week %d)%s.</p>\n<ul>\n",
				    pt->session.index, PROGRAMME_SESSIONS, pt->session.week,
				    pt->session.retest ? "; re-test afterwards" : "");
			for (int i = 0; i < pt->session.n_items; i++) {
				struct strbuf sb = STRBUF_INIT;
				render_programme_item_text(&sb, &pt->session.item[i]);
				strbuf_adds(out, "<li>");
				html_text(out, sb.buf);
				strbuf_adds(out, "</li>\n");
				strbuf_release(&sb);
			}
			strbuf_adds(out, "</ul>\n");
		} else {
			strbuf_adds(out, "<p>");
			html_text(out, pt->message);
			strbuf_adds(out, "</p>\n");
		}
		strbuf_adds(out, "<p>");
		page_link(out, ath->name, "programme", "This week's sessions");
		strbuf_adds(out, "</p></section>\n");
	}
}

/* The headline of `talus today` (render_day_headline(), the same words)
 * as lines of text: without the indent, the bars of '=' and the "!!"
 * marks of a terminal. *lines point into sb; at most max, the count
 * returned. */
static size_t
headline_lines(const char **lines, size_t max, struct strbuf *sb, const struct day *d)
{
	size_t n = 0;
	char *p, *e;

	render_day_headline(sb, d, RENDER_PLAIN);
	for (p = sb->buf; *p && n < max; p = e) {
		size_t len;
		if ((e = strchr(p, '\n')))
			*e++ = '\0';
		else
			e = p + strlen(p);
		p += strspn(p, " ");
		if (!strncmp(p, "!! ", 3))
			p += 3;
		len = strlen(p);
		if (len >= 3 && !strcmp(p + len - 3, " !!"))
			p[len -= 3] = '\0';
		if (len && strspn(p, "=") != len)
			lines[n++] = p;
	}
	return n;
}

/* A link to the consultation form of the log page. */
static void
seen_link(struct strbuf *out, const struct athlete *ath, const char *text)
{
	strbuf_adds(out, "<a class=\"button seen-link\" href=\"");
	page_href(out, ath->name, "log#seen");
	strbuf_adds(out, "\">");
	html_text(out, text);
	strbuf_adds(out, "</a>");
}

/* The red flags that stand on d's day, each with the day of the log that
 * raised it and how long ago that was. */
static void
flags_html(struct strbuf *out, const struct day *d)
{
	strbuf_adds(out, "<ul class=\"flags\">\n");
	for (size_t i = 0; i < d->nflags; i++) {
		strbuf_addf(out, "<li data-side=\"%s\"><strong>%s ankle</strong>: a red flag "
				 "logged ", side_name(d->flags[i].log->side),
			    d->flags[i].log->side == SIDE_RIGHT ? "Right" : "Left");
		page_date(out, d->flags[i].logged);
		strbuf_adds(out, " (<span class=\"ago\">");
		page_ago(out, d->flags[i].logged, d->day);
		strbuf_adds(out, "</span>)</li>\n");
	}
	strbuf_adds(out, "</ul>\n");
}

void
render_today_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		  const struct day *d, const struct load_report *ld)
{
	const struct today_report *t = &d->today;
	const struct day_session *ses = &d->session;
	const char *ref = referral_words(t->referral);
	struct strbuf hl = STRBUF_INIT;
	const char *line[4];
	size_t nl = headline_lines(line, 4, &hl, d);
	char a[24], b[24], c[24];

	page_begin(out, p);
	strbuf_adds(out, "<p class=\"date\">");
	page_date(out, d->day);
	strbuf_adds(out, "</p>\n");
	if (t->verdict == VERDICT_URGENT) {
		/* First, boxed, bold, coloured, and clear without colour: a
		 * heading, a symbol and the words of `talus today`'s banner. */
		strbuf_adds(out, "<section class=\"urgent\" id=\"urgent\" role=\"alert\" "
				 "aria-labelledby=\"urgent-h\">\n<h2 id=\"urgent-h\">"
				 "<span aria-hidden=\"true\">&#9888;</span> ");
		html_text(out, nl ? line[0] : verdict_words(t->verdict));
		strbuf_adds(out, "</h2>\n");
		for (size_t i = 1; i < nl; i++) {
			strbuf_adds(out, "<p class=\"headline\"><strong>");
			html_text(out, line[i]);
			strbuf_adds(out, "</strong></p>\n");
		}
		strbuf_adds(out, "<p>Go to urgent care or the emergency department today. Your log "
				 "shows a red flag:</p>\n<ul>\n");
		for (size_t i = 0; i < t->nreasons; i++)
			if (t->reasons[i].verdict == VERDICT_URGENT)
				reason_item(out, &t->reasons[i]);
		strbuf_adds(out, "</ul>\n<p>talus cannot tell what it is: only a clinician can, "
				 "and an X-ray may be needed.</p>\n<p>");
		seen_link(out, ath, "Seen by a clinician? Record the consultation");
		strbuf_adds(out, "</p>\n</section>\n");
	}
	strbuf_addf(out, "<section class=\"verdict v-%s\" aria-labelledby=\"verdict-h\">\n"
			 "<h2 id=\"verdict-h\" class=\"visually-hidden\">Verdict</h2>\n"
			 "<p class=\"verdict-word\" id=\"headline\" data-verdict=\"%s\">",
		    verdict_name(t->verdict), verdict_name(t->verdict));
	/* the headline of `talus today`; an urgent one is the banner above */
	html_text(out, t->verdict != VERDICT_URGENT && nl ? line[0] : verdict_words(t->verdict));
	strbuf_adds(out, "</p>\n");
	if (ses->source != SESSION_NONE) {
		strbuf_addf(out, "<p class=\"session\" id=\"session\" data-source=\"%s\" "
				 "data-kind=\"%s\">", session_source_name(ses->source),
			    session_kind_name(ses->kind));
		strbuf_addf(out, "<span class=\"lbl\">Today's session (%s):</span> ",
			    ses->source == SESSION_RECOVERY ? "the recovery" :
			    ses->source == SESSION_PLAN ? "the plan" : "the programme");
		html_text(out, ses->text);
		strbuf_adds(out, "</p>\n");
	}
	strbuf_adds(out, "</section>\n");
	strbuf_release(&hl);
	if (d->nflags) {
		strbuf_adds(out, "<section class=\"standing\" id=\"red-flags\" "
				 "aria-labelledby=\"rf-h\">\n<h2 id=\"rf-h\">"
				 "<span aria-hidden=\"true\">&#9888;</span> Red flags that stand</h2>\n");
		flags_html(out, d);
		strbuf_adds(out, "<p>A red flag stands until a clinician has seen it, or a later "
				 "day's log of that ankle says none of the red flags applies now.</p>\n"
				 "<p class=\"actions\">");
		seen_link(out, ath, "Record a consultation");
		strbuf_adds(out, " ");
		page_link(out, ath->name, "log#ankle", "Answer the red-flag questions again");
		strbuf_adds(out, "</p>\n</section>\n");
	}
	strbuf_adds(out, "<section aria-labelledby=\"why-h\">\n<h2 id=\"why-h\">Why</h2>\n");
	if (t->nreasons) {
		strbuf_adds(out, "<ul class=\"reasons\">\n");
		for (size_t i = 0; i < t->nreasons; i++)
			reason_item(out, &t->reasons[i]);
		strbuf_adds(out, "</ul>\n");
	} else {
		strbuf_adds(out, "<p>Nothing in your log calls for caution today.</p>\n");
	}
	strbuf_adds(out, "</section>\n");
	if (ref) {
		strbuf_adds(out, "<section class=\"referral\"><h2>See</h2><p><strong>");
		html_text(out, ref);
		strbuf_adds(out, "</strong></p>\n");
		if (!d->nflags && t->verdict != VERDICT_URGENT) {
			strbuf_adds(out, "<p>");
			seen_link(out, ath, "Seen them? Record the consultation");
			strbuf_adds(out, "</p>\n");
		}
		strbuf_adds(out, "</section>\n");
	}
	if (t->nshoes) {
		strbuf_adds(out, "<section><h2>Shoes</h2>\n<ul class=\"reasons\">\n");
		for (size_t i = 0; i < t->nshoes; i++) {
			strbuf_addf(out, "<li class=\"lvl-%s\">", level_name(t->shoes[i].level));
			rule_link(out, t->shoes[i].rule);
			strbuf_adds(out, " ");
			html_text(out, t->shoes[i].message);
			strbuf_adds(out, "</li>\n");
		}
		strbuf_adds(out, "</ul>\n</section>\n");
	}
	guided_html(out, d, ath);
	if (ld->has_data) {
		strbuf_adds(out, "<section><h2>Load</h2>\n<dl class=\"facts\">\n<dt>Last 7 days</dt><dd>");
		strbuf_adds(out, distance_format(a, ld->last7_m, ath->units));
		strbuf_adds(out, "</dd>\n<dt>The 7 before</dt><dd>");
		strbuf_adds(out, distance_format(b, ld->prev7_m, ath->units));
		strbuf_adds(out, "</dd>\n<dt>Longest run of the prior 30 days</dt><dd>");
		strbuf_adds(out, distance_format(c, ld->lmax30_m, ath->units));
		strbuf_adds(out, "</dd>\n");
		if (ld->acwr_shown && !isnan(ld->acwr_ewma))
			strbuf_addf(out, "<dt>ACWR (descriptive, <a href=\"/evidence#L4\">L4</a>)</dt>"
					 "<dd>%.2f</dd>\n", ld->acwr_ewma);
		strbuf_adds(out, "</dl>\n<p>");
		page_link(out, ath->name, "load", "Weekly load");
		strbuf_adds(out, "</p></section>\n");
	}
	strbuf_adds(out, "<p class=\"actions\">");
	page_link(out, ath->name, "log", "Log a run or how your ankle feels");
	strbuf_adds(out, "</p>\n<p class=\"disclaimer\">");
	html_text(out, today_disclaimer);
	strbuf_adds(out, "</p>\n");
	page_end(out);
}

/* ---- load ---------------------------------------------------------------- */

void
render_load_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		 const struct load_report *ld, const struct week_load *weeks,
		 const struct load_report *series, int nweeks, const char *view)
{
	struct chart_bar *bars = calloc((size_t)nweeks + 1, sizeof(*bars));
	double *acwr = calloc((size_t)nweeks + 1, sizeof(*acwr));
	double *mono = calloc((size_t)nweeks + 1, sizeof(*mono));
	const char **xl = calloc((size_t)nweeks + 1, sizeof(*xl));
	char (*labels)[16] = calloc((size_t)nweeks + 1, sizeof(*labels));
	const char *unit = units_name(ath->units);
	double top = 2, mtop = 3;
	int nshown = 0;

	page_begin(out, p);
	strbuf_adds(out, "<p class=\"views\">View: ");
	strbuf_addf(out, "%s", !strcmp(view, "12m") ? "" : "<strong>");
	page_link(out, ath->name, "load", "12 weeks");
	strbuf_addf(out, "%s | %s", !strcmp(view, "12m") ? "" : "</strong>",
		    !strcmp(view, "12m") ? "<strong>" : "");
	page_link(out, ath->name, "load?view=12m", "12 months");
	strbuf_addf(out, "%s</p>\n", !strcmp(view, "12m") ? "</strong>" : "");
	for (int i = 0; i < nweeks; i++) {
		const struct week_load *w = &weeks[i];
		double prev = i ? distance_in(weeks[i - 1].dist_m, ath->units) : NAN;
		bars[i].label = short_date(labels[i], sizeof(labels[i]), w->start);
		xl[i] = labels[i];
		bars[i].v = distance_in(w->dist_m, ath->units);
		bars[i].lo = i && prev > 0 ? prev : NAN;
		bars[i].hi = i && prev > 0 ? prev * 1.10 : NAN;
		bars[i].over = !isnan(w->change) && w->change > 0.10 + 1e-9;
		bars[i].mark = !isnan(w->spike) && load_spike_over(w->spike);
		bars[i].partial = w->partial;
		acwr[i] = series[i].acwr_shown ? series[i].acwr_ewma : NAN;
		mono[i] = series[i].monotony;
		if (!isnan(acwr[i]) && acwr[i] > top)
			top = acwr[i];
		if (!isnan(mono[i]) && mono[i] > mtop)
			mtop = mono[i];
		nshown += !isnan(acwr[i]);
	}
	{
		char desc[256], title[96];
		snprintf(title, sizeof(title), "Weekly distance, %s", unit);
		snprintf(desc, sizeof(desc), "%d weeks of running distance, oldest first. The dashed "
			 "box is the 10%% band over the week before (L3); a hatched bar went over "
			 "it; a triangle marks a run more than 10%% longer than the longest of the "
			 "30 days before (L1).", nweeks);
		chart_bars(out, "weekly", title, desc, unit, bars, nweeks);
	}
	strbuf_adds(out, "<p class=\"legend\"><span class=\"key band\"></span> the 10% band "
			 "(L3) &middot; <span class=\"key over\"></span> hatched: over it &middot; "
			 "&#9650; L1: a single run over 10% longer than the longest of the 30 days "
			 "before &middot; lighter: this week so far</p>\n");
	if (nshown) {
		static const double refs[] = { 0.8, 1.3, 1.5, NAN };
		struct chart_series s = { "ACWR (EWMA)", acwr, 0, 1, 0 };
		chart_lines(out, "acwr", "ACWR at the end of each week (L4, descriptive)",
			    "The acute:chronic workload ratio, shown after 28 days of data; "
			    "dotted lines at 0.8, 1.3 and 1.5. A trend to read, never an alert.",
			    "ratio", xl, nweeks, &s, 1, 0, top, refs, NULL, 0, NULL);
	} else {
		strbuf_adds(out, "<p>ACWR is shown after 28 days of data (<a href=\"/evidence#L4\">L4"
				 "</a>).</p>\n");
	}
	{
		static const double refs[] = { 2.0, NAN };
		struct chart_series s = { "monotony", mono, 1, 1, 0 };
		chart_lines(out, "monotony", "Monotony of the last 7 days at the end of each week (L5)",
			    "Mean over standard deviation of the daily distance of 7 days, capped "
			    "at 10; the dotted line is 2.0.", "monotony", xl, nweeks, &s, 1, 0, mtop,
			    refs, NULL, 0, NULL);
	}
	strbuf_addf(out, "<table class=\"data\" id=\"weeks\">\n<caption>The weeks in numbers</caption>\n"
			 "<thead><tr><th scope=\"col\">Week of</th><th scope=\"col\">Distance (%s)</th>"
			 "<th scope=\"col\">Runs</th><th scope=\"col\">Change</th>"
			 "<th scope=\"col\">Longest</th><th scope=\"col\">L1 spike</th>"
			 "<th scope=\"col\">ACWR</th><th scope=\"col\">Monotony</th></tr></thead>\n<tbody>\n",
		    unit);
	for (int i = 0; i < nweeks; i++) {
		const struct week_load *w = &weeks[i];
		strbuf_adds(out, "<tr><th scope=\"row\">");
		page_date(out, w->start);
		strbuf_addf(out, "%s</th><td>%.1f</td><td>%d</td><td>", w->partial ? " (so far)" : "",
			    distance_in(w->dist_m, ath->units), w->runs);
		if (isnan(w->change))
			strbuf_adds(out, "-");
		else
			strbuf_addf(out, "%+.0f%%%s", w->change * 100, bars[i].over ? " (L3)" : "");
		strbuf_adds(out, "</td><td>");
		dist(out, w->runs ? w->longest_m : NAN, ath->units);
		strbuf_adds(out, "</td><td>");
		if (isnan(w->spike))
			strbuf_adds(out, "-");
		else
			strbuf_addf(out, "%+.0f%%%s", w->spike * 100, bars[i].mark ? " (L1)" : "");
		strbuf_adds(out, "</td><td>");
		if (isnan(acwr[i]))
			strbuf_adds(out, "-");
		else
			strbuf_addf(out, "%.2f", acwr[i]);
		strbuf_adds(out, "</td><td>");
		if (isnan(mono[i]))
			strbuf_adds(out, "-");
		else
			strbuf_addf(out, "%.2f", mono[i]);
		strbuf_adds(out, "</td></tr>\n");
	}
	strbuf_adds(out, "</tbody>\n</table>\n");
	if (ld->has_data) {
		strbuf_adds(out, "<p>Today: last 7 days ");
		dist(out, ld->last7_m, ath->units);
		strbuf_adds(out, ", the 7 before ");
		dist(out, ld->prev7_m, ath->units);
		strbuf_adds(out, ".</p>\n");
	}
	page_end(out);
	free(bars);
	free(acwr);
	free(mono);
	free(xl);
	free(labels);
}

/* ---- ankles -------------------------------------------------------------- */

void
render_ankles_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		   int32_t from, int32_t to, const struct ankle_log *logs, size_t nlogs,
		   const struct day_load *runs, size_t nruns, const struct day *d,
		   const struct consult *cs, size_t ncs)
{
	const struct episode *eps = d->eps;
	size_t neps = d->neps;
	int n = to - from + 1;
	double *y = calloc((size_t)n * 4, sizeof(*y));
	const char **xl = calloc((size_t)n, sizeof(*xl));
	const char **marks = calloc((size_t)n, sizeof(*marks));
	char (*labels)[16] = calloc((size_t)n, sizeof(*labels));
	struct chart_shade shades[16];
	int nsh = 0;

	page_begin(out, p);
	strbuf_adds(out, "<p class=\"views\">View: ");
	page_link(out, ath->name, "ankles", "90 days");
	strbuf_adds(out, " | ");
	page_link(out, ath->name, "ankles?days=365", "12 months");
	strbuf_adds(out, "</p>\n");
	if (d->nflags) {
		strbuf_adds(out, "<section class=\"standing\" id=\"red-flags\" "
				 "aria-labelledby=\"rf-h\">\n<h2 id=\"rf-h\">"
				 "<span aria-hidden=\"true\">&#9888;</span> Red flags that stand</h2>\n");
		flags_html(out, d);
		strbuf_adds(out, "<p class=\"actions\">");
		seen_link(out, ath, "Record a consultation");
		strbuf_adds(out, "</p>\n</section>\n");
	}
	for (int i = 0; i < n; i++) {
		xl[i] = short_date(labels[i], sizeof(labels[i]), from + i);
		marks[i] = "";
	}
	for (size_t r = 0; r < nruns; r++)
		if (runs[r].day >= from && runs[r].day <= to)
			marks[runs[r].day - from] = "|";
	for (size_t i = 0; i < nlogs; i++)
		if (logs[i].day >= from && logs[i].day <= to && ankle_log_red_flag(&logs[i]))
			marks[logs[i].day - from] = "!";
	for (size_t e = 0; e < neps && nsh < 16; e++) {
		int32_t s = eps[e].start, t = eps[e].end == INT32_MAX ? to : eps[e].end - 1;
		if (t < from || s > to)
			continue;
		shades[nsh].from = (s < from ? from : s) - from;
		shades[nsh].to = (t > to ? to : t) - from;
		shades[nsh].label = "a recovery episode";
		nsh++;
	}
	for (int side = SIDE_LEFT; side <= SIDE_RIGHT; side++) {
		struct chart_series s[4] = {
			{ "pain", y, 0, 1, 1 },
			{ "morning pain", y + n, 1, 1, 1 },
			{ "stiffness", y + 2 * n, 2, 1, 1 },
			{ "swelling (x3)", y + 3 * n, 0, 1, 1 },
		};
		char id[16], title[96];
		for (int i = 0; i < 4 * n; i++)
			y[i] = NAN;
		for (size_t i = 0; i < nlogs; i++) {
			const struct ankle_log *l = &logs[i];
			int k = l->day - from;
			if ((int)l->side != side || k < 0 || k >= n)
				continue;
			if (l->pain >= 0)
				y[k] = l->pain;
			if (l->morning_pain >= 0)
				y[n + k] = l->morning_pain;
			if (l->stiffness >= 0)
				y[2 * n + k] = l->stiffness;
			if (l->swelling >= 0)
				y[3 * n + k] = 3.0 * l->swelling;
		}
		snprintf(id, sizeof(id), "ankle-%s", side_name((enum side)side));
		snprintf(title, sizeof(title), "%s ankle, 0-10", side == SIDE_LEFT ? "Left" : "Right");
		chart_lines(out, id, title, "Pain, morning pain and stiffness (0-10) and swelling "
			    "(none 0, mild 3, moderate 6, severe 9) per day; | marks a run, ! a red "
			    "flag; shaded: a recovery episode.", "score", xl, n, s, 4, 0, 10, NULL,
			    shades, nsh, marks);
	}
	strbuf_adds(out, "<p class=\"legend\">| a run &middot; ! a red flag &middot; shaded: a "
			 "recovery episode</p>\n");
	strbuf_adds(out, "<table class=\"data\" id=\"logs\">\n<caption>The ankle logs</caption>\n"
			 "<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Side</th>"
			 "<th scope=\"col\">Pain</th><th scope=\"col\">Morning</th>"
			 "<th scope=\"col\">Stiffness</th><th scope=\"col\">Swelling</th>"
			 "<th scope=\"col\">Gave way</th><th scope=\"col\">Red flag</th>"
			 "<th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
	for (size_t i = nlogs; i-- > 0;) {
		const struct ankle_log *l = &logs[i];
		if (l->day < from || l->day > to)
			continue;
		strbuf_adds(out, "<tr><th scope=\"row\">");
		page_date(out, l->day);
		strbuf_addf(out, "</th><td>%s</td>", side_name(l->side));
		if (l->pain >= 0) strbuf_addf(out, "<td>%d</td>", l->pain); else strbuf_adds(out, "<td>-</td>");
		if (l->morning_pain >= 0) strbuf_addf(out, "<td>%d</td>", l->morning_pain); else strbuf_adds(out, "<td>-</td>");
		if (l->stiffness >= 0) strbuf_addf(out, "<td>%d</td>", l->stiffness); else strbuf_adds(out, "<td>-</td>");
		strbuf_addf(out, "<td>%s</td><td>%d%s</td><td>%s</td><td class=\"note\">",
			    l->swelling >= 0 ? swelling_name(l->swelling) : "-", l->giving_way,
			    l->rolled ? ", rolled" : "", ankle_log_red_flag(l) ? "<strong>yes</strong>" : "no");
		html_text(out, l->note ? l->note : "");
		strbuf_adds(out, "</td></tr>\n");
	}
	strbuf_adds(out, "</tbody>\n</table>\n");
	strbuf_adds(out, "<table class=\"data\" id=\"consults\">\n<caption>Consultations "
			 "(<code>talus ankle seen</code>)</caption>\n<thead><tr><th scope=\"col\">"
			 "Date</th><th scope=\"col\">Side</th><th scope=\"col\">Seen by</th>"
			 "<th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
	for (size_t i = ncs; i-- > 0;) {
		strbuf_adds(out, "<tr><th scope=\"row\">");
		page_date(out, cs[i].day);
		strbuf_addf(out, "</th><td>%s</td><td>%s</td><td class=\"note\">",
			    side_name(cs[i].side), consult_by_name(cs[i].by));
		html_text(out, cs[i].note ? cs[i].note : "");
		strbuf_adds(out, "</td></tr>\n");
	}
	if (!ncs)
		strbuf_adds(out, "<tr><td colspan=\"4\">none in these days</td></tr>\n");
	strbuf_adds(out, "</tbody>\n</table>\n<p class=\"actions\">");
	seen_link(out, ath, "Record a consultation");
	strbuf_adds(out, "</p>\n");
	page_end(out);
	free(y);
	free(xl);
	free(marks);
	free(labels);
}

/* ---- shoes --------------------------------------------------------------- */

void
render_shoes_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		  const struct shoe *shoes, size_t n, const struct shoe_alert *alerts, size_t na)
{
	int active = 0;

	page_begin(out, p);
	for (size_t i = 0; i < n; i++)
		active += !shoes[i].retired;
	if (na) {
		strbuf_adds(out, "<ul class=\"reasons\">\n");
		for (size_t i = 0; i < na; i++) {
			strbuf_addf(out, "<li class=\"lvl-%s\">", level_name(alerts[i].level));
			rule_link(out, alerts[i].rule);
			strbuf_adds(out, " ");
			html_text(out, alerts[i].message);
			strbuf_adds(out, "</li>\n");
		}
		strbuf_adds(out, "</ul>\n");
	}
	strbuf_addf(out, "<p>Rotation: %d active pair%s (<a href=\"/evidence#S2\">S2</a>: at "
			 "least two).</p>\n", active, active == 1 ? "" : "s");
	if (!n)
		strbuf_adds(out, "<p>No shoes yet: <code>talus shoe add NAME</code>.</p>\n");
	strbuf_addf(out, "<table class=\"data shoes\">\n<caption>Shoes: wear to the review (dashed) "
			 "and replace (solid) distances (<a href=\"/evidence#S1\">S1</a>)</caption>\n"
			 "<thead><tr><th scope=\"col\">Shoe</th><th scope=\"col\">Used (%s)</th>"
			 "<th scope=\"col\">Review</th><th scope=\"col\">Replace</th>"
			 "<th scope=\"col\">Wear</th><th scope=\"col\">Runs</th>"
			 "<th scope=\"col\">State</th></tr></thead>\n<tbody>\n", units_name(ath->units));
	for (size_t i = 0; i < n; i++) {
		const struct shoe *s = &shoes[i];
		double max = s->limit_m * 1.15;
		char text[160], a[24], b[24], c[24];
		if (s->used_m > max)
			max = s->used_m;
		snprintf(text, sizeof(text), "%s used of %s review, %s replace",
			 distance_format(a, s->used_m, ath->units),
			 distance_format(b, s->review_m, ath->units),
			 distance_format(c, s->limit_m, ath->units));
		strbuf_adds(out, "<tr><th scope=\"row\">");
		html_text(out, s->name);
		strbuf_addf(out, "</th><td>%.1f</td><td>%.0f</td><td>%.0f</td><td>",
			    distance_in(s->used_m, ath->units), distance_in(s->review_m, ath->units),
			    distance_in(s->limit_m, ath->units));
		chart_wear(out, s->used_m, s->review_m, s->limit_m, max, text);
		strbuf_addf(out, "</td><td>%d</td><td>%s%s%s</td></tr>\n", s->runs,
			    s->retired ? "retired" : s->used_m >= s->limit_m ? "<strong>replace</strong>" :
			    s->used_m >= s->review_m ? "<strong>review</strong>" : "in use",
			    s->is_default ? ", default" : "",
			    s->support ? "" : "");
	}
	strbuf_adds(out, "</tbody>\n</table>\n");
	page_end(out);
}

/* ---- team ---------------------------------------------------------------- */

void
render_team_html(struct strbuf *out, const struct page *p, const struct team_member *t,
		 size_t n, int32_t day)
{
	page_begin(out, p);
	strbuf_adds(out, "<p>");
	page_date(out, day);
	strbuf_adds(out, ": every athlete's day, most severe first.</p>\n");
	strbuf_adds(out, "<table class=\"data team\">\n<caption>The team</caption>\n<thead><tr>"
			 "<th scope=\"col\">Athlete</th><th scope=\"col\">Today</th>"
			 "<th scope=\"col\">See</th><th scope=\"col\">Red flags</th>"
			 "<th scope=\"col\">Latest ankle log</th><th scope=\"col\">Last run</th>"
			 "<th scope=\"col\">Last 7 days</th><th scope=\"col\">Programme</th>"
			 "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < n; i++) {
		const struct team_member *m = &t[i];
		strbuf_addf(out, "<tr class=\"v-%s\"><th scope=\"row\">", verdict_name(m->verdict));
		page_link(out, m->ath.name, "today", m->ath.name);
		strbuf_addf(out, "</th><td>%s%s</td><td>%s</td><td>",
			    m->verdict == VERDICT_URGENT ? "<strong>&#9888; " : "",
			    verdict_words(m->verdict), referral_words(m->referral) ?
			    referral_words(m->referral) : "-");
		if (m->verdict == VERDICT_URGENT)
			strbuf_adds(out, "");
		for (size_t k = 0; k < m->nflags; k++) {
			strbuf_addf(out, "%s<strong>%s</strong>, logged ", k ? "; " : "",
				    side_name(m->flags[k].side));
			page_date(out, m->flags[k].logged);
			strbuf_adds(out, " (");
			page_ago(out, m->flags[k].logged, day);
			strbuf_adds(out, ")");
		}
		if (!m->nflags)
			strbuf_adds(out, "none");
		strbuf_adds(out, "</td><td>");
		if (m->has_log) {
			struct strbuf w = STRBUF_INIT;
			render_worst_text(&w, m->worst, m->worst_value);
			page_date(out, m->log.day);
			strbuf_addf(out, ", %s: ", side_name(m->log.side));
			html_text(out, w.buf);
			strbuf_release(&w);
		} else {
			strbuf_adds(out, "-");
		}
		strbuf_adds(out, "</td><td>");
		if (m->days_since_run < 0)
			strbuf_adds(out, "never");
		else
			strbuf_addf(out, "%d day%s ago", m->days_since_run,
				    m->days_since_run == 1 ? "" : "s");
		strbuf_adds(out, "</td><td>");
		dist(out, m->last7_m, m->ath.units);
		if (!isnan(m->change7))
			strbuf_addf(out, " (%+.0f%%)", m->change7 * 100);
		strbuf_adds(out, "</td><td>");
		if (m->has_programme)
			strbuf_addf(out, "%d of %d sessions", m->sessions_done, m->sessions_due);
		else
			strbuf_adds(out, "-");
		strbuf_adds(out, "</td></tr>\n");
	}
	strbuf_adds(out, "</tbody>\n</table>\n");
	if (!n)
		strbuf_adds(out, "<p>No athletes yet: <code>talus init --name NAME</code>.</p>\n");
	page_end(out);
}

/* ---- evidence ------------------------------------------------------------ */

/* Markdown's `code` as <code>code</code>, the rest escaped. */
static void
md_cell(struct strbuf *out, const char *s)
{
	int in = 0;
	struct strbuf part = STRBUF_INIT;

	for (;; s++) {
		if (*s == '`' || !*s) {
			html_text(out, part.buf);
			strbuf_reset(&part);
			if (!*s)
				break;
			strbuf_adds(out, in ? "</code>" : "<code>");
			in = !in;
			continue;
		}
		strbuf_addch(&part, *s);
	}
	if (in)
		strbuf_adds(out, "</code>");
	strbuf_release(&part);
}

void
render_evidence_html(struct strbuf *out, const struct page *p)
{
	page_begin(out, p);
	strbuf_adds(out, "<p>Every reason talus gives names one of these rule ids. The table is "
			 "the project's evidence base (docs/EVIDENCE.md, \"All rules at a glance\"); "
			 "strength: RCT a randomised trial, SR a systematic review, COH a cohort, VAL "
			 "a validation study, CONS a consensus, CONV a convention.</p>\n"
			 "<table class=\"data evidence\">\n<caption>The rules</caption>\n<thead><tr>"
			 "<th scope=\"col\">Id</th><th scope=\"col\">Rule</th>"
			 "<th scope=\"col\">Threshold</th><th scope=\"col\">Strength</th>"
			 "<th scope=\"col\">Source</th><th scope=\"col\">References</th></tr></thead>\n"
			 "<tbody>\n");
	for (size_t i = 0; i < evidence_nrows; i++) {
		const struct evidence_row *r = &evidence_rows[i];
		strbuf_adds(out, "<tr id=\"");
		html_text(out, r->id);
		strbuf_adds(out, "\"><th scope=\"row\"><a href=\"#");
		html_text(out, r->id);
		strbuf_adds(out, "\">");
		html_text(out, r->id);
		strbuf_adds(out, "</a></th><td>");
		md_cell(out, r->rule);
		strbuf_adds(out, "</td><td>");
		md_cell(out, r->threshold);
		strbuf_adds(out, "</td><td>");
		md_cell(out, r->strength);
		strbuf_adds(out, "</td><td>");
		html_text(out, *rule_source(r->id) ? rule_source(r->id) : "-");
		strbuf_adds(out, "</td><td>");
		md_cell(out, r->sources);
		strbuf_adds(out, "</td></tr>\n");
	}
	strbuf_adds(out, "</tbody>\n</table>\n");
	page_end(out);
}

void
render_missing_html(struct strbuf *out, const struct page *p, const char *what, const char *how)
{
	page_begin(out, p);
	strbuf_adds(out, "<p>");
	html_text(out, what);
	strbuf_adds(out, "</p>\n<p>Start one from the command line: <code>");
	html_text(out, how);
	strbuf_adds(out, "</code></p>\n");
	page_end(out);
}

/* ---- programme ----------------------------------------------------------- */

/* Entries of the log on day for exercise ex on side (LIMB_BOTH matches
 * any). */
static int
logged(const struct day *d, int32_t day, const char *ex, int side)
{
	for (size_t i = 0; i < d->nentries; i++)
		if (d->entries[i].day == day && !strcmp(d->entries[i].exercise, ex) &&
		    (side == LIMB_BOTH || d->entries[i].side == side ||
		     d->entries[i].side == LIMB_BOTH))
			return 1;
	return 0;
}

void
render_programme_page_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
			   const struct day *d)
{
	const struct programme *pg = d->prog;
	int week = d->progress.week;

	page_begin(out, p);
	strbuf_addf(out, "<p>Week %d of %d; %d of %d sessions due so far done%s.</p>\n",
		    week < 1 ? 1 : week > PROGRAMME_WEEKS ? PROGRAMME_WEEKS : week, PROGRAMME_WEEKS,
		    d->progress.sessions_done, d->progress.sessions_due,
		    d->progress.paused ? "; progression paused during the flare-up" : "");
	strbuf_adds(out, "<h2>This week</h2>\n");
	for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
		const struct programme_session *s = &pg->session[i];
		if (s->week != (week < 1 ? 1 : week))
			continue;
		strbuf_addf(out, "<section class=\"session\"><h3>Session %d: ", s->index);
		page_date(out, s->day);
		strbuf_addf(out, "%s</h3>\n<ul class=\"ticks\">\n", s->retest ? " (re-test afterwards)" : "");
		for (int k = 0; k < s->n_items; k++) {
			const struct programme_item *it = &s->item[k];
			const char *id = exercise_get(it->ex)->id;
			struct strbuf sb = STRBUF_INIT;
			int done = logged(d, s->day, id, it->side);
			render_programme_item_text(&sb, it);
			strbuf_addf(out, "<li class=\"%s\">", done ? "done" : "todo");
			if (done) {
				strbuf_adds(out, "<span class=\"tick\" aria-hidden=\"true\">&#10003;</span> "
						 "<span class=\"visually-hidden\">done: </span>");
				html_text(out, sb.buf);
			} else if (s->day <= p->today && s->day >= pg->start) {
				char date[11];
				strbuf_adds(out, "<form method=\"post\" class=\"tickform\" action=\"");
				page_href(out, ath->name, "programme/exercise");
				strbuf_adds(out, "\">\n");
				page_csrf(out, p->csrf);
				strbuf_addf(out, "<input type=\"hidden\" name=\"date\" value=\"%s\">"
						 "<input type=\"hidden\" name=\"exercise\" value=\"%s\">"
						 "<input type=\"hidden\" name=\"side\" value=\"%s\">"
						 "<label><input type=\"checkbox\" name=\"done\" value=\"1\" "
						 "class=\"autosubmit\"> ",
					    date_format(date, s->day), id, side_words[it->side]);
				html_text(out, sb.buf);
				strbuf_adds(out, "</label> <button type=\"submit\">Log it</button></form>");
			} else {
				strbuf_adds(out, "<span class=\"tick\" aria-hidden=\"true\">&#9633;</span> ");
				html_text(out, sb.buf);
			}
			strbuf_adds(out, "</li>\n");
			strbuf_release(&sb);
		}
		strbuf_adds(out, "</ul>\n</section>\n");
	}
	strbuf_adds(out, "<h2>Adherence</h2>\n<table class=\"data calendar\">\n<caption>Sessions "
			 "by week: &#10003; done, &#189; part done, &#10007; missed, &middot; to "
			 "come</caption>\n<thead><tr><th scope=\"col\">Week</th><th scope=\"col\">1st"
			 "</th><th scope=\"col\">2nd</th><th scope=\"col\">3rd</th></tr></thead>\n"
			 "<tbody>\n");
	for (int w = 1; w <= PROGRAMME_WEEKS; w++) {
		strbuf_addf(out, "<tr><th scope=\"row\">%d</th>", w);
		for (int i = 0; i < PROGRAMME_SESSIONS; i++) {
			const struct programme_session *s = &pg->session[i];
			int n = 0;
			if (s->week != w)
				continue;
			for (int k = 0; k < s->n_items; k++)
				n += logged(d, s->day, exercise_get(s->item[k].ex)->id, s->item[k].side);
			strbuf_adds(out, "<td>");
			page_date(out, s->day);
			if (n && n >= s->n_items)
				strbuf_adds(out, " <span class=\"st done\">&#10003; done</span>");
			else if (n)
				strbuf_addf(out, " <span class=\"st part\">&#189; %d of %d</span>", n,
					    s->n_items);
			else if (s->day < p->today)
				strbuf_adds(out, " <span class=\"st missed\">&#10007; missed</span>");
			else
				strbuf_adds(out, " <span class=\"st ahead\">&middot; to come</span>");
			strbuf_adds(out, "</td>");
		}
		strbuf_adds(out, "</tr>\n");
	}
	strbuf_adds(out, "</tbody>\n</table>\n");
	page_end(out);
}

/* ---- plan ---------------------------------------------------------------- */

void
render_plan_page_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		      const struct day *d, const double *actual)
{
	const struct plan *pl = d->plan;
	int n = pl->n_weeks;
	double *plan_y = calloc((size_t)n, sizeof(double)), *line = calloc((size_t)n, sizeof(double));
	double *act = calloc((size_t)n, sizeof(double)), top = 1;
	const char **xl = calloc((size_t)n, sizeof(*xl));
	char (*labels)[16] = calloc((size_t)n, sizeof(*labels));
	struct strbuf sb = STRBUF_INIT;

	page_begin(out, p);
	render_plan_status_text(&sb, d, ath->units);
	strbuf_adds(out, "<p>");
	html_text(out, sb.buf);
	strbuf_adds(out, "</p>\n");
	for (int i = 0; i < n; i++) {
		double prev = i ? pl->week[i - 1].distance_m : pl->base_week_m;
		plan_y[i] = distance_in(pl->week[i].distance_m, ath->units);
		line[i] = prev > 0 ? distance_in(prev * 1.10, ath->units) : NAN;
		act[i] = actual && !isnan(actual[i]) ? distance_in(actual[i], ath->units) : NAN;
		xl[i] = short_date(labels[i], sizeof(labels[i]), pl->week[i].start);
		if (plan_y[i] > top) top = plan_y[i];
		if (!isnan(line[i]) && line[i] > top) top = line[i];
		if (!isnan(act[i]) && act[i] > top) top = act[i];
	}
	{
		struct chart_series s[3] = {
			{ "planned", plan_y, 0, 1, 0 },
			{ "10% over the week before", line, 2, 0, 0 },
			{ "run", act, 1, 1, 0 },
		};
		chart_lines(out, "plan", "The plan's weeks against the 10% line",
			    "Planned weekly distance, the line 10% over the week before (L3), and "
			    "the distance run so far.", units_name(ath->units), xl, n, s, 3, 0, top,
			    NULL, NULL, 0, NULL);
	}
	strbuf_addf(out, "<table class=\"data\">\n<caption>The plan's weeks</caption>\n<thead><tr>"
			 "<th scope=\"col\">Week</th><th scope=\"col\">From</th>"
			 "<th scope=\"col\">Planned (%s)</th><th scope=\"col\">Long run</th>"
			 "<th scope=\"col\">Run (%s)</th><th scope=\"col\">Kind</th></tr></thead>\n"
			 "<tbody>\n", units_name(ath->units), units_name(ath->units));
	for (int i = 0; i < n; i++) {
		strbuf_addf(out, "<tr%s><th scope=\"row\">%d</th><td>",
			    d->plan_st.week == i + 1 ? " class=\"now\"" : "", pl->week[i].week);
		page_date(out, pl->week[i].start);
		strbuf_addf(out, "</td><td>%.1f</td><td>", plan_y[i]);
		dist(out, pl->week[i].long_run_m, ath->units);
		strbuf_adds(out, "</td><td>");
		if (isnan(act[i]))
			strbuf_adds(out, "-");
		else
			strbuf_addf(out, "%.1f", act[i]);
		strbuf_addf(out, "</td><td>%s</td></tr>\n", pl->week[i].walk_run ? "walk-run (R3)" :
			    pl->week[i].cutback ? "cutback" : "build");
	}
	strbuf_adds(out, "</tbody>\n</table>\n");
	page_end(out);
	strbuf_release(&sb);
	free(plan_y);
	free(line);
	free(act);
	free(xl);
	free(labels);
}

/* ---- recovery ------------------------------------------------------------ */

void
render_recovery_page_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
			  const struct day *d)
{
	page_begin(out, p);
	if (!d->rec_active) {
		struct strbuf sb = STRBUF_INIT;
		render_recover_none_text(&sb, d);
		strbuf_adds(out, "<p>");
		html_note(out, sb.buf);
		strbuf_adds(out, "</p>\n");
		strbuf_release(&sb);
	} else {
		struct strbuf sb = STRBUF_INIT;
		render_recover_stage_text(&sb, d);
		strbuf_adds(out, "<p>");
		html_text(out, sb.buf);
		strbuf_release(&sb);
		strbuf_adds(out, ".</p>\n<p class=\"step\"><strong>");
		html_text(out, d->rtoday.message);
		strbuf_adds(out, "</strong> ");
		if (d->rtoday.rule) {
			strbuf_adds(out, "(");
			html_text(out, d->rtoday.rule);
			strbuf_adds(out, ")");
		}
		strbuf_adds(out, "</p>\n");
		if (d->rplan.n_advice) {
			strbuf_adds(out, "<h2>What helps</h2>\n<ul>\n");
			for (int i = 0; i < d->rplan.n_advice; i++) {
				strbuf_adds(out, "<li>");
				html_text(out, d->rplan.advice[i].message);
				strbuf_adds(out, " <small>(");
				html_text(out, d->rplan.advice[i].rule);
				strbuf_adds(out, ")</small></li>\n");
			}
			strbuf_adds(out, "</ul>\n");
		}
	}
	strbuf_adds(out, "<h2>The walk-run return (<a href=\"/evidence#R3\">R3</a>)</h2>\n"
			 "<table class=\"data phases\">\n<caption>The phases: at least two good "
			 "sessions each, a rest day between</caption>\n<thead><tr>"
			 "<th scope=\"col\">Phase</th><th scope=\"col\">Session</th>"
			 "<th scope=\"col\">Distance</th><th scope=\"col\">Where you are</th>"
			 "</tr></thead>\n<tbody>\n");
	for (int ph = 1; ph <= RECOVER_PHASES; ph++) {
		const struct recover_phase *r = recover_phase_get(ph);
		int now = d->rec_active && d->rtoday.phase == ph;
		strbuf_addf(out, "<tr%s><th scope=\"row\">%d</th><td>", now ? " class=\"now\"" : "", ph);
		html_text(out, r->name);
		strbuf_adds(out, "</td><td>");
		dist(out, r->distance_m, ath->units);
		strbuf_addf(out, "</td><td>%s</td></tr>\n",
			    !d->rec_active ? "" : now ? "<strong>&#9654; now</strong>" :
			    ph < d->rtoday.phase ? "&#10003; done" : "");
	}
	strbuf_adds(out, "</tbody>\n</table>\n");
	page_end(out);
}
