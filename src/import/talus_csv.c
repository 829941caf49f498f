/* talus_csv.c - a talus export's runs.csv, row by row (see talus_csv.h).
 *
 * Every field of a row is read whole (a note up to NOTE_MAX bytes), then
 * checked; the first field that does not hold what its column says
 * makes the row's error. */
#include "import/talus_csv.h"

#include "core/export.h"
#include "import/csv.h"
#include "util/date.h"
#include "util/xalloc.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIELD_CAP (NOTE_MAX + 1)
#define MAX_OFFSET_S 50400 /* +-14:00 */

/* The header row, built once from the column names. */
static void
header(char *buf, size_t n)
{
	size_t len = 0;

	buf[0] = '\0';
	for (int i = 0; i < ERC__COUNT; i++)
		len += (size_t)snprintf(buf + len, n - len, "%s%s", i ? "," : "",
					export_run_columns[i]);
}

int
talus_csv_sniff(const void *buf, size_t len)
{
	const char *s = buf;
	char h[512];
	size_t hl;

	if (len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
		s += 3;
		len -= 3;
	}
	header(h, sizeof(h));
	hl = strlen(h);
	return len > hl && !memcmp(s, h, hl) && (s[hl] == '\r' || s[hl] == '\n');
}

/* A plain decimal number as the writer writes it (strtod's forms, no
 * blanks); 0 or -1. */
static int
number(double *out, const char *s)
{
	char *end;

	if (!*s || *s == ' ' || *s == '\t')
		return -1;
	errno = 0;
	*out = strtod(s, &end);
	return *end || errno == ERANGE || !isfinite(*out) ? -1 : 0;
}

/* An empty field is unknown (NAN); else a number >= 0. */
static int
opt_number(double *out, const char *s)
{
	if (!*s) {
		*out = NAN;
		return 0;
	}
	return number(out, s) || *out < 0 ? -1 : 0;
}

static int
whole(long long *out, const char *s, long long min, long long max)
{
	char *end;

	if (!*s || *s == ' ' || *s == '+')
		return -1;
	errno = 0;
	*out = strtoll(s, &end, 10);
	return *end || errno || *out < min || *out > max ? -1 : 0;
}

/* A score 0-10, or -1 when empty. */
static int
score(int *out, const char *s)
{
	long long v;

	if (!*s) {
		*out = -1;
		return 0;
	}
	if (whole(&v, s, 0, 10))
		return -1;
	*out = (int)v;
	return 0;
}

static int
two(const char *s, int max)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	return (s[0] - '0') * 10 + (s[1] - '0') <= max ? (s[0] - '0') * 10 + (s[1] - '0') : -1;
}

/* "HH:MM" or "HH:MM:SS" as seconds after midnight; -1 if neither. */
static int
clock_time(const char *s)
{
	int h, m, sec = 0;

	if (strlen(s) != 5 && strlen(s) != 8)
		return -1;
	if ((h = two(s, 23)) < 0 || s[2] != ':' || (m = two(s + 3, 59)) < 0)
		return -1;
	if (s[5] && (s[5] != ':' || (sec = two(s + 6, 59)) < 0))
		return -1;
	return h * 3600 + m * 60 + sec;
}

/* "+HH:MM" or "-HH:MM[:SS]" within +-14:00; 0 or -1. */
static int
offset(int32_t *out, const char *s)
{
	int h, m, sec = 0, v;

	if ((s[0] != '+' && s[0] != '-') || (strlen(s) != 6 && strlen(s) != 9))
		return -1;
	if ((h = two(s + 1, 14)) < 0 || s[3] != ':' || (m = two(s + 4, 59)) < 0)
		return -1;
	if (s[6] && (s[6] != ':' || (sec = two(s + 7, 59)) < 0))
		return -1;
	v = h * 3600 + m * 60 + sec;
	if (v > MAX_OFFSET_S)
		return -1;
	*out = s[0] == '-' ? -v : v;
	return 0;
}

