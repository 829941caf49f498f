# Shoes: add, default, distance from runs, S1 review and replace, retire.
$ talus init --name Ann
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ talus shoe add Pegasus --initial 470 --support neutral --since 2025-06-01
added shoe 'Pegasus': review at 480.0 km, replace at 800.0 km
'Pegasus' is the default for new runs (change it with: talus shoe default NAME)
$ talus shoe add Trail --review 300 --limit 500
added shoe 'Trail': review at 300.0 km, replace at 500.0 km
$ talus shoe default Pegasus
shoe 'Pegasus' is now the default for new runs
$ talus run add --date 2026-02-28 --distance 12
added run 1: 2026-02-28, 12.0 km
$ talus shoe list
SHOE                       USED     REVIEW    REPLACE  STATUS
Pegasus                482.0 km   480.0 km   800.0 km  review (S1), default
Trail                    0.0 km   300.0 km   500.0 km  ok
! shoe 'Pegasus' has 482.0 km, past its review distance of 480.0 km: check the midsole and outsole for wear (S1, convention)
$ talus run add --date 2026-03-01 --distance 320 --shoe Trail
added run 2: 2026-03-01, 320.0 km
$ talus shoe list --json
{
  "shoes": [
    {
      "id": 1,
      "name": "Pegasus",
      "used_m": 482000,
      "initial_m": 470000,
      "activities": 1,
      "review_m": 480000,
      "limit_m": 800000,
      "support": "neutral",
      "since": "2025-06-01",
      "retired": false,
      "default": true
    },
    {
      "id": 2,
      "name": "Trail",
      "used_m": 320000,
      "initial_m": 0,
      "activities": 1,
      "review_m": 300000,
      "limit_m": 500000,
      "support": null,
      "since": null,
      "retired": false,
      "default": false
    }
  ],
  "alerts": [
    {
      "rule": "S1",
      "level": "caution",
      "shoe": "Pegasus",
      "message": "shoe 'Pegasus' has 482.0 km, past its review distance of 480.0 km: check the midsole and outsole for wear (S1, convention)"
    },
    {
      "rule": "S1",
      "level": "caution",
      "shoe": "Trail",
      "message": "shoe 'Trail' has 320.0 km, past its review distance of 300.0 km: check the midsole and outsole for wear (S1, convention)"
    }
  ]
}
$ talus shoe retire Trail
retired shoe 'Trail'
$ talus shoe retire Trail
! talus: shoe retire: shoe 'Trail' is already retired
[2]
$ talus shoe default Trail
! talus: shoe default: shoe 'Trail' is retired: a retired shoe cannot be the default
[2]
$ talus shoe add Pegasus
! talus: shoe add: a shoe named 'Pegasus' already exists
[2]
$ talus shoe add Big --initial 5001km
! talus: shoe add: invalid --initial '5001km': must be at most 5000.0 km
[2]
$ talus shoe add Odd --review 900 --limit 800
! talus: shoe add: --review 900 is beyond --limit 800: the review comes first
[2]
$ talus shoe add
! talus: shoe add: missing the shoe's NAME
[2]
$ talus shoe retire Nope
! talus: shoe retire: no shoe named 'Nope'
! add it with: talus shoe add 'Nope'
[2]
