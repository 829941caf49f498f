/* fuzz_strava_csv.c - libFuzzer harness for the Strava activities.csv
 * parser.
 *
 * Checks that any bytes give 0 or TALUS_EPARSE with a message, that every
 * row handed to the callback has NUL-terminated text fields within their
 * arrays and a line number that never goes back, and that the date parser
 * and the type map accept any NUL-terminated text. Seeds:
 * fuzz/corpus/strava_csv (made-up samples of both layouts).
 */
#include "import/strava_csv.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define TERMINATED(f) (memchr((f), '\0', sizeof(f)) != NULL)

static int
row_cb(void *payload, const struct strava_row *r, const char *row_error)
{
	long *last_line = payload;

	if (!TERMINATED(r->id) || !TERMINATED(r->name) ||
	    !TERMINATED(r->type) || !TERMINATED(r->description) ||
	    !TERMINATED(r->gear) || !TERMINATED(r->filename))
		abort();
	if (r->line < *last_line || r->line < 2)
		abort();
	if (row_error && (!row_error[0] || r->start_utc != 0))
		abort();
	if (r->elapsed_s < 0 || r->distance_m < 0)
		abort();
	*last_line = r->line;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct talus_err err = TALUS_ERR_INIT;
	long last_line = 0;
	char *text;
	int64_t t;
	enum sport sp;
	enum surface su;
	int rc;

	/* an exact-size copy, so that ASan sees any read past the end */
	text = malloc(size ? size : 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	rc = strava_csv_parse(text, size, row_cb, &last_line, &err);
	if (rc != 0 && (rc != TALUS_EPARSE || !err.msg[0]))
		abort();
	free(text);

	text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	(void)strava_date_parse(&t, text);
	strava_type_map(text, &sp, &su);
	if ((unsigned)sp >= SPORT__COUNT || (unsigned)su >= SURFACE__COUNT)
		abort();
	free(text);
	return 0;
}
