/* strava_csv.h - the activities.csv of a Strava bulk export.
 *
 * Two layouts exist, told apart by the header; columns are found by their
 * header name (case and surrounding blanks ignored), never by position:
 *   - older (until mid 2019): id,date,name,type,description,elapsed_time,
 *     distance,commute,gear,filename; date "2015-06-16 14:27:56" (UTC);
 *     distance in metres.
 *   - current: "Activity ID","Activity Date","Activity Name","Activity
 *     Type","Activity Description","Elapsed Time","Distance",...,"Activity
 *     Gear","Filename",... with some names twice; date "Oct 01, 2024,
 *     11:35:00 AM" (UTC). The first "Distance" is in kilometres (rounded to
 *     0.01), the second, after "Moving Time", in metres: the metres win
 *     when both are there. The first "Elapsed Time" is in seconds.
 * The CSV is RFC 4180: quoted fields, doubled quotes, commas and newlines
 * inside quotes, CRLF or LF, an optional UTF-8 BOM. Pure: no I/O.
 */
#ifndef TALUS_STRAVA_CSV_H
#define TALUS_STRAVA_CSV_H

#include <stddef.h>
#include <stdint.h>

#include "core/activity.h"
#include "util/err.h"

/* One data row. Text fields are "" when absent and cut (at a UTF-8
 * boundary) to fit. */
struct strava_row {
	char id[32];          /* "Activity ID" / id */
	int64_t start_utc;    /* "Activity Date" / date; 0 when row_error */
	char name[128];       /* "Activity Name" / name */
	char type[32];        /* "Activity Type" / type: Run, Trail Run, ... */
	char description[512]; /* "Activity Description" / description */
	double elapsed_s;     /* "Elapsed Time" / elapsed_time; NAN if absent */
	double distance_m;    /* "Distance" (see above); NAN if absent */
	char gear[128];       /* "Activity Gear" / gear */
	char filename[256];   /* "Filename" / filename: activities/1.gpx.gz */
	long line;            /* line of the file the row starts on */
};

/* Parses a whole activities.csv and calls cb once per data row, in order;
 * blank lines are skipped. row_error is NULL for a good row; otherwise the
 * row is still passed (so the caller can name it) with a message such as
 * "activities.csv line 7: unreadable 'Activity Date' \"yesterday\"", and
 * must not be imported: its start_utc is not known. A row whose number is
 * unreadable only loses that number (NAN). A file that ends inside a
 * quoted field passes its last row with an error.
 * Returns 0; TALUS_EPARSE when the header has no date column
 * ("activities.csv line 1: no 'Activity Date' or 'date' column") or the
 * file is empty; or, when cb returns non-zero, stops and returns that. row
 * and row_error are borrowed: valid during the call only. */
int strava_csv_parse(const char *buf, size_t len,
		     int (*cb)(void *payload, const struct strava_row *row,
			       const char *row_error),
		     void *payload, struct talus_err *err);

/* Parses an "Activity Date" of either layout ("Oct 01, 2024, 11:35:00 AM",
 * "2015-06-16 14:27:56", or ISO 8601) as UTC. 0 or -1. */
int strava_date_parse(int64_t *out_utc, const char *s);

/* Maps a Strava activity type to a sport and surface: "Run" -> run, "Trail
 * Run" -> run/trail, "Virtual Run" -> run/treadmill, "Ride", "Virtual
 * Ride", "E-Bike Ride" -> ride, "Swim" -> swim, "Walk" -> walk, "Hike" ->
 * hike, anything else -> other. */
void strava_type_map(const char *type, enum sport *sport,
		     enum surface *surface);

#endif
