/* test_sport.c - an imported activity's sport from every clue
 * (core/sport.h), which devices are bike computers (core/device.h), and
 * UTC offsets as zones (core/activity.h). Every threshold is tested on
 * both sides, every clue alone, and the order of precedence clue against
 * clue. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/device.h"
#include "core/sport.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

#define assert_near(a, b, eps)                                              \
	do {                                                                \
		double got_ = (a), want_ = (b);                             \
		if (!(fabs(got_ - want_) <= (eps)))                         \
			fail_msg("%s = %.17g, want %.17g", #a, got_, want_);  \
	} while (0)

/* An activity as an importer leaves a GPX file with no <type>: sport_src
 * NONE, a run placeholder, 10 km in 50 min (5:00/km), moving the same. */
static void
plain(struct activity *a)
{
	activity_init(a);
	a->has_time = 1;
	a->start_utc = 1714802400;
	a->distance_m = 10000;
	a->elapsed_s = 3000;
	a->moving_s = 3000;
}

/* ---- types ------------------------------------------------------------ */

static void
type_map_says_whether_specific(void **state)
{
	static const struct {
		const char *type;
		int said;
		enum sport sport;
		enum surface surface;
	} cases[] = {
		{ NULL, -1, SPORT_RUN, SURFACE_UNKNOWN },
		{ "", -1, SPORT_RUN, SURFACE_UNKNOWN },
		{ " _- ", -1, SPORT_RUN, SURFACE_UNKNOWN },
		{ "running", 1, SPORT_RUN, SURFACE_UNKNOWN },
		{ "9", 1, SPORT_RUN, SURFACE_UNKNOWN },
		{ "Trail Run", 1, SPORT_RUN, SURFACE_TRAIL },
		{ "VirtualRun", 1, SPORT_RUN, SURFACE_TREADMILL },
		{ "Biking", 1, SPORT_RIDE, SURFACE_UNKNOWN },
		{ "1", 1, SPORT_RIDE, SURFACE_UNKNOWN },
		{ "E-Bike Ride", 1, SPORT_RIDE, SURFACE_UNKNOWN },
		{ "16", 1, SPORT_SWIM, SURFACE_UNKNOWN },
		{ "walking", 1, SPORT_WALK, SURFACE_UNKNOWN },
		{ "Hike", 1, SPORT_HIKE, SURFACE_UNKNOWN },
		{ "Yoga", 1, SPORT_OTHER, SURFACE_UNKNOWN },
		{ "Other", 0, SPORT_OTHER, SURFACE_UNKNOWN },
		{ "generic", 0, SPORT_OTHER, SURFACE_UNKNOWN },
		{ "Unknown", 0, SPORT_OTHER, SURFACE_UNKNOWN },
	};

	(void)state;
	for (size_t i = 0; i < N(cases); i++) {
		enum sport sp;
		enum surface su;
		int said = sport_type_map(cases[i].type, &sp, &su);

		if (said != cases[i].said || sp != cases[i].sport ||
		    su != cases[i].surface)
			fail_msg("[%s]: %d %s/%s", cases[i].type ? cases[i].type
				 : "(null)", said, sport_name(sp),
				 surface_name(su));
	}
}

/* ---- names ------------------------------------------------------------ */

