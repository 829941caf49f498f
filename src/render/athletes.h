/* athletes.h - `talus athlete list`: text and JSON (docs/json.md). */
#ifndef TALUS_RENDER_ATHLETES_H
#define TALUS_RENDER_ATHLETES_H

#include <stddef.h>

#include "core/athlete.h"
#include "util/json.h"
#include "util/strbuf.h"

void render_athletes_text(struct strbuf *out, const struct athlete *list, size_t n);
void render_athletes_json(struct json *j, const struct athlete *list, size_t n);

#endif
