# talus assess: the causes of weak ankles for this runner, from flags or
# questions on a terminal, and from the log; show and history.
$ talus init --name Ann --sex female --birth-year 1990
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ talus shoe add Pegasus --initial 500 --support neutral >/dev/null && talus shoe default Pegasus >/dev/null
$ for d in 02 04 06 09 11 13 16 18 20 23 25; do talus run add --date 2026-02-$d --distance 8 >/dev/null; done
$ talus run add --date 2026-02-27 --distance 12 >/dev/null
$ talus ankle log --date 2026-02-28 --side left --stiffness 2 >/dev/null
# No values and no terminal: how to give them, and nothing recorded.
$ talus assess </dev/null
! talus: assess: no values given and standard input is not a terminal
! give the values by flags, e.g.
!   talus assess --no-input --cait-left 24 --cait-right 29 --heel-raises-left 18 --heel-raises-right 25
!       --knee-to-wall-left 8 --knee-to-wall-right 11 --stance-left 12 --stance-right 20 --sprain left:2025-06:no-rehab
! or run it on a terminal to be asked (see: talus help assess)
[2]
$ talus assess show
! talus: assess show: no assessment on or before today
! record one with: talus assess
[2]
# A first assessment before the long run, with little known.
$ talus assess --no-input --date 2026-02-15 --cait-left 20 --heel-raises-left 15 --knee-to-wall-left 7.5 --knee-to-wall-right 10 --stance-left 8 --stance-right 25
assessment 1 of Ann on 2026-02-15

