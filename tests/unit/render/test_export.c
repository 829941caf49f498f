/* test_export.c - the export's writer: runs.csv's header row and a row
 * with every column (a note quoted, quotes doubled, CRLF; a run without a
 * time; an offset with seconds), the header rows of the other tables, and
 * the JSON document's frame. The reader's test (import/test_talus_csv.c)
 * pins the same header, so the two sides meet. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "render/export.h"
#include "util/date.h"

#define HEADER "id,date,time,utc_offset,sport,distance_m,elapsed_s,moving_s,surface,shoe," \
	"rpe,pain_during,pain_after,side,note,name,elev_gain_m,avg_hr,avg_cadence,points," \
	"truncated,sport_source,utc_offset_source\r\n"

static void
runs_csv(void **state)
{
	struct render_export x;
	struct export_data d;
	struct athlete ath = { 1, "Ann", UNITS_KM, "", 0, 1 };
	struct run_entry r;
	int32_t day = day_from_civil(2026, 2, 20);

	(void)state;
	render_export_begin(&x, 0, NULL, &ath, INT32_MIN, INT32_MAX, 0);
	run_entry_init(&r);
	r.a.id = 7;
	r.day = day;
	r.a.utc_offset_s = -5 * 3600;
	r.a.start_utc = (int64_t)day * 86400 + 7 * 3600 + 30 * 60 + 15 + 5 * 3600;
	r.a.has_time = 1;
	r.a.distance_m = 8046.72;
	r.a.elapsed_s = 2910.5;
	r.a.moving_s = 2900;
	r.a.surface = SURFACE_TRAIL;
	snprintf(r.shoe, sizeof(r.shoe), "Old, \"retro\"");
	r.rpe = 4;
	r.pain_during = 2;
	r.pain_after = 3;
	r.side = SIDE_LEFT;
	snprintf(r.note, sizeof(r.note), "easy, \"chatty\"\r\nsecond \xe2\x80\x94 caf\xc3\xa9");
	snprintf(r.a.name, sizeof(r.a.name), "Morning Run");
	r.a.elev_gain_m = 120.5;
	r.a.avg_hr = 151;
	r.a.avg_cadence = 172.25;
	r.a.points = 1234;
	r.a.truncated = 1;
	r.a.sport_src = SPORT_SRC_USER;
	r.a.offset_src = OFFSET_SRC_FILE;
	render_export_run(&x, &r);
	/* no time, no scores, an offset with seconds */
	run_entry_init(&r);
	r.a.id = 8;
	r.day = day;
	r.a.sport = SPORT_WALK;
	r.a.utc_offset_s = 13 * 3600 + 45 * 60 + 30;
	r.a.start_utc = (int64_t)day * 86400 + 12 * 3600 - r.a.utc_offset_s;
	r.a.has_time = 0;
	r.a.distance_m = 0;
	render_export_run(&x, &r);
	export_data_init(&d);
	render_export_end(&x, &d);
	assert_string_equal(x.csv[EXPORT_RUNS].buf, HEADER
		"7,2026-02-20,07:30:15,-05:00,run,8046.72,2910.5,2900,trail,\"Old, \"\"retro\"\"\","
		"4,2,3,left,\"easy, \"\"chatty\"\"\r\nsecond \xe2\x80\x94 caf\xc3\xa9\",Morning Run,"
		"120.5,151,172.25,1234,1,user,file\r\n"
		"8,2026-02-20,,+13:45:30,walk,0,,,,,,,,,,,,,,0,0,default,\r\n");
	assert_string_equal(x.csv[EXPORT_ANKLE_LOGS].buf,
		"id,date,side,pain,morning_pain,stiffness,swelling,giving_way,rolled,"
		"weight_bearing,tender,numb,cold_or_discoloured,deformity,crack,achilles_snap,"
		"hot_swollen_fever,bone_pain_worsening,red_flags_none,note\r\n");
	assert_string_equal(x.csv[EXPORT_SHOES].buf, "id,name,support,since,initial_m,used_m,"
			    "activities,review_m,limit_m,retired,default\r\n");
	assert_string_equal(x.csv[EXPORT_PROGRAMME_LOGS].buf, "id,programme_id,date,exercise,"
			    "side,level,sets,reps,hold_s,lost_balance,rating,pain\r\n");
	assert_int_equal(x.rows[EXPORT_RUNS], 2);
	render_export_release(&x);
}

