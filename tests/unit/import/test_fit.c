/* test_fit.c - tests of the FIT decoder, src/import/fit.c.
 *
 * Two groups (tests/unit/fixtures.h). The fixture group (--fixtures, CTest
 * fixtures/test_fit, skipped when ../shared/fixtures is absent): every FIT
 * file of ../shared/fixtures/reference.tsv is decoded and checked against
 * the row of Garmin's own SDK (@garmin/fitsdk): start time exact, elapsed
 * time within 1 s, distance within 0.5 %, the number of sessions and their
 * sports, the points, and no warning at all for a clean file. Where talus
 * deliberately reports something else, the file is listed in departures[]
 * with the reason. The own group (unit/import/test_fit), which needs
 * nothing outside the repository: hand-built byte buffers for what the
 * fixtures reach only by accident or not at all: big-endian definitions,
 * developer fields, compressed-timestamp rollover, truncation at every
 * byte, chains, invalid values, fit_shift_timestamps. Every expected value
 * there follows from the bytes the test writes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "fitwrite.h"
#include "fixtures.h"
#include "import/fit.h"
#include "util/date.h"

/* Unix seconds of the FIT epoch, 1989-12-31T00:00:00Z. */
#define FIT_EPOCH 631065600
/* 2024-05-04T06:00:00Z in FIT time: a multiple of 32 seconds. */
#define T0 ((uint32_t)(1714802400 - FIT_EPOCH))

static void
check_near(double got, double want, double tol, const char *what,
	   const char *file)
{
	if (!(fabs(got - want) <= tol))
		fail_msg("%s: %s is %.3f, want %.3f (+-%.3f)", file, what, got,
			 want, tol);
}

/* ------------------------------------------------------------------ */
/* Building FIT files byte by byte.                                    */

/* struct fitw and its writers: tests/support/fitwrite.h. */
static struct fitw *
fb_new(void)
{
	struct fitw *w = calloc(1, sizeof(*w));

	assert_non_null(w);
	return w;
}

static void
fb_free(struct fitw *w)
{
	fitw_release(w);
	free(w);
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Field numbers and base types are the FIT profile's: 0x86 uint32,
 * 0x85 sint32, 0x84 uint16, 0x02 uint8, 0x00 enum, 0x0D byte. */
static const uint8_t file_id_f[][3] = { { 0, 1, 0x00 }, { 4, 4, 0x86 } };
static const uint8_t record_f[][3] = {
	{ 253, 4, 0x86 }, { 0, 4, 0x85 }, { 1, 4, 0x85 }, { 5, 4, 0x86 },
	{ 3, 1, 0x02 }, { 4, 1, 0x02 },
};
static const uint8_t session_f[][3] = {
	{ 253, 4, 0x86 }, { 2, 4, 0x86 }, { 7, 4, 0x86 }, { 8, 4, 0x86 },
	{ 9, 4, 0x86 }, { 5, 1, 0x00 }, { 6, 1, 0x00 }, { 16, 1, 0x02 },
	{ 18, 1, 0x02 }, { 92, 1, 0x02 }, { 22, 2, 0x84 },
};
static const uint8_t activity_f[][3] = { { 253, 4, 0x86 }, { 5, 4, 0x86 } };
static const uint8_t event_f[][3] = {
	{ 253, 4, 0x86 }, { 0, 1, 0x00 }, { 1, 1, 0x00 },
};
static const uint8_t sport_f[][3] = { { 0, 1, 0x00 }, { 1, 1, 0x00 } };

static void
w_file_id(struct fitw *w, int be, unsigned type)
{
	fitw_def(w, 0, be, 0, N(file_id_f), file_id_f, 0, NULL);
	fitw_u8(w, 0);
	fitw_u8(w, type);
	fitw_u32(w, T0);
}

/* Record i of a test run: every 5 s, 10 m further, positions moving. */
static void
w_record(struct fitw *w, unsigned local, uint32_t t, int i)
{
	fitw_u8(w, local);
	fitw_u32(w, t);
	fitw_u32(w, (uint32_t)(612000000 + 1000 * i));
	fitw_u32(w, (uint32_t)(-1500000 + 1000 * i));
	fitw_u32(w, 1000 * (uint32_t)i);
	fitw_u8(w, 140 + (unsigned)i % 10);
	fitw_u8(w, 85);
}

/* What a hand-built run holds; see build_run. */
struct run {
	unsigned hs;          /* header size, 12 or 14 */
	int be;               /* big-endian definitions */
	int nrec;             /* records, 5 s apart from t0 */
	uint32_t t0;
	unsigned sport, sub;  /* session sport and sub_sport */
	uint32_t elapsed_ms;  /* session total_elapsed_time */
	uint32_t timer_ms;    /* session total_timer_time */
	int32_t offset_s;     /* activity local_timestamp - timestamp */
	int no_session;
	unsigned cad;         /* session avg_cadence, cycles a minute */
};

static struct run
run_default(void)
{
	struct run r = { 14, 0, 12, T0, 1, 3, 0, 0, 7200, 0, 86 };

	r.elapsed_ms = 5000 * (uint32_t)(r.nrec - 1);
	r.timer_ms = r.elapsed_ms - 1000;
	return r;
}

/* Session: start t0, 10 m a record, avg HR 150, avg cadence r->cad +
 * 64/128 cycles a minute, ascent 12 m. */
static void
w_session(struct fitw *w, const struct run *r)
{
	fitw_def(w, 3, r->be, 18, N(session_f), session_f, 0, NULL);
	fitw_u8(w, 3);
	fitw_u32(w, r->t0 + 5 * (uint32_t)(r->nrec - 1));
	fitw_u32(w, r->t0);
	fitw_u32(w, r->elapsed_ms);
	fitw_u32(w, r->timer_ms);
	fitw_u32(w, 1000 * (uint32_t)(r->nrec - 1));
	fitw_u8(w, r->sport);
	fitw_u8(w, r->sub);
	fitw_u8(w, 150);
	fitw_u8(w, r->cad);
	fitw_u8(w, 64);
	fitw_u16(w, 12);
}

/* A whole activity file: file_id, records, session, activity. */
static void
build_run(struct fitw *w, const struct run *r)
{
	fitw_begin(w, r->hs);
	w_file_id(w, r->be, 4);
	fitw_def(w, 1, r->be, 20, N(record_f), record_f, 0, NULL);
	for (int i = 0; i < r->nrec; i++)
		w_record(w, 1, r->t0 + 5 * (uint32_t)i, i);
	if (!r->no_session)
		w_session(w, r);
	fitw_def(w, 4, r->be, 34, N(activity_f), activity_f, 0, NULL);
	fitw_u8(w, 4);
	fitw_u32(w, r->t0 + 5 * (uint32_t)(r->nrec - 1));
	fitw_u32(w, (uint32_t)((int64_t)r->t0 + 5 * (r->nrec - 1) + r->offset_s));
	fitw_end(w);
}

/* Decodes buf and expects success with n activities. */
static struct activity_vec
decode_ok(const uint8_t *buf, size_t len, size_t n, struct talus_err *err)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	int rc = fit_decode(&v, buf, len, err);

	if (rc != 0)
		fail_msg("fit_decode: %d %s", rc, err->msg);
	assert_int_equal(v.n, n);
	return v;
}

/* Decodes buf and expects TALUS_EPARSE with text in the message. */
static void
decode_fails(const uint8_t *buf, size_t len, const char *text)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	assert_int_equal(fit_decode(&v, buf, len, &err), TALUS_EPARSE);
	assert_int_equal(err.code, TALUS_EPARSE);
	assert_int_equal(v.n, 0);
	if (!strstr(err.msg, text))
		fail_msg("message \"%s\" lacks \"%s\"", err.msg, text);
	activity_vec_release(&v);
}

/* ------------------------------------------------------------------ */
/* The CRC and the sniffer.                                            */

/* CRC-16/ARC bit by bit, as its definition reads. */
static uint16_t
crc_bitwise(const uint8_t *p, size_t n)
{
	uint16_t c = 0;

	while (n--) {
		c ^= *p++;
		for (int k = 0; k < 8; k++)
			c = (c & 1) ? (uint16_t)((c >> 1) ^ 0xA001)
				    : (uint16_t)(c >> 1);
	}
	return c;
}

static void
crc16_matches_definition(void **state)
{
	uint8_t data[300];
	uint32_t x = 12345;

	(void)state;
	/* The catalogued check value of CRC-16/ARC. */
	assert_int_equal(fit_crc16(0, (const uint8_t *)"123456789", 9),
			 0xBB3D);
	assert_int_equal(fit_crc16(0, data, 0), 0);
	for (size_t i = 0; i < sizeof(data); i++) {
		x = x * 1103515245 + 12345;
		data[i] = (uint8_t)(x >> 16);
	}
	for (size_t n = 0; n <= sizeof(data); n++) {
		uint16_t c = crc_bitwise(data, n);

		assert_int_equal(fit_crc16(0, data, n), c);
		/* Continuing from a prefix's CRC gives the whole's. */
		for (size_t k = 0; k <= n; k += 7)
			assert_int_equal(fit_crc16(fit_crc16(0, data, k),
						   data + k, n - k), c);
	}
}

static void
sniff_needs_size_and_signature(void **state)
{
	uint8_t h[14] = { 14, 0x20, 0, 0, 0, 0, 0, 0, '.', 'F', 'I', 'T', 0,
			  0 };

	(void)state;
	assert_true(fit_sniff(h, 14));
	assert_true(fit_sniff(h, 12));
	h[0] = 12;
	assert_true(fit_sniff(h, 12));
	assert_false(fit_sniff(h, 11));
	assert_false(fit_sniff(NULL, 0));
	h[0] = 13;
	assert_false(fit_sniff(h, 14));
	h[0] = 14;
	h[9] = 'f';
	assert_false(fit_sniff(h, 14));
	assert_false(fit_sniff((const uint8_t *)"<?xml version", 13));
}

