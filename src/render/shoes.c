/* shoes.c - the shoes, their distance and wear alerts (S1, S2), in words
 * and JSON (docs/json.md). */
#include "render/shoes.h"
#include "util/date.h"
#include "util/text.h"

#include <stdint.h>

void
render_shoe_json(struct json *j, const struct shoe *s)
{
	char date[11];

	json_obj_begin(j, NULL);
	json_int(j, "id", s->id);
	json_str(j, "name", s->name);
	json_num(j, "used_m", s->used_m);
	json_num(j, "initial_m", s->initial_m);
	json_int(j, "activities", s->runs);
	json_num(j, "review_m", s->review_m);
	json_num(j, "limit_m", s->limit_m);
	json_str(j, "support", s->support ? shoe_support_name(s->support) : NULL);
	json_str(j, "since", s->since_day == INT32_MIN ? NULL : date_format(date, s->since_day));
	json_bool(j, "retired", s->retired);
	json_bool(j, "default", s->is_default);
	json_obj_end(j);
}

void
render_shoes_json(struct json *j, const struct shoe *shoes, size_t n,
		  const struct shoe_alert *alerts, size_t na)
{
	json_obj_begin(j, NULL);
	json_arr_begin(j, "shoes");
	for (size_t i = 0; i < n; i++)
		render_shoe_json(j, &shoes[i]);
	json_arr_end(j);
	json_arr_begin(j, "alerts");
	for (size_t i = 0; i < na; i++) {
		json_obj_begin(j, NULL);
		json_str(j, "rule", alerts[i].rule);
		json_str(j, "level", level_name(alerts[i].level));
		json_str(j, "shoe", alerts[i].shoe[0] ? alerts[i].shoe : NULL);
		json_str(j, "message", alerts[i].message);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}

void
render_shoes_text(struct strbuf *out, const struct shoe *shoes, size_t n,
		  const struct shoe_alert *alerts, size_t na, enum units u)
{
	if (!n) {
		strbuf_adds(out, "no shoes; add a pair with: talus shoe add NAME\n");
	} else {
		char used[24], rev[24], lim[24];
		strbuf_addf(out, "%-20s %10s %10s %10s  %s\n", "SHOE", "USED", "REVIEW",
			    "REPLACE", "STATUS");
		for (size_t i = 0; i < n; i++) {
			const struct shoe *s = &shoes[i];
			const char *status = s->retired ? "retired"
					     : s->used_m >= s->limit_m ? "replace (S1)"
					     : s->used_m >= s->review_m ? "review (S1)" : "ok";
			text_add_visible_pad(out, s->name, 20);
			strbuf_addf(out, " %10s %10s %10s  %s%s\n",
				    distance_format(used, s->used_m, u),
				    distance_format(rev, s->review_m, u),
				    distance_format(lim, s->limit_m, u), status,
				    s->is_default ? ", default" : "");
		}
		for (size_t i = 0; i < na; i++) {
			/* the message names the shoe */
			strbuf_adds(out, alerts[i].level >= LEVEL_CAUTION ? "! " : "- ");
			text_add_visible(out, alerts[i].message);
			strbuf_addch(out, '\n');
		}
	}
}
