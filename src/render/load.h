/* load.h - the report of `talus load` (core/load.h): text and JSON
 * (docs/json.md). */
#ifndef TALUS_RENDER_LOAD_H
#define TALUS_RENDER_LOAD_H

#include "core/athlete.h"
#include "core/load.h"
#include "util/json.h"
#include "util/strbuf.h"

/* The weeks (oldest first) and the report of the day ld->today. */
void render_load_text(struct strbuf *out, const struct athlete *ath,
		      const struct load_report *ld, const struct week_load *weeks,
		      int nweeks);
void render_load_json(struct json *j, const struct athlete *ath,
		      const struct load_report *ld, const struct week_load *weeks,
		      int nweeks);

#endif