static void
names_in_strava_languages(void **state)
{
	static const struct {
		const char *name;
		enum sport sport;
	} cases[] = {
		/* English, as Strava titles by time of day */
		{ "Afternoon Ride", SPORT_RIDE },
		{ "Morning Run", SPORT_RUN },
		{ "Evening Swim", SPORT_SWIM },
		{ "Lunch Walk", SPORT_WALK },
		{ "Night Hike", SPORT_HIKE },
		{ "Morning Mountain Bike Ride", SPORT_RIDE },
		{ "Afternoon E-Bike Ride", SPORT_RIDE },
		{ "Morning Nordic Ski", SPORT_OTHER },
		{ "Evening Workout", SPORT_OTHER },
		{ "AFTERNOON RIDE", SPORT_RIDE },
		{ "Afternoon Ride \xe2\x98\x80\xef\xb8\x8f", SPORT_RIDE },
		/* German */
		{ "Radfahrt am Nachmittag", SPORT_RIDE },
		{ "Mittags-Radfahrt", SPORT_RIDE },
		{ "Nachmittagsradfahrt", SPORT_RIDE },
		{ "Ausfahrt", SPORT_RIDE },
		{ "Fahrt am Abend", SPORT_RIDE },
		{ "Lauf am Abend", SPORT_RUN },
		{ "Morgen-Lauf", SPORT_RUN },
		{ "Morgenlauf", SPORT_RUN },
		{ "Dauerlauf", SPORT_RUN },
		{ "Schwimmen am Morgen", SPORT_SWIM },
		{ "Wanderung am Morgen", SPORT_HIKE },
		{ "Spaziergang am Abend", SPORT_WALK },
		{ "Skilanglauf", SPORT_OTHER },
		{ "Langlauf am Morgen", SPORT_OTHER },
		/* French */
		{ "Sortie v\xc3\xa9lo le matin", SPORT_RIDE },
		{ "SORTIE V\xc3\x89LO", SPORT_RIDE },
		{ "Course \xc3\xa0 pied le soir", SPORT_RUN },
		{ "Natation l'apr\xc3\xa8s-midi", SPORT_SWIM },
		{ "Randonn\xc3\xa9""e le matin", SPORT_HIKE },
		{ "Marche en soir\xc3\xa9""e", SPORT_WALK },
		/* Spanish */
		{ "Salida en bici por la tarde", SPORT_RIDE },
		{ "Bici por la ma\xc3\xb1""ana", SPORT_RIDE },
		{ "Ciclismo", SPORT_RIDE },
		{ "Carrera matutina", SPORT_RUN },
		{ "Nataci\xc3\xb3n vespertina", SPORT_SWIM },
		{ "Caminata por la noche", SPORT_WALK },
		{ "Paseo en bicicleta", SPORT_RIDE },
		/* Italian */
		{ "Giro in bici pomeridiano", SPORT_RIDE },
		{ "Giro mattutino", SPORT_RIDE },
		{ "Corsa serale", SPORT_RUN },
		{ "Nuotata del mattino", SPORT_SWIM },
		{ "Escursione pomeridiana", SPORT_HIKE },
		{ "Camminata serale", SPORT_WALK },
		/* Dutch */
		{ "Middagrit", SPORT_RIDE },
		{ "Ochtendrit", SPORT_RIDE },
		{ "Fietsrit", SPORT_RIDE },
		{ "Avondloop", SPORT_RUN },
		{ "Hardloopsessie in de ochtend", SPORT_RUN },
		{ "Zwemmen", SPORT_SWIM },
		{ "Ochtendwandeling", SPORT_WALK },
		/* Portuguese */
		{ "Pedalada \xc3\xa0 tarde", SPORT_RIDE },
		{ "Corrida matinal", SPORT_RUN },
		{ "Nata\xc3\xa7\xc3\xa3o noturna", SPORT_SWIM },
		{ "Caminhada de manh\xc3\xa3", SPORT_WALK },
		/* Polish, Scandinavian */
		{ "Popo\xc5\x82udniowa jazda na rowerze", SPORT_RIDE },
		{ "Poranny bieg", SPORT_RUN },
		{ "Cykeltur", SPORT_RIDE },
	};

	(void)state;
	for (size_t i = 0; i < N(cases); i++) {
		enum sport sp = SPORT__COUNT;

		if (!sport_from_name(&sp, cases[i].name) ||
		    sp != cases[i].sport)
			fail_msg("[%s]: %s, want %s", cases[i].name,
				 sp == SPORT__COUNT ? "no clue" : sport_name(sp),
				 sport_name(cases[i].sport));
	}
}

