#!/bin/bash
# import_sport.sh - talus import decides the sport from every clue, end to
# end with the real binary: a GPX ride named "Afternoon Ride" with no
# <type>, a GPX swim named "Afternoon Swim", a TCX from a bike computer
# (Edge 530) that states no sport and rides at a runner's pace, and a GPX
# with no clue at 2:39/km over 12.5 km. None of them may enter the running
# load; a plain GPX run with no <type> does. With --all-sports they are
# stored with their sport (the too-fast one as other), and the warnings
# name the reason. run edit --sport takes a run out of the load and puts
# it back at once, and a later import of the same activity keeps the
# sport the user set.
#
#   bash tests/sh/import_sport.sh path/to/talus
set -u
bin=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC TALUS_TODAY=2026-03-01
unset TALUS_ATHLETE TALUS_DB
fail=0
ok() { echo "ok: $*"; }
no() { echo "FAIL: $*"; fail=1; }
t() { "$bin" --db "$db" "$@"; }

# gpx FILE NAME START_UTC N STEP_S STEP_M: a GPX track with no <type>,
# N points STEP_S seconds and STEP_M metres (north) apart.
gpx() {
	awk -v name="$2" -v start="$3" -v n="$4" -v dt="$5" -v dm="$6" 'BEGIN {
		printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		printf "<gpx version=\"1.1\" creator=\"StravaGPX\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
		printf "<trk><name>%s</name><trkseg>\n", name
		for (i = 0; i < n; i++) {
			s = start + i * dt
			printf "<trkpt lat=\"%.7f\" lon=\"7.0\"><time>%s</time></trkpt>\n",
			       45 + i * dm / 111194.9266, strftime("%Y-%m-%dT%H:%M:%SZ", s, 1)
		}
		printf "</trkseg></trk></gpx>\n"
	}' >"$1"
}

# Sunday 2026-02-22 and the days before: inside the weeks talus load shows.
d0=$(date -u -d 2026-02-22T08:00:00Z +%s)
mkdir -p "$tmp/in"
# 20 km in 50 min: 24 km/h, a point every 10 s.
gpx "$tmp/in/ride.gpx" "Afternoon Ride" "$d0" 301 10 66.667
# 1.6 km in 40 min, open water.
gpx "$tmp/in/swim.gpx" "Afternoon Swim" $((d0 - 86400)) 241 10 6.667
# 12.5 km at 2:39/km, no clue at all: nobody runs that.
gpx "$tmp/in/fast.gpx" "Commute" $((d0 - 2 * 86400)) 201 9.94 62.5
# 10 km at 5:00/km, no clue: a run.
gpx "$tmp/in/run.gpx" "Sunday" $((d0 - 3 * 86400)) 301 10 33.333
# A bike computer's TCX, no Sport="...": 12 km in 45 min (16 km/h, a pace
# a runner could hold); only the device says it is a ride.
awk -v start=$((d0 - 4 * 86400)) 'BEGIN {
	printf "  \n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	printf "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">\n"
	printf "<Activities><Activity><Id>%s</Id>\n", strftime("%Y-%m-%dT%H:%M:%SZ", start, 1)
	printf "<Lap StartTime=\"%s\"><TotalTimeSeconds>2700</TotalTimeSeconds>", strftime("%Y-%m-%dT%H:%M:%SZ", start, 1)
	printf "<DistanceMeters>12000</DistanceMeters><Track>\n"
	for (i = 0; i <= 270; i++)
		printf "<Trackpoint><Time>%s</Time><Position><LatitudeDegrees>%.7f</LatitudeDegrees><LongitudeDegrees>7.0</LongitudeDegrees></Position><DistanceMeters>%.1f</DistanceMeters></Trackpoint>\n",
		       strftime("%Y-%m-%dT%H:%M:%SZ", start + 10 * i, 1), 45 + i * 44.444 / 111194.9266, i * 44.444
	printf "</Track></Lap>\n"
	printf "<Creator xsi:type=\"Device_t\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><Name>Edge 530</Name></Creator>\n"
	printf "</Activity></Activities></TrainingCenterDatabase>\n"
}' >"$tmp/in/edge.tcx"

# 1. Without --all-sports: only the plain run goes in.
db="$tmp/a.db"
t init --name A >/dev/null
t import "$tmp/in" >"$tmp/out1" 2>"$tmp/err1" || no "import failed: $(cat "$tmp/err1")"
grep -q "imported 1 activity from 5 files" "$tmp/out1" && ok "only the run is imported" ||
	no "import said: $(cat "$tmp/out1")"
sports=$(t run list --json | grep -o '"sport": "[a-z]*"' | sort | tr '\n' ' ')
[ "$sports" = '"sport": "run" ' ] && ok "run list holds the one run" || no "run list holds: $sports"
runs=$(t load --json | grep -o '"runs": [0-9]*' | awk '{ s += $2 } END { print s + 0 }')
dist=$(t load --json | grep -o '"distance_m": [0-9.]*' | awk '{ s += $2 } END { printf "%.0f", s }')
[ "$runs" = 1 ] && [ "$dist" -ge 9900 ] && [ "$dist" -le 10100 ] &&
	ok "the running load is the 10 km run alone ($runs run, $dist m)" ||
	no "the running load is $runs runs, $dist m"
grep -q "ride.gpx: ride, not a run: named 'Afternoon Ride'" "$tmp/err1" && ok "the ride: named" ||
	no "no warning for the ride: $(cat "$tmp/err1")"
grep -q "swim.gpx: swim, not a run: named 'Afternoon Swim'" "$tmp/err1" && ok "the swim: named" ||
	no "no warning for the swim"
grep -q "edge.tcx: ride, not a run: recorded by an Edge 530 (a bike computer)" "$tmp/err1" &&
	ok "the bike computer's file: a ride" || no "no warning for the Edge file"