/* ------------------------------------------------------------------ */
/* Hand-built files.                                                   */

/* The values of the run build_run writes, from first principles. */
static void
check_default_run(const struct activity *a, const struct run *r)
{
	assert_int_equal(a->start_utc, (int64_t)r->t0 + FIT_EPOCH);
	assert_int_equal(a->has_time, 1);
	check_near(a->elapsed_s, r->elapsed_ms / 1000.0, 1e-9, "elapsed", "");
	check_near(a->moving_s, r->timer_ms / 1000.0, 1e-9, "moving", "");
	check_near(a->distance_m, 10.0 * (r->nrec - 1), 1e-9, "distance", "");
	check_near(a->elev_gain_m, 12, 0, "ascent", "");
	check_near(a->avg_hr, 150, 0, "hr", "");
	/* 86 + 64/128 strides a minute is 173 steps a minute. */
	check_near(a->avg_cadence, 173, 1e-9, "cadence", "");
	assert_int_equal(a->sport, SPORT_RUN);
	assert_int_equal(a->surface, SURFACE_TRAIL);
	assert_int_equal(a->points, r->nrec);
	assert_int_equal(a->has_offset, 1);
	assert_int_equal(a->utc_offset_s, r->offset_s);
	assert_int_equal(a->truncated, 0);
}

static void
little_and_big_endian_agree(void **state)
{
	struct run r = run_default();
	struct fitw *le = fb_new(), *be = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec a, b;

	(void)state;
	build_run(le, &r);
	r.be = 1;
	build_run(be, &r);
	/* Same content and length, different bytes. */
	assert_int_equal(le->n, be->n);
	assert_true(memcmp(le->b, be->b, le->n) != 0);
	a = decode_ok(le->b, le->n, 1, &err);
	assert_string_equal(err.msg, "");
	b = decode_ok(be->b, be->n, 1, &err);
	assert_string_equal(err.msg, "");
	check_default_run(&a.v[0], &r);
	check_default_run(&b.v[0], &r);
	activity_vec_release(&a);
	activity_vec_release(&b);
	/* And with the 12-byte header. */
	r.hs = 12;
	be->n = 0;
	build_run(be, &r);
	b = decode_ok(be->b, be->n, 1, &err);
	assert_string_equal(err.msg, "");
	check_default_run(&b.v[0], &r);
	activity_vec_release(&b);
	fb_free(le);
	fb_free(be);
}

static void
developer_fields_are_skipped(void **state)
{
	static const uint8_t dev_id_f[][3] = { { 3, 1, 0x02 },
						{ 1, 16, 0x0D } };
	static const uint8_t desc_f[][3] = { { 0, 1, 0x02 }, { 1, 1, 0x02 },
					     { 2, 1, 0x02 }, { 3, 8, 0x07 } };
	/* Two developer fields of 2 and 5 bytes on every record, one of 3
	 * bytes on the session; and a definition that sets the developer
	 * flag with zero developer fields. */
	static const uint8_t rec_dev[][3] = { { 0, 2, 0 }, { 1, 5, 0 } };
	static const uint8_t ses_dev[][3] = { { 2, 3, 0 } };
	struct run r = run_default();
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;

	(void)state;
	fitw_begin(w, 14);
	w_file_id(w, 0, 4);
	fitw_def(w, 5, 0, 207, N(dev_id_f), dev_id_f, 0, NULL);
	fitw_u8(w, 5);
	fitw_u8(w, 0);
	for (int i = 0; i < 16; i++)
		fitw_u8(w, 0xA0 + (unsigned)i);
	fitw_def(w, 6, 0, 206, N(desc_f), desc_f, 0, NULL);
	for (unsigned k = 0; k < 3; k++) {
		fitw_u8(w, 6);
		fitw_u8(w, 0);
		fitw_u8(w, k);
		fitw_u8(w, 0x84);
		for (int i = 0; i < 8; i++)
			fitw_u8(w, (unsigned)"field\0\0\0"[i]);
	}
	fitw_def(w, 1, 0, 20, N(record_f), record_f, N(rec_dev), rec_dev);
	for (int i = 0; i < r.nrec; i++) {
		w_record(w, 1, r.t0 + 5 * (uint32_t)i, i);
		/* The developer bytes look like headers and times. */
		for (int k = 0; k < 7; k++)
			fitw_u8(w, k % 2 ? 0x41 : 0xFF);
	}
	/* The session, with a developer field after its own fields. */
	fitw_def(w, 3, 0, 18, N(session_f), session_f, N(ses_dev), ses_dev);
	fitw_u8(w, 3);
	fitw_u32(w, r.t0 + 5 * (uint32_t)(r.nrec - 1));
	fitw_u32(w, r.t0);
	fitw_u32(w, r.elapsed_ms);
	fitw_u32(w, r.timer_ms);
	fitw_u32(w, 1000 * (uint32_t)(r.nrec - 1));
	fitw_u8(w, r.sport);
	fitw_u8(w, r.sub);
	fitw_u8(w, 150);
	fitw_u8(w, 86);
	fitw_u8(w, 64);
	fitw_u16(w, 12);
	fitw_u8(w, 0x40);
	fitw_u8(w, 0x12);
	fitw_u8(w, 0x34);
	/* activity, defined with the developer flag and none of them */
	fitw_def(w, 4, 0, 34, N(activity_f), activity_f, 0, activity_f);
	fitw_u8(w, 4);
	fitw_u32(w, r.t0 + 5 * (uint32_t)(r.nrec - 1));
	fitw_u32(w, r.t0 + 5 * (uint32_t)(r.nrec - 1) + 7200);
	fitw_end(w);

	v = decode_ok(w->b, w->n, 1, &err);
	assert_string_equal(err.msg, "");
	check_default_run(&v.v[0], &r);
	activity_vec_release(&v);
	fb_free(w);
}

/* Writes records with compressed timestamps: a full one at T0 + 27, then
 * nc compressed ones at T0 + 28, T0 + 29, ... whose 5-bit offsets roll
 * over at T0 + 32 and every 32 s after. With a session from T0 + 30 to
 * T0 + 40 when with_session. */
static void
build_compressed(struct fitw *w, int nc, int with_session)
{
	static const uint8_t full_f[][3] = { { 253, 4, 0x86 }, { 5, 4, 0x86 },
					     { 3, 1, 0x02 } };
	static const uint8_t comp_f[][3] = { { 5, 4, 0x86 }, { 3, 1, 0x02 } };

	fitw_begin(w, 14);
	w_file_id(w, 0, 4);
	fitw_def(w, 0, 0, 20, N(full_f), full_f, 0, NULL);
	fitw_u8(w, 0);
	fitw_u32(w, T0 + 27);
	fitw_u32(w, 0);
	fitw_u8(w, 140);
	fitw_def(w, 2, 0, 20, N(comp_f), comp_f, 0, NULL);
	for (int i = 1; i <= nc; i++) {
		fitw_u8(w, 0x80 | 2 << 5 | ((27 + (unsigned)i) & 0x1F));
		fitw_u32(w, 300 * (uint32_t)i);
		fitw_u8(w, 140);
	}
	if (with_session) {
		static const uint8_t s_f[][3] = { { 253, 4, 0x86 },
						  { 2, 4, 0x86 },
						  { 7, 4, 0x86 } };

		fitw_def(w, 3, 0, 18, N(s_f), s_f, 0, NULL);
		fitw_u8(w, 3);
		fitw_u32(w, T0 + 40);
		fitw_u32(w, T0 + 30);
		fitw_u32(w, 10000);
	}
	fitw_end(w);
}

static void
compressed_timestamps_roll_over(void **state)
{
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;

	(void)state;
	/* 40 compressed records: offsets 28..31, then 0..31 (+32), then
	 * 0..3 (+64). The session covers T0+30..T0+40: 11 records, which
	 * is right only if every rollover was followed. */
	build_compressed(w, 40, 1);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_string_equal(err.msg, "");
	assert_int_equal(v.v[0].start_utc, (int64_t)T0 + 30 + FIT_EPOCH);
	assert_int_equal(v.v[0].points, 11);
	check_near(v.v[0].elapsed_s, 10, 0, "elapsed", "");
	activity_vec_release(&v);

	/* Without the session the run is built from the records: the last
	 * one is at T0 + 67, 40 s after the first, 40 * 3 m further. */
	w->n = 0;
	build_compressed(w, 40, 0);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_int_equal(v.v[0].start_utc, (int64_t)T0 + 27 + FIT_EPOCH);
	check_near(v.v[0].elapsed_s, 40, 0, "elapsed", "");
	check_near(v.v[0].distance_m, 120, 1e-9, "distance", "");
	assert_int_equal(v.v[0].points, 41);
	check_near(v.v[0].avg_hr, 140, 0, "hr", "");
	activity_vec_release(&v);
	fb_free(w);
}

static void
compressed_time_without_a_base_is_untimed(void **state)
{
	static const uint8_t comp_f[][3] = { { 3, 1, 0x02 } };
	struct fitw *w = fb_new();

	(void)state;
	/* Only compressed records, never a full timestamp: no time at all. */
	fitw_begin(w, 12);
	w_file_id(w, 0, 4);
	fitw_def(w, 1, 0, 20, N(comp_f), comp_f, 0, NULL);
	for (unsigned i = 0; i < 5; i++) {
		fitw_u8(w, 0x80 | 1 << 5 | i);
		fitw_u8(w, 150);
	}
	fitw_end(w);
	decode_fails(w->b, w->n, "no record carries a timestamp");
	fb_free(w);
}

