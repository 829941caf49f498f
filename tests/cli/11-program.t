# talus program: the 8-week programme (P1) from the assessment's weaker side;
# the log, levels going up, adherence, re-tests, and the calendar and paper.
$ talus init --name Ann --sex female --birth-year 1990
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ for d in 02 04 06 09 11 13 16 18 20 23 25 27; do talus run add --date 2026-02-$d --distance 8 >/dev/null; done
$ talus program show
! talus: program show: no programme for Ann
! start one with: talus program new
[2]
$ talus assess --no-input --sprain left:2025-06:no-rehab --cait-left 22 --cait-right 29 --heel-raises-left 18 --heel-raises-right 31 --stance-left 10 --stance-right 30 >/dev/null
# Bad input names the flag and the value, and writes nothing.
$ talus program new --days mon,tue
! talus: program new: invalid --days 'mon,tue': expected three different weekdays separated by commas, e.g. mon,wed,fri
[2]
$ talus program new --days mon,wed,wed
! talus: program new: invalid --days 'mon,wed,wed': expected three different weekdays separated by commas, e.g. mon,wed,fri
[2]
$ talus program new --days mon,wed,fri,sun
! talus: program new: invalid --days 'mon,wed,fri,sun': expected three different weekdays separated by commas, e.g. mon,wed,fri
[2]
$ talus program new --long-run-day funday
! talus: program new: invalid --long-run-day 'funday': expected a weekday, e.g. sunday or sun
[2]
$ talus program show
! talus: program show: no programme for Ann
! start one with: talus program new
[2]
$ talus program new --start 2026-03-02
programme 1: 8 weeks from 2026-03-02 to 2026-04-26, sessions on Monday, Wednesday and Friday (P1: 3 a week)
weaker side: left, with one extra set (design choice)
built from assessment 1 of 2026-03-01
levels go up after two sessions in a row done in full, without losing balance, rated easy or ok (design choice)
re-tests: after the last session of weeks 4 and 8 (talus assess)

