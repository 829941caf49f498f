/* store_run.c - runs and other activities, and the incremental day rows.
 *
 * After any change to an activity the store recomputes the day row of each
 * day touched (from the activities of that day) and then the EWMA state of
 * every row from the earliest touched day on: O(rows after that day), and
 * nothing at all for reads. Shoe distances are cached the same way. */
#include "store/store.h"
#include "store/store_int.h"
#include "util/date.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define RUN_COLS                                                          \
	"a.id, a.sport, a.surface, a.start_utc, a.utc_offset_s, a.has_offset," \
	" a.has_time, a.day, a.distance_m, a.elapsed_s, a.moving_s,"          \
	" a.elev_gain_m, a.avg_hr, a.avg_cadence, a.points, a.truncated,"     \
	" a.name, a.shoe_id, COALESCE(s.name, ''), a.rpe, a.pain_during,"    \
	" a.pain_after, a.side, a.note, a.source_hash, a.sport_src, a.utc_offset_src"
#define RUN_FROM " FROM activity a LEFT JOIN shoe s ON s.id = a.shoe_id "

static void
run_row(struct run_entry *r, sqlite3_stmt *s)
{
	char buf[16];

	run_entry_init(r);
	r->a.id = sqlite3_column_int64(s, 0);
	col_text(buf, sizeof(buf), s, 1);
	if (sport_parse(&r->a.sport, buf))
		r->a.sport = SPORT_OTHER;
	col_text(buf, sizeof(buf), s, 2);
	if (surface_parse(&r->a.surface, buf))
		r->a.surface = SURFACE_UNKNOWN;
	r->a.start_utc = sqlite3_column_int64(s, 3);
	r->a.utc_offset_s = sqlite3_column_int(s, 4);
	r->a.has_offset = sqlite3_column_int(s, 5);
	r->a.has_time = sqlite3_column_int(s, 6);
	r->day = sqlite3_column_int(s, 7);
	r->a.distance_m = sqlite3_column_double(s, 8);
	r->a.elapsed_s = col_real(s, 9);
	r->a.moving_s = col_real(s, 10);
	r->a.elev_gain_m = col_real(s, 11);
	r->a.avg_hr = col_real(s, 12);
	r->a.avg_cadence = col_real(s, 13);
	r->a.points = sqlite3_column_int64(s, 14);
	r->a.truncated = sqlite3_column_int(s, 15);
	col_text(r->a.name, sizeof(r->a.name), s, 16);
	r->shoe_id = sqlite3_column_int64(s, 17);
	col_text(r->shoe, sizeof(r->shoe), s, 18);
	r->rpe = col_score(s, 19);
	r->pain_during = col_score(s, 20);
	r->pain_after = col_score(s, 21);
	col_text(buf, sizeof(buf), s, 22);
	if (side_parse(&r->side, buf))
		r->side = SIDE_NONE;
	col_text(r->note, sizeof(r->note), s, 23);
	col_text(r->source_hash, sizeof(r->source_hash), s, 24);
	/* NULL (a row from before schema 7; "" here) or an unknown word:
	 * not recorded. */
	col_text(buf, sizeof(buf), s, 25);
	if (sport_source_parse(&r->a.sport_src, buf))
		r->a.sport_src = SPORT_SRC_UNKNOWN;
	col_text(buf, sizeof(buf), s, 26);
	if (offset_source_parse(&r->a.offset_src, buf))
		r->a.offset_src = OFFSET_SRC_NONE;
}

/* ---- day rows ------------------------------------------------------------ */

static const char sql_day_agg[] =
	"SELECT COALESCE(SUM(distance_m), 0), COALESCE(MAX(distance_m), 0), COUNT(*)"
	" FROM activity WHERE athlete_id = ?1 AND day = ?2 AND sport = 'run'";
static const char sql_day_put[] =
	"INSERT OR REPLACE INTO day_load(athlete_id, day, dist_m, longest_m, runs,"
	" acute, chronic) VALUES (?1, ?2, ?3, ?4, ?5, 0, 0)";
static const char sql_day_del[] =
	"DELETE FROM day_load WHERE athlete_id = ?1 AND day = ?2";
