/* team.c - a coach's screen in words and JSON. */
#include "render/team.h"
#include "util/date.h"
#include "util/text.h"

#include <math.h>
#include <stdio.h>

const char *
render_worst_name(enum ankle_worst w)
{
	static const char *const n[] = { "none", "stiffness", "giving-way", "rolled", "pain",
					 "swelling", "weight-bearing", "red-flag" };

	return (unsigned)w < sizeof(n) / sizeof(n[0]) ? n[w] : "none";
}

void
render_worst_text(struct strbuf *out, enum ankle_worst w, int value)
{
	switch (w) {
	case WORST_RED_FLAG: strbuf_adds(out, "RED FLAG"); break;
	case WORST_WEIGHT_BEARING: strbuf_adds(out, "painful to bear weight"); break;
	case WORST_SWELLING:
		strbuf_addf(out, "swelling %s", swelling_name((enum swelling)value));
		break;
	case WORST_PAIN: strbuf_addf(out, "pain %d/10", value); break;
	case WORST_ROLLED: strbuf_adds(out, "rolled"); break;
	case WORST_GIVING_WAY: strbuf_addf(out, "gave way %dx", value); break;
	case WORST_STIFFNESS: strbuf_addf(out, "stiffness %d/10", value); break;
	case WORST_NONE: strbuf_adds(out, "no symptom"); break;
	}
}

static const char *
verdict_short(enum verdict v)
{
	switch (v) {
	case VERDICT_RUN: return "run";
	case VERDICT_EASY: return "easy";
	case VERDICT_REST: return "rest";
	case VERDICT_CLINICIAN: return "SEE CLINICIAN";
	case VERDICT_URGENT: return "URGENT CARE";
	}
	return "";
}

/* One cell, padded to width (by bytes: names may be wider). */
static void
cell(struct strbuf *out, const struct strbuf *text, int width)
{
	strbuf_add(out, text->buf, text->len);
	for (int i = (int)text->len; i < width; i++)
		strbuf_addch(out, ' ');
	strbuf_adds(out, "  ");
}

void
render_team_text(struct strbuf *out, const struct team_member *t, size_t n, int32_t day)
{
	struct strbuf c = STRBUF_INIT;
	char date[11], d[24];

	strbuf_addf(out, "%s: %zu athlete%s, most severe first\n\n", date_format(date, day), n,
		    n == 1 ? "" : "s");
	strbuf_addf(out, "%-16s  %-13s  %-11s  %-22s  %-36s  %-9s  %-17s  %s\n", "ATHLETE",
		    "TODAY", "REFERRAL", "RED FLAGS", "LATEST ANKLE LOG", "LAST RUN",
		    "LAST 7 DAYS", "PROGRAMME");
	for (size_t i = 0; i < n; i++) {
		const struct team_member *m = &t[i];
		strbuf_reset(&c);
		text_add_visible(&c, m->ath.name);
		cell(out, &c, 16);
		strbuf_reset(&c);
		strbuf_adds(&c, verdict_short(m->verdict));
		if (m->verdict <= VERDICT_EASY && !isnan(m->max_distance_m))
			strbuf_addf(&c, " <=%s", distance_format(d, m->max_distance_m, m->ath.units));
		cell(out, &c, 13);
		strbuf_reset(&c);
		strbuf_adds(&c, m->referral ? referral_name(m->referral) : "-");
		cell(out, &c, 11);
		strbuf_reset(&c);
		for (size_t k = 0; k < m->nflags; k++)
			strbuf_addf(&c, "%s%s %s", k ? ", " : "", side_name(m->flags[k].side),
				    date_format(date, m->flags[k].logged));
		if (!m->nflags)
			strbuf_adds(&c, "-");
		cell(out, &c, 22);
		strbuf_reset(&c);
		if (m->has_log) {
			strbuf_addf(&c, "%s %s: ", date_format(date, m->log.day),
				    side_name(m->log.side));
			render_worst_text(&c, m->worst, m->worst_value);
		} else {
			strbuf_adds(&c, "-");
		}
		cell(out, &c, 36);
		strbuf_reset(&c);
		if (m->days_since_run < 0)
			strbuf_adds(&c, "never");
		else if (m->days_since_run == 0)
			strbuf_adds(&c, "today");
		else
			strbuf_addf(&c, "%d d ago", m->days_since_run);
		cell(out, &c, 9);
		strbuf_reset(&c);
		strbuf_adds(&c, distance_format(d, m->last7_m, m->ath.units));
		if (!isnan(m->change7))
			strbuf_addf(&c, " (%+.0f%%)", m->change7 * 100);
		cell(out, &c, 17);
		if (m->has_programme && m->sessions_due)
			strbuf_addf(out, "%d/%d sessions", m->sessions_done, m->sessions_due);
		else if (m->has_programme)
			strbuf_adds(out, "not started");
		else
			strbuf_adds(out, "-");
		while (out->len && out->buf[out->len - 1] == ' ')
			out->buf[--out->len] = '\0';
		strbuf_addch(out, '\n');
	}
	if (!n)
		strbuf_adds(out, "no athletes; add one with: talus init --name NAME\n");
	strbuf_release(&c);
}

void
render_team_json(struct json *j, const struct team_member *t, size_t n, int32_t day)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_str(j, "date", date_format(date, day));
	json_arr_begin(j, "athletes");
	for (size_t i = 0; i < n; i++) {
		const struct team_member *m = &t[i];
		json_obj_begin(j, NULL);
		json_str(j, "athlete", m->ath.name);
		json_str(j, "units", units_name(m->ath.units));
		json_str(j, "verdict", verdict_name(m->verdict));
		json_num(j, "max_distance_m", m->max_distance_m);
		json_str(j, "referral", referral_name(m->referral));
		json_arr_begin(j, "red_flags");
		for (size_t k = 0; k < m->nflags; k++) {
			json_obj_begin(j, NULL);
			json_str(j, "side", side_name(m->flags[k].side));
			json_str(j, "logged", date_format(date, m->flags[k].logged));
			json_obj_end(j);
		}
		json_arr_end(j);
		if (m->has_log) {
			json_obj_begin(j, "latest_log");
			json_int(j, "id", m->log.id);
			json_str(j, "date", date_format(date, m->log.day));
			json_str(j, "side", side_name(m->log.side));
			json_str(j, "worst", render_worst_name(m->worst));
			if (m->worst == WORST_SWELLING)
				json_str(j, "value", swelling_name((enum swelling)m->worst_value));
			else if (m->worst == WORST_PAIN || m->worst == WORST_STIFFNESS ||
				 m->worst == WORST_GIVING_WAY)
				json_int(j, "value", m->worst_value);
			else
				json_null(j, "value");
			json_obj_end(j);
		} else {
			json_null(j, "latest_log");
		}
		if (m->days_since_run >= 0)
			json_int(j, "days_since_run", m->days_since_run);
		else
			json_null(j, "days_since_run");
		json_num(j, "last7_m", m->last7_m);
		json_num(j, "change7", m->change7);
		if (m->has_programme) {
			json_obj_begin(j, "programme");
			json_int(j, "sessions_done", m->sessions_done);
			json_int(j, "sessions_due", m->sessions_due);
			json_num(j, "adherence", m->sessions_due ?
				 (double)m->sessions_done / m->sessions_due : NAN);
			json_obj_end(j);
		} else {
			json_null(j, "programme");
		}
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}