/* Decodes every prefix of buf (each copied into an allocation of exactly
 * its size, so that ASan sees any read past it) and checks the contract:
 * EPARSE with nothing, or one activity, marked truncated and warned about
 * while data is missing; points never fall as bytes are added. */
static void
check_every_prefix(const uint8_t *buf, size_t len, const char *what)
{
	int64_t last_points = 0;
	size_t first_ok = 0;

	for (size_t cut = 0; cut <= len; cut++) {
		uint8_t *p = malloc(cut ? cut : 1);
		struct activity_vec v = ACTIVITY_VEC_INIT;
		struct talus_err err = TALUS_ERR_INIT;
		int rc;

		assert_non_null(p);
		memcpy(p, buf, cut);
		rc = fit_decode(&v, p, cut, &err);
		if (rc != 0) {
			assert_int_equal(rc, TALUS_EPARSE);
			assert_int_equal(v.n, 0);
			assert_true(err.msg[0] != '\0');
			/* Once a run decoded, more bytes keep it decoded. */
			if (first_ok)
				fail_msg("%s: cut %zu fails after %zu worked",
					 what, cut, first_ok);
		} else {
			if (!first_ok)
				first_ok = cut;
			assert_int_equal(v.n, 1);
			assert_true(v.v[0].points >= last_points);
			last_points = v.v[0].points;
			if (cut + 2 < len) {
				assert_int_equal(v.v[0].truncated, 1);
				assert_non_null(strstr(err.msg,
						       "truncated at byte"));
			} else if (cut < len) {
				/* All the data, but not the CRC. */
				assert_int_equal(v.v[0].truncated, 0);
				assert_non_null(strstr(err.msg, "no file CRC"));
			} else {
				assert_int_equal(v.v[0].truncated, 0);
			}
		}
		activity_vec_release(&v);
		free(p);
	}
	if (!first_ok)
		fail_msg("%s: no prefix decoded", what);
}

static void
truncation_at_every_byte(void **state)
{
	struct run r = run_default();
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;

	(void)state;
	build_run(w, &r);
	check_every_prefix(w->b, w->n, "hand-built run");
	/* Whole, it is the clean run. */
	v = decode_ok(w->b, w->n, 1, &err);
	assert_string_equal(err.msg, "");
	check_default_run(&v.v[0], &r);
	activity_vec_release(&v);
	fb_free(w);
}

static void
truncated_before_the_session_keeps_records(void **state)
{
	struct run r = run_default();
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;
	/* Where the first record starts: the header, the file_id definition
	 * and message, the record definition. Each record is 19 bytes. */
	const size_t rec0 = 14 + (6 + 3 * N(file_id_f)) + (1 + 1 + 4) +
			    (6 + 3 * N(record_f));

	(void)state;
	r.nrec = 30;
	r.elapsed_ms = 5000 * 29;
	r.timer_ms = r.elapsed_ms;
	build_run(w, &r);
	assert_int_equal(w->b[rec0], 1);
	assert_int_equal(w->b[rec0 + 19], 1);
	/* Cut two bytes into the 27th record: 26 whole records are left,
	 * and no session. */
	{
		size_t cut = rec0 + 26 * 19 + 2;

		v = decode_ok(w->b, cut, 1, &err);
		assert_non_null(strstr(err.msg, "kept 26 records"));
		assert_int_equal(v.v[0].points, 26);
		assert_int_equal(v.v[0].truncated, 1);
		assert_int_equal(v.v[0].start_utc, (int64_t)r.t0 + FIT_EPOCH);
		check_near(v.v[0].elapsed_s, 25 * 5, 0, "elapsed", "");
		/* The last kept record says 25 * 10 m. */
		check_near(v.v[0].distance_m, 250, 1e-9, "distance", "");
		/* No sport was said: talus takes a run. */
		assert_int_equal(v.v[0].sport, SPORT_RUN);
		/* Steps: twice the 85 strides a minute of each record. */
		check_near(v.v[0].avg_cadence, 170, 1e-9, "cadence", "");
		activity_vec_release(&v);
	}
	fb_free(w);
}

static void
records_without_session_measure_positions(void **state)
{
	static const uint8_t pos_f[][3] = { { 253, 4, 0x86 }, { 0, 4, 0x85 },
					    { 1, 4, 0x85 } };
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;
	const double k = 180.0 / 2147483648.0;
	double want = 0;
	int32_t lat[6], lon[6];

	(void)state;
	fitw_begin(w, 14);
	w_file_id(w, 0, 4);
	/* Cycling, said by a sport message. */
	fitw_def(w, 2, 0, 12, N(sport_f), sport_f, 0, NULL);
	fitw_u8(w, 2);
	fitw_u8(w, 2);
	fitw_u8(w, 0);
	/* Timer: start at T0, stop at T0+10, start at T0+20; the last
	 * record is at T0+25: 10 + 5 s moving. */
	fitw_def(w, 3, 0, 21, N(event_f), event_f, 0, NULL);
	fitw_def(w, 1, 0, 20, N(pos_f), pos_f, 0, NULL);
	for (int i = 0; i < 6; i++) {
		lat[i] = 612000000 + 50000 * i * i;
		lon[i] = -1500000 - 70000 * i;
		if (i == 0 || i == 2 || i == 4) {
			fitw_u8(w, 3);
			fitw_u32(w, T0 + 5 * (uint32_t)i);
			fitw_u8(w, 0);
			fitw_u8(w, i == 2 ? 4 : 0); /* stop_all, else start */
		}
		fitw_u8(w, 1);
		fitw_u32(w, T0 + 5 * (uint32_t)i);
		fitw_u32(w, (uint32_t)lat[i]);
		fitw_u32(w, (uint32_t)lon[i]);
		if (i)
			want += haversine_m(lat[i - 1] * k, lon[i - 1] * k,
					    lat[i] * k, lon[i] * k);
	}
	/* A record with an invalid position adds nothing. */
	fitw_u8(w, 1);
	fitw_u32(w, T0 + 25);
	fitw_u32(w, 0x7FFFFFFF);
	fitw_u32(w, 0x7FFFFFFF);
	fitw_end(w);

	v = decode_ok(w->b, w->n, 1, &err);
	assert_string_equal(err.msg, "");
	assert_int_equal(v.v[0].sport, SPORT_RIDE);
	assert_true(want > 100);
	check_near(v.v[0].distance_m, want, 1e-6, "distance", "");
	check_near(v.v[0].elapsed_s, 25, 0, "elapsed", "");
	check_near(v.v[0].moving_s, 15, 0, "moving", "");
	assert_int_equal(v.v[0].points, 7);
	assert_true(isnan(v.v[0].avg_hr));
	assert_true(isnan(v.v[0].avg_cadence)); /* none, and not on foot */
	activity_vec_release(&v);
	fb_free(w);
}

static void
chained_files_are_all_read(void **state)
{
	struct run a = run_default(), b = run_default();
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;
	size_t second_crc;

	(void)state;
	build_run(w, &a);
	b.t0 = T0 + 86400;
	b.hs = 12;
	b.be = 1;
	b.sport = 2;
	build_run(w, &b);
	second_crc = w->n - 2;
	/* A settings file (type 2) chained after them holds no run. */
	fitw_begin(w, 14);
	w_file_id(w, 0, 2);
	fitw_end(w);
	v = decode_ok(w->b, w->n, 2, &err);
	assert_string_equal(err.msg, "");
	check_default_run(&v.v[0], &a);
	assert_int_equal(v.v[1].start_utc, (int64_t)b.t0 + FIT_EPOCH);
	assert_int_equal(v.v[1].sport, SPORT_RIDE);
	/* A ride keeps its pedal rate: 86 + 64/128 rpm. */
	check_near(v.v[1].avg_cadence, 86.5, 1e-9, "cadence", "");
	assert_int_equal(v.v[1].points, b.nrec);
	activity_vec_release(&v);

	/* A bad CRC on the second: both read, and a warning naming it. */
	w->b[second_crc] ^= 0x55;
	v = decode_ok(w->b, w->n, 2, &err);
	{
		char want[64];

		snprintf(want, sizeof(want), "file CRC mismatch at byte %zu",
			 second_crc);
		assert_string_equal(err.msg, want);
	}
	assert_int_equal(err.code, 0);
	activity_vec_release(&v);

	/* Garbage after the chain: kept what came before, and said so. */
	w->b[second_crc] ^= 0x55;
	memcpy(w->b + w->n, "garbage!garbage!", 16);
	v = decode_ok(w->b, w->n + 16, 2, &err);
	assert_non_null(strstr(err.msg, "bad header at byte"));
	activity_vec_release(&v);
	/* Zero padding after the chain is no news. */
	memset(w->b + w->n, 0, 16);
	v = decode_ok(w->b, w->n + 16, 2, &err);
	assert_string_equal(err.msg, "");
	activity_vec_release(&v);
	fb_free(w);
}