grep -q "fast.gpx: other, not a run: moving pace 2:39/km over 12.5 km is faster than a runner can hold" "$tmp/err1" &&
	ok "the too-fast file: other, with its pace" || no "no warning for the fast file"

# 2. With --all-sports: each stored with its sport.
db="$tmp/b.db"
t init --name B >/dev/null
t import --all-sports "$tmp/in" >"$tmp/out2" 2>"$tmp/err2" || no "import --all-sports failed"
grep -q "imported 5 activities from 5 files" "$tmp/out2" && ok "--all-sports: all five imported" ||
	no "--all-sports said: $(cat "$tmp/out2")"
t run list --json >"$tmp/list2"
sport_of() { # NAME: the sport stored for the activity named NAME
	awk -v n="\"name\": \"$1\"," '/"sport":/ { s = $2 } index($0, n) { gsub(/[",]/, "", s); print s }' "$tmp/list2"
}
[ "$(sport_of "Afternoon Ride")" = ride ] && ok "stored: the ride as ride" || no "the ride is $(sport_of "Afternoon Ride")"
[ "$(sport_of "Afternoon Swim")" = swim ] && ok "stored: the swim as swim" || no "the swim is $(sport_of "Afternoon Swim")"
[ "$(sport_of "Commute")" = other ] && ok "stored: the too-fast file as other" || no "the fast one is $(sport_of "Commute")"
[ "$(sport_of "Sunday")" = run ] && ok "stored: the run as run" || no "the run is $(sport_of "Sunday")"
[ "$(grep -c '"sport": "ride"' "$tmp/list2")" = 2 ] && ok "stored: the Edge file as ride" ||
	no "rides stored: $(grep -c '"sport": "ride"' "$tmp/list2")"
runs=$(t load --json | grep -o '"runs": [0-9]*' | awk '{ s += $2 } END { print s + 0 }')
[ "$runs" = 1 ] && ok "--all-sports: still one run in the load" || no "--all-sports: $runs runs in the load"

# 3. The sport by hand: run edit --sport moves an activity out of the
# running load and back at once (load and today), and no import of the
# same activity replaces what the user set.
id_of() { # NAME: the id of the activity named NAME
	t run list --json | awk -v n="\"name\": \"$1\"," '/"id":/ { i = $2 } index($0, n) { gsub(/,/, "", i); print i }'
}
source_of() { # NAME: the sport_source of the activity named NAME
	t run list --json | awk -v n="\"name\": \"$1\"," '/"sport_source":/ { s = $2 } index($0, n) { gsub(/[",]/, "", s); print s }'
}
load_runs() { t load --json | grep -o '"runs": [0-9]*' | awk '{ s += $2 } END { print s + 0 }'; }
today_longest() { t today --json | grep -o '"longest30_m": [0-9.]*' | awk '{ printf "%.0f", $2 }'; }
run_id=$(id_of Sunday)
ride_id=$(id_of "Afternoon Ride")
[ "$(source_of Sunday)" = default ] && ok "the run's sport_source: default (no clue)" ||
	no "the run's sport_source is $(source_of Sunday)"
[ "$(source_of "Afternoon Ride")" = name ] && ok "the ride's sport_source: name" ||
	no "the ride's sport_source is $(source_of "Afternoon Ride")"
before=$(today_longest)
t run edit "$run_id" --sport ride >"$tmp/edit1" || no "run edit --sport ride failed"
grep -q "sport: ride (was run), set by hand: not running load" "$tmp/edit1" &&
	ok "run edit --sport ride says so" || no "run edit said: $(cat "$tmp/edit1")"
[ "$(load_runs)" = 0 ] && ok "--sport ride: no run left in load --json" ||
	no "--sport ride: $(load_runs) runs in the load"
after=$(today_longest)
[ "$before" -ge 9900 ] && [ "$after" = 0 ] &&
	ok "--sport ride: today's longest run of 30 days $before m, then $after m" ||
	no "--sport ride: today's longest run of 30 days $before m, then $after m"
[ "$(source_of Sunday)" = user ] && ok "--sport: sport_source user" ||
	no "--sport: sport_source $(source_of Sunday)"
t run edit "$run_id" --sport run >/dev/null || no "run edit --sport run failed"
[ "$(load_runs)" = 1 ] && [ "$(today_longest)" = "$before" ] &&
	ok "--sport run: back in load and today" || no "--sport run: $(load_runs) runs, $(today_longest) m"
# The imported ride, made a run by hand, then the same ride from another
# file (other bytes): the user's word stands, no ride is added.
t run edit "$ride_id" --sport run >/dev/null || no "run edit --sport run on the ride failed"
[ "$(load_runs)" = 2 ] && ok "the ride made a run by hand: 2 runs in the load" ||
	no "the ride made a run: $(load_runs) runs in the load"
mkdir -p "$tmp/again"
{ cat "$tmp/in/ride.gpx"; echo "<!-- exported again -->"; } >"$tmp/again/ride2.gpx"
t import --all-sports "$tmp/again" >"$tmp/out3" 2>"$tmp/err3" || no "the second import failed"
grep -q "imported 0 activities from 1 file: 0 imported, 1 duplicate" "$tmp/out3" &&
	ok "a re-import of the ride is a duplicate of what the user set" ||
	no "the second import said: $(cat "$tmp/out3")"
[ "$(grep -c '"sport": "ride"' <(t run list --json))" = 1 ] && [ "$(load_runs)" = 2 ] &&
	ok "still 2 runs, 1 ride (the Edge file)" || no "after the re-import: $(load_runs) runs"

[ $fail -eq 0 ] && echo "import_sport: all checks passed"
exit $fail
