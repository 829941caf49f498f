# Your data: talus export, backup and restore; their messages and usage errors.
$ talus init --name Ann
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ talus shoe add "Pegasus 40"
added shoe 'Pegasus 40': review at 480.0 km, replace at 800.0 km
'Pegasus 40' is the default for new runs (change it with: talus shoe default NAME)
$ talus run add --date 2026-02-20T07:30 --distance 8.5km --duration 48:30 --rpe 4 --note 'easy, "chatty"'
added run 1: 2026-02-20, 8.5 km in 48:30 (5:42 /km)
$ talus run add --date 2026-02-21 --distance 5km --side left --pain-after 2
added run 2: 2026-02-21, 5.0 km
$ talus ankle log --date 2026-02-22 --side left --pain 2 --note "sore, a bit"
logged left ankle on 2026-02-22 (log 1)
see what it means for today with: talus today
# JSON to standard output is the default.
$ talus export --since 2026-02-21
{
  "format": "talus-export",
  "version": 1,
  "athlete": {
    "name": "Ann",
    "units": "km",
    "sex": null,
    "birth_year": null
  },
  "exported": "2026-03-01T00:00:00Z",
  "since": "2026-02-21",
  "until": null,
  "runs": [
    {
      "id": 2,
      "sport": "run",
      "sport_source": "user",
      "start_utc": "2026-02-21T12:00:00Z",
      "utc_offset_s": 0,
      "utc_offset_source": "entered",
      "elapsed_s": null,
      "moving_s": null,
      "distance_m": 5000,
      "points": 0,
      "date": "2026-02-21",
      "surface": null,
      "elev_gain_m": null,
      "avg_hr": null,
      "avg_cadence": null,
      "name": null,
      "shoe": "Pegasus 40",
      "rpe": null,
      "pain_during": null,
      "pain_after": 2,
      "side": "left",
      "note": null,
      "truncated": false
    }
  ],
  "ankle_logs": [
    {
      "id": 1,
      "date": "2026-02-22",
      "side": "left",
      "pain": 2,
      "morning_pain": null,
      "stiffness": null,
      "swelling": null,
      "giving_way": 0,
      "rolled": false,
      "weight_bearing": null,
      "tender": [],
      "numb": false,
      "cold_or_discoloured": false,
      "deformity": false,
      "crack": false,
      "achilles_snap": false,
      "hot_swollen_fever": false,
      "bone_pain_worsening": false,
      "red_flags_none": false,
      "note": "sore, a bit"
    }
  ],
  "shoes": [
    {
      "id": 1,
      "name": "Pegasus 40",
      "used_m": 13500,
      "initial_m": 0,
      "activities": 2,
      "review_m": 480000,
      "limit_m": 800000,
      "support": null,
      "since": null,
      "retired": false,
      "default": true
    }
  ],
  "assessments": [],
  "programmes": [],
  "programme_logs": [],
  "plans": [],
  "recoveries": [],
  "consultations": []
}
# CSV: one file per table, into a folder or a zip.
$ talus export -o mydata
exported 2 activities, 1 ankle log, 1 shoe, 0 assessments, 0 programme log entries, 0 programmes, 0 plans, 0 recovery records, 0 consultations to mydata
$ ls mydata
ankle_logs.csv
assessment_sprains.csv
assessments.csv
consultations.csv
plans.csv
programme_logs.csv
programmes.csv
recoveries.csv
runs.csv
shoes.csv
$ tr -d '\r' < mydata/runs.csv
id,date,time,utc_offset,sport,distance_m,elapsed_s,moving_s,surface,shoe,rpe,pain_during,pain_after,side,note,name,elev_gain_m,avg_hr,avg_cadence,points,truncated,sport_source,utc_offset_source
1,2026-02-20,07:30:00,+00:00,run,8500,2910,2910,,Pegasus 40,4,,,,"easy, ""chatty""",,,,,0,0,user,entered
2,2026-02-21,,+00:00,run,5000,,,,Pegasus 40,,,2,left,,,,,,0,0,user,entered
$ tr -d '\r' < mydata/ankle_logs.csv
id,date,side,pain,morning_pain,stiffness,swelling,giving_way,rolled,weight_bearing,tender,numb,cold_or_discoloured,deformity,crack,achilles_snap,hot_swollen_fever,bone_pain_worsening,red_flags_none,note
1,2026-02-22,left,2,,,,0,0,,,0,0,0,0,0,0,0,0,"sore, a bit"
$ talus export --format csv --output e.zip
exported 2 activities, 1 ankle log, 1 shoe, 0 assessments, 0 programme log entries, 0 programmes, 0 plans, 0 recovery records, 0 consultations to e.zip
$ talus export -o e.json --until 2026-02-20
exported 1 activity, 0 ankle logs, 1 shoe, 0 assessments, 0 programme log entries, 0 programmes, 0 plans, 0 recovery records, 0 consultations to e.json
$ head -3 e.json
{
  "format": "talus-export",
  "version": 1,
# Usage errors: nothing is written.
$ talus export --format csv
! talus: export: a CSV export is one file per table: give -o FOLDER or -o FILE.zip
! e.g. talus export -o talus-export.zip, or talus export --format json > talus.json
[2]
$ talus export -o mydata
! talus: export: the folder 'mydata' is not empty: give a new or empty folder
[2]
$ touch afile; talus export -o afile
! talus: export: 'afile' exists and is not a folder
[2]
$ talus export --format json -o x.zip
! talus: export: invalid -o 'x.zip': a .zip holds the CSV files (leave out --format json)
[2]
$ talus export -o e.zip/
! talus: export: cannot write to 'e.zip/': Not a directory
[2]
$ talus export --since 2026-03-01 --until 2026-02-01
! talus: export: --since 2026-03-01 is after --until 2026-02-01
[2]
$ talus export --format xml
! talus: export: invalid --format 'xml': expected one of csv|json
[2]
$ talus export -o
! talus: export: option '--output' needs a value
[2]
$ talus export extra
! talus: export: unexpected argument 'extra'
[2]
$ ls -d x* mydata.* e.zip.* 2>/dev/null
[2]
# The export's runs.csv imports back: here, every run is already in the log.
$ talus import mydata/runs.csv
imported 0 activities from 1 file: 0 imported, 1 duplicate, 0 skipped, 0 failed
2 activities were already in the log (same sport, start within 60 s)
$ talus import mydata
imported 0 activities from 10 files: 0 imported, 1 duplicate, 9 skipped, 0 failed
# Bad rows of a runs.csv are left out, each named by its line.
$ (head -1 mydata/runs.csv; printf '1,2026-02-30,,+00:00,run,5000,,,,,,,,,,,,,,0,0\r\n2,2026-02-10,,+00:00,run\r\n3,2026-02-11,08:00:00,+01:00,run,4000,,,,Nike,,,,,,,,,,0,0\r\n') > bad.csv; talus import bad.csv
imported 0 activities from 1 file: 0 imported, 0 duplicate, 0 skipped, 1 failed
! talus: import: bad.csv: line 2: 21 fields, expected 23; line 3: 5 fields, expected 23; line 4: 21 fields, expected 23 (3 rows left out)
[3]
$ talus run list --since 2026-02-11 --until 2026-02-11
no runs logged; add one with: talus run add --date YYYY-MM-DD --distance D
# Backup: a consistent copy; an existing file needs --force.
$ talus backup
! talus: backup: missing FILE: where to write the backup
[2]
$ talus backup b.db
backed up $TMP/talus.db to b.db
$ talus backup b.db
! talus: backup: 'b.db' exists
! give another name, or replace it with: talus backup --force 'b.db'
[2]
$ talus backup --force b.db
backed up $TMP/talus.db to b.db
$ talus backup mydata
! talus: backup: 'mydata' is a folder: give a file name
[2]
$ talus backup "$TALUS_DB"
! talus: backup: '$TMP/talus.db' is the database itself
[2]
$ talus --db nowhere.db backup x.db
! talus: backup: no database at 'nowhere.db'
! create it with: talus --db 'nowhere.db' init --name NAME
[1]
# Restore: checks the file, asks on a terminal, keeps the current database.
$ talus restore
! talus: restore: missing FILE: the backup to restore
[2]
$ talus restore b.db < /dev/null
! talus: restore: not restoring without --yes (standard input is not a terminal)
! to restore it, say so: talus restore 'b.db' --yes
[2]
$ echo n | TALUS_ASSUME_TTY=1 talus restore b.db
! replace the database $TMP/talus.db with b.db (1 athlete, 2 activities)? the current one is kept beside it as a .bak file [y/N]: talus: restore: not restored: the answer was no
[2]
$ talus restore nothing.db --yes
! talus: restore: cannot read 'nothing.db': No such file or directory
[2]
$ talus restore mydata/runs.csv --yes
! talus: restore: 'mydata/runs.csv' is not a SQLite database
[2]
$ sqlite3 plain.db 'CREATE TABLE t(x)'; talus restore plain.db --yes
! talus: restore: 'plain.db' is a SQLite database, not a talus one (schema version 0)
[2]
$ cp b.db newer.db; sqlite3 newer.db 'PRAGMA user_version = 42'; talus restore newer.db -y
! talus: restore: 'newer.db' has schema version 42, newer than this talus knows (9): restore it with a newer talus
[2]
$ talus run rm 1
deleted run 1
$ talus restore b.db --yes
restored b.db into $TMP/talus.db
the database it replaced is kept as $TMP/talus.db.2026-03-01.bak
$ talus run list
   ID  DATE        SPORT  DISTANCE      TIME    PACE  SHOE
    1  2026-02-20  run      8.5 km     48:30    5:42  Pegasus 40    easy, "chatty"
    2  2026-02-21  run      5.0 km                    Pegasus 40    pain -/2
$ talus --db fresh/talus.db restore b.db --yes
restored b.db into fresh/talus.db
$ talus --db fresh/talus.db run list
   ID  DATE        SPORT  DISTANCE      TIME    PACE  SHOE
    1  2026-02-20  run      8.5 km     48:30    5:42  Pegasus 40    easy, "chatty"
    2  2026-02-21  run      5.0 km                    Pegasus 40    pain -/2
$ ls *.bak
talus.db.2026-03-01.bak
$ talus help restore
usage: talus restore FILE [-y|--yes]

replace the database with a backup (the current one is kept).

See talus(1) for details.
