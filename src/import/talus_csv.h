/* talus_csv.h - the runs.csv of a talus export (docs/export.md), read
 * back by `talus import`.
 *
 * The file is known by its header row: exactly the names of
 * core/export.h's export_run_columns joined by commas (after an optional
 * UTF-8 BOM), so that no other CSV is mistaken for it. Each row is one
 * activity as the log keeps it: its local date, time (empty when none was
 * given) and UTC offset, sport, distance, durations, surface, shoe (by
 * name), scores, side, note and what an imported file said (name,
 * climb, heart rate, cadence, points, truncated). Text is taken byte for
 * byte. A row that cannot be read is passed with a message naming its
 * line and must not be imported; the rows after it still are. Pure: no
 * I/O.
 */
#ifndef TALUS_TALUS_CSV_H
#define TALUS_TALUS_CSV_H

#include <stddef.h>

#include "core/run.h"
#include "util/err.h"

/* 1 when buf begins with runs.csv's header row. */
int talus_csv_sniff(const void *buf, size_t len);

/* Parses a whole runs.csv and calls cb once per data row, in order;
 * blank lines are skipped. For a good row row_error is NULL and r holds
 * the run: a.start_utc from the date, time and offset (noon when no time
 * was given, a.has_time 0), a.has_offset 1, a.sport_src SPORT_SRC_USER,
 * the shoe's name in r->shoe (r->shoe_id 0) and r->day. For a bad row
 * row_error says why ("line 7: unreadable date '2026-02-30'") and r is
 * not to be used. line is the file's line the row starts on. Returns 0;
 * TALUS_EPARSE when the file does not begin with the header row; or, when
 * cb returns non-zero, stops and returns that. r and row_error are
 * borrowed: valid during the call only. */
int talus_csv_parse(const char *buf, size_t len,
		    int (*cb)(void *payload, const struct run_entry *r, long line,
			      const char *row_error),
		    void *payload, struct talus_err *err);

#endif
