/* forms.c - the log and import pages (see forms.h). */
#include "render/forms.h"
#include "render/import.h"
#include "core/exercise.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void
fields(struct strbuf *out, const char *idp, const struct entry_field *f, int from, int to,
       const struct form_view *v)
{
	for (int i = from; i < to && f[i].name; i++)
		page_field(out, idp, &f[i], v->val ? v->val[i] : NULL, v->bits ? v->bits[i] : 0,
			   v->err ? v->err[i] : NULL);
}

static void
form_head(struct strbuf *out, const struct page *p, const struct athlete *ath, const char *id,
	  const char *action, const char *title, const struct form_view *v)
{
	strbuf_addf(out, "<section class=\"form\" id=\"%s\">\n<h2>%s</h2>\n", id, title);
	if (v->error) {
		strbuf_adds(out, "<p class=\"error\" role=\"alert\">");
		html_text(out, v->error);
		strbuf_adds(out, "</p>\n");
	}
	strbuf_addf(out, "<form method=\"post\" id=\"%s-form\" action=\"", id);
	page_href(out, ath->name, action);
	strbuf_adds(out, "\" novalidate>\n");
	page_csrf(out, p->csrf);
}

static void
form_foot(struct strbuf *out, const char *button)
{
	strbuf_addf(out, "<p><button type=\"submit\">%s</button></p>\n</form>\n</section>\n", button);
}

/* The red flags that stand for a side, said before the questions. */
static void
standing_html(struct strbuf *out, const struct page *p, const struct log_view *v)
{
	for (int k = 0; k < 2; k++) {
		if (v->flag_logged[k] == INT32_MIN)
			continue;
		strbuf_addf(out, "<p class=\"standing\" id=\"ankle-standing-%s\"><strong>"
				 "<span aria-hidden=\"true\">&#9888;</span> A red flag of the %s "
				 "ankle stands, logged ", k ? "right" : "left", k ? "right" : "left");
		page_date(out, v->flag_logged[k]);
		strbuf_adds(out, " (");
		page_ago(out, v->flag_logged[k], p->today);
		strbuf_adds(out, ").</strong> Answer each question below for that ankle: tick what "
				 "is still true, or tick the last box only if you checked each one and "
				 "none applies now. A clinician who saw it: <a href=\"#seen\">record "
				 "the consultation</a>.</p>\n");
	}
}

static void
redflags_html(struct strbuf *out, const struct page *p, const struct log_view *v, int standing)
{
	strbuf_addf(out, "<fieldset class=\"redflags%s\" id=\"ankle-redflags\"><legend>Red "
			 "flags: tick any that is true today (each one means a clinician)"
			 "</legend>\n", standing ? " standing" : "");
	if (standing)
		standing_html(out, p, v);
	/* while one stands, the questions `ankle log` asks on a terminal:
	 * taking 4 steps (weight bearing) too */
	fields(out, "ankle-", entry_ankle_fields, standing ? EA_WB : EA_TENDER, EA_NOTE, &v->ankle);
	strbuf_adds(out, "</fieldset>\n");
}

void
render_log_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		const struct log_view *v)
{
	int standing = v->flag_logged[0] != INT32_MIN || v->flag_logged[1] != INT32_MIN;

	page_begin(out, p);
	strbuf_adds(out, "<p>Fields marked * are needed. Dates are YYYY-MM-DD; a distance is "
			 "8.5km, 5mi, 8500m or a number in ");
	strbuf_adds(out, units_name(ath->units));
	strbuf_adds(out, ".</p>\n");

	form_head(out, p, ath, "run", "log/run", "A run", &v->run);
	fields(out, "run-", entry_run_fields, 0, ER__N, &v->run);
	strbuf_adds(out, "<datalist id=\"shoes\">\n");
	for (size_t i = 0; i < v->nshoes; i++)
		if (!v->shoes[i].retired) {
			strbuf_adds(out, "<option value=\"");
			html_text(out, v->shoes[i].name);
			strbuf_adds(out, "\">\n");
		}
	strbuf_adds(out, "</datalist>\n<p class=\"hint\">Without a shoe, the run goes in your "
			 "default pair.</p>\n");
	form_foot(out, "Log the run");

	/* While a red flag stands, its questions come first, right after
	 * the date and the side. */
	form_head(out, p, ath, "ankle", "log/ankle", "How an ankle feels", &v->ankle);
	if (standing) {
		fields(out, "ankle-", entry_ankle_fields, 0, EA_PAIN, &v->ankle);
		redflags_html(out, p, v, 1);
		fields(out, "ankle-", entry_ankle_fields, EA_PAIN, EA_WB, &v->ankle);
	} else {
		fields(out, "ankle-", entry_ankle_fields, 0, EA_TENDER, &v->ankle);
		redflags_html(out, p, v, 0);
	}
	fields(out, "ankle-", entry_ankle_fields, EA_NOTE, EA__N, &v->ankle);
	form_foot(out, "Log the ankle");

	if (v->has_programme) {
		form_head(out, p, ath, "exercise", "log/exercise", "An exercise of the programme",
			  &v->exercise);
		fields(out, "ex-", entry_exercise_fields, 0, EX__N, &v->exercise);
		strbuf_adds(out, "<p class=\"hint\">Exercises: ");
		for (size_t i = 0; i < exercise_count(); i++)
			strbuf_addf(out, "%s<code>%s</code>", i ? ", " : "", exercise_get((int)i)->id);
		strbuf_adds(out, ". Sets, reps or a hold left out take the dose the programme "
				 "prescribes.</p>\n");
		form_foot(out, "Log the exercise");
	} else {
		strbuf_adds(out, "<section class=\"form\"><h2>An exercise of the programme</h2>\n"
				 "<p>No programme yet: start one with <code>talus program new</code>."
				 "</p></section>\n");
	}

	form_head(out, p, ath, "seen", "log/seen", "Seen by a clinician", &v->seen);
	strbuf_adds(out, "<p class=\"hint\">A consultation about an ankle (as <code>talus ankle "
			 "seen</code>): it resolves the red flags of that side, or both, logged on "
			 "or before its date, marks the referral done, and the recovery starts again "
			 "from its protect days.</p>\n");
	fields(out, "seen-", entry_seen_fields, 0, ES__N, &v->seen);
	form_foot(out, "Record the consultation");
	page_end(out);
}

