/* report.c - the report for a clinician (see report.h). */
#include "render/report.h"
#include "render/assess.h"
#include "render/chart.h"
#include "render/html.h"
#include "render/page.h"
#include "core/rules.h"
#include "util/date.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char render_report_css[] =
	"body{font-family:Georgia,'Times New Roman',serif;color:#000;background:#fff;"
	"margin:0 auto;max-width:52rem;padding:1rem;line-height:1.4}\n"
	"h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;border-bottom:2px solid #000;"
	"margin-top:1.4rem;padding-bottom:.1rem}\n"
	"table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}"
	"th,td{border:1px solid #444;padding:.15rem .3rem;text-align:left;vertical-align:top}"
	"caption{text-align:left;font-weight:bold;padding:.2rem 0}\n"
	".flag{font-weight:bold}.urgent{border:3px solid #000;padding:.5rem;font-weight:bold}\n"
	".meta{font-size:.9rem}.disclaimer{font-size:.8rem;border-top:1px solid #000;"
	"margin-top:1.5rem;padding-top:.4rem}\n"
	"figure{margin:.5rem 0}svg{max-width:100%;height:auto}figcaption{font-size:.8rem}\n"
	"pre{white-space:pre-wrap;font-size:.8rem}\n"
	".nav{font-family:sans-serif;margin-bottom:1rem}\n"
	"@page{margin:14mm}\n"
	"@media print{body{max-width:none;padding:0}.nav,.noprint{display:none}"
	"h2{break-after:avoid}tr,figure{break-inside:avoid}a{color:#000;text-decoration:none}}\n";

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

/* The red flags of a log, in words. */
static void
flags_text(struct strbuf *out, const struct ankle_log *l)
{
	const char *sep = "";

#define FLAG(cond, words)                         \
	do {                                      \
		if (cond) {                       \
			strbuf_addf(out, "%s%s", sep, words); \
			sep = ", ";               \
		}                                 \
	} while (0)
	FLAG(l->crack, "a crack heard (F1)");
	FLAG(l->deformity, "deformity (F1)");
	FLAG(l->numb, "numb (F1)");
	FLAG(l->cold_or_discoloured, "cold or discoloured (F1)");
	FLAG(l->achilles_snap, "Achilles snap (F2)");
	FLAG(l->hot_swollen_fever, "hot swollen joint with fever (F2)");
	FLAG(l->bone_pain_worsening, "focal bone pain getting worse (F3)");
	FLAG(l->weight_bearing == WB_UNABLE, "unable to bear weight (O1/O2)");
	for (int b = 0; b < TENDER_SITE_COUNT; b++)
		FLAG(l->tender & (1 << b), tender_site_name(1 << b));
#undef FLAG
}

/* 1 when the red flags of log l stand on the report's day. */
static int
stands(const struct day *d, const struct ankle_log *l)
{
	for (size_t i = 0; i < d->nflags; i++)
		if (d->flags[i].log->id == l->id)
			return 1;
	return 0;
}

static void
score(struct strbuf *out, int v)
{
	if (v >= 0)
		strbuf_addf(out, "<td>%d</td>", v);
	else
		strbuf_adds(out, "<td>-</td>");
}

