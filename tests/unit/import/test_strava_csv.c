/* test_strava_csv.c - Strava's activities.csv: both header layouts, RFC 4180
 * quoting, CRLF, BOM, missing and reordered columns, the date formats, and
 * the activity type map. The CSV samples in tests/data are made up, with
 * the real header names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "import/strava_csv.h"
#include "util/date.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TALUS_TESTDATA
#error "compile with -DTALUS_TESTDATA=\"<path to tests/data>\""
#endif

#define MAX_ROWS 16

struct got {
	size_t n;
	struct strava_row row[MAX_ROWS];
	char error[MAX_ROWS][200];
	size_t stop_after; /* 0: never stop */
};

static int
collect(void *payload, const struct strava_row *row, const char *row_error)
{
	struct got *g = payload;

	assert_true(g->n < MAX_ROWS);
	g->row[g->n] = *row;
	snprintf(g->error[g->n], sizeof(g->error[0]), "%s",
		 row_error ? row_error : "");
	g->n++;
	return g->stop_after && g->n == g->stop_after ? 99 : 0;
}

static char *
load(const char *name, size_t *len)
{
	char path[1024];
	FILE *f;
	char *buf;
	long n;

	snprintf(path, sizeof(path), "%s/%s", TALUS_TESTDATA, name);
	f = fopen(path, "rb");
	if (!f)
		fail_msg("cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static int
parse_file(struct got *g, const char *name, struct talus_err *err)
{
	size_t len;
	char *buf = load(name, &len);
	int rc = strava_csv_parse(buf, len, collect, g, err);

	free(buf);
	return rc;
}

static int
parse_str(struct got *g, const char *text, struct talus_err *err)
{
	return strava_csv_parse(text, strlen(text), collect, g, err);
}

static void
start_is(const struct strava_row *r, const char *want)
{
	char got[32];

	utc_format(got, r->start_utc);
	if (strcmp(got, want))
		fail_msg("row %s: start %s, want %s", r->id, got, want);
}

static void
near(double got, double want, double tol)
{
	if (!(fabs(got - want) <= tol))
		fail_msg("%.6f, want %.6f", got, want);
}

static void
strava_older_layout(void **state)
{
	static struct got g;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	memset(&g, 0, sizeof(g));
	assert_int_equal(parse_file(&g, "strava_older.csv", &err), 0);
	assert_int_equal(g.n, 3);
	assert_string_equal(g.row[0].id, "83514080");
	start_is(&g.row[0], "2010-05-22T19:39:29Z");
	assert_string_equal(g.row[0].name, "Evening Ride");
	assert_string_equal(g.row[0].type, "Ride");
	near(g.row[0].elapsed_s, 4200, 0);
	near(g.row[0].distance_m, 25012.3, 1e-9); /* metres in this layout */
	assert_string_equal(g.row[0].gear, "Merida");
	assert_string_equal(g.row[0].filename, "activities/83514080.gpx.gz");
	assert_int_equal(g.row[0].line, 2);
	assert_string_equal(g.error[0], "");
	assert_string_equal(g.row[1].name, "Lunch Run, easy");
	assert_string_equal(g.row[1].description,
			    "Felt the ankle at km 3; \"careful\"");
	near(g.row[1].distance_m, 5021.0, 0);
	assert_string_equal(g.row[1].gear, "Pegasus 31");
	/* empty distance, gear, filename */
	assert_true(isnan(g.row[2].distance_m));
	assert_string_equal(g.row[2].gear, "");
	assert_string_equal(g.row[2].filename, "");
	assert_string_equal(g.row[2].type, "Walk");
}

static void
strava_current_layout(void **state)
{
	static struct got g;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	memset(&g, 0, sizeof(g));
	assert_int_equal(parse_file(&g, "strava_current.csv", &err), 0);
	assert_int_equal(g.n, 4);
	assert_string_equal(g.row[0].id, "12000000001");
	start_is(&g.row[0], "2024-10-01T11:35:00Z");
	assert_string_equal(g.row[0].name, "Morning Run");
	assert_string_equal(g.row[0].type, "Run");
	assert_string_equal(g.row[0].description, "");
	near(g.row[0].elapsed_s, 1800, 0);
	/* the second "Distance" (metres) wins over the first (5.02 km) */
	near(g.row[0].distance_m, 5021.7, 1e-9);
	assert_string_equal(g.row[0].gear, "Kayano 30");
	assert_string_equal(g.row[0].filename, "activities/12000000001.fit.gz");
	assert_string_equal(g.error[0], "");
	/* 12:05:09 AM is five past midnight; a newline, a comma and doubled
	 * quotes inside a quoted field */
	start_is(&g.row[1], "2024-10-02T00:05:09Z");
	assert_string_equal(g.row[1].type, "Trail Run");
	assert_string_equal(g.row[1].description,
			    "Line one\nline two, with a comma and \"quotes\"");
	near(g.row[1].elapsed_s, 3600, 0);
	near(g.row[1].distance_m, 10003.2, 1e-9);
	assert_int_equal(g.row[1].line, 3);
	/* no metres column value: the first Distance is kilometres */
	start_is(&g.row[2], "2024-02-29T12:00:00Z");
	near(g.row[2].distance_m, 3000, 1e-9);
	assert_int_equal(g.row[2].line, 5);
	assert_string_equal(g.error[2], "");
	/* September has 30 days */
	assert_string_equal(g.error[3], "activities.csv line 6: unreadable "
			    "'Activity Date' \"Sep 31, 2024, 1:00:00 PM\"");
	assert_int_equal(g.row[3].start_utc, 0);
	assert_string_equal(g.row[3].name, "Bad date"); /* still named */
}

static void
strava_bom_crlf_order_and_missing_columns(void **state)
{
	static struct got g;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	memset(&g, 0, sizeof(g));
	assert_int_equal(parse_file(&g, "strava_quirks.csv", &err), 0);
	assert_int_equal(g.n, 4); /* the blank line is no row */
	assert_string_equal(g.row[0].id, "555");
	start_is(&g.row[0], "2024-03-03T19:05:00Z"); /* no seconds */
	assert_string_equal(g.row[0].name, "Evening, with \"the\" club");
	assert_string_equal(g.row[0].description, "first line\r\nsecond line");
	near(g.row[0].distance_m, 7512.4, 1e-9);
	assert_true(isnan(g.row[0].elapsed_s)); /* no such column */
	assert_string_equal(g.row[0].gear, "");
	assert_string_equal(g.row[0].filename, "");
	/* a narrow no-break space before AM; extra fields ignored */
	assert_string_equal(g.row[1].id, "556");
	start_is(&g.row[1], "2024-03-04T08:00:00Z");
	near(g.row[1].distance_m, 4200, 1e-9);
	assert_string_equal(g.row[1].type, "Hike");
	assert_int_equal(g.row[1].line, 5);
	/* a short row: the missing fields are empty */
	assert_string_equal(g.row[2].id, "557");
	near(g.row[2].distance_m, 3300, 1e-9);
	assert_string_equal(g.row[2].name, "");
	assert_string_equal(g.error[2], "");
	/* the last field never closes its quote */
	assert_string_equal(g.row[3].id, "558");
	assert_string_equal(g.row[3].description, "this note never ends");
	assert_string_equal(g.error[3], "activities.csv line 7: the file ends "
			    "inside a quoted field");
}

static void
strava_header_errors(void **state)
{
	static struct got g;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	memset(&g, 0, sizeof(g));
	assert_int_equal(parse_str(&g, "", &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "activities.csv: the file is empty");
	assert_int_equal(parse_str(&g, "\xEF\xBB\xBF", &err), TALUS_EPARSE);
	assert_int_equal(parse_str(&g, "Activity ID,Activity Name\n1,x\n", &err),
			 TALUS_EPARSE);
	assert_string_equal(err.msg, "activities.csv line 1: no 'Activity Date' "
			    "or 'date' column");
	/* a localised export (German) is not read */
	assert_int_equal(parse_str(&g, "Aktivitäts-ID,Aktivitätsdatum\n", &err),
			 TALUS_EPARSE);
	assert_int_equal(g.n, 0);
	/* a header alone is a valid, empty export */
	err_clear(&err);
	assert_int_equal(parse_str(&g, "\"Activity Date\"\r\n", &err), 0);
	assert_int_equal(g.n, 0);
	assert_int_equal(parse_str(&g, " ACTIVITY DATE ,Activity Type\n"
				   "\"Jan 2, 2020, 3:04:05 PM\",Walk", &err), 0);
	assert_int_equal(g.n, 1);
	start_is(&g.row[0], "2020-01-02T15:04:05Z");
	assert_string_equal(g.row[0].type, "Walk");
}

static void
strava_too_many_columns(void **state)
{
	size_t cap = 5000 * 3 + 64, n = 0;
	char *csv = malloc(cap);
	static struct got g;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	assert_non_null(csv);
	memset(&g, 0, sizeof(g));
	n += (size_t)snprintf(csv, cap, "date");
	for (int i = 0; i < 5000; i++)
		n += (size_t)snprintf(csv + n, cap - n, ",x");
	assert_int_equal(strava_csv_parse(csv, n, collect, &g, &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "activities.csv line 1: more than 4096 columns");
	free(csv);
}

static void
strava_callback_stops_the_parse(void **state)
{
	static struct got g;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	memset(&g, 0, sizeof(g));
	g.stop_after = 2;
	assert_int_equal(parse_file(&g, "strava_current.csv", &err), 99);
	assert_int_equal(g.n, 2);
}

static void
strava_long_fields_cut_at_utf8_boundary(void **state)
{
	static struct got g;
	struct talus_err err = TALUS_ERR_INIT;
	char csv[1024];
	size_t n = 0;

	(void)state;
	memset(&g, 0, sizeof(g));
	n += (size_t)snprintf(csv, sizeof(csv), "date,name\n2020-01-01 00:00:00,");
	/* 'é' is two bytes: 127 bytes of name room end inside the 64th */
	for (int i = 0; i < 100; i++)
		n += (size_t)snprintf(csv + n, sizeof(csv) - n, "\xC3\xA9");
	assert_int_equal(strava_csv_parse(csv, n, collect, &g, &err), 0);
	assert_int_equal(strlen(g.row[0].name), 126);
	assert_true((unsigned char)g.row[0].name[125] == 0xA9);
}

static void
strava_dates(void **state)
{
	static const struct {
		const char *text, *want; /* want NULL: unreadable */
	} cases[] = {
		{ "Oct 01, 2024, 11:35:00 AM", "2024-10-01T11:35:00Z" },
		{ "Oct 1, 2024, 11:35:00 PM", "2024-10-01T23:35:00Z" },
		{ "Jan 1, 2024, 12:00:00 AM", "2024-01-01T00:00:00Z" },
		{ "Jan 1, 2024, 12:00:00 PM", "2024-01-01T12:00:00Z" },
		{ "Sep 12, 2018, 3:02:23 PM", "2018-09-12T15:02:23Z" },
		{ "Sept 12, 2018, 3:02:23 pm", "2018-09-12T15:02:23Z" },
		{ "December 31 1999 23:59:59", "1999-12-31T23:59:59Z" },
		{ "Mar 4, 2024, 8:00:00\xC2\xA0" "AM", "2024-03-04T08:00:00Z" },
		{ "2015-06-16 14:27:56", "2015-06-16T14:27:56Z" },
		{ "2015-06-16T14:27:56Z", "2015-06-16T14:27:56Z" },
		{ "2015-06-16T16:27:56+02:00", "2015-06-16T14:27:56Z" },
		{ "2015-06-16", "2015-06-16T00:00:00Z" },
		{ "Feb 29, 2023, 1:00:00 PM", NULL },
		{ "Oct 01, 2024, 13:35:00 PM", NULL },
		{ "Oct 01, 2024, 0:35:00 AM", NULL },
		{ "Foo 01, 2024, 11:35:00 AM", NULL },
		{ "Oct 01, 2024", NULL },
		{ "yesterday", NULL },
		{ "", NULL },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int64_t t = -1;
		int rc = strava_date_parse(&t, cases[i].text);
		char got[32];

		if (!cases[i].want) {
			if (rc == 0)
				fail_msg("[%s] parsed", cases[i].text);
			continue;
		}
		if (rc)
			fail_msg("[%s] unreadable", cases[i].text);
		utc_format(got, t);
		if (strcmp(got, cases[i].want))
			fail_msg("[%s] gives %s", cases[i].text, got);
	}
}

static void
strava_type_mapping(void **state)
{
	static const struct {
		const char *type;
		enum sport sport;
		enum surface surface;
	} cases[] = {
		{ "Run", SPORT_RUN, SURFACE_UNKNOWN },
		{ "Trail Run", SPORT_RUN, SURFACE_TRAIL },
		{ "Virtual Run", SPORT_RUN, SURFACE_TREADMILL },
		{ "Ride", SPORT_RIDE, SURFACE_UNKNOWN },
		{ "Virtual Ride", SPORT_RIDE, SURFACE_UNKNOWN },
		{ "E-Bike Ride", SPORT_RIDE, SURFACE_UNKNOWN },
		{ "Mountain Bike Ride", SPORT_RIDE, SURFACE_UNKNOWN },
		{ "Swim", SPORT_SWIM, SURFACE_UNKNOWN },
		{ "Walk", SPORT_WALK, SURFACE_UNKNOWN },
		{ "Hike", SPORT_HIKE, SURFACE_UNKNOWN },
		{ "Workout", SPORT_OTHER, SURFACE_UNKNOWN },
		{ "Weight Training", SPORT_OTHER, SURFACE_UNKNOWN },
		{ "Rowing", SPORT_OTHER, SURFACE_UNKNOWN },
		{ "Backcountry Ski", SPORT_OTHER, SURFACE_UNKNOWN },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum sport sp;
		enum surface su;

		strava_type_map(cases[i].type, &sp, &su);
		if (sp != cases[i].sport || su != cases[i].surface)
			fail_msg("[%s]: %s/%s", cases[i].type, sport_name(sp),
				 surface_name(su));
	}
}

/* Every prefix of a file parses without crashing; rows are never more
 * than the whole file's. */
static void
strava_truncated_anywhere(void **state)
{
	static const char *const files[] = {
		"strava_older.csv", "strava_current.csv", "strava_quirks.csv"
	};

	(void)state;
	for (size_t f = 0; f < 3; f++) {
		size_t len;
		char *buf = load(files[f], &len);

		for (size_t cut = 0; cut <= len; cut++) {
			static struct got g;
			struct talus_err err = TALUS_ERR_INIT;
			char *copy = malloc(cut ? cut : 1);
			int rc;

			assert_non_null(copy);
			memcpy(copy, buf, cut); /* exact size: ASan sees overreads */
			memset(&g, 0, sizeof(g));
			rc = strava_csv_parse(copy, cut, collect, &g, &err);
			assert_true(rc == 0 || rc == TALUS_EPARSE);
			assert_true(g.n <= 4);
			free(copy);
		}
		free(buf);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(strava_older_layout),
		cmocka_unit_test(strava_current_layout),
		cmocka_unit_test(strava_bom_crlf_order_and_missing_columns),
		cmocka_unit_test(strava_header_errors),
		cmocka_unit_test(strava_too_many_columns),
		cmocka_unit_test(strava_callback_stops_the_parse),
		cmocka_unit_test(strava_long_fields_cut_at_utf8_boundary),
		cmocka_unit_test(strava_dates),
		cmocka_unit_test(strava_type_mapping),
		cmocka_unit_test(strava_truncated_anywhere),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
