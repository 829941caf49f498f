# talus insights, talus report and the errors of talus serve that come
# before it listens (the server itself: tests/sh/web_*.sh, tests/web/).
$ talus serve
! talus: serve: no database at '$TMP/talus.db'
! create it with: talus --db '$TMP/talus.db' init --name NAME
[1]
$ talus init --name Ann >/dev/null
$ for d in 01 03 05 08 10 12 15 17 19 22 24 26; do talus run add --date 2026-02-$d --distance 6 >/dev/null; done
$ for d in 02 04 06 09 11; do talus ankle log --date 2026-02-$d --side left --pain 2 >/dev/null; done
$ talus ankle log --date 2026-02-13 --side left --morning-pain 5 --note '<b>x</b>' >/dev/null
$ talus insights
insights of Ann's log up to 2026-03-01: 12 runs, 6 followed by an ankle log the next day, 1 of them with pain of 4/10 or more

Distance of the 7 days to the run against the 7 before (L3)
  less than +10% (or less distance)       7 runs,   1 followed: not enough data (1 of 5)
  +10% to +30%                            0 runs,   0 followed: not enough data (0 of 5)
  more than +30%                          2 runs,   2 followed: not enough data (2 of 5)
  no run in the 7 days before             3 runs,   3 followed: not enough data (3 of 5)

The run against the longest of the 30 days before (L1)
  not longer                             11 runs,   5 followed: pain next day 1 of 5 (20%), mean 2.6
  up to 10% longer                        0 runs,   0 followed: not enough data (0 of 5)
  10% to 30% longer                       0 runs,   0 followed: not enough data (0 of 5)
  more than 30% longer                    0 runs,   0 followed: not enough data (0 of 5)
  no run in the 30 days before            1 runs,   1 followed: not enough data (1 of 5)

Shoe
  no shoe recorded                       12 runs,   6 followed: pain next day 1 of 6 (17%), mean 2.5

Shoe wear before the run (S1)
  before its review distance              0 runs,   0 followed: not enough data (0 of 5)
  between review and replace              0 runs,   0 followed: not enough data (0 of 5)
  past its replace distance               0 runs,   0 followed: not enough data (0 of 5)

Surface
  not recorded                           12 runs,   6 followed: pain next day 1 of 6 (17%), mean 2.5
  road                                    0 runs,   0 followed: not enough data (0 of 5)
  trail                                   0 runs,   0 followed: not enough data (0 of 5)
  track                                   0 runs,   0 followed: not enough data (0 of 5)
  treadmill                               0 runs,   0 followed: not enough data (0 of 5)

These are associations in your own log, not causes: many things change together, and a few runs prove nothing. A group is shown with at least 5 runs followed by an ankle log the next day; pain means 4/10 or more.
$ talus insights --json | head -12
{
  "date": "2026-03-01",
  "athlete": "Ann",
  "runs": 12,
  "followed": 6,
  "painful": 1,
  "pain_threshold": 4,
  "min_followed": 5,
  "tables": [
    {
      "id": "week_change",
      "title": "Distance of the 7 days to the run against the 7 before (L3)",
$ talus report --html report.html
wrote the report of 12 weeks to report.html
$ grep -c '<h2>' report.html
7
$ grep -c '&lt;b&gt;x&lt;/b&gt;' report.html
1
$ talus report --weeks 0 --html -
! talus: report: invalid --weeks '0': must be from 1 to 104
[2]
$ talus report
! talus: report: missing --html FILE (or --html - for standard output)
[2]
$ talus serve --bind nowhere
! talus: serve: invalid --bind 'nowhere': expected an IP address such as 127.0.0.1 or ::1
[2]
$ talus serve --port 70000
! talus: serve: invalid --port '70000': must be from 0 to 65535
[2]