static void
non_activity_files_are_refused(void **state)
{
	struct run r = run_default();
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;

	(void)state;
	fitw_begin(w, 14);
	w_file_id(w, 0, 5); /* workout */
	fitw_end(w);
	decode_fails(w->b, w->n, "not an activity file (file type 5)");

	/* A course (type 6) has timed records too, but is a route, not a
	 * run: refused as well. */
	w->n = 0;
	fitw_begin(w, 14);
	w_file_id(w, 0, 6);
	fitw_def(w, 1, 0, 20, N(record_f), record_f, 0, NULL);
	for (int i = 0; i < 5; i++)
		w_record(w, 1, T0 + 5 * (uint32_t)i, i);
	fitw_end(w);
	decode_fails(w->b, w->n, "not an activity file (file type 6)");

	/* Activity summary files (type 20) are activities. */
	w->n = 0;
	build_run(w, &r);
	/* file_id.type: the first field of the first data message. */
	assert_int_equal(w->b[14 + 6 + 3 * N(file_id_f) + 1], 4);
	w->b[14 + 6 + 3 * N(file_id_f) + 1] = 20;
	v = decode_ok(w->b, w->n, 1, &err);
	assert_non_null(strstr(err.msg, "file CRC mismatch"));
	activity_vec_release(&v);
	fb_free(w);
}

static void
malformed_input_is_an_error(void **state)
{
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct run r = run_default();
	struct activity_vec v;

	(void)state;
	decode_fails((const uint8_t *)"hello, world", 12,
		     "not a FIT file: bad header at byte 0");
	decode_fails((const uint8_t *)"", 0, "no session or record messages");
	decode_fails(NULL, 0, "no session or record messages");
	/* A header and no messages. */
	fitw_begin(w, 14);
	fitw_end(w);
	decode_fails(w->b, w->n, "no session or record messages");
	/* A data message of a local type never defined. */
	w->n = 0;
	fitw_begin(w, 12);
	fitw_u8(w, 0x05);
	fitw_u8(w, 0x00);
	fitw_end(w);
	decode_fails(w->b, w->n,
		     "bad data at byte 12 (data message of undefined local "
		     "type 5): no session or record messages");
	/* A header CRC that does not match is said, and the run kept. */
	w->n = 0;
	build_run(w, &r);
	w->b[12] ^= 0xFF;
	v = decode_ok(w->b, w->n, 1, &err);
	assert_non_null(strstr(err.msg, "header CRC mismatch at byte 0"));
	activity_vec_release(&v);
	fb_free(w);
}

static void
invalid_values_are_unknown(void **state)
{
	/* A session whose only valid field is start_time, and records
	 * whose values are all the invalid sentinels of their types. */
	static const uint8_t f[][3] = {
		{ 2, 4, 0x86 }, { 7, 4, 0x86 }, { 8, 4, 0x86 }, { 9, 4, 0x86 },
		{ 16, 1, 0x02 }, { 18, 1, 0x02 }, { 22, 2, 0x84 },
		{ 5, 1, 0x00 },
	};
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;

	(void)state;
	fitw_begin(w, 14);
	w_file_id(w, 0, 4);
	fitw_def(w, 1, 0, 20, N(record_f), record_f, 0, NULL);
	for (int i = 0; i < 3; i++) {
		fitw_u8(w, 1);
		fitw_u32(w, T0 + (uint32_t)i);
		fitw_u32(w, 0x7FFFFFFF);
		fitw_u32(w, 0x7FFFFFFF);
		fitw_u32(w, 0xFFFFFFFF);
		fitw_u8(w, 0xFF);
		fitw_u8(w, 0xFF);
	}
	fitw_def(w, 3, 0, 18, N(f), f, 0, NULL);
	fitw_u8(w, 3);
	fitw_u32(w, T0);
	fitw_u32(w, 0xFFFFFFFF);
	fitw_u32(w, 0xFFFFFFFF);
	fitw_u32(w, 0xFFFFFFFF);
	fitw_u8(w, 0xFF);
	fitw_u8(w, 0xFF);
	fitw_u16(w, 0xFFFF);
	fitw_u8(w, 0xFF);
	fitw_end(w);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_int_equal(v.v[0].start_utc, (int64_t)T0 + FIT_EPOCH);
	assert_true(isnan(v.v[0].elapsed_s));
	assert_true(isnan(v.v[0].moving_s));
	assert_true(isnan(v.v[0].distance_m));
	assert_true(isnan(v.v[0].elev_gain_m));
	assert_true(isnan(v.v[0].avg_hr));
	assert_true(isnan(v.v[0].avg_cadence));
	/* unsaid: the run placeholder, not stated */
	assert_int_equal(v.v[0].sport, SPORT_RUN);
	assert_int_equal(v.v[0].sport_src, SPORT_SRC_NONE);
	assert_int_equal(v.v[0].has_offset, 0);
	/* No end, no duration: the window runs to the last record. */
	assert_int_equal(v.v[0].points, 3);
	activity_vec_release(&v);
	fb_free(w);
}

static void
sports_and_surfaces_map(void **state)
{
	static const struct {
		unsigned sport, sub;
		enum sport want;
		enum surface surface;
	} cases[] = {
		{ 1, 0, SPORT_RUN, SURFACE_UNKNOWN },
		{ 1, 1, SPORT_RUN, SURFACE_TREADMILL },
		{ 1, 2, SPORT_RUN, SURFACE_ROAD },
		{ 1, 3, SPORT_RUN, SURFACE_TRAIL },
		{ 1, 4, SPORT_RUN, SURFACE_TRACK },
		{ 2, 0, SPORT_RIDE, SURFACE_UNKNOWN },
		{ 5, 17, SPORT_SWIM, SURFACE_UNKNOWN },
		{ 11, 0, SPORT_WALK, SURFACE_UNKNOWN },
		{ 17, 3, SPORT_HIKE, SURFACE_UNKNOWN },
		{ 4, 1, SPORT_RUN, SURFACE_TREADMILL },  /* treadmill */
		{ 4, 14, SPORT_OTHER, SURFACE_UNKNOWN }, /* rowing */
		{ 0, 0, SPORT_OTHER, SURFACE_UNKNOWN },  /* generic */
		{ 3, 0, SPORT_OTHER, SURFACE_UNKNOWN },  /* transition */
		{ 10, 0, SPORT_OTHER, SURFACE_UNKNOWN }, /* training */
	};
	struct fitw *w = fb_new();

	(void)state;
	for (size_t i = 0; i < N(cases); i++) {
		struct run r = run_default();
		struct talus_err err = TALUS_ERR_INIT;
		struct activity_vec v;

		r.sport = cases[i].sport;
		r.sub = cases[i].sub;
		w->n = 0;
		build_run(w, &r);
		v = decode_ok(w->b, w->n, 1, &err);
		assert_int_equal(v.v[0].sport, cases[i].want);
		assert_int_equal(v.v[0].surface, cases[i].surface);
		/* 86 + 64/128 cycles a minute: steps on foot, rpm on a
		 * bike, unknown otherwise. */
		switch (cases[i].want) {
		case SPORT_RUN:
		case SPORT_WALK:
		case SPORT_HIKE:
			check_near(v.v[0].avg_cadence, 173, 1e-9, "cadence",
				   "");
			break;
		case SPORT_RIDE:
			check_near(v.v[0].avg_cadence, 86.5, 1e-9, "cadence",
				   "");
			break;
		default:
			assert_true(isnan(v.v[0].avg_cadence));
		}
		activity_vec_release(&v);
	}
	fb_free(w);
}

static void
cadence_already_in_steps_is_kept(void **state)
{
	struct run r = run_default();
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;

	(void)state;
	/* 171 + 64/128 "strides" would be 343 steps a minute: the writer
	 * meant steps. 119 + 64/128 strides are 239 steps. */
	r.cad = 171;
	build_run(w, &r);
	v = decode_ok(w->b, w->n, 1, &err);
	check_near(v.v[0].avg_cadence, 171.5, 1e-9, "cadence", "");
	activity_vec_release(&v);
	r.cad = 119;
	w->n = 0;
	build_run(w, &r);
	v = decode_ok(w->b, w->n, 1, &err);
	check_near(v.v[0].avg_cadence, 239, 1e-9, "cadence", "");
	activity_vec_release(&v);
	fb_free(w);
}

static void
elapsed_is_never_below_timer(void **state)
{
	struct run r = run_default();
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;

	(void)state;
	r.elapsed_ms = 20000;
	r.timer_ms = 50500;
	build_run(w, &r);
	v = decode_ok(w->b, w->n, 1, &err);
	check_near(v.v[0].elapsed_s, 50.5, 1e-9, "elapsed", "");
	check_near(v.v[0].moving_s, 50.5, 1e-9, "moving", "");
	activity_vec_release(&v);
	fb_free(w);
}

static void
utc_offset_rounds_and_bounds(void **state)
{
	static const struct {
		int32_t local_minus_utc, want, has;
	} cases[] = {
		{ 3600, 3600, 1 },  { 3599, 3600, 1 },   { -18001, -18000, 1 },
		{ 19800, 19800, 1 }, { 0, 0, 1 },        { 50400, 50400, 1 },
		{ 50850, 0, 0 },    { -86400 * 365, 0, 0 },
		/* within a minute of a quarter hour only: 1,080 s is no
		 * zone (it once became +00:15) */
		{ 3660, 3600, 1 }, { 3661, 0, 0 }, { 1080, 0, 0 },
		{ 450, 0, 0 },
		/* both sides of the minute, below and west too */
		{ 3540, 3600, 1 }, { 3539, 0, 0 }, { -3660, -3600, 1 },
		{ -3661, 0, 0 }, { -3540, -3600, 1 }, { -3539, 0, 0 },
		{ 19740, 19800, 1 }, { 19739, 0, 0 },
	};
	struct fitw *w = fb_new();

	(void)state;
	for (size_t i = 0; i < N(cases); i++) {
		struct run r = run_default();
		struct talus_err err = TALUS_ERR_INIT;
		struct activity_vec v;

		r.offset_s = cases[i].local_minus_utc;
		w->n = 0;
		build_run(w, &r);
		v = decode_ok(w->b, w->n, 1, &err);
		assert_int_equal(v.v[0].has_offset, cases[i].has);
		assert_int_equal(v.v[0].utc_offset_s, cases[i].want);
		assert_int_equal(v.v[0].offset_src, cases[i].has
				 ? OFFSET_SRC_DEVICE : OFFSET_SRC_NONE);
		activity_vec_release(&v);
	}
	fb_free(w);
}

