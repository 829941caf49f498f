/* insights.c - associations in one runner's log, in words, JSON and
 * HTML. Every view says what they are (associations, not causes) and
 * gives the counts; a group without enough runs shows its count only. */
#include "render/insights.h"
#include "util/date.h"

#include <math.h>
#include <stdio.h>

void
render_insights_text(struct strbuf *out, const struct athlete *ath, const struct insights *in)
{
	char date[11];

	strbuf_addf(out, "insights of %s's log up to %s: %d runs, %d followed by an ankle log "
		    "the next day, %d of them with pain of %d/10 or more\n\n", ath->name,
		    date_format(date, in->today), in->runs, in->followed, in->painful, INSIGHTS_PAIN);
	for (int t = 0; t < INS__N; t++) {
		const struct insight_table *tb = &in->t[t];
		strbuf_addf(out, "%s\n", tb->title);
		for (int i = 0; i < tb->n; i++) {
			const struct insight_group *g = &tb->g[i];
			strbuf_addf(out, "  %-36s %4d runs, %3d followed: ", g->label, g->runs,
				    g->followed);
			if (g->shown)
				strbuf_addf(out, "pain next day %d of %d (%.0f%%), mean %.1f\n",
					    g->painful, g->followed, 100.0 * g->painful / g->followed,
					    g->mean_pain);
			else
				strbuf_addf(out, "not enough data (%d of %d)\n", g->followed,
					    INSIGHTS_MIN_N);
		}
		strbuf_addch(out, '\n');
	}
	strbuf_addf(out, "%s\n", insights_caveat);
}

void
render_insights_json(struct json *j, const struct athlete *ath, const struct insights *in)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_str(j, "date", date_format(date, in->today));
	json_str(j, "athlete", ath->name);
	json_int(j, "runs", in->runs);
	json_int(j, "followed", in->followed);
	json_int(j, "painful", in->painful);
	json_int(j, "pain_threshold", INSIGHTS_PAIN);
	json_int(j, "min_followed", INSIGHTS_MIN_N);
	json_arr_begin(j, "tables");
	for (int t = 0; t < INS__N; t++) {
		const struct insight_table *tb = &in->t[t];
		json_obj_begin(j, NULL);
		json_str(j, "id", tb->id);
		json_str(j, "title", tb->title);
		json_arr_begin(j, "groups");
		for (int i = 0; i < tb->n; i++) {
			const struct insight_group *g = &tb->g[i];
			json_obj_begin(j, NULL);
			json_str(j, "label", g->label);
			json_int(j, "runs", g->runs);
			json_int(j, "followed", g->followed);
			json_bool(j, "shown", g->shown);
			if (g->shown) {
				json_int(j, "painful", g->painful);
				json_num(j, "mean_pain", g->mean_pain);
			} else {
				json_null(j, "painful");
				json_null(j, "mean_pain");
			}
			json_obj_end(j);
		}
		json_arr_end(j);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_str(j, "caveat", insights_caveat);
	json_obj_end(j);
}

void
render_insights_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		     const struct insights *in)
{
	(void)ath;
	page_begin(out, p);
	strbuf_adds(out, "<p class=\"caveat\"><strong>Associations in your own log, not "
			 "causes.</strong> ");
	html_text(out, insights_caveat);
	strbuf_adds(out, "</p>\n");
	strbuf_addf(out, "<p>%d runs; %d followed by an ankle log with a pain score the next "
			 "day, %d of them with pain of %d/10 or more.</p>\n",
		    in->runs, in->followed, in->painful, INSIGHTS_PAIN);
	for (int t = 0; t < INS__N; t++) {
		const struct insight_table *tb = &in->t[t];
		strbuf_addf(out, "<table class=\"data insights\" id=\"ins-%s\">\n<caption>", tb->id);
		html_text(out, tb->title);
		strbuf_adds(out, "</caption>\n<thead><tr><th scope=\"col\">Group</th>"
				 "<th scope=\"col\">Runs</th><th scope=\"col\">Followed by a log</th>"
				 "<th scope=\"col\">Pain the next day</th>"
				 "<th scope=\"col\">Mean pain</th></tr></thead>\n<tbody>\n");
		for (int i = 0; i < tb->n; i++) {
			const struct insight_group *g = &tb->g[i];
			strbuf_adds(out, "<tr><th scope=\"row\">");
			html_text(out, g->label);
			strbuf_addf(out, "</th><td>%d</td><td>%d</td>", g->runs, g->followed);
			if (g->shown)
				strbuf_addf(out, "<td>%d of %d (%.0f%%)</td><td>%.1f</td>", g->painful,
					    g->followed, 100.0 * g->painful / g->followed, g->mean_pain);
			else
				strbuf_addf(out, "<td colspan=\"2\" class=\"few\">not enough data "
						 "(%d of %d runs followed by a log)</td>",
					    g->followed, INSIGHTS_MIN_N);
			strbuf_adds(out, "</tr>\n");
		}
		strbuf_adds(out, "</tbody>\n</table>\n");
	}
	page_end(out);
}
