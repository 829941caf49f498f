/* test_gpx.c - the GPX reader and the shared xmlact machinery: talus's own
 * small files (tests/data) and documents written here, chunked feeding,
 * truncation, malformed input, sniffing and sport mapping; and, in the
 * fixture group (--fixtures, tests/unit/fixtures.h: skipped when
 * ../shared/fixtures is absent), every GPX fixture against what gpxpy and
 * gpsbabel report (shared/fixtures/reference.tsv) and the same chunking
 * and truncation on the real files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#define XMLACT_INTERNAL /* xa_num, the number reader of every point */
#include "activity_checks.h"
#include "fixtures.h"
#include "import/xmlact.h"
#include "util/date.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef TALUS_TESTDATA
#error "compile with -DTALUS_TESTDATA=\"<path to tests/data>\""
#endif

/* One gpsbabel-style step: 0.001 degrees of latitude on a sphere of
 * R = 6371008.8 m. */
#define STEP_M (6371008.8 * 3.14159265358979323846 / 180.0 * 0.001)

/* Parses text (NUL-terminated) in one go. */
static int
parse_str(struct activity_vec *v, const char *text, struct talus_err *err)
{
	return xmlact_parse(v, (const uint8_t *)text, strlen(text), err);
}

/* ------------------------------------------------------------------ */
/* Fixtures vs reference.tsv                                           */

struct gpx_ref {
	const char *path;      /* under TALUS_FIXTURES */
	const char *start;     /* start, seconds floored; NULL: an error */
	double elapsed_s;
	double length_2d_m;    /* gpxpy length_2d */
	double haversine_m;    /* gpsbabel: haversine R=6371008.8 per segment */
	double moving_s;       /* gpxpy moving_time */
	int64_t points;
	double avg_hr;         /* NAN when none */
	enum sport sport;
	int moving_same;       /* 1: talus's moving rule agrees with gpxpy's */
};

/* Where talus reports something other than the peers, the row says so:
 * Mojstrovka.gpx is tested on its own below. */
static const struct gpx_ref gpx_refs[] = {
	{ "tkrajina_gpxpy/test_files/gpx1.0_with_all_fields.gpx",
	  "2013-01-01T12:00:04Z", 0, 0, 0, 0, 1, NAN, SPORT_RUN, 0 },
	/* <type>t</type> is no sport talus knows: other. */
	{ "tkrajina_gpxpy/test_files/gpx1.1_with_all_fields.gpx",
	  "2013-01-01T12:00:04Z", 0, 0, 0, 0, 1, NAN, SPORT_OTHER, 0 },
	/* A waypoint only: not an activity. */
	{ "tkrajina_gpxpy/test_files/gpx_with_garmin_extension.gpx",
	  NULL, 0, 0, 0, 0, 0, NAN, SPORT_RUN, 0 },
	/* Four tracks, the second (358 points) without times: its points
	 * count for distance, as gpxpy's length_2d counts them. The first
	 * track, <type>jkljkl</type>, is empty and ignored; the second's
	 * <type>...</type> has no letters: a run. */
	{ "tkrajina_gpxpy/test_files/korita-zbevnica.gpx",
	  "2010-10-03T09:36:30Z", 13381, 14913.75, 14897.08, 7084, 871, NAN,
	  SPORT_RUN, 0 },
	{ "tkrajina_gpxpy/test_files/cerknicko-jezero.gpx",
	  "2010-08-05T14:23:59Z", 7190, 4580.14, 4575.02, 2425, 296, NAN,
	  SPORT_RUN, 0 },
	{ "tkrajina_gpxpy/test_files/unicode_with_bom.gpx",
	  NULL, 0, 0, 0, 0, 0, NAN, SPORT_RUN, 0 },
	{ "tkrajina_gpxpy/test_files/track-with-empty-segment.gpx",
	  "2013-07-06T17:26:26Z", 76, 85.95, 85.85, 32, 9, NAN, SPORT_RUN, 1 },
	/* A route is a plan, not a run. */
	{ "tkrajina_gpxpy/test_files/route.gpx",
	  NULL, 0, 0, 0, 0, 0, NAN, SPORT_RUN, 0 },
	{ "placemark_togeojson/test/data/Friday-Evening-Run.gpx",
	  "2025-05-02T15:51:15Z", 2569.308, 87.75, 87.65, 35.503, 17, 150.0,
	  SPORT_RUN, 1 },
	{ "placemark_togeojson/test/data/apple_watch_route.gpx",
	  "2019-12-15T20:19:55Z", 43, 68.44, 68.37, 43, 44, NAN, SPORT_RUN, 1 },
	/* lat="undefined": gpxpy fails; gpsbabel keeps two points without a
	 * position. A GPX point is a position, so talus skips both and
	 * fails with "no track points". */
	{ "placemark_togeojson/test/data/bad.gpx",
	  NULL, 0, 0, 0, 0, 0, NAN, SPORT_RUN, 0 },
	{ "placemark_togeojson/test/data/run_gpxtpx.gpx",
	  "2015-01-19T21:24:20Z", 41, 125.59, 125.45, 41, 42, 135.7, SPORT_RUN,
	  1 },
	{ "placemark_togeojson/test/data/strava.gpx",
	  "2018-05-14T14:54:21Z", 7723, 7479.39, 7471.02, 7723, 3, 143.7,
	  SPORT_RUN, 1 },
	{ "placemark_togeojson/test/data/missing_hr.gpx",
	  "2017-05-27T04:00:00Z", 122, 61.85, 61.78, 42, 16, 110.7, SPORT_RUN,
	  1 },
	{ "GoldenCheetah_GoldenCheetah/test/rides/Move_2014_01_16_19_48_44.gpx",
	  "2014-01-16T18:48:44Z", 1656.45, 8550.81, 8541.26, 1655.64, 669, NAN,
	  SPORT_RUN, 1 },
	/* A bike ride with no <type>: talus takes a GPX without a type for a
	 * run (it is a running log); see docs/internals/xml-import.md. */
	{ "GoldenCheetah_GoldenCheetah/test/rides/UrbanBiker2019-04-18_16-12.gpx",
	  "2019-04-18T14:12:19Z", 3850.928, 21140.02, 21116.39, 3668.941, 2870,
	  132.1, SPORT_RUN, 0 },
	{ "GoldenCheetah_GoldenCheetah/test/rides/MetadataOnly.gpx",
	  NULL, 0, 0, 0, 0, 0, NAN, SPORT_RUN, 0 },
};

