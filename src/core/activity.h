/* activity.h - one activity (a run, or another sport), as the log keeps it
 * and as the importers produce it. Pure data: no I/O.
 *
 * Units are SI: metres, seconds, beats and steps per minute. A double that
 * is unknown holds NAN (test with isnan); JSON shows it as null.
 */
#ifndef TALUS_ACTIVITY_H
#define TALUS_ACTIVITY_H

#include <stddef.h>
#include <stdint.h>

/* Sports. Only SPORT_RUN counts as running load; the others are kept (with
 * import --all-sports) and shown in the log. */
enum sport {
	SPORT_RUN = 0,
	SPORT_RIDE,
	SPORT_SWIM,
	SPORT_WALK,
	SPORT_HIKE,
	SPORT_OTHER,
	SPORT__COUNT
};

/* Surfaces of a run; SURFACE_UNKNOWN when nothing says. */
enum surface {
	SURFACE_UNKNOWN = 0,
	SURFACE_ROAD,
	SURFACE_TRAIL,
	SURFACE_TRACK,
	SURFACE_TREADMILL,
	SURFACE__COUNT
};

/* Where an activity's sport came from. The importers set only
 * SPORT_SRC_FILE (the file stated a specific sport) or SPORT_SRC_NONE (it
 * did not; sport is then a placeholder, SPORT_RUN, or SPORT_OTHER when
 * sport_vague); sport_decide() (core/sport.h) sets the others. */
enum sport_source {
	SPORT_SRC_NONE = 0, /* no clue: a run by default, if its pace allows */
	SPORT_SRC_FILE,     /* the file's own sport: FIT sport, TCX Sport=,
			       GPX <type> */
	SPORT_SRC_EXPORT,   /* an export's index: Strava's activities.csv
			       "Activity Type" */
	SPORT_SRC_NAME,     /* the activity's title: "Afternoon Ride" */
	SPORT_SRC_DEVICE,   /* the recording device: a bike computer */
	SPORT_SRC_DATA,     /* the data: power, gear changes */
	SPORT_SRC_SPEED,    /* too fast to be a run */
	SPORT_SRC_USER,     /* the user said so (run add, run edit --sport):
			       never second-guessed, and an import of the
			       same activity never replaces it */
	SPORT_SRC_UNKNOWN,  /* not recorded: a row from before the log kept
			       it (schema 7) */
	SPORT_SRC__COUNT
};

/* Where utc_offset_s came from. The importers set FILE or DEVICE (and
 * has_offset) or leave NONE; the import's writer turns NONE into TZ or
 * SYSTEM as it fills in the offset; a typed run is ENTERED. */
enum offset_source {
	OFFSET_SRC_NONE = 0, /* not known: the file said nothing (before the
				writer), or a row from before the log kept it
				(schema 7) */
	OFFSET_SRC_FILE,     /* written in the file's times ("+02:00") */
	OFFSET_SRC_DEVICE,   /* the device's local clock against UTC (FIT
				activity.local_timestamp) */
	OFFSET_SRC_TZ,       /* the zone of import --tz at the start */
	OFFSET_SRC_SYSTEM,   /* the system zone at the start: a guess */
	OFFSET_SRC_ENTERED,  /* a time typed in (run add, run edit --date),
				in the system zone */
	OFFSET_SRC__COUNT
};

struct activity {
	int64_t id;            /* store row id; 0 before insertion */
	enum sport sport;      /* what was done */
	enum surface surface;  /* for runs: road, trail, track, treadmill */
	int64_t start_utc;     /* start, seconds since 1970-01-01T00:00:00Z */
	int32_t utc_offset_s;  /* local time = UTC + this; -50400..50400 */
	int has_offset;        /* 1 when the file said the offset */
	enum offset_source offset_src; /* where utc_offset_s came from; from
					  the importers FILE or DEVICE exactly
					  when has_offset, else NONE; stored */
	int has_time;          /* 0 for a manual run given a date only */
	double elapsed_s;      /* wall-clock duration, or NAN */
	double moving_s;       /* moving (timer) time, or NAN */
	double distance_m;     /* > 0 for a run; the device's where present */
	double elev_gain_m;    /* total ascent, or NAN */
	double avg_hr;         /* mean heart rate, bpm, or NAN */
	double avg_cadence;    /* steps per minute, or NAN */
	int64_t points;        /* track points read; 0 for a manual entry */
	int truncated;         /* 1 when the file ended early: kept up to its
				  last whole message */
	char name[128];        /* title from the file or export, or "" */

	/* What the file says about its sport, as the importers saw it;
	 * sport_decide() weighs these. Not stored, but for sport_src (what
	 * decided the sport, after sport_decide()). */
	enum sport_source sport_src; /* see enum sport_source */
	uint8_t sport_vague;   /* 1 when the file named a sport too vague to
				  use (FIT generic, TCX "Other"): other,
				  unless a later clue says more */
	uint8_t bike_device;   /* 1 when device is a bike computer */
	uint8_t has_power;     /* power data (W > 0) in the file */
	uint8_t has_gear_changes; /* FIT gear-change events (42, 43) */
	uint8_t cadence_doubled; /* avg_cadence is twice the device's cycles a
				    minute (strides to steps, for a foot
				    sport); a change of sport undoes it */
	char device[48];       /* the recording device or app, for people:
				  "Garmin Edge 1040"; "" unknown */
	double sustained_mps;  /* fastest mean speed over any stretch of at
				  least SPORT_SUSTAIN_S (60 s), m/s, or NAN
				  when the track cannot say */
};

/* Sets every field to its "unknown" value: NAN doubles, zeros, "". */
void activity_init(struct activity *a);

/* A growable array of activities. Initialise with ACTIVITY_VEC_INIT;
 * release with activity_vec_release(). */
struct activity_vec {
	struct activity *v; /* items */
	size_t n;           /* used */
	size_t alloc;       /* allocated */
};
#define ACTIVITY_VEC_INIT { NULL, 0, 0 }

/* Appends an activity set up by activity_init() and returns it. */
struct activity *activity_vec_push(struct activity_vec *vec);
void activity_vec_release(struct activity_vec *vec);

const char *sport_name(enum sport s);       /* "run", "ride", ... */
int sport_parse(enum sport *out, const char *s); /* 0 or -1 */
const char *surface_name(enum surface s);   /* "road", ..., "" unknown */
int surface_parse(enum surface *out, const char *s);
/* "default" (no clue), "file", "export", "name", "device", "data",
 * "speed", "user"; NULL for SPORT_SRC_UNKNOWN. */
const char *sport_source_name(enum sport_source s);
int sport_source_parse(enum sport_source *out, const char *s); /* 0 or -1 */
/* "file", "device", "tz-option", "system", "entered"; NULL for
 * OFFSET_SRC_NONE. */
const char *offset_source_name(enum offset_source s);
int offset_source_parse(enum offset_source *out, const char *s); /* 0 or -1 */

/* A UTC offset measured as the difference of two clocks, in seconds,
 * as a zone: rounded to the nearest quarter hour when it is within 60 s
 * of one (a device clock a few seconds off), and within +-14:00. Returns 0
 * and sets *out, or -1 when raw is no zone's offset (a 1,080 s difference
 * is not +00:15: it is unknown). */
int utc_offset_zone(int32_t *out, int64_t raw_s);

/* Great-circle distance in metres between two WGS84 points given in
 * degrees, on a sphere of radius 6371008.8 m (the IUGG mean radius; the
 * same radius the peers that tests/unit/import compare against use). */
double haversine_m(double lat1, double lon1, double lat2, double lon2);

#endif
