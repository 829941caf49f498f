# Ankle logs and the red flags: urgent care wins over everything, and a
# red flag stands until a later log of the same side clears it.
$ talus init --name Ann
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ talus run add --date 2026-02-20 --distance 8
added run 1: 2026-02-20, 8.0 km
$ talus run add --date 2026-02-24 --distance 8
added run 2: 2026-02-24, 8.0 km
$ talus ankle log --date 2026-02-26 --side left --pain 2 --stiffness 2
logged left ankle on 2026-02-26 (log 1)
see what it means for today with: talus today
$ talus today --date 2026-02-26
2026-02-26, Ann

  RUN

why:
  -  [L2] your log starts with the run on 2026-02-20: talus cannot see your running before it; if you are coming back after 30 days or more without running, return with walk-run (walk 2 min, run 3 min, 1.6 km in all)
  -  [S2] no shoes logged: runners who rotated more than one pair had fewer injuries (HR 0.614, Malisoux 2015, cohort); consider rotating at least two pairs (S2)

load: last 7 days 16.0 km, the 7 before 0.0 km; longest run of the prior 30 days 8.0 km

talus is a wellness tool, not a medical device: it does not diagnose or treat and is not for emergencies. Its advice may help reduce the risk of injury; it is no substitute for a clinician. If in doubt, or if symptoms worsen, see one.
$ talus ankle log --date 2026-02-27 --side left --pain 5 --stiffness 4 --rolled --giving-way 1
logged left ankle on 2026-02-27 (log 2)
see what it means for today with: talus today
$ talus today --date 2026-02-27 --json
{
  "date": "2026-02-27",
  "athlete": "Ann",
  "units": "km",
  "verdict": "rest",
  "max_distance_m": 0,
  "session": {
    "source": "recovery",
    "kind": "rest",
    "distance_m": null,
    "text": "protect day 1 of 3: no running, walk as far as is comfortable. Ice is optional (A2)"
  },
  "reasons": [
    {
      "rule": "A1",
      "level": "warn",
      "verdict": "rest",
      "message": "left ankle rolled and gave way 1 time today, with pain, swelling or painful weight bearing: an acute event: rest today; a recovery plan begins (talus recover)",
      "source": "PEACE & LOVE (Dubois & Esculier, consensus): protect 1-3 days"
    },
    {
      "rule": "A1",
      "level": "warn",
      "verdict": "rest",
      "message": "recovery plan: protect day 1 of 3: no running, walk as far as is comfortable. Ice is optional (A2)",
      "source": "PEACE & LOVE (Dubois & Esculier, consensus): protect 1-3 days"
    },
    {
      "rule": "SYM",
      "level": "caution",
      "verdict": "easy",
      "message": "left ankle: pain 5/10 in the log of 2026-02-27 (today): keep today easy and shorter",
      "source": "symptoms at rest: NHS triage guidance, pain-monitoring model; the levels are a design choice"
    },
    {
      "rule": "R2",
      "level": "caution",
      "verdict": "easy",
      "message": "left ankle: stiffness up from 2 to 4/10 since the log before: the ankle did not settle, so reduce the load today",
      "source": "pain-monitoring model: next-morning response"
    },
    {
      "rule": "F4",
      "level": "caution",
      "verdict": "run",
      "message": "left ankle: 2 giving-way episodes or rolls in 6 months: recurrent giving way is a reason to see a physiotherapist for a balance and strength programme",
      "source": "Wright 2014 (validation)"
    },
    {
      "rule": "S2",
      "level": "info",
      "verdict": "run",
      "message": "no shoes logged: runners who rotated more than one pair had fewer injuries (HR 0.614, Malisoux 2015, cohort); consider rotating at least two pairs (S2)",
      "source": "Malisoux 2015 (cohort)"
    }
  ],
  "referral": "physio",
  "red_flags": [],
  "shoes": [
    {
      "rule": "S2",
      "level": "info",
      "shoe": null,
      "used_m": null,
      "message": "no shoes logged: runners who rotated more than one pair had fewer injuries (HR 0.614, Malisoux 2015, cohort); consider rotating at least two pairs (S2)"
    }
  ],
  "load": {
    "last7_m": 8000,
    "prev7_m": 8000,
    "change7": 0,
    "longest30_m": 8000,
    "acwr_ewma": null,
    "acwr_uncoupled": null,
    "monotony": 0.4082482905,
    "days_since_run": 3
  },
  "recovery": {
    "start": "2026-02-27",
    "side": "left",
    "rolled": true,
    "stage": "protect",
    "action": "protect",
    "phase": 1,
    "good_in_phase": 0,
    "next_session": "2026-03-02",
    "ask_morning": false,
    "refer_f5": false,
    "rule": "A1",
    "message": "protect day 1 of 3: no running, walk as far as is comfortable. Ice is optional (A2)",
    "reentry": null
  },
  "plan": null,
  "programme": null,
  "disclaimer": "talus is a wellness tool, not a medical device: it does not diagnose or treat and is not for emergencies. Its advice may help reduce the risk of injury; it is no substitute for a clinician. If in doubt, or if symptoms worsen, see one."
}
$ talus ankle log --date 2026-02-28 --side right --tender fifth-metatarsal --weight-bearing painful
logged right ankle on 2026-02-28 (log 3)
see what it means for today with: talus today
$ talus today --date 2026-02-28

  ==============================================================
  !! SEEK URGENT CARE TODAY: urgent care or the emergency department !!
  !! no running, no exercise on this ankle
  ==============================================================

