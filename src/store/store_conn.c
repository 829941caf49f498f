/* store_conn.c - what a long-lived connection needs (the web server
 * keeps one per worker across requests): whether the database changed
 * since it last looked, and whether a failure was another writer
 * holding the lock. */
#include "store/store.h"
#include "store/store_int.h"

int
store_data_version(int64_t *out, struct store *st, struct talus_err *err)
{
	static const char sql[] = "PRAGMA data_version";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	if (!s)
		return err->code;
	rc = sqlite3_step(s);
	*out = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	return rc == SQLITE_ROW ? 0 : store_dberr(st, err, "reading the data version");
}

int
store_busy(const struct store *st)
{
	int rc = st ? sqlite3_extended_errcode(st->db) & 0xff : 0;

	return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}
