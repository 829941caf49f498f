/* strava_csv.c - Strava's activities.csv, both layouts, as rows.
 *
 * Invariants: one pass over the buffer; a field is copied only when its
 * column is wanted, into a fixed-size place, so a row costs no allocation
 * (the column map, sized by the header, is the only one); line numbers
 * count physical lines, newlines inside quotes included.
 */
#include "import/strava_csv.h"

#include "import/csv.h"
#include "import/xmlact.h"
#include "util/date.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A header wider than this is not an activities.csv. */
#define CSV_MAX_COLUMNS 4096

enum role {
	R_NONE = 0, R_ID, R_DATE, R_NAME, R_TYPE, R_DESC, R_ELAPSED,
	R_DIST, R_DIST_M, R_GEAR, R_FILE, R__COUNT
};

/* Header names per layout, lower case; index = role. */
static const char *const current_names[R__COUNT] = {
	[R_ID] = "activity id", [R_DATE] = "activity date",
	[R_NAME] = "activity name", [R_TYPE] = "activity type",
	[R_DESC] = "activity description", [R_ELAPSED] = "elapsed time",
	[R_DIST] = "distance", [R_GEAR] = "activity gear",
	[R_FILE] = "filename",
};
static const char *const older_names[R__COUNT] = {
	[R_ID] = "id", [R_DATE] = "date", [R_NAME] = "name",
	[R_TYPE] = "type", [R_DESC] = "description",
	[R_ELAPSED] = "elapsed_time", [R_DIST] = "distance",
	[R_GEAR] = "gear", [R_FILE] = "filename",
};

static int
is_blank(int ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
}

/* Trims blanks on both sides, in place; returns s. */
static char *
trim(char *s)
{
	char *b = s;
	size_t n;

	while (is_blank(*b))
		b++;
	n = strlen(b);
	while (n && is_blank(b[n - 1]))
		n--;
	memmove(s, b, n);
	s[n] = '\0';
	return s;
}

static int
lower_eq(const char *a, const char *lower)
{
	for (; *a && *lower; a++, lower++) {
		char ch = *a;

		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if (ch != *lower)
			return 0;
	}
	return *a == *lower;
}

/* A plain decimal number: sign, digits, fraction. 0 or -1. */
static int
num_parse(double *out, const char *s)
{
	double v = 0, scale = 1;
	int any = 0, neg = 0;

	while (is_blank(*s))
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	for (; *s >= '0' && *s <= '9'; s++, any = 1)
		v = v * 10 + (*s - '0');
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++, any = 1)
			v += (*s - '0') * (scale /= 10);
	while (is_blank(*s))
		s++;
	if (!any || *s || !isfinite(v))
		return -1;
	*out = neg ? -v : v;
	return 0;
}