static const char sql_day_before[] =
	"SELECT day, acute, chronic FROM day_load WHERE athlete_id = ?1 AND day < ?2"
	" ORDER BY day DESC LIMIT 1";
static const char sql_day_from[] =
	"SELECT day, dist_m, longest_m, runs, acute, chronic FROM day_load"
	" WHERE athlete_id = ?1 AND day >= ?2 AND day <= ?3 ORDER BY day";
static const char sql_day_ewma[] =
	"UPDATE day_load SET acute = ?3, chronic = ?4 WHERE athlete_id = ?1 AND day = ?2";

/* Recomputes the row of one day from its activities. */
static int
day_aggregate(struct store *st, int64_t athlete, int32_t day, struct talus_err *err)
{
	sqlite3_stmt *s = store_stmt(st, sql_day_agg, err);
	double dist, longest;
	int runs;

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, day);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		return store_dberr(st, err, "summing a day");
	}
	dist = sqlite3_column_double(s, 0);
	longest = sqlite3_column_double(s, 1);
	runs = sqlite3_column_int(s, 2);
	sqlite3_reset(s);

	if (!runs) {
		if (!(s = store_stmt(st, sql_day_del, err)))
			return err->code;
		sqlite3_bind_int64(s, 1, athlete);
		sqlite3_bind_int(s, 2, day);
		return store_step_done(st, s, err, "updating a day");
	}
	if (!(s = store_stmt(st, sql_day_put, err)))
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, day);
	sqlite3_bind_double(s, 3, dist);
	sqlite3_bind_double(s, 4, longest);
	sqlite3_bind_int(s, 5, runs);
	return store_step_done(st, s, err, "updating a day");
}

int
store_day_loads(struct day_load **out, size_t *n, struct store *st,
		int64_t athlete, int32_t from, int32_t to, struct talus_err *err)
{
	sqlite3_stmt *s = store_stmt(st, sql_day_from, err);
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, from);
	sqlite3_bind_int(s, 3, to);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct day_load *d;
		*out = xgrow(*out, sizeof(**out), *n + 1, &alloc);
		d = &(*out)[(*n)++];
		d->day = sqlite3_column_int(s, 0);
		d->dist_m = sqlite3_column_double(s, 1);
		d->longest_m = sqlite3_column_double(s, 2);
		d->runs = sqlite3_column_int(s, 3);
		d->acute = sqlite3_column_double(s, 4);
		d->chronic = sqlite3_column_double(s, 5);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return store_dberr(st, err, "reading day rows");
	}
	return 0;
}

/* The incremental EWMA update: rows from 'from' on, seeded by the row
 * before. */
static int
ewma_from(struct store *st, int64_t athlete, int32_t from, struct talus_err *err)
{
	sqlite3_stmt *s = store_stmt(st, sql_day_before, err);
	struct day_load *rows;
	size_t n;
	int32_t seed_day = from - 1;
	double a = 0, c = 0;
	int rc;

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, from);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		seed_day = sqlite3_column_int(s, 0);
		a = sqlite3_column_double(s, 1);
		c = sqlite3_column_double(s, 2);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_dberr(st, err, "reading the load state");
	if ((rc = store_day_loads(&rows, &n, st, athlete, from, INT32_MAX, err)))
		return rc;
	load_ewma_fill(rows, n, seed_day, a, c);
	for (size_t i = 0; i < n && !rc; i++) {
		if (!(s = store_stmt(st, sql_day_ewma, err))) {
			rc = err->code;
			break;
		}
		sqlite3_bind_int64(s, 1, athlete);
		sqlite3_bind_int(s, 2, rows[i].day);
		sqlite3_bind_double(s, 3, rows[i].acute);
		sqlite3_bind_double(s, 4, rows[i].chronic);
		rc = store_step_done(st, s, err, "updating the load state");
	}
	free(rows);
	return rc;
}

/* Refreshes the rows of up to two touched days (or notes them, deferred). */
static int
days_touched(struct store *st, int64_t athlete, int32_t d1, int32_t d2,
	     struct talus_err *err)
{
	int rc;