static void
appends_and_leaves_out_alone_on_error(void **state)
{
	struct run r = run_default();
	struct fitw *w = fb_new();
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = { 0, "stale" };
	struct activity *keep;

	(void)state;
	keep = activity_vec_push(&v);
	snprintf(keep->name, sizeof(keep->name), "keep");
	build_run(w, &r);
	assert_int_equal(fit_decode(&v, w->b, w->n, &err), 0);
	assert_int_equal(v.n, 2);
	assert_string_equal(v.v[0].name, "keep");
	assert_string_equal(err.msg, ""); /* cleared: no warning */
	check_default_run(&v.v[1], &r);
	assert_int_equal(fit_decode(&v, w->b, 20, &err), TALUS_EPARSE);
	assert_int_equal(v.n, 2);
	assert_string_equal(v.v[0].name, "keep");
	activity_vec_release(&v);
	fb_free(w);
}

static void
too_many_sessions_are_capped(void **state)
{
	static const uint8_t s_f[][3] = { { 2, 4, 0x86 } };
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct activity_vec v;

	(void)state;
	/* 5000 sessions of 5 bytes: talus keeps 4096 and says so. */
	fitw_begin(w, 14);
	fitw_def(w, 0, 0, 18, N(s_f), s_f, 0, NULL);
	for (uint32_t i = 0; i < 5000; i++) {
		fitw_u8(w, 0);
		fitw_u32(w, T0 + 60 * i);
	}
	fitw_end(w);
	v = decode_ok(w->b, w->n, 4096, &err);
	assert_non_null(strstr(err.msg, "kept the first 4096"));
	assert_int_equal(v.v[4095].start_utc, (int64_t)T0 + 60 * 4095 +
			 FIT_EPOCH);
	activity_vec_release(&v);
	fb_free(w);
}

/* ------------------------------------------------------------------ */
/* fit_shift_timestamps.                                               */