2026-02-28, Ann

why:
  !! [O2] right foot: bone tenderness at the base of the fifth metatarsal, logged 2026-02-28 (today): the Ottawa foot rule says this needs a same-day assessment, which may include an X-ray (talus cannot tell what it is)
  !! [SYM] right ankle: painful to bear weight in the log of 2026-02-28 (today): rest today
  !  [SYM] left ankle: pain 5/10 in the log of 2026-02-27 (yesterday): keep today easy and shorter
  !  [R2] left ankle: stiffness up from 2 to 4/10 since the log before: the ankle did not settle, so reduce the load today
  !  [F4] left ankle: 2 giving-way episodes or rolls in 6 months: recurrent giving way is a reason to see a physiotherapist for a balance and strength programme
  -  [S2] no shoes logged: runners who rotated more than one pair had fewer injuries (HR 0.614, Malisoux 2015, cohort); consider rotating at least two pairs (S2)

see: urgent care or the emergency department, today

recovery: since 2026-02-27 (left ankle: rolled, gave way 1 time, pain 5/10, stiffness 4/10), a red flag stands: see a clinician first; the plan: talus recover

load: last 7 days 8.0 km, the 7 before 8.0 km; longest run of the prior 30 days 8.0 km

talus is a wellness tool, not a medical device: it does not diagnose or treat and is not for emergencies. Its advice may help reduce the risk of injury; it is no substitute for a clinician. If in doubt, or if symptoms worsen, see one.
$ talus ankle log --date 2026-02-28 --side left --pain 1
logged left ankle on 2026-02-28 (log 4)
see what it means for today with: talus today
$ talus today --date 2026-02-28 --json | grep -E '"(verdict|referral|rule|max_distance_m)"'
  "verdict": "urgent-care",
  "max_distance_m": 0,
      "rule": "O2",
      "verdict": "urgent-care",
      "rule": "SYM",
      "verdict": "rest",
      "rule": "F4",
      "verdict": "run",
      "rule": "S2",
      "verdict": "run",
  "referral": "urgent-care",
      "rule": "S2",
    "rule": "F1-F3, O1, O2",
$ talus ankle log --date 2026-03-01 --side right --pain 1
logged right ankle on 2026-03-01 (log 5)
see what it means for today with: talus today
$ talus today --date 2026-03-01 --json | grep -E '"(verdict|referral|rule)"'
  "verdict": "urgent-care",
      "rule": "O2",
      "verdict": "urgent-care",
      "rule": "F4",
      "verdict": "run",
      "rule": "S2",
      "verdict": "run",
  "referral": "urgent-care",
      "rule": "S2",
    "rule": "F1-F3, O1, O2",
$ talus ankle log --date 2026-03-01 --side left --bone-pain-worsening
logged left ankle on 2026-03-01 (log 6)
see what it means for today with: talus today
$ talus today --json | grep -E '"(verdict|referral|rule|max_distance_m)"'
  "verdict": "urgent-care",
  "max_distance_m": 0,
      "rule": "O2",
      "verdict": "urgent-care",
      "rule": "F3",
      "verdict": "see-clinician",
      "rule": "F4",
      "verdict": "run",
      "rule": "S2",
      "verdict": "run",
  "referral": "urgent-care",
      "rule": "S2",
    "rule": "F1-F3, O1, O2",
$ talus ankle list
    1  2026-02-26  left   pain 2  stiffness 2
    2  2026-02-27  left   pain 5  stiffness 4  gave way 1x  rolled
    3  2026-02-28  right  weight-bearing painful  tender fifth-metatarsal
    4  2026-02-28  left   pain 1
    5  2026-03-01  right  pain 1
    6  2026-03-01  left   RED FLAG
$ talus ankle rm 6
deleted ankle log 6
$ talus ankle list --since 2026-03-01 --json
{
  "logs": [
    {
      "id": 5,
      "date": "2026-03-01",
      "side": "right",
      "pain": 1,
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
      "note": null
    }
  ],
  "consultations": []
}
# Bad input
$ talus ankle log --date 2026-03-01 --side middle
! talus: ankle log: invalid --side 'middle': expected one of left|right
[2]
$ talus ankle log --date 2026-03-01 --side left --tender knee
! talus: ankle log: invalid --tender 'knee': expected one of lateral-malleolus|medial-malleolus|fifth-metatarsal|navicular
[2]
$ talus ankle log --date 2026-03-01 --side left --swelling huge
! talus: ankle log: invalid --swelling 'huge': expected one of none|mild|moderate|severe
[2]
$ talus ankle log --date 2026-03-01 --side left --pain 12
! talus: ankle log: invalid --pain '12': must be from 0 to 10
[2]
$ talus ankle log --date 2026-03-01 --pain 2
! talus: ankle log: missing --side left|right
[2]
$ talus ankle rm 99
! talus: ankle rm: no ankle log with id 99
[2]
