/* csv.c - the RFC 4180 writer. */
#include "util/csv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
csv_row_begin(struct csv_row *r, struct strbuf *sb)
{
	r->sb = sb;
	r->fields = 0;
}

static void
sep(struct csv_row *r)
{
	if (r->fields++)
		strbuf_addch(r->sb, ',');
}

static int
needs_quotes(const char *s)
{
	size_t n = strlen(s);

	if (!n)
		return 0;
	if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')
		return 1;
	return strpbrk(s, ",\"\r\n") != NULL;
}

void
csv_str(struct csv_row *r, const char *s)
{
	sep(r);
	if (!s || !*s)
		return;
	if (!needs_quotes(s)) {
		strbuf_adds(r->sb, s);
		return;
	}
	strbuf_addch(r->sb, '"');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			strbuf_addch(r->sb, '"');
		strbuf_addch(r->sb, *p);
	}
	strbuf_addch(r->sb, '"');
}

char *
csv_format_double(char *buf, double v)
{
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(buf, 32, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	return buf;
}

void
csv_num(struct csv_row *r, double v)
{
	char buf[32];

	sep(r);
	if (isfinite(v))
		strbuf_adds(r->sb, csv_format_double(buf, v));
}

void
csv_int(struct csv_row *r, long long v)
{
	sep(r);
	strbuf_addf(r->sb, "%lld", v);
}

void
csv_score(struct csv_row *r, int v)
{
	sep(r);
	if (v >= 0)
		strbuf_addf(r->sb, "%d", v);
}

void
csv_row_end(struct csv_row *r)
{
	strbuf_adds(r->sb, "\r\n");
	r->fields = 0;
}
