# Hostile text: names refuse control characters, every option's value is
# UTF-8, ids are digits only, and what came from a user is shown with its
# control characters visible (as ls and git show them) in text, escaped in
# JSON.
$ talus init --name $'Ann\e[31m'
! talus: init: invalid --name 'Ann\x1b[31m': a name holds no control characters
[2]
$ talus init --name $'Ann\nBen'
! talus: init: invalid --name 'Ann\nBen': a name holds no control characters
[2]
$ talus init --name ' Ann'
! talus: init: invalid --name ' Ann': a name neither begins nor ends with a space
[2]
$ talus init --name $'Ann\xff'
! talus: init: invalid --name 'Ann\xff': not valid UTF-8 text
[2]
$ talus --athlete $'B\tb' today
! talus: invalid --athlete 'B\tb': a name holds no control characters
[2]
$ TALUS_ATHLETE=$'B\x7f' talus today
! talus: invalid TALUS_ATHLETE 'B\x7f': a name holds no control characters
[2]
$ talus init --name Ann
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ talus athlete rename Ann $'A\x1bnn'
! talus: athlete rename: invalid new name 'A\x1bnn': a name holds no control characters
[2]
$ talus shoe add $'Peg\x1b[2J'
! talus: shoe add: invalid shoe name 'Peg\x1b[2J': a name holds no control characters
[2]
$ talus shoe add $'Peg\xc2\x9b'
! talus: shoe add: invalid shoe name 'Peg\xc2\x9b': a name holds no control characters
[2]
$ talus shoe add 'Peg '
! talus: shoe add: invalid shoe name 'Peg ': a name neither begins nor ends with a space
[2]
$ talus shoe add Peg
added shoe 'Peg': review at 480.0 km, replace at 800.0 km
'Peg' is the default for new runs (change it with: talus shoe default NAME)
$ talus run add --date 2026-02-28 --distance 5 --shoe $'Peg\n'
! talus: run add: invalid --shoe 'Peg\n': a name holds no control characters
[2]
$ talus run add --date 2026-02-28 --distance 5 --note $'\xff\xfe'
! talus: run add: invalid --note '\xff\xfe': not valid UTF-8 text
[2]
$ talus run add --date 2026-02-28 --distance 5 --rpe ' 5'
! talus: run add: invalid --rpe ' 5': expected a whole number from 0 to 10
[2]
$ talus run add --date 2026-02-28 --distance 5 --rpe +5
! talus: run add: invalid --rpe '+5': expected a whole number from 0 to 10
[2]
$ talus run add --date 2026-02-28 --distance 5 --rpe 0x5
! talus: run add: invalid --rpe '0x5': expected a whole number from 0 to 10
[2]
$ talus run add --date 2026-02-28 --distance 5 --note $'line one\nline two \e[1mbold\e[0m %n "quoted"'
added run 1: 2026-02-28, 5.0 km
$ talus run list
   ID  DATE        SPORT  DISTANCE      TIME    PACE  SHOE
    1  2026-02-28  run      5.0 km                    Peg           line one\nline two \x1b[1mbold\x1b[0m %n "quoted"
$ talus run list --json | grep note
      "note": "line one\nline two \u001b[1mbold\u001b[0m %n \"quoted\"",
$ talus run rm ' 1'
! talus: run rm: invalid run id ' 1': expected a positive number
[2]
$ talus run rm +1
! talus: run rm: invalid run id '+1': expected a positive number
[2]
$ talus run rm 1x
! talus: run rm: invalid run id '1x': expected a positive number
[2]
$ talus run rm 0x1
! talus: run rm: invalid run id '0x1': expected a positive number
[2]
$ talus run rm ''
! talus: run rm: invalid run id '': expected a positive number
[2]
$ talus run rm 99999999999999999999
! talus: run rm: invalid run id '99999999999999999999': expected a positive number
[2]
$ talus ankle rm -1
! talus: ankle rm: unknown option '-1'
[2]
$ talus assess show --id 1e3
! talus: assess show: invalid assessment id '1e3': expected a positive number
[2]
$ talus run add --date $'2026-02-28\e[2J' --distance 5
! talus: run add: invalid --date '2026-02-28\x1b[2J': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM
[2]
$ talus run add --date 2026-02-28 --distance "$(printf 'x%.0s' $(seq 1 200))"
! talus: run add: invalid --distance 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...': expected a distance such as 8.5km, 5mi, 8500m or a number in km
[2]
$ talus $'bogus\x1b'
! talus: 'bogus\x1b' is not a talus command
! see 'talus --help'
[2]
$ talus --$'x\x1b' today
! talus: unknown option '--x\x1b'
! global options (--db PATH, --athlete NAME) come before the command; see 'talus --help'
[2]
$ talus --db $'/tmp/\xff' today
! talus: invalid --db '/tmp/\xff': not valid UTF-8 text
[2]
$ talus shoe add X --limit 5km
added shoe 'X': review at 5.0 km, replace at 5.0 km
$ talus shoe add Y --review 900km
added shoe 'Y': review at 900.0 km, replace at 900.0 km
$ talus shoe list
SHOE                       USED     REVIEW    REPLACE  STATUS
Peg                      5.0 km   480.0 km   800.0 km  ok, default
X                        0.0 km     5.0 km     5.0 km  ok
Y                        0.0 km   900.0 km   900.0 km  ok
# A database from before names were checked (written here by sqlite3, as an
# older talus could): every text listing shows the names with their control
# characters visible, JSON escapes them, and the athlete can be renamed.
$ talus run add --date 2026-03-01 --distance 6 --shoe X
added run 2: 2026-03-01, 6.0 km
$ talus assess --no-input --cait-left 24 | head -1
assessment 1 of Ann on 2026-03-01
$ sqlite3 "$TALUS_DB" "UPDATE athlete SET name = 'Ann' || char(27) || '[2J'; UPDATE shoe SET name = 'X' || char(10) || 'Y' || char(127) WHERE name = 'X'"
$ talus athlete list
Ann\x1b[2J [default] (km)
$ talus athlete list --json | grep name
      "name": "Ann\u001b[2J",
$ talus shoe list
SHOE                       USED     REVIEW    REPLACE  STATUS
Peg                      5.0 km   480.0 km   800.0 km  ok, default
X\nY\x7f                 6.0 km     5.0 km     5.0 km  replace (S1)
Y                        0.0 km   900.0 km   900.0 km  ok
! shoe 'X\nY\x7f' has 6.0 km, past its replace distance of 5.0 km: replace it (S1, a convention: no study links shoe mileage to injury)
$ talus shoe list --json | grep -E '"(name|shoe|message)"'
      "name": "Peg",
      "name": "X\nY\u007f",
      "name": "Y",
      "shoe": "X\nY\u007f",
      "message": "shoe 'X\nY\u007f' has 6.0 km, past its replace distance of 5.0 km: replace it (S1, a convention: no study links shoe mileage to injury)"
$ talus run list
   ID  DATE        SPORT  DISTANCE      TIME    PACE  SHOE
    1  2026-02-28  run      5.0 km                    Peg           line one\nline two \x1b[1mbold\x1b[0m %n "quoted"
    2  2026-03-01  run      6.0 km                    X\nY\x7f
$ talus today | head -9
2026-03-01, Ann\x1b[2J

  RUN

why:
  !! [S1] shoe 'X\nY\x7f' has 6.0 km, past its replace distance of 5.0 km: replace it (S1, a convention: no study links shoe mileage to injury)
  !  [L1] the 6.0 km run on 2026-03-01 was 20% longer than the longest of its prior 30 days (5.0 km), a small spike
  -  [L2] your log starts with the run on 2026-02-28: talus cannot see your running before it; if you are coming back after 30 days or more without running, return with walk-run (walk 2 min, run 3 min, 1.6 km in all)

$ talus team | tail -1
Ann\x1b[2J        run            -            -                       -                                     today      11.0 km            -
$ talus assess show | head -1
assessment 1 of Ann\x1b[2J on 2026-03-01
$ talus load --json | grep athlete
  "athlete": "Ann\u001b[2J",
$ talus athlete rename $'Ann\e[2J' Ann
renamed athlete 'Ann\x1b[2J' to 'Ann'