causes of weak ankles (the seed's eight), with what says so:
  UNKNOWN  Tired stabilising muscles
           - not known: no symptoms and long runs logged to compare (seed)
  ABSENT   Old sprains without completed rehabilitation
           - no sprain recorded (P1, P3)
           - Q1: left CAIT 20 <= 25, likely instability; F4: consider seeing a physiotherapist
  ABSENT   Excessive mileage
           - L1: no run in the last 12 weeks more than 10% longer than the longest of the prior 30 days
           - L3: no week in the last 12 weeks rose more than 30%
  ABSENT   Inadequate rest
           - L5 (heuristic): training monotony not above 2.0
           - rest rule (heuristic, design choice): a rest day in every 7 days
           - rest rule (heuristic, design choice): no long run streak
  UNKNOWN  Running mechanics, over-pronation or supination
           - gait not known (section 9)
  PRESENT  Weak calf, shin and foot muscles
           - T3: left heel raises 15, below the mean of 27 for women aged 30-39
           - T3: right heel raises not tested
           - T1: stance eyes closed left 8 s, right 25 s: left under 75% of the other side (design choice)
  PRESENT  Limited ankle range of motion
           - T2: knee-to-wall left 7.5 cm, right 10.0 cm: left side 2.5 cm shorter, more than 1.9 cm
  PRESENT  Unsupportive or worn shoes
           - S1: current shoe 600 km, past 480 km (convention): time to review it
           - section 9: gait or shoe support not known, match not checked
           - S2: one pair in use; rotating 2 or more pairs was linked to fewer injuries

  test                          left   right
  Q1 CAIT (0-30)                  20       -   left likely-instability
  T3 heel raises                  15       -   norm 27 (women aged 30-39): left below
  T2 knee-to-wall (cm)           7.5    10.0   left shorter by more than 1.9 cm (MDC)
  T1 stance, eyes closed (s)     8.0    25.0   left under 75% of the other side (design choice)
  T4 Y-balance reach (cm)          -       -

weaker side: left
gait: unknown; shoe support: neutral; brace or tape: not known

next:
  - the 8-week programme works on the tests above: talus program new
  - F4: CAIT 25 or less on a side: consider seeing a physiotherapist
  - the CAIT questions are talus's own wording, not the validated original (Q1)

talus is a wellness tool, not a medical device: it does not diagnose or treat and is not for emergencies. Its advice may help reduce the risk of injury; it is no substitute for a clinician. If in doubt, or if symptoms worsen, see one.
# Everything by flags.
$ talus assess --no-input --sprain left:2025-06:no-rehab --sprain right:2019-11 --brace-or-tape no --gait over-pronation --cait-left 22 --cait-right 29 --heel-raises-left 18 --heel-raises-right 31 --knee-to-wall-left 8 --knee-to-wall-right 10.5 --stance-left 10 --stance-left 12 --stance-left 9.5 --stance-right 30 --ybalance-left 70 --ybalance-right 76.5
assessment 2 of Ann on 2026-03-01

causes of weak ankles (the seed's eight), with what says so:
  PRESENT  Tired stabilising muscles
           - log: ankle symptoms followed long runs (seed; design choice: a symptom on the day of or the day after a long run)
  PRESENT  Old sprains without completed rehabilitation
           - left sprain 2025-06 without completed rehab (P1: an 8-week programme cut recurrences)
           - right sprain 2019-11: rehab not known (P1)
           - Q1: left CAIT 22 <= 25, likely instability; F4: consider seeing a physiotherapist
           - P3: after a sprain a brace or tape may help reduce the risk of another
  PRESENT  Excessive mileage
           - L1: 1 run in the last 12 weeks more than 10% longer than the longest run of the prior 30 days
           - L3: no week in the last 12 weeks rose more than 30%
  ABSENT   Inadequate rest
           - L5 (heuristic): training monotony not above 2.0
           - rest rule (heuristic, design choice): a rest day in every 7 days
           - rest rule (heuristic, design choice): no long run streak
  PRESENT  Running mechanics, over-pronation or supination
           - gait: over-pronation, as the runner reports it (seed; section 9: motion-control shoes lowered injuries in pronated feet)
  PRESENT  Weak calf, shin and foot muscles
           - T3: left heel raises 18, below the mean of 27 for women aged 30-39
           - T3: right heel raises 31, at or above the mean of 27 for women aged 30-39
           - T1: stance eyes closed left 12 s, right 30 s: left under 75% of the other side (design choice)
  PRESENT  Limited ankle range of motion
           - T2: knee-to-wall left 8.0 cm, right 10.5 cm: left side 2.5 cm shorter, more than 1.9 cm
  PRESENT  Unsupportive or worn shoes
           - S1: current shoe 600 km, past 480 km (convention): time to review it
           - section 9: over-pronation in a shoe without stability or motion control (motion-control shoes lowered injuries in pronated feet, single RCT)
           - S2: one pair in use; rotating 2 or more pairs was linked to fewer injuries

  test                          left   right
  Q1 CAIT (0-30)                  22      29   left likely-instability, right stable
  T3 heel raises                  18      31   norm 27 (women aged 30-39): left below
  T2 knee-to-wall (cm)           8.0    10.5   left shorter by more than 1.9 cm (MDC)
  T1 stance, eyes closed (s)    12.0    30.0   left under 75% of the other side (design choice)
  T4 Y-balance reach (cm)       70.0    76.5   left shorter by more than 4 cm

weaker side: left
gait: over-pronation; shoe support: neutral; brace or tape: no

next:
  - P1: a sprain in the last 12 months: an 8-week programme, 3 sessions a week, may help reduce the risk of another; start it with: talus program new
  - F4: CAIT 25 or less on a side: consider seeing a physiotherapist
  - P3: after a sprain, a brace or tape when running may help reduce the risk of another
  - the CAIT questions are talus's own wording, not the validated original (Q1)

talus is a wellness tool, not a medical device: it does not diagnose or treat and is not for emergencies. Its advice may help reduce the risk of injury; it is no substitute for a clinician. If in doubt, or if symptoms worsen, see one.
$ talus assess show --json
{
  "id": 2,
  "date": "2026-03-01",
  "causes": [
    {
      "id": "tired-stabilisers",
      "name": "Tired stabilising muscles",
      "status": "present",
      "evidence": [
        "log: ankle symptoms followed long runs (seed; design choice: a symptom on the day of or the day after a long run)"
      ]
    },
    {
      "id": "old-sprain",
      "name": "Old sprains without completed rehabilitation",
      "status": "present",
      "evidence": [
        "left sprain 2025-06 without completed rehab (P1: an 8-week programme cut recurrences)",
        "right sprain 2019-11: rehab not known (P1)",
        "Q1: left CAIT 22 <= 25, likely instability; F4: consider seeing a physiotherapist",
        "P3: after a sprain a brace or tape may help reduce the risk of another"
      ]
    },
    {
      "id": "excessive-mileage",
      "name": "Excessive mileage",
      "status": "present",
      "evidence": [
        "L1: 1 run in the last 12 weeks more than 10% longer than the longest run of the prior 30 days",
        "L3: no week in the last 12 weeks rose more than 30%"
      ]
    },
    {
      "id": "inadequate-rest",
      "name": "Inadequate rest",
      "status": "absent",
      "evidence": [
        "L5 (heuristic): training monotony not above 2.0",
        "rest rule (heuristic, design choice): a rest day in every 7 days",
        "rest rule (heuristic, design choice): no long run streak"
      ]
    },
    {
      "id": "mechanics",
      "name": "Running mechanics, over-pronation or supination",
      "status": "present",
      "evidence": [
        "gait: over-pronation, as the runner reports it (seed; section 9: motion-control shoes lowered injuries in pronated feet)"
      ]
    },
    {
      "id": "weak-muscles",
      "name": "Weak calf, shin and foot muscles",
      "status": "present",
      "evidence": [
        "T3: left heel raises 18, below the mean of 27 for women aged 30-39",
        "T3: right heel raises 31, at or above the mean of 27 for women aged 30-39",
        "T1: stance eyes closed left 12 s, right 30 s: left under 75% of the other side (design choice)"
      ]
    },
    {
      "id": "limited-rom",
      "name": "Limited ankle range of motion",
      "status": "present",
      "evidence": [
        "T2: knee-to-wall left 8.0 cm, right 10.5 cm: left side 2.5 cm shorter, more than 1.9 cm"
      ]
    },
    {
      "id": "shoes",
      "name": "Unsupportive or worn shoes",
      "status": "present",
      "evidence": [
        "S1: current shoe 600 km, past 480 km (convention): time to review it",
        "section 9: over-pronation in a shoe without stability or motion control (motion-control shoes lowered injuries in pronated feet, single RCT)",
        "S2: one pair in use; rotating 2 or more pairs was linked to fewer injuries"
      ]
    }
  ],
  "cait": {
    "left": 22,
    "right": 29
  },
  "cait_band": {
    "left": "likely-instability",
    "right": "stable"
  },
  "tests": {
    "heel_raises": {
      "left": 18,
      "right": 31,
      "norm": 27,
      "norm_convention": false,
      "below": {
        "left": true,
        "right": false
      }
    },
    "knee_to_wall_cm": {
      "left": 8,
      "right": 10.5,
      "asymmetric": true,
      "weaker": "left"
    },
    "stance_s": {
      "left": 12,
      "right": 30,
      "trials": {
        "left": [
          10,
          12,
          9.5
        ],
        "right": [
          30
        ]
      },
      "asymmetric": true,
      "weaker": "left"
    },
    "ybalance_cm": {
      "left": 70,
      "right": 76.5,
      "asymmetric": true,
      "weaker": "left"
    }
  },
  "sprains": [
    {
      "side": "left",
      "month": "2025-06",
      "rehab_done": false
    },
    {
      "side": "right",
      "month": "2019-11",
      "rehab_done": null
    }
  ],
  "brace_or_tape": false,
  "gait": "over-pronation",
  "shoe_support": "unknown",
  "weaker_side": "left",
  "sprain_past_year": true,
  "refer_physio": true,
  "log": {
    "l1_spikes_12w": 1,
    "l3_weeks_12w": 0,
    "monotony_high": false,
    "few_rest_days": false,
    "long_streak": false,
    "symptoms_after_long_runs": true,
    "shoe_m": 600000,
    "shoe_support": "neutral",
    "shoe_pairs": 1
  },
  "disclaimer": "talus is a wellness tool, not a medical device: it does not diagnose or treat and is not for emergencies. Its advice may help reduce the risk of injury; it is no substitute for a clinician. If in doubt, or if symptoms worsen, see one."
}
$ talus assess show --date 2026-02-20 | head -3
assessment 1 of Ann on 2026-02-15

causes of weak ankles (the seed's eight), with what says so:
$ talus assess history
  ID  DATE         CAIT L/R  HEEL RAISES   KNEE-WALL cm     STANCE s     Y-BAL cm
   1  2026-02-15       20/-         15/-       7.5/10.0     8.0/25.0          -/-
   2  2026-03-01      22/29        18/31       8.0/10.5    12.0/30.0    70.0/76.5

change from 2026-02-15 to 2026-03-01 (T2 against its 1.9 cm MDC; the other tests have none, so their changes are not judged):
  Q1 CAIT                 left 20 -> 22 (+2); right - -> 29
  T3 heel raises          left 15 -> 18 (+3); right - -> 31
  T2 knee-to-wall         left 7.5 -> 8.0 cm (+0.5, within the 1.9 cm MDC); right 10.0 -> 10.5 cm (+0.5, within the 1.9 cm MDC)
  T1 stance, eyes closed  left 8.0 -> 12.0 s (+4.0); right 25.0 -> 30.0 s (+5.0)
  T4 Y-balance reach      left - -> 70.0 cm; right - -> 76.5 cm
$ talus assess history --json | head -30
{
  "assessments": [
    {
      "id": 1,
      "date": "2026-02-15",
      "cait": {
        "left": 20,
        "right": null
      },
      "heel_raises": {
        "left": 15,
        "right": null
      },
      "knee_to_wall_cm": {
        "left": 7.5,
        "right": 10
      },
      "stance_s": {
        "left": 8,
        "right": 25
      },
      "ybalance_cm": {
        "left": null,
        "right": null
      }
    },
    {
      "id": 2,
      "date": "2026-03-01",
      "cait": {
# Bad input: the flag and the value named, exit 2, nothing written.
$ talus assess --no-input --cait-left 31
! talus: assess: invalid --cait-left '31': must be from 0 to 30
[2]
$ talus assess --no-input --cait-right -1
! talus: assess: invalid --cait-right '-1': must be from 0 to 30
[2]
$ talus assess --no-input --stance-left 45.5
! talus: assess: invalid --stance-left '45.5': must be from 0 to 45 seconds
[2]
$ talus assess --no-input --stance-left 10 --stance-left 11 --stance-left 12 --stance-left 13
! talus: assess: invalid --stance-left: at most 3 trials (best of 3)
[2]
$ talus assess --no-input --knee-to-wall-right 30.5
! talus: assess: invalid --knee-to-wall-right '30.5': must be from 0 to 30 cm
[2]
$ talus assess --no-input --knee-to-wall-right 1e1
! talus: assess: invalid --knee-to-wall-right '1e1': expected a number of cm from 0 to 30
[2]
$ talus assess --no-input --ybalance-left 151
! talus: assess: invalid --ybalance-left '151': must be from 0 to 150 cm
[2]
$ talus assess --no-input --heel-raises-left 201
! talus: assess: invalid --heel-raises-left '201': must be from 0 to 200
[2]
$ talus assess --no-input --sprain left:2025-6
! talus: assess: invalid --sprain 'left:2025-6': expected SIDE:YYYY-MM, optionally with :rehab-done or :no-rehab (e.g. left:2025-06:no-rehab)
[2]
$ talus assess --no-input --sprain middle:2025-06
! talus: assess: invalid --sprain 'middle:2025-06': expected SIDE:YYYY-MM, optionally with :rehab-done or :no-rehab (e.g. left:2025-06:no-rehab)
[2]
$ talus assess --no-input --sprain left:2025-13
! talus: assess: invalid --sprain 'left:2025-13': 2025-13 is not a month
[2]
$ talus assess --no-input --sprain left:2026-04
! talus: assess: invalid --sprain 'left:2026-04': the month is after the assessment (2026-03)
[2]
$ talus assess --no-input --sprain left:2025-06:rehab
! talus: assess: invalid --sprain 'left:2025-06:rehab': expected SIDE:YYYY-MM, optionally with :rehab-done or :no-rehab (e.g. left:2025-06:no-rehab)
[2]
$ talus assess --no-input --gait flat
! talus: assess: invalid --gait 'flat': expected one of unknown|neutral|over-pronation|supination
[2]
$ talus assess --no-input --date 2026-02-30
! talus: assess: invalid --date '2026-02-30': no such day
[2]
$ talus assess show --id 99
! talus: assess show: no assessment with id 99
[2]
$ talus assess history --json | grep -c '"id"'
2
# On a terminal (forced here with TALUS_ASSUME_TTY=1, the answers piped)
# talus asks for what the flags did not give, and asks again after a bad
# answer; an empty answer leaves a value unknown.
$ printf 'left:2025-13\nleft:2025-06:rehab-done\n\nyes\nsideways\nneutral\nstability\n1\n2\n1\n7\n1\n2\n1\n1\n1\n1\n20\n25\nabc\n9.5\n11\n12 40 50\n30\n30 31\n\n\n' | TALUS_ASSUME_TTY=1 talus assess --date 2026-03-01 --cait-right 28 | head -28
assessment 3 of Ann on 2026-03-01

causes of weak ankles (the seed's eight), with what says so:
  PRESENT  Tired stabilising muscles
           - log: ankle symptoms followed long runs (seed; design choice: a symptom on the day of or the day after a long run)
  ABSENT   Old sprains without completed rehabilitation
           - left sprain 2025-06 with rehab completed (P1)
           - P3: brace or tape in use
  PRESENT  Excessive mileage
           - L1: 1 run in the last 12 weeks more than 10% longer than the longest run of the prior 30 days
           - L3: no week in the last 12 weeks rose more than 30%
  ABSENT   Inadequate rest
           - L5 (heuristic): training monotony not above 2.0
           - rest rule (heuristic, design choice): a rest day in every 7 days
           - rest rule (heuristic, design choice): no long run streak
  ABSENT   Running mechanics, over-pronation or supination
           - gait: neutral, as the runner reports it (section 9)
  PRESENT  Weak calf, shin and foot muscles
           - T3: left heel raises 20, below the mean of 27 for women aged 30-39
           - T3: right heel raises 25, below the mean of 27 for women aged 30-39
           - T1: stance eyes closed left 30 s, right 31 s: sides within 25% (design choice)
  ABSENT   Limited ankle range of motion
           - T2: knee-to-wall left 9.5 cm, right 11.0 cm: difference not more than 1.9 cm
  PRESENT  Unsupportive or worn shoes
           - S1: current shoe 600 km, past 480 km (convention): time to review it
           - section 9: gait and shoe support match
           - S2: one pair in use; rotating 2 or more pairs was linked to fewer injuries

! talus assess: answer each question, or press Enter to leave it unknown.
! 
! Ankle sprains you have had, one a line as SIDE:YYYY-MM, adding :rehab-done or :no-rehab
! when you know whether you completed a rehabilitation programme (e.g. left:2025-06:no-rehab).
! sprain (Enter: no more):   not valid: invalid answer 'left:2025-13': 2025-13 is not a month
! sprain (Enter: no more): sprain (Enter: no more): Do you run with a brace or tape? (yes, no; Enter: not known): Your gait, if a shop or clinician told you (neutral, over-pronation, supination; Enter: not known):   not valid: 'sideways'
! Your gait, if a shop or clinician told you (neutral, over-pronation, supination; Enter: not known): Your current running shoe (neutral, stability, motion-control, minimal; Enter: not known): 
! CAIT for the left ankle (Q1): 9 questions in talus's own words, not the validated original. Enter at a question skips the rest.
! 1. When does this ankle hurt?
!    1) It does not hurt
!    2) Only during sport
!    3) When I run on rough ground
!    4) When I run on flat ground
!    5) When I walk on rough ground
!    6) When I walk on flat ground
!    answer (1-6): 2. How often does this ankle feel as if it could give way?
!    1) Never
!    2) Now and then during sport, not every time
!    3) Every time I do sport
!    4) Now and then in everyday life
!    5) Often in everyday life
!    answer (1-5): 3. Does it feel as if it could give way when you turn sharply?
!    1) Never
!    2) Sometimes when I run
!    3) Often when I run
!    4) Even when I walk
!    answer (1-4): 4. Does it feel as if it could give way going down stairs?
!    1) Never
!    2) Only when I go down quickly
!    3) Now and then
!    4) Every time
!    answer (1-4):   not valid: '7'
! 4. Does it feel as if it could give way going down stairs?
!    1) Never
!    2) Only when I go down quickly
!    3) Now and then
!    4) Every time
!    answer (1-4): 5. Does it feel as if it could give way standing on that leg alone?
!    1) Never
!    2) When I am up on the ball of the foot
!    3) Even with the foot flat
!    answer (1-3): 6. Does it feel as if it could give way when you hop or jump?
!    1) Never
!    2) When I hop from side to side
!    3) When I hop on the spot
!    4) Whenever I jump
!    answer (1-4): 7. Does it feel as if it could give way on uneven ground?
!    1) Never
!    2) When I run on uneven ground
!    3) When I jog on uneven ground
!    4) When I walk on uneven ground
!    5) Even when I walk on flat ground
!    answer (1-5): 8. When this ankle starts to roll over, can you stop it?
!    1) Yes, straight away
!    2) Usually
!    3) Sometimes
!    4) No, never
!    5) It has never rolled over
!    answer (1-5): 9. After it rolls over, how soon does it feel normal again?
!    1) Almost at once
!    2) Within a day
!    3) After one or two days
!    4) After more than two days
!    5) It has never rolled over
!    answer (1-5): 
! T3, single-leg heel raises: stand on one leg, fingertips on a wall for balance;
! rise as high as you can and lower, about one a second, until you cannot go on.
! Count the full raises.
! left heel raises (0-200; Enter: not tested): right heel raises (0-200; Enter: not tested): 
! T2, knee-to-wall: face a wall, foot forward, heel down; bend the knee to touch the wall
! and move the foot back until the heel only just stays down. Measure from the big toe to the wall.
! left knee-to-wall (cm, 0-30; Enter: not tested):   not valid: invalid answer 'abc': expected a number of cm from 0 to 30
! left knee-to-wall (cm, 0-30; Enter: not tested): right knee-to-wall (cm, 0-30; Enter: not tested): 
! T1, single-leg stance with eyes closed: barefoot, stand on one leg, close your eyes
! and time until you touch down or open them; stop at 45 s. Best of 3.
! left stance (up to 3 times in seconds, 0-45, separated by spaces; Enter: not tested):   not valid: invalid answer '50': must be from 0 to 45 seconds
! left stance (up to 3 times in seconds, 0-45, separated by spaces; Enter: not tested): right stance (up to 3 times in seconds, 0-45, separated by spaces; Enter: not tested): 
! T4, Y-balance anterior reach (optional): stand on one leg and reach forward with the
! other foot as far as you can without losing balance; measure the reach.
! left reach (cm, 0-150; Enter: not tested): right reach (cm, 0-150; Enter: not tested): 
$ talus assess history
  ID  DATE         CAIT L/R  HEEL RAISES   KNEE-WALL cm     STANCE s     Y-BAL cm
   1  2026-02-15       20/-         15/-       7.5/10.0     8.0/25.0          -/-
   2  2026-03-01      22/29        18/31       8.0/10.5    12.0/30.0    70.0/76.5
   3  2026-03-01      28/28        20/25       9.5/11.0    30.0/31.0          -/-

change from 2026-02-15 to 2026-03-01 (T2 against its 1.9 cm MDC; the other tests have none, so their changes are not judged):
  Q1 CAIT                 left 20 -> 28 (+8); right - -> 28
  T3 heel raises          left 15 -> 20 (+5); right - -> 25
  T2 knee-to-wall         left 7.5 -> 9.5 cm (+2.0, more than the 1.9 cm MDC); right 10.0 -> 11.0 cm (+1.0, within the 1.9 cm MDC)
  T1 stance, eyes closed  left 8.0 -> 30.0 s (+22.0); right 25.0 -> 31.0 s (+6.0)
# The input ends before the questions do: nothing recorded.
$ printf 'left:2025-06\n' | TALUS_ASSUME_TTY=1 talus assess
! talus assess: answer each question, or press Enter to leave it unknown.
! 
! Ankle sprains you have had, one a line as SIDE:YYYY-MM, adding :rehab-done or :no-rehab
! when you know whether you completed a rehabilitation programme (e.g. left:2025-06:no-rehab).
! sprain (Enter: no more): sprain (Enter: no more): talus: assess: the input ended before every question was answered; nothing was recorded
[2]
$ talus assess history --json | grep -c '"id"'
3
