#!/bin/bash
# export.sh - talus export end to end: the CSV of a log read back by
# talus import gives the same runs (every field of `run list --json`, on a
# fresh database, in another time zone); notes with commas, quotes,
# newlines, blanks and UTF-8 go out byte for byte (read back by talus and
# by sqlite3's own CSV reader); the folder, zip and JSON forms, their
# modes under umask 022; a second import adds nothing; unknown shoes and
# bad rows are named; a write that fails leaves nothing behind; the
# programme log keeps the pain given, and none where none was.
set -u
bin=$(realpath "$1")
data=$(cd "$(dirname "$0")/../data" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TALUS_TODAY=2026-03-01
unset TALUS_ATHLETE
umask 022
fail=0
ok() { echo "ok: $*"; }
no() { echo "FAIL: $*"; fail=1; }
t() { "$bin" "$@"; }
mode() { stat -c %a "$1"; }
command -v jq >/dev/null || { echo "FAIL: jq is missing (make deps installs it)"; exit 1; }

# 1. A log with every kind of field, typed in New York (UTC-5), in id
#    order = start order, so that a fresh import gives the same ids.
export TZ=America/New_York TALUS_DB="$tmp/a.db"
t init --name Ann >/dev/null
t shoe add "Pegasus 40" --initial 100 >/dev/null
t shoe add 'Old, "retro" pair' >/dev/null
t import --all-sports "$data/gpx_split.gpx" >/dev/null 2>&1        # a run and a walk, 2024-05
t import "$data/gpx_tpx_v1.gpx" >/dev/null 2>&1                    # a run with HR and cadence
note=$(printf 'easy, "chatty" pace\nsecond line; café — ☃ 🏃\ttab')
blank='  starts and ends with blanks  '
t run add --date 2026-02-20T07:30 --distance 8.5km --duration 48:30 --rpe 4 \
	--surface trail --pain-during 2 --pain-after 3 --side left --note "$note" >/dev/null
t run add --date 2026-02-21 --distance 5km --shoe 'Old, "retro" pair' --note "$blank" >/dev/null
t run add --date 2026-02-21 --distance 5km --side both >/dev/null     # two 5 km runs without a time, one day
long=$(printf 'a long note %.0s' $(seq 1 200))                      # 2,400 bytes
t run add --date 2026-02-27T23:30 --distance 10.123456789km --duration 1:01:01 \
	--surface track --rpe 0 --pain-after 0 --note "$long" >/dev/null
t ankle log --date 2026-02-22 --side left --pain 3 --note 'sore, "a bit"' >/dev/null
t run list --json >"$tmp/before.json"
n=$(jq '.runs | length' "$tmp/before.json")
[ "$n" = 7 ] && ok "the log holds 7 activities" || no "the log holds $n activities, wanted 7"

# 2. JSON to standard output: one document that parses, as documented.
t export >"$tmp/e.json" || no "export to standard output failed"
jq -e '.format == "talus-export" and .version == 1 and .athlete.name == "Ann" and
	(.runs | length) == 7 and (.ankle_logs | length) == 1 and (.shoes | length) == 2 and
	.since == null and .until == null and (.assessments | type) == "array" and
	(.programme_logs | type) == "array"' "$tmp/e.json" >/dev/null &&
	ok "JSON: parses, format, version and tables" || no "JSON: not as documented"
[ "$(jq -r '.runs[3].note' "$tmp/e.json")" = "$note" ] && ok "JSON: the note byte for byte" ||
	no "JSON: the note changed"
[ "$(jq -c '.runs' "$tmp/e.json")" = "$(jq -c '.runs' "$tmp/before.json")" ] &&
	ok "JSON: runs as run list --json gives them" || no "JSON: runs differ from run list --json"
t export --since 2026-02-21 --until 2026-02-22 | jq -e '(.runs | length) == 2 and
	.since == "2026-02-21" and .until == "2026-02-22" and (.ankle_logs | length) == 1' \
	>/dev/null && ok "--since and --until" || no "--since and --until"
t export -o "$tmp/e2.json" >/dev/null && jq -e '.runs | length == 7' "$tmp/e2.json" >/dev/null &&
	[ "$(mode "$tmp/e2.json")" = 600 ] && ok "JSON to a file, 0600" || no "JSON to a file"

# 3. CSV into a folder: 0700, files 0600, the header rows.
t export -o "$tmp/out" >/dev/null || no "export -o folder failed"
[ "$(mode "$tmp/out")" = 700 ] && ok "folder 0700" || no "folder mode $(mode "$tmp/out")"
bad=$(find "$tmp/out" -type f ! -perm 600 | wc -l)
files=$(ls "$tmp/out" | tr '\n' ' ')
[ "$bad" = 0 ] && ok "every file 0600" || no "$bad files not 0600"
[ "$files" = "ankle_logs.csv assessment_sprains.csv assessments.csv consultations.csv plans.csv programme_logs.csv programmes.csv recoveries.csv runs.csv shoes.csv " ] &&
	ok "one file per table" || no "files: $files"
head -1 "$tmp/out/runs.csv" | grep -q $'^id,date,time,utc_offset,sport,distance_m,elapsed_s,moving_s,surface,shoe,rpe,pain_during,pain_after,side,note,name,elev_gain_m,avg_hr,avg_cadence,points,truncated,sport_source,utc_offset_source\r$' &&
	ok "runs.csv header row, CRLF" || no "runs.csv header: $(head -1 "$tmp/out/runs.csv")"

# 4. RFC 4180 quoting, checked by a reader that is not talus's.
sq() { sqlite3 :memory: ".import --csv $tmp/out/runs.csv r" "$1"; }
[ "$(sq "SELECT note FROM r WHERE id = 4")" = "$note" ] &&
	ok "quotes, commas, newline, tab, UTF-8 read back by sqlite3" || no "note mangled: $(sq "SELECT note FROM r WHERE id = 4")"
[ "$(sq "SELECT '[' || note || ']' FROM r WHERE id = 5")" = "[$blank]" ] &&
	ok "leading and trailing blanks kept" || no "blanks lost"
[ "$(sq "SELECT shoe FROM r WHERE id = 5")" = 'Old, "retro" pair' ] &&
	ok "a shoe name with a comma and quotes" || no "shoe name mangled"
[ "$(sq "SELECT time || ' ' || utc_offset FROM r WHERE id = 7")" = "23:30:00 -05:00" ] &&
	ok "local time and offset" || no "time/offset: $(sq "SELECT time || ' ' || utc_offset FROM r WHERE id = 7")"
[ "$(sq "SELECT count(*) FROM r")" = 7 ] && ok "7 rows" || no "rows: $(sq "SELECT count(*) FROM r")"
[ "$(sq "SELECT count(*) FROM r WHERE date = '2026-02-21' AND time = '' AND distance_m = '5000'")" = 2 ] &&
	ok "two 5 km runs without a time on one day" || no "the two runs of 2026-02-21"
grep -q '^4,2026-02-20,07:30:00,-05:00,run,8500,2910,2910,trail,Pegasus 40,4,2,3,left,"easy, ""chatty"" pace$' \
	"$tmp/out/runs.csv" && ok "the row as RFC 4180 writes it: quoted, quotes doubled" ||
	no "row 4: $(grep '^4,' "$tmp/out/runs.csv")"

# 5. The round trip: a fresh database in another zone gives the same runs.
export TZ=Asia/Tokyo TALUS_DB="$tmp/b.db"
t init --name Ann >/dev/null
t shoe add "Pegasus 40" --initial 100 >/dev/null
t shoe add 'Old, "retro" pair' >/dev/null
t import "$tmp/out/runs.csv" >"$tmp/imp.txt" 2>&1 || no "import of runs.csv failed: $(cat "$tmp/imp.txt")"
t run list --json >"$tmp/after.json"
if cmp -s "$tmp/before.json" "$tmp/after.json"; then
	ok "round trip: run list --json identical, every field"
else
	no "round trip: run list --json differs"
	diff "$tmp/before.json" "$tmp/after.json" | head -20
fi
t shoe list --json | jq -e '.shoes | map(.activities) | add == 4' >/dev/null &&
	ok "round trip: the runs are in their shoes" || no "shoes not matched"

# 6. Importing the export again, the folder and the zip adds nothing.
t import "$tmp/out/runs.csv" >/dev/null 2>&1
t import "$tmp/out" >"$tmp/imp2.txt" 2>&1
echo "$(cat "$tmp/imp2.txt")" | grep -q "9 skipped" && ok "the folder's other tables are skipped, counted" ||
	no "folder import: $(cat "$tmp/imp2.txt")"
t export -o "$tmp/e.zip" >/dev/null || no "export -o zip failed"
TALUS_DB="$tmp/a.db" t export -o "$tmp/a.zip" >/dev/null
t import "$tmp/a.zip" >/dev/null 2>&1
t run list --json | cmp -s - "$tmp/before.json" && ok "second imports (file, folder, zip) add nothing" ||
	no "a second import changed the log"

# 7. The zip: 0600, every table, and it imports on its own.
[ "$(mode "$tmp/e.zip")" = 600 ] && ok "zip 0600" || no "zip mode $(mode "$tmp/e.zip")"
[ "$(zipnote "$tmp/e.zip" | grep -c '^@ [a-z_]*\.csv$')" = 10 ] && ok "zip: 10 CSV files" ||
	no "zip entries: $(zipnote "$tmp/e.zip" | grep '^@ ')"
export TALUS_DB="$tmp/c.db"
t init --name Ann >/dev/null
t import "$tmp/a.zip" 2>"$tmp/c.err" >/dev/null
grep -q "no shoe named 'Pegasus 40' in the log: 3 runs from line" "$tmp/c.err" &&
	grep -q "no shoe named 'Old, \"retro\" pair' in the log: 1 run" "$tmp/c.err" &&
	ok "unknown shoes: one warning each, named" || no "unknown shoes: $(cat "$tmp/c.err")"
[ "$(t run list --json | jq '[.runs[] | select(.shoe != null)] | length')" = 0 ] &&
	[ "$(t run list --json | jq '.runs | length')" = 7 ] &&
	ok "zip import: 7 activities, without shoes" || no "zip import"

# 8. Bad rows are left out, each named by its line; the good ones go in.
export TALUS_DB="$tmp/d.db"
t init --name Ann >/dev/null
{ head -1 "$tmp/out/runs.csv"
  printf '1,2026-02-30,,+00:00,run,5000,,,,,,,,,,,,,,0,0,,\r\n'
  printf '2,2026-02-10,,+00:00,run,5000\r\n'
  printf '3,2026-02-11,07:00:00,+00:00,run,5000,,,,,,11,,,,,,,,0,0,,\r\n'
  printf '4,2026-02-12,07:00:00,+01:00,swim,1500,1800,1800,,,,,,,"a\r\nnote",,,,,0,0,,\r\n'
  printf '5,1970-01-02,07:00:00,+00:00,run,5000,,,,,,,,,,,,,,0,0,,\r\n'
} >"$tmp/bad.csv"
t import "$tmp/bad.csv" >/dev/null 2>"$tmp/bad.err"
rc=$?
for l in "line 2: unreadable date '2026-02-30'" "line 3: 6 fields, expected 23" \
	 "line 4: unreadable pain_during '11'" "line 7: a start before 1980"; do
	grep -qF "$l" "$tmp/bad.err" && ok "bad row named: $l" || no "not named: $l ($(cat "$tmp/bad.err"))"
done
[ $rc = 0 ] && [ "$(t run list --json | jq -r '.runs[0].sport + " " + .runs[0].note')" = $'swim a\r\nnote' ] &&
	ok "the good row went in (a swim, its note with CRLF)" || no "good row: exit $rc"
printf 'id,date\r\n1,2026-02-01\r\n' >"$tmp/other.csv"
mkdir "$tmp/otherdir" && cp "$tmp/other.csv" "$tmp/otherdir/"
t import "$tmp/otherdir" 2>&1 | grep -q "1 skipped" && ok "another CSV in a folder is skipped" ||
	no "another CSV in a folder"
t import "$tmp/other.csv" >/dev/null 2>&1; rc=$?
[ $rc = 3 ] && ok "another CSV named alone fails (exit 3)" || no "another CSV named alone: exit $rc"

# 9. A write that fails (a file size limit, as a full disk) exits 1 and
#    leaves nothing at the target, nor any temporary file.
export TALUS_DB="$tmp/a.db"
mkdir "$tmp/w"
for target in big.json bigdir big.zip; do
	(trap '' XFSZ; ulimit -f 1; exec "$bin" export -o "$tmp/w/$target") >/dev/null 2>"$tmp/w.err" \
		< /dev/null
	rc=$?
	left=$(ls -A "$tmp/w" 2>/dev/null | wc -l)
	[ $rc = 1 ] && [ "$left" = 0 ] && ok "a failed write of $target: exit 1, nothing left" ||
		no "a failed write of $target: exit $rc, left: $(ls -A "$tmp/w")"
	rm -rf "$tmp/w"
	mkdir "$tmp/w"
done 2>/dev/null
t export >/dev/full 2>/dev/null
[ $? = 1 ] && ok "JSON to a full standard output: exit 1" || no "/dev/full"

# 10. A zip archive without libzip (a library that does not load): said,
#     exit 1, nothing written.
mkdir "$tmp/fakelib"
echo "not a library" >"$tmp/fakelib/libzip.so.4"
LD_LIBRARY_PATH="$tmp/fakelib" t export -o "$tmp/w/nolib.zip" >/dev/null 2>"$tmp/nolib.err"
rc=$?
[ $rc = 1 ] && grep -q "cannot write a zip archive: cannot load libzip" "$tmp/nolib.err" &&
	[ -z "$(ls -A "$tmp/w")" ] && ok "no libzip: said, exit 1, nothing written" ||
	no "no libzip: exit $rc, $(cat "$tmp/nolib.err"), left: $(ls -A "$tmp/w")"

# 11. The programme log: the pain a session was logged with, and none
#     where none was given (not 0), in the JSON and the CSV.
export TALUS_DB="$tmp/p.db" TALUS_TODAY=2026-11-30               # a Monday
t init --name Pat >/dev/null
t program new --start 2026-11-30 >/dev/null
t program log --date 2026-11-30 --exercise calf-raise --sets 1 --reps 5 --pain 4 >/dev/null
t program log --date 2026-11-30 --exercise ankle-circles --sets 1 --reps 10 >/dev/null
pains=$(t export | jq -c '[.programme_logs[].pain]')
[ "$pains" = "[4,null]" ] && ok "JSON: programme log pain 4, then none" ||
	no "JSON: programme log pains $pains, wanted [4,null]"
t export -o "$tmp/pcsv" >/dev/null
pains=$(tail -n +2 "$tmp/pcsv/programme_logs.csv" | tr -d '\r' | awk -F, '{ printf "[%s]", $NF }')
[ "$pains" = "[4][]" ] && ok "CSV: programme log pain 4, then empty" ||
	no "CSV: programme log pains $pains, wanted [4][]"

[ $fail -eq 0 ] && echo "export: all checks passed"
exit $fail
