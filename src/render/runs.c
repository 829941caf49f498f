/* runs.c - the log of runs and other activities: `talus run list`, the
 * line `run add` prints, and the activity fields that every listing of
 * activities shares (docs/json.md). */
#include "render/runs.h"
#include "util/date.h"
#include "util/text.h"

#include <math.h>
#include <string.h>

void
render_run_describe(struct strbuf *sb, const struct run_entry *r, enum units u)
{
	char date[11], d[24], t[16];

	strbuf_addf(sb, "%s, %s", date_format(date, r->day),
		    distance_format(d, r->a.distance_m, u));
	if (!isnan(r->a.elapsed_s) && r->a.distance_m > 0) {
		double per = r->a.elapsed_s / distance_in(r->a.distance_m, u);
		strbuf_addf(sb, " in %s", duration_format(t, r->a.elapsed_s));
		strbuf_addf(sb, " (%s /%s)", duration_format(t, per), units_name(u));
	}
}

void
render_run_sport_set(struct strbuf *sb, const struct run_entry *was,
		     const struct run_entry *now)
{
	strbuf_addf(sb, "sport: %s", sport_name(now->a.sport));
	if (was->a.sport != now->a.sport)
		strbuf_addf(sb, " (was %s)", sport_name(was->a.sport));
	strbuf_addf(sb, ", set by hand: %s",
		    now->a.sport == SPORT_RUN ? "running load" : "not running load");
	if (was->shoe_id && !now->shoe_id && was->shoe[0])
		strbuf_addf(sb, "; no longer counted in shoe '%s'", was->shoe);
	strbuf_addch(sb, '\n');
}

void
render_activity_json(struct json *j, const struct activity *a)
{
	char utc[21];

	json_int(j, "id", a->id);
	json_str(j, "sport", sport_name(a->sport));
	json_str(j, "sport_source", sport_source_name(a->sport_src));
	json_str(j, "start_utc", utc_format(utc, a->start_utc));
	json_int(j, "utc_offset_s", a->utc_offset_s);
	json_str(j, "utc_offset_source", offset_source_name(a->offset_src));
	json_num(j, "elapsed_s", a->elapsed_s);
	json_num(j, "moving_s", a->moving_s);
	json_num(j, "distance_m", a->distance_m);
	json_int(j, "points", a->points);
}

void
render_run_json(struct json *j, const struct run_entry *r)
{
	char date[11];

	json_obj_begin(j, NULL);
	render_activity_json(j, &r->a);
	json_str(j, "date", date_format(date, r->day));
	json_str(j, "surface", r->a.surface ? surface_name(r->a.surface) : NULL);
	json_num(j, "elev_gain_m", r->a.elev_gain_m);
	json_num(j, "avg_hr", r->a.avg_hr);
	json_num(j, "avg_cadence", r->a.avg_cadence);
	json_str(j, "name", r->a.name[0] ? r->a.name : NULL);
	json_str(j, "shoe", r->shoe[0] ? r->shoe : NULL);
#define SCORE(k, v) ((v) >= 0 ? json_int(j, k, v) : json_null(j, k))
	SCORE("rpe", r->rpe);
	SCORE("pain_during", r->pain_during);
	SCORE("pain_after", r->pain_after);
#undef SCORE
	json_str(j, "side", r->side ? side_name(r->side) : NULL);
	json_str(j, "note", r->note[0] ? r->note : NULL);
	json_bool(j, "truncated", r->a.truncated);
	json_obj_end(j);
}

void
render_runs_begin(struct render_list *ls, struct strbuf *out, const struct athlete *ath,
		  int json)
{
	memset(ls, 0, sizeof(*ls));
	ls->out = out;
	ls->ath = ath;
	ls->json = json;
	ls->start = out->len;
	if (json) {
		json_init(&ls->j, out);
		json_obj_begin(&ls->j, NULL);
		json_str(&ls->j, "athlete", ath->name);
		json_str(&ls->j, "units", units_name(ath->units));
		json_arr_begin(&ls->j, "runs");
	} else {
		strbuf_addf(out, "%5s  %-10s  %-5s %9s  %8s  %6s  %s\n", "ID", "DATE", "SPORT",
			    "DISTANCE", "TIME", "PACE", "SHOE");
	}
}

void
render_runs_add(struct render_list *ls, const struct run_entry *r)
{
	struct strbuf *out = ls->out;
	char date[11], d[24], t[16] = "", p[16] = "";

	ls->n++;
	if (ls->json) {
		render_run_json(&ls->j, r);
		return;
	}
	if (!isnan(r->a.elapsed_s))
		duration_format(t, r->a.elapsed_s);
	if (!isnan(r->a.elapsed_s) && r->a.distance_m > 0)
		duration_format(p, r->a.elapsed_s / distance_in(r->a.distance_m, ls->ath->units));
	strbuf_addf(out, "%5lld  %s  %-5s %9s  %8s  %6s  ",
		    (long long)r->a.id, date_format(date, r->day), sport_name(r->a.sport),
		    distance_format(d, r->a.distance_m, ls->ath->units), t, p);
	text_add_visible_pad(out, r->shoe[0] ? r->shoe : "-", 12);
	if (r->pain_during >= 0 || r->pain_after >= 0) {
		strbuf_adds(out, "  pain ");
		if (r->pain_during >= 0)
			strbuf_addf(out, "%d", r->pain_during);
		else
			strbuf_addch(out, '-');
		strbuf_addch(out, '/');
		if (r->pain_after >= 0)
			strbuf_addf(out, "%d", r->pain_after);
		else
			strbuf_addch(out, '-');
	}
	if (r->note[0] || r->a.name[0]) {
		strbuf_adds(out, "  ");
		text_add_visible(out, r->note[0] ? r->note : r->a.name);
	}
	while (out->len && out->buf[out->len - 1] == ' ')
		out->buf[--out->len] = '\0';
	strbuf_addch(out, '\n');
}

void
render_runs_end(struct render_list *ls)
{
	if (ls->json) {
		json_arr_end(&ls->j);
		json_obj_end(&ls->j);
	} else if (!ls->n) {
		ls->out->len = ls->start;
		ls->out->buf[ls->start] = '\0';
		strbuf_adds(ls->out, "no runs logged; add one with: talus run add --date "
			    "YYYY-MM-DD --distance D\n");
	}
}