static void
names_that_say_nothing(void **state)
{
	static const char *const cases[] = {
		"", "Move", "Sunday with friends", "Rose X-Lite CRS Force",
		"120' moderate and hard", "Verlauf", "Sprint", "Esprit",
		"Brit", "Trek Madone", "Swim Bike Run", "Run to the ride",
		"Roundabout", "Driven", "Bikeshed talk and then a run",
	};

	(void)state;
	for (size_t i = 0; i < N(cases); i++) {
		enum sport sp;

		if (i == N(cases) - 1) {
			/* "bikeshed" is no bike: a run. */
			assert_int_equal(sport_from_name(&sp, cases[i]), 1);
			assert_int_equal(sp, SPORT_RUN);
			continue;
		}
		if (sport_from_name(&sp, cases[i]))
			fail_msg("[%s] names %s", cases[i], sport_name(sp));
	}
	assert_int_equal(sport_from_name(&(enum sport){ 0 }, NULL), 0);
}

static void
strong_name_words_beat_weak_ones(void **state)
{
	enum sport sp;

	(void)state;
	/* "Paseo" is a walk only when nothing better is said. */
	assert_int_equal(sport_from_name(&sp, "Paseo"), 1);
	assert_int_equal(sp, SPORT_WALK);
	assert_int_equal(sport_from_name(&sp, "Paseo en bici"), 1);
	assert_int_equal(sp, SPORT_RIDE);
	/* "Course" is French for a run, but not over a ride. */
	assert_int_equal(sport_from_name(&sp, "Course recon ride"), 1);
	assert_int_equal(sp, SPORT_RIDE);
	/* Two weak words that disagree say nothing. */
	assert_int_equal(sport_from_name(&sp, "Paseo carrera"), 0);
}

/* ---- thresholds -------------------------------------------------------- */

static void
pace_limit_follows_the_records(void **state)
{
	(void)state;
	/* At the records: record pace x 1.12. */
	assert_near(sport_run_pace_limit_s_km(5000), 755.36 / 5 * 1.12, 1e-9);
	assert_near(sport_run_pace_limit_s_km(10000), 157.1 * 1.12, 1e-9);
	assert_near(sport_run_pace_limit_s_km(42195), 7235 / 42.195 * 1.12,
		    1e-9);
	/* Flat outside the table. */
	assert_near(sport_run_pace_limit_s_km(100),
		    sport_run_pace_limit_s_km(400), 1e-9);
	assert_near(sport_run_pace_limit_s_km(0),
		    sport_run_pace_limit_s_km(400), 1e-9);
	assert_near(sport_run_pace_limit_s_km(300000),
		    sport_run_pace_limit_s_km(100000), 1e-9);
	/* Longer is slower, everywhere. */
	for (double d = 400; d < 120000; d *= 1.01)
		if (!(sport_run_pace_limit_s_km(d * 1.01) >=
		      sport_run_pace_limit_s_km(d)))
			fail_msg("the limit gets faster after %.0f m", d);
	/* 12.5 km lies between the 10 km and the half. */
	assert_true(sport_run_pace_limit_s_km(12500) >
		    sport_run_pace_limit_s_km(10000));
	assert_true(sport_run_pace_limit_s_km(12500) <
		    sport_run_pace_limit_s_km(21097.5));
}

static void
pace_either_side_of_the_limit(void **state)
{
	static const double dists[] = { 200, 1500, 5000, 12500, 21097.5,
					42195, 150000 };
	struct sport_verdict v;
	struct activity a;

	(void)state;
	for (size_t i = 0; i < N(dists); i++) {
		double lim = sport_run_pace_limit_s_km(dists[i]);

		plain(&a);
		a.distance_m = dists[i];
		/* a second per km slower than the limit: a run */
		a.moving_s = (lim + 1) * dists[i] / 1000;
		sport_decide(&v, &a, NULL);
		if (v.sport != SPORT_RUN)
			fail_msg("%.0f m at %.1f s/km: %s (%s)", dists[i],
				 lim + 1, sport_name(v.sport), v.reason);
		assert_int_equal(v.inferred, 0);
		/* a second per km faster: not a run */
		a.moving_s = (lim - 1) * dists[i] / 1000;
		sport_decide(&v, &a, NULL);
		if (v.sport != SPORT_OTHER || v.src != SPORT_SRC_SPEED)
			fail_msg("%.0f m at %.1f s/km: %s", dists[i], lim - 1,
				 sport_name(v.sport));
		assert_int_equal(v.inferred, 1);
	}
}

