/* test_tcx.c - the TCX reader: talus's own TCX file (tests/data) and
 * documents written here, chunked feeding and truncation; and, in the
 * fixture group (--fixtures, tests/unit/fixtures.h: skipped when
 * ../shared/fixtures is absent), every TCX fixture against what tcx-laps
 * (the laps' own sums) and gpsbabel report (shared/fixtures/reference.tsv),
 * multisport sessions, and the same chunking and truncation on the real
 * files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

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

#define STEP_M (6371008.8 * 3.14159265358979323846 / 180.0 * 0.001)

/* Parses a fixture; the result must be rc 0 with n activities. */
static void
parse_fixture(struct activity_vec *v, struct talus_err *err, const char *path,
	      size_t n)
{
	size_t len;
	uint8_t *buf = load(TALUS_FIXTURES, path, &len);
	int rc = xmlact_parse(v, buf, len, err);

	if (rc != 0 || v->n != n)
		fail_msg("%s: rc %d, %zu activities [%s]", path, rc, v->n,
			 err->msg);
	if (xmlact_sniff(buf, len < 512 ? len : 512) != XMLACT_TCX)
		fail_msg("%s does not sniff as TCX", path);
	free(buf);
}

#define FX "placemark_togeojson/test/data/"
#define GC "GoldenCheetah_GoldenCheetah/test/"

/* tcx-laps: start 2014-10-11T18:08:45Z, elapsed 2224 (to the last point),
 * timer 2223.803, laps 10010.82 m = last trackpoint DistanceMeters;
 * gpsbabel's haversine is 10012.4. talus trusts the device's 10010.82;
 * elapsed runs to the end of the last lap, 0.624 s after the last point. */
static void
tcx_garmin_forerunner_10k(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_fixture(&v, &err, GC "runs/10kUNLP2014-Garmin15.tcx", 1);
	assert_string_equal(err.msg, "");
	a = &v.v[0];
	start_is("10k", a, "2014-10-11T18:08:45Z");
	assert_int_equal(a->has_offset, 0);
	assert_int_equal(a->sport, SPORT_RUN);
	near("10k", "elapsed", a->elapsed_s, 2224, 1.0);
	near("10k", "moving", a->moving_s, 2223.803, 1e-6);
	near("10k", "distance", a->distance_m, 10010.82, 10010.82 * 0.005);
	near("10k", "distance exact", a->distance_m, 10010.82, 1e-6);
	assert_int_equal(a->points, 686);
	assert_true(isnan(a->avg_hr));
	assert_true(isnan(a->elev_gain_m)); /* no AltitudeMeters */
	activity_vec_release(&v);
}

/* Edge 520 ride: laps 1691.68 m = last trackpoint; gpsbabel's haversine
 * of the positions is 1791.1 (the device's wheel sensor and the GPS
 * disagree by 6%): talus reports the device's. */
static void
tcx_garmin_connect_ride(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_fixture(&v, &err, FX "garmin_connect.tcx", 1);
	a = &v.v[0];
	start_is("edge520", a, "2020-03-06T00:23:46Z");
	assert_int_equal(a->sport, SPORT_RIDE);
	assert_int_equal(a->sport_src, SPORT_SRC_FILE);
	/* <Creator><Name>: a bike computer */
	assert_string_equal(a->device, "Edge 520");
	assert_int_equal(a->bike_device, 1);
	near("edge520", "elapsed", a->elapsed_s, 4352, 1.0);
	near("edge520", "moving", a->moving_s, 4352, 1e-6);
	near("edge520", "distance", a->distance_m, 1691.68, 1e-6);
	assert_int_equal(a->points, 317);
	/* bike cadence stays in rpm */
	assert_true(a->avg_cadence > 50 && a->avg_cadence < 110);
	assert_true(a->elev_gain_m >= 0);
	activity_vec_release(&v);
}

/* Fitbit ride: one lap from 15:43:49+01:00 of 2283 s and 6839.97 m, but
 * trackpoints only from 15:59:36 to 16:07:19. tcx-laps says elapsed 1410
 * (to the last trackpoint), below its own timer 2283; talus runs elapsed
 * to the lap's end, 2283, so that moving <= elapsed holds. */