/* Fills r from the fields of a row; NULL, or what is wrong (into msg). */
static const char *
decode_row(struct run_entry *r, char (*f)[FIELD_CAP], const size_t *len, long line,
	   char *msg, size_t n)
{
	int32_t day;
	int sec;
	long long v = 0;
	int bad;

	run_entry_init(r);
	for (int i = 0; i < ERC__COUNT; i++)
		if (len[i] >= FIELD_CAP) {
			snprintf(msg, n, "line %ld: the %s is longer than %d bytes", line,
				 export_run_columns[i], NOTE_MAX);
			return msg;
		}
#define BAD(c) do { bad = (c); goto fail; } while (0)
	if (date_parse(&day, f[ERC_DATE]))
		BAD(ERC_DATE);
	sec = f[ERC_TIME][0] ? clock_time(f[ERC_TIME]) : 12 * 3600;
	if (sec < 0)
		BAD(ERC_TIME);
	if (offset(&r->a.utc_offset_s, f[ERC_UTC_OFFSET]))
		BAD(ERC_UTC_OFFSET);
	r->a.has_time = f[ERC_TIME][0] != '\0';
	r->a.has_offset = 1;
	r->a.offset_src = OFFSET_SRC_FILE;
	r->a.start_utc = (int64_t)day * 86400 + sec - r->a.utc_offset_s;
	r->day = day;
	if (sport_parse(&r->a.sport, f[ERC_SPORT]))
		BAD(ERC_SPORT);
	r->a.sport_src = SPORT_SRC_USER;
	if (number(&r->a.distance_m, f[ERC_DISTANCE]) || r->a.distance_m < 0)
		BAD(ERC_DISTANCE);
	if (opt_number(&r->a.elapsed_s, f[ERC_ELAPSED]))
		BAD(ERC_ELAPSED);
	if (opt_number(&r->a.moving_s, f[ERC_MOVING]))
		BAD(ERC_MOVING);
	if (f[ERC_SURFACE][0] && surface_parse(&r->a.surface, f[ERC_SURFACE]))
		BAD(ERC_SURFACE);
	if (len[ERC_SHOE] >= sizeof(r->shoe))
		BAD(ERC_SHOE);
	memcpy(r->shoe, f[ERC_SHOE], len[ERC_SHOE] + 1);
	if (score(&r->rpe, f[ERC_RPE]))
		BAD(ERC_RPE);
	if (score(&r->pain_during, f[ERC_PAIN_DURING]))
		BAD(ERC_PAIN_DURING);
	if (score(&r->pain_after, f[ERC_PAIN_AFTER]))
		BAD(ERC_PAIN_AFTER);
	if (f[ERC_SIDE][0] && side_parse(&r->side, f[ERC_SIDE]))
		BAD(ERC_SIDE);
	memcpy(r->note, f[ERC_NOTE], len[ERC_NOTE] + 1);
	if (len[ERC_NAME] >= sizeof(r->a.name))
		BAD(ERC_NAME);
	memcpy(r->a.name, f[ERC_NAME], len[ERC_NAME] + 1);
	if (opt_number(&r->a.elev_gain_m, f[ERC_ELEV_GAIN]))
		BAD(ERC_ELEV_GAIN);
	if (opt_number(&r->a.avg_hr, f[ERC_AVG_HR]))
		BAD(ERC_AVG_HR);
	if (opt_number(&r->a.avg_cadence, f[ERC_AVG_CADENCE]))
		BAD(ERC_AVG_CADENCE);
	if (f[ERC_POINTS][0] && whole(&v, f[ERC_POINTS], 0, INT64_MAX))
		BAD(ERC_POINTS);
	r->a.points = f[ERC_POINTS][0] ? v : 0;
	if (f[ERC_TRUNCATED][0] && whole(&v, f[ERC_TRUNCATED], 0, 1))
		BAD(ERC_TRUNCATED);
	r->a.truncated = f[ERC_TRUNCATED][0] ? (int)v : 0;
	/* where the sport and the offset came from, as the log had them
	 * (empty: not recorded) */
	r->a.sport_src = SPORT_SRC_UNKNOWN;
	if (f[ERC_SPORT_SOURCE][0] && sport_source_parse(&r->a.sport_src, f[ERC_SPORT_SOURCE]))
		BAD(ERC_SPORT_SOURCE);
	r->a.offset_src = OFFSET_SRC_NONE;
	if (f[ERC_OFFSET_SOURCE][0] && offset_source_parse(&r->a.offset_src, f[ERC_OFFSET_SOURCE]))
		BAD(ERC_OFFSET_SOURCE);
#undef BAD
	return NULL;
fail:
	snprintf(msg, n, "line %ld: unreadable %s '%.60s'", line, export_run_columns[bad],
		 f[bad]);
	return msg;
}

int
talus_csv_parse(const char *buf, size_t len,
		int (*cb)(void *payload, const struct run_entry *r, long line,
			  const char *row_error),
		void *payload, struct talus_err *err)
{
	struct csv_reader c;
	char (*f)[FIELD_CAP];
	size_t flen[ERC__COUNT];
	struct run_entry *r;
	int rc = 0, open_quote = 0;

	if (!talus_csv_sniff(buf, len))
		return err_set(err, TALUS_EPARSE, "runs.csv line 1: not the header row of a "
			       "talus export");
	csv_reader_init(&c, buf, len);
	while (!csv_at_end(&c) && csv_read_field(&c, NULL, 0, NULL, &open_quote) == CSV_COMMA)
		; /* the header */
	f = xmalloc(sizeof(*f) * ERC__COUNT);
	r = xmalloc(sizeof(*r));
	while (!csv_at_end(&c) && !rc) {
		char msg[256];
		const char *row_error = NULL;
		long line = c.line;
		int ncols = 0, k;

		if (csv_at_blank(&c)) {
			csv_read_field(&c, NULL, 0, NULL, &open_quote);
			continue;
		}
		do {
			if (ncols < ERC__COUNT)
				k = csv_read_field(&c, f[ncols], FIELD_CAP, &flen[ncols], &open_quote);
			else
				k = csv_read_field(&c, NULL, 0, NULL, &open_quote);
			ncols++;
		} while (k == CSV_COMMA);
		if (open_quote) {
			snprintf(msg, sizeof(msg), "line %ld: the file ends inside a quoted field",
				 line);
			row_error = msg;
		} else if (ncols != ERC__COUNT) {
			snprintf(msg, sizeof(msg), "line %ld: %d fields, expected %d", line, ncols,
				 ERC__COUNT);
			row_error = msg;
		} else {
			row_error = decode_row(r, f, flen, line, msg, sizeof(msg));
		}
		rc = cb(payload, r, line, row_error);
	}
	free(f);
	free(r);
	return rc;
}