static void
pace_reason_names_pace_and_distance(void **state)
{
	struct sport_verdict v;
	struct activity a;

	(void)state;
	/* The Edge 1040 ride without a sport: 12.5 km at 2:39/km. */
	plain(&a);
	a.distance_m = 12500;
	a.moving_s = 159 * 12.5;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_OTHER);
	assert_non_null(strstr(v.reason, "moving pace 2:39/km over 12.5 km "
			       "is faster than a runner can hold over that "
			       "distance"));
	/* No moving time: the elapsed pace, and it says so. */
	a.moving_s = NAN;
	a.elapsed_s = 159 * 12.5;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_OTHER);
	assert_non_null(strstr(v.reason, "elapsed pace 2:39/km"));
}

static void
sustained_speed_either_side_of_the_limit(void **state)
{
	struct sport_verdict v;
	struct activity a;

	(void)state;
	/* A slow ride: 15 km/h on average passes the pace check ... */
	plain(&a);
	a.distance_m = 15000;
	a.moving_s = 3600;
	a.sustained_mps = SPORT_SUSTAIN_MAX_MPS;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_RUN);
	/* ... but not a minute at 36.4 km/h. */
	a.sustained_mps = SPORT_SUSTAIN_MAX_MPS + 0.1;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_OTHER);
	assert_int_equal(v.src, SPORT_SRC_SPEED);
	assert_non_null(strstr(v.reason, "it held 36.4 km/h for 60 s or "
			       "more, faster than a runner can"));
	/* Unknown is no evidence. */
	a.sustained_mps = NAN;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_RUN);
}

static void
no_clue_and_no_pace_is_not_a_run(void **state)
{
	struct sport_verdict v;
	struct activity a;

	(void)state;
	plain(&a);
	a.distance_m = 0;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_OTHER);
	assert_int_equal(v.src, SPORT_SRC_NONE);
	assert_int_equal(v.inferred, 1);
	assert_non_null(strstr(v.reason, "no distance and time"));
	plain(&a);
	a.moving_s = a.elapsed_s = NAN;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_OTHER);
	/* The file says run and cannot be checked: a treadmill run. */
	plain(&a);
	a.distance_m = 0;
	a.sport_src = SPORT_SRC_FILE;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_RUN);
	assert_int_equal(v.inferred, 0);
	/* A plausible run with no clue stays a run, silently. */
	plain(&a);
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_RUN);
	assert_int_equal(v.src, SPORT_SRC_NONE);
	assert_int_equal(v.inferred, 0);
}

/* ---- each clue, and their order -------------------------------------- */

