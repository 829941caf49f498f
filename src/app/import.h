/* import.h - the writer of the import pipeline: what goes into the log
 * from the files src/import reads and decodes (the write policy).
 *
 * Policy: an activity of another sport than running goes in only with
 * all_sports; an activity with an absurd start, distance or duration
 * fails its file; an activity of the same sport starting within
 * IMPORT_DUP_WINDOW_S seconds of one in the log (whatever the time zones)
 * is a duplicate and is left out; a run takes the shoe asked for, else
 * the shoe its Strava gear names (made when missing); an activity without
 * a UTC offset takes that of the zone tz at its start, else the system
 * zone's, and says which (offset_src TZ, SYSTEM). Files are committed in batches of
 * IMPORT_BATCH_FILES, each file's activities together with the record of
 * its content hash and its stamp, so an import stopped at any moment
 * leaves a sound log and the same import run again ends with what an
 * uninterrupted one gives. A failed file is not remembered: a later
 * import tries it again.
 *
 * The rows of a talus export's runs.csv are the log itself: every sport
 * goes in, each row with the shoe of the name it gives (none, and a
 * warning, when the log has none by that name); a row is a duplicate of an
 * activity of the same sport within the window that came from another
 * file or was typed in (and, for a row without a time of day, of the same
 * distance): see store_activity_match().
 */
#ifndef TALUS_APP_IMPORT_H
#define TALUS_APP_IMPORT_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "app/session.h"
#include "core/imported.h"
#include "import/source.h"

#define IMPORT_BATCH_FILES 500   /* files per transaction */
#define IMPORT_DUP_WINDOW_S 60   /* same sport, start within this: a duplicate */


struct app_import_opts {
	const char *const *paths;   /* files, folders, zips or "-" */
	size_t npaths;
	const char *shoe;           /* every run goes in this shoe, or NULL */
	const char *tz;             /* the IANA zone of times that carry no UTC
				       offset (checked with clock_zone_check()),
				       or NULL: the system zone */
	int all_sports;             /* import other sports too */
	int dry_run;                /* read and check, keep nothing */
	int jobs;                   /* reader threads, >= 1 */
	volatile sig_atomic_t *stop; /* set by the front end to stop early;
					may be NULL */
	/* Called on the calling thread after each file, with its status
	 * ("imported", "duplicate", "skipped", "failed"; f->msg says why),
	 * a warning to show for a file that went in or was left out (or
	 * NULL), and the activities that went in; may be NULL. */
	void (*file)(void *payload, const struct import_file *f, const char *status,
		     const char *warning, const struct activity *kept, size_t nkept,
		     const struct import_summary *t);
	void *payload;
};

/* Imports the paths into the session's athlete's log. 0 (with
 * out->interrupted when stopped early, what was read committed), or an
 * error: a missing path is TALUS_EINVAL, an unknown --shoe
 * TALUS_ENOTFOUND. Commits its batches through the session; the last
 * batch is left to the caller's session_commit() (rolled back with
 * dry_run). */
int app_import(struct import_summary *out, struct session *s,
	       const struct app_import_opts *o, struct talus_err *err);

#endif
