# The day the ankle hurts: symptoms at rest, the acute event that opens a
# recovery episode by itself, red flags that stand until resolved, a
# consultation, and the headline of the day.
$ export TALUS_TODAY=2026-03-20
$ talus init --name Ann >/dev/null
$ for d in 02 04 06 09 11 13 16 18; do talus run add --date 2026-03-$d --distance 8 --duration 48:00 >/dev/null; done
# Pain at rest: 4-5 easy, 6 rest, 7 a clinician; for 7 days.
$ talus ankle log --date 2026-03-18 --side right --pain 5
logged right ankle on 2026-03-18 (log 1)
see what it means for today with: talus today
$ talus today --date 2026-03-18 | sed -n '3p;/SYM/p'
  RUN EASY AND SHORTER, at most 8.0 km
  !  [SYM] right ankle: pain 5/10 in the log of 2026-03-18 (today): keep today easy and shorter
$ talus today --date 2026-03-25 | sed -n '3p'
  RUN, at most 8.8 km
$ talus ankle log --date 2026-03-19 --side right --morning-pain 7 --swelling severe
logged right ankle on 2026-03-19 (log 2)
see what it means for today with: talus today
$ talus today --date 2026-03-19 | sed -n '3p;/PAIN\|SWELL/p;/^see/p'
  SEE A CLINICIAN (no running until then)
  !! [PAIN] right ankle: morning pain 7/10 in the log of 2026-03-19 (today): see a clinician before running
  !! [SWELL] right ankle: severe swelling in the log of 2026-03-19 (today): see a clinician before running
see: a clinician (GP, sports physician or physiotherapist)
# A light roll is an easy day, no episode; with pain 4 it is an acute event.
$ talus init --name Ben >/dev/null
$ export TALUS_ATHLETE=Ben
$ for d in 02 04 06 09 11 13 16 18; do talus run add --date 2026-03-$d --distance 8 --duration 48:00 >/dev/null; done
$ talus ankle log --date 2026-03-20 --side left --rolled --pain 2 --swelling mild
logged left ankle on 2026-03-20 (log 3)
see what it means for today with: talus today
$ talus today | sed -n '3p;/SYM/p'
  RUN EASY AND SHORTER, at most 8.0 km
  !  [SYM] left ankle rolled today, with little pain, no more than mild swelling and weight bearing ok: keep today easy and shorter
$ talus recover | sed -n '1p'
no recovery plan on 2026-03-20
$ talus ankle log --date 2026-03-20 --side left --rolled --pain 4
logged left ankle on 2026-03-20 (log 4)
see what it means for today with: talus today
$ talus today | sed -n '3p;/A1/p'
  REST TODAY (protect day 1 of 3)
  !! [A1] left ankle rolled today, with pain, swelling or painful weight bearing: an acute event: rest today; a recovery plan begins (talus recover)
  !! [A1] recovery plan: protect day 1 of 3: no running, walk as far as is comfortable. Ice is optional (A2)
$ talus recover | sed -n '1,3p'
recovery since 2026-03-20 (left ankle: rolled, pain 4/10), protect day 1 of 3
2026-03-20:
  REST TODAY (protect day 1 of 3)
# A red flag stands: a later log that leaves it out resolves nothing.
$ talus ankle log --date 2026-03-20 --side left --tender navicular
logged left ankle on 2026-03-20 (log 5)
see what it means for today with: talus today
$ talus ankle log --date 2026-03-21 --side left --pain 2 </dev/null
logged left ankle on 2026-03-21 (log 6)
see what it means for today with: talus today
$ TALUS_TODAY=2026-03-21 NO_COLOR=1 talus today | sed -n '1,8p'

  ==============================================================
  !! SEEK URGENT CARE TODAY: urgent care or the emergency department !!
  !! no running, no exercise on this ankle
  ==============================================================

2026-03-21, Ben

