/* store_programme.c - assessments, programmes and their log, plans and
 * recovery rows (see store_programme.h).
 *
 * These statements are prepared per call and finalised, not kept in the
 * statement cache: each runs a few times per process, and the cache
 * (NSTMT) is left to the hot paths of runs and imports. */
#include "store/store_programme.h"
#include "store/store_int.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Names as the database keeps them are core's (assess.h, programme.h);
 * a rating not given is "". */
static void
bind_rating(sqlite3_stmt *s, int i, enum programme_rating r)
{
	if (r == RATED_UNKNOWN)
		sqlite3_bind_text(s, i, "", -1, SQLITE_STATIC);
	else
		sqlite3_bind_text(s, i, programme_rating_str(r), -1, SQLITE_STATIC);
}

/* Steps a statement that returns no rows. */
static int
done(struct store *st, sqlite3_stmt *s, struct talus_err *err, const char *what)
{
	return store_step_done(st, s, err, what);
}

static void
bind_fact(sqlite3_stmt *s, int i, enum fact f)
{
	if (f == FACT_UNKNOWN)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int(s, i, f == FACT_YES);
}

static enum fact
col_fact(sqlite3_stmt *s, int i)
{
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return FACT_UNKNOWN;
	return sqlite3_column_int(s, i) ? FACT_YES : FACT_NO;
}

static int
col_count(sqlite3_stmt *s, int i)
{
	return sqlite3_column_type(s, i) == SQLITE_NULL ? -1 : sqlite3_column_int(s, i);
}

/* ---- assessments --------------------------------------------------------- */

static int
put_test(struct store *st, int64_t id, enum assess_test t, int side, int trial,
	 double v, struct talus_err *err)
{
	static const char sql[] =
		"INSERT INTO assessment_test(assessment_id, test, side, trial, value)"
		" VALUES (?1, ?2, ?3, ?4, ?5)";
	sqlite3_stmt *s;

	if (isnan(v))
		return 0;
	if (!(s = store_stmt(st, sql, err)))
		return err->code;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, assess_test_id((enum assess_test)t), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, assess_side_name(side), -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 4, trial);
	sqlite3_bind_double(s, 5, v);
	return done(st, s, err, "adding a test value");
}

int
store_assess_insert(int64_t *out_id, struct store *st, int64_t athlete,
		    const struct assess_record *r, struct talus_err *err)
{
	static const char sql[] =
		"INSERT INTO assessment(athlete_id, day, sex, birth_year, gait,"
		" shoe_support, brace_or_tape, log_l1_spikes, log_l3_weeks,"
		" log_monotony_high, log_few_rest_days, log_long_streak,"
		" log_symptoms_after_long, log_shoe_m, log_shoe_support, log_shoe_pairs,"
		" log_days)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
		" ?15, ?16, ?17)";
	static const char sql_sprain[] =
		"INSERT INTO assessment_sprain(assessment_id, n, side, year, month,"
		" rehab_done) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	const struct assess_input *in = &r->in;
	const struct assess_log_facts *f = &r->facts;
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int64_t id;
	int rc;

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, in->day);
	sqlite3_bind_text(s, 3, assess_sex_name(in->sex), -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 4, in->birth_year);
	sqlite3_bind_text(s, 5, assess_gait_name(in->gait), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 6, assess_shoe_name(in->shoe_support), -1, SQLITE_STATIC);
	bind_fact(s, 7, in->brace_or_tape);
	bind_score(s, 8, f->l1_spikes_12w);
	bind_score(s, 9, f->l3_weeks_12w);
	bind_fact(s, 10, f->monotony_high);
	bind_fact(s, 11, f->few_rest_days);
	bind_fact(s, 12, f->long_streak);
	bind_fact(s, 13, f->symptoms_after_long_runs);
	bind_real(s, 14, isnan(f->shoe_km) ? NAN : f->shoe_km * 1000.0);
	sqlite3_bind_text(s, 15, assess_shoe_name(f->shoe_support), -1, SQLITE_STATIC);
	bind_score(s, 16, f->shoe_pairs);
	bind_score(s, 17, f->log_days);
	if ((rc = done(st, s, err, "adding an assessment")))
		return rc;
	id = sqlite3_last_insert_rowid(st->db);

	for (int i = 0; i < in->n_sprains; i++) {
		const struct assess_sprain *sp = &in->sprains[i];
		if (!(s = store_stmt(st, sql_sprain, err)))
			return err->code;
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int(s, 2, i);
		sqlite3_bind_text(s, 3, assess_side_name(sp->side == LIMB_RIGHT ? LIMB_RIGHT : LIMB_LEFT), -1,
				  SQLITE_STATIC);
		sqlite3_bind_int(s, 4, sp->year);
		sqlite3_bind_int(s, 5, sp->month);
		bind_fact(s, 6, sp->rehab_done);
		if ((rc = done(st, s, err, "adding a sprain")))
			return rc;
	}
	for (int side = LIMB_LEFT; side <= LIMB_RIGHT; side++) {
		const struct assess_side_tests *t = &in->side[side];
		if ((rc = put_test(st, id, TEST_Q1_CAIT, side, 1,
				   t->cait < 0 ? NAN : t->cait, err)) ||
		    (rc = put_test(st, id, TEST_T3_HEEL_RAISE, side, 1,
				   t->heel_raise_reps < 0 ? NAN : t->heel_raise_reps, err)) ||
		    (rc = put_test(st, id, TEST_T2_KNEE_WALL, side, 1, t->knee_wall_cm, err)) ||
		    (rc = put_test(st, id, TEST_T4_YBALANCE, side, 1, t->ybal_ant_cm, err)))
			return rc;
		for (int k = 0; k < STANCE_TRIALS; k++)
			if ((rc = put_test(st, id, TEST_T1_STANCE, side, k + 1,
					   t->stance_s[k], err)))
				return rc;
	}
	if (out_id)
		*out_id = id;
	return 0;
}