static void
each_clue_alone(void **state)
{
	struct sport_verdict v;
	struct activity a;

	(void)state;
	/* the file */
	plain(&a);
	a.sport = SPORT_SWIM;
	a.sport_src = SPORT_SRC_FILE;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_SWIM);
	assert_int_equal(v.src, SPORT_SRC_FILE);
	assert_int_equal(v.inferred, 0);
	/* ... and takes the export's surface for the same sport */
	plain(&a);
	a.sport_src = SPORT_SRC_FILE;
	sport_decide(&v, &a, "Trail Run");
	assert_int_equal(v.src, SPORT_SRC_FILE);
	assert_int_equal(v.surface, SURFACE_TRAIL);
	assert_int_equal(v.inferred, 0);
	/* the export */
	plain(&a);
	sport_decide(&v, &a, "Trail Run");
	assert_int_equal(v.sport, SPORT_RUN);
	assert_int_equal(v.surface, SURFACE_TRAIL);
	assert_int_equal(v.src, SPORT_SRC_EXPORT);
	assert_int_equal(v.inferred, 0);
	/* the name */
	plain(&a);
	snprintf(a.name, sizeof(a.name), "Afternoon Swim");
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_SWIM);
	assert_int_equal(v.src, SPORT_SRC_NAME);
	assert_int_equal(v.inferred, 1);
	assert_string_equal(v.reason, "named 'Afternoon Swim'");
	/* the device */
	plain(&a);
	a.bike_device = 1;
	snprintf(a.device, sizeof(a.device), "Garmin Edge 1040");
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_RIDE);
	assert_int_equal(v.src, SPORT_SRC_DEVICE);
	assert_string_equal(v.reason, "recorded by a Garmin Edge 1040 (a "
			    "bike computer)");
	snprintf(a.device, sizeof(a.device), "Edge 520");
	sport_decide(&v, &a, NULL);
	assert_string_equal(v.reason, "recorded by an Edge 520 (a bike "
			    "computer)");
	a.device[0] = '\0';
	sport_decide(&v, &a, NULL);
	assert_string_equal(v.reason, "recorded by a bike computer");
	/* gear changes */
	plain(&a);
	a.has_gear_changes = 1;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_RIDE);
	assert_int_equal(v.src, SPORT_SRC_DATA);
	assert_string_equal(v.reason, "gear changes");
	/* power */
	plain(&a);
	a.has_power = 1;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_RIDE);
	assert_int_equal(v.src, SPORT_SRC_DATA);
	assert_non_null(strstr(v.reason, "power data"));
	/* a vague sport: other, not a run */
	plain(&a);
	a.sport = SPORT_OTHER;
	a.sport_vague = 1;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_OTHER);
	assert_int_equal(v.inferred, 0);
	/* the user: never second-guessed, not even by the speed */
	plain(&a);
	a.sport_src = SPORT_SRC_USER;
	a.moving_s = 600;
	snprintf(a.name, sizeof(a.name), "Morning Ride");
	sport_decide(&v, &a, "Ride");
	assert_int_equal(v.sport, SPORT_RUN);
	assert_int_equal(v.src, SPORT_SRC_USER);
}

static void
clues_in_order_of_precedence(void **state)
{
	struct sport_verdict v;
	struct activity a;

	(void)state;
	/* Every clue at once, each saying something else: the file wins. */
	plain(&a);
	a.sport = SPORT_WALK;
	a.sport_src = SPORT_SRC_FILE;
	snprintf(a.name, sizeof(a.name), "Morning Swim");
	a.bike_device = a.has_gear_changes = a.has_power = 1;
	sport_decide(&v, &a, "Hike");
	assert_int_equal(v.sport, SPORT_WALK);
	assert_int_equal(v.src, SPORT_SRC_FILE);
	/* ... and says the export disagreed. */
	assert_int_equal(v.inferred, 1);
	assert_non_null(strstr(v.reason, "activities.csv says 'Hike'"));
	/* Without the file's: the export. */
	a.sport = SPORT_RUN;
	a.sport_src = SPORT_SRC_NONE;
	sport_decide(&v, &a, "Hike");
	assert_int_equal(v.sport, SPORT_HIKE);
	assert_int_equal(v.src, SPORT_SRC_EXPORT);
	/* A vague file sport gives way to the export too. */
	a.sport = SPORT_OTHER;
	a.sport_vague = 1;
	sport_decide(&v, &a, "Hike");
	assert_int_equal(v.sport, SPORT_HIKE);
	/* Without the export: the name. */
	sport_decide(&v, &a, "");
	assert_int_equal(v.sport, SPORT_SWIM);
	assert_int_equal(v.src, SPORT_SRC_NAME);
	/* Without the name: the device. */
	a.name[0] = '\0';
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.src, SPORT_SRC_DEVICE);
	/* Then gear changes, then power. */
	a.bike_device = 0;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.src, SPORT_SRC_DATA);
	assert_string_equal(v.reason, "gear changes");
	a.has_gear_changes = 0;
	sport_decide(&v, &a, NULL);
	assert_non_null(strstr(v.reason, "power"));
	/* Then the vague sport, then nothing: a run at a runner's pace. */
	a.has_power = 0;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_OTHER);
	a.sport_vague = 0;
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.sport, SPORT_RUN);
	assert_int_equal(v.src, SPORT_SRC_NONE);
}

