/* insights.h - `talus insights` (core/insights.h): in words, JSON
 * (docs/json.md) and the dashboard's HTML page. */
#ifndef TALUS_RENDER_INSIGHTS_H
#define TALUS_RENDER_INSIGHTS_H

#include "core/athlete.h"
#include "core/insights.h"
#include "render/page.h"
#include "util/json.h"
#include "util/strbuf.h"

void render_insights_text(struct strbuf *out, const struct athlete *ath,
			  const struct insights *in);
void render_insights_json(struct json *j, const struct athlete *ath, const struct insights *in);
void render_insights_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
			  const struct insights *in);

#endif