#define ASSESS_COLS "id, day, sex, birth_year, gait, shoe_support, brace_or_tape," \
	" log_l1_spikes, log_l3_weeks, log_monotony_high, log_few_rest_days," \
	" log_long_streak, log_symptoms_after_long, log_shoe_m, log_shoe_support," \
	" log_shoe_pairs, log_days"

static void
assess_row(struct assess_record *r, sqlite3_stmt *s)
{
	char buf[32];
	struct assess_log_facts *f = &r->facts;

	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(s, 0);
	assess_input_init(&r->in, sqlite3_column_int(s, 1));
	col_text(buf, sizeof(buf), s, 2);
	r->in.sex = assess_sex_of(buf);
	r->in.birth_year = sqlite3_column_int(s, 3);
	col_text(buf, sizeof(buf), s, 4);
	assess_gait_parse(&r->in.gait, buf);
	col_text(buf, sizeof(buf), s, 5);
	assess_shoe_parse(&r->in.shoe_support, buf);
	r->in.brace_or_tape = col_fact(s, 6);
	assess_log_facts_init(f);
	f->l1_spikes_12w = col_count(s, 7);
	f->l3_weeks_12w = col_count(s, 8);
	f->monotony_high = col_fact(s, 9);
	f->few_rest_days = col_fact(s, 10);
	f->long_streak = col_fact(s, 11);
	f->symptoms_after_long_runs = col_fact(s, 12);
	f->shoe_km = col_real(s, 13) / 1000.0;
	col_text(buf, sizeof(buf), s, 14);
	assess_shoe_parse(&f->shoe_support, buf);
	f->shoe_pairs = col_count(s, 15);
	f->log_days = col_count(s, 16);
}

