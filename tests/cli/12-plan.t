# talus plan: a mileage build-up toward a weekly target, and the run of the
# day in talus today.
$ talus init --name Ann
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ for d in 02 04 07 09 11 14 16 18 21 23 25 28; do talus run add --date 2026-02-$d --distance 8 >/dev/null; done
$ talus run add --date 2026-02-22 --distance 12 >/dev/null
$ talus plan show
! talus: plan show: no plan for Ann
! build one with: talus plan build --target D --weeks N
[2]
# Bad input names the flag and the value, and writes nothing.
$ talus plan build --weeks 8
! talus: plan build: missing --target D (the weekly distance to build to)
[2]
$ talus plan build --target 35
! talus: plan build: missing --weeks N (1 to 52)
[2]
$ talus plan build --target 35 --weeks 0
! talus: plan build: invalid --weeks '0': must be from 1 to 52
[2]
$ talus plan build --target 35 --weeks 53
! talus: plan build: invalid --weeks '53': must be from 1 to 52
[2]
$ talus plan build --target 0 --weeks 8
! talus: plan build: invalid --target '0': must be more than 0
[2]
$ talus plan build --target 600km --weeks 8
! talus: plan build: invalid --target '600km': must be at most 500.0 km
[2]
$ talus plan build --target 35 --weeks 8 --long-run-day funday
! talus: plan build: invalid --long-run-day 'funday': expected a weekday, e.g. sunday or sun
[2]
$ talus plan build --target 35 --weeks 8 --runs-per-week 7
! talus: plan build: invalid --runs-per-week '7': must be from 1 to 6
[2]
$ talus plan show
! talus: plan show: no plan for Ann
! build one with: talus plan build --target D --weeks N
[2]
# From the first Monday after today, at the runner's habit of 3 runs a week.
$ talus plan build --target 35 --weeks 10
plan 1: 10 weeks from 2026-03-02 to 2026-05-10, building to 35.0 km a week
from 27.0 km a week (the mean of the 4 weeks before), 3 runs a week, the long run on Sunday
no week more than 10% above the one before (L3), every 4th week a cutback of 20% (design choice),
no run more than 1.1 x the longest of its prior 30 days (L1)
runs a week: your habit over the 4 weeks before

WEEK  START        DISTANCE   LONG RUN
   1  2026-03-02    26.9 km    11.5 km
   2  2026-03-09    29.4 km    12.6 km
   3  2026-03-16    32.2 km    13.8 km
   4  2026-03-23    25.6 km    11.0 km  cutback
   5  2026-03-30    32.2 km    13.8 km
   6  2026-04-06    35.0 km    15.0 km
   7  2026-04-13    35.0 km    15.0 km
   8  2026-04-20    28.0 km    12.0 km  cutback
   9  2026-04-27    35.0 km    15.0 km
  10  2026-05-04    35.0 km    15.0 km
the target is reached in week 6

week 1:
  Tuesday   2026-03-03  easy run of 7.7 km (L1: at most 13.2 km)
  Friday    2026-03-06  easy run of 7.7 km (L1: at most 13.2 km)
  Sunday    2026-03-08  long run of 11.5 km (L1: at most 13.2 km)

