/* data.h - talus backup and talus restore: the database as a whole (see
 * store/store_data.h for how each is made safe). What a front end calls;
 * it gets no store type. */
#ifndef TALUS_APP_DATA_H
#define TALUS_APP_DATA_H

#include <stdint.h>

#include "app/session.h"
#include "util/err.h"

/* Writes a consistent copy of the session's database to path (0600),
 * while other processes may write it, from a database opened read-only
 * too. An existing path is TALUS_EEXIST unless force. *bytes gets its
 * size. */
int app_backup(int64_t *bytes, struct session *s, const char *path, int force,
	       struct talus_err *err);

/* What a file to restore holds. */
struct app_restore_info {
	int version;          /* its schema version */
	int latest;           /* this talus's */
	int64_t bytes;
	int64_t athletes, activities;
};

/* Checks that file is a talus database this build can restore (a whole
 * SQLite file, integrity_check ok, a known schema version, the talus
 * tables); TALUS_EINVAL naming why not. */
int app_restore_check(struct app_restore_info *out, const char *file, struct talus_err *err);

struct app_restored {
	char bak[4096];       /* where the replaced database was kept, or "" */
	int from_version, to_version;
};

/* Puts file's content in place of the database at db, migrated forward;
 * the database it replaces is kept beside it as db.YYYY-MM-DD.bak (today;
 * -2, -3, ... when taken). Refused while another program has the
 * database open. */
int app_restore(struct app_restored *out, const char *db, const char *file, int32_t today,
		struct talus_err *err);

#endif