static int
digits(const char **p, int min, int max, int *out)
{
	int v = 0, n = 0;

	while (n < max && **p >= '0' && **p <= '9') {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	if (n < min)
		return -1;
	*out = v;
	return 0;
}

/* Skips blanks, including UTF-8 no-break (C2 A0), narrow no-break
 * (E2 80 AF) and thin (E2 80 89) spaces, which newer date formatting puts
 * before AM/PM. */
static void
skip_spaces(const char **p)
{
	const unsigned char *s = (const unsigned char *)*p;

	for (;;) {
		if (*s == ' ' || *s == '\t')
			s++;
		else if (s[0] == 0xC2 && s[1] == 0xA0)
			s += 2;
		else if (s[0] == 0xE2 && s[1] == 0x80 &&
			 (s[2] == 0xAF || s[2] == 0x89))
			s += 3;
		else
			break;
	}
	*p = (const char *)s;
}

/* "Oct 01, 2024, 11:35:00 AM": English month, day, year, 12- or 24-hour
 * clock. */
static int
us_date_parse(int64_t *out, const char *s)
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	char mon[4];
	int m = 0, d, y, hh, mi, ss = 0, y2, m2, d2;
	int32_t day;

	skip_spaces(&s);
	for (int i = 0; i < 3; i++) {
		char ch = s[i];

		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if (ch < 'a' || ch > 'z')
			return -1;
		mon[i] = ch;
	}
	mon[3] = '\0';
	for (int i = 0; i < 12; i++)
		if (!memcmp(months + (size_t)3 * (size_t)i, mon, 3))
			m = i + 1;
	if (!m)
		return -1;
	s += 3;
	while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
	       *s == '.')
		s++; /* "Sept", "October", "Oct." */
	skip_spaces(&s);
	if (digits(&s, 1, 2, &d))
		return -1;
	if (*s == ',')
		s++;
	skip_spaces(&s);
	if (digits(&s, 4, 4, &y))
		return -1;
	if (*s == ',')
		s++;
	skip_spaces(&s);
	if (digits(&s, 1, 2, &hh) || *s++ != ':' || digits(&s, 2, 2, &mi))
		return -1;
	if (*s == ':') {
		s++;
		if (digits(&s, 2, 2, &ss))
			return -1;
	}
	skip_spaces(&s);
	if (*s == 'A' || *s == 'a' || *s == 'P' || *s == 'p') {
		int pm = *s == 'P' || *s == 'p';

		s++;
		if (*s == '.')
			s++;
		if (*s != 'M' && *s != 'm')
			return -1;
		s++;
		if (*s == '.')
			s++;
		if (hh < 1 || hh > 12)
			return -1;
		hh = hh % 12 + (pm ? 12 : 0);
	}
	skip_spaces(&s);
	if (*s || hh > 23 || mi > 59 || ss > 60 || y < 1900 || y > 2200 ||
	    d < 1 || d > 31)
		return -1;
	day = day_from_civil(y, m, d);
	civil_from_day(day, &y2, &m2, &d2);
	if (y2 != y || m2 != m || d2 != d)
		return -1; /* Feb 30 */
	*out = (int64_t)day * 86400 + (int64_t)hh * 3600 + (int64_t)mi * 60 +
		   (ss > 59 ? 59 : ss);
	return 0;
}

int
strava_date_parse(int64_t *out_utc, const char *s)
{
	int32_t day;
	int sec, off, has;
	int64_t utc;

	while (is_blank(*s))
		s++;
	if (*s >= '0' && *s <= '9') {
		if (!datetime_parse(&day, &sec, s)) {
			*out_utc = (int64_t)day * 86400 + (sec < 0 ? 0 : sec);
			return 0;
		}
		if (!iso8601_parse(&utc, &off, &has, s)) {
			*out_utc = utc;
			return 0;
		}
		return -1;
	}
	return us_date_parse(out_utc, s);
}

void
strava_type_map(const char *type, enum sport *sport, enum surface *surface)
{
	xmlact_sport_map(type, sport, surface);
}

static void
row_init(struct strava_row *r, long line)
{
	memset(r, 0, sizeof(*r));
	r->elapsed_s = NAN;
	r->distance_m = NAN;
	r->line = line;
}

/* Reads the header; fills roles[0..ncols). 0 or TALUS_EPARSE. */
static int
read_header(struct csv_reader *c, unsigned char **roles, size_t *ncols, int *current,
	    struct talus_err *err)
{
	char name[128];
	int r, open_quote = 0, seen_dist = 0;
	size_t n = 0, alloc = 0;
	unsigned char *v = NULL;
	const char *const *names;
	const char *start = c->s;

