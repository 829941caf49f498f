/* imported.h - what an import did, file by file and in all: the summary
 * that `talus import` prints and the web import page shows. Pure data. */
#ifndef TALUS_IMPORTED_H
#define TALUS_IMPORTED_H

#include <stddef.h>
#include <stdint.h>

struct import_summary {
	size_t files;        /* files handled */
	size_t imported, duplicate, skipped, failed;
	size_t acts;         /* activities that went in */
	size_t act_dups;     /* left out as duplicates */
	size_t act_other;    /* left out as other sports */
	size_t offset_system; /* went in with the system zone's UTC offset, the
				 file saying none */
	size_t offset_tz;    /* went in with the offset of tz */
	const char *tz;      /* import --tz ZONE, or NULL */
	uint64_t bytes;      /* bytes read */
	size_t plan_files;   /* files found under the paths */
	uint64_t plan_bytes;
	int strava;          /* the paths held a Strava export */
	int interrupted;     /* stopped early: what was read is kept */
	int dry_run;         /* nothing was kept */
	int all_sports;      /* other sports were imported too */
	int dup_window_s;    /* the duplicate window */
};

#endif
