/* dash.h - the pages of the web dashboard that show the log: today,
 * load, ankles, shoes, the team, the evidence, and the guided parts
 * (programme, plan, recovery). HTML only; the same facts as the command
 * line's reports (render/today.c, load.c, ...), from the same core
 * structs. Every page is a whole document framed by page.h.
 */
#ifndef TALUS_RENDER_DASH_H
#define TALUS_RENDER_DASH_H

#include <stddef.h>
#include <stdint.h>

#include "core/athlete.h"
#include "core/day.h"
#include "core/load.h"
#include "core/shoe.h"
#include "core/team.h"
#include "render/page.h"
#include "util/strbuf.h"

/* The day's verdict (d holds DAY_TODAY's parts): urgent care first and
 * unmistakable, then the headline of `talus today` (render_day_headline()'s
 * words) and the day's session, the red flags that stand with the day
 * each was logged and a link to record a consultation, the reasons with
 * links to their evidence, the referral, the shoe alerts, the load, and
 * the guided parts of the day. */
void render_today_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		       const struct day *d, const struct load_report *ld);

/* Weekly distance with the 10% band and L1 spikes (weeks, oldest first),
 * and ACWR and monotony at the end of each week (series[i] is the report
 * of week i's last day). view: "12w" or "12m". */
void render_load_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		      const struct load_report *ld, const struct week_load *weeks,
		      const struct load_report *series, int nweeks, const char *view);

/* Pain, morning pain, stiffness and swelling per side over [from, to],
 * runs (the days with a run) and red flags marked, the recovery episodes
 * of d (DAY_VERDICT | DAY_EPISODES) shaded; the red flags that stand on
 * d's day first, with the day each was logged; the consultations cs of
 * [from, to] below the logs. */
void render_ankles_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
			int32_t from, int32_t to, const struct ankle_log *logs, size_t nlogs,
			const struct day_load *runs, size_t nruns, const struct day *d,
			const struct consult *cs, size_t ncs);

/* Wear bars to the review and replace distances; the rotation. */
void render_shoes_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		       const struct shoe *shoes, size_t n, const struct shoe_alert *alerts,
		       size_t na);

/* The coach's screen: one row per athlete, each a link to their pages. */
void render_team_html(struct strbuf *out, const struct page *p, const struct team_member *t,
		      size_t n, int32_t day);

/* The rule ids with their thresholds and sources, each with an anchor
 * (/evidence#L1). */
void render_evidence_html(struct strbuf *out, const struct page *p);

/* The programme of d (DAY_EPISODES | DAY_PROGRAMME): this week's sessions
 * with tick boxes (forms carrying p->csrf), and the adherence calendar. */
void render_programme_page_html(struct strbuf *out, const struct page *p,
				const struct athlete *ath, const struct day *d);

/* The mileage plan of d (DAY_PLAN): its weeks as a chart against the 10%
 * line, with the weeks run so far (actual[i] for week i, NAN ahead). */
void render_plan_page_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
			   const struct day *d, const double *actual);

/* The recovery of d (DAY_VERDICT | DAY_EPISODES): the return's phases and
 * where the runner is; a button that starts a plan not yet started. */
void render_recovery_page_html(struct strbuf *out, const struct page *p,
			       const struct athlete *ath, const struct day *d);

/* A page that says what is missing ("no programme yet") and how to start
 * it from the command line. */
void render_missing_html(struct strbuf *out, const struct page *p, const char *what,
			 const char *how);

/* The rows of the evidence table (generated from docs/EVIDENCE.md, "All
 * rules at a glance", at build time). */
struct evidence_row {
	const char *id, *rule, *threshold, *strength, *section, *sources;
};
extern const struct evidence_row evidence_rows[];
extern const size_t evidence_nrows;

#endif