static uint16_t
le16(const uint8_t *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

/* Equal, or both unknown. */
static int
same(double x, double y)
{
	return x == y || (isnan(x) && isnan(y));
}

/* Shifts a copy of buf by delta and checks: CRCs valid, every activity
 * moved by exactly delta and otherwise the same; shifting back restores
 * the bytes. */
static void
check_shift(const uint8_t *buf, size_t len, int64_t delta, const char *what)
{
	uint8_t *p = malloc(len);
	struct activity_vec a, b;
	struct talus_err err = TALUS_ERR_INIT, err2 = TALUS_ERR_INIT;
	int rc;

	assert_non_null(p);
	memcpy(p, buf, len);
	a = (struct activity_vec)ACTIVITY_VEC_INIT;
	b = (struct activity_vec)ACTIVITY_VEC_INIT;
	rc = fit_decode(&a, buf, len, &err);
	if (fit_shift_timestamps(p, len, delta, &err2) != 0)
		fail_msg("%s: shift: %s", what, err2.msg);
	/* A file refused (device-relative times) is refused the same way
	 * once shifted, and still shifts back to its bytes. */
	assert_int_equal(fit_decode(&b, p, len, &err2), rc);
	/* No new warning: the CRCs were rewritten. */
	assert_string_equal(err2.msg, err.msg);
	if (p[0] == 14)
		assert_int_equal(fit_crc16(0, p, 12), le16(p + 12));
	assert_int_equal(a.n, b.n);
	for (size_t i = 0; i < a.n; i++) {
		assert_int_equal(b.v[i].start_utc, a.v[i].start_utc + delta);
		assert_int_equal(b.v[i].points, a.v[i].points);
		assert_int_equal(b.v[i].has_offset, a.v[i].has_offset);
		assert_int_equal(b.v[i].utc_offset_s, a.v[i].utc_offset_s);
		assert_true(same(b.v[i].elapsed_s, a.v[i].elapsed_s));
		assert_true(same(b.v[i].distance_m, a.v[i].distance_m));
	}
	assert_int_equal(fit_shift_timestamps(p, len, -delta, &err2), 0);
	assert_memory_equal(p, buf, len);
	activity_vec_release(&a);
	activity_vec_release(&b);
	free(p);
}

static void
shift_timestamps_round_trip(void **state)
{
	struct run r = run_default();
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	uint8_t *copy;

	(void)state;
	build_run(w, &r);
	check_shift(w->b, w->n, 86400, "run");
	r.hs = 12;
	r.be = 1;
	w->n = 0;
	build_run(w, &r);
	check_shift(w->b, w->n, 86400, "big-endian run");
	/* Compressed timestamps: any delta, not only multiples of 32 s. */
	w->n = 0;
	build_compressed(w, 40, 1);
	check_shift(w->b, w->n, 86400, "compressed");
	check_shift(w->b, w->n, 7, "compressed, 7 s");
	check_shift(w->b, w->n, -1000003, "compressed, -1000003 s");

	/* Out of range: refused, and the buffer untouched. */
	copy = malloc(w->n);
	assert_non_null(copy);
	memcpy(copy, w->b, w->n);
	assert_int_equal(fit_shift_timestamps(copy, w->n, -(int64_t)T0 - 10,
					      &err), TALUS_EPARSE);
	assert_non_null(strstr(err.msg, "leaves the FIT range at byte"));
	assert_memory_equal(copy, w->b, w->n);
	assert_int_equal(fit_shift_timestamps(copy, w->n, (int64_t)1 << 40,
					      &err), TALUS_EPARSE);
	/* Truncated: refused, untouched. */
	assert_int_equal(fit_shift_timestamps(copy, w->n - 5, 60, &err),
			 TALUS_EPARSE);
	assert_memory_equal(copy, w->b, w->n);
	assert_int_equal(fit_shift_timestamps((uint8_t *)"not a fit file",
					      14, 60, &err), TALUS_EPARSE);
	free(copy);
	fb_free(w);
}

/* ------------------------------------------------------------------ */
/* The fixtures against reference.tsv.                                 */

/* Fixture folders. */
#define PF "dtcooper_python-fitparse/tests/files/"
#define GC "GoldenCheetah_GoldenCheetah/test/rides/"

/* Reads a whole fixture, gunzipping it when it is gzip (zlib reads plain
 * files as they are). Caller frees. */
static uint8_t *
load_fixture(const char *rel, size_t *len)
{
	char path[1024];
	size_t cap = 1 << 16, n = 0;
	uint8_t *b = malloc(cap);
	gzFile g;
	int got;

	snprintf(path, sizeof(path), "%s/%s", TALUS_FIXTURES, rel);
	g = gzopen(path, "rb");
	if (!g)
		fail_msg("cannot open %s", path);
	assert_non_null(b);
	while ((got = gzread(g, b + n, (unsigned)(cap - n))) > 0) {
		n += (size_t)got;
		if (n == cap) {
			b = realloc(b, cap *= 2);
			assert_non_null(b);
		}
	}
	assert_true(got == 0);
	gzclose(g);
	*len = n;
	return b;
}

/* Columns of reference.tsv. */
enum {
	C_PATH, C_FORMAT, C_DEVICE, C_PEER, C_STATUS, C_START, C_ELAPSED,
	C_TIMER, C_DIST, C_DIST_BASIS, C_LEN3D, C_POINTS, C_HR, C_SPORT,
	C_NSES, C_NOTES, C_ERROR, C__COUNT
};

struct row {
	char *col[C__COUNT];
};

/* The rows of reference.tsv; the text is owned by *text. */
static size_t
read_reference(struct row **rows, char **text)
{
	size_t len, n = 0, cap = 256;
	char *s = (char *)load_fixture("reference.tsv", &len), *line;

	s = realloc(s, len + 1);
	assert_non_null(s);
	s[len] = '\0';
	*rows = calloc(cap, sizeof(**rows));
	assert_non_null(*rows);
	for (line = s; line && *line;) {
		char *nl = strchr(line, '\n'), *c = line;
		struct row r;
		int k;

		if (nl)
			*nl = '\0';
		for (k = 0; k < C__COUNT && c; k++) {
			char *tab = strchr(c, '\t');

			r.col[k] = c;
			if (tab)
				*tab = '\0';
			c = tab ? tab + 1 : NULL;
		}
		if (k == C__COUNT) {
			if (n == cap) {
				cap *= 2;
				*rows = realloc(*rows, cap * sizeof(**rows));
				assert_non_null(*rows);
			}
			(*rows)[n++] = r;
		}
		line = nl ? nl + 1 : NULL;
	}
	*text = s;
	return n;
}

/* A "key=value" of a row's notes, copied into out ("" when absent). */
static void
note(char *out, size_t size, const struct row *r, const char *key)
{
	size_t kl = strlen(key);
	const char *p = r->col[C_NOTES];

	out[0] = '\0';
	while ((p = strstr(p, key))) {
		if ((p == r->col[C_NOTES] || p[-1] == ' ' || p[-1] == ';') &&
		    p[kl] == '=') {
			size_t n = strcspn(p + kl + 1, ";");

			if (n >= size)
				n = size - 1;
			memcpy(out, p + kl + 1, n);
			out[n] = '\0';
			return;
		}
		p += kl;
	}
}

static int64_t
parse_utc(const char *s)
{
	int64_t t;
	int off, has;

	if (iso8601_parse(&t, &off, &has, s) != 0)
		fail_msg("bad time \"%s\"", s);
	return t;
}

/* What talus reports differently from the @garmin/fitsdk row, and why. */
enum {
	D_ERROR = 1 << 0,      /* TALUS_EPARSE, the message holding text */
	D_WARN = 1 << 1,       /* decoded, with a warning holding text */
	D_TRUNCATED = 1 << 2,  /* every activity marked truncated */
	D_RECORDS = 1 << 3,    /* no session: one activity from the records,
				  checked against the rec_* notes */
	D_ELAPSED_TIMER = 1 << 4, /* elapsed = the timer column */
	D_POINTS_FFP = 1 << 5, /* points: fit-file-parser's count */
	D_POINTS_FEWER = 1 << 6, /* points < n_points */
	D_POINTS_LAST = 1 << 7, /* points = n_points - 1 */
};

static const struct departure {
	const char *file;  /* the path ends with this */
	unsigned flags;
	const char *text;
	/* why, for the reader: */
	const char *why;
} departures[] = {
	{ "DeveloperData.fit", D_ERROR, "no record carries a timestamp",
	  "3 records without timestamps and no session: nothing dates a run" },
	{ "MonitoringFile.fit", D_ERROR, "not an activity file (file type 32)",
	  "file_type=monitoringB" },
	{ "WorkoutRepeatSteps.fit", D_ERROR,
	  "not an activity file (file type 5)", "file_type=workout" },
	{ "activity-activity-filecrc.fit", D_WARN,
	  "file CRC mismatch at byte 1540",
	  "two chained runs, the second with a bad CRC: the fitsdk reads both "
	  "and errs, fit-file-parser reads the first only; talus reads both "
	  "and warns" },
	{ "/activity-filecrc.fit", D_WARN, "file CRC mismatch at byte 769",
	  "gpsbabel refuses it; talus reads it and warns" },
	{ "activity-settings-corruptheader.fit", D_WARN,
	  "bad header at byte 771",
	  "a settings file with a broken header chained after the run" },
	{ "activity-settings-nodata.fit", D_WARN, "truncated at byte 783",
	  "a settings file cut short chained after the run; the run is "
	  "whole, so not marked truncated" },
	{ "activity-unexpected-eof.fit", D_WARN | D_TRUNCATED,
	  "truncated at byte 751: kept 14 records",
	  "the last message (activity) is cut: the session is read" },
	{ "antfs-dump.63.fit", D_ERROR,
	  "device-relative times and no timestamp_correlation message: the "
	  "real date is unknown",
	  "every time is below 0x10000000 (16,444,672 s: seconds since the "
	  "Forerunner 70 was switched on, per the FIT profile), and no "
	  "timestamp_correlation or device_settings ties them to UTC; the "
	  "peers' 1990 date is the device's power-on count read as a date. "
	  "Both peers agree on the rest, which talus decoded before refusing "
	  "(the activity message's local_timestamp is the same 698070063 in "
	  "both FR70 files nine days apart: no clock either)" },
	{ "compressed-speed-distance.fit", D_ERROR,
	  "device-relative times and no timestamp_correlation message",
	  "the same device, the same device-relative times" },
	{ "activity-large-fenxi2-multisport.fit", D_POINTS_FEWER, "",
	  "the first session's start_time is 45 min after the first record; "
	  "talus reports the start_time the device wrote (as both FIT peers "
	  "do; gpsbabel starts at the first record) and counts as points only "
	  "the records from there" },
	{ "nick.fit", D_RECORDS | D_WARN | D_TRUNCATED,
	  "truncated at byte 403437: kept 14391 records",
	  "no session; the last record overruns the data: talus builds the "
	  "run from the 14391 whole records, as the fitsdk counts them "
	  "(fit-file-parser also takes the broken 14392nd)" },
	{ "strava-android-app-201.10-b1218918.fit",
	  D_WARN | D_TRUNCATED | D_POINTS_LAST, "bad data at byte 7471",
	  "a record is a byte short; the next one is read misaligned with a "
	  "timestamp in 2085 (rec_last_ts), then an undefined local type "
	  "stops the file; that record is outside the session, so not a "
	  "point" },
	{ "14582164182.fit.gz", D_ELAPSED_TIMER, "",
	  "total_elapsed_time 1632 s is less than total_timer_time 2760 s, "
	  "which cannot be; the records span 2759 s: talus reports the timer "
	  "time as the elapsed time" },
};

static const struct departure *
departure_of(const char *path)
{
	size_t pl = strlen(path);

	for (size_t i = 0; i < N(departures); i++) {
		size_t fl = strlen(departures[i].file);

		if (pl >= fl && !strcmp(path + pl - fl, departures[i].file))
			return &departures[i];
	}
	return NULL;
}

/* talus's sport for a FIT sport name as the fitsdk spells it. The one
 * fitnessEquipment fixture has sub_sport 14, indoor rowing: not a run. */
static const char *
talus_sport(const char *fit)
{
	if (!strcmp(fit, "running"))
		return "run";
	if (!strcmp(fit, "cycling"))
		return "ride";
	if (!strcmp(fit, "swimming"))
		return "swim";
	if (!strcmp(fit, "walking"))
		return "walk";
	if (!strcmp(fit, "hiking"))
		return "hike";
	return "other";
}

/* True when every sport of a "+"-joined list appears in the activities
 * and every activity's sport appears in the list. */
static int
sports_match(const char *list, const struct activity_vec *v)
{
	int seen[SPORT__COUNT] = { 0 }, listed[SPORT__COUNT] = { 0 };

	for (const char *p = list; *p;) {
		size_t n = strcspn(p, "+");
		char name[64];
		enum sport s;

		snprintf(name, sizeof(name), "%.*s", (int)n, p);
		assert_int_equal(sport_parse(&s, talus_sport(name)), 0);
		listed[s] = 1;
		p += n + (p[n] == '+');
	}
	for (size_t i = 0; i < v->n; i++)
		seen[v->v[i].sport] = 1;
	return !memcmp(seen, listed, sizeof(seen));
}

static void
check_fixture(const struct row *r, const struct row *ffp, int verbose)
{
	const struct departure *dep = departure_of(r->col[C_PATH]);
	unsigned fl = dep ? dep->flags : 0;
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	const char *path = r->col[C_PATH];
	double el = 0, dist = 0, mv = 0, want_el, want_dist;
	int64_t pts = 0, want_pts, want_start;
	int dist_nan = 1, rc;
	size_t len;
	uint8_t *buf = load_fixture(path, &len);
	char first[32], last[32], lastd[32], meanhr[32], got[32];

	rc = fit_decode(&v, buf, len, &err);
	if (fl & D_ERROR) {
		assert_int_equal(rc, TALUS_EPARSE);
		assert_int_equal(v.n, 0);
		if (!strstr(err.msg, dep->text))
			fail_msg("%s: \"%s\" lacks \"%s\"", path, err.msg,
				 dep->text);
		if (verbose)
			printf("%-64s error: %s\n", path, err.msg);
		goto done;
	}
	if (rc != 0)
		fail_msg("%s: %s", path, err.msg);
	if (fl & D_WARN) {
		if (!strstr(err.msg, dep->text))
			fail_msg("%s: warning \"%s\" lacks \"%s\"", path,
				 err.msg, dep->text);
	} else if (err.msg[0]) {
		fail_msg("%s: unexpected warning \"%s\"", path, err.msg);
	}
	for (size_t i = 0; i < v.n; i++) {
		el += v.v[i].elapsed_s;
		mv += v.v[i].moving_s;
		pts += v.v[i].points;
		if (!isnan(v.v[i].distance_m)) {
			dist += v.v[i].distance_m;
			dist_nan = 0;
		}
		assert_int_equal(v.v[i].truncated, !!(fl & D_TRUNCATED));
		assert_int_equal(v.v[i].has_time, 1);
	}

	if (fl & D_RECORDS) {
		/* Against the records, as the notes of the fitsdk row say
		 * them: first and last timestamps, last distance, mean HR. */
		note(first, sizeof(first), r, "rec_first_ts");
		note(last, sizeof(last), r, "rec_last_ts");
		note(lastd, sizeof(lastd), r, "rec_last_distance_m");
		note(meanhr, sizeof(meanhr), r, "rec_mean_hr");
		assert_int_equal(v.n, 1);
		want_start = parse_utc(first);
		want_el = (double)(parse_utc(last) - want_start);
		want_dist = strtod(lastd, NULL);
		check_near(v.v[0].avg_hr, strtod(meanhr, NULL), 0.05,
			   "mean HR", path);
	} else {
		assert_int_equal(v.n, strtoul(r->col[C_NSES], NULL, 10));
		want_start = parse_utc(r->col[C_START]);
		want_el = strtod(r->col[fl & D_ELAPSED_TIMER ? C_TIMER
					 : C_ELAPSED], NULL);
		want_dist = r->col[C_DIST][0] ? strtod(r->col[C_DIST], NULL)
					      : NAN;
		if (r->col[C_SPORT][0] && !sports_match(r->col[C_SPORT], &v))
			fail_msg("%s: sports are not %s", path,
				 r->col[C_SPORT]);
		/* Moving time is the session timer time. */
		if (strtod(r->col[C_TIMER], NULL) > 0)
			check_near(mv, strtod(r->col[C_TIMER], NULL), 1,
				   "moving", path);
		/* One session: its average HR, as the device says it
		 * (0 is no sensor: unknown). */
		if (v.n == 1 && strtod(r->col[C_HR], NULL) > 0)
			check_near(v.v[0].avg_hr, strtod(r->col[C_HR], NULL),
				   0.5, "avg HR", path);
	}
	assert_int_equal(v.v[0].start_utc, want_start);
	check_near(el, want_el, 1, "elapsed", path);
	if (isnan(want_dist))
		assert_true(dist_nan);
	else
		check_near(dist, want_dist, want_dist * 0.005 + 0.005,
			   "distance", path);

	want_pts = strtoll(r->col[C_POINTS], NULL, 10);
	if (fl & D_POINTS_FFP) {
		assert_non_null(ffp);
		want_pts = strtoll(ffp->col[C_POINTS], NULL, 10);
	}
	if (fl & D_POINTS_LAST)
		want_pts--;
	if (fl & D_POINTS_FEWER) {
		if (!(pts > 0 && pts < want_pts))
			fail_msg("%s: %lld points, want fewer than %lld", path,
				 (long long)pts, (long long)want_pts);
	} else if (pts != want_pts) {
		fail_msg("%s: %lld points, want %lld", path, (long long)pts,
			 (long long)want_pts);
	}
	if (verbose)
		printf("%-64s %zu  %s  %10.3f/%-10.3f %10.2f/%-10.2f "
		       "%6lld/%-6lld%s%s\n", path, v.n,
		       utc_format(got, v.v[0].start_utc), el, want_el,
		       dist_nan ? NAN : dist, want_dist, (long long)pts,
		       (long long)want_pts, err.msg[0] ? "  warn: " : "",
		       err.msg);
done:
	activity_vec_release(&v);
	free(buf);
}

static void
fixtures_match_reference(void **state)
{
	struct row *rows;
	char *text;
	size_t n = read_reference(&rows, &text), checked = 0;
	int verbose = getenv("TALUS_FIT_TABLE") != NULL;

	(void)state;
	if (verbose)
		printf("%-64s n  start                 elapsed/ref           "
		       "distance/ref           points/ref\n", "file");
	for (size_t i = 0; i < n; i++) {
		const struct row *r = &rows[i], *ffp = NULL;

		if (strncmp(r->col[C_FORMAT], "fit", 3) ||
		    strncmp(r->col[C_PEER], "@garmin/fitsdk", 14))
			continue;
		for (size_t j = 0; j < n; j++)
			if (!strcmp(rows[j].col[C_PATH], r->col[C_PATH]) &&
			    !strncmp(rows[j].col[C_PEER], "fit-file-parser",
				     15))
				ffp = &rows[j];
		check_fixture(r, ffp, verbose);
		checked++;
	}
	/* 29 python-fitparse files and 9 GoldenCheetah ones. */
	assert_int_equal(checked, 38);
	free(rows);
	free(text);
}

static void
fixture_prefixes_never_crash(void **state)
{
	size_t len;
	uint8_t *buf;

	(void)state;
	/* Every prefix of a real 771-byte run. */
	buf = load_fixture(PF "Activity.fit", &len);
	check_every_prefix(buf, len, "Activity.fit");
	free(buf);
}

static void
fixture_shift_round_trip(void **state)
{
	static const char *const files[] = {
		PF "Activity.fit",
		PF "antfs-dump.63.fit",
		PF "sample_mulitple_header.fit",
		GC "MultiSport-2019-11-24.fit",
	};

	(void)state;
	for (size_t i = 0; i < N(files); i++) {
		size_t len;
		uint8_t *buf = load_fixture(files[i], &len);

		check_shift(buf, len, 86400, files[i]);
		free(buf);
	}
}

/* ------------------------------------------------------------------ */
/* Clues to the sport, and device-relative times.                      */

/* file_id with manufacturer and product. */
static const uint8_t file_id_mp_f[][3] = {
	{ 0, 1, 0x00 }, { 1, 2, 0x84 }, { 2, 2, 0x84 }, { 4, 4, 0x86 },
};
/* record: timestamp, distance (cm), power (W). */
static const uint8_t rec_dp_f[][3] = {
	{ 253, 4, 0x86 }, { 5, 4, 0x86 }, { 7, 2, 0x84 },
};
/* session: timestamp, start_time, elapsed, timer, distance, sport,
 * avg_power. */
static const uint8_t ses_p_f[][3] = {
	{ 253, 4, 0x86 }, { 2, 4, 0x86 }, { 7, 4, 0x86 }, { 8, 4, 0x86 },
	{ 9, 4, 0x86 }, { 5, 1, 0x00 }, { 20, 2, 0x84 },
};
static const uint8_t tscorr_f[][3] = { { 253, 4, 0x86 }, { 1, 4, 0x86 } };
static const uint8_t devset_f[][3] = { { 1, 4, 0x86 } };

/* What clue_file() writes. */
struct clue_file {
	unsigned mfr, product;  /* file_id; 0xFFFF: invalid */
	unsigned sport;         /* session sport; 0xFF: invalid */
	uint32_t t0;            /* first record's time */
	int nrec;               /* records 1 s apart */
	double mps;             /* distance per second */
	unsigned power;         /* every record's power; 0 none */
	unsigned avg_power;     /* session avg_power; 0xFFFF invalid */
	int gears;              /* a rear gear change event */
	int corr;               /* 1: timestamp_correlation, 2:
				   device_settings.utc_offset, to real */
	int no_session;
};

static struct clue_file
clue_default(void)
{
	struct clue_file c = { 0xFFFF, 0xFFFF, 0xFF, T0, 120, 3.0, 0, 0xFFFF,
			       0, 0, 0 };

	return c;
}

/* System time 1000 is real time T0 in correlated files. */
#define SYS0 1000u

static void
clue_file(struct fitw *w, const struct clue_file *c)
{
	fitw_begin(w, 14);
	fitw_def(w, 0, 0, 0, N(file_id_mp_f), file_id_mp_f, 0, NULL);
	fitw_u8(w, 0);
	fitw_u8(w, 4);
	fitw_u16(w, c->mfr);
	fitw_u16(w, c->product);
	fitw_u32(w, c->t0);
	if (c->corr == 1) {
		fitw_def(w, 5, 0, 162, N(tscorr_f), tscorr_f, 0, NULL);
		fitw_u8(w, 5);
		fitw_u32(w, T0);
		fitw_u32(w, SYS0);
	} else if (c->corr == 2) {
		fitw_def(w, 5, 0, 2, N(devset_f), devset_f, 0, NULL);
		fitw_u8(w, 5);
		fitw_u32(w, T0 - SYS0);
	}
	fitw_def(w, 1, 0, 20, N(rec_dp_f), rec_dp_f, 0, NULL);
	for (int i = 0; i < c->nrec; i++) {
		fitw_u8(w, 1);
		fitw_u32(w, c->t0 + (uint32_t)i);
		fitw_u32(w, (uint32_t)lround(100 * c->mps * i));
		fitw_u16(w, c->power ? c->power : 0xFFFF);
	}
	if (c->gears) {
		fitw_def(w, 2, 0, 21, N(event_f), event_f, 0, NULL);
		fitw_u8(w, 2);
		fitw_u32(w, c->t0 + 10);
		fitw_u8(w, 43);
		fitw_u8(w, 3);
	}
	if (!c->no_session) {
		fitw_def(w, 3, 0, 18, N(ses_p_f), ses_p_f, 0, NULL);
		fitw_u8(w, 3);
		fitw_u32(w, c->t0 + (uint32_t)c->nrec - 1);
		fitw_u32(w, c->t0);
		fitw_u32(w, 1000 * ((uint32_t)c->nrec - 1));
		fitw_u32(w, 1000 * ((uint32_t)c->nrec - 1));
		fitw_u32(w, (uint32_t)lround(100 * c->mps * (c->nrec - 1)));
		fitw_u8(w, c->sport);
		fitw_u16(w, c->avg_power);
	}
	fitw_end(w);
}

static void
sport_clues_from_the_file(void **state)
{
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct clue_file c = clue_default();
	struct activity_vec v;

	(void)state;
	/* Nothing said, nothing known: the run placeholder, no clue. */
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_string_equal(err.msg, "");
	assert_int_equal(v.v[0].sport, SPORT_RUN);
	assert_int_equal(v.v[0].sport_src, SPORT_SRC_NONE);
	assert_int_equal(v.v[0].bike_device, 0);
	assert_string_equal(v.v[0].device, "");
	assert_int_equal(v.v[0].has_power, 0);
	assert_int_equal(v.v[0].has_gear_changes, 0);
	/* 3 m/s held for 119 s */
	check_near(v.v[0].sustained_mps, 3, 0.01, "sustained", "clues");
	activity_vec_release(&v);
	/* Stated: running, cycling; generic is vague. */
	c.sport = 1;
	w->n = 0;
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_int_equal(v.v[0].sport_src, SPORT_SRC_FILE);
	activity_vec_release(&v);
	c.sport = 0;
	w->n = 0;
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_int_equal(v.v[0].sport, SPORT_OTHER);
	assert_int_equal(v.v[0].sport_src, SPORT_SRC_NONE);
	assert_int_equal(v.v[0].sport_vague, 1);
	activity_vec_release(&v);
	/* An Edge 1040 with power and gear changes, at 12 m/s. */
	c = clue_default();
	c.mfr = 1;
	c.product = 3843;
	c.power = 240;
	c.gears = 1;
	c.mps = 12;
	w->n = 0;
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_int_equal(v.v[0].bike_device, 1);
	assert_string_equal(v.v[0].device, "Garmin Edge 1040");
	assert_int_equal(v.v[0].has_power, 1);
	assert_int_equal(v.v[0].has_gear_changes, 1);
	check_near(v.v[0].sustained_mps, 12, 0.01, "sustained", "edge");
	activity_vec_release(&v);
	/* A watch (fenix 5): no bike; power from the session alone. */
	c = clue_default();
	c.mfr = 1;
	c.product = 2697;
	c.avg_power = 250;
	w->n = 0;
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_int_equal(v.v[0].bike_device, 0);
	assert_int_equal(v.v[0].has_power, 1);
	activity_vec_release(&v);
	/* No session: the records' activity carries the clues too. */
	c = clue_default();
	c.mfr = 289;
	c.product = 1;
	c.no_session = 1;
	w->n = 0;
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_int_equal(v.v[0].bike_device, 1);
	assert_string_equal(v.v[0].device, "Hammerhead Karoo");
	check_near(v.v[0].sustained_mps, 3, 0.01, "sustained", "records");
	activity_vec_release(&v);
	/* Under a minute of records: no sustained speed. */
	c = clue_default();
	c.nrec = 60;
	w->n = 0;
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_true(isnan(v.v[0].sustained_mps));
	activity_vec_release(&v);
	fb_free(w);
}

/* Times below 0x10000000 count from the device's power-on: converted
 * through timestamp_correlation or device_settings.utc_offset, refused
 * without either. */
static void
device_relative_times(void **state)
{
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct clue_file c = clue_default();
	struct activity_vec v;

	(void)state;
	c.sport = 1;
	c.t0 = SYS0;
	clue_file(w, &c);
	decode_fails(w->b, w->n, "device-relative times and no "
		     "timestamp_correlation message: the real date is unknown");
	for (int corr = 1; corr <= 2; corr++) {
		c.corr = corr;
		w->n = 0;
		clue_file(w, &c);
		v = decode_ok(w->b, w->n, 1, &err);
		assert_string_equal(err.msg, "");
		assert_int_equal(v.v[0].start_utc, (int64_t)T0 + FIT_EPOCH);
		check_near(v.v[0].elapsed_s, 119, 1e-9, "elapsed", "corr");
		assert_int_equal(v.v[0].points, 120);
		check_near(v.v[0].sustained_mps, 3, 0.01, "sustained", "corr");
		activity_vec_release(&v);
	}
	/* Without a session, the same. */
	c = clue_default();
	c.t0 = SYS0;
	c.no_session = 1;
	w->n = 0;
	clue_file(w, &c);
	decode_fails(w->b, w->n, "device-relative times");
	c.corr = 1;
	w->n = 0;
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_int_equal(v.v[0].start_utc, (int64_t)T0 + FIT_EPOCH);
	activity_vec_release(&v);
	/* Chained after a sound run: that one is kept, with a warning. */
	w->n = 0;
	c = clue_default();
	clue_file(w, &c);
	c.t0 = SYS0;
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_string_equal(err.msg, "skipped 1 session with device-relative "
			    "times and no timestamp_correlation message: the "
			    "real date is unknown");
	activity_vec_release(&v);
	fb_free(w);
}

/* A file_id whose definition gives manufacturer and product wider types
 * than the profile's uint16: a value in range is read, one beyond it is
 * unknown (found by fuzz_fit: a product read as a uint64 overflowed the
 * conversion to int; fuzz/corpus/fit/crash-file-id-product-beyond-int). */
static void
file_id_beyond_uint16_is_unknown(void **state)
{
	static const uint8_t wide_f[][3] = {
		{ 0, 1, 0x00 }, { 1, 4, 0x86 }, { 2, 8, 0x8F },
	};
	static const struct {
		uint32_t mfr;
		uint64_t product;
		int bike;
		const char *device; /* NULL: as Garmin with no product */
	} cases[] = {
		{ 1, 3843, 1, "Garmin Edge 1040" },
		{ 1, (uint64_t)1 << 40, 0, NULL },
		{ 1, 0xFFFF, 0, NULL },
		{ 70000, 3843, 0, "" },
		{ 0xFFFFFFFEu, 0xFFFFFFFFFFFFFFFEu, 0, "" },
	};
	struct talus_err err = TALUS_ERR_INIT;
	struct clue_file c = clue_default();
	struct fitw *w = fb_new();
	struct activity_vec v;
	char garmin[sizeof(v.v[0].device)];

	(void)state;
	c.mfr = 1;
	c.product = 0xFFFF;
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	memcpy(garmin, v.v[0].device, sizeof(garmin));
	activity_vec_release(&v);
	for (size_t i = 0; i < N(cases); i++) {
		w->n = 0;
		fitw_begin(w, 14);
		fitw_def(w, 0, 0, 0, N(wide_f), wide_f, 0, NULL);
		fitw_u8(w, 0);
		fitw_u8(w, 4);
		fitw_u32(w, cases[i].mfr);
		fitw_u32(w, (uint32_t)cases[i].product);
		fitw_u32(w, (uint32_t)(cases[i].product >> 32));
		fitw_def(w, 1, 0, 20, N(rec_dp_f), rec_dp_f, 0, NULL);
		for (uint32_t k = 0; k < 10; k++) {
			fitw_u8(w, 1);
			fitw_u32(w, T0 + k);
			fitw_u32(w, 300 * k);
			fitw_u16(w, 0xFFFF);
		}
		fitw_end(w);
		v = decode_ok(w->b, w->n, 1, &err);
		assert_int_equal(v.v[0].bike_device, cases[i].bike);
		assert_string_equal(v.v[0].device, cases[i].device
				    ? cases[i].device : garmin);
		activity_vec_release(&v);
	}
	fb_free(w);
}

/* A real date before 2000 is kept, with a warning. */
static void
before_2000_warns(void **state)
{
	struct fitw *w = fb_new();
	struct talus_err err = TALUS_ERR_INIT;
	struct clue_file c = clue_default();
	struct activity_vec v;

	(void)state;
	c.t0 = 0x10000000u + 86400; /* 1998-07-04T21:24:16Z */
	clue_file(w, &c);
	v = decode_ok(w->b, w->n, 1, &err);
	assert_string_equal(err.msg, "1 activity starts before 2000 (the "
			    "first on 1998-07-04): is the device's clock set?");
	activity_vec_release(&v);
	fb_free(w);
}

/* A refusal keeps the file's own warnings. */
static void
refusal_keeps_the_warnings(void **state)
{
	struct fitw *w = fb_new();

	(void)state;
	fitw_begin(w, 14);
	fitw_end(w);
	w->b[w->n - 1] ^= 0x5A; /* the file CRC */
	decode_fails(w->b, w->n, "no session or record messages (file CRC "
		     "mismatch at byte 14)");
	w->b[w->n - 1] ^= 0x5A;
	w->b[12] ^= 0x5A; /* the header CRC, which the file CRC covers */
	decode_fails(w->b, w->n, "no session or record messages (header CRC "
		     "mismatch at byte 0; file CRC mismatch at byte 14)");
	fb_free(w);
}

/* The two FR70 fixtures count from the device's power-on and carry no
 * correlation: refused by name, not imported as 1990. */
static void
fixture_device_relative_refused(void **state)
{
	static const char *const files[] = {
		"dtcooper_python-fitparse/tests/files/antfs-dump.63.fit",
		"dtcooper_python-fitparse/tests/files/compressed-speed-distance.fit",
	};

	(void)state;
	for (size_t i = 0; i < N(files); i++) {
		size_t len;
		uint8_t *buf = load_fixture(files[i], &len);

		decode_fails(buf, len, "device-relative times and no "
			     "timestamp_correlation message: the real date "
			     "is unknown");
		free(buf);
	}
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(crc16_matches_definition),
		cmocka_unit_test(sniff_needs_size_and_signature),
		cmocka_unit_test(little_and_big_endian_agree),
		cmocka_unit_test(developer_fields_are_skipped),
		cmocka_unit_test(compressed_timestamps_roll_over),
		cmocka_unit_test(compressed_time_without_a_base_is_untimed),
		cmocka_unit_test(truncation_at_every_byte),
		cmocka_unit_test(truncated_before_the_session_keeps_records),
		cmocka_unit_test(records_without_session_measure_positions),
		cmocka_unit_test(chained_files_are_all_read),
		cmocka_unit_test(non_activity_files_are_refused),
		cmocka_unit_test(malformed_input_is_an_error),
		cmocka_unit_test(invalid_values_are_unknown),
		cmocka_unit_test(sports_and_surfaces_map),
		cmocka_unit_test(cadence_already_in_steps_is_kept),
		cmocka_unit_test(elapsed_is_never_below_timer),
		cmocka_unit_test(utc_offset_rounds_and_bounds),
		cmocka_unit_test(appends_and_leaves_out_alone_on_error),
		cmocka_unit_test(too_many_sessions_are_capped),
		cmocka_unit_test(shift_timestamps_round_trip),
		cmocka_unit_test(sport_clues_from_the_file),
		cmocka_unit_test(device_relative_times),
		cmocka_unit_test(file_id_beyond_uint16_is_unknown),
		cmocka_unit_test(before_2000_warns),
		cmocka_unit_test(refusal_keeps_the_warnings),
	};
	const struct CMUnitTest fixtures[] = {
		cmocka_unit_test(fixtures_match_reference),
		cmocka_unit_test(fixture_prefixes_never_crash),
		cmocka_unit_test(fixture_shift_round_trip),
		cmocka_unit_test(fixture_device_relative_refused),
	};

	if (fixtures_wanted(argc, argv))
		return cmocka_run_group_tests_name("fixtures", fixtures, NULL,
						   NULL);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