	if (st->defer) {
		st->days = xgrow(st->days, sizeof(*st->days), st->ndays + 2, &st->adays);
		st->days[st->ndays++] = d1;
		if (d2 != d1)
			st->days[st->ndays++] = d2;
		return 0;
	}
	if ((rc = day_aggregate(st, athlete, d1, err)))
		return rc;
	if (d2 != d1 && (rc = day_aggregate(st, athlete, d2, err)))
		return rc;
	return ewma_from(st, athlete, d1 < d2 ? d1 : d2, err);
}

int
store_load_state(struct day_load *out, int *found, int32_t *first_day,
		 struct store *st, int64_t athlete, int32_t day,
		 struct talus_err *err)
{
	static const char sql_state[] =
		"SELECT day, dist_m, longest_m, runs, acute, chronic FROM day_load"
		" WHERE athlete_id = ?1 AND day <= ?2 ORDER BY day DESC LIMIT 1";
	static const char sql_first[] =
		"SELECT MIN(day) FROM day_load WHERE athlete_id = ?1";
	sqlite3_stmt *s = store_stmt(st, sql_state, err);
	int rc;

	*found = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, day);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*found = 1;
		out->day = sqlite3_column_int(s, 0);
		out->dist_m = sqlite3_column_double(s, 1);
		out->longest_m = sqlite3_column_double(s, 2);
		out->runs = sqlite3_column_int(s, 3);
		out->acute = sqlite3_column_double(s, 4);
		out->chronic = sqlite3_column_double(s, 5);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_dberr(st, err, "reading the load state");
	if (!*found)
		return 0;
	if (!(s = store_stmt(st, sql_first, err)))
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		return store_dberr(st, err, "reading the first day");
	}
	*first_day = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	return 0;
}

/* ---- shoe distance cache ------------------------------------------------- */

static int
shoe_refresh(struct store *st, int64_t shoe, struct talus_err *err)
{
	static const char sql[] =
		"UPDATE shoe SET used_m = initial_m + (SELECT COALESCE(SUM(distance_m), 0)"
		" FROM activity WHERE shoe_id = ?1), runs = (SELECT COUNT(*) FROM activity"
		" WHERE shoe_id = ?1) WHERE id = ?1";
	sqlite3_stmt *s;

	if (!shoe)
		return 0;
	if (st->defer) {
		for (size_t i = 0; i < st->nshoes; i++)
			if (st->shoes[i] == shoe)
				return 0;
		st->shoes = xgrow(st->shoes, sizeof(*st->shoes), st->nshoes + 1, &st->ashoes);
		st->shoes[st->nshoes++] = shoe;
		return 0;
	}
	if (!(s = store_stmt(st, sql, err)))
		return err->code;
	sqlite3_bind_int64(s, 1, shoe);
	return store_step_done(st, s, err, "updating the shoe's distance");
}

/* ---- runs ------------------------------------------------------------------ */

