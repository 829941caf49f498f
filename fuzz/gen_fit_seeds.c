/* gen_fit_seeds.c - writes the FIT seed corpus for fuzz_fit into a
 * directory: a handful of small (< 4 KB) hand-built files that reach every
 * part of the decoder (both header sizes, both architectures, developer
 * fields, compressed timestamps, chained files, a file without a session,
 * a truncated file, a non-activity file).
 *
 * The bytes are written with tests/support/fitwrite.c, as test_fit's are.
 * Built with the project (fuzz/CMakeLists.txt); from the repository root:
 *   build/fuzz/gen_fit_seeds fuzz/corpus/fit
 * The files are deterministic: rerunning rewrites the same bytes.
 */
#include "fitwrite.h"
#include "import/fit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint8_t file_id_f[][3] = {
	{ 0, 1, 0x00 }, { 1, 2, 0x84 }, { 4, 4, 0x86 },
};
static const uint8_t record_f[][3] = {
	{ 253, 4, 0x86 }, { 0, 4, 0x85 }, { 1, 4, 0x85 }, { 5, 4, 0x86 },
	{ 3, 1, 0x02 }, { 4, 1, 0x02 },
};
static const uint8_t event_f[][3] = {
	{ 253, 4, 0x86 }, { 0, 1, 0x00 }, { 1, 1, 0x00 },
};
static const uint8_t session_f[][3] = {
	{ 253, 4, 0x86 }, { 2, 4, 0x86 }, { 7, 4, 0x86 }, { 8, 4, 0x86 },
	{ 9, 4, 0x86 }, { 5, 1, 0x00 }, { 6, 1, 0x00 }, { 16, 1, 0x02 },
	{ 18, 1, 0x02 }, { 92, 1, 0x02 }, { 22, 2, 0x84 },
};
static const uint8_t activity_f[][3] = {
	{ 253, 4, 0x86 }, { 5, 4, 0x86 },
};
#define N(a) (sizeof(a) / sizeof((a)[0]))

/* 2024-05-04T06:00:00Z in FIT time. */
#define T0 ((uint32_t)(1714802400 - 631065600))

static void
w_file_id(struct fitw *w, int be, unsigned type)
{
	fitw_def(w, 0, be, 0, N(file_id_f), file_id_f, 0, NULL);
	fitw_u8(w, 0);
	fitw_u8(w, type);
	fitw_u16(w, 1);
	fitw_u32(w, T0);
}

/* Records every 5 s going north-east, 10 m each. */
static void
w_records(struct fitw *w, unsigned local, int be, int n, uint32_t t0)
{
	fitw_def(w, local, be, 20, N(record_f), record_f, 0, NULL);
	for (int i = 0; i < n; i++) {
		fitw_u8(w, local);
		fitw_u32(w, t0 + 5 * (uint32_t)i);
		fitw_u32(w, (uint32_t)(612000000 + 1000 * i));
		fitw_u32(w, (uint32_t)(-1500000 + 1000 * i));
		fitw_u32(w, 1000 * (uint32_t)i);
		fitw_u8(w, 140 + (unsigned)i % 10);
		fitw_u8(w, 85);
	}
}

static void
w_session(struct fitw *w, int be, uint32_t start, uint32_t secs,
	  uint32_t cm, unsigned sport, unsigned sub)
{
	fitw_def(w, 3, be, 18, N(session_f), session_f, 0, NULL);
	fitw_u8(w, 3);
	fitw_u32(w, start + secs);
	fitw_u32(w, start);
	fitw_u32(w, secs * 1000);
	fitw_u32(w, secs * 1000 - 1000);
	fitw_u32(w, cm);
	fitw_u8(w, sport);
	fitw_u8(w, sub);
	fitw_u8(w, 150);
	fitw_u8(w, 86);
	fitw_u8(w, 64);
	fitw_u16(w, 12);
}

static void
w_activity(struct fitw *w, int be, uint32_t t, int32_t offset)
{
	fitw_def(w, 4, be, 34, N(activity_f), activity_f, 0, NULL);
	fitw_u8(w, 4);
	fitw_u32(w, t);
	fitw_u32(w, (uint32_t)((int64_t)t + offset));
}

/* A whole run: file_id, timer start, n records, session, activity. */
static void
w_run(struct fitw *w, unsigned hs, int be, int n, uint32_t t0)
{
	fitw_begin(w, hs);
	w_file_id(w, be, 4);
	fitw_def(w, 2, be, 21, N(event_f), event_f, 0, NULL);
	fitw_u8(w, 2);
	fitw_u32(w, t0);
	fitw_u8(w, 0);
	fitw_u8(w, 0);
	w_records(w, 1, be, n, t0);
	w_session(w, be, t0, 5 * (uint32_t)(n - 1), 1000 * (uint32_t)(n - 1),
		  1, 3);
	w_activity(w, be, t0 + 5 * (uint32_t)(n - 1), 7200);
	fitw_end(w);
}