static void
other_tables_csv(void **state)
{
	struct render_export x;
	struct export_data d;
	struct athlete ath = { 1, "Ann", UNITS_KM, "", 0, 1 };
	struct ankle_log l;
	struct shoe s;
	struct programme_entry e;
	char note[] = "sore, \"a bit\"";

	(void)state;
	export_data_init(&d);
	ankle_log_init(&l);
	l.id = 3;
	l.day = day_from_civil(2026, 2, 22);
	l.side = SIDE_LEFT;
	l.pain = 3;
	l.swelling = SWELL_MILD;
	l.tender = TENDER_LATERAL_MALLEOLUS | TENDER_NAVICULAR;
	l.crack = 1;
	l.note = note;
	memset(&s, 0, sizeof(s));
	s.id = 1;
	snprintf(s.name, sizeof(s.name), "Pegasus 40");
	s.since_day = INT32_MIN;
	s.initial_m = 100000;
	s.used_m = 108500;
	s.runs = 1;
	s.review_m = SHOE_REVIEW_M;
	s.limit_m = SHOE_LIMIT_M;
	s.is_default = 1;
	memset(&e, 0, sizeof(e));
	e.id = 9;
	e.programme_id = 2;
	e.day = day_from_civil(2026, 3, 2);
	snprintf(e.exercise, sizeof(e.exercise), "calf-raise");
	e.side = LIMB_BOTH;
	e.sets = 3;
	e.reps = 15;
	e.rating = RATED_OK;
	e.pain = 4;
	d.ankle_logs = &l;
	d.n_ankle_logs = 1;
	d.shoes = &s;
	d.n_shoes = 1;
	d.programme_logs = &e;
	d.n_programme_logs = 1;
	render_export_begin(&x, 0, NULL, &ath, INT32_MIN, INT32_MAX, 0);
	render_export_end(&x, &d);
	assert_non_null(strstr(x.csv[EXPORT_ANKLE_LOGS].buf, "\r\n3,2026-02-22,left,3,,,mild,0,0,,"
			       "lateral-malleolus;navicular,0,0,0,1,0,0,0,0,\"sore, \"\"a bit\"\"\"\r\n"));
	assert_non_null(strstr(x.csv[EXPORT_SHOES].buf, "\r\n1,Pegasus 40,,,100000,108500,1,"
			       "480000,800000,0,1\r\n"));
	assert_non_null(strstr(x.csv[EXPORT_PROGRAMME_LOGS].buf, "\r\n9,2,2026-03-02,calf-raise,"
			       "both,0,3,15,0,0,ok,4\r\n"));
	render_export_release(&x);
}

static void
json_frame(void **state)
{
	struct render_export x;
	struct export_data d;
	struct strbuf out = STRBUF_INIT;
	struct athlete ath = { 1, "Ann", UNITS_MI, "female", 1990, 1 };

	(void)state;
	export_data_init(&d);
	render_export_begin(&x, 1, &out, &ath, day_from_civil(2026, 1, 1), INT32_MAX,
			    (int64_t)day_from_civil(2026, 3, 1) * 86400 + 3661);
	render_export_end(&x, &d);
	assert_string_equal(out.buf,
		"{\n"
		"  \"format\": \"talus-export\",\n"
		"  \"version\": 1,\n"
		"  \"athlete\": {\n"
		"    \"name\": \"Ann\",\n"
		"    \"units\": \"mi\",\n"
		"    \"sex\": \"female\",\n"
		"    \"birth_year\": 1990\n"
		"  },\n"
		"  \"exported\": \"2026-03-01T01:01:01Z\",\n"
		"  \"since\": \"2026-01-01\",\n"
		"  \"until\": null,\n"
		"  \"runs\": [],\n"
		"  \"ankle_logs\": [],\n"
		"  \"shoes\": [],\n"
		"  \"assessments\": [],\n"
		"  \"programmes\": [],\n"
		"  \"programme_logs\": [],\n"
		"  \"plans\": [],\n"
		"  \"recoveries\": [],\n"
		"  \"consultations\": []\n"
		"}\n");
	render_export_release(&x);
	strbuf_release(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(runs_csv),
		cmocka_unit_test(other_tables_csv),
		cmocka_unit_test(json_frame),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
