/* team.h - `talus team`: one line per athlete, most severe first, in
 * words and JSON (docs/json.md). */
#ifndef TALUS_RENDER_TEAM_H
#define TALUS_RENDER_TEAM_H

#include <stddef.h>
#include <stdint.h>

#include "core/team.h"
#include "util/json.h"
#include "util/strbuf.h"

/* The worst symptom of a log in words: "pain 6/10", "red flag". */
void render_worst_text(struct strbuf *out, enum ankle_worst w, int value);
const char *render_worst_name(enum ankle_worst w);

void render_team_text(struct strbuf *out, const struct team_member *t, size_t n, int32_t day);
void render_team_json(struct json *j, const struct team_member *t, size_t n, int32_t day);

#endif