	/* First pass: which layout. */
	*current = -1;
	do {
		r = csv_read_field(c, name, sizeof(name), NULL, &open_quote);
		trim(name);
		if (lower_eq(name, "activity date"))
			*current = 1;
		else if (lower_eq(name, "date") && *current < 0)
			*current = 0;
	} while (r == CSV_COMMA);
	if (*current < 0)
		return err_set(err, TALUS_EPARSE, "activities.csv line 1: no "
			       "'Activity Date' or 'date' column");
	names = *current ? current_names : older_names;
	c->s = start;
	c->line = 1;
	do {
		unsigned char role = R_NONE;

		if (n >= CSV_MAX_COLUMNS) {
			free(v);
			return err_set(err, TALUS_EPARSE, "activities.csv "
				       "line 1: more than %d columns",
				       CSV_MAX_COLUMNS);
		}
		r = csv_read_field(c, name, sizeof(name), NULL, &open_quote);
		trim(name);
		for (int k = 1; k < R__COUNT; k++)
			if (names[k] && lower_eq(name, names[k])) {
				role = (unsigned char)k;
				break;
			}
		if (role == R_DIST && seen_dist++)
			role = *current && seen_dist == 2 ? R_DIST_M : R_NONE;
		for (size_t j = 0; j < n && role != R_NONE; j++)
			if (v[j] == role)
				role = R_NONE; /* the first of a name wins */
		v = xgrow(v, 1, n + 1, &alloc);
		v[n++] = role;
	} while (r == CSV_COMMA);
	*roles = v;
	*ncols = n;
	return 0;
}

int
strava_csv_parse(const char *buf, size_t len,
		 int (*cb)(void *payload, const struct strava_row *row,
			   const char *row_error),
		 void *payload, struct talus_err *err)
{
	struct csv_reader c;
	unsigned char *roles = NULL;
	size_t ncols = 0;
	int current, rc;

	csv_reader_init(&c, buf, len);
	if (csv_at_end(&c))
		return err_set(err, TALUS_EPARSE, "activities.csv: the file is "
			       "empty");
	rc = read_header(&c, &roles, &ncols, &current, err);
	if (rc)
		return rc;
	while (!csv_at_end(&c)) {
		struct strava_row row;
		char date[64] = "", el[32] = "", dist[32] = "", dist_m[32] = "";
		char msg[192];
		const char *row_error = NULL;
		size_t col = 0;
		int r, open_quote = 0;
		double v;

		if (csv_at_blank(&c)) { /* a blank line */
			csv_read_field(&c, NULL, 0, NULL, &open_quote);
			continue;
		}
		row_init(&row, c.line);
		do {
			unsigned char role = col < ncols ? roles[col] : R_NONE;
			char *dst = NULL;
			size_t cap = 0;

			switch (role) {
#define TO(field) dst = field; cap = sizeof(field); break
			case R_ID: TO(row.id);
			case R_DATE: TO(date);
			case R_NAME: TO(row.name);
			case R_TYPE: TO(row.type);
			case R_DESC: TO(row.description);
			case R_ELAPSED: TO(el);
			case R_DIST: TO(dist);
			case R_DIST_M: TO(dist_m);
			case R_GEAR: TO(row.gear);
			case R_FILE: TO(row.filename);
#undef TO
			default:
				break;
			}
			r = csv_read_field(&c, dst, cap, NULL, &open_quote);
			col++;
		} while (r == CSV_COMMA);
		trim(row.id);
		trim(row.type);
		trim(row.filename);
		if (!num_parse(&v, el) && v >= 0)
			row.elapsed_s = v;
		if (!num_parse(&v, dist_m) && v >= 0)
			row.distance_m = v;
		else if (!num_parse(&v, dist) && v >= 0)
			row.distance_m = current ? v * 1000 : v;
		if (open_quote) {
			snprintf(msg, sizeof(msg), "activities.csv line %ld: "
				 "the file ends inside a quoted field",
				 row.line);
			row_error = msg;
		} else if (strava_date_parse(&row.start_utc, trim(date))) {
			row.start_utc = 0;
			snprintf(msg, sizeof(msg), "activities.csv line %ld: "
				 "unreadable '%s' \"%.60s\"", row.line,
				 current ? "Activity Date" : "date", date);
			row_error = msg;
		}
		rc = cb(payload, &row, row_error);
		if (rc)
			break;
	}
	free(roles);
	return rc;
}