/* A static name, or NULL as SQL NULL. */
static void
bind_name(sqlite3_stmt *s, int i, const char *name)
{
	if (name)
		sqlite3_bind_text(s, i, name, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

static void
bind_run(sqlite3_stmt *s, int64_t athlete, const struct run_entry *r)
{
	const struct activity *a = &r->a;

	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_text(s, 2, sport_name(a->sport), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, surface_name(a->surface), -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 4, a->start_utc);
	sqlite3_bind_int(s, 5, a->utc_offset_s);
	sqlite3_bind_int(s, 6, a->has_offset);
	sqlite3_bind_int(s, 7, a->has_time);
	sqlite3_bind_int(s, 8, day_from_utc(a->start_utc, a->utc_offset_s));
	sqlite3_bind_double(s, 9, isnan(a->distance_m) ? 0 : a->distance_m);
	bind_real(s, 10, a->elapsed_s);
	bind_real(s, 11, a->moving_s);
	bind_real(s, 12, a->elev_gain_m);
	bind_real(s, 13, a->avg_hr);
	bind_real(s, 14, a->avg_cadence);
	sqlite3_bind_int64(s, 15, a->points);
	sqlite3_bind_int(s, 16, a->truncated);
	sqlite3_bind_text(s, 17, a->name, -1, SQLITE_TRANSIENT);
	if (r->shoe_id)
		sqlite3_bind_int64(s, 18, r->shoe_id);
	else
		sqlite3_bind_null(s, 18);
	bind_score(s, 19, r->rpe);
	bind_score(s, 20, r->pain_during);
	bind_score(s, 21, r->pain_after);
	sqlite3_bind_text(s, 22, side_name(r->side), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 23, r->note, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 24, r->source_hash, -1, SQLITE_TRANSIENT);
	bind_name(s, 25, sport_source_name(a->sport_src));
	bind_name(s, 26, offset_source_name(a->offset_src));
}

static const char sql_run_insert[] =
	"INSERT INTO activity(athlete_id, sport, surface, start_utc, utc_offset_s,"
	" has_offset, has_time, day, distance_m, elapsed_s, moving_s, elev_gain_m,"
	" avg_hr, avg_cadence, points, truncated, name, shoe_id, rpe, pain_during,"
	" pain_after, side, note, source_hash, sport_src, utc_offset_src) VALUES (?1,"
	" ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
	" ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)";

int
store_run_insert(int64_t *out_id, struct store *st, int64_t athlete,
		 const struct run_entry *r, struct talus_err *err)
{
	sqlite3_stmt *s = store_stmt(st, sql_run_insert, err);
	int32_t day = day_from_utc(r->a.start_utc, r->a.utc_offset_s);
	int rc;

	if (!s)
		return err->code;
	bind_run(s, athlete, r);
	if ((rc = store_step_done(st, s, err, "adding a run")))
		return rc;
	if (out_id)
		*out_id = sqlite3_last_insert_rowid(st->db);
	if ((rc = days_touched(st, athlete, day, day, err)))
		return rc;
	return shoe_refresh(st, r->shoe_id, err);
}

static const char sql_run_get[] =
	"SELECT " RUN_COLS RUN_FROM "WHERE a.athlete_id = ?1 AND a.id = ?2";

int
store_run_get(struct run_entry *out, struct store *st, int64_t athlete,
	      int64_t id, struct talus_err *err)
{
	sqlite3_stmt *s = store_stmt(st, sql_run_get, err);
	int rc;

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int64(s, 2, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		run_row(out, s);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return err_set(err, TALUS_ENOTFOUND, "no run with id %lld", (long long)id);
	return store_dberr(st, err, "reading a run");
}

int
store_run_update(struct store *st, int64_t athlete, const struct run_entry *r,
		 struct talus_err *err)
{
	static const char sql[] =
		"UPDATE activity SET athlete_id = ?1, sport = ?2, surface = ?3,"
		" start_utc = ?4, utc_offset_s = ?5, has_offset = ?6, has_time = ?7,"
		" day = ?8, distance_m = ?9, elapsed_s = ?10, moving_s = ?11,"
		" elev_gain_m = ?12, avg_hr = ?13, avg_cadence = ?14, points = ?15,"
		" truncated = ?16, name = ?17, shoe_id = ?18, rpe = ?19,"
		" pain_during = ?20, pain_after = ?21, side = ?22, note = ?23,"
		" source_hash = ?24, sport_src = ?25, utc_offset_src = ?26"
		" WHERE id = ?27 AND athlete_id = ?1";
	struct run_entry old;
	sqlite3_stmt *s;
	int rc;

	if ((rc = store_run_get(&old, st, athlete, r->a.id, err)))
		return rc;
	if (!(s = store_stmt(st, sql, err)))
		return err->code;
	bind_run(s, athlete, r);
	sqlite3_bind_int64(s, 27, r->a.id);
	if ((rc = store_step_done(st, s, err, "updating a run")))
		return rc;
	if ((rc = days_touched(st, athlete, old.day,
			       day_from_utc(r->a.start_utc, r->a.utc_offset_s), err)))
		return rc;
	if ((rc = shoe_refresh(st, old.shoe_id, err)))
		return rc;
	return r->shoe_id != old.shoe_id ? shoe_refresh(st, r->shoe_id, err) : 0;
}

int
store_run_delete(struct store *st, int64_t athlete, int64_t id,
		 struct talus_err *err)
{
	static const char sql[] = "DELETE FROM activity WHERE id = ?1 AND athlete_id = ?2";
	struct run_entry old;
	sqlite3_stmt *s;
	int rc;

	if ((rc = store_run_get(&old, st, athlete, id, err)))
		return rc;
	if (!(s = store_stmt(st, sql, err)))
		return err->code;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, athlete);
	if ((rc = store_step_done(st, s, err, "deleting a run")))
		return rc;
	if ((rc = days_touched(st, athlete, old.day, old.day, err)))
		return rc;
	return shoe_refresh(st, old.shoe_id, err);
}

int
store_run_each(struct store *st, int64_t athlete, int32_t from, int32_t to,
	       int (*cb)(void *payload, const struct run_entry *r), void *payload,
	       struct talus_err *err)
{
	static const char sql[] =
		"SELECT " RUN_COLS RUN_FROM "WHERE a.athlete_id = ?1 AND a.day >= ?2"
		" AND a.day <= ?3 ORDER BY a.start_utc, a.id";
	sqlite3_stmt *s;
	struct run_entry r;
	int rc;

	/* Not the cached statement: a callback may itself use the store. */
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_dberr(st, err, "listing runs");
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, from);
	sqlite3_bind_int(s, 3, to);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		run_row(&r, s);
		if (cb(payload, &r))
			break;
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_dberr(st, err, "listing runs");
	return 0;
}

int
store_run_last(struct run_entry *out, int *found, struct store *st,
	       int64_t athlete, int32_t day, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " RUN_COLS RUN_FROM "WHERE a.athlete_id = ?1 AND a.sport = 'run'"
		" AND a.day <= ?2 ORDER BY a.day DESC, a.start_utc DESC, a.id DESC LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	*found = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, day);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		run_row(out, s);
		*found = 1;
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_dberr(st, err, "reading the last run");
}

static void
pain_row(void *elem, sqlite3_stmt *s)
{
	struct episode_run *r = elem;

	r->id = sqlite3_column_int64(s, 0);
	r->day = sqlite3_column_int(s, 1);
	r->pain_during = col_score(s, 2);
	r->pain_after = col_score(s, 3);
	r->distance_m = sqlite3_column_double(s, 4);
}

int
store_run_pains(struct episode_run **out, size_t *n, struct store *st, int64_t athlete,
		int32_t from, int32_t to, struct talus_err *err)
{
	static const char sql[] =
		"SELECT id, day, pain_during, pain_after, distance_m FROM activity WHERE athlete_id = ?1"
		" AND sport = 'run' AND day >= ?2 AND day <= ?3 ORDER BY day, id";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	size_t alloc = 0;

	*out = NULL;
	*n = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, from);
	sqlite3_bind_int(s, 3, to);
	return store_collect((void **)out, n, &alloc, sizeof(**out), st, s, pain_row,
			     "reading the runs' pain scores", err);
}

