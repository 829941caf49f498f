/* redflag.h - the red flags that stand on a day, and the consultations
 * that resolve them. Pure: no I/O, no clock.
 *
 * A red flag (F1-F3, O1, O2: ankle_log_red_flag()) logged for a side
 * stands until it is resolved, whatever is logged after it: by a later
 * day's log of that side that says --red-flags none (the runner checked
 * each one and none applies now), or by a consultation for that side (or
 * both) on or after the day it was logged. A log that merely leaves a flag
 * out resolves nothing. See docs/RULES.md, "Red flags".
 */
#ifndef TALUS_REDFLAG_H
#define TALUS_REDFLAG_H

#include <stddef.h>
#include <stdint.h>

#include "core/ankle.h"

enum consult_by { CONSULT_CLINICIAN = 0, CONSULT_PHYSIO };
const char *consult_by_name(enum consult_by b); /* "clinician", "physio" */
int consult_by_parse(enum consult_by *out, const char *s);

/* A consultation the runner recorded (`talus ankle seen`). */
struct consult {
	int64_t id;
	int32_t day;
	enum side side;      /* left, right or both */
	enum consult_by by;
	char *note;          /* or NULL; read only by the listings */
};

/* Frees the notes of v[0..n-1], then v. */
void consults_free(struct consult *v, size_t n);

/* 1 when a consultation of side s (or both) falls in [from, to]. */
int consult_covers(const struct consult *c, size_t nc, enum side s, int32_t from, int32_t to);

/* The day the red flags of log l are resolved (see above) given the logs
 * (sorted by (day, id); at least every log that shows a flag or says
 * --red-flags none) and the consultations, or INT32_MAX while none
 * resolves them. A log without a flag: its own day. */
int32_t redflag_resolved_on(const struct ankle_log *l, const struct ankle_log *logs, size_t n,
			    const struct consult *c, size_t nc);

/* A log whose red flags stand on a day. */
struct redflag {
	const struct ankle_log *log; /* borrowed from the caller's array */
	int32_t logged;              /* its day */
};

#define REDFLAG_MAX 16

/* The logs whose red flags stand on day, oldest first: at most max
 * written, the count returned. Logs after day do not count. */
size_t redflag_standing(struct redflag *out, size_t max, const struct ankle_log *logs, size_t n,
			const struct consult *c, size_t nc, int32_t day);

#endif
