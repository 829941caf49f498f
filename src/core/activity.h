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

struct activity {
	int64_t id;            /* store row id; 0 before insertion */
	enum sport sport;      /* what was done */
	enum surface surface;  /* for runs: road, trail, track, treadmill */
	int64_t start_utc;     /* start, seconds since 1970-01-01T00:00:00Z */
	int32_t utc_offset_s;  /* local time = UTC + this; -50400..50400 */
	int has_offset;        /* 1 when the file said the offset */
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

/* Great-circle distance in metres between two WGS84 points given in
 * degrees, on a sphere of radius 6371008.8 m (the IUGG mean radius; the
 * same radius the peers that tests/unit/import compare against use). */
double haversine_m(double lat1, double lon1, double lat2, double lon2);

#endif
