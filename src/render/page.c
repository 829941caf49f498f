/* page.c - the frame of the dashboard's pages (see page.h). */
#include "render/page.h"
#include "render/html.h"
#include "util/date.h"
#include "util/text.h"
#include "util/url.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const struct {
	const char *slug, *name;
} tabs[] = {
	{ "today", "Today" },     { "log", "Log" },         { "import", "Import" },
	{ "load", "Load" },       { "ankles", "Ankles" },   { "shoes", "Shoes" },
	{ "programme", "Programme" }, { "plan", "Plan" },   { "recovery", "Recovery" },
	{ "report", "Report" },   { "insights", "Insights" },
};

void
html_text(struct strbuf *out, const char *s)
{
	struct strbuf vis = STRBUF_INIT;

	if (!s)
		return;
	text_add_visible(&vis, s);
	html_escape(out, vis.buf);
	strbuf_release(&vis);
}

void
html_textf(struct strbuf *out, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	html_text(out, buf);
}

void
html_note(struct strbuf *out, const char *s)
{
	const char *nl;

	while (s && (nl = strchr(s, '\n'))) {
		struct strbuf line = STRBUF_INIT;
		strbuf_add(&line, s, (size_t)(nl - s));
		html_text(out, line.buf);
		strbuf_adds(out, "<br>");
		strbuf_release(&line);
		s = nl + 1;
	}
	html_text(out, s);
}

void
page_href(struct strbuf *out, const char *athlete, const char *slug)
{
	strbuf_adds(out, "/a/");
	url_encode(out, athlete);
	strbuf_addch(out, '/');
	html_escape(out, slug);
}

void
page_link(struct strbuf *out, const char *athlete, const char *slug, const char *text)
{
	strbuf_adds(out, "<a href=\"");
	page_href(out, athlete, slug);
	strbuf_adds(out, "\">");
	html_text(out, text);
	strbuf_adds(out, "</a>");
}

void
page_csrf(struct strbuf *out, const char *csrf)
{
	strbuf_adds(out, "<input type=\"hidden\" name=\"csrf\" value=\"");
	html_text(out, csrf ? csrf : "");
	strbuf_adds(out, "\">\n");
}

