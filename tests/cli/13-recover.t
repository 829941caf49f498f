# talus recover: the recovery plan for ankle symptoms in the log, its
# walk-run return gated on pain and the next morning, and talus today.
$ talus init --name Ann
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ for d in 02 04 06 09 11 13 16 18 20 23 25 27; do talus run add --date 2026-02-$d --distance 8 >/dev/null; done
$ talus recover
no recovery plan on 2026-03-01
the ankle log of the last 200 days shows nothing that starts one:
pain or morning pain of 6/10 or more, moderate or severe swelling, painful weight bearing, a roll or giving way with pain of 4/10 or more, or a red flag (what calls for rest or more)
# Mild symptoms (R1's safe zone) begin no plan.
$ talus ankle log --date 2026-03-01 --side left --pain 3 --stiffness 4 >/dev/null
$ talus recover --json | head -4
{
  "date": "2026-03-01",
  "verdict": "run",
  "max_distance_m": 8800,
# The story below happens in March and April: its logs are not in the
# future (talus refuses a run or a log dated more than a day ahead).
$ export TALUS_TODAY=2026-04-30
# A roll with pain 5 begins one. talus today is unchanged until the plan
# is started (an athlete with a programme or a plan follows it at once).
$ talus ankle log --date 2026-03-02 --side left --pain 5 --rolled --swelling mild
logged left ankle on 2026-03-02 (log 2)
see what it means for today with: talus today
$ talus today --date 2026-03-02 | head -3
2026-03-02, Ann

  REST TODAY (protect day 1 of 3)
$ talus recover --date 2026-03-02
recovery since 2026-03-02 (left ankle: rolled, pain 5/10, mild swelling), protect day 1 of 3
2026-03-02:
  REST TODAY (protect day 1 of 3)
  recovery plan: protect day 1 of 3: no running, walk as far as is comfortable. Ice is optional (A2) [A1]

protect days (A1): 3, from 2026-03-02 to 2026-03-04
walk-run return (R3), on level ground, at least 2 good sessions a phase, a rest day between:
  1  walk 2 min / run 3 min   1.6 km, RPE 3  <- now, 0 of 2 good sessions
  2  walk 2 min / run 3 min   2.4 km, RPE 3
  3  walk 2 min / run 4 min   2.4 km
  4  walk 2 min / run 4 min   3.2 km
  5  walk 1 min / run 4 min   3.2 km, RPE 5
  6  continuous running       3.2 km

if every session goes well (talus re-plans after each one):
  2026-03-05 phase 1, 2026-03-07 phase 1, 2026-03-09 phase 2, 2026-03-11 phase 2,
  2026-03-13 phase 3, 2026-03-15 phase 3, 2026-03-17 phase 4, 2026-03-19 phase 4,
  2026-03-21 phase 5, 2026-03-23 phase 5, 2026-03-25 phase 6, 2026-03-27 phase 6

advice:
  [A1] Protect the ankle for 1 to 3 days: no running, and walk only as far as is comfortable. Then load it again as symptoms allow.
  [A2] Ice is optional. If it eases the pain, use it for at most 20 minutes at a time, every 2 to 3 hours, with a cloth between ice and skin. The evidence for ice is weak, and modern guidance prefers gentle loading as symptoms allow.
  [section 7] Compression: a sleeve or wrap may ease swelling. The evidence that compression alone helps is weak.
  [section 7] Elevation: raise the foot above the heart when resting. The evidence is weak, the risk is low.
  [section 7; design choice] Foam rolling and self-massage of the calves may relieve tightness (the seed's advice; no trial found). Design choice: wait until the protect days are over, as the NHS advises no massage in the first days, and keep off the sore spot.
  [section 7] Mobility work: after the protect days, gentle ankle circles and calf stretches within comfort help restore range of motion (PEACE & LOVE: exercise).
  [A3] If a clinician chooses to immobilise the ankle (a boot or brace), guidelines keep it to at most 10 days; follow your clinician.
  [A4] talus gives no advice on medicines: ask a pharmacist or doctor.
  [R1] Pain during or after a session: 0-3/10 is fine, 4-5/10 is acceptable but repeat the phase, above 5/10 stop and rest.
  [R2] If pain or stiffness is worse the next morning, step back a phase; if it has settled, repeat or move on.
  [R3] The walk-run return has 6 phases on level ground, each at least 2 sessions with a rest day between; move on only after 2 sessions in a row with pain at most 3/10 and no worse the next morning.
  [R4] After an ankle roll, getting back to normal running can take up to 8 weeks; that is expected.
  [F1-F4] See a clinician the same day for severe pain or swelling, if you cannot put weight on the foot, or if the foot is numb, cold or misshapen; see a physiotherapist if the ankle keeps giving way.
  [F5] If there is no improvement after 12 weeks, ask for a referral to a specialist.
  [D1] talus is a wellness tool, not a medical device: it does not diagnose, and this plan may help reduce the risk of a setback; it is no substitute for professional advice.
$ talus today --date 2026-03-02
2026-03-02, Ann

  REST TODAY (protect day 1 of 3)

why:
  !! [A1] left ankle rolled today, with pain, swelling or painful weight bearing: an acute event: rest today; a recovery plan begins (talus recover)
  !! [A1] recovery plan: protect day 1 of 3: no running, walk as far as is comfortable. Ice is optional (A2)
  !  [SYM] left ankle: pain 5/10 in the log of 2026-03-02 (today): keep today easy and shorter
  -  [S2] no shoes logged: runners who rotated more than one pair had fewer injuries (HR 0.614, Malisoux 2015, cohort); consider rotating at least two pairs (S2)

recovery: since 2026-03-02 (left ankle: rolled, pain 5/10, mild swelling), protect day 1 of 3; the plan: talus recover

load: last 7 days 16.0 km, the 7 before 24.0 km; longest run of the prior 30 days 8.0 km; ACWR 0.71 (descriptive, L4)

talus is a wellness tool, not a medical device: it does not diagnose or treat and is not for emergencies. Its advice may help reduce the risk of injury; it is no substitute for a clinician. If in doubt, or if symptoms worsen, see one.
$ talus recover --date 2026-03-02 --protect-days 2 | head -3
recovery since 2026-03-02 (left ankle: rolled, pain 5/10, mild swelling), protect day 1 of 2
2026-03-02:
  REST TODAY (protect day 1 of 2)
$ talus today --date 2026-03-04 | sed -n '3p;/^why/,/^$/p;/^recovery/p'
  RUN EASY: walk-run phase 1, walk 2 min / run 3 min, 1.6 km
why:
  !  [SYM] left ankle: pain 5/10 in the log of 2026-03-02 (2 days ago): keep today easy and shorter
  !  [R3] recovery plan: walk-run phase 1: walk 2 min / run 3 min, 1.6 km in all, on level ground, effort 3/10. Stop if pain goes above 5/10 (R1)
  -  [S2] no shoes logged: runners who rotated more than one pair had fewer injuries (HR 0.614, Malisoux 2015, cohort); consider rotating at least two pairs (S2)

recovery: since 2026-03-02 (left ankle: rolled, pain 5/10, mild swelling), walk-run phase 1 of 6, 0 of 2 good sessions in a row; the plan: talus recover
# A walk-run session: pain 2/1; the next morning is not worse.
$ talus run add --date 2026-03-04 --distance 1.6 --pain-during 2 --pain-after 1
added run 13: 2026-03-04, 1.6 km
$ talus today --date 2026-03-04 | sed -n '3p;/R3/p'
  REST TODAY (today's walk-run session is logged)
  -  [R3] recovery plan: today's session is logged (pending next morning). Tomorrow is a rest day; log how the ankle feels in the morning
$ talus today --date 2026-03-05 | sed -n '3p;/R3/p;/^  this morning/p'
  REST TODAY (a rest day in the walk-run return)
  !  [R3] recovery plan: rest day between walk-run sessions: log whether the ankle is worse this morning (R2)
  this morning, log how the left ankle feels (R2): talus ankle log --date 2026-03-05 --side left --morning-pain N
$ talus ankle log --date 2026-03-05 --side left --pain 1 --morning-pain 1 >/dev/null
$ talus run add --date 2026-03-06 --distance 1.6 --pain-during 1 --pain-after 1 >/dev/null
$ talus ankle log --date 2026-03-07 --side left --morning-pain 1 >/dev/null
$ talus recover --date 2026-03-08 | sed -n '1,2p;/^sessions/,/^$/p'
recovery since 2026-03-02 (left ankle: rolled, pain 5/10, mild swelling), walk-run phase 2 of 6, 0 of 2 good sessions in a row
2026-03-08:
sessions (the runs after the day the symptoms began; pain during/after, and the next morning, R1 and R2):
  2026-03-04  run 13  pain 2/1  next morning not worse: counted
  2026-03-06  run 14  pain 1/1  next morning not worse: advanced

$ talus today --date 2026-03-08 | sed -n '3p;/R3/p'
  RUN EASY: walk-run phase 2, walk 2 min / run 3 min, 2.4 km
  !  [R3] recovery plan: walk-run phase 2: walk 2 min / run 3 min, 2.4 km in all, on level ground, effort 3/10. Stop if pain goes above 5/10 (R1)
# Pain above 5/10 stops the session: 2 rest days, one phase back (R1).
$ talus run add --date 2026-03-08 --distance 2.4 --pain-during 6 --pain-after 4 >/dev/null
$ talus recover --date 2026-03-09 --json | sed -n '/"today"/,/}/p'
  "today": {
    "action": "rest-day",
    "phase": 1,
    "good_in_phase": 0,
    "next_session": "2026-03-11",
    "ask_morning": false,
    "refer_f5": false,
    "rule": "R1; design choice",
    "message": "rest day: pain went above 5/10, so rest 2 days and go back to phase 1",
    "reentry": null
  },
$ talus today --date 2026-03-09 | sed -n '3p;/\[R1\]/p'
  REST TODAY (a rest day in the walk-run return)
  !  [R1] recovery plan: rest day: pain went above 5/10, so rest 2 days and go back to phase 1
# A run without a pain score is not counted, and talus says so.
$ talus run add --date 2026-03-11 --distance 1.6 >/dev/null
$ talus today --date 2026-03-11 | grep 'pain score'
  1 run since 2026-03-02 has no pain score and does not count: add one with talus run edit ID --pain-after N
# A red flag wins over the plan: see a clinician first, no plan.
$ talus ankle log --date 2026-03-12 --side left --tender lateral-malleolus >/dev/null
$ talus recover --date 2026-03-12

  ==============================================================
  !! SEEK URGENT CARE TODAY: urgent care or the emergency department !!
  !! no running, no exercise on this ankle
  ==============================================================

recovery since 2026-03-02 (left ankle: rolled, pain 5/10, mild swelling), a red flag stands: see a clinician first
2026-03-12:
  recovery plan: a red flag is logged: no running. See a clinician first [F1-F3, O1, O2]
  !! [O1] left ankle: bone tenderness at the lateral malleolus, logged 2026-03-12 (today): the Ottawa ankle rule says this needs a same-day assessment, which may include an X-ray (talus cannot tell what it is)

[F1-F3, O1, O2] A red flag is logged: see a clinician before any running or exercise on this ankle. talus makes no recovery plan until then.
[D1] talus is a wellness tool, not a medical device: it does not diagnose and is not for emergencies.
once a clinician has seen the ankle: talus ankle seen --date DATE --side SIDE; the return then starts again from the protect days
$ talus today --date 2026-03-12 | sed -n '3p;/^see/p'
  !! SEEK URGENT CARE TODAY: urgent care or the emergency department !!
see: urgent care or the emergency department, today
$ talus recover --date 2026-03-12 --json | grep -E '"(active|see_clinician|action)"'
  "active": false,
  "see_clinician": true,
    "action": "see-clinician",
# A later log that leaves the flag out resolves nothing: it stands.
$ talus ankle log --date 2026-03-13 --side left --pain 1 >/dev/null
$ talus today --date 2026-03-13 --json | grep -E '"(verdict|logged)"' | head -2
  "verdict": "urgent-care",
      "verdict": "urgent-care",
# Seen by a clinician: the flag is resolved, and the return starts again
# from the protect days, never straight back to running.
$ talus ankle seen --date 2026-03-13 --side left --by physio --note "no X-ray needed"
recorded a consultation with a physio on 2026-03-13 for the left ankle (consultation 1)
it resolves the red flags of 1 ankle log logged on or before 2026-03-13; the return starts again from the protect days: talus recover
$ talus recover --date 2026-03-13 | sed -n '1,3p'
recovery since 2026-03-02 (left ankle: rolled, pain 5/10, mild swelling), protect day 1 of 2
2026-03-13:
  REST TODAY (protect day 1 of 2)
$ talus today --date 2026-03-16 | sed -n '3p'
  RUN EASY: walk-run phase 1, walk 2 min / run 3 min, 1.6 km
# A calendar of the protect days and the sessions left.
$ talus recover --date 2026-03-16 --ics - | tr -d '\r' | grep -E '^(SUMMARY|DTSTART)' | head -6
DTSTART;VALUE=DATE:20260313
SUMMARY:talus: protect the ankle (A1)
DTSTART;VALUE=DATE:20260316
SUMMARY:talus: walk-run phase 1\, walk 2 / run 3 min\, 1.6 km
DTSTART;VALUE=DATE:20260318
SUMMARY:talus: walk-run phase 1\, walk 2 / run 3 min\, 1.6 km
# Bad input, and ending the plan early.
$ talus recover --protect-days 4
! talus: recover: invalid --protect-days '4': must be from 1 to 3
[2]
$ talus recover --date 2026-02-20 --protect-days 2
! talus: recover: no recovery plan on 2026-02-20 for --protect-days
[2]
$ talus recover end --date 2026-02-20
! talus: recover end: no recovery plan on 2026-02-20 to end
[2]
$ talus recover end --date 2026-03-17
ended the recovery plan of 2026-03-02 on 2026-03-17: talus today no longer follows it;
a new log with pain or morning pain of 6/10 or more, moderate or severe swelling, painful weight bearing, a roll or giving way with pain of 4/10 or more, or a red flag (what calls for rest or more) starts another
$ talus recover --date 2026-03-18
no recovery plan on 2026-03-18
the last one, from 2026-03-02, ended on 2026-03-17 (ended with talus recover end)
$ talus today --date 2026-03-18 --json | grep -E '"(verdict|recovery)"'
  "verdict": "run",
      "verdict": "run",