static int
save(const char *dir, const char *name, const struct fitw *w, size_t n)
{
	char path[1024];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fp = fopen(path, "wb");
	if (!fp || fwrite(w->b, 1, n, fp) != n || fclose(fp) != 0) {
		perror(path);
		return 1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	static const uint8_t dev_id_f[][3] = {
		{ 3, 1, 0x02 }, { 1, 16, 0x0D },
	};
	static const uint8_t field_desc_f[][3] = {
		{ 0, 1, 0x02 }, { 1, 1, 0x02 }, { 2, 1, 0x02 }, { 3, 8, 0x07 },
	};
	static const uint8_t dev_f[][3] = { { 0, 2, 0 } };
	static const uint8_t csd_f[][3] = {
		{ 253, 4, 0x86 }, { 8, 3, 0x0D }, { 3, 1, 0x02 },
	};
	static const uint8_t csd_c_f[][3] = { { 8, 3, 0x0D }, { 3, 1, 0x02 } };
	static const uint8_t sport_f[][3] = { { 0, 1, 0 }, { 1, 1, 0 } };
	struct fitw w = FITW_INIT;
	int rc = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: gen_fit_seeds DIR\n");
		return 2;
	}

	/* 1. A little-endian run with a 14-byte header. */
	w.n = 0;
	w_run(&w, 14, 0, 20, T0);
	rc |= save(argv[1], "run_le.fit", &w, w.n);

	/* 2. Big-endian, 12-byte header, developer fields on records. */
	w.n = 0;
	fitw_begin(&w, 12);
	w_file_id(&w, 1, 4);
	fitw_def(&w, 5, 1, 207, N(dev_id_f), dev_id_f, 0, NULL);
	fitw_u8(&w, 5);
	fitw_u8(&w, 0);
	for (int i = 0; i < 16; i++)
		fitw_u8(&w, (unsigned)i);
	fitw_def(&w, 6, 1, 206, N(field_desc_f), field_desc_f, 0, NULL);
	fitw_u8(&w, 6);
	fitw_u8(&w, 0);
	fitw_u8(&w, 0);
	fitw_u8(&w, 0x84);
	for (int i = 0; i < 8; i++)
		fitw_u8(&w, (unsigned)"power\0\0\0"[i]);
	fitw_def(&w, 1, 1, 20, N(record_f), record_f, N(dev_f), dev_f);
	for (uint32_t i = 0; i < 12; i++) {
		fitw_u8(&w, 1);
		fitw_u32(&w, T0 + i);
		fitw_u32(&w, 612000000 + 900 * i);
		fitw_u32(&w, 0xFFFFFFFF - 1500000 + 900 * i);
		fitw_u32(&w, 300 * i);
		fitw_u8(&w, 150);
		fitw_u8(&w, 88);
		fitw_u16(&w, 250 + i);
	}
	w_session(&w, 1, T0, 11, 3300, 1, 1);
	w_activity(&w, 1, T0 + 11, -18000);
	fitw_end(&w);
	rc |= save(argv[1], "run_be_dev.fit", &w, w.n);

	/* 3. Compressed timestamps (rolling over) and compressed speed and
	 *    distance, no session: the decoder builds the run itself. */
	w.n = 0;
	fitw_begin(&w, 14);
	w_file_id(&w, 0, 4);
	fitw_def(&w, 2, 0, 12, N(sport_f), sport_f, 0, NULL);
	fitw_u8(&w, 2);
	fitw_u8(&w, 1);
	fitw_u8(&w, 2);
	fitw_def(&w, 0, 0, 20, N(csd_f), csd_f, 0, NULL);
	fitw_u8(&w, 0);
	fitw_u32(&w, T0 + 27);
	fitw_u8(&w, 0);
	fitw_u8(&w, 0);
	fitw_u8(&w, 0);
	fitw_u8(&w, 140);
	fitw_def(&w, 1, 0, 20, N(csd_c_f), csd_c_f, 0, NULL);
	for (unsigned i = 1; i <= 40; i++) {
		unsigned dist = (i * 3 * 16) & 0xFFF; /* 3 m a second */

		fitw_u8(&w, 0x80 | (1 << 5) | ((27 + i) & 0x1F));
		fitw_u8(&w, 0x2C);
		fitw_u8(&w, 0x01 | (dist & 0x0F) << 4);
		fitw_u8(&w, dist >> 4);
		fitw_u8(&w, 141);
	}
	fitw_end(&w);
	rc |= save(argv[1], "compressed_nosession.fit", &w, w.n);

	/* 4. Two runs and a settings file chained. */
	w.n = 0;
	w_run(&w, 14, 0, 6, T0);
	w_run(&w, 12, 1, 6, T0 + 3600);
	fitw_begin(&w, 14);
	w_file_id(&w, 0, 2);
	fitw_end(&w);
	rc |= save(argv[1], "chained.fit", &w, w.n);

	/* 5. A run cut in the middle of a record. */
	w.n = 0;
	w_run(&w, 14, 0, 12, T0);
	rc |= save(argv[1], "truncated.fit", &w, w.n * 2 / 3);

	/* 6. Not an activity: a workout file. */
	w.n = 0;
	fitw_begin(&w, 14);
	w_file_id(&w, 0, 5);
	fitw_end(&w);
	rc |= save(argv[1], "workout.fit", &w, w.n);
	fitw_release(&w);
	return rc;
}
