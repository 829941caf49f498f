/* run.h - one logged activity as the runner's log keeps it: the activity
 * (typed in or imported) with the runner's own scores, shoe and note.
 * Pure data. Scores are 0-10, or -1 when not given. */
#ifndef TALUS_RUN_H
#define TALUS_RUN_H

#include <stdint.h>

#include "core/activity.h"
#include "core/ankle.h"

struct run_entry {
	struct activity a;    /* a.id is the row id */
	int32_t day;          /* local day: from a.start_utc + a.utc_offset_s */
	int64_t shoe_id;      /* 0 = none */
	char shoe[64];        /* the shoe's name when read back; "" = none */
	int rpe;              /* 0-10 or -1 */
	int pain_during;      /* 0-10 or -1 */
	int pain_after;       /* 0-10 or -1 */
	enum side side;       /* side of the pain, or SIDE_NONE */
	char note[NOTE_MAX + 1];
	char source_hash[33]; /* hex XXH3-128 of the imported file, or "" */
};

/* Sets every field to its "unknown" value (activity_init(), scores -1). */
void run_entry_init(struct run_entry *r);

#endif
