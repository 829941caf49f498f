/* csv.h - an RFC 4180 field reader over a buffer, shared by the Strava
 * activities.csv parser and the talus runs.csv decoder: quoted fields,
 * doubled quotes, commas and newlines inside quotes, CRLF or LF, an
 * optional UTF-8 BOM. Lenient as spreadsheets are: a quote after the
 * start of an unquoted field, and text after a closing quote, are kept
 * as they are. Line numbers count physical lines, newlines inside quotes
 * included. Pure: no I/O, no allocation.
 */
#ifndef TALUS_IMPORT_CSV_H
#define TALUS_IMPORT_CSV_H

#include <stddef.h>

struct csv_reader {
	const char *s, *e; /* cursor and end */
	long line;         /* physical line of the cursor, from 1 */
};

/* What ended a field. */
enum { CSV_COMMA, CSV_EOL, CSV_EOF };

/* Starts at buf, past a UTF-8 byte order mark. */
void csv_reader_init(struct csv_reader *c, const char *buf, size_t len);

/* 1 when the cursor is at the end of the input. */
int csv_at_end(const struct csv_reader *c);

/* 1 when the cursor is at an empty line (CR or LF). */
int csv_at_blank(const struct csv_reader *c);

/* Reads one field into dst (cap bytes with the NUL; dst NULL to skip
 * it), cut back to a UTF-8 boundary when it does not fit. *len (may be
 * NULL) gets the field's whole length, so that a caller can tell a cut.
 * Sets *open_quote when the input ends inside quotes. Returns CSV_COMMA,
 * CSV_EOL or CSV_EOF. */
int csv_read_field(struct csv_reader *c, char *dst, size_t cap, size_t *len,
		   int *open_quote);

#endif
