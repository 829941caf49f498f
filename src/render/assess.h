/* assess.h - an assessment (core/assess.h), the history of the tests and
 * the change between two assessments, as `talus assess` and the
 * programme's re-tests show them: text and JSON (docs/json.md). */
#ifndef TALUS_RENDER_ASSESS_H
#define TALUS_RENDER_ASSESS_H

#include <stddef.h>

#include "core/assess.h"
#include "util/json.h"
#include "util/strbuf.h"

/* The causes, the tests, the weaker side and what to do next. */
void render_assess_text(struct strbuf *out, const struct assess_record *rec,
			const struct assess_result *res, const char *athlete);
void render_assess_json(struct json *j, const struct assess_record *rec,
			const struct assess_result *res);

/* The tests of every assessment (oldest first), and the change from the
 * first to the last. */
void render_assess_history_text(struct strbuf *out, const struct assess_record *list,
				size_t n);
void render_assess_history_json(struct json *j, const struct assess_record *list,
				size_t n);

/* The change in each test between two assessments: lines "  T3 heel
 * raises   left 18 -> 24 (+6) ..." and the JSON array [{test, name, side,
 * before, after, change, beyond_mdc}]. Only T2 has a known MDC; the other
 * changes are shown, not judged. */
void render_assess_changes_text(struct strbuf *out, const struct assess_input *before,
				const struct assess_input *after);
void render_assess_changes_json(struct json *j, const char *key,
				const struct assess_input *before,
				const struct assess_input *after);

#endif