void
page_date(struct strbuf *out, int32_t day)
{
	static const char *const wd[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	char iso[11];
	int y, m, d;

	date_format(iso, day);
	if (sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12) {
		html_text(out, iso);
		return;
	}
	strbuf_addf(out, "<time datetime=\"%s\">%s %d %s %d</time>", iso, wd[day_weekday(day)],
		    d, mon[m - 1], y);
}

void
page_ago(struct strbuf *out, int32_t day, int32_t today)
{
	int d = today - day;

	if (d <= 0)
		strbuf_adds(out, "today");
	else if (d == 1)
		strbuf_adds(out, "yesterday");
	else
		strbuf_addf(out, "%d days ago", d);
}

void
page_begin(struct strbuf *out, const struct page *p)
{
	strbuf_adds(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
			 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
			 "<title>");
	html_text(out, p->title);
	if (p->athlete) {
		strbuf_adds(out, " - ");
		html_text(out, p->athlete);
	}
	strbuf_adds(out, " - talus</title>\n"
			 "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n"
			 "<link rel=\"stylesheet\" href=\"/static/talus.css\">\n"
			 "<script src=\"/static/talus.js\" defer></script>\n"
			 "</head>\n<body>\n<header class=\"top\">\n"
			 "<a class=\"brand\" href=\"/\">talus</a>\n");
	if (p->athlete) {
		strbuf_adds(out, "<span class=\"who\">");
		html_text(out, p->athlete);
		strbuf_adds(out, "</span>\n");
	}
	strbuf_adds(out, "<nav aria-label=\"pages\"><ul>\n");
	if (p->athlete)
		for (size_t i = 0; i < sizeof(tabs) / sizeof(tabs[0]); i++) {
			int on = p->active && !strcmp(p->active, tabs[i].slug);
			strbuf_adds(out, "<li><a href=\"");
			page_href(out, p->athlete, tabs[i].slug);
			strbuf_addf(out, "\"%s>%s</a></li>\n", on ? " aria-current=\"page\"" : "",
				    tabs[i].name);
		}
	strbuf_addf(out, "<li><a href=\"/team\"%s>Team</a></li>\n"
			 "<li><a href=\"/evidence\"%s>Evidence</a></li>\n</ul></nav>\n</header>\n"
			 "<main id=\"main\">\n",
		    p->active && !strcmp(p->active, "team") ? " aria-current=\"page\"" : "",
		    p->active && !strcmp(p->active, "evidence") ? " aria-current=\"page\"" : "");
	strbuf_adds(out, "<h1>");
	html_text(out, p->title);
	strbuf_adds(out, "</h1>\n");
	if (p->notice) {
		strbuf_adds(out, "<p class=\"notice\" role=\"status\">");
		html_text(out, p->notice);
		strbuf_adds(out, "</p>\n");
	}
}

void
page_end(struct strbuf *out)
{
	strbuf_adds(out, "</main>\n<footer><p>talus is a wellness tool, not a medical device: it "
			 "never diagnoses, and a red flag always means a clinician. "
			 "<a href=\"/evidence\">The evidence behind each rule</a>.</p></footer>\n"
			 "</body>\n</html>\n");
}

void
page_field(struct strbuf *out, const char *idp, const struct entry_field *f, const char *value,
	   unsigned bits, const char *error)
{
	char id[96];
	const char *v = value ? value : "";
	/* A choice of one word (--red-flags none) is a tick box sending it. */
	int one = f->kind == ENTRY_CHOICE && !f->required && f->choices[0] && !f->choices[1];

	snprintf(id, sizeof(id), "%s%s", idp, f->name);
	strbuf_addf(out, "<div class=\"field%s%s\">\n", error ? " bad" : "",
		    f->kind == ENTRY_FLAG || one ? " flag" : "");
	if (one) {
		strbuf_addf(out, "<label><input type=\"checkbox\" id=\"%s\" name=\"%s\" value=\"%s\"%s%s> ",
			    id, f->name, f->choices[0], *v ? " checked" : "",
			    error ? " aria-invalid=\"true\"" : "");
		html_text(out, f->label);
		strbuf_adds(out, "</label>\n");
		goto end;
	}
	switch (f->kind) {
	case ENTRY_FLAG:
		strbuf_addf(out, "<label><input type=\"checkbox\" id=\"%s\" name=\"%s\" value=\"1\"%s%s> ",
			    id, f->name, *v ? " checked" : "",
			    error ? " aria-invalid=\"true\"" : "");
		html_text(out, f->label);
		strbuf_adds(out, "</label>\n");
		break;
	case ENTRY_CHOICE:
		strbuf_addf(out, "<label for=\"%s\">", id);
		html_text(out, f->label);
		strbuf_addf(out, "%s</label>\n<select id=\"%s\" name=\"%s\"%s>\n", f->required ? " *" : "",
			    id, f->name, error ? " aria-invalid=\"true\"" : "");
		if (!f->required || !*v)
			strbuf_adds(out, "<option value=\"\">-</option>\n");
		for (int i = 0; f->choices[i]; i++)
			strbuf_addf(out, "<option%s>%s</option>\n",
				    !strcmp(v, f->choices[i]) ? " selected" : "", f->choices[i]);
		strbuf_adds(out, "</select>\n");
		break;
	case ENTRY_LIST:
		strbuf_adds(out, "<fieldset><legend>");
		html_text(out, f->label);
		strbuf_adds(out, "</legend>\n");
		for (int i = 0; f->choices[i]; i++)
			strbuf_addf(out, "<label><input type=\"checkbox\" name=\"%s\" value=\"%s\"%s> %s"
					 "</label>\n",
				    f->name, f->choices[i], bits & (1u << i) ? " checked" : "",
				    f->choices[i]);
		strbuf_adds(out, "</fieldset>\n");
		break;
	default:
		strbuf_addf(out, "<label for=\"%s\">", id);
		html_text(out, f->label);
		strbuf_addf(out, "%s</label>\n", f->required ? " *" : "");
		if (!strcmp(f->name, "note"))
			strbuf_addf(out, "<textarea id=\"%s\" name=\"%s\" rows=\"2\" maxlength=\"4000\"%s>",
				    id, f->name, error ? " aria-invalid=\"true\"" : "");
		else
			strbuf_addf(out, "<input id=\"%s\" name=\"%s\"%s%s value=\"", id, f->name,
				    f->kind == ENTRY_INT ? " inputmode=\"numeric\"" :
				    f->kind == ENTRY_DIST ? " inputmode=\"decimal\"" : "",
				    error ? " aria-invalid=\"true\"" : "");
		html_escape(out, v); /* verbatim, so that it is sent back as typed */
		strbuf_adds(out, !strcmp(f->name, "note") ? "</textarea>\n" : "\">\n");
		break;
	}
end:
	if (error) {
		strbuf_addf(out, "<p class=\"error\" id=\"%s-error\" role=\"alert\">", id);
		html_text(out, error);
		strbuf_adds(out, "</p>\n");
	}
	strbuf_adds(out, "</div>\n");
}