/* Reads the sprains and test values of r. */
static int
assess_children(struct store *st, struct assess_record *r, struct talus_err *err)
{
	static const char sql_sprain[] =
		"SELECT side, year, month, rehab_done FROM assessment_sprain"
		" WHERE assessment_id = ?1 ORDER BY n";
	static const char sql_test[] =
		"SELECT test, side, trial, value FROM assessment_test"
		" WHERE assessment_id = ?1";
	sqlite3_stmt *s;
	char buf[16];
	int rc;

	if (!(s = store_stmt(st, sql_sprain, err)))
		return err->code;
	sqlite3_bind_int64(s, 1, r->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && r->in.n_sprains < ASSESS_MAX_SPRAINS) {
		struct assess_sprain *sp = &r->in.sprains[r->in.n_sprains++];
		col_text(buf, sizeof(buf), s, 0);
		sp->side = strcmp(buf, "right") ? LIMB_LEFT : LIMB_RIGHT;
		sp->year = sqlite3_column_int(s, 1);
		sp->month = sqlite3_column_int(s, 2);
		sp->rehab_done = col_fact(s, 3);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_dberr(st, err, "reading sprains");

	if (!(s = store_stmt(st, sql_test, err)))
		return err->code;
	sqlite3_bind_int64(s, 1, r->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct assess_side_tests *t;
		int trial = sqlite3_column_int(s, 2);
		double v = sqlite3_column_double(s, 3);
		enum assess_test test;

		col_text(buf, sizeof(buf), s, 1);
		t = &r->in.side[strcmp(buf, "right") ? LIMB_LEFT : LIMB_RIGHT];
		col_text(buf, sizeof(buf), s, 0);
		if (assess_test_parse(&test, buf))
			continue;
		switch (test) {
		case TEST_T1_STANCE:
			if (trial >= 1 && trial <= STANCE_TRIALS)
				t->stance_s[trial - 1] = v;
			break;
		case TEST_T2_KNEE_WALL:
			t->knee_wall_cm = v;
			break;
		case TEST_T3_HEEL_RAISE:
			t->heel_raise_reps = (int)v;
			break;
		case TEST_T4_YBALANCE:
			t->ybal_ant_cm = v;
			break;
		case TEST_Q1_CAIT:
			t->cait = (int)v;
			break;
		default:
			break;
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_dberr(st, err, "reading test values");
	return 0;
}

/* Runs a query of ASSESS_COLS rows, appending to *out. */
static int
assess_query(struct assess_record **out, size_t *n, size_t max, struct store *st,
	     sqlite3_stmt *s, struct talus_err *err)
{
	size_t alloc = 0, first = *n;
	int rc = SQLITE_DONE;

	while (*n < max && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xgrow(*out, sizeof(**out), *n + 1, &alloc);
		assess_row(&(*out)[(*n)++], s);
	}
	if (*n < max && rc != SQLITE_DONE) {
		sqlite3_reset(s);
		return store_dberr(st, err, "reading assessments");
	}
	sqlite3_reset(s);
	for (size_t i = first; i < *n; i++)
		if ((rc = assess_children(st, &(*out)[i], err)))
			return rc;
	return 0;
}

int
store_assess_latest(struct assess_record *out, int *found, struct store *st,
		    int64_t athlete, int32_t day, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " ASSESS_COLS " FROM assessment WHERE athlete_id = ?1"
		" AND day <= ?2 ORDER BY day DESC, id DESC LIMIT 1";
	struct assess_record *r = NULL;
	sqlite3_stmt *s = store_stmt(st, sql, err);
	size_t n = 0;
	int rc;

	*found = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, day);
	if (!(rc = assess_query(&r, &n, 1, st, s, err)) && n) {
		*out = r[0];
		*found = 1;
	}
	free(r);
	return rc;
}

int
store_assess_get(struct assess_record *out, struct store *st, int64_t athlete,
		 int64_t id, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " ASSESS_COLS " FROM assessment WHERE athlete_id = ?1 AND id = ?2";
	struct assess_record *r = NULL;
	sqlite3_stmt *s = store_stmt(st, sql, err);
	size_t n = 0;
	int rc;

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int64(s, 2, id);
	if (!(rc = assess_query(&r, &n, 1, st, s, err))) {
		if (n)
			*out = r[0];
		else
			rc = err_set(err, TALUS_ENOTFOUND, "no assessment with id %lld",
				     (long long)id);
	}
	free(r);
	return rc;
}

int
store_assess_list(struct assess_record **out, size_t *n, struct store *st,
		  int64_t athlete, int32_t from, int32_t to, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " ASSESS_COLS " FROM assessment WHERE athlete_id = ?1"
		" AND day >= ?2 AND day <= ?3 ORDER BY day, id";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, from);
	sqlite3_bind_int(s, 3, to);
	if ((rc = assess_query(out, n, (size_t)-1, st, s, err))) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

/* ---- programmes ---------------------------------------------------------- */

int
store_programme_insert(int64_t *out_id, struct store *st, int64_t athlete,
		       const struct programme_record *p, struct talus_err *err)
{
	static const char sql[] =
		"INSERT INTO programme(athlete_id, start_day, weekday_mask,"
		" long_run_weekday, assessment_id, weak_left, weak_right, weaker,"
		" created_day) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, p->start);
	sqlite3_bind_int(s, 3, (int)p->weekday_mask);
	sqlite3_bind_int(s, 4, p->long_run_weekday);
	if (p->assessment_id)
		sqlite3_bind_int64(s, 5, p->assessment_id);
	else
		sqlite3_bind_null(s, 5);
	sqlite3_bind_int(s, 6, (int)p->weak.mask[LIMB_LEFT]);
	sqlite3_bind_int(s, 7, (int)p->weak.mask[LIMB_RIGHT]);
	sqlite3_bind_text(s, 8, p->weak.weaker == LIMB_LEFT ? "left" :
			  p->weak.weaker == LIMB_RIGHT ? "right" : "", -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 9, p->created);
	if ((rc = done(st, s, err, "adding a programme")))
		return rc;
	if (out_id)
		*out_id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* The columns programme_row() reads. */
#define PROGRAMME_COLUMNS \
	"id, start_day, weekday_mask, long_run_weekday, assessment_id," \
	" weak_left, weak_right, weaker, created_day"

static void
programme_row(struct programme_record *p, sqlite3_stmt *s)
{
	char buf[8];

	memset(p, 0, sizeof(*p));
	p->id = sqlite3_column_int64(s, 0);
	p->start = sqlite3_column_int(s, 1);
	p->weekday_mask = (unsigned)sqlite3_column_int(s, 2);
	p->long_run_weekday = sqlite3_column_int(s, 3);
	p->assessment_id = sqlite3_column_int64(s, 4);
	p->weak.mask[LIMB_LEFT] = (unsigned)sqlite3_column_int(s, 5);
	p->weak.mask[LIMB_RIGHT] = (unsigned)sqlite3_column_int(s, 6);
	col_text(buf, sizeof(buf), s, 7);
	p->weak.weaker = !strcmp(buf, "left") ? LIMB_LEFT :
			 !strcmp(buf, "right") ? LIMB_RIGHT : LIMB_NONE;
	p->created = sqlite3_column_int(s, 8);
}

int
store_programme_current(struct programme_record *out, int *found, struct store *st,
			int64_t athlete, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " PROGRAMME_COLUMNS " FROM programme"
		" WHERE athlete_id = ?1 ORDER BY id DESC LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	*found = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		programme_row(out, s);
		*found = 1;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_dberr(st, err, "reading the programme");
	return 0;
}

int
store_programme_list(struct programme_record **out, size_t *n, struct store *st,
		     int64_t athlete, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " PROGRAMME_COLUMNS " FROM programme"
		" WHERE athlete_id = ?1 ORDER BY id";
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
		programme_row(&(*out)[(*n)++], s);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return store_dberr(st, err, "reading the programmes");
	}
	return 0;
}

int
store_programme_log_insert(int64_t *out_id, struct store *st,
			   const struct programme_entry *e, struct talus_err *err)
{
	static const char sql[] =
		"INSERT INTO programme_log(programme_id, day, exercise, side, level,"
		" sets, reps, hold_s, lost_balance, rating, pain)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, e->programme_id);
	sqlite3_bind_int(s, 2, e->day);
	sqlite3_bind_text(s, 3, e->exercise, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 4, assess_side_name((unsigned)e->side < 3 ? e->side : LIMB_BOTH), -1,
			  SQLITE_STATIC);
	sqlite3_bind_int(s, 5, e->level);
	sqlite3_bind_int(s, 6, e->sets);
	sqlite3_bind_int(s, 7, e->reps);
	sqlite3_bind_int(s, 8, e->hold_s);
	sqlite3_bind_int(s, 9, e->lost_balance ? 1 : 0);
	bind_rating(s, 10, e->rating);
	bind_score(s, 11, e->pain);
	if ((rc = done(st, s, err, "logging an exercise")))
		return rc;
	if (out_id)
		*out_id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* The columns plog_rows() reads, from programme_log as l. */
#define PLOG_COLUMNS \
	"l.id, l.programme_id, l.day, l.exercise, l.side, l.level, l.sets," \
	" l.reps, l.hold_s, l.lost_balance, l.rating, l.pain"

/* The rows of s, a statement that selects PLOG_COLUMNS and is bound,
 * into *out; s is reset. */
static int
plog_rows(struct programme_entry **out, size_t *n, struct store *st, sqlite3_stmt *s,
	  struct talus_err *err)
{
	size_t alloc = 0;
	char buf[8];
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct programme_entry *e;
		*out = xgrow(*out, sizeof(**out), *n + 1, &alloc);
		e = &(*out)[(*n)++];
		memset(e, 0, sizeof(*e));
		e->id = sqlite3_column_int64(s, 0);
		e->programme_id = sqlite3_column_int64(s, 1);
		e->day = sqlite3_column_int(s, 2);
		col_text(e->exercise, sizeof(e->exercise), s, 3);
		col_text(buf, sizeof(buf), s, 4);
		assess_side_parse(&e->side, buf);
		e->level = sqlite3_column_int(s, 5);
		e->sets = sqlite3_column_int(s, 6);
		e->reps = sqlite3_column_int(s, 7);
		e->hold_s = sqlite3_column_int(s, 8);
		e->lost_balance = sqlite3_column_int(s, 9);
		col_text(buf, sizeof(buf), s, 10);
		e->rating = programme_rating_of(buf);
		e->pain = col_count(s, 11);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return store_dberr(st, err, "reading the programme log");
	}
	return 0;
}

int
store_programme_log_list(struct programme_entry **out, size_t *n, struct store *st,
			 int64_t programme_id, int32_t to, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " PLOG_COLUMNS " FROM programme_log l"
		" WHERE l.programme_id = ?1 AND l.day <= ?2 ORDER BY l.day, l.id";
	sqlite3_stmt *s = store_stmt(st, sql, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, programme_id);
	sqlite3_bind_int(s, 2, to);
	return plog_rows(out, n, st, s, err);
}

int
store_programme_log_range(struct programme_entry **out, size_t *n, struct store *st,
			  int64_t athlete, int32_t from, int32_t to, struct talus_err *err)
{
	static const char sql[] =
		"SELECT " PLOG_COLUMNS " FROM programme_log l"
		" JOIN programme p ON p.id = l.programme_id WHERE p.athlete_id = ?1"
		" AND l.day >= ?2 AND l.day <= ?3 ORDER BY l.day, l.id";
	sqlite3_stmt *s = store_stmt(st, sql, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, from);
	sqlite3_bind_int(s, 3, to);
	return plog_rows(out, n, st, s, err);
}

/* ---- plans --------------------------------------------------------------- */

int
store_plan_insert(int64_t *out_id, struct store *st, int64_t athlete,
		  const struct plan_record *p, struct talus_err *err)
{
	static const char sql[] =
		"INSERT INTO plan(athlete_id, start_day, weeks, target_week_m,"
		" long_run_weekday, runs_per_week, created_day)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
	static const char sql_run[] =
		"INSERT INTO plan_recent_run(plan_id, day, distance_m) VALUES (?1, ?2, ?3)";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int64_t id;
	int rc;

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, p->start);
	sqlite3_bind_int(s, 3, p->weeks);
	sqlite3_bind_double(s, 4, p->target_week_m);
	sqlite3_bind_int(s, 5, p->long_run_weekday);
	sqlite3_bind_int(s, 6, p->runs_per_week);
	sqlite3_bind_int(s, 7, p->created);
	if ((rc = done(st, s, err, "adding a plan")))
		return rc;
	id = sqlite3_last_insert_rowid(st->db);
	if (!(s = store_stmt(st, sql_run, err)))
		return err->code;
	for (size_t i = 0; i < p->n_recent; i++) {
		sqlite3_reset(s);
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int(s, 2, p->recent[i].day);
		sqlite3_bind_double(s, 3, p->recent[i].distance_m);
		if ((rc = store_step_done(st, s, err, "adding a plan's recent run"))) {
			sqlite3_reset(s);
			return rc;
		}
	}
	sqlite3_reset(s);
	if (out_id)
		*out_id = id;
	return 0;
}

int
store_plan_current(struct plan_record *out, int *found, struct store *st,
		   int64_t athlete, struct talus_err *err)
{
	static const char sql[] =
		"SELECT id, start_day, weeks, target_week_m, long_run_weekday,"
		" runs_per_week, created_day FROM plan WHERE athlete_id = ?1"
		" ORDER BY id DESC LIMIT 1";
	static const char sql_run[] =
		"SELECT day, distance_m FROM plan_recent_run WHERE plan_id = ?1"
		" ORDER BY day, rowid";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	size_t alloc = 0;
	int rc;

	*found = 0;
	memset(out, 0, sizeof(*out));
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->id = sqlite3_column_int64(s, 0);
		out->start = sqlite3_column_int(s, 1);
		out->weeks = sqlite3_column_int(s, 2);
		out->target_week_m = sqlite3_column_double(s, 3);
		out->long_run_weekday = sqlite3_column_int(s, 4);
		out->runs_per_week = sqlite3_column_int(s, 5);
		out->created = sqlite3_column_int(s, 6);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW)
		return store_dberr(st, err, "reading the plan");
	if (!(s = store_stmt(st, sql_run, err)))
		return err->code;
	sqlite3_bind_int64(s, 1, out->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		out->recent = xgrow(out->recent, sizeof(*out->recent), out->n_recent + 1, &alloc);
		out->recent[out->n_recent].day = sqlite3_column_int(s, 0);
		out->recent[out->n_recent].distance_m = sqlite3_column_double(s, 1);
		out->n_recent++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		plan_record_release(out);
		return store_dberr(st, err, "reading the plan's recent runs");
	}
	*found = 1;
	return 0;
}