static void
tcx_fitbit_points_cover_part_of_the_lap(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_fixture(&v, &err, FX "tour_hr.tcx", 1);
	assert_string_equal(err.msg, "");
	a = &v.v[0];
	start_is("tour_hr", a, "2020-12-27T14:43:49Z");
	assert_int_equal(a->has_offset, 1);
	assert_int_equal(a->utc_offset_s, 3600);
	near("tour_hr", "elapsed", a->elapsed_s, 2283, 1e-6);
	near("tour_hr", "moving", a->moving_s, 2283, 1e-6);
	near("tour_hr", "distance", a->distance_m, 6839.97, 1e-6);
	near("tour_hr", "hr", a->avg_hr, 133.8, 0.05); /* tp_mean_hr */
	assert_int_equal(a->points, 465);
	activity_vec_release(&v);
}

/* bad.tcx: tour_hr.tcx with its lap doubled and positions broken (0,0,
 * "no", "undefined"). talus keeps the activity, ignores the three bad
 * positions, reports the laps' 13679.94 m as tcx-laps does, and cuts the
 * doubled timer time (4566 s) to the elapsed time, with one warning. */
static void
tcx_bad_fixture_warns(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_fixture(&v, &err, FX "bad.tcx", 1);
	assert_int_equal(err.code, 0);
	assert_string_equal(err.msg, "ignored 3 bad positions (first at line "
			    "24); the laps' timer time exceeds the elapsed time: "
			    "moving time cut to it (activity ending at line 78)");
	a = &v.v[0];
	start_is("bad.tcx", a, "2020-12-27T14:43:49Z");
	near("bad.tcx", "distance", a->distance_m, 13679.94, 1e-6);
	near("bad.tcx", "elapsed", a->elapsed_s, 2283, 1e-6);
	near("bad.tcx", "moving", a->moving_s, 2283, 1e-6);
	assert_int_equal(a->points, 4);
	near("bad.tcx", "hr", a->avg_hr, 121.5, 1e-9);
	activity_vec_release(&v);
}

/* A MultiSportSession of four activities over eight days: tcx-laps sums
 * them (start 2011-11-29T12:12:00Z, 17056.06 m, timer 12590.01 s, 1893
 * points); talus gives one activity per <Activity>, whose sums match. */
static void
tcx_multisport_session(void **state)
{
	static const struct {
		const char *start;
		enum sport sport;
		double distance, moving;
		int64_t points;
	} want[] = {
		{ "2011-11-29T12:12:00Z", SPORT_RUN, 7651.0292969, 3601.84, 656 },
		{ "2011-12-01T12:59:37Z", SPORT_RIDE, 0, 2767.31, 235 },
		{ "2011-12-04T15:26:28Z", SPORT_RUN, 9405.0283203, 3623.59, 733 },
		{ "2011-12-07T12:14:19Z", SPORT_RIDE, 0, 2597.27, 269 },
	};
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	double dist = 0, moving = 0;
	int64_t points = 0;

	(void)state;
	parse_fixture(&v, &err, GC "rides/activity_165850259_multi-session.tcx",
		      4);
	for (size_t i = 0; i < 4; i++) {
		const struct activity *a = &v.v[i];

		start_is("multi", a, want[i].start);
		assert_int_equal(a->sport, want[i].sport);
		near("multi", "distance", a->distance_m, want[i].distance, 1e-6);
		near("multi", "moving", a->moving_s, want[i].moving, 1e-6);
		assert_int_equal(a->points, want[i].points);
		assert_true(a->elapsed_s >= a->moving_s - 1e-6);
		dist += a->distance_m;
		moving += a->moving_s;
		points += a->points;
	}
	near("multi", "total distance", dist, 17056.06, 0.01);
	near("multi", "total timer", moving, 12590.01, 0.01);
	assert_int_equal(points, 1893);
	/* the first run has a heart rate strap: mean of its trackpoints */
	assert_true(v.v[0].avg_hr > 100 && v.v[0].avg_hr < 200);
	activity_vec_release(&v);
}

