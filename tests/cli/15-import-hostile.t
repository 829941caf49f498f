# Import and hostile input: an empty folder, an activities.csv with no
# rows, a file named on the command line that holds no activity (a
# failure, exit 3) against the same file in a folder (skipped, counted),
# devices, and text from a file that is not UTF-8 (repaired, with a
# warning naming the file; every --json output stays UTF-8).
$ talus init --name Ann
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ mkdir empty && talus import empty
imported 0 activities from 0 files: 0 imported, 0 duplicate, 0 skipped, 0 failed
$ mkdir csvonly && printf '"Activity ID","Activity Date","Activity Name","Activity Type","Activity Gear","Filename"\n' >csvonly/activities.csv && talus import csvonly
imported 0 activities from 0 files (Strava export): 0 imported, 0 duplicate, 0 skipped, 0 failed
$ printf 'a shopping list\n' >notes.txt && talus import notes.txt
imported 0 activities from 1 file: 0 imported, 0 duplicate, 0 skipped, 1 failed
! talus: import: notes.txt: not a GPX, TCX or FIT file
[3]
$ : >empty.gpx && talus import empty.gpx
imported 0 activities from 1 file: 0 imported, 0 duplicate, 0 skipped, 1 failed
! talus: import: empty.gpx: empty file
[3]
$ talus import /dev/null
! talus: import: cannot import '/dev/null': not a file, a folder or a zip archive
[2]
$ talus import /dev/zero
! talus: import: cannot import '/dev/zero': not a file, a folder or a zip archive
[2]
$ printf '<?xml version="1.0"?>\n<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Run</name><type>running</type><trkseg><trkpt lat="51.0" lon="0.0"><time>2025-06-01T07:00:00Z</time></trkpt><trkpt lat="51.005" lon="0.0"><time>2025-06-01T07:03:00Z</time></trkpt><trkpt lat="51.010" lon="0.0"><time>2025-06-01T07:06:00Z</time></trkpt></trkseg></trk></gpx>\n' >run.gpx
$ mkdir mixed && cp notes.txt run.gpx mixed/ && talus import mixed
imported 1 activity from 2 files: 1 imported, 0 duplicate, 1 skipped, 0 failed
1 activity's file gave no UTC offset: local times from the system time zone (--tz ZONE sets the zone)
$ talus import notes.txt run.gpx
imported 0 activities from 2 files: 0 imported, 1 duplicate, 0 skipped, 1 failed
! talus: import: notes.txt: not a GPX, TCX or FIT file
[3]
$ mkdir -p strava/activities && sed 's/T07:/T08:/g' run.gpx >strava/activities/1.gpx
$ printf '"Activity ID","Activity Date","Activity Name","Activity Type","Activity Gear","Filename"\n1,"Jun 1, 2025, 8:00:00 AM","Morning \xff\xfe run \x1b[2J",Run,"Peg\x1b[1m \xc3",activities/1.gpx\n' >strava/activities.csv
$ talus import strava
imported 1 activity from 1 file (Strava export): 1 imported, 0 duplicate, 0 skipped, 0 failed
1 activity's file gave no UTC offset: local times from the system time zone (--tz ZONE sets the zone)
! talus: import: warning: strava/activities/1.gpx: text that is not UTF-8 (a name or a device) was repaired: each bad byte is now U+FFFD
$ talus run list
   ID  DATE        SPORT  DISTANCE      TIME    PACE  SHOE
    1  2025-06-01  run      1.1 km      6:00    5:24  -             Run
    2  2025-06-01  run      1.1 km      6:00    5:24  Peg [1m �     Morning �� run \x1b[2J
$ talus run list --json | grep '"name"\|"shoe"'
      "name": "Run",
      "shoe": null,
      "name": "Morning �� run \u001b[2J",
      "shoe": "Peg [1m �",
$ talus shoe list
SHOE                       USED     REVIEW    REPLACE  STATUS
Peg [1m �                1.1 km   480.0 km   800.0 km  ok
- one pair of shoes in use: runners who rotated more than one pair had fewer injuries (HR 0.614, Malisoux 2015, cohort); consider rotating at least two pairs (S2)
