#!/bin/bash
# import.sh - talus import end to end, on files talus makes itself
# (talus-mkcorpus, bench/mkcorpus.c: GPX and FIT runs and rides, and a
# corpus of copies with a Garmin-style export), so that it runs on a clean
# clone: a folder with malformed files (exit 3) and a second import, a
# Strava export, standard input, --dry-run, a missing path, an import
# killed with SIGKILL and resumed (it must end exactly as an uninterrupted
# import), and Ctrl-C (exit 130, keeps what was committed).
# import_fixtures.sh imports the real-device fixtures.
set -u
bin=$(realpath "$1")
gen="$TALUS_BIN_DIR/bench/talus-mkcorpus"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC TALUS_TODAY=2026-03-01
unset TALUS_ATHLETE
fail=0
ok() { echo "ok: $*"; }
no() { echo "FAIL: $*"; fail=1; }
t() { "$bin" "$@"; }
total() { grep -o "\"$2\": [0-9][0-9]*" "$1" | head -1 | grep -o '[0-9]*$'; }
# run list without ids (threads deliver files in no fixed order)
runs() { TALUS_DB=$1 t run list --json | grep -v '"id":'; }

# talus's own files: GPX runs and a ride, FIT runs and a ride, a
# monitoring file (not an activity), each starting at its own time.
src="$tmp/src"
"$gen" --sources "$src" || no "cannot write the source files"

# 1. A folder with two malformed files -> exit 3, each failure with its reason.
mkdir "$tmp/mixed"
cp "$src/run.gpx" "$src/run.fit" "$src/run-long.fit" "$src/ride.fit" "$tmp/mixed/"
printf '<gpx><trk><trkseg></trkseg></trk></gpx>\n' >"$tmp/mixed/empty.gpx"
head -c 100 "$src/run-5s.fit" >"$tmp/mixed/cut.fit"
export TALUS_DB="$tmp/a.db"
t init --name A >/dev/null
t import --json "$tmp/mixed" >"$tmp/first.json" 2>/dev/null
rc=$?
[ $rc -eq 3 ] && ok "malformed files: exit 3 (some files failed)" || no "malformed files: exit $rc, wanted 3"
imp=$(total "$tmp/first.json" activities)
[ "${imp:-0}" = 3 ] && ok "malformed files: the 3 runs imported" || no "malformed files: ${imp:-0} activities"
[ "$(grep -c '"status": "failed"' "$tmp/first.json")" = 2 ] &&
	grep -q '"error": "no track points' "$tmp/first.json" &&
	ok "failed files carry their reason" || no "no failed file with a reason"

# 2. A second import adds nothing and skips every file it read before.
t import --json "$tmp/mixed" >"$tmp/second.json" 2>/dev/null
[ "$(total "$tmp/second.json" activities)" = 0 ] && ok "second import: 0 new activities" ||
	no "second import added activities"
[ "$(total "$tmp/second.json" imported)" = 0 ] && ok "second import: no file imported" ||
	no "second import imported files"

# 3. A Strava export (current layout): names, types and gear from activities.csv.
mkdir -p "$tmp/strava/activities"
gzip -c "$src/run.gpx" >"$tmp/strava/activities/101.gpx.gz"
cp "$src/run.fit" "$tmp/strava/activities/102.fit"
cp "$src/ride.fit" "$tmp/strava/activities/103.fit"
cat >"$tmp/strava/activities.csv" <<'CSV'
"Activity ID","Activity Date","Activity Name","Activity Type","Activity Description","Elapsed Time","Distance","Activity Gear","Filename","Distance"
101,"Oct 01, 2024, 11:35:00 AM","Sunday long run","Run","easy, with friends",3600,10.2,"Pegasus 40","activities/101.gpx.gz",10200.5
102,"Oct 02, 2024, 6:10:00 PM","Track session","Run","",1800,5.1,"Pegasus 40","activities/102.fit",5100
103,"Oct 03, 2024, 9:00:00 AM","Commute","Ride","",4700,41.3,"Bike","activities/103.fit",41300
CSV
(cd "$tmp/strava" && zip -qr ../strava.zip .)
export TALUS_DB="$tmp/s.db"
t init --name S >/dev/null
out=$(t import "$tmp/strava.zip" 2>&1)
echo "$out" | grep -q "2 activities.*Strava export" && ok "strava: 2 runs imported" || no "strava: $out"
t run list | grep -q "Sunday long run" && ok "strava: names from activities.csv" || no "strava: no names"
t shoe list | grep -q "Pegasus 40" && ok "strava: gear became a shoe" || no "strava: no shoe"
t shoe list | grep -q "Bike" && no "strava: a ride's gear became a shoe" || ok "strava: a ride's gear is no shoe"
echo "$out" | grep -q "1 activity of other sports skipped" && ok "strava: the ride skipped" ||
	no "strava: ride not reported skipped: $out"

