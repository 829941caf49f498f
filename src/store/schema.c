/* schema.c - the database schema as a list of forward migrations.
 * store_migrations[i] takes a database from version i to i + 1 (PRAGMA
 * user_version). Append only: never edit a migration that has shipped. */
#include "store/store_int.h"

const char *const store_migrations[] = {
	/* 0 -> 1 */
	"CREATE TABLE athlete("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  units TEXT NOT NULL DEFAULT 'km' CHECK (units IN ('km','mi')),"
	"  sex TEXT NOT NULL DEFAULT '',"
	"  birth_year INTEGER NOT NULL DEFAULT 0,"
	"  is_default INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE shoe("
	"  id INTEGER PRIMARY KEY,"
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  review_m REAL NOT NULL,"
	"  limit_m REAL NOT NULL,"
	"  support TEXT NOT NULL DEFAULT '',"
	"  since_day INTEGER,"
	"  initial_m REAL NOT NULL DEFAULT 0,"
	"  used_m REAL NOT NULL DEFAULT 0,"
	"  runs INTEGER NOT NULL DEFAULT 0,"
	"  retired INTEGER NOT NULL DEFAULT 0,"
	"  is_default INTEGER NOT NULL DEFAULT 0,"
	"  UNIQUE (athlete_id, name));"
	"CREATE TABLE activity("
	"  id INTEGER PRIMARY KEY,"
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  sport TEXT NOT NULL,"
	"  surface TEXT NOT NULL DEFAULT '',"
	"  start_utc INTEGER NOT NULL,"
	"  utc_offset_s INTEGER NOT NULL DEFAULT 0,"
	"  has_offset INTEGER NOT NULL DEFAULT 0,"
	"  has_time INTEGER NOT NULL DEFAULT 1,"
	"  day INTEGER NOT NULL,"
	"  distance_m REAL NOT NULL,"
	"  elapsed_s REAL, moving_s REAL, elev_gain_m REAL,"
	"  avg_hr REAL, avg_cadence REAL,"
	"  points INTEGER NOT NULL DEFAULT 0,"
	"  truncated INTEGER NOT NULL DEFAULT 0,"
	"  name TEXT NOT NULL DEFAULT '',"
	"  shoe_id INTEGER REFERENCES shoe(id) ON DELETE SET NULL,"
	"  rpe INTEGER, pain_during INTEGER, pain_after INTEGER,"
	"  side TEXT NOT NULL DEFAULT '',"
	"  note TEXT NOT NULL DEFAULT '',"
	"  source_hash TEXT NOT NULL DEFAULT '');"
	"CREATE INDEX activity_day ON activity(athlete_id, day);"
	"CREATE INDEX activity_start ON activity(athlete_id, sport, start_utc);"
	"CREATE INDEX activity_shoe ON activity(shoe_id);"
	"CREATE TABLE day_load("
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  day INTEGER NOT NULL,"
	"  dist_m REAL NOT NULL,"
	"  longest_m REAL NOT NULL,"
	"  runs INTEGER NOT NULL,"
	"  acute REAL NOT NULL,"
	"  chronic REAL NOT NULL,"
	"  PRIMARY KEY (athlete_id, day)) WITHOUT ROWID;"
	"CREATE TABLE ankle_log("
	"  id INTEGER PRIMARY KEY,"
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  day INTEGER NOT NULL,"
	"  side TEXT NOT NULL CHECK (side IN ('left','right')),"
	"  pain INTEGER, morning_pain INTEGER, stiffness INTEGER,"
	"  swelling TEXT NOT NULL DEFAULT '',"
	"  giving_way INTEGER NOT NULL DEFAULT 0,"
	"  rolled INTEGER NOT NULL DEFAULT 0,"
	"  weight_bearing TEXT NOT NULL DEFAULT '',"
	"  tender INTEGER NOT NULL DEFAULT 0,"
	"  flags INTEGER NOT NULL DEFAULT 0,"
	"  note TEXT NOT NULL DEFAULT '');"
	"CREATE INDEX ankle_day ON ankle_log(athlete_id, day);"
	"CREATE INDEX ankle_side ON ankle_log(athlete_id, side, day);",
	/* 1 -> 2: import. A file whose content was fully read is remembered by
	 * its hash, so a second import skips it at once. */
	"CREATE TABLE source_file("
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  hash TEXT NOT NULL,"
	"  path TEXT NOT NULL,"
	"  activities INTEGER NOT NULL DEFAULT 0,"
	"  PRIMARY KEY (athlete_id, hash)) WITHOUT ROWID;",
	/* 2 -> 3: the programme. An assessment keeps its answers (sprains,
	 * test values, one row per trial) and what the log said on its day
	 * (log_*: NULL when not known). A programme and a plan are stored as
	 * the inputs of their pure builders (core/programme.c, core/plan.c),
	 * the plan with its snapshot of the runs before its start, so they
	 * are rebuilt the same each time. A recovery episode is found in the
	 * ankle log (core/episode.c); its row keeps what the runner set: the
	 * protect days and an early end. */
	"CREATE TABLE assessment("
	"  id INTEGER PRIMARY KEY,"
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  day INTEGER NOT NULL,"
	"  sex TEXT NOT NULL DEFAULT '',"
	"  birth_year INTEGER NOT NULL DEFAULT 0,"
	"  gait TEXT NOT NULL DEFAULT 'unknown',"
	"  shoe_support TEXT NOT NULL DEFAULT 'unknown',"
	"  brace_or_tape INTEGER,"
	"  log_l1_spikes INTEGER, log_l3_weeks INTEGER,"
	"  log_monotony_high INTEGER, log_few_rest_days INTEGER,"
	"  log_long_streak INTEGER, log_symptoms_after_long INTEGER,"
	"  log_shoe_m REAL, log_shoe_support TEXT NOT NULL DEFAULT 'unknown',"
	"  log_shoe_pairs INTEGER);"
	"CREATE INDEX assessment_day ON assessment(athlete_id, day);"
	"CREATE TABLE assessment_sprain("
	"  assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
	"  n INTEGER NOT NULL,"
	"  side TEXT NOT NULL CHECK (side IN ('left','right')),"
	"  year INTEGER NOT NULL,"
	"  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),"
	"  rehab_done INTEGER,"
	"  PRIMARY KEY (assessment_id, n)) WITHOUT ROWID;"
	"CREATE TABLE assessment_test("
	"  assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
	"  test TEXT NOT NULL CHECK (test IN ('T1','T2','T3','T4','Q1')),"
	"  side TEXT NOT NULL CHECK (side IN ('left','right')),"
	"  trial INTEGER NOT NULL DEFAULT 1,"
	"  value REAL NOT NULL,"
	"  PRIMARY KEY (assessment_id, test, side, trial)) WITHOUT ROWID;"
	"CREATE TABLE programme("
	"  id INTEGER PRIMARY KEY,"
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  start_day INTEGER NOT NULL,"
	"  weekday_mask INTEGER NOT NULL,"
	"  long_run_weekday INTEGER NOT NULL DEFAULT -1,"
	"  assessment_id INTEGER REFERENCES assessment(id) ON DELETE SET NULL,"
	"  weak_left INTEGER NOT NULL DEFAULT 0,"
	"  weak_right INTEGER NOT NULL DEFAULT 0,"
	"  weaker TEXT NOT NULL DEFAULT '',"
	"  created_day INTEGER NOT NULL);"
	"CREATE INDEX programme_athlete ON programme(athlete_id, id);"
	"CREATE TABLE programme_log("
	"  id INTEGER PRIMARY KEY,"
	"  programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
	"  day INTEGER NOT NULL,"
	"  exercise TEXT NOT NULL,"
	"  side TEXT NOT NULL CHECK (side IN ('left','right','both')),"
	"  level INTEGER NOT NULL DEFAULT 0,"
	"  sets INTEGER NOT NULL,"
	"  reps INTEGER NOT NULL DEFAULT 0,"
	"  hold_s INTEGER NOT NULL DEFAULT 0,"
	"  lost_balance INTEGER NOT NULL DEFAULT 0,"
	"  rating TEXT NOT NULL DEFAULT '');"
	"CREATE INDEX programme_log_day ON programme_log(programme_id, day);"
	"CREATE TABLE plan("
	"  id INTEGER PRIMARY KEY,"
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  start_day INTEGER NOT NULL,"
	"  weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 52),"
	"  target_week_m REAL NOT NULL,"
	"  long_run_weekday INTEGER NOT NULL,"
	"  runs_per_week INTEGER NOT NULL,"
	"  created_day INTEGER NOT NULL);"
	"CREATE INDEX plan_athlete ON plan(athlete_id, id);"
	"CREATE TABLE plan_recent_run("
	"  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
	"  day INTEGER NOT NULL,"
	"  distance_m REAL NOT NULL);"
	"CREATE INDEX plan_recent_plan ON plan_recent_run(plan_id);"
	"CREATE TABLE recovery("
	"  id INTEGER PRIMARY KEY,"
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  start_day INTEGER NOT NULL,"
	"  protect_days INTEGER NOT NULL DEFAULT 3 CHECK (protect_days BETWEEN 1 AND 3),"
	"  ended_day INTEGER,"
	"  UNIQUE (athlete_id, start_day));",
	/* 3 -> 4: import stamps. A file on disk (size, mtime, path) or a zip
	 * entry (CRC-32, size, name from the archive's directory) seen before
	 * is skipped without reading it; a nested zip whose entries all went
	 * in is skipped without extracting it. */
	"CREATE TABLE source_stamp("
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  stamp TEXT NOT NULL,"
	"  PRIMARY KEY (athlete_id, stamp)) WITHOUT ROWID;",
	/* 4 -> 5: the runs' pain scores, as the recovery episodes read them
	 * every day, answered from the index alone. */
	"CREATE INDEX activity_pain ON activity(athlete_id, sport, day, id, pain_during, pain_after)",
	/* 5 -> 6: a counter each write transaction moves on, so that a
	 * COMMIT that reports a disk error can be told from one that did not
	 * happen (store_commit()). */
	"CREATE TABLE txn(seq INTEGER NOT NULL); INSERT INTO txn VALUES (0);",
	/* 6 -> 7: where an activity's sport and UTC offset came from
	 * (core/activity.h: sport_source_name(), offset_source_name()). Rows
	 * from before keep NULL: not recorded. A sport the user set is never
	 * replaced by an import of the same activity, which the partial index
	 * finds whatever the sport. */
	"ALTER TABLE activity ADD COLUMN sport_src TEXT;"
	"ALTER TABLE activity ADD COLUMN utc_offset_src TEXT;"
	"CREATE INDEX activity_user_sport ON activity(athlete_id, start_utc)"
	" WHERE sport_src = 'user';",
	/* 7 -> 8: red flags stand until resolved. A consultation resolves
	 * those of its side logged on or before its day (core/redflag.h); an
	 * ankle log's --red-flags none is a bit of flags (store_ankle.c).
	 * The logs that bear on the red flags, found without a scan; the
	 * runs' distances beside their pain scores, for the re-entry. */
	"CREATE TABLE consult("
	"  id INTEGER PRIMARY KEY,"
	"  athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,"
	"  day INTEGER NOT NULL,"
	"  side TEXT NOT NULL CHECK (side IN ('left','right','both')),"
	"  by TEXT NOT NULL CHECK (by IN ('clinician','physio')),"
	"  note TEXT NOT NULL DEFAULT '');"
	"CREATE INDEX consult_day ON consult(athlete_id, day);"
	"CREATE INDEX ankle_flagged ON ankle_log(athlete_id, day)"
	"  WHERE flags != 0 OR tender != 0 OR weight_bearing = 'unable';"
	"DROP INDEX activity_pain;"
	"CREATE INDEX activity_pain ON activity(athlete_id, sport, day, id, pain_during,"
	"  pain_after, distance_m);",
};

const int store_nmigrations = (int)(sizeof(store_migrations) / sizeof(store_migrations[0]));
