/* shoes.h - the shoes (core/shoe.h) as `talus shoe list` shows them:
 * text and JSON (docs/json.md). */
#ifndef TALUS_RENDER_SHOES_H
#define TALUS_RENDER_SHOES_H

#include <stddef.h>

#include "core/shoe.h"
#include "util/json.h"
#include "util/strbuf.h"

void render_shoes_text(struct strbuf *out, const struct shoe *shoes, size_t n,
		       const struct shoe_alert *alerts, size_t na, enum units u);
void render_shoes_json(struct json *j, const struct shoe *shoes, size_t n,
		       const struct shoe_alert *alerts, size_t na);
/* One shoe as an item of `shoe list --json` (its "shoes"). */
void render_shoe_json(struct json *j, const struct shoe *s);

#endif
