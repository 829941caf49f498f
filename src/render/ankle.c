/* ankle.c - the ankle log in words and JSON (docs/json.md). */
#include "render/ankle.h"
#include "util/date.h"
#include "util/text.h"

static void
tender_text(struct strbuf *sb, int tender)
{
	int first = 1;

	for (int i = 0; i < TENDER_SITE_COUNT; i++)
		if (tender & (1 << i)) {
			strbuf_addf(sb, "%s%s", first ? "" : ",", tender_site_name(1 << i));
			first = 0;
		}
}

void
render_ankle_log_json(struct json *j, const struct ankle_log *l)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", l->id);
	json_str(j, "date", date_format(date, l->day));
	json_str(j, "side", side_name(l->side));
#define SCORE(k, x) ((x) >= 0 ? json_int(j, k, x) : json_null(j, k))
	SCORE("pain", l->pain);
	SCORE("morning_pain", l->morning_pain);
	SCORE("stiffness", l->stiffness);
#undef SCORE
	json_str(j, "swelling", l->swelling >= 0 ? swelling_name(l->swelling) : NULL);
	json_int(j, "giving_way", l->giving_way);
	json_bool(j, "rolled", l->rolled);
	json_str(j, "weight_bearing",
		 l->weight_bearing >= 0 ? weight_bearing_name(l->weight_bearing) : NULL);
	json_arr_begin(j, "tender");
	for (int k = 0; k < TENDER_SITE_COUNT; k++)
		if (l->tender & (1 << k))
			json_str(j, NULL, tender_site_name(1 << k));
	json_arr_end(j);
	json_bool(j, "numb", l->numb);
	json_bool(j, "cold_or_discoloured", l->cold_or_discoloured);
	json_bool(j, "deformity", l->deformity);
	json_bool(j, "crack", l->crack);
	json_bool(j, "achilles_snap", l->achilles_snap);
	json_bool(j, "hot_swollen_fever", l->hot_swollen_fever);
	json_bool(j, "bone_pain_worsening", l->bone_pain_worsening);
	json_bool(j, "red_flags_none", l->red_flags_none);
	json_str(j, "note", l->note && l->note[0] ? l->note : NULL);
	json_obj_end(j);
}

void
render_ankle_json(struct json *j, const struct ankle_log *logs, size_t n,
		  const struct consult *cs, size_t ncs)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_arr_begin(j, "logs");
	for (size_t i = 0; i < n; i++)
		render_ankle_log_json(j, &logs[i]);
	json_arr_end(j);
	json_arr_begin(j, "consultations");
	for (size_t i = 0; i < ncs; i++) {
		json_obj_begin(j, NULL);
		json_int(j, "id", cs[i].id);
		json_str(j, "date", date_format(date, cs[i].day));
		json_str(j, "side", side_name(cs[i].side));
		json_str(j, "by", consult_by_name(cs[i].by));
		json_str(j, "note", cs[i].note && cs[i].note[0] ? cs[i].note : NULL);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}

void
render_consults_text(struct strbuf *out, const struct consult *cs, size_t n)
{
	char date[11];

	if (!n)
		return;
	strbuf_adds(out, "\nconsultations (talus ankle seen):\n");
	for (size_t i = 0; i < n; i++) {
		strbuf_addf(out, "  %s  %-5s  %s", date_format(date, cs[i].day),
			    side_name(cs[i].side), consult_by_name(cs[i].by));
		if (cs[i].note && cs[i].note[0]) {
			strbuf_adds(out, "  ");
			text_add_visible(out, cs[i].note);
		}
		strbuf_addch(out, '\n');
	}
}

void
render_ankle_text(struct strbuf *out, const struct ankle_log *logs, size_t n)
{
	char date[11];

	if (!n) {
		strbuf_adds(out, "no ankle logs; add one with: talus ankle log --date "
				     "YYYY-MM-DD --side left|right --pain N\n");
	} else {
		for (size_t i = 0; i < n; i++) {
			const struct ankle_log *l = &logs[i];
			strbuf_addf(out, "%5lld  %s  %-5s", (long long)l->id,
				    date_format(date, l->day), side_name(l->side));
			if (l->pain >= 0)
				strbuf_addf(out, "  pain %d", l->pain);
			if (l->morning_pain >= 0)
				strbuf_addf(out, "  morning %d", l->morning_pain);
			if (l->stiffness >= 0)
				strbuf_addf(out, "  stiffness %d", l->stiffness);
			if (l->swelling > SWELL_NONE)
				strbuf_addf(out, "  swelling %s", swelling_name(l->swelling));
			if (l->giving_way)
				strbuf_addf(out, "  gave way %dx", l->giving_way);
			if (l->rolled)
				strbuf_adds(out, "  rolled");
			if (l->weight_bearing > WB_OK)
				strbuf_addf(out, "  weight-bearing %s",
					    weight_bearing_name(l->weight_bearing));
			if (l->tender) {
				strbuf_adds(out, "  tender ");
				tender_text(out, l->tender);
			}
			if (l->numb || l->cold_or_discoloured || l->deformity || l->crack ||
			    l->achilles_snap || l->hot_swollen_fever || l->bone_pain_worsening)
				strbuf_adds(out, "  RED FLAG");
			if (l->note && l->note[0]) {
				strbuf_adds(out, "  ");
				text_add_visible(out, l->note);
			}
			strbuf_addch(out, '\n');
		}
	}
}

void
render_ankle_logged(struct strbuf *out, const struct ankle_log *l)
{
	size_t n0 = out->len;

#define SEP() strbuf_adds(out, out->len > n0 ? ", " : "")
	if (l->rolled) {
		SEP();
		strbuf_adds(out, "rolled");
	}
	if (l->giving_way > 0) {
		SEP();
		strbuf_addf(out, "gave way %d time%s", l->giving_way, l->giving_way == 1 ? "" : "s");
	}
	if (l->pain >= 0) {
		SEP();
		strbuf_addf(out, "pain %d/10", l->pain);
	}
	if (l->morning_pain >= 0) {
		SEP();
		strbuf_addf(out, "morning pain %d/10", l->morning_pain);
	}
	if (l->stiffness > 0) {
		SEP();
		strbuf_addf(out, "stiffness %d/10", l->stiffness);
	}
	if (l->swelling > SWELL_NONE) {
		SEP();
		strbuf_addf(out, "%s swelling", swelling_name(l->swelling));
	}
	if (l->weight_bearing == WB_PAINFUL) {
		SEP();
		strbuf_adds(out, "painful to bear weight");
	} else if (l->weight_bearing == WB_UNABLE) {
		SEP();
		strbuf_adds(out, "unable to bear weight");
	}
	if (l->tender) {
		SEP();
		strbuf_adds(out, "tender at ");
		tender_text(out, l->tender);
	}
	if (l->crack || l->deformity || l->numb || l->cold_or_discoloured || l->achilles_snap ||
	    l->hot_swollen_fever || l->bone_pain_worsening) {
		SEP();
		strbuf_adds(out, "a red flag");
	}
	if (out->len == n0)
		strbuf_adds(out, "no symptom");
#undef SEP
}