static void
speed_overrules_every_run(void **state)
{
	static const enum sport_source srcs[] = {
		SPORT_SRC_NONE, SPORT_SRC_FILE,
	};
	struct sport_verdict v;
	struct activity a;

	(void)state;
	for (size_t i = 0; i < N(srcs); i++) {
		plain(&a);
		a.sport_src = srcs[i];
		a.moving_s = 1500; /* 10 km in 25 min */
		sport_decide(&v, &a, NULL);
		assert_int_equal(v.sport, SPORT_OTHER);
		assert_int_equal(v.src, SPORT_SRC_SPEED);
	}
	/* named a run, or a run in the export: the same */
	plain(&a);
	a.moving_s = 1500;
	snprintf(a.name, sizeof(a.name), "Morning Run");
	sport_decide(&v, &a, NULL);
	assert_int_equal(v.src, SPORT_SRC_SPEED);
	a.name[0] = '\0';
	sport_decide(&v, &a, "Run");
	assert_int_equal(v.src, SPORT_SRC_SPEED);
	/* A ride at that speed is just a ride. */
	sport_decide(&v, &a, "Ride");
	assert_int_equal(v.sport, SPORT_RIDE);
}

/* ---- applying the verdict --------------------------------------------- */

static void
apply_fixes_cadence(void **state)
{
	struct sport_verdict v;
	struct activity a;

	(void)state;
	/* A ride read as a run had its 85 rpm doubled to 170: undone. */
	plain(&a);
	a.avg_cadence = 170;
	a.cadence_doubled = 1;
	a.bike_device = 1;
	sport_decide(&v, &a, NULL);
	sport_apply(&a, &v);
	assert_int_equal(a.sport, SPORT_RIDE);
	assert_int_equal(a.sport_src, SPORT_SRC_DEVICE);
	assert_near(a.avg_cadence, 85, 1e-9);
	assert_int_equal(a.cadence_doubled, 0);
	/* A vague file named "Morning Run": strides become steps. */
	plain(&a);
	a.sport = SPORT_OTHER;
	a.sport_vague = 1;
	a.avg_cadence = 88;
	snprintf(a.name, sizeof(a.name), "Morning Run");
	sport_decide(&v, &a, NULL);
	sport_apply(&a, &v);
	assert_int_equal(a.sport, SPORT_RUN);
	assert_near(a.avg_cadence, 176, 1e-9);
	assert_int_equal(a.cadence_doubled, 1);
	/* Steps already (above 120) stay. */
	plain(&a);
	a.sport = SPORT_OTHER;
	a.sport_vague = 1;
	a.avg_cadence = 170;
	snprintf(a.name, sizeof(a.name), "Morning Run");
	sport_decide(&v, &a, NULL);
	sport_apply(&a, &v);
	assert_near(a.avg_cadence, 170, 1e-9);
}

static void
settle_writes_a_note_only_when_inferred(void **state)
{
	struct activity a;
	char msg[160] = "";

	(void)state;
	plain(&a);
	snprintf(a.name, sizeof(a.name), "Afternoon Ride");
	assert_int_equal(sport_settle(&a, NULL, msg, sizeof(msg), 1, 1), 1);
	assert_int_equal(a.sport, SPORT_RIDE);
	assert_string_equal(msg, "ride, not a run: named 'Afternoon Ride'");
	/* appended after a parser's warning, with the activity's number */
	snprintf(msg, sizeof(msg), "file CRC mismatch at byte 9");
	plain(&a);
	a.has_power = 1;
	assert_int_equal(sport_settle(&a, NULL, msg, sizeof(msg), 2, 3), 1);
	assert_string_equal(msg, "file CRC mismatch at byte 9; activity 2: "
			    "ride, not a run: power data, and no sport "
			    "stated");
	/* a plain run: nothing to say */
	msg[0] = '\0';
	plain(&a);
	assert_int_equal(sport_settle(&a, NULL, msg, sizeof(msg), 1, 1), 0);
	assert_string_equal(msg, "");
	assert_int_equal(a.sport, SPORT_RUN);
	/* cut to fit, never overrun */
	memset(msg, 'x', sizeof(msg) - 1);
	msg[sizeof(msg) - 1] = '\0';
	plain(&a);
	a.has_power = 1;
	sport_settle(&a, NULL, msg, sizeof(msg), 1, 1);
	assert_int_equal(strlen(msg), sizeof(msg) - 1);
	msg[0] = '\0';
	sport_settle(&a, NULL, msg, 8, 1, 1);
	assert_int_equal(strlen(msg), 7);
}

