/* fit.h - decoder of Garmin FIT activity files.
 *
 * Pure: no I/O, no globals, no allocation but the growth of the output
 * vector and of scratch arrays freed before return. Every function reads
 * only within [buf, buf + len) whatever the bytes hold, and never
 * crashes. See docs/internals/fit.md for what is decoded and why.
 */
#ifndef TALUS_FIT_H
#define TALUS_FIT_H

#include <stddef.h>
#include <stdint.h>

#include "core/activity.h"
#include "util/err.h"

/* Appends one activity per FIT session message (all sports) found in buf,
 * over every FIT file chained in buf. Returns 0 when at least one activity
 * was decoded (a warning such as "file CRC mismatch" or "truncated at byte
 * N: kept N records" may be left in err->msg with err->code 0), or
 * TALUS_EPARSE with a clear message naming what was wrong and the byte
 * offset (e.g. "not a FIT file: bad header at byte 0", "not an activity
 * file (file type 32)", "no session or record messages"). Never crashes,
 * never reads out of bounds, whatever the input.
 *
 * buf is borrowed and only read. The activities appended to out are owned
 * by out (release with activity_vec_release); on error, out is left as it
 * was on entry. */
int fit_decode(struct activity_vec *out, const uint8_t *buf, size_t len,
	       struct talus_err *err);

/* True when buf starts like a FIT file (header size 12 or 14 and ".FIT" at
 * byte 8). */
int fit_sniff(const uint8_t *buf, size_t len);

/* The FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, no final xor),
 * continuing from crc (start with 0). */
uint16_t fit_crc16(uint16_t crc, const uint8_t *p, size_t n);

/* Shifts every timestamp (field 253 and the date_time fields of file_id,
 * session, lap, activity, event: start_time, time_created,
 * local_timestamp) by delta_s seconds in place, and rewrites the header
 * and file CRCs. For building benchmark corpora of distinct files.
 * Returns 0 or TALUS_EPARSE. (A header CRC of 0, "not computed", stays
 * 0, so that shifting back restores the bytes exactly.)
 *
 * The buffer is checked whole before the first byte is written: on error
 * it is unchanged. Compressed-timestamp headers get their 5-bit offsets
 * rewritten so that they decode to the shifted times for any delta_s.
 * Invalid (all-ones) values stay invalid; a shift that would carry a time
 * outside the FIT range is an error. */
int fit_shift_timestamps(uint8_t *buf, size_t len, int64_t delta_s,
			 struct talus_err *err);

#endif
