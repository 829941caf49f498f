# Load: weekly distance, the 10% rule, spikes and a planned run.
$ talus init --name Ann
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ for d in 02 04 06 09 11 13 16 18 20; do talus run add --date 2026-02-$d --distance 8 >/dev/null; done
$ talus run add --date 2026-02-23 --distance 9
added run 10: 2026-02-23, 9.0 km
$ talus run add --date 2026-02-25 --distance 9
added run 11: 2026-02-25, 9.0 km
$ talus run add --date 2026-02-27 --distance 16
added run 12: 2026-02-27, 16.0 km
$ talus load --weeks 5
WEEK OF      DISTANCE  RUNS    LONGEST  CHANGE
2026-01-26     0.0 km     0     0.0 km       -
2026-02-02    24.0 km     3     8.0 km       -
2026-02-09    24.0 km     3     8.0 km     +0%
2026-02-16    24.0 km     3     8.0 km     +0%
2026-02-23    34.0 km     3    16.0 km    +42%  L3 warn  L1 moderate spike (+78%)

last 7 days 34.0 km, the 7 before 24.0 km: +42% (L3 warn: the 10% rule)
longest run of the prior 30 days: 16.0 km (L1 reference)
ACWR 1.11 (EWMA 7/28 d), 1.42 (uncoupled): band 0.8-1.3; descriptive only, not an alert (L4)
monotony 0.81, strain 27 (L5: >2.0 is a heuristic)
rest days in the last 7: 4; running days in a row: 0
$ talus load --weeks 3 --json
{
  "date": "2026-03-01",
  "athlete": "Ann",
  "units": "km",
  "weeks": [
    {
      "start": "2026-02-09",
      "distance_m": 24000,
      "runs": 3,
      "longest_m": 8000,
      "change": 0,
      "l3": null,
      "spike": 0,
      "l1": null,
      "partial": false
    },
    {
      "start": "2026-02-16",
      "distance_m": 24000,
      "runs": 3,
      "longest_m": 8000,
      "change": 0,
      "l3": null,
      "spike": 0,
      "l1": null,
      "partial": false
    },
    {
      "start": "2026-02-23",
      "distance_m": 34000,
      "runs": 3,
      "longest_m": 16000,
      "change": 0.4166666667,
      "l3": "warn",
      "spike": 0.7777777778,
      "l1": "moderate",
      "partial": false
    }
  ],
  "last7_m": 34000,
  "prev7_m": 24000,
  "change7": 0.4166666667,
  "l3": "warn",
  "longest30_m": 16000,
  "acwr": {
    "shown": true,
    "ewma": 1.108564502,
    "uncoupled": 1.416666667,
    "acute_km": 3.687210339,
    "chronic_km": 3.326112584,
    "band": "0.8-1.3"
  },
  "monotony": 0.8081505705,
  "strain": 27.4771194,
  "rest_days7": 4,
  "streak": 0
}
$ talus today
2026-03-01, Ann

  RUN EASY AND SHORTER, at most 8.8 km

why:
  !! [L3] the last 7 days (34.0 km) are 42% up on the 7 before (24.0 km): over 30%, keep today easy
  !! [L1] the 16.0 km run on 2026-02-27 was 78% longer than the longest of its prior 30 days (9.0 km), a moderate spike
  -  [S2] no shoes logged: runners who rotated more than one pair had fewer injuries (HR 0.614, Malisoux 2015, cohort); consider rotating at least two pairs (S2)

load: last 7 days 34.0 km, the 7 before 24.0 km; longest run of the prior 30 days 16.0 km; ACWR 1.11 (descriptive, L4)

talus is a wellness tool, not a medical device: it does not diagnose or treat and is not for emergencies. Its advice may help reduce the risk of injury; it is no substitute for a clinician. If in doubt, or if symptoms worsen, see one.
$ talus today --planned 20 --json | grep -E '"(verdict|max_distance_m|rule)"'
  "verdict": "easy",
  "max_distance_m": 8833.333333,
      "rule": "L3",
      "verdict": "easy",
      "rule": "L1",
      "verdict": "easy",
      "rule": "L1",
      "verdict": "run",
      "rule": "S2",
      "verdict": "run",
      "rule": "S2",
$ talus today --planned 17.6 --json | grep -E '"(verdict|max_distance_m)"'
  "verdict": "easy",
  "max_distance_m": 8833.333333,
      "verdict": "easy",
      "verdict": "run",
      "verdict": "run",
      "verdict": "run",
$ talus today --date 2026-04-15
2026-04-15, Ann

  RUN EASY AND SHORTER, at most 1.6 km

why:
  !  [L2] no run in the last 30 days: restart with walk-run (phase 1: walk 2 min, run 3 min, 1.6 km in all) and build up over the following sessions

load: last 7 days 0.0 km, the 7 before 0.0 km; longest run of the prior 30 days 0.0 km; ACWR 0.00 (descriptive, L4)

talus is a wellness tool, not a medical device: it does not diagnose or treat and is not for emergencies. Its advice may help reduce the risk of injury; it is no substitute for a clinician. If in doubt, or if symptoms worsen, see one.
$ talus load --weeks 0
! talus: load: invalid --weeks '0': must be from 1 to 520
[2]
$ talus today --planned -3
! talus: today: invalid --planned '-3': expected a distance such as 8.5km, 5mi, 8500m or a number in km
[2]
$ talus today --date yesterday
! talus: today: invalid --date 'yesterday': expected a date as YYYY-MM-DD
[2]