the other weeks: talus plan show --week N; the run of the day: talus today
$ talus plan build --target 30 --weeks 6 --long-run-day sat --runs-per-week 4 --json
{
  "id": 2,
  "start": "2026-03-02",
  "end": "2026-04-12",
  "target_m": 30000,
  "base_week_m": 27000,
  "runs_per_week": 4,
  "long_run_day": "Saturday",
  "walk_run_start": false,
  "target_week": 3,
  "weeks": [
    {
      "week": 1,
      "start": "2026-03-02",
      "distance_m": 27000,
      "long_run_m": 9000,
      "cutback": false,
      "walk_run": false
    },
    {
      "week": 2,
      "start": "2026-03-09",
      "distance_m": 29700,
      "long_run_m": 9900,
      "cutback": false,
      "walk_run": false
    },
    {
      "week": 3,
      "start": "2026-03-16",
      "distance_m": 29800,
      "long_run_m": 10000,
      "cutback": false,
      "walk_run": false
    },
    {
      "week": 4,
      "start": "2026-03-23",
      "distance_m": 23500,
      "long_run_m": 7900,
      "cutback": true,
      "walk_run": false
    },
    {
      "week": 5,
      "start": "2026-03-30",
      "distance_m": 29700,
      "long_run_m": 9900,
      "cutback": false,
      "walk_run": false
    },
    {
      "week": 6,
      "start": "2026-04-06",
      "distance_m": 29800,
      "long_run_m": 10000,
      "cutback": false,
      "walk_run": false
    }
  ],
  "runs": [
    {
      "date": "2026-03-02",
      "week": 1,
      "distance_m": 6000,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-04",
      "week": 1,
      "distance_m": 6000,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-05",
      "week": 1,
      "distance_m": 6000,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-07",
      "week": 1,
      "distance_m": 9000,
      "long_run": true,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-09",
      "week": 2,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-11",
      "week": 2,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-12",
      "week": 2,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-14",
      "week": 2,
      "distance_m": 9900,
      "long_run": true,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-16",
      "week": 3,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-18",
      "week": 3,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-19",
      "week": 3,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-21",
      "week": 3,
      "distance_m": 10000,
      "long_run": true,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-23",
      "week": 4,
      "distance_m": 5200,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 13200
    },
    {
      "date": "2026-03-25",
      "week": 4,
      "distance_m": 5200,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 11000
    },
    {
      "date": "2026-03-26",
      "week": 4,
      "distance_m": 5200,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 11000
    },
    {
      "date": "2026-03-28",
      "week": 4,
      "distance_m": 7900,
      "long_run": true,
      "walk_run_phase": null,
      "max_m": 11000
    },
    {
      "date": "2026-03-30",
      "week": 5,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 11000
    },
    {
      "date": "2026-04-01",
      "week": 5,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 11000
    },
    {
      "date": "2026-04-02",
      "week": 5,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 11000
    },
    {
      "date": "2026-04-04",
      "week": 5,
      "distance_m": 9900,
      "long_run": true,
      "walk_run_phase": null,
      "max_m": 11000
    },
    {
      "date": "2026-04-06",
      "week": 6,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 11000
    },
    {
      "date": "2026-04-08",
      "week": 6,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 11000
    },
    {
      "date": "2026-04-09",
      "week": 6,
      "distance_m": 6600,
      "long_run": false,
      "walk_run_phase": null,
      "max_m": 11000
    },
    {
      "date": "2026-04-11",
      "week": 6,
      "distance_m": 10000,
      "long_run": true,
      "walk_run_phase": null,
      "max_m": 11000
    }
  ]
}
$ talus plan show --week 2
plan 2: 6 weeks from 2026-03-02 to 2026-04-12, building to 30.0 km a week
from 27.0 km a week (the mean of the 4 weeks before), 4 runs a week, the long run on Saturday
no week more than 10% above the one before (L3), every 4th week a cutback of 20% (design choice),
no run more than 1.1 x the longest of its prior 30 days (L1)

2026-03-01: the plan starts on 2026-03-02

week 2:
  Monday    2026-03-09  easy run of 6.6 km (L1: at most 13.2 km)
  Wednesday 2026-03-11  easy run of 6.6 km (L1: at most 13.2 km)
  Thursday  2026-03-12  easy run of 6.6 km (L1: at most 13.2 km)
  Saturday  2026-03-14  long run of 9.9 km (L1: at most 13.2 km)
