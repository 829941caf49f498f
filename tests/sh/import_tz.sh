#!/bin/bash
# import_tz.sh - talus import --tz ZONE: files whose times carry no UTC
# offset (GPX and TCX times in Z or with no zone at all) get the offset of
# ZONE at their start, and say so (utc_offset_source "tz-option"); a file
# that states its offset keeps it ("file"); without --tz the system zone
# is used ("system") and the text output says so in one line; a bad zone
# exits 2 naming it and imports nothing.
#
#   bash tests/sh/import_tz.sh path/to/talus
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

if [ ! -f /usr/share/zoneinfo/Europe/Berlin ] && [ ! -f "${TZDIR:-/nonexistent}/Europe/Berlin" ]; then
	echo "import_tz: skipped: no time zone database (tzdata)"
	exit 0
fi

# gpx FILE NAME T1 T2 T3: a 3-point GPX run (about 1 km each 5 min) with
# the times as written.
gpx() {
	cat >"$1" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<trk><name>$2</name><trkseg>
<trkpt lat="45.000" lon="7.0"><time>$3</time></trkpt>
<trkpt lat="45.009" lon="7.0"><time>$4</time></trkpt>
<trkpt lat="45.018" lon="7.0"><time>$5</time></trkpt>
</trkseg></trk></gpx>
EOF
}
# Late on Sunday 22 February in UTC: Monday 23 February in Berlin.
gpx "$tmp/late.gpx" Late 2026-02-22T23:30:00Z 2026-02-22T23:35:00Z 2026-02-22T23:40:00Z
# No zone at all: read as UTC, as the GPX schema says.
gpx "$tmp/naive.gpx" Naive 2026-02-20T06:00:00 2026-02-20T06:05:00 2026-02-20T06:10:00
# A stated offset: kept whatever --tz says.
gpx "$tmp/kolkata.gpx" Stated 2026-02-18T06:00:00+05:30 2026-02-18T06:05:00+05:30 \
	2026-02-18T06:10:00+05:30
# Summer time: 2025-07-01 22:30Z is 2025-07-02 00:30 in Berlin (+02:00).
gpx "$tmp/summer.gpx" Summer 2025-07-01T22:30:00Z 2025-07-01T22:35:00Z 2025-07-01T22:40:00Z
# A TCX with Z times.
cat >"$tmp/late.tcx" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="Running"><Id>2026-02-15T23:10:00Z</Id>
<Lap StartTime="2026-02-15T23:10:00Z"><TotalTimeSeconds>1800</TotalTimeSeconds>
<DistanceMeters>5000</DistanceMeters><Track>
<Trackpoint><Time>2026-02-15T23:10:00Z</Time><DistanceMeters>0</DistanceMeters></Trackpoint>
<Trackpoint><Time>2026-02-15T23:40:00Z</Time><DistanceMeters>5000</DistanceMeters></Trackpoint>
</Track></Lap></Activity></Activities></TrainingCenterDatabase>
EOF

