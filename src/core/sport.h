/* sport.h - what sport an imported activity is, from every clue the file
 * and its context give, and why. Pure: no I/O, no clock, no allocation.
 *
 * The importers report what a file states (struct activity: sport and
 * sport_src, sport_vague) and the clues they can see (device, power, gear
 * changes, a sustained speed); sport_decide() weighs them, strongest
 * first, and says why in words the writer prints as a warning:
 *
 *   1. the file's own sport, when it is specific (FIT sport, TCX Sport=,
 *      GPX <type>; FIT "generic" and TCX "Other" are not);
 *   2. the export's index: Strava's activities.csv "Activity Type";
 *   3. the activity's name: "Afternoon Ride", "Radfahrt am Morgen",
 *      "Natación matutina" (sport_from_name);
 *   4. the device and the data: a bike computer, gear changes, power;
 *   5. otherwise a run, talus being a running log.
 * Then the speed: whatever would be a run but is faster than a runner can
 * be (sport_run_pace_limit_s_km(), SPORT_SUSTAIN_MAX_MPS) is SPORT_OTHER,
 * and a file with no clue at all and no distance and time to check is
 * SPORT_OTHER too: nothing becomes a run silently without its pace
 * passing. The thresholds and their reasons are in
 * docs/internals/import.md.
 */
#ifndef TALUS_SPORT_H
#define TALUS_SPORT_H

#include <stddef.h>

#include "core/activity.h"

/* The sustained speed is the best mean over this long or longer (s). */
#define SPORT_SUSTAIN_S 60
/* Faster than this over SPORT_SUSTAIN_S is no run (m/s): 36 km/h, 1:40/km.
 * The 400 m world record is 43.03 s (9.30 m/s, for 43 s); the best 600 m
 * (1:12.81) is 8.24 m/s. Nobody runs 9 m/s for a minute; the margin to 10
 * covers GPS error at the ends of the stretch. */
#define SPORT_SUSTAIN_MAX_MPS 10.0
/* The margin over the men's world-record pace for a distance that a
 * moving pace must beat to be no run's (1.12: 12% slower than the record,
 * so 2:49/km over 5 km, 2:56/km over 10 km, 3:12/km over a marathon). It
 * covers GPS distance that runs long and a timer paused at every stop. */
#define SPORT_PACE_MARGIN 1.12
/* Below this distance (m) the pace is judged as if over this distance. */
#define SPORT_PACE_MIN_M 400.0

/* The verdict on one activity. */
struct sport_verdict {
	enum sport sport;
	enum surface surface;
	enum sport_source src;   /* what decided it */
	int inferred;            /* 1 when the writer should say why: the
				    sport is not simply what the file, the
				    export or the user stated */
	char reason[256];        /* "named 'Afternoon Ride'", "recorded by a
				    Garmin Edge 1040 (a bike computer)", ... */
};

/* Decides a's sport from its clues and, when not NULL or "", the export's
 * "Activity Type" (Strava's words: "Run", "Ride", "Trail Run"...). a is
 * only read. */
void sport_decide(struct sport_verdict *out, const struct activity *a,
		  const char *export_type);

/* Sets a's sport, surface and sport_src from v; undoes or does the
 * strides-to-steps doubling of avg_cadence when the sport moves off or
 * onto foot (run, walk, hike). */
void sport_apply(struct activity *a, const struct sport_verdict *v);

/* sport_decide() and sport_apply(), and when the verdict is inferred,
 * appends to msg (size n, NUL-terminated, "; "-separated, cut to fit) a
 * note such as "activity 2: ride, not a run: power data" ("activity N: "
 * only when count > 1; index is 1-based). Returns v.inferred. */
int sport_settle(struct activity *a, const char *export_type, char *msg,
		 size_t n, size_t index, size_t count);

/* Maps an activity type as exporters write it to a sport and surface: GPX
 * <type> ("running", "trail_running", "Run", Strava's numeric "9"), TCX
 * Sport= ("Running", "Biking", "Other"), Strava's activity types ("Trail
 * Run", "Virtual Run", "E-Bike Ride"). Case, spaces, '_' and '-' are
 * ignored. Returns 1 for a specific sport; 0 for a word that names none
 * ("Other", "generic", "unknown": SPORT_OTHER); -1 for NULL or "" (no
 * type: SPORT_RUN, the placeholder). Unknown text ("Yoga") is a specific
 * SPORT_OTHER. */
int sport_type_map(const char *type, enum sport *sport,
		   enum surface *surface);

/* The sport an activity's title names, in the languages Strava writes
 * its default titles in (English, German, French, Spanish, Italian,
 * Dutch, Portuguese, Polish, Scandinavian): 1 and *out when one sport is
 * named ("Afternoon Ride", "Nachmittagsradfahrt", "Sortie vélo le matin"),
 * 0 when none is or the words disagree ("Swim Bike Run"). */
int sport_from_name(enum sport *out, const char *name);

/* The fastest moving pace (s/km) a runner can hold over distance_m,
 * with SPORT_PACE_MARGIN: interpolated in log(distance) between men's
 * world records from 400 m to 100 km, flat outside them. */
double sport_run_pace_limit_s_km(double distance_m);

#endif
