/* assess.h - an assessment (core/assess.h), the history of the tests and
 * the change between two assessments, as `talus assess` and the
 * programme's re-tests show them: text and JSON (docs/json.md). */
#ifndef TALUS_RENDER_ASSESS_H
#define TALUS_RENDER_ASSESS_H

#include <stddef.h>
#include <stdint.h>

#include "core/assess.h"
#include "util/json.h"
#include "util/strbuf.h"

/* What was around an assessment when it was recorded: the answers carried
 * from the one before, and the programme under way (kept as it is). */
struct assess_note {
	unsigned carried;        /* ASSESS_ANS_* */
	int64_t carried_id;      /* the assessment they came from */
	int32_t carried_day;
	int64_t programme_id;    /* 0: no programme under way */
	int32_t programme_start;
	int programme_week;      /* 0 before its start, 1..8 */
};

/* The causes, the tests, the weaker side and what to do next; note (may
 * be NULL: an assessment shown later) what was carried and the programme
 * under way. */
void render_assess_text(struct strbuf *out, const struct assess_record *rec,
			const struct assess_result *res, const char *athlete,
			const struct assess_note *note);
void render_assess_json(struct json *j, const struct assess_record *rec,
			const struct assess_result *res, const struct assess_note *note);

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
