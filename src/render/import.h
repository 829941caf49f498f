/* import.h - what `talus import` did: each file as JSON while the import
 * runs, then the totals in words or JSON (docs/json.md). */
#ifndef TALUS_RENDER_IMPORT_H
#define TALUS_RENDER_IMPORT_H

#include <stddef.h>

#include "core/activity.h"
#include "core/imported.h"
#include "util/json.h"
#include "util/strbuf.h"

/* The opening of the JSON document: {"files": [ */
void render_import_json_begin(struct json *j);
/* One file: {path, status, error, activities: [...]}; msg "" for none. */
void render_import_file_json(struct json *j, const char *path, const char *status,
			     const char *msg, const struct activity *kept, size_t n);
/* The end: ], "totals": {...}} */
void render_import_json_end(struct json *j, const struct import_summary *t);

/* "imported 12 activities from 14 files: ..." and the notes under it. */
void render_import_text(struct strbuf *out, const struct import_summary *t);

#endif
