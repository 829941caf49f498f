/* store_shoe.c - shoes. used_m is a cache the run functions keep current. */
#include "store/store.h"
#include "store/store_int.h"
#include "util/xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SHOE_COLS "id, name, review_m, limit_m, support, since_day, initial_m," \
		  " used_m, runs, retired, is_default"

static void
shoe_row(struct shoe *s, sqlite3_stmt *q)
{
	char buf[24];

	memset(s, 0, sizeof(*s));
	s->id = sqlite3_column_int64(q, 0);
	col_text(s->name, sizeof(s->name), q, 1);
	s->review_m = sqlite3_column_double(q, 2);
	s->limit_m = sqlite3_column_double(q, 3);
	col_text(buf, sizeof(buf), q, 4);
	if (shoe_support_parse(&s->support, buf))
		s->support = SUPPORT_UNKNOWN;
	s->since_day = sqlite3_column_type(q, 5) == SQLITE_NULL ? INT32_MIN
								 : sqlite3_column_int(q, 5);
	s->initial_m = sqlite3_column_double(q, 6);
	s->used_m = sqlite3_column_double(q, 7);
	s->runs = sqlite3_column_int(q, 8);
	s->retired = sqlite3_column_int(q, 9);
	s->is_default = sqlite3_column_int(q, 10);
}

int
store_shoe_add(int64_t *out_id, struct store *st, int64_t athlete,
	       const struct shoe *s, struct talus_err *err)
{
	static const char sql[] =
		"INSERT INTO shoe(athlete_id, name, review_m, limit_m, support, since_day,"
		" initial_m, used_m) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)";
	sqlite3_stmt *q = store_stmt(st, sql, err);
	int rc;

	if (!q)
		return err->code;
	sqlite3_bind_int64(q, 1, athlete);
	sqlite3_bind_text(q, 2, s->name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(q, 3, s->review_m);
	sqlite3_bind_double(q, 4, s->limit_m);
	sqlite3_bind_text(q, 5, shoe_support_name(s->support), -1, SQLITE_STATIC);
	if (s->since_day == INT32_MIN)
		sqlite3_bind_null(q, 6);
	else
		sqlite3_bind_int(q, 6, s->since_day);
	sqlite3_bind_double(q, 7, s->initial_m);
	rc = store_step_done(st, q, err, "adding a shoe");
	if (rc == TALUS_EEXIST)
		return err_set(err, TALUS_EEXIST, "a shoe named '%s' already exists", s->name);
	if (rc)
		return rc;
	if (out_id)
		*out_id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_shoe_find(struct shoe *out, struct store *st, int64_t athlete,
		const char *name, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " SHOE_COLS " FROM shoe WHERE athlete_id = ?1 AND name = ?2";
	sqlite3_stmt *q = store_stmt(st, sql, err);
	int rc;

	if (!q)
		return err->code;
	sqlite3_bind_int64(q, 1, athlete);
	sqlite3_bind_text(q, 2, name, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		shoe_row(out, q);
	sqlite3_reset(q);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return err_set(err, TALUS_ENOTFOUND, "no shoe named '%s'", name);
	return store_dberr(st, err, "reading a shoe");
}

int
store_shoe_list(struct shoe **out, size_t *n, struct store *st, int64_t athlete,
		struct talus_err *err)
{
	static const char sql[] =
		"SELECT " SHOE_COLS " FROM shoe WHERE athlete_id = ?1"
		" ORDER BY retired, name";
	sqlite3_stmt *q = store_stmt(st, sql, err);
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!q)
		return err->code;
	sqlite3_bind_int64(q, 1, athlete);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		*out = xgrow(*out, sizeof(**out), *n + 1, &alloc);
		shoe_row(&(*out)[(*n)++], q);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return store_dberr(st, err, "listing shoes");
	}
	return 0;
}

int
store_shoe_retire(struct store *st, int64_t athlete, const char *name,
		  struct talus_err *err)
{
	static const char sql[] =
		"UPDATE shoe SET retired = 1, is_default = 0 WHERE id = ?1";
	struct shoe s;
	sqlite3_stmt *q;
	int rc;

	if ((rc = store_shoe_find(&s, st, athlete, name, err)))
		return rc;
	if (s.retired)
		return err_set(err, TALUS_EINVAL, "shoe '%s' is already retired", name);
	if (!(q = store_stmt(st, sql, err)))
		return err->code;
	sqlite3_bind_int64(q, 1, s.id);
	return store_step_done(st, q, err, "retiring a shoe");
}

int
store_shoe_set_default(struct store *st, int64_t athlete, const char *name,
		       struct talus_err *err)
{
	static const char sql[] =
		"UPDATE shoe SET is_default = (id = ?2) WHERE athlete_id = ?1";
	struct shoe s;
	sqlite3_stmt *q;
	int rc;

	if ((rc = store_shoe_find(&s, st, athlete, name, err)))
		return rc;
	if (s.retired)
		return err_set(err, TALUS_EINVAL,
			       "shoe '%s' is retired: a retired shoe cannot be the default",
			       name);
	if (!(q = store_stmt(st, sql, err)))
		return err->code;
	sqlite3_bind_int64(q, 1, athlete);
	sqlite3_bind_int64(q, 2, s.id);
	return store_step_done(st, q, err, "setting the default shoe");
}

int
store_shoe_default(struct shoe *out, int *found, struct store *st,
		   int64_t athlete, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " SHOE_COLS " FROM shoe WHERE athlete_id = ?1 AND is_default"
		" AND NOT retired";
	sqlite3_stmt *q = store_stmt(st, sql, err);
	int rc;

	*found = 0;
	if (!q)
		return err->code;
	sqlite3_bind_int64(q, 1, athlete);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		shoe_row(out, q);
		*found = 1;
	}
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_dberr(st, err, "reading the default shoe");
}