/* ---- recovery ------------------------------------------------------------ */

int
store_recovery_list(struct recovery_record **out, size_t *n, struct store *st,
		    int64_t athlete, int32_t from, int32_t to, struct talus_err *err)
{
	static const char sql[] =
		"SELECT id, start_day, protect_days, ended_day FROM recovery"
		" WHERE athlete_id = ?1 AND start_day >= ?2 AND start_day <= ?3"
		" ORDER BY start_day";
	sqlite3_stmt *s = store_stmt(st, sql, err);
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
		struct recovery_record *r;
		*out = xgrow(*out, sizeof(**out), *n + 1, &alloc);
		r = &(*out)[(*n)++];
		r->id = sqlite3_column_int64(s, 0);
		r->start = sqlite3_column_int(s, 1);
		r->protect_days = sqlite3_column_int(s, 2);
		r->ended = sqlite3_column_type(s, 3) == SQLITE_NULL ? INT32_MIN :
			   sqlite3_column_int(s, 3);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return store_dberr(st, err, "reading recovery episodes");
	}
	return 0;
}

int
store_recovery_put(struct store *st, int64_t athlete, const struct recovery_record *r,
		   struct talus_err *err)
{
	static const char sql[] =
		"INSERT INTO recovery(athlete_id, start_day, protect_days, ended_day)"
		" VALUES (?1, ?2, ?3, ?4) ON CONFLICT (athlete_id, start_day) DO UPDATE"
		" SET protect_days = excluded.protect_days, ended_day = excluded.ended_day";
	sqlite3_stmt *s = store_stmt(st, sql, err);

	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, r->start);
	sqlite3_bind_int(s, 3, r->protect_days);
	if (r->ended == INT32_MIN)
		sqlite3_bind_null(s, 4);
	else
		sqlite3_bind_int(s, 4, r->ended);
	return done(st, s, err, "saving a recovery episode");
}