static void
gpx_fixtures_match_reference(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(gpx_refs) / sizeof(gpx_refs[0]); i++) {
		const struct gpx_ref *r = &gpx_refs[i];
		struct activity_vec v = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;
		size_t len;
		uint8_t *buf = load(TALUS_FIXTURES, r->path, &len);
		int rc = xmlact_parse(&v, buf, len, &err);
		const struct activity *a;

		if (!r->start) {
			if (rc != TALUS_EPARSE || v.n != 0)
				fail_msg("%s: want an error, got rc %d", r->path, rc);
			if (!strstr(err.msg, "no track points"))
				fail_msg("%s: message [%s]", r->path, err.msg);
			free(buf);
			continue;
		}
		if (rc != 0 || v.n != 1)
			fail_msg("%s: rc %d, %zu activities [%s]", r->path, rc,
				 v.n, err.msg);
		a = &v.v[0];
		start_is(r->path, a, r->start);
		assert_int_equal(a->has_time, 1);
		near(r->path, "elapsed", a->elapsed_s, r->elapsed_s, 1.0);
		/* talus sums haversine legs like gpsbabel: within 1 cm of it,
		 * and within 0.5% of gpxpy's own length_2d formula. */
		near(r->path, "distance vs gpsbabel", a->distance_m,
		     r->haversine_m, 0.01 + r->haversine_m * 1e-6);
		near(r->path, "distance vs gpxpy", a->distance_m,
		     r->length_2d_m, r->length_2d_m * 0.005);
		if (a->points != r->points)
			fail_msg("%s: %lld points, want %lld", r->path,
				 (long long)a->points, (long long)r->points);
		if (isnan(r->avg_hr))
			assert_true(isnan(a->avg_hr));
		else
			near(r->path, "avg_hr", a->avg_hr, r->avg_hr, 0.05);
		assert_int_equal(a->sport, r->sport);
		/* Moving time: talus counts an interval when the speed over
		 * it is at least 0.5 m/s (2D); gpxpy when it exceeds 1 km/h
		 * (3D). Where points never stop they agree; elsewhere talus's
		 * stricter rule gives less, never more. */
		if (r->moving_s > 0) {
			if (r->moving_same)
				near(r->path, "moving", a->moving_s, r->moving_s,
				     1.0);
			else if (!(a->moving_s <= r->moving_s + 0.01 &&
				   a->moving_s >= 0.75 * r->moving_s))
				fail_msg("%s: moving %.1f vs gpxpy %.1f", r->path,
					 a->moving_s, r->moving_s);
		}
		assert_string_equal(err.msg, "");
		activity_vec_release(&v);
		free(buf);
	}
}

/* Mojstrovka.gpx: every point says 1901-12-13T20:45:52 (INT32_MIN seconds,
 * a 32-bit time_t underflow in the exporter). gpxpy and gpsbabel report
 * that start; talus refuses times before 1970 and dates the track by the
 * file's <time> (2010-12-14T06:17:04Z), with has_time = 0 and a warning.
 * Distance and points are as the peers say. */
static void
gpx_mojstrovka_dated_by_file_time(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	size_t len;
	uint8_t *buf = load(TALUS_FIXTURES,
			    "tkrajina_gpxpy/test_files/Mojstrovka.gpx", &len);

	(void)state;
	assert_int_equal(xmlact_parse(&v, buf, len, &err), 0);
	assert_int_equal(err.code, 0);
	assert_non_null(strstr(err.msg, "ignored 184 unreadable or impossible"));
	assert_non_null(strstr(err.msg, "the file's <time>"));
	assert_int_equal(v.n, 1);
	start_is("Mojstrovka", &v.v[0], "2010-12-14T06:17:04Z");
	assert_int_equal(v.v[0].has_time, 0);
	assert_true(isnan(v.v[0].elapsed_s));
	assert_true(isnan(v.v[0].moving_s));
	near("Mojstrovka", "distance", v.v[0].distance_m, 2697.63, 0.01);
	near("Mojstrovka", "distance vs gpxpy", v.v[0].distance_m, 2700.65,
	     2700.65 * 0.005);
	assert_int_equal(v.v[0].points, 184);
	assert_true(v.v[0].elev_gain_m > 0);
	activity_vec_release(&v);
	free(buf);
}