$ talus plan show --week 7
! talus: plan show: invalid --week '7': the plan has 6 weeks
[2]
$ talus plan show --date 2026-03-03 --json | head -24
{
  "id": 2,
  "start": "2026-03-02",
  "end": "2026-04-12",
  "target_m": 30000,
  "base_week_m": 27000,
  "runs_per_week": 4,
  "long_run_day": "Saturday",
  "walk_run_start": false,
  "target_week": 3,
  "status": {
    "date": "2026-03-03",
    "state": "active",
    "week": 1,
    "message": "week 1 of 6: a rest day"
  },
  "weeks": [
    {
      "week": 1,
      "start": "2026-03-02",
      "distance_m": 27000,
      "long_run_m": 9000,
      "cutback": false,
      "walk_run": false
# talus today checks the plan's run (L1) unless --planned is given.
$ talus today --date 2026-03-03 | sed -n '/^why/,/^load/p'
why:
  -  [PLAN] the plan has a rest day today: rest days are part of how it keeps each week within 10% of the week before
  -  [S2] no shoes logged: runners who rotated more than one pair had fewer injuries (HR 0.614, Malisoux 2015, cohort); consider rotating at least two pairs (S2)

plan: week 1 of 6: a rest day

load: last 7 days 16.0 km, the 7 before 36.0 km; longest run of the prior 30 days 12.0 km; ACWR 0.64 (descriptive, L4)
$ talus today --date 2026-03-03 --planned 20 --json | grep -E '"(verdict|max_distance_m|rule|planned_checked)"'
  "verdict": "rest",
  "max_distance_m": 0,
      "rule": "PLAN",
      "verdict": "rest",
      "rule": "L1",
      "verdict": "easy",
      "rule": "S2",
      "verdict": "run",
      "rule": "S2",
    "planned_checked": false,
$ talus today --date 2026-03-04 | grep '^plan'
plan: week 1 of 6: easy run of 6.0 km; L1: at most 13.2 km, 1.1 x the longest run of its prior 30 days (taken as --planned)
$ talus today --date 2026-05-01 | grep '^plan'
plan: the plan ended on 2026-04-12; build a new one with talus plan build
# No running in the 30 days before: the walk-run phases first (L2, R3).
$ talus init --name Ben --units mi >/dev/null
$ talus --athlete Ben plan build --target 15mi --weeks 8 | sed -n '1,13p'
plan 3: 8 weeks from 2026-03-02 to 2026-04-26, building to 15.0 mi a week
from 0.0 mi a week (the mean of the 4 weeks before), 3 runs a week, the long run on Sunday
no run in the 30 days before the first one (L2), or less than a mile a week: weeks 1-4 are the 6 walk-run phases (R3)
no week more than 10% above the one before (L3), every 4th week a cutback of 20% (design choice),
no run more than 1.1 x the longest of its prior 30 days (L1)
runs a week: 3 (no runs in the 4 weeks before)

WEEK  START        DISTANCE   LONG RUN
   1  2026-03-02     5.0 mi     1.5 mi  walk-run
   2  2026-03-09     5.0 mi     2.0 mi  walk-run
   3  2026-03-16     8.0 mi     2.0 mi  walk-run
   4  2026-03-23     6.0 mi     2.0 mi  walk-run
   5  2026-03-30     5.9 mi     2.2 mi
$ talus --athlete Ben today --date 2026-03-02 | sed -n '/^plan/p'
plan: week 1 of 8: walk-run phase 1: walk 2 min / run 3 min, 1.0 mi (R3) (taken as --planned)
# A new plan replaces the current one.
$ talus plan build --target 32 --weeks 6 | sed -n '1p;5,6p'
plan 4: 6 weeks from 2026-03-02 to 2026-04-12, building to 32.0 km a week
it replaces plan 2 of 2026-03-02
runs a week: your habit over the 4 weeks before
# A calendar: one event per run.
$ talus plan show --ics plan.ics
wrote the calendar (18 runs) to plan.ics
$ grep -c BEGIN:VEVENT plan.ics
18
$ grep -m1 -A6 BEGIN:VEVENT plan.ics | tr -d '\r'
BEGIN:VEVENT
UID:talus-d922f8f6a49330af@talus
DTSTAMP:20260301T000000Z
DTSTART;VALUE=DATE:20260303
DTEND;VALUE=DATE:20260304
SUMMARY:talus: easy run 7.7 km
DESCRIPTION:Week 1 of 6: 26.9 km planned.\nL1: at most 13.2 km\, 1.1 x the 
