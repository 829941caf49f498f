/* ankle.h - the ankle log (core/ankle.h) as `talus ankle list` shows
 * it: text and JSON (docs/json.md). */
#ifndef TALUS_RENDER_ANKLE_H
#define TALUS_RENDER_ANKLE_H

#include <stddef.h>

#include "core/ankle.h"
#include "core/redflag.h"
#include "util/json.h"
#include "util/strbuf.h"

void render_ankle_text(struct strbuf *out, const struct ankle_log *logs, size_t n);
void render_ankle_json(struct json *j, const struct ankle_log *logs, size_t n,
		       const struct consult *cs, size_t ncs);
/* One log as an item of `ankle list --json` (its "logs"). */
void render_ankle_log_json(struct json *j, const struct ankle_log *l);
/* The consultations (`talus ankle seen`) below the logs; nothing when n
 * is 0. */
void render_consults_text(struct strbuf *out, const struct consult *cs, size_t n);

/* What a log shows, in words: "rolled, pain 6/10, moderate swelling,
 * painful to bear weight" (what was logged, never a diagnosis). */
void render_ankle_logged(struct strbuf *out, const struct ankle_log *l);

#endif
