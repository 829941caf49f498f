/* page.h - the frame of every page of the web dashboard (`talus serve`)
 * and what each page's HTML needs: the head and the navigation, text
 * made safe for HTML, links to an athlete's pages, and the fields of the
 * entry forms (core/entry.h) with their values and errors. Every value
 * from the log or a request goes through html_text() or html_attr().
 * The pages use no inline style or script: the Content-Security-Policy
 * of the server allows only its own /static files.
 */
#ifndef TALUS_RENDER_PAGE_H
#define TALUS_RENDER_PAGE_H

#include <stdint.h>

#include "core/entry.h"
#include "core/units.h"
#include "util/strbuf.h"

struct page {
	const char *title;     /* the page's own title, e.g. "Today" */
	const char *athlete;   /* whose pages the navigation links; NULL: none */
	const char *active;    /* the slug of the current page ("today") */
	const char *csrf;      /* the session's CSRF token for forms, or NULL */
	int32_t today;
	const char *notice;    /* a line to show first, or NULL */
};

/* The document up to the page's <main>, and its end. */
void page_begin(struct strbuf *out, const struct page *p);
void page_end(struct strbuf *out);

/* Appends s escaped for HTML text and attribute values (& < > " '), with
 * control characters and bytes that are not UTF-8 made visible (\n,
 * \x01), so that nothing typed can open a tag, close an attribute or
 * break the page. */
void html_text(struct strbuf *out, const char *s);
/* The same for printf-formatted text. */
void html_textf(struct strbuf *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A note kept as typed: escaped, newlines kept as line breaks. */
void html_note(struct strbuf *out, const char *s);

/* The href of an athlete's page: /a/NAME/slug, NAME percent-encoded
 * (slug may hold a query: "load?view=12m"). */
void page_href(struct strbuf *out, const char *athlete, const char *slug);
/* <a href="/a/NAME/slug">text</a>. */
void page_link(struct strbuf *out, const char *athlete, const char *slug, const char *text);

/* The hidden CSRF field of a form. */
void page_csrf(struct strbuf *out, const char *csrf);

/* One field of an entry form: its label, its input (kind from f; value:
 * what was typed, or NULL; for ENTRY_LIST, the ticked choices as bits in
 * *bits), its error beside it (or NULL). idp prefixes the element ids
 * ("run-"). choices_text: the words shown for choices (NULL: the
 * choices themselves). */
void page_field(struct strbuf *out, const char *idp, const struct entry_field *f,
		const char *value, unsigned bits, const char *error);

/* A date as "Mon 2 Mar 2026". */
void page_date(struct strbuf *out, int32_t day);
/* How long before today day was: "today", "yesterday", "12 days ago". */
void page_ago(struct strbuf *out, int32_t day, int32_t today);

#endif