first session:
  session 1, Monday 2026-03-02
    Ankle circles (left, level 1: seated): 3 x 10 (one extra set)
    Ankle circles (right, level 1: seated): 2 x 10
    Single-leg balance (left, level 1: floor, eyes open): 3 x 30 s (one extra set)
    Single-leg balance (right, level 1: floor, eyes open): 2 x 30 s
    Calf raises (both, level 1: both legs): 3 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (right, level 1: light band): 2 x 15
    Resistance band: toes down (plantarflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes down (plantarflexion) (right, level 1: light band): 2 x 15
    Resistance band: sole inwards (inversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole inwards (inversion) (right, level 1: light band): 2 x 15
    Resistance band: sole outwards (eversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole outwards (eversion) (right, level 1: light band): 2 x 15

log each exercise with: talus program log --date DATE --exercise ID --rating easy|ok|hard
$ talus program show --week 1
programme 1: 8 weeks from 2026-03-02 to 2026-04-26, sessions on Monday, Wednesday and Friday (P1: 3 a week)
weaker side: left, with one extra set (design choice)

week 1 (hops and skips come in week 5)
  session 1, Monday 2026-03-02
    Ankle circles (left, level 1: seated): 3 x 10 (one extra set)
    Ankle circles (right, level 1: seated): 2 x 10
    Single-leg balance (left, level 1: floor, eyes open): 3 x 30 s (one extra set)
    Single-leg balance (right, level 1: floor, eyes open): 2 x 30 s
    Calf raises (both, level 1: both legs): 3 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (right, level 1: light band): 2 x 15
    Resistance band: toes down (plantarflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes down (plantarflexion) (right, level 1: light band): 2 x 15
    Resistance band: sole inwards (inversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole inwards (inversion) (right, level 1: light band): 2 x 15
    Resistance band: sole outwards (eversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole outwards (eversion) (right, level 1: light band): 2 x 15
  session 2, Wednesday 2026-03-04
    Ankle circles (left, level 1: seated): 3 x 10 (one extra set)
    Ankle circles (right, level 1: seated): 2 x 10
    Single-leg balance (left, level 1: floor, eyes open): 3 x 30 s (one extra set)
    Single-leg balance (right, level 1: floor, eyes open): 2 x 30 s
    Calf raises (both, level 1: both legs): 3 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (right, level 1: light band): 2 x 15
    Resistance band: toes down (plantarflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes down (plantarflexion) (right, level 1: light band): 2 x 15
    Resistance band: sole inwards (inversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole inwards (inversion) (right, level 1: light band): 2 x 15
    Resistance band: sole outwards (eversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole outwards (eversion) (right, level 1: light band): 2 x 15
  session 3, Friday 2026-03-06
    Ankle circles (left, level 1: seated): 3 x 10 (one extra set)
    Ankle circles (right, level 1: seated): 2 x 10
    Single-leg balance (left, level 1: floor, eyes open): 3 x 30 s (one extra set)
    Single-leg balance (right, level 1: floor, eyes open): 2 x 30 s
    Calf raises (both, level 1: both legs): 3 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (right, level 1: light band): 2 x 15
    Resistance band: toes down (plantarflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes down (plantarflexion) (right, level 1: light band): 2 x 15
    Resistance band: sole inwards (inversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole inwards (inversion) (right, level 1: light band): 2 x 15
    Resistance band: sole outwards (eversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole outwards (eversion) (right, level 1: light band): 2 x 15

every run day: before the run, ankle rolls, walking lunges and dynamic stretches; after it, calf, Achilles and foot stretches (docs/exercises.md)
$ talus program show --week 5 --json | head -40
{
  "id": 1,
  "start": "2026-03-02",
  "end": "2026-04-26",
  "weekdays": [
    "Monday",
    "Wednesday",
    "Friday"
  ],
  "weaker_side": "left",
  "current_week": 0,
  "weeks": [
    {
      "week": 5,
      "sessions": [
        {
          "index": 13,
          "date": "2026-03-30",
          "retest": false,
          "exercises": [
            {
              "id": "ankle-circles",
              "name": "Ankle circles",
              "sets": 3,
              "reps": 10,
              "hold_s": 0,
              "side": "left",
              "level": 1,
              "level_name": "seated",
              "extra": true
            },
            {
              "id": "ankle-circles",
              "name": "Ankle circles",
              "sets": 2,
              "reps": 10,
              "hold_s": 0,
              "side": "right",
              "level": 1,
              "level_name": "seated",
$ talus program show --week 9
! talus: program show: invalid --week '9': must be from 1 to 8
[2]
# talus today names the session due.
$ talus today --date 2026-03-02 | sed -n '/^programme/,/^$/p'
programme: session 1 of 24 (week 1)
  Ankle circles (left, level 1: seated): 3 x 10 (one extra set)
  Ankle circles (right, level 1: seated): 2 x 10
  Single-leg balance (left, level 1: floor, eyes open): 3 x 30 s (one extra set)
  Single-leg balance (right, level 1: floor, eyes open): 2 x 30 s
  Calf raises (both, level 1: both legs): 3 x 15 (one extra set)
  Resistance band: toes up (dorsiflexion) (left, level 1: light band): 3 x 15 (one extra set)
  Resistance band: toes up (dorsiflexion) (right, level 1: light band): 2 x 15
  Resistance band: toes down (plantarflexion) (left, level 1: light band): 3 x 15 (one extra set)
  Resistance band: toes down (plantarflexion) (right, level 1: light band): 2 x 15
  Resistance band: sole inwards (inversion) (left, level 1: light band): 3 x 15 (one extra set)
  Resistance band: sole inwards (inversion) (right, level 1: light band): 2 x 15
  Resistance band: sole outwards (eversion) (left, level 1: light band): 3 x 15 (one extra set)
  Resistance band: sole outwards (eversion) (right, level 1: light band): 2 x 15

$ talus today --date 2026-03-03 --json | sed -n '/"programme"/,/"message"/p'
  "programme": {
    "week": 1,
    "paused": false,
    "retest_due": null,
    "session": null,
    "warmup": [],
    "stretches": [],
    "message": "no programme session today"
# The log; a level goes up after two sessions in a row done in full,
# without losing balance, rated easy or ok.
$ export TALUS_TODAY=2026-03-06
$ talus program log --date 2026-03-02 --exercise calf-raise --rating ok
logged Calf raises on 2026-03-02 (entry 1): both sides, 3 x 15, rated ok
  left: level 1, 1 of 2 sessions in a row towards level 2
  right: level 1, 1 of 2 sessions in a row towards level 2
$ talus program log --date 2026-03-02 --exercise single-leg-balance --side left --rating easy
logged Single-leg balance on 2026-03-02 (entry 2): left, 3 x 30 s, rated easy
  left: level 1, 1 of 2 sessions in a row towards level 2
$ talus program log --date 2026-03-04 --exercise calf-raise --rating ok
logged Calf raises on 2026-03-04 (entry 3): both sides, 3 x 15, rated ok
  left: level up: now level 2 (one leg)
  right: level up: now level 2 (one leg)
$ talus program log --date 2026-03-04 --exercise single-leg-balance --side left --sets 2 --rating ok
logged Single-leg balance on 2026-03-04 (entry 4): left, 2 x 30 s, rated ok
  left: level 1, 0 of 2 sessions in a row towards level 2
$ talus program log --date 2026-03-04 --exercise ankle-circles --lost-balance --rating ok
logged Ankle circles on 2026-03-04 (entry 5): both sides, 3 x 10, lost balance, rated ok
  left: level 1, 0 of 2 sessions in a row towards level 2
  right: level 1, 0 of 2 sessions in a row towards level 2
$ talus program log --date 2026-03-06 --exercise ankle-circles
logged Ankle circles on 2026-03-06 (entry 6): both sides, 3 x 10
  left: level 1, 0 of 2 sessions in a row towards level 2
  right: level 1, 0 of 2 sessions in a row towards level 2
  rate it with --rating easy|ok|hard: only sessions rated easy or ok count towards the next level
$ talus program log --date 2026-03-06 --exercise stretch-calf
logged Post-run stretch: calf on 2026-03-06 (entry 7): both sides, 2 x 30 s
  a run-day exercise: counted for adherence, no levels
$ talus program log --date 2026-03-06 --exercise calf-raises
! talus: program log: invalid --exercise 'calf-raises': no such exercise
! did you mean 'calf-raise'? the exercises: calf-raise ankle-circles band-dorsiflexion band-plantarflexion band-inversion band-eversion single-leg-balance hop-drills skip-drills warmup-ankle-rolls walking-lunges dynamic-stretches stretch-calf stretch-achilles stretch-foot
[2]
$ talus program log --date 2026-03-06 --exercise single-leg-balance --reps 10
! talus: program log: invalid --reps '10': single-leg-balance is held, give --hold SECONDS
[2]
$ talus program log --date 2026-03-06 --exercise calf-raise --hold 30
! talus: program log: invalid --hold '30': calf-raise is done in reps, give --reps N
[2]
$ talus program log --date 2026-03-06 --exercise ankle-circles --level 3
! talus: program log: invalid --level '3': ankle-circles has 2 levels
[2]
$ talus program log --date 2026-03-06 --exercise calf-raise --sets 0
! talus: program log: invalid --sets '0': must be from 1 to 20
[2]
$ talus program log --date 2026-03-06 --exercise calf-raise --rating great
! talus: program log: invalid --rating 'great': expected one of easy|ok|hard
[2]
$ talus program log --date 2026-03-07 --exercise calf-raise
! talus: program log: invalid --date '2026-03-07': it is after today (2026-03-06)
[2]
$ talus program log --date 2026-03-01 --exercise calf-raise
! talus: program log: invalid --date '2026-03-01': the programme starts on 2026-03-02
[2]
$ talus program log --exercise calf-raise
! talus: program log: missing --date YYYY-MM-DD
[2]
$ talus program status
programme 1 from 2026-03-02; week 1 of 8 on 2026-03-06
adherence: 3 of 3 sessions due were done (100%)

EXERCISE                                     LEFT      RIGHT     DONE
Calf raises                                  2 (0/2)   2 (0/2)   2/3
Ankle circles                                1 (0/2)   1 (0/2)   2/3
Resistance band: toes up (dorsiflexion)      1 (0/2)   1 (0/2)   0/3
Resistance band: toes down (plantarflexion)  1 (0/2)   1 (0/2)   0/3
Resistance band: sole inwards (inversion)    1 (0/2)   1 (0/2)   0/3
Resistance band: sole outwards (eversion)    1 (0/2)   1 (0/2)   0/3
Single-leg balance                           1 (0/2)   1 (0/2)   2/3
Hopping drills                               1 (0/2)   1 (0/2)   0/0
Skipping drills                              1 (0/2)   1 (0/2)   0/0
level (sessions in a row done in full, rated easy or ok, of the 2 that move it up)
$ talus program status --json | head -32
{
  "id": 1,
  "date": "2026-03-06",
  "start": "2026-03-02",
  "week": 1,
  "paused": false,
  "sessions_due": 3,
  "sessions_done": 3,
  "adherence": 1,
  "exercises": [
    {
      "id": "calf-raise",
      "name": "Calf raises",
      "level": {
        "left": 2,
        "right": 2
      },
      "levels": 3,
      "streak": {
        "left": 0,
        "right": 0
      },
      "due": 3,
      "done": 2
    },
    {
      "id": "ankle-circles",
      "name": "Ankle circles",
      "level": {
        "left": 1,
        "right": 1
      },
$ talus program show --week 2 --date 2026-03-06 | sed -n '/session 4/,/session 5/p'
  session 4, Monday 2026-03-09
    Ankle circles (left, level 1: seated): 3 x 10 (one extra set)
    Ankle circles (right, level 1: seated): 2 x 10
    Single-leg balance (left, level 1: floor, eyes open): 3 x 30 s (one extra set)
    Single-leg balance (right, level 1: floor, eyes open): 2 x 30 s
    Calf raises (left, level 2: one leg): 3 x 15 (one extra set)
    Calf raises (right, level 2: one leg): 2 x 15
    Resistance band: toes up (dorsiflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (right, level 1: light band): 2 x 15
    Resistance band: toes down (plantarflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes down (plantarflexion) (right, level 1: light band): 2 x 15
    Resistance band: sole inwards (inversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole inwards (inversion) (right, level 1: light band): 2 x 15
    Resistance band: sole outwards (eversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole outwards (eversion) (right, level 1: light band): 2 x 15
  session 5, Wednesday 2026-03-11
# The re-test after week 4, and the change in each test.
$ export TALUS_TODAY=2026-03-27
$ talus program status | tail -2

re-test due (week 4): record it with talus assess; the change in each test then shows here
$ talus assess --no-input --cait-left 25 --cait-right 29 --heel-raises-left 24 --heel-raises-right 31 --stance-left 20 --stance-right 30 >/dev/null
$ talus program status | tail -5

change since the assessment of 2026-03-01 (re-test of 2026-03-27):
  Q1 CAIT                 left 22 -> 25 (+3); right 29 -> 29 (+0)
  T3 heel raises          left 18 -> 24 (+6); right 31 -> 31 (+0)
  T1 stance, eyes closed  left 10.0 -> 20.0 s (+10.0); right 30.0 -> 30.0 s (+0.0)
# A calendar and a printable programme.
$ talus program show --ics prog.ics
wrote the calendar (24 sessions) to prog.ics
$ grep -c BEGIN:VEVENT prog.ics
24
$ head -12 prog.ics | tr -d '\r'
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//talus//talus 0.1.0//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:talus programme
BEGIN:VEVENT
UID:talus-254888e765120941@talus
DTSTAMP:20260327T000000Z
DTSTART;VALUE=DATE:20260302
DTEND;VALUE=DATE:20260303
SUMMARY:talus: ankle session 1/24 (week 1)
$ talus program show --html prog.html
wrote the printable programme to prog.html
$ grep -c '<h3>Session' prog.html
24
$ grep -o '<title>[^<]*</title>' prog.html
<title>Ankle programme of Ann</title>
$ talus program show --html - | head -2
<!DOCTYPE html>
<html lang="en">
$ talus program show --html - --ics -
! talus: program show: --html and --ics cannot both be '-'
[2]
$ talus program show --ics /nonexistent/dir/prog.ics
! talus: program show: cannot write the calendar to '/nonexistent/dir/prog.ics': No such file or directory
[1]