/* ---- devices ---------------------------------------------------------- */

static void
fit_devices(void **state)
{
	static const struct {
		unsigned mfr, product;
		int bike;
		const char *name;
	} cases[] = {
		{ 1, 3843, 1, "Garmin Edge 1040" },
		{ 1, 1036, 1, "Garmin Edge 500" },   /* first in the table */
		{ 1, 1567, 1, "Garmin Edge 810" },
		{ 1, 3570, 1, "Garmin Edge 1030 Plus" },
		{ 1, 4655, 1, "Garmin Edge MTB" },
		{ 1, 30047, 1, "Tacx Training app" }, /* last */
		{ 15, 1169, 1, "Garmin Edge 800" },  /* dynastream */
		{ 1, 2697, 0, "" },                  /* fenix 5 */
		{ 1, 1436, 0, "" },                  /* Forerunner 70 */
		{ 1, 0, 0, "" },
		{ 1, 65535, 0, "" },
		{ 32, 28, 1, "Wahoo ELEMNT" },
		{ 32, 31, 1, "Wahoo ELEMNT BOLT" },
		{ 32, 30, 0, "" },
		{ 289, 1, 1, "Hammerhead Karoo" },
		{ 267, 7, 1, "Bryton" },
		{ 258, 1, 1, "Lezyne" },
		{ 6, 1, 1, "SRM" },
		{ 69, 1, 1, "Stages Dash" },
		{ 294, 1, 0, "" },                   /* Coros: watches */
		{ 23, 34, 0, "" },                   /* Suunto */
		{ 260, 0, 0, "" },                   /* Zwift: runs too */
	};
	char name[48];

	(void)state;
	for (size_t i = 0; i < N(cases); i++) {
		int bike = device_fit_bike(name, sizeof(name), cases[i].mfr,
					   cases[i].product);

		if (bike != cases[i].bike || strcmp(name, cases[i].name))
			fail_msg("%u/%u: %d \"%s\"", cases[i].mfr,
				 cases[i].product, bike, name);
	}
}

static void
text_devices(void **state)
{
	static const struct {
		const char *text;
		int bike;
	} cases[] = {
		{ "Edge 520", 1 }, { "Garmin Edge 1040", 1 }, { "EDGE 830", 1 },
		{ "Garmin Edge Explore 2", 1 }, { "Edge_530", 1 },
		{ "Wahoo ELEMNT BOLT", 1 }, { "ELEMNT ROAM", 1 },
		{ "Karoo 2", 1 }, { "Hammerhead", 1 }, { "Bryton Rider 750", 1 },
		{ "Lezyne Mega XL", 1 }, { "SRM PC8", 1 }, { "Stages Dash L50", 1 },
		{ "Sigma ROX 11.1 EVO", 1 }, { "Urban Biker - with barometer", 1 },
		{ "Runtastic Road Bike", 1 }, { "Strava Cycling", 1 },
		{ "Forerunner 305", 0 }, { "StravaGPX", 0 }, { "Polar Vantage V", 0 },
		{ "Microsoft Edge", 0 }, { "Cutting edge app", 0 },
		{ "Garmin Connect", 0 }, { "Apple Watch", 0 }, { "Rox", 0 },
		{ "Bikeshed", 0 }, { "", 0 }, { NULL, 0 },
	};

	(void)state;
	for (size_t i = 0; i < N(cases); i++)
		if (device_text_bike(cases[i].text) != cases[i].bike)
			fail_msg("[%s]: not %d", cases[i].text ? cases[i].text
				 : "(null)", cases[i].bike);
}

/* ---- zones ------------------------------------------------------------ */