void
render_report_html(struct strbuf *out, const struct report *r, const char *css_href,
		   const char *nav_html)
{
	const struct athlete *ath = r->ath;
	const struct today_report *t = &r->day->today;
	const enum units u = ath->units;
	int n = r->today - r->from + 1, nflags = 0;
	char a[24], from[11], to[11];

	strbuf_adds(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
			 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
			 "<title>Ankle report - ");
	html_text(out, ath->name);
	strbuf_adds(out, "</title>\n");
	if (css_href) {
		strbuf_adds(out, "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n"
				 "<link rel=\"stylesheet\" href=\"");
		html_text(out, css_href);
		strbuf_adds(out, "\">\n");
	} else {
		strbuf_addf(out, "<style>\n%s</style>\n", render_report_css);
	}
	strbuf_adds(out, "</head>\n<body class=\"report\">\n");
	if (nav_html)
		strbuf_adds(out, nav_html);
	strbuf_adds(out, "<main>\n<h1>Ankle report: ");
	html_text(out, ath->name);
	strbuf_addf(out, "</h1>\n<p class=\"meta\">The %d weeks from %s to %s, from the runner's own "
			 "log kept with talus. Units: %s.%s</p>\n",
		    r->weeks, date_format(from, r->from), date_format(to, r->today), units_name(u),
		    ath->birth_year ? "" : "");

	strbuf_adds(out, "<h2>Today's verdict</h2>\n");
	strbuf_addf(out, "<p class=\"%s\">%s</p>\n", t->verdict == VERDICT_URGENT ? "urgent" : "",
		    verdict_words(t->verdict));
	if (t->nreasons) {
		strbuf_adds(out, "<ul>\n");
		for (size_t i = 0; i < t->nreasons; i++) {
			strbuf_adds(out, "<li>[");
			html_text(out, t->reasons[i].rule);
			strbuf_adds(out, "] ");
			html_text(out, t->reasons[i].message);
			strbuf_adds(out, "</li>\n");
		}
		strbuf_adds(out, "</ul>\n");
	}

	strbuf_adds(out, "<h2>Red flags</h2>\n<table id=\"report-flags\">\n<thead><tr><th>Date"
			 "</th><th>Side</th><th>Red flag</th><th>Today</th></tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < r->nlogs; i++) {
		const struct ankle_log *l = &r->logs[i];
		struct strbuf sb = STRBUF_INIT;
		if (!ankle_log_red_flag(l))
			continue;
		flags_text(&sb, l);
		strbuf_addf(out, "<tr><td>%s</td><td>%s</td><td class=\"flag\">", date_format(from, l->day),
			    side_name(l->side));
		html_text(out, sb.buf);
		strbuf_addf(out, "</td><td>%s</td></tr>\n", stands(r->day, l) ? "<strong>stands</strong>" :
			    "resolved");
		strbuf_release(&sb);
		nflags++;
	}
	strbuf_addf(out, "%s</tbody>\n</table>\n", nflags ? "" :
		    "<tr><td colspan=\"4\">none logged in the period</td></tr>\n");
	/* A flag stands until resolved, however old: those from before the
	 * period too. */
	strbuf_adds(out, "<p id=\"report-standing\">Standing today: ");
	for (size_t i = 0; i < r->day->nflags; i++)
		strbuf_addf(out, "%s<strong>%s ankle, logged %s</strong>", i ? "; " : "",
			    side_name(r->day->flags[i].log->side),
			    date_format(to, r->day->flags[i].logged));
	strbuf_addf(out, "%s.</p>\n", r->day->nflags ? "" : "none");
	strbuf_adds(out, "<h2>Consultations</h2>\n<table id=\"report-consults\">\n<thead><tr>"
			 "<th>Date</th><th>Side</th><th>Seen by</th><th>Note</th></tr></thead>\n"
			 "<tbody>\n");
	for (size_t i = 0; i < r->nconsults; i++) {
		const struct consult *c = &r->consults[i];
		strbuf_addf(out, "<tr><td>%s</td><td>%s</td><td>%s</td><td>", date_format(from, c->day),
			    side_name(c->side), consult_by_name(c->by));
		html_text(out, c->note ? c->note : "");
		strbuf_adds(out, "</td></tr>\n");
	}
	strbuf_addf(out, "%s</tbody>\n</table>\n", r->nconsults ? "" :
		    "<tr><td colspan=\"4\">none recorded in the period (talus ankle seen)</td></tr>\n");

	strbuf_adds(out, "<h2>Symptom timeline</h2>\n");
	{
		double *y = malloc(sizeof(double) * (size_t)n * 2);
		const char **xl = calloc((size_t)n, sizeof(*xl));
		const char **marks = calloc((size_t)n, sizeof(*marks));
		char (*lab)[11] = calloc((size_t)n, sizeof(*lab));
		struct chart_series s[2] = { { "left: pain", y, 0, 1, 1 },
					     { "right: pain", y + n, 1, 1, 1 } };
		for (int i = 0; i < 2 * n; i++)
			y[i] = NAN;
		for (int i = 0; i < n; i++) {
			date_format(lab[i], r->from + i);
			xl[i] = lab[i] + 5;
			marks[i] = "";
		}
		for (size_t i = 0; i < r->nlogs; i++) {
			const struct ankle_log *l = &r->logs[i];
			int k = l->day - r->from, v = l->pain > l->morning_pain ? l->pain : l->morning_pain;
			if (k < 0 || k >= n)
				continue;
			if (v >= 0 && (l->side == SIDE_LEFT || l->side == SIDE_RIGHT))
				y[(l->side == SIDE_RIGHT ? n : 0) + k] = v;
			if (ankle_log_red_flag(l))
				marks[k] = "!";
		}
		chart_lines(out, "report-pain", "Worst of pain and morning pain per day (0-10)",
			    "The worse of pain and morning pain of each day's log, left solid, right "
			    "dashed; ! marks a red flag.", "pain", xl, n, s, 2, 0, 10, NULL, NULL, 0,
			    marks);
		free(y);
		free(xl);
		free(marks);
		free(lab);
	}
	strbuf_adds(out, "<table>\n<thead><tr><th>Date</th><th>Side</th><th>Pain</th><th>Morning"
			 "</th><th>Stiffness</th><th>Swelling</th><th>Gave way</th>"
			 "<th>Weight bearing</th><th>Note</th></tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < r->nlogs; i++) {
		const struct ankle_log *l = &r->logs[i];
		strbuf_addf(out, "<tr><td>%s</td><td>%s</td>", date_format(from, l->day),
			    side_name(l->side));
		score(out, l->pain);
		score(out, l->morning_pain);
		score(out, l->stiffness);
		strbuf_addf(out, "<td>%s</td><td>%d%s</td><td>%s</td><td>",
			    l->swelling >= 0 ? swelling_name(l->swelling) : "-", l->giving_way,
			    l->rolled ? ", rolled" : "",
			    l->weight_bearing >= 0 ? weight_bearing_name(l->weight_bearing) : "-");
		html_text(out, l->note ? l->note : "");
		strbuf_adds(out, "</td></tr>\n");
	}
	strbuf_addf(out, "%s</tbody>\n</table>\n", r->nlogs ? "" :
		    "<tr><td colspan=\"9\">no ankle log in the period</td></tr>\n");

	strbuf_addf(out, "<h2>Load of the last %d weeks</h2>\n", r->nwk);
	{
		struct chart_bar *b = calloc((size_t)r->nwk + 1, sizeof(*b));
		char (*lab)[11] = calloc((size_t)r->nwk + 1, sizeof(*lab));
		for (int i = 0; i < r->nwk; i++) {
			double prev = i ? distance_in(r->wk[i - 1].dist_m, u) : NAN;
			date_format(lab[i], r->wk[i].start);
			b[i].label = lab[i] + 5;
			b[i].v = distance_in(r->wk[i].dist_m, u);
			b[i].lo = prev > 0 ? prev : NAN;
			b[i].hi = prev > 0 ? prev * 1.1 : NAN;
			b[i].over = !isnan(r->wk[i].change) && r->wk[i].change > 0.10 + 1e-9;
			b[i].mark = !isnan(r->wk[i].spike) && load_spike_over(r->wk[i].spike);
			b[i].partial = r->wk[i].partial;
		}
		chart_bars(out, "report-load", "Weekly running distance",
			   "Distance per calendar week; dashed box: 10% over the week before; "
			   "hatched: over it; triangle: a run over 10% longer than the longest of "
			   "the 30 days before (L1).", units_name(u), b, r->nwk);
		strbuf_addf(out, "<table>\n<thead><tr><th>Week of</th><th>Distance (%s)</th><th>Runs"
				 "</th><th>Change</th><th>Longest</th></tr></thead>\n<tbody>\n",
			    units_name(u));
		for (int i = 0; i < r->nwk; i++) {
			const struct week_load *w = &r->wk[i];
			strbuf_addf(out, "<tr><td>%s%s</td><td>%.1f</td><td>%d</td><td>", lab[i],
				    w->partial ? " (so far)" : "", distance_in(w->dist_m, u), w->runs);
			if (isnan(w->change))
				strbuf_adds(out, "-");
			else
				strbuf_addf(out, "%+.0f%%", w->change * 100);
			strbuf_addf(out, "</td><td>%s</td></tr>\n",
				    w->runs ? distance_format(a, w->longest_m, u) : "-");
		}
		strbuf_adds(out, "</tbody>\n</table>\n");
		free(b);
		free(lab);
	}

	strbuf_adds(out, "<h2>Assessment and re-tests</h2>\n");
	if (r->nassess) {
		struct strbuf sb = STRBUF_INIT;
		render_assess_history_text(&sb, r->assess, r->nassess);
		strbuf_adds(out, "<pre>");
		html_text(out, "");
		html_escape(out, sb.buf);
		strbuf_adds(out, "</pre>\n");
		strbuf_release(&sb);
	} else {
		strbuf_adds(out, "<p>No assessment recorded.</p>\n");
	}

	strbuf_adds(out, "<h2>Programme adherence</h2>\n");
	if (r->day->has_prog) {
		const struct programme_progress *pg = &r->day->progress;
		strbuf_addf(out, "<p>8-week programme from %s: week %d; %d of %d sessions due so far "
				 "were done%s.</p>\n", date_format(from, r->day->prog->start),
			    pg->week, pg->sessions_done, pg->sessions_due,
			    pg->paused ? "; progression paused during a flare-up" : "");
	} else {
		strbuf_adds(out, "<p>No programme.</p>\n");
	}
	strbuf_adds(out, "<p class=\"disclaimer\">");
	html_text(out, today_disclaimer);
	strbuf_adds(out, " This report is the runner's own log, not a diagnosis.</p>\n</main>\n"
			 "</body>\n</html>\n");
}
