/* import.c - the report of `talus import`. */
#include "render/import.h"
#include "render/runs.h"

void
render_import_json_begin(struct json *j)
{
	json_obj_begin(j, NULL);
	json_arr_begin(j, "files");
}

void
render_import_file_json(struct json *j, const char *path, const char *status,
			const char *msg, const struct activity *kept, size_t n)
{
	json_obj_begin(j, NULL);
	json_str(j, "path", path);
	json_str(j, "status", status);
	json_str(j, "error", msg[0] ? msg : NULL);
	json_arr_begin(j, "activities");
	for (size_t i = 0; i < n; i++) {
		json_obj_begin(j, NULL);
		render_activity_json(j, &kept[i]);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}

void
render_import_json_end(struct json *j, const struct import_summary *t)
{
	json_arr_end(j);
	json_obj_begin(j, "totals");
	json_int(j, "files", (long long)t->files);
	json_int(j, "imported", (long long)t->imported);
	json_int(j, "duplicate", (long long)t->duplicate);
	json_int(j, "skipped", (long long)t->skipped);
	json_int(j, "failed", (long long)t->failed);
	json_int(j, "activities", (long long)t->acts);
	json_int(j, "duplicate_activities", (long long)t->act_dups);
	json_int(j, "other_sports", (long long)t->act_other);
	json_bool(j, "dry_run", t->dry_run);
	json_bool(j, "interrupted", t->interrupted);
	json_obj_end(j);
	json_obj_end(j);
}

void
render_import_text(struct strbuf *out, const struct import_summary *t)
{
	strbuf_addf(out, "%s%zu %s from %zu %s", t->dry_run ? "would import " : "imported ",
		    t->acts, t->acts == 1 ? "activity" : "activities", t->files,
		    t->files == 1 ? "file" : "files");
	if (t->strava)
		strbuf_adds(out, " (Strava export)");
	strbuf_addf(out, ": %zu imported, %zu duplicate, %zu skipped, %zu failed\n",
		    t->imported, t->duplicate, t->skipped, t->failed);
	if (t->act_dups)
		strbuf_addf(out, "%zu %s already in the log (same sport, start within %d s)\n",
			    t->act_dups, t->act_dups == 1 ? "activity was" : "activities were",
			    t->dup_window_s);
	if (t->act_other && !t->all_sports)
		strbuf_addf(out, "%zu %s of other sports skipped (--all-sports imports them)\n",
			    t->act_other, t->act_other == 1 ? "activity" : "activities");
	/* One line, not one a file: the offset was guessed. */
	if (t->offset_system)
		strbuf_addf(out, "%zu %s no UTC offset: local times from the system time zone "
			    "(--tz ZONE sets the zone)\n", t->offset_system,
			    t->offset_system == 1 ? "activity's file gave" : "activities' files gave");
	if (t->offset_tz)
		strbuf_addf(out, "%zu %s no UTC offset: local times from --tz %s\n", t->offset_tz,
			    t->offset_tz == 1 ? "activity's file gave" : "activities' files gave",
			    t->tz);
}
