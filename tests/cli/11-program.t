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
levels go up after three sessions in a row (two for the hops and skips) done in full, without losing
balance, rated easy or ok, with pain at most 3/10 (design choice): with every session done, the top levels
come in weeks 6 to 8; talus program show, --html and --ics show the levels projected for each week
re-tests: after the last session of weeks 4 and 8 (talus program retest)

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

log the day's session with: talus program log --date DATE --session [--skip ID]... [--pain 0-10]
# Made at the start, the printable programme and the calendar show the
# level projected for each week, not level 1 throughout.
$ talus program show --html start.html && grep -o '<h2>Week [0-9][^<]*</h2>' start.html | sed -n '1p;8p'
wrote the printable programme to start.html
<h2>Week 1 (levels projected)</h2>
<h2>Week 8 (levels projected)</h2>
$ grep -o '<td>[0-9]: [^<]*</td>' start.html | grep -c '6: one leg off a step, 20% body weight'
18
$ talus program show --ics start.ics && tr -d '\r' <start.ics | awk '/^ /{ printf "%s", substr($0, 2); next } { printf "\n%s", $0 }' | sed -n '/ankle session 24/,/END:VEVENT/p' | grep -o 'Calf raises ([a-z]*\\, level [0-9]: [^)]*)'
wrote the calendar (24 sessions) to start.ics
Calf raises (left\, level 6: one leg off a step\, 20% body weight)
Calf raises (right\, level 6: one leg off a step\, 20% body weight)
$ talus program show --week 1
programme 1: 8 weeks from 2026-03-02 to 2026-04-26, sessions on Monday, Wednesday and Friday (P1: 3 a week)
weaker side: left, with one extra set (design choice)
levels from 2026-03-02 on are projected: every session done in full, rated easy or ok, pain at most 3/10
(the levels reached: talus program status)

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
          "projected": true,
          "exercises": [
            {
              "id": "ankle-circles",
              "name": "Ankle circles",
              "sets": 4,
              "reps": 10,
              "hold_s": 0,
              "side": "left",
              "level": 5,
              "level_name": "standing on a foam pad",
              "extra": true
            },
            {
              "id": "ankle-circles",
              "name": "Ankle circles",
              "sets": 3,
              "reps": 10,
              "hold_s": 0,
              "side": "right",
              "level": 5,
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
  left: level 1 of 6, 1 of 3 sessions in a row towards level 2
  right: level 1 of 6, 1 of 3 sessions in a row towards level 2
$ talus program log --date 2026-03-02 --exercise single-leg-balance --side left --rating easy
logged Single-leg balance on 2026-03-02 (entry 2): left, 3 x 30 s, rated easy
  left: level 1 of 6, 1 of 3 sessions in a row towards level 2
$ talus program log --date 2026-03-04 --exercise calf-raise --rating ok
logged Calf raises on 2026-03-04 (entry 3): both sides, 3 x 15, rated ok
  left: level 1 of 6, 2 of 3 sessions in a row towards level 2
  right: level 1 of 6, 2 of 3 sessions in a row towards level 2
$ talus program log --date 2026-03-04 --exercise single-leg-balance --side left --sets 2 --rating ok
logged Single-leg balance on 2026-03-04 (entry 4): left, 2 x 30 s, rated ok
  left: level 1 of 6, 0 of 3 sessions in a row towards level 2
$ talus program log --date 2026-03-04 --exercise ankle-circles --lost-balance --rating ok
logged Ankle circles on 2026-03-04 (entry 5): both sides, 3 x 10, lost balance, rated ok
  left: level 1 of 6, 0 of 3 sessions in a row towards level 2
  right: level 1 of 6, 0 of 3 sessions in a row towards level 2
$ talus program log --date 2026-03-06 --exercise ankle-circles
logged Ankle circles on 2026-03-06 (entry 6): both sides, 3 x 10
  left: level 1 of 6, 0 of 3 sessions in a row towards level 2
  right: level 1 of 6, 0 of 3 sessions in a row towards level 2
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
$ talus program log --date 2026-03-06 --exercise ankle-circles --level 7
! talus: program log: invalid --level '7': ankle-circles levels are 1-6
[2]
$ talus program log --date 2026-03-06 --exercise hop-drills --level 4
! talus: program log: invalid --level '4': hop-drills levels are 1-3
[2]
$ talus program log --date 2026-03-06 --exercise stretch-calf --level 2
! talus: program log: invalid --level '2': stretch-calf has one level, 1
[2]
$ talus program log --date 2026-03-06 --exercise calf-raise --level five
! talus: program log: invalid --level 'five': calf-raise levels are 1-6
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
Calf raises                                  1/6 (2/3) 1/6 (2/3) 2/3
Ankle circles                                1/6 (0/3) 1/6 (0/3) 2/3
Resistance band: toes up (dorsiflexion)      1/6 (0/3) 1/6 (0/3) 0/3
Resistance band: toes down (plantarflexion)  1/6 (0/3) 1/6 (0/3) 0/3
Resistance band: sole inwards (inversion)    1/6 (0/3) 1/6 (0/3) 0/3
Resistance band: sole outwards (eversion)    1/6 (0/3) 1/6 (0/3) 0/3
Single-leg balance                           1/6 (0/3) 1/6 (0/3) 2/3
Hopping drills                               1/3 (0/2) 1/3 (0/2) 0/0
Skipping drills                              1/3 (0/2) 1/3 (0/2) 0/0
level/levels (sessions in a row done in full, rated easy or ok, of the 3 that move it up, 2 for the drills)
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
        "left": 1,
        "right": 1
      },
      "levels": 6,
      "streak": {
        "left": 2,
        "right": 2
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
    Calf raises (both, level 2: both legs off a step): 4 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes up (dorsiflexion) (right, level 1: light band): 2 x 15
    Resistance band: toes down (plantarflexion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: toes down (plantarflexion) (right, level 1: light band): 2 x 15
    Resistance band: sole inwards (inversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole inwards (inversion) (right, level 1: light band): 2 x 15
    Resistance band: sole outwards (eversion) (left, level 1: light band): 3 x 15 (one extra set)
    Resistance band: sole outwards (eversion) (right, level 1: light band): 2 x 15
  session 5, Wednesday 2026-03-11
# The day's whole session in one command, at the dose prescribed: rated
# ok unless told; pain above 3/10 makes it hard (R1), which counts for
# adherence, not towards a level.
$ export TALUS_TODAY=2026-03-13
$ talus program log --date 2026-03-09 --session --skip ankle-circles
logged session 4 of 24 (week 2) on 2026-03-09: 11 items at the dose prescribed, rated ok (--session's default; --rating hard if it was hard)
skipped: ankle-circles
  Single-leg balance: level 1 of 6, 1 of 3 in a row towards level 2
  Calf raises: level up: now level 2 of 6 (both legs off a step)
  Resistance band: toes up (dorsiflexion): level 1 of 6, 1 of 3 in a row towards level 2
  Resistance band: toes down (plantarflexion): level 1 of 6, 1 of 3 in a row towards level 2
  Resistance band: sole inwards (inversion): level 1 of 6, 1 of 3 in a row towards level 2
  Resistance band: sole outwards (eversion): level 1 of 6, 1 of 3 in a row towards level 2
$ talus program log --date 2026-03-11 --session --pain 5 | head -4
logged session 5 of 24 (week 2) on 2026-03-11: 13 items at the dose prescribed, rated hard, pain 5/10
  pain 5/10 is above 3/10 (R1's safe zone): logged as hard, counted for adherence, not towards a level; stop an exercise that hurts, and log the ankle with talus ankle log
  Ankle circles: level 1 of 6, 0 of 3 in a row towards level 2
  Single-leg balance: level 1 of 6, 0 of 3 in a row towards level 2
$ talus program log --date 2026-03-13 --session --skip hop-drills
! talus: program log: invalid --skip 'hop-drills': not in the session of 2026-03-13
[2]
$ talus program log --date 2026-03-13 --session --skip calf-raises
! talus: program log: invalid --skip 'calf-raises': no such exercise
! did you mean 'calf-raise'? the exercises: calf-raise ankle-circles band-dorsiflexion band-plantarflexion band-inversion band-eversion single-leg-balance hop-drills skip-drills warmup-ankle-rolls walking-lunges dynamic-stretches stretch-calf stretch-achilles stretch-foot
[2]
$ talus program log --date 2026-03-13 --session --rating easy --pain 2
logged session 6 of 24 (week 2) on 2026-03-13: 13 items at the dose prescribed, rated easy, pain 2/10
  Ankle circles: level 1 of 6, 1 of 3 in a row towards level 2
  Single-leg balance: level 1 of 6, 1 of 3 in a row towards level 2
  Calf raises: level 2 of 6, 1 of 3 in a row towards level 3
  Resistance band: toes up (dorsiflexion): level 1 of 6, 1 of 3 in a row towards level 2
  Resistance band: toes down (plantarflexion): level 1 of 6, 1 of 3 in a row towards level 2
  Resistance band: sole inwards (inversion): level 1 of 6, 1 of 3 in a row towards level 2
  Resistance band: sole outwards (eversion): level 1 of 6, 1 of 3 in a row towards level 2
$ talus program log --date 2026-03-11 --session
! talus: program log: invalid --session: exercises of the programme are logged on 2026-03-11 already; log the others one by one with --exercise
[2]
$ talus program log --date 2026-03-12 --session
! talus: program log: invalid --session: no session is due on 2026-03-12 (Thursday); log exercises one by one with --exercise
[2]
$ talus program log --date 2026-03-16 --session
! talus: program log: invalid --date '2026-03-16': it is after today (2026-03-13)
[2]
$ talus program log --date 2026-03-09 --session --exercise calf-raise
! talus: program log: --session and --exercise go one at a time: --session logs the whole session, --exercise one exercise
[2]
$ talus program log --date 2026-03-09 --skip calf-raise --exercise calf-raise
! talus: program log: --skip goes with --session
[2]
$ talus program log --date 2026-03-09 --session --level 2
! talus: program log: --level goes with --exercise, not with --session, which logs the session as prescribed
[2]
$ talus program log --date 2026-03-13
! talus: program log: missing --exercise ID (see docs/exercises.md), or --session for the whole session
[2]
$ talus program status | sed -n '/^EXERCISE/,/^Calf/p'
EXERCISE                                     LEFT      RIGHT     DONE
Calf raises                                  2/6 (1/3) 2/6 (1/3) 5/6
# The re-test after week 4, and the change in each test.
$ export TALUS_TODAY=2026-03-27
$ talus program status | tail -2

re-test due (week 4): record it with talus program retest; the change in each test then shows here
$ talus program retest --no-input --cait-left 25 --cait-right 29 --heel-raises-left 24 --heel-raises-right 31 --stance-left 20 --stance-right 30 | sed -n '1,2p;/Old sprains/,/Excessive/p;/^next:/,/^  - F4/p;/^re-test of/,$p'
assessment 2 of Ann on 2026-03-27
carried from assessment 1 of 2026-03-01 (not given again): sprains; give them to change them (--sprain none: no sprain)
  PRESENT  Old sprains without completed rehabilitation
           - left sprain 2025-06 without completed rehab (P1: an 8-week programme cut recurrences)
           - Q1: left CAIT 25 <= 25, likely instability; F4: consider seeing a physiotherapist
           - P3: after a sprain a brace or tape may help reduce the risk of another
  ABSENT   Excessive mileage
next:
  - programme 1 is under way (week 4 of 8): it is kept, with its levels and log; this is its re-test, and the change in each test shows in talus program status
  - F4: CAIT 25 or less on a side: consider seeing a physiotherapist
re-test of programme 1: the change since the assessment of 2026-03-01 (re-test of 2026-03-27):
  Q1 CAIT                 left 22 -> 25 (+3); right 29 -> 29 (+0)
  T3 heel raises          left 18 -> 24 (+6); right 31 -> 31 (+0)
  T1 stance, eyes closed  left 10.0 -> 20.0 s (+10.0); right 30.0 -> 30.0 s (+0.0)
$ talus program status | tail -5

change since the assessment of 2026-03-01 (re-test of 2026-03-27):
  Q1 CAIT                 left 22 -> 25 (+3); right 29 -> 29 (+0)
  T3 heel raises          left 18 -> 24 (+6); right 31 -> 31 (+0)
  T1 stance, eyes closed  left 10.0 -> 20.0 s (+10.0); right 30.0 -> 30.0 s (+0.0)
# The re-test kept the programme, its levels and its log; starting a new
# one while it is under way needs --replace.
$ talus program status | sed -n '1,2p;/^Calf/p'
programme 1 from 2026-03-02; week 4 of 8 on 2026-03-27
adherence: 6 of 12 sessions due were done (50%)
Calf raises                                  2/6 (1/3) 2/6 (1/3) 5/12
$ talus program new
! talus: program new: programme 1 (2026-03-02 to 2026-04-26) is under way: a new one would start every level again at 1 and leave its log behind; give --replace to start one anyway
! a re-test keeps it, with its levels and log: talus program retest
[2]
$ talus program retest --no-input --date 2026-02-27 --cait-left 20
! talus: program retest: programme 1 starts on 2026-03-02: a re-test comes after its sessions
! record an assessment with: talus assess
[2]
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
UID:talus-7e6de2ee45cc57c8@talus
DTSTAMP:20260327T000000Z
DTSTART;VALUE=DATE:20260302
DTEND;VALUE=DATE:20260303
SUMMARY:talus: ankle session 1/24 (week 1)
$ talus program show --html prog.html
wrote the printable programme to prog.html
$ grep -c '<h3>Session' prog.html
24
$ grep -o '<h2>Week [0-9][^<]*</h2>' prog.html | sed -n '1p;5p;8p'
<h2>Week 1</h2>
<h2>Week 5 (levels projected)</h2>
<h2>Week 8 (levels projected)</h2>
$ grep -c 'level (projected)' prog.html
13
$ grep -o '<td>[0-9]: one leg off a step[^<]*</td>' prog.html | sort | uniq -c
      6 <td>4: one leg off a step</td>
      6 <td>5: one leg off a step, 10% body weight</td>
      4 <td>6: one leg off a step, 20% body weight</td>
$ tr -d '\r' <prog.ics | awk '/^ /{ printf "%s", substr($0, 2); next } { printf "\n%s", $0 }' | grep -c 'Levels projected'
13
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
# --replace starts a new programme over one under way, every level at 1
# again; once a programme is over, a new one needs no --replace.
$ talus program new --replace --start 2026-03-30 | sed -n '1p;/replaces/p'
programme 2: 8 weeks from 2026-03-30 to 2026-05-24, sessions on Monday, Wednesday and Friday (P1: 3 a week)
it replaces programme 1 of 2026-03-02
$ talus program status | sed -n '1p;/^Calf/p'
programme 2 from 2026-03-30; not started on 2026-03-27
Calf raises                                  1/6 (0/3) 1/6 (0/3) 0/0
$ export TALUS_TODAY=2026-05-25
$ talus program new --start 2026-05-25 | sed -n '1p;/replaces/p'
programme 3: 8 weeks from 2026-05-25 to 2026-07-19, sessions on Monday, Wednesday and Friday (P1: 3 a week)
it replaces programme 2 of 2026-03-30