int
store_guides(struct store_guides *out, struct store *st, int64_t athlete, int32_t from,
	     int32_t to, struct talus_err *err)
{
	static const char sql[] =
		"SELECT EXISTS (SELECT 1 FROM programme WHERE athlete_id = ?1),"
		" EXISTS (SELECT 1 FROM plan WHERE athlete_id = ?1),"
		" EXISTS (SELECT 1 FROM recovery WHERE athlete_id = ?1 AND start_day >= ?2"
		" AND start_day <= ?3),"
		" EXISTS (SELECT 1 FROM assessment WHERE athlete_id = ?1 AND day <= ?3),"
		" EXISTS (SELECT 1 FROM consult WHERE athlete_id = ?1 AND day <= ?3),"
		/* the WHERE of the partial index ankle_flagged */
		" EXISTS (SELECT 1 FROM ankle_log WHERE athlete_id = ?1 AND day <= ?3"
		" AND (flags != 0 OR tender != 0 OR weight_bearing = 'unable'))";
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	memset(out, 0, sizeof(*out));
	if (!s)
		return err->code;
	sqlite3_bind_int64(s, 1, athlete);
	sqlite3_bind_int(s, 2, from);
	sqlite3_bind_int(s, 3, to);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		out->programme = sqlite3_column_int(s, 0);
		out->plan = sqlite3_column_int(s, 1);
		out->recovery = sqlite3_column_int(s, 2);
		out->assessment = sqlite3_column_int(s, 3);
		out->consult = sqlite3_column_int(s, 4);
		out->flagged = sqlite3_column_int(s, 5);
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW ? 0 : store_dberr(st, err, "reading the programme and plans");
}
