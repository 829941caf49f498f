/* athletes.c - the athletes of a database in words and JSON. */
#include "render/athletes.h"
#include "util/text.h"

void
render_athletes_json(struct json *j, const struct athlete *list, size_t n)
{
	json_obj_begin(j, NULL);
	json_arr_begin(j, "athletes");
	for (size_t i = 0; i < n; i++) {
		json_obj_begin(j, NULL);
		json_int(j, "id", list[i].id);
		json_str(j, "name", list[i].name);
		json_str(j, "units", units_name(list[i].units));
		json_str(j, "sex", list[i].sex[0] ? list[i].sex : NULL);
		if (list[i].birth_year)
			json_int(j, "birth_year", list[i].birth_year);
		else
			json_null(j, "birth_year");
		json_bool(j, "default", list[i].is_default);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}

void
render_athletes_text(struct strbuf *out, const struct athlete *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		text_add_visible(out, list[i].name);
		strbuf_addf(out, "%s (%s)\n", list[i].is_default ? " [default]" : "",
			    units_name(list[i].units));
	}
}