/* ---- import ------------------------------------------------------------------ */

void
store_defer(struct store *st, int on)
{
	st->defer = on;
}

static int
cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;

	return (x > y) - (x < y);
}

int
store_flush(struct store *st, int64_t athlete, struct talus_err *err)
{
	int defer = st->defer, rc = 0;
	size_t i;

	st->defer = 0;
	if (st->ndays)
		qsort(st->days, st->ndays, sizeof(*st->days), cmp_day);
	for (i = 0; i < st->ndays && !rc; i++)
		if (i == 0 || st->days[i] != st->days[i - 1])
			rc = day_aggregate(st, athlete, st->days[i], err);
	if (!rc && st->ndays)
		rc = ewma_from(st, athlete, st->days[0], err);
	for (i = 0; i < st->nshoes && !rc; i++)
		rc = shoe_refresh(st, st->shoes[i], err);
	st->ndays = st->nshoes = 0;
	st->defer = defer;
	return rc;
}

int
store_source_seen(int *seen, struct store *st, int64_t athlete, const char *hash,
		  struct talus_err *err)
{
	static const char sql[] =
		"SELECT 1 FROM source_file WHERE athlete_id = ?1 AND hash = ?2";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	*seen = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_text(s, 2, hash, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(s);
	*seen = rc == SQLITE_ROW;
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_dberr(st, err, "reading imported files");
}

int
store_source_add(struct store *st, int64_t athlete, const char *hash, const char *path,
		 int activities, struct talus_err *err)
{
	static const char sql[] =
		"INSERT OR REPLACE INTO source_file(athlete_id, hash, path, activities)"
		" VALUES (?1, ?2, ?3, ?4)";
	sqlite3_stmt *s = store_stmt(st, sql, err);

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_text(s, 2, hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 3, path, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(s, 4, activities);
	return store_step_done(st, s, err, "remembering an imported file");
}

int
store_activity_near(int64_t *out_id, struct store *st, int64_t athlete,
		    enum sport sport, int64_t start_utc, int window_s,
		    struct talus_err *err)
{
	/* Each arm has its index: activity_start, activity_user_sport. */
	static const char sql[] =
		"SELECT id FROM activity WHERE athlete_id = ?1 AND sport = ?2"
		" AND start_utc BETWEEN ?3 AND ?4"
		" UNION ALL SELECT id FROM activity WHERE athlete_id = ?1"
		" AND sport_src = 'user' AND start_utc BETWEEN ?3 AND ?4 LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	*out_id = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_text(s, 2, sport_name(sport), -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, start_utc - window_s);
	sqlite3_bind_int64(s, 4, start_utc + window_s);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out_id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_dberr(st, err, "looking for a duplicate");
}

int
store_activity_match(int64_t *out_id, struct store *st, int64_t athlete,
		     const struct activity *a, int window_s, const char *not_hash,
		     struct talus_err *err)
{
	static const char sql[] =
		"SELECT id FROM activity WHERE athlete_id = ?1 AND sport = ?2"
		" AND start_utc BETWEEN ?3 AND ?4 AND source_hash != ?5"
		" AND (?6 OR abs(distance_m - ?7) < 0.5) LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	*out_id = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_text(s, 2, sport_name(a->sport), -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, a->start_utc - window_s);
	sqlite3_bind_int64(s, 4, a->start_utc + window_s);
	sqlite3_bind_text(s, 5, not_hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(s, 6, a->has_time);
	sqlite3_bind_double(s, 7, isnan(a->distance_m) ? 0 : a->distance_m);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out_id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_dberr(st, err, "looking for a duplicate");
}

/* Reads one sorted column of strings. */
static int
strings(char ***out, size_t *n, struct store *st, int64_t athlete, const char *sql,
	struct talus_err *err)
{
	sqlite3_stmt *s = store_stmt(st, sql, err);
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xgrow(*out, sizeof(**out), *n + 1, &alloc);
		(*out)[(*n)++] = xstrdup((const char *)sqlite3_column_text(s, 0));
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_dberr(st, err, "reading imported files");
}

int
store_source_hashes(char ***out, size_t *n, struct store *st, int64_t athlete,
		    struct talus_err *err)
{
	static const char sql[] =
		"SELECT hash FROM source_file WHERE athlete_id = ?1 ORDER BY hash";

	return strings(out, n, st, athlete, sql, err);
}

int
store_source_stamps(char ***out, size_t *n, struct store *st, int64_t athlete,
		    struct talus_err *err)
{
	static const char sql[] =
		"SELECT stamp FROM source_stamp WHERE athlete_id = ?1 ORDER BY stamp";

	return strings(out, n, st, athlete, sql, err);
}

int
store_stamp_add(struct store *st, int64_t athlete, const char *stamp,
		struct talus_err *err)
{
	static const char sql[] =
		"INSERT OR IGNORE INTO source_stamp(athlete_id, stamp) VALUES (?1, ?2)";
	sqlite3_stmt *s = store_stmt(st, sql, err);

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_text(s, 2, stamp, -1, SQLITE_TRANSIENT);
	return store_step_done(st, s, err, "remembering an imported file");
}
