/* fuzz_talus_csv.c - libFuzzer harness for the runs.csv of a talus export
 * (import/talus_csv.c).
 *
 * Checks that any bytes give 0 or TALUS_EPARSE with a message (and
 * TALUS_EPARSE exactly when the header row is not there), that every good
 * row holds what its columns allow (scores 0-10 or -1, a known sport, an
 * offset within +-14:00, the local day the date's, NUL-terminated text
 * within its arrays), that a bad row's message names its line, and that
 * line numbers never go back. Seeds: fuzz/corpus/talus_csv.
 */
#include "import/talus_csv.h"
#include "util/date.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define TERMINATED(f) (memchr((f), '\0', sizeof(f)) != NULL)

static int
score_ok(int v)
{
	return v == -1 || (v >= 0 && v <= 10);
}

static int
row_cb(void *payload, const struct run_entry *r, long line, const char *row_error)
{
	long *last_line = payload;
	char want[32];

	if (line < *last_line || line < 2)
		abort();
	*last_line = line;
	if (row_error) {
		snprintf(want, sizeof(want), "line %ld: ", line);
		if (strncmp(row_error, want, strlen(want)))
			abort();
		return 0;
	}
	if (!TERMINATED(r->shoe) || !TERMINATED(r->note) || !TERMINATED(r->a.name))
		abort();
	if (!score_ok(r->rpe) || !score_ok(r->pain_during) || !score_ok(r->pain_after))
		abort();
	if ((unsigned)r->a.sport >= SPORT__COUNT || (unsigned)r->a.surface >= SURFACE__COUNT ||
	    (unsigned)r->side > SIDE_BOTH)
		abort();
	if (r->a.utc_offset_s < -50400 || r->a.utc_offset_s > 50400 || !r->a.has_offset)
		abort();
	if (day_from_utc(r->a.start_utc, r->a.utc_offset_s) != r->day)
		abort();
	if (!(r->a.distance_m >= 0) || r->a.elapsed_s < 0 || r->a.points < 0 ||
	    (r->a.truncated != 0 && r->a.truncated != 1))
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct talus_err err = TALUS_ERR_INIT;
	long last_line = 0;
	char *text;
	int rc;

	/* an exact-size copy, so that ASan sees any read past the end */
	text = malloc(size ? size : 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	rc = talus_csv_parse(text, size, row_cb, &last_line, &err);
	if (rc != 0 && (rc != TALUS_EPARSE || !err.msg[0]))
		abort();
	if ((rc == TALUS_EPARSE) != !talus_csv_sniff(text, size))
		abort();
	free(text);
	return 0;
}