static void
offsets_round_only_within_a_minute(void **state)
{
	static const struct {
		int64_t raw;
		int ok;
		int32_t zone;
	} cases[] = {
		{ 0, 1, 0 }, { 3600, 1, 3600 }, { 3595, 1, 3600 },
		{ 3660, 1, 3600 }, { 3661, 0, 0 }, { 3539, 0, 0 },
		{ 3540, 1, 3600 }, { -3600, 1, -3600 }, { -3659, 1, -3600 },
		{ -3661, 0, 0 }, { 19800, 1, 19800 }, /* +05:30 */
		{ 20700, 1, 20700 },                  /* +05:45 */
		{ 1080, 0, 0 },                       /* not +00:15 */
		{ 450, 0, 0 }, { 50400, 1, 50400 }, { -43200, 1, -43200 },
		{ 51300, 0, 0 }, { -50460, 1, -50400 }, { -51300, 0, 0 },
		{ 86400, 0, 0 }, { INT64_MIN / 2, 0, 0 },
		/* both sides of the minute, west and half hours too */
		{ -3540, 1, -3600 }, { -3539, 0, 0 }, { 19740, 1, 19800 },
		{ 19860, 1, 19800 }, { 19861, 0, 0 }, { 19739, 0, 0 },
	};

	(void)state;
	for (size_t i = 0; i < N(cases); i++) {
		int32_t z = 12345;
		int ok = utc_offset_zone(&z, cases[i].raw) == 0;

		if (ok != cases[i].ok || (ok && z != cases[i].zone))
			fail_msg("%lld: %d %d", (long long)cases[i].raw, ok,
				 (int)z);
	}
}

/* The stored and shown names of the sources: each parses back, and
 * "not recorded" has none (NULL: JSON null, SQL NULL). */
static void
source_names_round_trip(void **state)
{
	static const char *const sports[] = { "default", "file", "export", "name", "device",
					      "data", "speed", "user" };
	static const char *const offsets[] = { "file", "device", "tz-option", "system",
					       "entered" };

	(void)state;
	for (int i = 0; i < SPORT_SRC__COUNT; i++) {
		enum sport_source back;
		const char *n = sport_source_name((enum sport_source)i);

		if (i == SPORT_SRC_UNKNOWN) {
			assert_null(n);
			continue;
		}
		assert_string_equal(n, sports[i]);
		assert_int_equal(sport_source_parse(&back, n), 0);
		assert_int_equal(back, i);
	}
	for (int i = 0; i < OFFSET_SRC__COUNT; i++) {
		enum offset_source back;
		const char *n = offset_source_name((enum offset_source)i);

		if (i == OFFSET_SRC_NONE) {
			assert_null(n);
			continue;
		}
		assert_string_equal(n, offsets[i - 1]);
		assert_int_equal(offset_source_parse(&back, n), 0);
		assert_int_equal(back, i);
	}
	{
		enum sport_source s;
		enum offset_source o;
		assert_int_equal(sport_source_parse(&s, ""), -1);
		assert_int_equal(offset_source_parse(&o, ""), -1);
		assert_int_equal(offset_source_parse(&o, "tz"), -1);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(source_names_round_trip),
		cmocka_unit_test(type_map_says_whether_specific),
		cmocka_unit_test(names_in_strava_languages),
		cmocka_unit_test(names_that_say_nothing),
		cmocka_unit_test(strong_name_words_beat_weak_ones),
		cmocka_unit_test(pace_limit_follows_the_records),
		cmocka_unit_test(pace_either_side_of_the_limit),
		cmocka_unit_test(pace_reason_names_pace_and_distance),
		cmocka_unit_test(sustained_speed_either_side_of_the_limit),
		cmocka_unit_test(no_clue_and_no_pace_is_not_a_run),
		cmocka_unit_test(each_clue_alone),
		cmocka_unit_test(clues_in_order_of_precedence),
		cmocka_unit_test(speed_overrules_every_run),
		cmocka_unit_test(apply_fixes_cadence),
		cmocka_unit_test(settle_writes_a_note_only_when_inferred),
		cmocka_unit_test(fit_devices),
		cmocka_unit_test(text_devices),
		cmocka_unit_test(offsets_round_only_within_a_minute),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
