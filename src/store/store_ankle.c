/* store_ankle.c - ankle symptom logs. The red-flag booleans are packed
 * into one integer column, flags. */
#include "store/store.h"
#include "store/store_int.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

enum {
	AF_NUMB = 1 << 0, AF_COLD = 1 << 1, AF_DEFORMITY = 1 << 2,
	AF_CRACK = 1 << 3, AF_ACHILLES = 1 << 4, AF_FEVER = 1 << 5,
	AF_BONE = 1 << 6,
	AF_NONE = 1 << 7, /* --red-flags none: not a flag, a check */
};

static int
pack(const struct ankle_log *l)
{
	return (l->numb ? AF_NUMB : 0) | (l->cold_or_discoloured ? AF_COLD : 0) |
	       (l->deformity ? AF_DEFORMITY : 0) | (l->crack ? AF_CRACK : 0) |
	       (l->achilles_snap ? AF_ACHILLES : 0) |
	       (l->hot_swollen_fever ? AF_FEVER : 0) |
	       (l->bone_pain_worsening ? AF_BONE : 0) | (l->red_flags_none ? AF_NONE : 0);
}

#define ANKLE_COLS "id, day, side, pain, morning_pain, stiffness, swelling," \
		   " giving_way, rolled, weight_bearing, tender, flags"

static void
ankle_row(struct ankle_log *l, sqlite3_stmt *q)
{
	char buf[16];
	int f;

	ankle_log_init(l);
	l->id = sqlite3_column_int64(q, 0);
	l->day = sqlite3_column_int(q, 1);
	col_text(buf, sizeof(buf), q, 2);
	if (side_parse(&l->side, buf))
		l->side = SIDE_NONE;
	l->pain = col_score(q, 3);
	l->morning_pain = col_score(q, 4);
	l->stiffness = col_score(q, 5);
	col_text(buf, sizeof(buf), q, 6);
	if (swelling_parse(&l->swelling, buf))
		l->swelling = SWELL_UNKNOWN;
	l->giving_way = sqlite3_column_int(q, 7);
	l->rolled = sqlite3_column_int(q, 8);
	col_text(buf, sizeof(buf), q, 9);
	if (weight_bearing_parse(&l->weight_bearing, buf))
		l->weight_bearing = WB_UNKNOWN;
	l->tender = sqlite3_column_int(q, 10);
	f = sqlite3_column_int(q, 11);
	l->numb = !!(f & AF_NUMB);
	l->cold_or_discoloured = !!(f & AF_COLD);
	l->deformity = !!(f & AF_DEFORMITY);
	l->crack = !!(f & AF_CRACK);
	l->achilles_snap = !!(f & AF_ACHILLES);
	l->hot_swollen_fever = !!(f & AF_FEVER);
	l->bone_pain_worsening = !!(f & AF_BONE);
	l->red_flags_none = !!(f & AF_NONE);
}

/* A row with its note (column 12), owned by the log. */
static void
ankle_row_note(void *elem, sqlite3_stmt *q)
{
	struct ankle_log *l = elem;
	const unsigned char *t;

	ankle_row(l, q);
	if ((t = sqlite3_column_text(q, 12)) && *t)
		l->note = xstrdup((const char *)t);
}