$ TALUS_TODAY=2026-03-21 TALUS_COLOR=1 talus today | sed -n '3p' | cat -v
  ^[[1;41;97m!! SEEK URGENT CARE TODAY: urgent care or the emergency department !!^[[0m
$ TALUS_TODAY=2026-03-21 talus today --json | sed -n '/"red_flags"/,/]/p'
  "red_flags": [
    {
      "side": "left",
      "logged": "2026-03-20",
      "log": 5
    }
  ],
# On a terminal, talus asks each red-flag question; a yes keeps it.
$ printf 'no\nno\nno\nno\nno\nno\nyes\nno\nno\nno\nyes\n' | TALUS_ASSUME_TTY=1 TALUS_TODAY=2026-03-22 talus ankle log --date 2026-03-22 --side left --pain 2 2>&1 | tail -2
Is the foot numb, cold or discoloured? (yes, no; Enter: not known): Is there a deformity or an odd angle? (yes, no; Enter: not known): Did you hear a crack at the injury? (yes, no; Enter: not known): Did you feel a sudden snap or kick at the back of the heel? (yes, no; Enter: not known): Is the ankle hot and swollen, with a fever? (yes, no; Enter: not known): Is there focal bone pain that is getting worse? (yes, no; Enter: not known): Can you take 4 steps on it? (yes, no; Enter: not known): Is the bone tender at the back edge or tip of the outer ankle bone (lateral malleolus)? (yes, no; Enter: not known): Is the bone tender at the back edge or tip of the inner ankle bone (medial malleolus)? (yes, no; Enter: not known): Is the bone tender at the base of the fifth metatarsal (outer edge of the foot)? (yes, no; Enter: not known): Is the bone tender at the navicular (inner side of the midfoot)? (yes, no; Enter: not known): logged left ankle on 2026-03-22 (log 7)
see what it means for today with: talus today
$ TALUS_TODAY=2026-03-22 talus today --json | grep -c '"logged"'
2
# --red-flags none on a later day resolves it; it contradicts a flag.
$ TALUS_TODAY=2026-03-23 talus ankle log --date 2026-03-23 --side left --red-flags none --numb
! talus: ankle log: --red-flags none contradicts --numb: give one or the other
[2]
$ TALUS_TODAY=2026-03-23 talus ankle log --date 2026-03-23 --side left --pain 1 --red-flags none
logged left ankle on 2026-03-23 (log 8)
no red flag applies now: the red flags of the left ankle logged before 2026-03-23 are resolved
see what it means for today with: talus today
$ TALUS_TODAY=2026-03-23 talus today | sed -n '3p'
  REST TODAY (protect day 1 of 3)
# A consultation resolves the flags of its side logged on or before it.
$ TALUS_TODAY=2026-03-24 talus ankle log --date 2026-03-24 --side right --bone-pain-worsening >/dev/null
$ TALUS_TODAY=2026-03-24 talus today | sed -n '3p'
  SEE A CLINICIAN (no running until then)
$ TALUS_TODAY=2026-03-24 talus ankle seen --date 2026-03-24 --side right --note "seen at the clinic"
recorded a consultation with a clinician on 2026-03-24 for the right ankle (consultation 1)
it resolves the red flags of 1 ankle log logged on or before 2026-03-24; the return starts again from the protect days: talus recover
$ TALUS_TODAY=2026-03-24 talus ankle seen --date 2026-03-24 --side both --by physio
recorded a consultation with a physio on 2026-03-24 for both ankles (consultation 2)
no red flag stood for both ankles on 2026-03-24; the referral is marked done
$ TALUS_TODAY=2026-03-24 talus today | sed -n '3p'
  REST TODAY (protect day 2 of 3)
$ TALUS_TODAY=2026-03-24 talus ankle list | sed -n '/consultations/,$p'
consultations (talus ankle seen):
  2026-03-24  right  clinician  seen at the clinic
  2026-03-24  both   physio
$ TALUS_TODAY=2026-03-24 talus ankle list --json | sed -n '/"consultations"/,$p'
  "consultations": [
    {
      "id": 1,
      "date": "2026-03-24",
      "side": "right",
      "by": "clinician",
      "note": "seen at the clinic"
    },
    {
      "id": 2,
      "date": "2026-03-24",
      "side": "both",
      "by": "physio",
      "note": null
    }
  ]
}
# Bad input.
$ talus ankle seen --date 2026-03-20
! talus: ankle seen: missing --side left|right|both
[2]
$ talus ankle seen --side left
! talus: ankle seen: missing --date YYYY-MM-DD (the day of the consultation)
[2]
$ talus ankle seen --date 2026-03-20 --side left --by doctor
! talus: ankle seen: invalid --by 'doctor': expected one of clinician|physio
[2]
$ talus ankle seen --date 2026-04-20 --side left
! talus: ankle seen: invalid --date '2026-04-20': it is in the future (today is 2026-03-20)
[2]
$ talus ankle log --date 2026-03-20 --side left --red-flags some
! talus: ankle log: invalid --red-flags 'some': expected one of none
[2]
