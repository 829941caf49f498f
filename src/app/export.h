/* export.h - talus export: the athlete's data read for the renderers, and
 * the files it goes into (docs/export.md).
 *
 * Output is all or nothing: a folder, a zip archive or a file is written
 * under a temporary name beside its target (files 0600, folders 0700,
 * whatever the umask), synced, and renamed into place only when whole, so
 * a failed write (a full disk) leaves nothing at the target.
 */
#ifndef TALUS_APP_EXPORT_H
#define TALUS_APP_EXPORT_H

#include <stddef.h>
#include <stdint.h>

#include "app/session.h"
#include "core/export.h"
#include "core/run.h"
#include "util/strbuf.h"

/* Reads the export of the session's athlete: calls run for each activity
 * with day in [since, until] (by start time; cb returns 0 to go on), then
 * fills *out with the rest (export_data_release() frees it). */
int app_export_read(struct export_data *out, struct session *s, int32_t since, int32_t until,
		    int (*run)(void *payload, const struct run_entry *r), void *payload,
		    struct talus_err *err);

/* Where an export goes. */
enum app_export_dest {
	EXPORT_DEST_FILE = 0, /* one file (the JSON document) */
	EXPORT_DEST_DIR,      /* a folder of CSV files */
	EXPORT_DEST_ZIP,      /* a zip archive of CSV files */
};

struct app_export_file {
	const char *name;          /* "runs.csv" */
	const struct strbuf *data; /* borrowed */
};

/* Checks, before anything is read, that an export can go to path: a
 * folder that does not exist or is empty; for a file or an archive, no
 * folder by that name. TALUS_EINVAL naming why not. */
int app_export_check(const char *path, enum app_export_dest dest, struct talus_err *err);

/* Writes files[0..n-1] to path as dest says (a file takes files[0]),
 * replacing an existing file or empty folder. TALUS_EIO naming what
 * failed; a zip archive when libzip cannot be loaded says so. */
int app_export_write(const char *path, enum app_export_dest dest,
		     const struct app_export_file *files, size_t n, struct talus_err *err);

#endif
