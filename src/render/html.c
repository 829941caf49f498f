/* html.c - HTML escaping. */
#include "render/html.h"

#include <string.h>

void
html_escape(struct strbuf *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&':
			strbuf_adds(out, "&amp;");
			break;
		case '<':
			strbuf_adds(out, "&lt;");
			break;
		case '>':
			strbuf_adds(out, "&gt;");
			break;
		case '"':
			strbuf_adds(out, "&quot;");
			break;
		case '\'':
			strbuf_adds(out, "&#39;");
			break;
		default:
			/* A control character (a name from an older talus) is no
			 * text in HTML and would reach a terminal with --html -. */
			if (((unsigned char)*s < 0x20 && !strchr("\t\n\r", *s)) || *s == 0x7f)
				strbuf_adds(out, "\xef\xbf\xbd"); /* U+FFFD */
			else
				strbuf_addch(out, *s);
			break;
		}
	}
}