# 4. Standard input, and --dry-run changes nothing.
export TALUS_DB="$tmp/i.db"
t init --name I >/dev/null
before=$(sqlite3 "$TALUS_DB" .dump)
t import --dry-run "$src/run-long.fit" >/dev/null
[ "$before" = "$(sqlite3 "$TALUS_DB" .dump)" ] && ok "--dry-run leaves the database unchanged" ||
	no "--dry-run changed the database"
t import - <"$src/run.gpx" >/dev/null &&
	[ "$(t run list --json | grep -c '"sport"')" = 1 ] && ok "standard input" || no "standard input"
t import "$tmp/no-such-file.gpx" >/dev/null 2>&1
rc=$?
[ $rc -eq 2 ] && ok "a missing path: exit 2" || no "a missing path: exit $rc"
[ "$before" != "$(sqlite3 "$TALUS_DB" .dump)" ] || no "stdin import wrote nothing"

# 5. Killed at a random moment, then run again: the same as one clean run.
"$gen" - "$tmp/corpus" 6 6 3000 >/dev/null || no "cannot build the corpus"
export TALUS_DB="$tmp/clean.db"
t init --name K >/dev/null
t import -q --all-sports "$tmp/corpus" || no "clean import failed"
clean=$(runs "$tmp/clean.db")
n=$(echo "$clean" | grep -c '"sport"')
# A second import skips by stamp: the nested zip of 1,800 activity files
# counts as one file, imported before, and is not even extracted.
t import --json --all-sports "$tmp/corpus/export.zip" >"$tmp/again.json"
files=$(total "$tmp/again.json" files)
[ "$files" = 1200 ] && [ "$(total "$tmp/again.json" imported)" = 0 ] &&
	ok "second import of an export: 1200 entries, the nested zip skipped whole" ||
	no "second import of an export read $files files"
for delay in 0.05 0.2 0.4; do
	export TALUS_DB="$tmp/kill.db"
	rm -f "$TALUS_DB"*
	t init --name K >/dev/null
	"$bin" import -q --all-sports "$tmp/corpus" &
	pid=$!
	sleep $delay
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	sqlite3 "$TALUS_DB" "PRAGMA integrity_check" | grep -q '^ok$' || no "killed after ${delay}s: database not sound"
	t import -q --all-sports "$tmp/corpus" || no "resumed import failed"
	[ "$(runs "$TALUS_DB")" = "$clean" ] && ok "killed after ${delay}s and resumed: same $n activities as a clean import" ||
		no "killed after ${delay}s and resumed: differs from a clean import"
done

# 6. Ctrl-C: exit 130, and what was committed stays.
export TALUS_DB="$tmp/int.db"
t init --name K >/dev/null
# A background job of a script starts with SIGINT ignored; talus installs
# its own handler, so the signal still reaches it.
"$bin" import -q --all-sports --jobs 1 "$tmp/corpus" 2>"$tmp/int.err" &
pid=$!
sleep 0.3
kill -INT $pid
wait $pid
rc=$?
if [ $rc -eq 130 ]; then
	ok "Ctrl-C: exit 130"
	grep -q "interrupted" "$tmp/int.err" && ok "Ctrl-C: says it was interrupted" || no "Ctrl-C: no message"
elif [ $rc -eq 0 ]; then
	ok "Ctrl-C: the import had already finished (exit 0)"
else
	no "Ctrl-C: exit $rc"
fi
t import -q --all-sports "$tmp/corpus"
[ "$(runs "$TALUS_DB")" = "$clean" ] && ok "after Ctrl-C, a second run completes the import" ||
	no "after Ctrl-C the import does not complete"

[ $fail -eq 0 ] && echo "import: all checks passed"
exit $fail