int
store_ankle_insert(int64_t *out_id, struct store *st, int64_t athlete,
		   const struct ankle_log *l, struct talus_err *err)
{
	static const char sql[] =
		"INSERT INTO ankle_log(athlete_id, day, side, pain, morning_pain,"
		" stiffness, swelling, giving_way, rolled, weight_bearing, tender, flags,"
		" note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
	sqlite3_stmt *q = store_stmt(st, sql, err);
	int rc;

	if (!q)
		return err->code;
	sqlite3_bind_int64(q, 1, athlete);
	sqlite3_bind_int(q, 2, l->day);
	sqlite3_bind_text(q, 3, side_name(l->side), -1, SQLITE_STATIC);
	bind_score(q, 4, l->pain);
	bind_score(q, 5, l->morning_pain);
	bind_score(q, 6, l->stiffness);
	sqlite3_bind_text(q, 7, swelling_name(l->swelling), -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 8, l->giving_way);
	sqlite3_bind_int(q, 9, l->rolled ? 1 : 0);
	sqlite3_bind_text(q, 10, weight_bearing_name(l->weight_bearing), -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 11, l->tender);
	sqlite3_bind_int(q, 12, pack(l));
	sqlite3_bind_text(q, 13, l->note ? l->note : "", -1, SQLITE_TRANSIENT);
	if ((rc = store_step_done(st, q, err, "adding an ankle log")))
		return rc;
	if (out_id)
		*out_id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_ankle_delete(struct store *st, int64_t athlete, int64_t id,
		   struct talus_err *err)
{
	static const char sql[] = "DELETE FROM ankle_log WHERE id = ?1 AND athlete_id = ?2";
	sqlite3_stmt *q = store_stmt(st, sql, err);
	int rc;

	if (!q)
		return err->code;
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_int64(q, 2, athlete);
	if ((rc = store_step_done(st, q, err, "deleting an ankle log")))
		return rc;
	if (sqlite3_changes(st->db) == 0)
		return err_set(err, TALUS_ENOTFOUND, "no ankle log with id %lld", (long long)id);
	return 0;
}

static int
collect(struct ankle_log **out, size_t *n, size_t *alloc, struct store *st,
	sqlite3_stmt *q, struct talus_err *err)
{
	int rc;

	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		*out = xgrow(*out, sizeof(**out), *n + 1, alloc);
		ankle_row(&(*out)[(*n)++], q);
	}
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : store_dberr(st, err, "reading ankle logs");
}

/* The logs of sql (athlete ?1, days ?2 to ?3), without their notes. */
static int
logs_between(struct ankle_log **out, size_t *n, struct store *st, const char *sql,
	     int64_t athlete, int32_t from, int32_t to, struct talus_err *err)
{
	sqlite3_stmt *q = store_stmt(st, sql, err);
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!q)
		return err->code;
	sqlite3_bind_int64(q, 1, athlete);
	sqlite3_bind_int(q, 2, from);
	sqlite3_bind_int(q, 3, to);
	if ((rc = collect(out, n, &alloc, st, q, err))) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

int
store_ankle_list(struct ankle_log **out, size_t *n, struct store *st,
		 int64_t athlete, int32_t from, int32_t to, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " ANKLE_COLS " FROM ankle_log WHERE athlete_id = ?1"
		" AND day >= ?2 AND day <= ?3 ORDER BY day, id";

	return logs_between(out, n, st, sql, athlete, from, to, err);
}

