/* report.h - the printable report for a clinician (core/report.h): one
 * HTML page, A4 or Letter, that prints in black and white: the day's
 * verdict, the red flags, the consultations, the symptom timeline, the
 * load of the last weeks, the assessments and re-tests, and the
 * programme's adherence. `talus report --html FILE` writes it with its
 * style inside; the dashboard links the same style as a file (the
 * server's Content-Security-Policy forbids inline style). */
#ifndef TALUS_RENDER_REPORT_H
#define TALUS_RENDER_REPORT_H

#include "core/report.h"
#include "util/strbuf.h"

/* The report's style sheet (screen and print). */
extern const char render_report_css[];

/* A whole HTML document. css_href: the style sheet's URL, or NULL to put
 * the style inside the page; nav_html: markup put before the report (the
 * dashboard's navigation), or NULL. */
void render_report_html(struct strbuf *out, const struct report *r, const char *css_href,
			const char *nav_html);

#endif