static void
gpx_malformed_fixtures_say_why(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	size_t len;
	uint8_t *buf;

	(void)state;
	buf = load(TALUS_FIXTURES, "placemark_togeojson/test/data/bad.gpx", &len);
	assert_int_equal(xmlact_parse(&v, buf, len, &err), TALUS_EPARSE);
	assert_int_equal(err.code, TALUS_EPARSE);
	assert_string_equal(err.msg, "no track points: skipped 2 track points "
			    "with a bad or missing lat/lon (first at line 5)");
	free(buf);
	buf = load(TALUS_FIXTURES,
		   "GoldenCheetah_GoldenCheetah/test/rides/MetadataOnly.gpx", &len);
	assert_int_equal(xmlact_parse(&v, buf, len, &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "no track points");
	assert_int_equal(v.n, 0);
	free(buf);
}

/* ------------------------------------------------------------------ */
/* talus's own files                                                   */

static void
parse_file(struct activity_vec *v, struct talus_err *err, const char *name,
	   int want_rc)
{
	size_t len;
	uint8_t *buf = load(TALUS_TESTDATA, name, &len);
	int rc = xmlact_parse(v, buf, len, err);

	if (rc != want_rc)
		fail_msg("%s: rc %d [%s]", name, rc, err->msg);
	free(buf);
}

static void
gpx10_loop_all_fields(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_file(&v, &err, "gpx10_loop.gpx", 0);
	assert_string_equal(err.msg, "");
	assert_int_equal(v.n, 1);
	a = &v.v[0];
	start_is("gpx10", a, "2024-03-02T07:00:00Z");
	assert_int_equal(a->has_offset, 0);
	assert_int_equal(a->utc_offset_s, 0);
	assert_int_equal(a->sport, SPORT_RUN);
	assert_int_equal(a->surface, SURFACE_UNKNOWN);
	/* whitespace folded; the <trkpt><name> and the file's <name> lose */
	assert_string_equal(a->name, "Saturday easy loop");
	assert_int_equal(a->points, 6);
	near("gpx10", "distance", a->distance_m, 4 * STEP_M, 1e-6);
	near("gpx10", "elapsed", a->elapsed_s, 220, 1e-9);
	/* the 60 s spent standing at 45.003 is not moving */
	near("gpx10", "moving", a->moving_s, 160, 1e-9);
	/* 100, 101 (+1 is noise), 105 (+5), 104, 104, 110 (+6) */
	near("gpx10", "ascent", a->elev_gain_m, 11, 1e-9);
	assert_true(isnan(a->avg_hr));
	assert_true(isnan(a->avg_cadence));
	assert_int_equal(a->truncated, 0);
	activity_vec_release(&v);
}

static void
gpx_segment_gap_is_not_distance(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_file(&v, &err, "gpx11_segments.gpx", 0);
	assert_int_equal(v.n, 1);
	a = &v.v[0];
	assert_string_equal(a->name, "Intervals by the river");
	start_is("segments", a, "2024-04-10T17:00:00Z");
	near("segments", "distance", a->distance_m, 4 * STEP_M, 1e-6);
	near("segments", "elapsed", a->elapsed_s, 720, 1e-9);
	/* four 60 s legs; the 8 minutes between segments are a pause */
	near("segments", "moving", a->moving_s, 240, 1e-9);
	assert_int_equal(a->points, 6);
	assert_true(isnan(a->elev_gain_m));
	activity_vec_release(&v);
}

static void
gpx_trackpointextension_v1_and_offset(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_file(&v, &err, "gpx_tpx_v1.gpx", 0);
	a = &v.v[0];
	/* 07:30 at +10:00 is 21:30 UTC the day before */
	start_is("tpx v1", a, "2024-05-31T21:30:00Z");
	assert_int_equal(a->has_offset, 1);
	assert_int_equal(a->utc_offset_s, 36000);
	assert_int_equal(a->sport, SPORT_RUN);
	assert_int_equal(a->surface, SURFACE_TRAIL);
	near("tpx v1", "hr", a->avg_hr, 150, 1e-9);
	/* 80, 85, 90 strides/min -> 170 steps/min */
	near("tpx v1", "cadence", a->avg_cadence, 170, 1e-9);
	near("tpx v1", "distance", a->distance_m, 2 * STEP_M, 1e-6);
	near("tpx v1", "elapsed", a->elapsed_s, 60, 1e-9);
	near("tpx v1", "ascent", a->elev_gain_m, 0, 1e-9);
	activity_vec_release(&v);
}

static void
gpx_trackpointextension_v2_fractions(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_file(&v, &err, "gpx_tpx_v2.gpx", 0);
	a = &v.v[0];
	start_is("tpx v2", a, "2024-01-15T11:30:00Z");
	assert_int_equal(a->has_offset, 1);
	assert_int_equal(a->utc_offset_s, -19800);
	/* fractions of a second are kept: 06:00:00.250 to 06:01:20.750 */
	near("tpx v2", "elapsed", a->elapsed_s, 80.5, 1e-6);
	/* the point without <hr> does not pull the mean down */
	near("tpx v2", "hr", a->avg_hr, 135, 1e-9);
	/* cadence 0 (standing) is left out: (88 + 92) / 2 * 2 */
	near("tpx v2", "cadence", a->avg_cadence, 180, 1e-9);
	assert_int_equal(a->sport, SPORT_RUN); /* no <type>: a run */
	activity_vec_release(&v);
}

static void
gpx_bare_and_gpxdata_extensions(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_file(&v, &err, "gpx_bare_ext.gpx", 0);
	a = &v.v[0];
	assert_int_equal(a->sport, SPORT_RUN); /* Strava's <type>9</type> */
	near("bare", "hr", a->avg_hr, 105, 1e-9);
	/* 170 and 172 are already steps/min: not doubled */
	near("bare", "cadence", a->avg_cadence, 171, 1e-9);
	near("bare", "distance", a->distance_m,
	     haversine_m(51.5, 0, 51.5, 0.001), 1e-9);
	activity_vec_release(&v);
}

static void
gpx_tracks_a_day_apart_are_two_activities(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	parse_file(&v, &err, "gpx_split.gpx", 0);
	assert_int_equal(v.n, 2);
	start_is("split 0", &v.v[0], "2024-05-04T08:00:00Z");
	assert_string_equal(v.v[0].name, "Weekend");
	assert_int_equal(v.v[0].sport, SPORT_RUN);
	near("split 0", "distance", v.v[0].distance_m, STEP_M, 1e-6);
	near("split 0", "elapsed", v.v[0].elapsed_s, 60, 1e-9);
	start_is("split 1", &v.v[1], "2024-05-05T09:00:00Z");
	assert_string_equal(v.v[1].name, "Sunday walk");
	assert_int_equal(v.v[1].sport, SPORT_WALK);
	near("split 1", "distance", v.v[1].distance_m, 2 * STEP_M, 1e-6);
	near("split 1", "elapsed", v.v[1].elapsed_s, 240, 1e-9);
	activity_vec_release(&v);
}

static void
gpx_tracks_close_in_time_are_one_activity(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const char *doc =
		"<gpx><trk><name>A</name><trkseg>"
		"<trkpt lat='1' lon='1'><time>2024-01-01T10:00:00Z</time></trkpt>"
		"<trkpt lat='1.001' lon='1'><time>2024-01-01T10:01:00Z</time></trkpt>"
		"</trkseg></trk><trk><name>B</name><type>Run</type><trkseg>"
		"<trkpt lat='1.002' lon='1'><time>2024-01-01T13:59:00Z</time></trkpt>"
		"<trkpt lat='1.003' lon='1'><time>2024-01-01T14:00:00Z</time></trkpt>"
		"</trkseg></trk></gpx>";

	(void)state;
	assert_int_equal(parse_str(&v, doc, &err), 0);
	assert_int_equal(v.n, 1);
	assert_string_equal(v.v[0].name, "A"); /* the first track's */
	near("close", "elapsed", v.v[0].elapsed_s, 4 * 3600, 1e-9);
	/* two legs, not the leg between the tracks */
	near("close", "distance", v.v[0].distance_m,
	     2 * haversine_m(1, 1, 1.001, 1), 1e-6);
	assert_int_equal(v.v[0].points, 4);
	activity_vec_release(&v);
}

static void
gpx_bad_points_skipped_with_one_warning(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_file(&v, &err, "gpx_badpoints.gpx", 0);
	assert_int_equal(err.code, 0);
	assert_string_equal(err.msg,
		"skipped 2 track points with a bad or missing lat/lon (first at "
		"line 6); ignored 2 unreadable or impossible times (before 1970 "
		"or after 2199; first at line 8); ignored 2 jumps of over 1000 km "
		"between points (first at line 10)");
	a = &v.v[0];
	/* lat 95 and 0,0 are skipped; the 1960 time is dropped but its
	 * point counts for distance; the point at -45.002 is a glitch whose
	 * two legs do not count. */
	assert_int_equal(a->points, 6);
	near("bad", "distance", a->distance_m, 3 * STEP_M, 1e-6);
	start_is("bad", a, "2024-05-04T08:00:00Z");
	near("bad", "elapsed", a->elapsed_s, 90, 1e-9);
	assert_true(isnan(a->elev_gain_m)); /* <ele>high</ele> */
	activity_vec_release(&v);
}

static void
gpx_time_zones(void **state)
{
	static const struct {
		const char *time;
		const char *start;
		int off, has;
	} cases[] = {
		{ "2024-07-01T06:00:00Z", "2024-07-01T06:00:00Z", 0, 0 },
		{ "2024-07-01T06:00:00", "2024-07-01T06:00:00Z", 0, 0 },
		{ "2024-07-01T06:00:00+00:00", "2024-07-01T06:00:00Z", 0, 1 },
		{ "2024-07-01T06:00:00-07:00", "2024-07-01T13:00:00Z", -25200, 1 },
		{ "2024-07-01T06:00:00.999+0530", "2024-07-01T00:30:00Z", 19800, 1 },
		{ "2024-07-01T06:00:00+14:00", "2024-06-30T16:00:00Z", 50400, 1 },
		/* beyond any real zone: the instant stands, the zone is not
		 * believed */
		{ "2024-07-01T06:00:00+15:00", "2024-06-30T15:00:00Z", 0, 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char doc[512];
		struct activity_vec v = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;

		snprintf(doc, sizeof(doc), "<gpx><trk><trkseg><trkpt lat='1' "
			 "lon='2'><time> %s\n</time></trkpt></trkseg></trk></gpx>",
			 cases[i].time);
		assert_int_equal(parse_str(&v, doc, &err), 0);
		start_is(cases[i].time, &v.v[0], cases[i].start);
		assert_int_equal(v.v[0].utc_offset_s, cases[i].off);
		assert_int_equal(v.v[0].has_offset, cases[i].has);
		activity_vec_release(&v);
	}
}

static void
gpx_no_time_anywhere_is_an_error(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	assert_int_equal(parse_str(&v, "<gpx><trk><trkseg><trkpt lat='1' lon='2'/>"
				   "<trkpt lat='1.1' lon='2'/></trkseg></trk></gpx>",
				   &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "no usable time: the track points and the "
			    "file have no <time>");
	assert_int_equal(v.n, 0);
}

/* ------------------------------------------------------------------ */
/* Malformed input                                                     */

static void
xml_errors_name_line_and_column(void **state)
{
	static const struct {
		const char *doc, *msg;
	} cases[] = {
		{ "", "not XML: the file is empty" },
		{ "hello", "not XML: syntax error at line 1, column 1" },
		{ "<gpx>\n<trk>\n  <trkseg></trk>",
		  "not XML: mismatched tag at line 3, column 13" },
		{ "<?xml version='1.0'?>\n<kml xmlns='http://www.opengis.net/kml/2.2'>"
		  "<Document/></kml>",
		  "not a GPX or TCX file (root element <kml>)" },
		{ "<html><body>not a track</body></html>",
		  "not a GPX or TCX file (root element <html>)" },
		{ "<gpx version='1.1'></gpx>", "no track points" },
		{ "<!DOCTYPE gpx [<!ENTITY a 'aaaa'>]><gpx>&a;</gpx>",
		  "not accepted: the file declares an XML entity at line 1" },
		{ "<gpx><trk><trkseg><trkpt lat='1' lon='2'><time>2024-01-01T00:"
		  "00:00Z</time></trkpt></trkseg></trk></gpx><gpx/>",
		  "not XML: junk after document element at line 1, column 104" },
		{ "<gpx", "not XML: the file ends before its first element is "
			  "complete (unclosed token at line 1, column 1)" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct activity_vec v = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;

		assert_int_equal(parse_str(&v, cases[i].doc, &err), TALUS_EPARSE);
		assert_int_equal(err.code, TALUS_EPARSE);
		if (strcmp(err.msg, cases[i].msg))
			fail_msg("case %zu: [%s], want [%s]", i, err.msg,
				 cases[i].msg);
		assert_int_equal(v.n, 0);
	}
}

/* On error the vector is as it was: earlier activities stay, none of the
 * failed file's do (its first track was complete when the error came). */
static void
xml_error_leaves_output_unchanged(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	activity_vec_push(&v)->distance_m = 42;
	assert_int_equal(parse_str(&v,
		"<gpx><trk><trkseg><trkpt lat='1' lon='2'><time>2024-01-01T00:00:00Z"
		"</time></trkpt></trkseg></trk><trk><trkseg><trkpt lat='1' lon='2'>"
		"<time>2025-01-01T00:00:00Z</time></trkpt></trkseg></trk>"
		"<trk></gpx>", &err), TALUS_EPARSE);
	assert_non_null(strstr(err.msg, "mismatched tag"));
	assert_int_equal(v.n, 1);
	assert_true(v.v[0].distance_m == 42);
	activity_vec_release(&v);
}

static void
xml_deep_nesting_is_harmless(void **state)
{
	enum { DEPTH = 20000 };
	size_t cap = DEPTH * 8 + 512, n = 0;
	char *doc = malloc(cap);
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	assert_non_null(doc);
	n += (size_t)snprintf(doc + n, cap - n, "<gpx><trk><trkseg><trkpt lat='1' "
			      "lon='2'><time>2024-01-01T00:00:00Z</time>");
	for (int i = 0; i < DEPTH; i++)
		n += (size_t)snprintf(doc + n, cap - n, "<x>");
	n += (size_t)snprintf(doc + n, cap - n, "<hr>150</hr>");
	for (int i = 0; i < DEPTH; i++)
		n += (size_t)snprintf(doc + n, cap - n, "</x>");
	n += (size_t)snprintf(doc + n, cap - n, "</trkpt></trkseg></trk></gpx>");
	assert_int_equal(xmlact_parse(&v, (uint8_t *)doc, n, &err), 0);
	assert_int_equal(v.n, 1);
	near("deep", "hr", v.v[0].avg_hr, 150, 1e-9);
	activity_vec_release(&v);
	free(doc);
}

/* A 200,000-point track: the sums are right and nothing grows per point
 * (ASan would see a leak; the parser holds no point array). */
static void
gpx_200k_points(void **state)
{
	enum { N = 200000 };
	size_t cap = (size_t)N * 96 + 256, n = 0;
	char *doc = malloc(cap);
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	char t[32];

	(void)state;
	assert_non_null(doc);
	n += (size_t)snprintf(doc + n, cap - n, "<gpx><trk><trkseg>\n");
	for (int i = 0; i < N; i++) {
		utc_format(t, 1700000000 + i);
		n += (size_t)snprintf(doc + n, cap - n, "<trkpt lat=\"%.6f\" lon=\"10"
				      "\"><time>%s</time></trkpt>\n",
				      (i % 2000) * 0.00001, t);
	}
	n += (size_t)snprintf(doc + n, cap - n, "</trkseg></trk></gpx>\n");
	assert_int_equal(xmlact_parse(&v, (uint8_t *)doc, n, &err), 0);
	assert_int_equal(v.n, 1);
	assert_int_equal(v.v[0].points, N);
	near("200k", "elapsed", v.v[0].elapsed_s, N - 1, 1e-9);
	/* 100 sweeps of 1999 steps north, 99 jumps of 1999 steps back */
	near("200k", "distance", v.v[0].distance_m, 199.0 * 1999 * STEP_M / 100,
	     1e-6 * 199.0 * 1999 * STEP_M / 100);
	activity_vec_release(&v);
	free(doc);
}

/* ------------------------------------------------------------------ */
/* Streaming                                                           */

/* Fixtures fed in chunks and cut anywhere. */
static const char *const stream_files[] = {
	"placemark_togeojson/test/data/Friday-Evening-Run.gpx",
	"placemark_togeojson/test/data/run_gpxtpx.gpx",
	"placemark_togeojson/test/data/strava.gpx",
	"placemark_togeojson/test/data/missing_hr.gpx",
	"placemark_togeojson/test/data/apple_watch_route.gpx",
	"placemark_togeojson/test/data/bad.gpx",
	"tkrajina_gpxpy/test_files/korita-zbevnica.gpx",
	"tkrajina_gpxpy/test_files/Mojstrovka.gpx",
	"tkrajina_gpxpy/test_files/unicode_with_bom.gpx",
	"tkrajina_gpxpy/test_files/gpx1.0_with_all_fields.gpx",
	"tkrajina_gpxpy/test_files/gpx1.1_with_all_fields.gpx",
	"GoldenCheetah_GoldenCheetah/test/rides/Move_2014_01_16_19_48_44.gpx",
};

/* talus's own files, the same way: each is one activity. */
static const char *const own_stream_files[] = {
	"gpx10_loop.gpx", "gpx11_segments.gpx", "gpx_badpoints.gpx",
	"gpx_bare_ext.gpx", "gpx_tpx_v1.gpx", "gpx_tpx_v2.gpx",
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void
same_result(const char *what, const struct activity_vec *a, int rca,
	    const struct talus_err *ea, const struct activity_vec *b, int rcb,
	    const struct talus_err *eb)
{
	if (rca != rcb || a->n != b->n || strcmp(ea->msg, eb->msg))
		fail_msg("%s: rc %d/%d, n %zu/%zu, [%s] / [%s]", what, rca, rcb,
			 a->n, b->n, ea->msg, eb->msg);
	/* activity_init() zeroes padding, so whole records compare */
	if (a->n && memcmp(a->v, b->v, a->n * sizeof(*a->v)))
		fail_msg("%s: activities differ", what);
}

/* Each file of dir fed one byte at a time gives what it gives whole. */
static void
one_byte_chunks_equal_one_buffer(const char *dir, const char *const *files,
				 size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct activity_vec whole = ACTIVITY_VEC_INIT;
		struct activity_vec bytes = ACTIVITY_VEC_INIT;
		struct talus_err e1 = TALUS_ERR_INIT, e2 = TALUS_ERR_INIT;
		size_t len;
		uint8_t *buf = load(dir, files[i], &len);
		int rc1 = xmlact_parse(&whole, buf, len, &e1), rc2 = 0;
		struct xmlact *p = xmlact_new(&bytes);

		for (size_t k = 0; k < len && !rc2; k++)
			rc2 = xmlact_feed(p, buf + k, 1, 0, &e2);
		if (!rc2)
			rc2 = xmlact_feed(p, "", 0, 1, &e2);
		xmlact_free(p);
		same_result(files[i], &whole, rc1, &e1, &bytes, rc2, &e2);
		activity_vec_release(&whole);
		activity_vec_release(&bytes);
		free(buf);
	}
}

static void
gpx_one_byte_chunks_equal_one_buffer(void **state)
{
	(void)state;
	one_byte_chunks_equal_one_buffer(TALUS_TESTDATA, own_stream_files,
					 N(own_stream_files));
	/* two activities */
	one_byte_chunks_equal_one_buffer(TALUS_TESTDATA,
		(const char *const[]){ "gpx_split.gpx" }, 1);
}

static void
gpx_fixtures_one_byte_chunks_equal_one_buffer(void **state)
{
	(void)state;
	one_byte_chunks_equal_one_buffer(TALUS_FIXTURES, stream_files,
					 N(stream_files));
}

/* dir/name fed through the zero-copy buffer in chunks of `chunk` bytes, as
 * a read() loop would give them, gives what it gives whole. */
static void
zero_copy_equals_whole(const char *dir, const char *name, size_t chunk)
{
	struct activity_vec whole = ACTIVITY_VEC_INIT, zc = ACTIVITY_VEC_INIT;
	struct talus_err e1 = TALUS_ERR_INIT, e2 = TALUS_ERR_INIT;
	size_t len, off = 0;
	uint8_t *buf = load(dir, name, &len);
	struct xmlact *p = xmlact_new(&zc);
	int rc1 = xmlact_parse(&whole, buf, len, &e1), rc2;

	for (;;) {
		size_t n = len - off < chunk ? len - off : chunk;
		void *b = xmlact_buffer(p, chunk);

		assert_non_null(b);
		memcpy(b, buf + off, n);
		off += n;
		rc2 = xmlact_feed_buffer(p, n, n == 0, &e2);
		if (rc2 || n == 0)
			break;
	}
	same_result(name, &whole, rc1, &e1, &zc, rc2, &e2);
	/* after the end: refused */
	assert_null(xmlact_buffer(p, 10));
	assert_int_equal(xmlact_feed(p, "x", 1, 1, &e2), TALUS_EINVAL);
	xmlact_free(p);
	activity_vec_release(&whole);
	activity_vec_release(&zc);
	free(buf);
}

static void
gpx_zero_copy_buffer_api(void **state)
{
	(void)state;
	zero_copy_equals_whole(TALUS_TESTDATA, "gpx10_loop.gpx", 97);
	zero_copy_equals_whole(TALUS_TESTDATA, "gpx_tpx_v2.gpx", 777);
}

static void
gpx_fixtures_zero_copy_buffer_api(void **state)
{
	(void)state;
	zero_copy_equals_whole(TALUS_FIXTURES,
			       "placemark_togeojson/test/data/run_gpxtpx.gpx", 777);
}

static void
xml_failure_is_sticky(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	struct xmlact *p = xmlact_new(&v);

	(void)state;
	assert_int_equal(xmlact_feed(p, "<kml>", 5, 0, &err), TALUS_EPARSE);
	err_clear(&err);
	assert_int_equal(xmlact_feed(p, "</kml>", 6, 1, &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "not a GPX or TCX file (root element <kml>)");
	xmlact_free(p);
}

/* Truncating a file anywhere gives either its first part, flagged as
 * truncated with a warning, or a clear error; never a crash (ASan). Each
 * file of dir is one activity. */
static void
truncated_anywhere(const char *dir, const char *const *files, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t len, step;
		uint8_t *buf = load(dir, files[i], &len);
		struct activity_vec full = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;
		int64_t full_points = 0;

		if (!xmlact_parse(&full, buf, len, &err))
			full_points = full.v[0].points;
		step = len / 300 + 1;
		for (size_t cut = 0; cut < len; cut += cut + 64 >= len ? 1 : step) {
			struct activity_vec v = ACTIVITY_VEC_INIT;
			int rc;

			err_clear(&err);
			rc = xmlact_parse(&v, buf, cut, &err);
			if (rc == 0) {
				assert_int_equal(v.n, 1);
				assert_true(v.v[0].points <= full_points);
				assert_true(v.v[0].points > 0);
				if (v.v[0].truncated)
					assert_non_null(strstr(err.msg,
							       "the file ends early"));
			} else {
				assert_int_equal(rc, TALUS_EPARSE);
				assert_true(err.msg[0] != '\0');
				assert_int_equal(v.n, 0);
			}
			activity_vec_release(&v);
		}
		activity_vec_release(&full);
		free(buf);
	}
}

static void
gpx_truncated_anywhere(void **state)
{
	(void)state;
	truncated_anywhere(TALUS_TESTDATA, own_stream_files,
			   N(own_stream_files));
}

static void
gpx_fixtures_truncated_anywhere(void **state)
{
	(void)state;
	truncated_anywhere(TALUS_FIXTURES, stream_files, N(stream_files));
}

static void
gpx_truncated_keeps_points_before(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const char *doc =
		"<gpx><trk><trkseg>"
		"<trkpt lat='1' lon='1'><time>2024-01-01T10:00:00Z</time></trkpt>"
		"<trkpt lat='1.001' lon='1'><time>2024-01-01T10:01:00Z</time></trkpt>"
		"<trkpt lat='1.002' lon='1'><time>2024-01-01T10:0";

	(void)state;
	assert_int_equal(parse_str(&v, doc, &err), 0);
	assert_int_equal(v.n, 1);
	assert_int_equal(v.v[0].truncated, 1);
	assert_int_equal(v.v[0].points, 2);
	near("cut", "elapsed", v.v[0].elapsed_s, 60, 1e-9);
	assert_string_equal(err.msg, "the file ends early (no element found at "
			    "line 1, column 199): kept the points before it");
	activity_vec_release(&v);
}

/* ------------------------------------------------------------------ */
/* Sniffing, sport mapping                                             */

static void
xml_sniff_root(void **state)
{
	static const struct {
		const char *head;
		int want;
	} cases[] = {
		{ "<gpx version=\"1.1\">", XMLACT_GPX },
		{ "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<gpx>", XMLACT_GPX },
		{ "<?xml version='1.0'?><!-- made by hand -->\r\n<?pi x?>"
		  "<!DOCTYPE gpx>\n\t<gpx\n", XMLACT_GPX },
		{ "<g:gpx xmlns:g='x'>", XMLACT_GPX },
		{ "<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"\">",
		  XMLACT_TCX },
		{ "<TrainingCenterDatabase>", XMLACT_TCX },
		{ "<kml>", 0 },
		{ "<gpxx>", 0 },
		{ "<gp", 0 },
		{ "<gpx", 0 },  /* the name may go on */
		{ "<!-- unterminated comment <gpx>", 0 },
		{ "hello <gpx>", 0 },
		{ "", 0 },
		{ "PK\x03\x04", 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if (xmlact_sniff((const uint8_t *)cases[i].head,
				 strlen(cases[i].head)) != cases[i].want)
			fail_msg("sniff case %zu", i);
	/* every file of talus's own sniffs as what it is */
	for (size_t i = 0; i < N(own_stream_files); i++) {
		size_t len;
		uint8_t *buf = load(TALUS_TESTDATA, own_stream_files[i], &len);

		if (xmlact_sniff(buf, len < 512 ? len : 512) != XMLACT_GPX)
			fail_msg("%s does not sniff as GPX", own_stream_files[i]);
		free(buf);
	}
}

/* Every fixture sniffs as what it is. */
static void
gpx_fixtures_sniff_as_gpx(void **state)
{
	(void)state;
	for (size_t i = 0; i < N(gpx_refs); i++) {
		size_t len;
		uint8_t *buf = load(TALUS_FIXTURES, gpx_refs[i].path, &len);

		if (xmlact_sniff(buf, len < 512 ? len : 512) != XMLACT_GPX)
			fail_msg("%s does not sniff as GPX", gpx_refs[i].path);
		free(buf);
	}
}

static void
xml_sport_map(void **state)
{
	static const struct {
		const char *type;
		enum sport sport;
		enum surface surface;
	} cases[] = {
		{ NULL, SPORT_RUN, SURFACE_UNKNOWN },
		{ "", SPORT_RUN, SURFACE_UNKNOWN },
		{ "running", SPORT_RUN, SURFACE_UNKNOWN },
		{ "Run", SPORT_RUN, SURFACE_UNKNOWN },
		{ "9", SPORT_RUN, SURFACE_UNKNOWN },
		{ "trail_running", SPORT_RUN, SURFACE_TRAIL },
		{ "Trail Run", SPORT_RUN, SURFACE_TRAIL },
		{ "treadmill_running", SPORT_RUN, SURFACE_TREADMILL },
		{ "VirtualRun", SPORT_RUN, SURFACE_TREADMILL },
		{ "track_running", SPORT_RUN, SURFACE_TRACK },
		{ "street_running", SPORT_RUN, SURFACE_ROAD },
		{ "Running", SPORT_RUN, SURFACE_UNKNOWN },
		{ "Biking", SPORT_RIDE, SURFACE_UNKNOWN },
		{ "cycling", SPORT_RIDE, SURFACE_UNKNOWN },
		{ "road_biking", SPORT_RIDE, SURFACE_UNKNOWN },
		{ "E-Bike Ride", SPORT_RIDE, SURFACE_UNKNOWN },
		{ "1", SPORT_RIDE, SURFACE_UNKNOWN },
		{ "lap_swimming", SPORT_SWIM, SURFACE_UNKNOWN },
		{ "walking", SPORT_WALK, SURFACE_UNKNOWN },
		{ "Hike", SPORT_HIKE, SURFACE_UNKNOWN },
		{ "hiking", SPORT_HIKE, SURFACE_UNKNOWN },
		{ "Other", SPORT_OTHER, SURFACE_UNKNOWN },
		{ "Yoga", SPORT_OTHER, SURFACE_UNKNOWN },
		{ "jkljkl", SPORT_OTHER, SURFACE_UNKNOWN },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum sport sp;
		enum surface su;

		xmlact_sport_map(cases[i].type, &sp, &su);
		if (sp != cases[i].sport || su != cases[i].surface)
			fail_msg("type [%s]: %s/%s", cases[i].type ? cases[i].type
				 : "(null)", sport_name(sp), surface_name(su));
	}
}

/* ------------------------------------------------------------------ */
/* Quirks of real files                                                */

/* Feeds text one byte at a time, the last call final. */
static int
parse_bytewise(struct activity_vec *v, const char *text, size_t len,
	       struct talus_err *err)
{
	struct xmlact *p = xmlact_new(v);
	int rc = 0;

	for (size_t i = 0; i < len && !rc; i++)
		rc = xmlact_feed(p, text + i, 1, i + 1 == len, err);
	if (!rc && !len)
		rc = xmlact_feed(p, "", 0, 1, err);
	xmlact_free(p);
	return rc;
}

/* Strava's exports start some files with blanks, others with a
 * byte-order mark, and expat refuses anything before <?xml: both are
 * skipped, fed whole, byte by byte, or through the zero-copy buffer. */
static void
xml_leading_blanks_and_bom(void **state)
{
	static const char *const leads[] = {
		"", "   ", "\n\n  \t", "\xEF\xBB\xBF", "\xEF\xBB\xBF  \r\n",
		"  \xEF\xBB\xBF", "\n\xEF\xBB\xBF\n",
	};
	const char *body = "<?xml version='1.0' encoding='UTF-8'?>\n<gpx>"
		"<trk><trkseg><trkpt lat='1' lon='2'><time>2024-07-01T06:00:00Z"
		"</time></trkpt></trkseg></trk></gpx>";

	(void)state;
	for (size_t i = 0; i < sizeof(leads) / sizeof(leads[0]); i++) {
		char doc[512];
		size_t len;
		struct activity_vec v = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;
		struct xmlact *p;
		char *b;

		len = (size_t)snprintf(doc, sizeof(doc), "%s%s", leads[i], body);
		if (xmlact_sniff((const uint8_t *)doc, len) != XMLACT_GPX)
			fail_msg("lead %zu does not sniff", i);
		if (parse_str(&v, doc, &err) || v.n != 1)
			fail_msg("lead %zu: %s", i, err.msg);
		start_is("lead", &v.v[0], "2024-07-01T06:00:00Z");
		activity_vec_release(&v);
		if (parse_bytewise(&v, doc, len, &err) || v.n != 1)
			fail_msg("lead %zu, bytewise: %s", i, err.msg);
		activity_vec_release(&v);
		p = xmlact_new(&v);
		b = xmlact_buffer(p, len);
		assert_non_null(b);
		memcpy(b, doc, len);
		if (xmlact_feed_buffer(p, len, 1, &err) || v.n != 1)
			fail_msg("lead %zu, zero-copy: %s", i, err.msg);
		xmlact_free(p);
		activity_vec_release(&v);
	}
}

/* Line numbers are the file's, counting the dropped blank lines. */
static void
xml_lines_count_the_dropped_blanks(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	assert_int_equal(parse_str(&v, "\n\n\xEF\xBB\xBF<gpx>\n<trk><trkseg>"
				   "<trkpt lat='95' lon='2'/>\n<trkpt lat='1' lon='2'>"
				   "<time>2024-07-01T06:00:00Z</time></trkpt>"
				   "</trkseg></trk></gpx>", &err), 0);
	assert_string_equal(err.msg, "skipped 1 track point with a bad or "
			    "missing lat/lon (first at line 4)");
	activity_vec_release(&v);
	assert_int_equal(parse_str(&v, " \n\n<gpx>\n<trk></gpx>", &err),
			 TALUS_EPARSE);
	assert_non_null(strstr(err.msg, "at line 4,"));
}

static void
xml_broken_bom_is_refused(void **state)
{
	static const char *const docs[] = {
		"\xEF\xBB<gpx/>", "\xEF<gpx/>", " \xEF\xBB", "\xEF\xBB\xBF\xEF",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		struct activity_vec v = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;

		assert_int_equal(parse_str(&v, docs[i], &err), TALUS_EPARSE);
		assert_string_equal(err.msg, "not XML: a broken byte-order mark "
				    "at the start of the file");
		assert_int_equal(parse_bytewise(&v, docs[i], strlen(docs[i]),
						&err), TALUS_EPARSE);
		assert_int_equal(v.n, 0);
	}
}

/* Points out of order count each stretch of time once: moving time never
 * exceeds elapsed, even for a track written twice. */
static void
gpx_moving_never_exceeds_elapsed(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	/* 0, 10, 20 s, back to 5, 15, 25 s: 10 m a step, all moving */
	const char *doc = "<gpx><trk><trkseg>"
		"<trkpt lat='0.0001' lon='0'><time>2024-07-01T06:00:00Z</time></trkpt>"
		"<trkpt lat='0.0002' lon='0'><time>2024-07-01T06:00:10Z</time></trkpt>"
		"<trkpt lat='0.0003' lon='0'><time>2024-07-01T06:00:20Z</time></trkpt>"
		"<trkpt lat='0.0004' lon='0'><time>2024-07-01T06:00:05Z</time></trkpt>"
		"<trkpt lat='0.0005' lon='0'><time>2024-07-01T06:00:15Z</time></trkpt>"
		"<trkpt lat='0.0006' lon='0'><time>2024-07-01T06:00:25Z</time></trkpt>"
		"</trkseg></trk></gpx>";
	const char *twice = "<gpx><trk><trkseg>"
		"<trkpt lat='0.0001' lon='0'><time>2024-07-01T06:00:00Z</time></trkpt>"
		"<trkpt lat='0.0002' lon='0'><time>2024-07-01T06:00:10Z</time></trkpt>"
		"</trkseg></trk><trk><trkseg>"
		"<trkpt lat='0.0001' lon='0'><time>2024-07-01T06:00:00Z</time></trkpt>"
		"<trkpt lat='0.0002' lon='0'><time>2024-07-01T06:00:10Z</time></trkpt>"
		"</trkseg></trk></gpx>";

	(void)state;
	assert_int_equal(parse_str(&v, doc, &err), 0);
	near("backwards", "elapsed", v.v[0].elapsed_s, 25, 1e-9);
	near("backwards", "moving", v.v[0].moving_s, 25, 1e-9);
	activity_vec_release(&v);
	assert_int_equal(parse_str(&v, twice, &err), 0);
	near("twice", "elapsed", v.v[0].elapsed_s, 10, 1e-9);
	near("twice", "moving", v.v[0].moving_s, 10, 1e-9);
	activity_vec_release(&v);
}

/* A GPX track of n points 1 s apart going north at mps, from lat 45, as
 * text; caller frees. extra goes inside each <trkpt>. */
static char *
track(const char *head, int n, double mps, const char *extra)
{
	size_t cap = 256 + (size_t)n * 200, len;
	char *s = malloc(cap);
	double dlat = mps / (6371008.8 * 3.14159265358979323846 / 180.0);

	assert_non_null(s);
	len = (size_t)snprintf(s, cap, "%s<trk><trkseg>", head);
	for (int i = 0; i < n; i++) {
		int64_t t = 1719813600 + i; /* 2024-07-01T06:00:00Z */
		char when[32];

		utc_format(when, t);
		len += (size_t)snprintf(s + len, cap - len, "<trkpt lat='%.9f' "
					"lon='7'><time>%s</time>%s</trkpt>",
					45 + dlat * i, when, extra);
	}
	snprintf(s + len, cap - len, "</trkseg></trk></gpx>");
	return s;
}

static void
gpx_sport_clues(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	char *doc;

	(void)state;
	/* No <type>: no stated sport, a placeholder run. */
	doc = track("<gpx creator='StravaGPX'>", 120, 3, "");
	assert_int_equal(parse_str(&v, doc, &err), 0);
	assert_int_equal(v.v[0].sport, SPORT_RUN);
	assert_int_equal(v.v[0].sport_src, SPORT_SRC_NONE);
	assert_int_equal(v.v[0].sport_vague, 0);
	assert_int_equal(v.v[0].bike_device, 0);
	assert_int_equal(v.v[0].has_power, 0);
	assert_string_equal(v.v[0].device, "StravaGPX");
	/* 3 m/s held: the sustained speed is it */
	near("3 m/s", "sustained", v.v[0].sustained_mps, 3, 0.01);
	activity_vec_release(&v);
	free(doc);
	/* <type> stated, or vague. */
	assert_int_equal(parse_str(&v, "<gpx><trk><type>cycling</type><trkseg>"
				   "<trkpt lat='1' lon='2'><time>2024-07-01T06:00:00Z"
				   "</time></trkpt></trkseg></trk></gpx>", &err), 0);
	assert_int_equal(v.v[0].sport, SPORT_RIDE);
	assert_int_equal(v.v[0].sport_src, SPORT_SRC_FILE);
	/* one point: no stretch of 60 s, no sustained speed */
	assert_true(isnan(v.v[0].sustained_mps));
	activity_vec_release(&v);
	assert_int_equal(parse_str(&v, "<gpx><trk><type>Other</type><trkseg>"
				   "<trkpt lat='1' lon='2'><time>2024-07-01T06:00:00Z"
				   "</time></trkpt></trkseg></trk></gpx>", &err), 0);
	assert_int_equal(v.v[0].sport, SPORT_OTHER);
	assert_int_equal(v.v[0].sport_src, SPORT_SRC_NONE);
	assert_int_equal(v.v[0].sport_vague, 1);
	activity_vec_release(&v);
	/* A bike computer or app as creator; power, Strava's and Garmin's. */
	doc = track("<gpx creator='Garmin Edge 530'>", 90, 11, "<extensions>"
		    "<power>210</power></extensions>");
	assert_int_equal(parse_str(&v, doc, &err), 0);
	assert_int_equal(v.v[0].bike_device, 1);
	assert_string_equal(v.v[0].device, "Garmin Edge 530");
	assert_int_equal(v.v[0].has_power, 1);
	near("11 m/s", "sustained", v.v[0].sustained_mps, 11, 0.02);
	activity_vec_release(&v);
	free(doc);
	doc = track("<gpx>", 30, 4, "<extensions><pwr:PowerInWatts>180"
		    "</pwr:PowerInWatts></extensions>");
	assert_int_equal(parse_str(&v, doc, &err), 0);
	assert_int_equal(v.v[0].has_power, 1);
	activity_vec_release(&v);
	free(doc);
	doc = track("<gpx>", 30, 4, "<extensions><power>0</power></extensions>");
	assert_int_equal(parse_str(&v, doc, &err), 0);
	assert_int_equal(v.v[0].has_power, 0); /* no power meter */
	activity_vec_release(&v);
	free(doc);
}

/* The sustained speed is the displacement over 60 s or more: a GPS
 * glitch out and back, a leg too fast for anything on the ground, or a
 * gap in the points (a paused watch, a bus ride) never makes one. */
static void
gpx_sustained_speed_resists_glitches(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	char *doc = track("<gpx>", 300, 4, ""), *p;
	char when[32];

	(void)state;
	/* Point 150 jumps 0.01 degrees (1.1 km) east and comes back. */
	utc_format(when, 1719813600 + 150);
	p = strstr(doc, when);
	assert_non_null(p);
	while (p > doc && strncmp(p, "lon='7'", 7))
		p--;
	memcpy(p, "lon='8'", 7);
	assert_int_equal(parse_str(&v, doc, &err), 0);
	near("glitch", "sustained", v.v[0].sustained_mps, 4, 0.05);
	activity_vec_release(&v);
	free(doc);
	/* Two runs at 3 m/s, 10 minutes and 20 km apart: no 30 m/s. */
	assert_int_equal(parse_str(&v, "<gpx><trk><trkseg>"
		"<trkpt lat='45' lon='7'><time>2024-07-01T06:00:00Z</time></trkpt>"
		"<trkpt lat='45.00135' lon='7'><time>2024-07-01T06:00:50Z</time></trkpt>"
		"<trkpt lat='45.0027' lon='7'><time>2024-07-01T06:01:40Z</time></trkpt>"
		"<trkpt lat='45.2' lon='7'><time>2024-07-01T06:11:40Z</time></trkpt>"
		"<trkpt lat='45.20135' lon='7'><time>2024-07-01T06:12:30Z</time></trkpt>"
		"<trkpt lat='45.2027' lon='7'><time>2024-07-01T06:13:20Z</time></trkpt>"
		"</trkseg></trk></gpx>", &err), 0);
	near("gap", "sustained", v.v[0].sustained_mps, 3, 0.01);
	activity_vec_release(&v);
	/* Out of order in time: no window spans the jump back. */
	assert_int_equal(parse_str(&v, "<gpx><trk><trkseg>"
		"<trkpt lat='45' lon='7'><time>2024-07-01T06:01:40Z</time></trkpt>"
		"<trkpt lat='45.3' lon='7'><time>2024-07-01T06:00:00Z</time></trkpt>"
		"</trkseg></trk></gpx>", &err), 0);
	assert_true(isnan(v.v[0].sustained_mps));
	activity_vec_release(&v);
}

/* A file of routes alone is a plan, and says so. */
static void
gpx_route_is_not_an_activity(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	assert_int_equal(parse_str(&v, "<gpx><rte><rtept lat='1' lon='2'/>"
				   "<rtept lat='1.1' lon='2'/></rte></gpx>", &err),
			 TALUS_EPARSE);
	assert_string_equal(err.msg, "a route (a planned route, no track "
			    "points), not an activity");
	/* No route either: the old message. */
	assert_int_equal(parse_str(&v, "<gpx><wpt lat='1' lon='2'/></gpx>",
				   &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "no track points");
}

static void
gpx_fixture_route_is_not_an_activity(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	size_t len;
	uint8_t *buf;

	(void)state;
	buf = load(TALUS_FIXTURES, "tkrajina_gpxpy/test_files/route.gpx", &len);
	assert_int_equal(xmlact_parse(&v, buf, len, &err), TALUS_EPARSE);
	assert_non_null(strstr(err.msg, "a route"));
	free(buf);
}

/* A zone must be a zone: +00:18 is none, and the file says so. */
static void
gpx_offset_that_is_no_zone(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	assert_int_equal(parse_str(&v, "<gpx><trk><trkseg><trkpt lat='1' lon='2'>"
				   "<time>2024-07-01T06:18:00+00:18</time></trkpt>"
				   "</trkseg></trk></gpx>", &err), 0);
	start_is("+00:18", &v.v[0], "2024-07-01T06:00:00Z");
	assert_int_equal(v.v[0].has_offset, 0);
	assert_int_equal(v.v[0].offset_src, OFFSET_SRC_NONE);
	assert_non_null(strstr(err.msg, "ignored 1 UTC offset that names no "
			       "time zone"));
	activity_vec_release(&v);
	assert_int_equal(parse_str(&v, "<gpx><trk><trkseg><trkpt lat='1' lon='2'>"
				   "<time>2024-07-01T06:18:00+05:45</time></trkpt>"
				   "</trkseg></trk></gpx>", &err), 0);
	assert_int_equal(v.v[0].has_offset, 1);
	assert_int_equal(v.v[0].utc_offset_s, 20700);
	assert_int_equal(v.v[0].offset_src, OFFSET_SRC_FILE);
	assert_string_equal(err.msg, "");
	activity_vec_release(&v);
}

/* Before 2000 is possible (a 1998 log) but more likely a clock never
 * set: kept, with a warning. */
static void
gpx_before_2000_warns(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	assert_int_equal(parse_str(&v, "<gpx><trk><trkseg><trkpt lat='1' lon='2'>"
				   "<time>1999-12-31T23:59:59Z</time></trkpt>"
				   "</trkseg></trk></gpx>", &err), 0);
	assert_string_equal(err.msg, "1 activity starts before 2000 (the first "
			    "on 1999-12-31): is the device's clock set?");
	activity_vec_release(&v);
	assert_int_equal(parse_str(&v, "<gpx><trk><trkseg><trkpt lat='1' lon='2'>"
				   "<time>2000-01-01T00:00:00Z</time></trkpt>"
				   "</trkseg></trk></gpx>", &err), 0);
	assert_string_equal(err.msg, "");
	activity_vec_release(&v);
}

/* xa_num's fast path (digits, a point, digits) gives the correctly
 * rounded double strtod gives, for the up to 15 digits of real files, and
 * the general path takes everything else. */
static void
xml_numbers_match_strtod(void **state)
{
	static const char *const odd[] = {
		"1e3", " 12.5 ", "+4", "-0", "0.000000000000000000000001234",
		"12345678901234567890", ".5", "5.", "-.25", "1.5e-3",
	};
	static const char *const bad[] = { "", "-", ".", "1.2.3", "abc",
					   "1e", "--1", "1 2" };
	uint32_t x = 2463534242u;

	(void)state;
	for (int i = 0; i < 200000; i++) {
		char s[40];
		int ip, fp, nd;
		uint64_t a = 0, b = 0;
		double got, want;

		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		ip = (int)(x % 8);
		fp = (int)((x >> 3) % 10);
		nd = ip + fp;
		if (nd > 15)
			fp = 15 - ip;
		for (int k = 0; k < ip; k++) {
			x ^= x << 13, x ^= x >> 17, x ^= x << 5;
			a = a * 10 + x % 10;
		}
		for (int k = 0; k < fp; k++) {
			x ^= x << 13, x ^= x >> 17, x ^= x << 5;
			b = b * 10 + x % 10;
		}
		snprintf(s, sizeof(s), "%s%llu.%0*llu", x & 1 ? "-" : "",
			 (unsigned long long)a, fp, (unsigned long long)b);
		if (fp == 0)
			s[strlen(s) - 1] = '\0'; /* "12." -> "12" */
		want = strtod(s, NULL);
		if (xa_num(&got, s) || got != want)
			fail_msg("[%s]: %.17g, want %.17g", s, got, want);
	}
	for (size_t i = 0; i < sizeof(odd) / sizeof(odd[0]); i++) {
		double got;

		if (xa_num(&got, odd[i]) || got != strtod(odd[i], NULL))
			fail_msg("[%s]: %.17g", odd[i], got);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		double got;

		if (!xa_num(&got, bad[i]))
			fail_msg("[%s] read as %.17g", bad[i], got);
	}
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(gpx10_loop_all_fields),
		cmocka_unit_test(gpx_segment_gap_is_not_distance),
		cmocka_unit_test(gpx_trackpointextension_v1_and_offset),
		cmocka_unit_test(gpx_trackpointextension_v2_fractions),
		cmocka_unit_test(gpx_bare_and_gpxdata_extensions),
		cmocka_unit_test(gpx_tracks_a_day_apart_are_two_activities),
		cmocka_unit_test(gpx_tracks_close_in_time_are_one_activity),
		cmocka_unit_test(gpx_bad_points_skipped_with_one_warning),
		cmocka_unit_test(gpx_time_zones),
		cmocka_unit_test(gpx_no_time_anywhere_is_an_error),
		cmocka_unit_test(xml_errors_name_line_and_column),
		cmocka_unit_test(xml_error_leaves_output_unchanged),
		cmocka_unit_test(xml_deep_nesting_is_harmless),
		cmocka_unit_test(gpx_200k_points),
		cmocka_unit_test(gpx_one_byte_chunks_equal_one_buffer),
		cmocka_unit_test(gpx_zero_copy_buffer_api),
		cmocka_unit_test(xml_failure_is_sticky),
		cmocka_unit_test(gpx_truncated_anywhere),
		cmocka_unit_test(gpx_truncated_keeps_points_before),
		cmocka_unit_test(xml_sniff_root),
		cmocka_unit_test(xml_sport_map),
		cmocka_unit_test(xml_leading_blanks_and_bom),
		cmocka_unit_test(xml_broken_bom_is_refused),
		cmocka_unit_test(xml_lines_count_the_dropped_blanks),
		cmocka_unit_test(gpx_moving_never_exceeds_elapsed),
		cmocka_unit_test(gpx_sport_clues),
		cmocka_unit_test(gpx_sustained_speed_resists_glitches),
		cmocka_unit_test(gpx_route_is_not_an_activity),
		cmocka_unit_test(gpx_offset_that_is_no_zone),
		cmocka_unit_test(gpx_before_2000_warns),
		cmocka_unit_test(xml_numbers_match_strtod),
	};
	const struct CMUnitTest fixtures[] = {
		cmocka_unit_test(gpx_fixtures_match_reference),
		cmocka_unit_test(gpx_mojstrovka_dated_by_file_time),
		cmocka_unit_test(gpx_malformed_fixtures_say_why),
		cmocka_unit_test(gpx_fixtures_one_byte_chunks_equal_one_buffer),
		cmocka_unit_test(gpx_fixtures_zero_copy_buffer_api),
		cmocka_unit_test(gpx_fixtures_truncated_anywhere),
		cmocka_unit_test(gpx_fixtures_sniff_as_gpx),
		cmocka_unit_test(gpx_fixture_route_is_not_an_activity),
	};

	if (fixtures_wanted(argc, argv))
		return cmocka_run_group_tests_name("fixtures", fixtures, NULL,
						   NULL);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
