/* source.h - the import pipeline's reading side: walks the paths given
 * (files, folders, zip archives with nested zips, standard input), reads
 * each file once, whole, into a buffer its worker reuses (gzip and zip
 * entries inflated), hashes its bytes, tells the format by content, and
 * decodes it on worker threads. The caller (one writer) receives each file's outcome in turn.
 *
 * Nothing here touches the database: the writer passes in the hashes it
 * has already imported and decides what to store.
 */
#ifndef TALUS_SOURCE_H
#define TALUS_SOURCE_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "core/activity.h"
#include "core/run.h"
#include "util/err.h"

#define IMPORT_HASH_HEX 33 /* 128-bit hash in hex, and a NUL */

/* What a Strava export's activities.csv says about one activity file. */
struct strava_meta {
	char name[128];
	char gear[128];
	char type[32];   /* Strava's activity type, "" when absent */
	enum sport sport;
	enum surface surface;
};

enum import_outcome {
	IMPORT_DECODED = 0, /* acts holds what the file holds (msg: a warning) */
	IMPORT_SEEN,        /* the same bytes were imported before: skipped */
	IMPORT_IGNORED,     /* not an activity file (unknown content, a
			       non-activity name): counted, not an error */
	IMPORT_FAILED,      /* malformed: msg says why and where */
};

/* One row of a talus export's runs.csv (import/talus_csv.h): an activity
 * as the log keeps it, its shoe by name in r.shoe, and the file's line. */
struct import_row {
	struct run_entry r;
	long line;
};

/* One file's outcome. Owned by the pipeline; valid during deliver(). */
struct import_file {
	const char *path;            /* "run.gpx", "export.zip:activities/1.fit.gz" */
	char hash[IMPORT_HASH_HEX];  /* XXH3-128 of its bytes as stored */
	enum import_outcome outcome;
	char msg[512];               /* the error, or a warning; "" if none */
	uint64_t bytes;              /* bytes read */
	struct activity_vec acts;
	struct import_row *rows;     /* a talus runs.csv: its good rows (acts
					is then empty; msg names the bad ones) */
	size_t nrows;
	int runs_csv;                /* 1 for a talus runs.csv */
	const struct strava_meta *meta; /* from activities.csv, or NULL */
	const char *stamp;           /* see import_plan_new(); NULL for stdin */
	int nest;                    /* the nested zip it came from, or -1 */
};

struct import_opts {
	int jobs;                      /* worker threads, >= 1 */
	const char *const *seen;       /* sorted hashes already imported */
	size_t nseen;
	volatile sig_atomic_t *stop;   /* set (by a signal) to stop early */
};

/* The work found under the paths: counted before decoding starts, for the
 * progress bar. */
struct import_plan;

/* Walks paths and lists every file to read. '-' is standard input, read
 * here. A path that does not exist is TALUS_EINVAL; an unreadable folder
 * or archive TALUS_EIO naming it; a Strava activities.csv that cannot be
 * parsed TALUS_EPARSE.
 *
 * Every file gets a stamp that names it without reading it: "f:SIZE:MTIME:
 * PATH" for a file on disk, "z:CRC32:SIZE:NAME" for a zip entry (its
 * CRC-32 and size from the archive's directory; NAME the entry's path
 * below the outermost archive). A file whose stamp is among stamps (sorted)
 * is delivered as IMPORT_SEEN without being read, and a nested zip whose
 * stamp is there is not even extracted. */
int import_plan_new(struct import_plan **out, const char *const *paths,
		    size_t npaths, const char *const *stamps, size_t nstamps,
		    struct talus_err *err);
/* Called by the writer for each delivered file of a nested zip: when it
 * was the last one and none failed, returns the nested zip's own stamp to
 * remember (so a later import skips the whole archive); else NULL. */
const char *import_nest_delivered(struct import_plan *p, int nest, int failed);
size_t import_plan_files(const struct import_plan *p);
uint64_t import_plan_bytes(const struct import_plan *p); /* as stored */
/* 1 when the paths held a Strava export (an activities.csv). */
int import_plan_is_strava(const struct import_plan *p);
void import_plan_free(struct import_plan *p);

/* Decodes every file of the plan on o->jobs threads and calls deliver on
 * the calling thread for each, one at a time, in no fixed order; deliver
 * returns 0 to go on, non-zero to stop (its value is returned). Returns 0,
 * or TALUS_EINTR when *o->stop was set. */
int import_run(struct import_plan *p, const struct import_opts *o,
	       int (*deliver)(void *payload, struct import_file *f),
	       void *payload, struct talus_err *err);

/* Decodes one file held in memory (an upload): a .fit, .gpx or .tcx,
 * gzipped or not (or a talus runs.csv, into rows), through the same
 * decoders as import_run(), on the calling thread. out->path gets a copy of name; the outcome is
 * IMPORT_DECODED, IMPORT_IGNORED (a FIT file of another kind) or
 * IMPORT_FAILED with out->msg saying why (a zip archive too: give its path
 * to import_plan_new()). Returns the outcome; release out with
 * import_file_release(). */
int import_decode(struct import_file *out, const char *name, const void *buf, size_t len);
void import_file_release(struct import_file *f);

/* Hex XXH3-128 of a buffer, as the pipeline computes it. */
void import_hash(char out[IMPORT_HASH_HEX], const void *buf, size_t len);

#endif
