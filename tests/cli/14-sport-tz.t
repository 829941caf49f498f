# The sport by hand (run edit --sport): in and out of the running load at
# once; the zone of an import (import --tz) and where each offset came from.
$ talus init --name Ann
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ talus shoe add Pegasus
added shoe 'Pegasus': review at 480.0 km, replace at 800.0 km
'Pegasus' is the default for new runs (change it with: talus shoe default NAME)
$ talus run add --date 2026-02-26 --distance 8
added run 1: 2026-02-26, 8.0 km
$ talus run add --date 2026-02-28T07:30 --distance 10 --duration 50:00
added run 2: 2026-02-28, 10.0 km in 50:00 (5:00 /km)
$ talus load --weeks 1
WEEK OF      DISTANCE  RUNS    LONGEST  CHANGE
2026-02-23    18.0 km     2    10.0 km       -  L1 small spike (+25%)

last 7 days 18.0 km, the 7 before 0.0 km: -
longest run of the prior 30 days: 10.0 km (L1 reference)
ACWR: hidden until 28 days of data (L4)
monotony 0.63, strain 11 (L5: >2.0 is a heuristic)
rest days in the last 7: 5; running days in a row: 1
$ talus run edit 2 --sport ride
updated run 2: 2026-02-28, 10.0 km in 50:00 (5:00 /km)
sport: ride (was run), set by hand: not running load; no longer counted in shoe 'Pegasus'
$ talus load --weeks 1
WEEK OF      DISTANCE  RUNS    LONGEST  CHANGE
2026-02-23     8.0 km     1     8.0 km       -

last 7 days 8.0 km, the 7 before 0.0 km: -
longest run of the prior 30 days: 8.0 km (L1 reference)
ACWR: hidden until 28 days of data (L4)
monotony 0.41, strain 3 (L5: >2.0 is a heuristic)
rest days in the last 7: 6; running days in a row: 0
$ talus run list
   ID  DATE        SPORT  DISTANCE      TIME    PACE  SHOE
    1  2026-02-26  run      8.0 km                    Pegasus
    2  2026-02-28  ride    10.0 km     50:00    5:00  -
$ talus run list --json | grep -E '"(id|sport|sport_source|utc_offset_source|shoe)"'
      "id": 1,
      "sport": "run",
      "sport_source": "user",
      "utc_offset_source": "entered",
      "shoe": "Pegasus",
      "id": 2,
      "sport": "ride",
      "sport_source": "user",
      "utc_offset_source": "entered",
      "shoe": null,
$ talus run edit 2 --sport run
updated run 2: 2026-02-28, 10.0 km in 50:00 (5:00 /km)
sport: run (was ride), set by hand: running load
$ talus run edit 2 --sport run --note "watch left in bike mode"
updated run 2: 2026-02-28, 10.0 km in 50:00 (5:00 /km)
sport: run, set by hand: running load
$ talus load --weeks 1 --json | grep -E '"(distance_m|runs)"'
      "distance_m": 18000,
      "runs": 2,
# Bad input: exit 2, nothing changed.
$ talus run edit 2 --sport bike
! talus: run edit: invalid --sport 'bike': expected one of run|ride|swim|walk|hike|other
[2]
$ talus run edit 2 --sport
! talus: run edit: option '--sport' needs a value
[2]
$ talus run edit 2 --sport walk --shoe Pegasus
! talus: run edit: invalid --shoe with --sport walk: only runs count against shoes
[2]
$ talus run add --date 2026-02-27 --distance 5 --sport ride
! talus: run add: unknown option '--sport'
[2]
$ talus run list
   ID  DATE        SPORT  DISTANCE      TIME    PACE  SHOE
    1  2026-02-26  run      8.0 km                    Pegasus
    2  2026-02-28  run     10.0 km     50:00    5:00  -             watch left in bike mode
# import --tz: a file whose times carry no offset takes the zone's.
$ printf '<gpx version="1.1" creator="t"><trk><name>Late</name><trkseg><trkpt lat="45" lon="7"><time>2026-02-22T23:30:00Z</time></trkpt><trkpt lat="45.009" lon="7"><time>2026-02-22T23:35:00Z</time></trkpt></trkseg></trk></gpx>\n' >late.gpx
$ talus import --tz Mars/Olympus late.gpx
! talus: import: invalid --tz 'Mars/Olympus': no such time zone (an IANA name such as Europe/Berlin)
[2]
$ talus import --tz Europe/Berlin late.gpx
imported 1 activity from 1 file: 1 imported, 0 duplicate, 0 skipped, 0 failed
1 activity's file gave no UTC offset: local times from --tz Europe/Berlin
$ talus run list --json | grep -E '"(date|utc_offset_s|utc_offset_source|name)"' | head -4
      "utc_offset_s": 3600,
      "utc_offset_source": "tz-option",
      "date": "2026-02-23",
      "name": "Late",
