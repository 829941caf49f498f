/* html.h - what every HTML page talus writes needs. */
#ifndef TALUS_RENDER_HTML_H
#define TALUS_RENDER_HTML_H

#include "util/strbuf.h"

/* Appends s with &, <, >, " and ' escaped, for text and attribute values. */
void html_escape(struct strbuf *out, const char *s);

#endif
