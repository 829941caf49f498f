/* export.h - talus export's tables (core/export.h) as CSV, one text per
 * table with its header row, or as one JSON document (docs/export.md
 * lists every column; docs/json.md the document). The runs are added one
 * at a time, as they are read; the other tables at the end.
 */
#ifndef TALUS_RENDER_EXPORT_H
#define TALUS_RENDER_EXPORT_H

#include <stddef.h>
#include <stdint.h>

#include "core/export.h"
#include "core/run.h"
#include "util/json.h"
#include "util/strbuf.h"

struct render_export {
	int json;
	struct strbuf *out;               /* JSON: the document (borrowed) */
	struct json j;
	struct strbuf csv[EXPORT__COUNT]; /* CSV: each table's file (owned) */
	size_t rows[EXPORT__COUNT];       /* rows written per table */
};

/* Starts an export of ath's data for days [since, until] (INT32_MIN and
 * INT32_MAX when open) made at exported_utc: JSON into out, or CSV into
 * x->csv (out unused). */
void render_export_begin(struct render_export *x, int json, struct strbuf *out,
			 const struct athlete *ath, int32_t since, int32_t until,
			 int64_t exported_utc);
void render_export_run(struct render_export *x, const struct run_entry *r);
/* The other tables, and the end of the document. */
void render_export_end(struct render_export *x, const struct export_data *d);
void render_export_release(struct render_export *x);

/* One line for the user: "exported 12 runs, 3 ankle logs, ... to PATH". */
void render_export_summary(struct strbuf *out, const struct render_export *x,
			   const char *path);

#endif
