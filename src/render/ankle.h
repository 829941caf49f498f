/* ankle.h - the ankle log (core/ankle.h) as `talus ankle list` shows
 * it: text and JSON (docs/json.md). */
#ifndef TALUS_RENDER_ANKLE_H
#define TALUS_RENDER_ANKLE_H

#include <stddef.h>

#include "core/ankle.h"
#include "util/json.h"
#include "util/strbuf.h"

void render_ankle_text(struct strbuf *out, const struct ankle_log *logs, size_t n);
void render_ankle_json(struct json *j, const struct ankle_log *logs, size_t n);
/* One log as an item of `ankle list --json` (its "logs"). */
void render_ankle_log_json(struct json *j, const struct ankle_log *l);

#endif