void
render_import_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		   unsigned long long limit_bytes, const struct import_summary *t,
		   const struct import_page_row *rows, size_t n, const char *error)
{
	page_begin(out, p);
	if (error) {
		strbuf_adds(out, "<p class=\"error\" role=\"alert\">");
		html_text(out, error);
		strbuf_adds(out, "</p>\n");
	}
	if (t) {
		struct strbuf sb = STRBUF_INIT;
		render_import_text(&sb, t);
		strbuf_adds(out, "<section class=\"result\" id=\"import-result\"><h2>Imported</h2>\n<p>");
		html_note(out, sb.buf);
		strbuf_adds(out, "</p>\n");
		strbuf_release(&sb);
		strbuf_adds(out, "<table class=\"data\" id=\"import-files\">\n<caption>Each file"
				 "</caption>\n<thead><tr><th scope=\"col\">File</th>"
				 "<th scope=\"col\">Result</th><th scope=\"col\">Activities</th>"
				 "<th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
		for (size_t i = 0; i < n; i++) {
			strbuf_adds(out, "<tr><th scope=\"row\">");
			html_text(out, rows[i].path);
			strbuf_addf(out, "</th><td class=\"st-%s\">", rows[i].status);
			html_text(out, rows[i].status);
			strbuf_addf(out, "</td><td>%zu</td><td>", rows[i].activities);
			html_text(out, rows[i].msg);
			strbuf_adds(out, "</td></tr>\n");
		}
		strbuf_adds(out, "</tbody>\n</table>\n</section>\n");
	}
	strbuf_adds(out, "<section class=\"form\"><h2>Upload</h2>\n<p>Watch files (.fit, .gpx, "
			 ".tcx, gzipped or not) or a whole Garmin or Strava export (.zip). ");
	strbuf_addf(out, "Up to %llu MB in one upload; ", limit_bytes >> 20);
	strbuf_adds(out, "the same import as <code>talus import</code>: a file imported before "
			 "is skipped, a run within a minute of one in your log is a duplicate.</p>\n"
			 "<form method=\"post\" enctype=\"multipart/form-data\" id=\"import-form\" "
			 "action=\"");
	page_href(out, ath->name, "import");
	strbuf_adds(out, "\">\n");
	page_csrf(out, p->csrf);
	strbuf_adds(out, "<div class=\"field\"><label for=\"import-files-input\">Files *</label>\n"
			 "<input type=\"file\" id=\"import-files-input\" name=\"files\" multiple "
			 "accept=\".fit,.gpx,.tcx,.gz,.zip,.csv\"></div>\n"
			 "<div class=\"field\"><label for=\"import-shoe\">Every run in this shoe "
			 "(optional)</label>\n<input id=\"import-shoe\" name=\"shoe\"></div>\n"
			 "<div class=\"field flag\"><label><input type=\"checkbox\" name=\"all-sports\" "
			 "value=\"1\"> Other sports too</label></div>\n"
			 "<p><progress id=\"import-progress\" max=\"100\" value=\"0\" hidden></progress> "
			 "<span id=\"import-status\" role=\"status\"></span></p>\n"
			 "<p><button type=\"submit\">Import</button></p>\n</form>\n</section>\n");
	page_end(out);
}