/* Polar Vantage V, indoor: no positions, laps of 0.0 m. Distance 0 as
 * tcx-laps says. tcx-laps's elapsed 6952.866 runs from the first Lap
 * StartTime (16:25:15.909) to the last point; talus's start is <Id>
 * (16:25:14.909, one second earlier, as the reference's start says) and
 * its end the last lap's end (18:21:09.775), so 6954.866. */
static void
tcx_polar_indoor_ride(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;

	(void)state;
	parse_fixture(&v, &err, GC "rides/2020-02-05_17-25-14_Training-with-Notes.tcx",
		      1);
	a = &v.v[0];
	start_is("polar", a, "2020-02-05T16:25:14Z");
	assert_int_equal(a->sport, SPORT_RIDE);
	near("polar", "elapsed", a->elapsed_s, 6954.866, 1e-3);
	near("polar", "moving", a->moving_s, 6862, 1e-6);
	near("polar", "distance", a->distance_m, 0, 0);
	near("polar", "hr", a->avg_hr, 149.5, 0.05);
	assert_int_equal(a->points, 6862);
	assert_true(isnan(a->elev_gain_m));
	activity_vec_release(&v);
}

static void
tcx_own_two_lap_run(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const struct activity *a;
	size_t len;
	uint8_t *buf = load(TALUS_TESTDATA, "tcx_run.tcx", &len);

	(void)state;
	assert_int_equal(xmlact_parse(&v, buf, len, &err), 0);
	assert_string_equal(err.msg, "");
	assert_int_equal(v.n, 1); /* the <Course> is not an activity */
	a = &v.v[0];
	start_is("tcx_run", a, "2024-09-01T07:00:00Z");
	assert_int_equal(a->has_offset, 1);
	assert_int_equal(a->utc_offset_s, 3600);
	assert_int_equal(a->sport, SPORT_RUN);
	/* the laps' 500 + 450 m, not the points' 930 m or 8 steps */
	near("tcx_run", "distance", a->distance_m, 950, 1e-9);
	near("tcx_run", "moving", a->moving_s, 290, 1e-9);
	near("tcx_run", "elapsed", a->elapsed_s, 300, 1e-9);
	near("tcx_run", "hr", a->avg_hr, 145, 1e-9);
	/* RunCadence 84, 86 and Cadence 88, 90 strides/min */
	near("tcx_run", "cadence", a->avg_cadence, 174, 1e-9);
	/* 200 -> 210 in the first track; the second track starts anew */
	near("tcx_run", "ascent", a->elev_gain_m, 10, 1e-9);
	assert_int_equal(a->points, 4);
	assert_int_equal(a->truncated, 0);
	activity_vec_release(&v);
	free(buf);
}

/* Distance falls back from the laps to the last trackpoint distance to
 * the haversine sum; heart rate from the points to the laps. */