int
store_ankle_list_notes(struct ankle_log **out, size_t *n, struct store *st, int64_t athlete,
		       int32_t from, int32_t to, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " ANKLE_COLS ", note FROM ankle_log WHERE athlete_id = ?1"
		" AND day >= ?2 AND day <= ?3 ORDER BY day, id";
	sqlite3_stmt *q = store_stmt(st, sql, err);
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!q)
		return err->code;
	sqlite3_bind_int64(q, 1, athlete);
	sqlite3_bind_int(q, 2, from);
	sqlite3_bind_int(q, 3, to);
	if ((rc = store_collect((void **)out, n, &alloc, sizeof(**out), st, q, ankle_row_note,
				"reading ankle logs", err))) {
		ankle_logs_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

int
store_ankle_recent(struct ankle_log **out, size_t *n, struct store *st,
		   int64_t athlete, int32_t day, int window, struct talus_err *err)
{
	/* The latest log of each side older than the window, then the window. */
	static const char sql_old[] =
		"SELECT " ANKLE_COLS " FROM ankle_log WHERE athlete_id = ?1 AND side = ?2"
		" AND day < ?3 ORDER BY day DESC, id DESC LIMIT 1";
	sqlite3_stmt *q;
	size_t alloc = 0;
	int rc = 0;
	struct ankle_log old[2];
	int nold = 0;

	*out = NULL;
	*n = 0;
	for (enum side s = SIDE_LEFT; s <= SIDE_RIGHT && !rc; s++) {
		if (!(q = store_stmt(st, sql_old, err)))
			return err->code;
		sqlite3_bind_int64(q, 1, athlete);
		sqlite3_bind_text(q, 2, side_name(s), -1, SQLITE_STATIC);
		sqlite3_bind_int(q, 3, day - window + 1);
		rc = sqlite3_step(q);
		if (rc == SQLITE_ROW)
			ankle_row(&old[nold++], q);
		sqlite3_reset(q);
		rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_dberr(st, err, "reading ankle logs");
	}
	if (rc)
		return rc;
	if (nold == 2 && (old[1].day < old[0].day ||
			  (old[1].day == old[0].day && old[1].id < old[0].id))) {
		struct ankle_log t = old[0];
		old[0] = old[1];
		old[1] = t;
	}
	for (int i = 0; i < nold; i++) {
		*out = xgrow(*out, sizeof(**out), *n + 1, &alloc);
		(*out)[(*n)++] = old[i];
	}
	{
		struct ankle_log *rest;
		size_t nrest;
		if ((rc = store_ankle_list(&rest, &nrest, st, athlete, day - window + 1, day, err))) {
			free(*out);
			*out = NULL;
			*n = 0;
			return rc;
		}
		*out = xgrow(*out, sizeof(**out), *n + nrest + 1, &alloc);
		if (nrest)
			memcpy(*out + *n, rest, nrest * sizeof(*rest));
		*n += nrest;
		free(rest);
	}
	return 0;
}

int
store_ankle_flagged(struct ankle_log **out, size_t *n, struct store *st, int64_t athlete,
		    int32_t day, struct talus_err *err)
{
	/* The WHERE of the partial index ankle_flagged, as it is written. */
	static const char sql[] =
		"SELECT " ANKLE_COLS " FROM ankle_log WHERE athlete_id = ?1 AND day >= ?2"
		" AND day <= ?3 AND (flags != 0 OR tender != 0 OR weight_bearing = 'unable')"
		" ORDER BY day, id";

	return logs_between(out, n, st, sql, athlete, INT32_MIN, day, err);
}

/* ---- consultations ------------------------------------------------------ */

int
store_consult_insert(int64_t *out_id, struct store *st, int64_t athlete,
		     const struct consult *c, struct talus_err *err)
{
	static const char sql[] =
		"INSERT INTO consult(athlete_id, day, side, by, note) VALUES (?1, ?2, ?3, ?4, ?5)";
	sqlite3_stmt *q = store_stmt(st, sql, err);
	int rc;

	if (!q)
		return err->code;
	sqlite3_bind_int64(q, 1, athlete);
	sqlite3_bind_int(q, 2, c->day);
	sqlite3_bind_text(q, 3, side_name(c->side), -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, consult_by_name(c->by), -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 5, c->note ? c->note : "", -1, SQLITE_TRANSIENT);
	if ((rc = store_step_done(st, q, err, "adding a consultation")))
		return rc;
	if (out_id)
		*out_id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static void
consult_row(void *elem, sqlite3_stmt *q)
{
	struct consult *c = elem;
	const unsigned char *t;
	char buf[16];

	memset(c, 0, sizeof(*c));
	c->id = sqlite3_column_int64(q, 0);
	c->day = sqlite3_column_int(q, 1);
	col_text(buf, sizeof(buf), q, 2);
	if (side_parse(&c->side, buf))
		c->side = SIDE_NONE;
	col_text(buf, sizeof(buf), q, 3);
	if (consult_by_parse(&c->by, buf))
		c->by = CONSULT_CLINICIAN;
	if ((t = sqlite3_column_text(q, 4)) && *t)
		c->note = xstrdup((const char *)t);
}

int
store_consult_list(struct consult **out, size_t *n, struct store *st, int64_t athlete,
		   int32_t from, int32_t to, struct talus_err *err)
{
	static const char sql[] =
		"SELECT id, day, side, by, note FROM consult WHERE athlete_id = ?1"
		" AND day >= ?2 AND day <= ?3 ORDER BY day, id";
	sqlite3_stmt *q = store_stmt(st, sql, err);
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!q)
		return err->code;
	sqlite3_bind_int64(q, 1, athlete);
	sqlite3_bind_int(q, 2, from);
	sqlite3_bind_int(q, 3, to);
	if ((rc = store_collect((void **)out, n, &alloc, sizeof(**out), st, q, consult_row,
				"reading consultations", err))) {
		consults_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}
