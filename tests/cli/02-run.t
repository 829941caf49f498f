# Logging runs: add, list, edit, rm, and every kind of bad input.
$ talus init --name Ann
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ talus run add --date 2026-02-27 --distance 8.5km --duration 48:30 --rpe 4
added run 1: 2026-02-27, 8.5 km in 48:30 (5:42 /km)
$ talus run add --date 2026-02-28T07:30 --distance 5mi --duration 75:00 --surface trail --pain-during 2 --pain-after 3 --side left --note "hilly loop"
added run 2: 2026-02-28, 8.0 km in 1:15:00 (9:19 /km)
$ talus run add --date 2026-03-01 --distance 10000m
added run 3: 2026-03-01, 10.0 km
$ talus run list
   ID  DATE        SPORT  DISTANCE      TIME    PACE  SHOE
    1  2026-02-27  run      8.5 km     48:30    5:42  -
    2  2026-02-28  run      8.0 km   1:15:00    9:19  -             pain 2/3  hilly loop
    3  2026-03-01  run     10.0 km                    -
$ talus run list --since 2026-02-28 --json
{
  "athlete": "Ann",
  "units": "km",
  "runs": [
    {
      "id": 2,
      "sport": "run",
      "sport_source": "user",
      "start_utc": "2026-02-28T07:30:00Z",
      "utc_offset_s": 0,
      "utc_offset_source": "entered",
      "elapsed_s": 4500,
      "moving_s": 4500,
      "distance_m": 8046.72,
      "points": 0,
      "date": "2026-02-28",
      "surface": "trail",
      "elev_gain_m": null,
      "avg_hr": null,
      "avg_cadence": null,
      "name": null,
      "shoe": null,
      "rpe": null,
      "pain_during": 2,
      "pain_after": 3,
      "side": "left",
      "note": "hilly loop",
      "truncated": false
    },
    {
      "id": 3,
      "sport": "run",
      "sport_source": "user",
      "start_utc": "2026-03-01T12:00:00Z",
      "utc_offset_s": 0,
      "utc_offset_source": "entered",
      "elapsed_s": null,
      "moving_s": null,
      "distance_m": 10000,
      "points": 0,
      "date": "2026-03-01",
      "surface": null,
      "elev_gain_m": null,
      "avg_hr": null,
      "avg_cadence": null,
      "name": null,
      "shoe": null,
      "rpe": null,
      "pain_during": null,
      "pain_after": null,
      "side": null,
      "note": null,
      "truncated": false
    }
  ]
}
$ talus run edit 3 --distance 12 --duration 1:02:00
updated run 3: 2026-03-01, 12.0 km in 1:02:00 (5:10 /km)
$ talus run rm 1
deleted run 1
$ talus run list --until 2026-02-28
   ID  DATE        SPORT  DISTANCE      TIME    PACE  SHOE
    2  2026-02-28  run      8.0 km   1:15:00    9:19  -             pain 2/3  hilly loop
# Bad input: each names the flag and the value, exits 2, writes nothing.
$ talus run add --date 2026-02-30 --distance 5
! talus: run add: invalid --date '2026-02-30': no such day
[2]
$ talus run add --date 2026-03-01 --distance 0
! talus: run add: invalid --distance '0': must be more than 0
[2]
$ talus run add --date 2026-03-01 --distance 501km
! talus: run add: invalid --distance '501km': must be at most 500.0 km
[2]
$ talus run add --date 2026-03-01 --distance 5furlongs
! talus: run add: invalid --distance '5furlongs': expected a distance such as 8.5km, 5mi, 8500m or a number in km
[2]
$ talus run add --date 2026-03-01 --distance 5 --duration 5:61
! talus: run add: invalid --duration '5:61': expected H:MM:SS or MM:SS (more than 0, at most a week)
[2]
$ talus run add --date 2026-03-01 --distance 5 --rpe 11
! talus: run add: invalid --rpe '11': must be from 0 to 10
[2]
$ talus run add --date 2026-03-01 --distance 5 --pain-after -1
! talus: run add: invalid --pain-after '-1': must be from 0 to 10
[2]
$ talus run add --date 2026-03-01 --distance 5 --surface sand
! talus: run add: invalid --surface 'sand': expected one of road|trail|track|treadmill
[2]
$ talus run add --date 2026-03-01 --distance 5 --shoe Nope
! talus: run add: no shoe named 'Nope'
! add it with: talus shoe add 'Nope'
[2]
$ talus run add --distance 5
! talus: run add: missing --date YYYY-MM-DD[THH:MM]
[2]
$ talus run add --date 2026-03-01 --dist 5
! talus: run add: unknown option '--dist' (did you mean '--distance'?)
[2]
$ talus run edit 99 --distance 5
! talus: run edit: no run with id 99
[2]
$ talus run rm abc
! talus: run rm: invalid run id 'abc': expected a positive number
[2]
$ talus run
! talus: 'run' needs a subcommand:
!     talus run add --date YYYY-MM-DD[THH:MM] --distance D [--duration [H:]MM:SS]
!               [--shoe NAME] [--surface road|trail|track|treadmill]
!               [--rpe 0-10] [--pain-during 0-10] [--pain-after 0-10]
!               [--side left|right|both] [--note TEXT]
!     talus run list [--since DATE] [--until DATE] [--json]
!     talus run edit ID [--sport run|ride|swim|walk|hike|other] [run add's options]
!     talus run rm ID
[2]
$ talus run ad
! talus: 'run ad' is not a talus command
! did you mean 'talus run add'?
[2]
$ talus rn list
! talus: 'rn' is not a talus command
! did you mean 'talus run'?
[2]
$ talus run list
   ID  DATE        SPORT  DISTANCE      TIME    PACE  SHOE
    2  2026-02-28  run      8.0 km   1:15:00    9:19  -             pain 2/3  hilly loop
    3  2026-03-01  run     12.0 km   1:02:00    5:10  -