static void
tcx_distance_and_hr_fallbacks(void **state)
{
	static const struct {
		const char *doc;
		double distance, hr;
	} cases[] = {
		{ "<TrainingCenterDatabase><Activities><Activity Sport='Running'>"
		  "<Id>2024-01-01T10:00:00Z</Id><Lap StartTime='2024-01-01T10:00:00Z'>"
		  "<TotalTimeSeconds>60</TotalTimeSeconds>"
		  "<AverageHeartRateBpm><Value>120</Value></AverageHeartRateBpm>"
		  "<Track><Trackpoint><Time>2024-01-01T10:00:00Z</Time>"
		  "<DistanceMeters>5</DistanceMeters></Trackpoint>"
		  "<Trackpoint><Time>2024-01-01T10:01:00Z</Time>"
		  "<DistanceMeters>205.5</DistanceMeters></Trackpoint>"
		  "</Track></Lap></Activity></Activities></TrainingCenterDatabase>",
		  205.5, 120 },
		{ "<TrainingCenterDatabase><Activities><Activity Sport='Running'>"
		  "<Lap StartTime='2024-01-01T10:00:00Z'><Track>"
		  "<Trackpoint><Time>2024-01-01T10:00:00Z</Time><Position>"
		  "<LatitudeDegrees>45</LatitudeDegrees><LongitudeDegrees>10"
		  "</LongitudeDegrees></Position><HeartRateBpm><Value>100</Value>"
		  "</HeartRateBpm></Trackpoint>"
		  "<Trackpoint><Time>2024-01-01T10:01:00Z</Time><Position>"
		  "<LatitudeDegrees>45.001</LatitudeDegrees><LongitudeDegrees>10"
		  "</LongitudeDegrees></Position></Trackpoint>"
		  "</Track></Lap></Activity></Activities></TrainingCenterDatabase>",
		  STEP_M, 100 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct activity_vec v = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;

		assert_int_equal(xmlact_parse(&v, (const uint8_t *)cases[i].doc,
					      strlen(cases[i].doc), &err), 0);
		assert_int_equal(v.n, 1);
		start_is("fallback", &v.v[0], "2024-01-01T10:00:00Z");
		near("fallback", "distance", v.v[0].distance_m, cases[i].distance,
		     1e-6);
		near("fallback", "hr", v.v[0].avg_hr, cases[i].hr, 1e-9);
		near("fallback", "elapsed", v.v[0].elapsed_s, 60, 1e-9);
		activity_vec_release(&v);
	}
}

/* <Id> is the start, unless laps or points begin earlier (an exporter that
 * writes the upload time there). */
static void
tcx_start_is_the_earliest(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const char *doc =
		"<TrainingCenterDatabase><Activities><Activity Sport='Running'>"
		"<Id>2024-01-01T12:00:00Z</Id><Lap StartTime='2024-01-01T10:00:05"
		"+02:00'><Track><Trackpoint><Time>2024-01-01T08:00:00-00:00</Time>"
		"</Trackpoint><Trackpoint><Time>2024-01-01T08:10:00Z</Time>"
		"</Trackpoint></Track></Lap></Activity></Activities>"
		"</TrainingCenterDatabase>";

	(void)state;
	assert_int_equal(xmlact_parse(&v, (const uint8_t *)doc, strlen(doc),
				      &err), 0);
	start_is("earliest", &v.v[0], "2024-01-01T08:00:00Z");
	/* the zone comes with the chosen start: the first point's -00:00 */
	assert_int_equal(v.v[0].has_offset, 1);
	assert_int_equal(v.v[0].utc_offset_s, 0);
	near("earliest", "elapsed", v.v[0].elapsed_s, 600, 1e-9);
	activity_vec_release(&v);
}

static void
tcx_empty_activities(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const char *doc =
		"<TrainingCenterDatabase><Activities>"
		"<Activity Sport='Running'><Id>2024-01-01T10:00:00Z</Id></Activity>"
		"<Activity Sport='Running'><Id>2024-01-02T10:00:00Z</Id>"
		"<Lap StartTime='2024-01-02T10:00:00Z'><TotalTimeSeconds>1800"
		"</TotalTimeSeconds><DistanceMeters>5000</DistanceMeters></Lap>"
		"</Activity></Activities></TrainingCenterDatabase>";

	(void)state;
	assert_int_equal(xmlact_parse(&v, (const uint8_t *)doc, strlen(doc),
				      &err), 0);
	/* the first is nothing; the second a treadmill summary, no points */
	assert_int_equal(v.n, 1);
	assert_int_equal(v.v[0].points, 0);
	near("summary", "distance", v.v[0].distance_m, 5000, 0);
	near("summary", "elapsed", v.v[0].elapsed_s, 1800, 0);
	assert_non_null(strstr(err.msg, "skipped 1 empty <Activity>"));
	activity_vec_release(&v);
	doc = "<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>";
	assert_int_equal(xmlact_parse(&v, (const uint8_t *)doc, strlen(doc),
				      &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "no track points");
	/* With <Courses> and no activity, the file is a plan: say so. */
	doc = "<TrainingCenterDatabase><Activities/><Courses/></TrainingCenterDatabase>";
	assert_int_equal(xmlact_parse(&v, (const uint8_t *)doc, strlen(doc),
				      &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "a course (a planned route), not an "
			    "activity");
}

static void
tcx_too_many_activities(void **state)
{
	const char *one = "<Activity Sport='Other'><Id>2024-01-01T10:00:00Z</Id>"
			  "<Lap><TotalTimeSeconds>1</TotalTimeSeconds></Lap></Activity>";
	size_t n1 = strlen(one), cap = n1 * (XMLACT_MAX_ACTIVITIES + 1) + 128;
	char *doc = malloc(cap);
	size_t n = 0;
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	assert_non_null(doc);
	n += (size_t)snprintf(doc, cap, "<TrainingCenterDatabase><Activities>");
	for (int i = 0; i <= XMLACT_MAX_ACTIVITIES; i++) {
		memcpy(doc + n, one, n1);
		n += n1;
	}
	n += (size_t)snprintf(doc + n, cap - n,
			      "</Activities></TrainingCenterDatabase>");
	assert_int_equal(xmlact_parse(&v, (uint8_t *)doc, n, &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "more than 10000 activities in one file");
	assert_int_equal(v.n, 0);
	activity_vec_release(&v);
	free(doc);
	/* exactly the limit is fine */
	n = 0;
	doc = malloc(cap);
	assert_non_null(doc);
	n += (size_t)snprintf(doc, cap, "<TrainingCenterDatabase><Activities>");
	for (int i = 0; i < XMLACT_MAX_ACTIVITIES; i++) {
		memcpy(doc + n, one, n1);
		n += n1;
	}
	n += (size_t)snprintf(doc + n, cap - n,
			      "</Activities></TrainingCenterDatabase>");
	assert_int_equal(xmlact_parse(&v, (uint8_t *)doc, n, &err), 0);
	assert_int_equal(v.n, XMLACT_MAX_ACTIVITIES);
	assert_int_equal(v.v[0].sport, SPORT_OTHER);
	activity_vec_release(&v);
	free(doc);
}

static const char *const tcx_files[] = {
	FX "bad.tcx",
	FX "garmin_connect.tcx",
	FX "tour_hr.tcx",
	GC "runs/10kUNLP2014-Garmin15.tcx",
	GC "rides/activity_165850259_multi-session.tcx",
};

static const char *const own_tcx_files[] = { "tcx_run.tcx" };

#define N(a) (sizeof(a) / sizeof((a)[0]))

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
			rc2 = xmlact_feed(p, buf + k, 1, k + 1 == len, &e2);
		xmlact_free(p);
		if (rc1 != rc2 || whole.n != bytes.n || strcmp(e1.msg, e2.msg) ||
		    memcmp(whole.v, bytes.v, whole.n * sizeof(*whole.v)))
			fail_msg("%s: chunked result differs", files[i]);
		activity_vec_release(&whole);
		activity_vec_release(&bytes);
		free(buf);
	}
}

static void
tcx_one_byte_chunks_equal_one_buffer(void **state)
{
	(void)state;
	one_byte_chunks_equal_one_buffer(TALUS_TESTDATA, own_tcx_files,
					 N(own_tcx_files));
}

static void
tcx_fixtures_one_byte_chunks_equal_one_buffer(void **state)
{
	(void)state;
	one_byte_chunks_equal_one_buffer(TALUS_FIXTURES, tcx_files,
					 N(tcx_files));
}

/* Each file of dir cut anywhere gives its first activities, the last one
 * flagged, or a clear error; never a crash (ASan). */
static void
truncated_anywhere(const char *dir, const char *const *files, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t len, step;
		uint8_t *buf = load(dir, files[i], &len);
		struct activity_vec full = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;

		assert_int_equal(xmlact_parse(&full, buf, len, &err), 0);
		step = len / 200 + 1;
		for (size_t cut = 0; cut < len; cut += cut + 64 >= len ? 1 : step) {
			struct activity_vec v = ACTIVITY_VEC_INIT;
			int rc = xmlact_parse(&v, buf, cut, &err);

			if (rc == 0) {
				assert_true(v.n >= 1 && v.n <= full.n);
				assert_true(v.v[v.n - 1].points <=
					    full.v[v.n - 1].points);
				/* only the closing tags may be missing */
				if (!strstr(err.msg, "the file ends early"))
					assert_int_equal(v.n, full.n);
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
tcx_truncated_anywhere(void **state)
{
	(void)state;
	truncated_anywhere(TALUS_TESTDATA, own_tcx_files, N(own_tcx_files));
}

static void
tcx_fixtures_truncated_anywhere(void **state)
{
	(void)state;
	truncated_anywhere(TALUS_FIXTURES, tcx_files, N(tcx_files));
}

/* A file cut inside its second activity keeps the first whole and the
 * second, flagged, up to its last whole trackpoint. */
static void
tcx_truncated_multisport_keeps_whole_activities(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	size_t len;
	uint8_t *buf = load(TALUS_FIXTURES,
			    GC "rides/activity_165850259_multi-session.tcx", &len);

	(void)state;
	assert_int_equal(xmlact_parse(&v, buf, 400000, &err), 0);
	assert_int_equal(v.n, 2);
	assert_int_equal(v.v[0].truncated, 0);
	assert_int_equal(v.v[0].points, 656);
	assert_int_equal(v.v[1].truncated, 1);
	assert_true(v.v[1].points > 0 && v.v[1].points < 235);
	assert_non_null(strstr(err.msg, "the file ends early (unclosed token at "
			       "line 8694"));
	activity_vec_release(&v);
	free(buf);
}

/* Wraps one <Activity>'s inner XML (Sport attribute included in attrs)
 * in a TCX document; the result is static. */
static const char *
tcx_doc(const char *lead, const char *attrs, const char *inner)
{
	static char doc[4096];

	snprintf(doc, sizeof(doc), "%s<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		 "<TrainingCenterDatabase><Activities><Activity%s>%s</Activity>"
		 "</Activities></TrainingCenterDatabase>", lead, attrs, inner);
	return doc;
}

#define TP(t, d) "<Trackpoint><Time>" t "</Time><DistanceMeters>" d \
	"</DistanceMeters></Trackpoint>"

/* Strava's TCX exports begin with blanks before <?xml. */
static void
tcx_leading_blanks(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const char *doc = tcx_doc("          \n", " Sport=\"Running\"",
		"<Id>2024-01-01T10:00:00Z</Id><Lap StartTime='2024-01-01T10:00:00Z'>"
		"<Track>" TP("2024-01-01T10:00:00Z", "0")
		TP("2024-01-01T10:10:00Z", "2000") "</Track></Lap>");

	(void)state;
	assert_int_equal(xmlact_sniff((const uint8_t *)doc, strlen(doc)),
			 XMLACT_TCX);
	assert_int_equal(xmlact_parse(&v, (const uint8_t *)doc, strlen(doc),
				      &err), 0);
	assert_int_equal(v.n, 1);
	near("blanks", "distance", v.v[0].distance_m, 2000, 1e-9);
	activity_vec_release(&v);
}

/* Garmin Connect writes <Id> cut to the minute: the first lap (or point)
 * less than 60 s later is the real start. */
static void
tcx_id_on_a_whole_minute_yields(void **state)
{
	static const struct {
		const char *id, *lap, *tp, *start;
		double elapsed;
	} cases[] = {
		/* whole minute, lap 37 s later: the lap */
		{ "2024-01-01T10:00:00Z", "2024-01-01T10:00:37Z",
		  "2024-01-01T10:00:37Z", "2024-01-01T10:00:37Z", 600 },
		/* the same with a fraction of zero */
		{ "2024-01-01T10:00:00.000Z", "2024-01-01T10:00:59Z",
		  "2024-01-01T10:00:59Z", "2024-01-01T10:00:59Z", 600 },
		/* no lap StartTime: the first point */
		{ "2024-01-01T10:00:00Z", NULL, "2024-01-01T10:00:12Z",
		  "2024-01-01T10:00:12Z", 600 },
		/* a minute or more later: <Id> stands */
		{ "2024-01-01T10:00:00Z", "2024-01-01T10:01:00Z",
		  "2024-01-01T10:01:00Z", "2024-01-01T10:00:00Z", 660 },
		/* <Id> not on a whole minute: it stands */
		{ "2024-01-01T10:00:05Z", "2024-01-01T10:00:37Z",
		  "2024-01-01T10:00:37Z", "2024-01-01T10:00:05Z", 632 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char inner[1024], end[32];
		struct activity_vec v = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;
		const char *doc;
		int64_t t;
		int off, has;

		assert_int_equal(iso8601_parse(&t, &off, &has, cases[i].tp), 0);
		utc_format(end, t + 600);
		snprintf(inner, sizeof(inner), "<Id>%s</Id><Lap%s%s%s><Track>"
			 "<Trackpoint><Time>%s</Time></Trackpoint><Trackpoint>"
			 "<Time>%s</Time></Trackpoint></Track></Lap>",
			 cases[i].id, cases[i].lap ? " StartTime='" : "",
			 cases[i].lap ? cases[i].lap : "",
			 cases[i].lap ? "'" : "", cases[i].tp, end);
		doc = tcx_doc("", " Sport='Running'", inner);
		assert_int_equal(xmlact_parse(&v, (const uint8_t *)doc,
					      strlen(doc), &err), 0);
		start_is(cases[i].id, &v.v[0], cases[i].start);
		near(cases[i].id, "elapsed", v.v[0].elapsed_s, cases[i].elapsed,
		     1e-9);
		activity_vec_release(&v);
	}
}

/* Distance: the larger of the laps' sum and the last trackpoint's
 * DistanceMeters (the device's odometer). */
static void
tcx_distance_is_the_larger_of_laps_and_odometer(void **state)
{
	static const struct {
		const char *inner;
		double distance;
	} cases[] = {
		/* Movescount: laps 1,999 m, points to 2,919 m */
		{ "<Lap StartTime='2024-01-01T10:00:00Z'><DistanceMeters>1999"
		  "</DistanceMeters><Track>" TP("2024-01-01T10:00:00Z", "0")
		  TP("2024-01-01T10:15:00Z", "2919") "</Track></Lap>", 2919 },
		/* laps longer than the points: the laps */
		{ "<Lap StartTime='2024-01-01T10:00:00Z'><DistanceMeters>3000"
		  "</DistanceMeters><Track>" TP("2024-01-01T10:00:00Z", "0")
		  TP("2024-01-01T10:15:00Z", "2919") "</Track></Lap>", 3000 },
		/* the odometer corrected down at the end: its last word */
		{ "<Lap StartTime='2024-01-01T10:00:00Z'><DistanceMeters>2000"
		  "</DistanceMeters><Track>" TP("2024-01-01T10:00:00Z", "2600")
		  TP("2024-01-01T10:15:00Z", "2500") "</Track></Lap>", 2500 },
		/* within a metre (float32 and decimal): the laps' */
		{ "<Lap StartTime='2024-01-01T10:00:00Z'><DistanceMeters>10010.82"
		  "</DistanceMeters><Track>" TP("2024-01-01T10:00:00Z", "0")
		  TP("2024-01-01T10:15:00Z", "10010.8203125") "</Track></Lap>",
		  10010.82 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct activity_vec v = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;
		const char *doc = tcx_doc("", " Sport='Running'", cases[i].inner);

		assert_int_equal(xmlact_parse(&v, (const uint8_t *)doc,
					      strlen(doc), &err), 0);
		near("odometer", "distance", v.v[0].distance_m,
		     cases[i].distance, 1e-9);
		activity_vec_release(&v);
	}
}

static void
tcx_sport_and_device_clues(void **state)
{
	static const struct {
		const char *attrs;
		enum sport sport;
		enum sport_source src;
		int vague;
	} cases[] = {
		{ " Sport='Running'", SPORT_RUN, SPORT_SRC_FILE, 0 },
		{ " Sport='Biking'", SPORT_RIDE, SPORT_SRC_FILE, 0 },
		{ " Sport='Other'", SPORT_OTHER, SPORT_SRC_NONE, 1 },
		{ "", SPORT_RUN, SPORT_SRC_NONE, 0 },
	};
	const char *inner = "<Id>2024-01-01T10:00:00Z</Id>"
		"<Lap StartTime='2024-01-01T10:00:00Z'><Track>"
		"<Trackpoint><Time>2024-01-01T10:00:00Z</Time><Extensions>"
		"<ns3:TPX><ns3:Watts>230</ns3:Watts></ns3:TPX></Extensions>"
		"</Trackpoint></Track></Lap>"
		"<Creator xsi:type='Device_t'><Name>Garmin Edge 1040</Name>"
		"<UnitId>1</UnitId></Creator>";

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct activity_vec v = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;
		const char *doc = tcx_doc("", cases[i].attrs, inner);

		assert_int_equal(xmlact_parse(&v, (const uint8_t *)doc,
					      strlen(doc), &err), 0);
		assert_int_equal(v.v[0].sport, cases[i].sport);
		assert_int_equal(v.v[0].sport_src, cases[i].src);
		assert_int_equal(v.v[0].sport_vague, cases[i].vague);
		assert_string_equal(v.v[0].device, "Garmin Edge 1040");
		assert_int_equal(v.v[0].bike_device, 1);
		assert_int_equal(v.v[0].has_power, 1);
		activity_vec_release(&v);
	}
}

static void
tcx_plans_are_named(void **state)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const char *course = "<TrainingCenterDatabase><Courses><Course>"
		"<Name>Loop</Name><Track><Trackpoint><Time>2024-01-01T10:00:00Z"
		"</Time><Position><LatitudeDegrees>45</LatitudeDegrees>"
		"<LongitudeDegrees>7</LongitudeDegrees></Position></Trackpoint>"
		"</Track></Course></Courses></TrainingCenterDatabase>";
	const char *workout = "<TrainingCenterDatabase><Workouts><Workout "
		"Sport='Running'><Name>Tempo</Name></Workout></Workouts>"
		"</TrainingCenterDatabase>";

	(void)state;
	assert_int_equal(xmlact_parse(&v, (const uint8_t *)course,
				      strlen(course), &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "a course (a planned route), not an "
			    "activity");
	assert_int_equal(xmlact_parse(&v, (const uint8_t *)workout,
				      strlen(workout), &err), TALUS_EPARSE);
	assert_string_equal(err.msg, "a workout (a planned session), not an "
			    "activity");
	assert_int_equal(v.n, 0);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tcx_own_two_lap_run),
		cmocka_unit_test(tcx_distance_and_hr_fallbacks),
		cmocka_unit_test(tcx_start_is_the_earliest),
		cmocka_unit_test(tcx_empty_activities),
		cmocka_unit_test(tcx_too_many_activities),
		cmocka_unit_test(tcx_one_byte_chunks_equal_one_buffer),
		cmocka_unit_test(tcx_truncated_anywhere),
		cmocka_unit_test(tcx_leading_blanks),
		cmocka_unit_test(tcx_id_on_a_whole_minute_yields),
		cmocka_unit_test(tcx_distance_is_the_larger_of_laps_and_odometer),
		cmocka_unit_test(tcx_sport_and_device_clues),
		cmocka_unit_test(tcx_plans_are_named),
	};
	const struct CMUnitTest fixtures[] = {
		cmocka_unit_test(tcx_garmin_forerunner_10k),
		cmocka_unit_test(tcx_garmin_connect_ride),
		cmocka_unit_test(tcx_fitbit_points_cover_part_of_the_lap),
		cmocka_unit_test(tcx_bad_fixture_warns),
		cmocka_unit_test(tcx_multisport_session),
		cmocka_unit_test(tcx_polar_indoor_ride),
		cmocka_unit_test(tcx_fixtures_one_byte_chunks_equal_one_buffer),
		cmocka_unit_test(tcx_fixtures_truncated_anywhere),
		cmocka_unit_test(tcx_truncated_multisport_keeps_whole_activities),
	};

	if (fixtures_wanted(argc, argv))
		return cmocka_run_group_tests_name("fixtures", fixtures, NULL,
						   NULL);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