# field NAME KEY: KEY of the activity named NAME in run list --json
# (keys before "name" only).
field() {
	t run list --json | awk -v n="\"name\": \"$1\"," -v k="\"$2\":" '
		$1 == k { v = $2 } index($0, n) { gsub(/[",]/, "", v); print v }'
}

# 1. A bad zone: exit 2 naming it, before anything is imported.
db="$tmp/bad.db"
t init --name A >/dev/null
for z in Mars/Olympus Europe ../../etc/passwd "Europe/Berlin " ""; do
	t import --tz "$z" "$tmp/late.gpx" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ $rc = 2 ] && grep -qF "talus: import: invalid --tz '$z': " "$tmp/err" &&
		ok "--tz '$z': exit 2, named" || no "--tz '$z': exit $rc, said: $(cat "$tmp/err")"
	[ ! -s "$tmp/out" ] || no "--tz '$z' printed: $(cat "$tmp/out")"
done
[ "$(t run list --json | grep -c '"id":')" = 0 ] && ok "a bad zone imported nothing" ||
	no "a bad zone imported something"
t import "$tmp/late.gpx" >/dev/null 2>&1 && [ "$(t run list --json | grep -c '"id":')" = 1 ] &&
	ok "the file was not remembered: a good import takes it" || no "the file cannot be imported after"
# Without a database: none is made.
db="$tmp/none.db"
t import --tz Nowhere/Land "$tmp/late.gpx" >/dev/null 2>&1
[ $? = 2 ] && [ ! -e "$tmp/none.db" ] && ok "a bad zone makes no database" ||
	no "a bad zone made a database or did not exit 2"

# 2. --tz Europe/Berlin.
db="$tmp/tz.db"
t init --name B >/dev/null
t import --tz Europe/Berlin "$tmp/late.gpx" "$tmp/naive.gpx" "$tmp/kolkata.gpx" \
	"$tmp/summer.gpx" "$tmp/late.tcx" >"$tmp/out" 2>"$tmp/err" || no "import --tz failed: $(cat "$tmp/err")"
grep -qx "4 activities' files gave no UTC offset: local times from --tz Europe/Berlin" "$tmp/out" &&
	ok "one summary line for the four without an offset" || no "import said: $(cat "$tmp/out")"
[ "$(grep -c "UTC offset" "$tmp/out")" = 1 ] || no "more than one offset line: $(cat "$tmp/out")"
check() { # NAME DATE OFFSET SOURCE
	local d o s
	d=$(t run list --json | awk -v n="\"name\": \"$1\"," '/"date":/ { v = $2 } index($0, n) { gsub(/[",]/, "", v); print v }')
	o=$(field "$1" utc_offset_s)
	s=$(field "$1" utc_offset_source)
	[ "$d $o $s" = "$2 $3 $4" ] && ok "$1: local day $d, offset $o, source $s" ||
		no "$1: local day $d, offset $o, source $s; want $2 $3 $4"
}
check Late 2026-02-23 3600 tz-option
check Naive 2026-02-20 3600 tz-option
check Stated 2026-02-18 19800 file
check Summer 2025-07-02 7200 tz-option
# The TCX has no name: the one activity of 2026-02-16 (local).
tcx=$(t run list --json | grep -c '"date": "2026-02-16"')
[ "$tcx" = 1 ] && ok "the TCX: local day 2026-02-16 (23:10Z + 1 h)" || no "the TCX's day: $tcx on 2026-02-16"
[ "$(t run list --json | grep -c '"utc_offset_source": "tz-option"')" = 4 ] &&
	ok "four activities from --tz" || no "tz-option count wrong"
[ "$(field Late start_utc)" = 2026-02-22T23:30:00Z ] && ok "the instant stays: 23:30Z" ||
	no "Late starts at $(field Late start_utc)"
# import --json says it per activity.
db="$tmp/json.db"
t init --name C >/dev/null
t import --json --tz America/New_York "$tmp/late.gpx" >"$tmp/json" 2>/dev/null
grep -q '"utc_offset_s": -18000,' "$tmp/json" && grep -q '"utc_offset_source": "tz-option"' "$tmp/json" &&
	ok "import --json: -18000, tz-option" || no "import --json said: $(cat "$tmp/json")"

# 3. No --tz: the system zone, and one line saying so.
db="$tmp/sys.db"
t init --name D >/dev/null
TZ=Europe/Berlin t import "$tmp/late.gpx" "$tmp/kolkata.gpx" >"$tmp/out" 2>&1 || no "import failed"
grep -qx "1 activity's file gave no UTC offset: local times from the system time zone (--tz ZONE sets the zone)" "$tmp/out" &&
	ok "the system zone's guess is said once" || no "import said: $(cat "$tmp/out")"
check Late 2026-02-23 3600 system
check Stated 2026-02-18 19800 file
# A typed run: entered.
t run add --date 2026-02-26T07:00 --distance 5 >/dev/null
[ "$(t run list --json | grep -c '"utc_offset_source": "entered"')" = 1 ] && ok "a typed run: entered" ||
	no "a typed run's source is not entered"

[ $fail -eq 0 ] && echo "import_tz: all checks passed"
exit $fail
