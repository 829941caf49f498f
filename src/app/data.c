/* data.c - talus backup and talus restore (see data.h). */
#include "app/data.h"
#include "store/store_data.h"
#include "util/date.h"
#include "util/strbuf.h"

#include <stdio.h>
#include <string.h>

int
app_backup(int64_t *bytes, struct session *s, const char *path, int force,
	   struct talus_err *err)
{
	return store_backup(s->st, path, force, bytes, err);
}

int
app_restore_check(struct app_restore_info *out, const char *file, struct talus_err *err)
{
	struct store_file_info info;
	int rc = store_file_check(file, file, &info, err);

	memset(out, 0, sizeof(*out));
	if (rc)
		return rc;
	out->version = info.version;
	out->latest = info.latest;
	out->bytes = info.bytes;
	out->athletes = info.athletes;
	out->activities = info.activities;
	return 0;
}

int
app_restore(struct app_restored *out, const char *db, const char *file, int32_t today,
	    struct talus_err *err)
{
	struct store_restored r;
	struct strbuf base = STRBUF_INIT;
	char date[11];
	int rc;

	memset(out, 0, sizeof(*out));
	strbuf_addf(&base, "%s.%s", db, date_format(date, today));
	rc = store_restore(&r, db, file, base.buf, err);
	strbuf_release(&base);
	if (rc)
		return rc;
	snprintf(out->bak, sizeof(out->bak), "%s", r.bak);
	out->from_version = r.from_version;
	out->to_version = r.to_version;
	return 0;
}
