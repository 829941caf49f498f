/* csv.h - an RFC 4180 writer into a strbuf: fields separated by commas,
 * rows ended by CRLF, a field quoted when it holds a comma, a quote, a
 * CR or LF, or begins or ends with a blank (quotes inside doubled). Text
 * goes out byte for byte as given: newlines, quotes and UTF-8 are kept.
 * The reader is src/import/csv.c. */
#ifndef TALUS_CSV_H
#define TALUS_CSV_H

#include <stdint.h>

#include "util/strbuf.h"

/* A row being written: fields are appended one by one, then ended. */
struct csv_row {
	struct strbuf *sb; /* borrowed */
	int fields;        /* written in this row */
};

void csv_row_begin(struct csv_row *r, struct strbuf *sb);
/* A text field (NULL: empty). */
void csv_str(struct csv_row *r, const char *s);
/* A number, written with as few digits as read back give the same
 * double; NAN (unknown) is an empty field. */
void csv_num(struct csv_row *r, double v);
void csv_int(struct csv_row *r, long long v);
/* An integer, or an empty field when v < 0 (a score not given). */
void csv_score(struct csv_row *r, int v);
/* Ends the row with CRLF. */
void csv_row_end(struct csv_row *r);

/* The shortest of %.15g, %.16g and %.17g that reads back as v, into buf
 * (at least 32 bytes); returns buf. */
char *csv_format_double(char *buf, double v);

#endif
