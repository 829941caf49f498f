#!/bin/bash
# faults.sh - the I/O fault test (docs/TESTING.md, "I/O faults"). For each
# command that writes, on a fresh copy of a prepared database: a clean run
# of talus-faulty counts the writes, syncs, truncates, deletes and
# shared-memory maps it makes; then for every op, every n from 1 to that
# count and both modes (transient: the n-th call fails; persistent: it and
# every later one fails) the command runs again with that fault, and the
# files it leaves must be:
#   - sound: PRAGMA integrity_check says ok;
#   - the state before or the state after (sqlite3 .dump, against the
#     copy's and the clean run's); for the import of 502 files, also the
#     state with its first batch of 500 whole files and no more;
#   - exit 0 with the state after (stderr empty, or the one line of
#     "saved, but the disk reported an error"); exit 1 with any other
#     state, and one line on stderr that names the disk: the rule is that
#     it matches 'disk|I/O|write|full|space';
#   - never a signal or a sanitizer's report.
# A new database (init where there is none) counts as the state before
# when it holds no athlete: no file, an empty one, or the schema alone
# (init's migrations commit before its athlete; talus init completes it).
# Commands that only read must answer (exit 0, the state unchanged) under
# every fault, and under a disk that refuses everything from the first
# call they answer with one line saying the database was opened read-only.
#
# TALUS_FAULT_ONLY="NAME..." runs only those cases (for debugging).
# TALUS_FAULT_STRIDE=K runs n = 1, 1+K, 1+2K, ... and the last n of each
# op for the commands not in TALUS_FAULT_FULL (a space-separated list of
# case names); the ASan build does that by default (see docs/TESTING.md).
set -u
bin=$(realpath "$1")
faulty="$(dirname "$bin")/talus-faulty"
# On a tmpfs when there is one: the faults come from the VFS, not the
# disk, and a disk's fsyncs would triple the time.
tmp=$( { [ -d /dev/shm ] && [ -w /dev/shm ] && mktemp -d -p /dev/shm; } 2>/dev/null || mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC TALUS_TODAY=2026-03-01
unset TALUS_ATHLETE TALUS_FAULT TALUS_FAULT_COUNT TALUS_DB
fail=0
failed=0 # in the current case
ok() { echo "ok: $*"; }
no() { echo "FAIL: $*"; fail=1; failed=$((failed + 1)); }
[ -x "$faulty" ] || { no "no talus-faulty beside $bin"; exit 1; }
command -v sqlite3 >/dev/null || { no "no sqlite3 shell (scripts/deps.sh installs it)"; exit 1; }

stride=${TALUS_FAULT_STRIDE:-}
full=${TALUS_FAULT_FULL:-}
if [ -z "$stride" ]; then
	stride=1
	if grep -qs '^TALUS_SANITIZE:BOOL=ON' "${TALUS_BIN_DIR:-/nonexistent}/CMakeCache.txt"; then
		stride=4
		full=${TALUS_FAULT_FULL-"run-add import init-new wal-index"}
	fi
fi
ops="write sync truncate delete shm"

# ---- the prepared databases ------------------------------------------------
t() { "$bin" "$@" >/dev/null || no "setup: talus $*"; }
export TALUS_DB="$tmp/base/t.db"
mkdir -p "$tmp/base" "$tmp/new" "$tmp/rec" "$tmp/wal" "$tmp/files"
t init --name Ann --sex female --birth-year 1990
t shoe add Pegasus --initial 100
t shoe add Clifton
for d in 02 04 06 09 11 13 16 18 20 23 25 27; do t run add --date 2026-02-$d --distance 8; done
t ankle log --date 2026-02-26 --side left --pain 2
t assess --no-input --date 2026-02-15 --cait-left 20 --heel-raises-left 15 \
	--knee-to-wall-left 7.5 --knee-to-wall-right 10 --stance-left 8 --stance-right 25
t program new --start 2026-02-23
t program log --date 2026-02-25 --exercise calf-raise --rating ok
# A log where a recovery episode begins by itself (a roll, pain 5: an
# acute event); talus recover --protect-days writes its choice.
t ankle log --date 2026-03-01 --side right --pain 5 --rolled --swelling mild
# rec: a recovery episode under way, for recover end.
cp "$tmp/base/t.db" "$tmp/rec/t.db"
# wal: a WAL a few frames short of the end of the first page of its index
# (4062 frames), left by a process that died with it open: the next commit
# grows the index. One counter row rewritten 4059 times is 4059 frames.
cp "$tmp/base/t.db" "$tmp/wal/t.db"
{
	echo "PRAGMA wal_autocheckpoint = 0; PRAGMA synchronous = OFF;"
	for ((i = 0; i < 4059; i++)); do echo "UPDATE txn SET seq = seq + 1;"; done
	echo ".system cp $tmp/wal/t.db $tmp/wal/crash.db"
	echo ".system cp $tmp/wal/t.db-wal $tmp/wal/crash.db-wal"
} | sqlite3 "$tmp/wal/t.db" >/dev/null
rm -f "$tmp/wal/t.db"*
mv "$tmp/wal/crash.db" "$tmp/wal/t.db"
mv "$tmp/wal/crash.db-wal" "$tmp/wal/t.db-wal"
frames=$(( ($(stat -c %s "$tmp/wal/t.db-wal") - 32) / 4120 ))
[ "$frames" = 4059 ] && ok "setup: a WAL of $frames frames" || no "setup: a WAL of $frames frames, wanted 4059"
# A small folder to import: two GPX runs and the TCX of tests/data.
gpx() { # gpx FILE DAY
	cat >"$1" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="faults.sh" xmlns="http://www.topografix.com/GPX/1/1">
 <trk><name>run $2</name><type>running</type><trkseg>
  <trkpt lat="45.000" lon="10.000"><time>2026-02-${2}T07:00:00Z</time></trkpt>
  <trkpt lat="45.010" lon="10.000"><time>2026-02-${2}T07:06:00Z</time></trkpt>
  <trkpt lat="45.020" lon="10.000"><time>2026-02-${2}T07:12:00Z</time></trkpt>
 </trkseg></trk>
</gpx>
EOF
}
gpx "$tmp/files/a.gpx" 10
gpx "$tmp/files/b.gpx" 12
cp "$(dirname "$0")/../data/tcx_run.tcx" "$tmp/files/c.tcx"
# A folder of 502 runs, one every 6 hours from 2024-01-01: the import
# commits the first 500 (IMPORT_BATCH_FILES) as a batch of their own.
# Its third state, "batch": the base with those 500 imported alone (txn's
# counter aside).
many() { # many DIR FROM TO
	awk -v dir="$1" -v from="$2" -v to="$3" 'BEGIN {
		for (i = from; i < to; i++) {
			f = sprintf("%s/f%03d.gpx", dir, i)
			t = 1704067200 + i * 21600
			print "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"faults.sh\"" \
			      " xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><type>running</type><trkseg>" >f
			for (k = 0; k < 3; k++)
				printf "<trkpt lat=\"45.%03d\" lon=\"10.0\"><time>%s</time></trkpt>\n", k * 10,
				       strftime("%Y-%m-%dT%H:%M:%SZ", t + k * 360, 1) >f
			print "</trkseg></trk></gpx>" >f
			close(f)
		}
	}'
}
mkdir -p "$tmp/many" "$tmp/batch"
many "$tmp/many" 0 500
cp "$tmp/base/t.db" "$tmp/batch/t.db"
TALUS_DB="$tmp/batch/t.db" t import -q --jobs 1 "$tmp/many"
batch=$(sqlite3 "$tmp/batch/t.db" 'PRAGMA integrity_check' .dump | grep -v '^INSERT INTO txn ')
many "$tmp/many" 500 502
unset TALUS_DB

# ---- one run ---------------------------------------------------------------
# The state of a database: integrity_check's answer and the dump; "absent"
# when there is no file.
state() {
	if [ -e "$1" ]; then
		sqlite3 "$1" 'PRAGMA integrity_check' .dump 2>&1
	else
		echo absent
	fi
}
# For a new database: no athlete in it (no file, or the schema alone, which
# talus init completes) counts as the state before.
no_athlete() {
	[ ! -e "$1" ] && return 0
	[ "$(sqlite3 "$1" 'PRAGMA integrity_check' 2>&1)" = ok ] || return 1
	[ "$(sqlite3 "$1" "SELECT count(*) FROM sqlite_master WHERE name = 'athlete'" 2>&1)" = 0 ] ||
		[ "$(sqlite3 "$1" 'SELECT count(*) FROM athlete' 2>&1)" = 0 ]
}
w="$tmp/w"
fresh() { # fresh BASE: $w holds a copy of BASE's files
	rm -rf "$w"
	mkdir "$w"
	[ "$1" = new ] || cp "$tmp/$1"/t.db* "$w/"
}
# run FAULT ARGS...: talus-faulty on $w; $rc, $w/out, $w/err, $w/count
run() {
	local fault=$1
	shift
	(cd "$w" && TALUS_DB="$w/t.db" TALUS_FAULT="$fault" TALUS_FAULT_COUNT="$w/count" \
		"$faulty" "$@" >"$w/out" 2>"$w/err")
	rc=$?
}
since() { awk -v t0="$1" -v t1="$(date +%s.%N)" 'BEGIN { printf "%.1f", t1 - t0 }'; }
what() { # the fault for a message
	echo "$name: TALUS_FAULT=$fault ($(grep fired "$w/count" 2>/dev/null | cut -d' ' -f2-)):" \
	     "exit $rc, state $got; stderr: $(head -c 300 "$w/err" | tr '\n' '|')"
}

# check KIND: the files and the exit status of the run just made.
check() {
	local kind=$1 lines
	got="?"
	lines=$(grep -c '' "$w/err")
	# Each n is within the clean run's count, and the calls before the
	# fault are the clean run's: it fires, or the run was not the same.
	grep -q '^fired none' "$w/count" 2>/dev/null && no "$(what): the fault did not fire"
	if [ $rc -gt 128 ] || grep -q 'Sanitizer\|runtime error' "$w/err"; then
		no "$(what): a crash"
		return
	fi
	if [ "$kind" = new ] && no_athlete "$w/t.db"; then
		got="before"
	else
		now=$(state "$w/t.db")
		if [ "$now" = "$before" ]; then
			got="before"
		elif [ "$now" = "$after" ]; then
			got="after"
		elif [ -n "$mid" ] && [ "$(echo "$now" | grep -v '^INSERT INTO txn ')" = "$mid" ]; then
			got="batch"
		else
			got="other"
		fi
	fi
	tally[$got]=$(( ${tally[$got]:-0} + 1 ))
	[ $rc = 0 ] && [ -s "$w/err" ] && tally[saved]=$(( ${tally[saved]:-0} + 1 ))
	if [ $got = other ]; then
		no "$(what): neither the state before nor after"
		diff <(echo "$before") <(echo "$now") | head -5
		return
	fi
	if [ "$kind" = read ]; then
		[ $rc = 0 ] && [ $got = before ] && { [ "$lines" = 0 ] || grep -q 'opened read-only' "$w/err"; } ||
			no "$(what): a read that did not answer"
		return
	fi
	if [ $rc = 0 ]; then
		[ $got = after ] || { no "$(what): exit 0 without the whole change"; return; }
		[ "$lines" = 0 ] || { [ "$lines" = 1 ] && grep -q 'was saved' "$w/err"; } ||
			no "$(what): exit 0 with unexpected messages"
		return
	fi
	[ $got = after ] && { no "$(what): a failure reported for a change that was saved"; return; }
	[ $rc = 1 ] || { no "$(what): exit $rc, wanted 1"; return; }
	[ "$lines" = 1 ] && grep -qiE '^talus: .*(disk|I/O|write|full|space)' "$w/err" ||
		no "$(what): not one line that names the disk"
}

# a case: NAME BASE KIND ARGS... (KIND: write, new (a new database), read);
# $mid, when set, is a third state allowed on a failure.
total_points=0
declare -A tally # the states the injected runs left: before, after, batch, other; saved
mid=
run_case() {
	local base=$2 kind=$3 t0 points=0 n c op mode s list=""
	name=$1
	[ -n "${TALUS_FAULT_ONLY:-}" ] && case " $TALUS_FAULT_ONLY " in *" $name "*) ;; *) return ;; esac
	failed=0
	tally=()
	shift 3
	t0=$(date +%s.%N)
	fresh "$base"
	before=$(state "$w/t.db") # the shell recovers and checkpoints: a new copy
	fresh "$base"
	run "" "$@"
	after=$(state "$w/t.db")
	if [ $rc != 0 ] || [ -s "$w/err" ]; then
		no "$name: the clean run: exit $rc: $(head -3 "$w/err")"
		return
	fi
	if [ "$kind" != read ] && [ "$before" = "$after" ]; then
		no "$name: the clean run changed nothing"
		return
	fi
	cp "$w/count" "$tmp/count"
	s=$stride
	case " $full " in *" $name "*) s=1 ;; esac
	for op in $ops; do
		c=$(awk -v op="$op" '$1 == op { print $2 }' "$tmp/count")
		list="$list $op $c,"
		for ((n = 1; n <= c; n++)); do
			[ $(( (n - 1) % s )) = 0 ] || [ $n = "$c" ] || continue
			for mode in transient persistent; do
				fresh "$base"
				fault=$op:$n:$mode
				run "$fault" "$@"
				check "$kind"
				points=$((points + 1))
			done
		done
	done
	total_points=$((total_points + points))
	list="$points injection points ($(echo "${list%,}" | sed 's/^ //')$([ "$s" != 1 ] &&
		echo "; every ${s}th n and the last")) in $(since "$t0") s: "
	if [ "$kind" = read ]; then
		list="$list${tally[before]:-0} answered (${tally[saved]:-0} read-only)"
	else
		list="$list${tally[before]:-0} before, ${tally[after]:-0} after (${tally[saved]:-0}"
		list="$list with the warning)"
	fi
	[ -n "$mid" ] && list="$list, ${tally[batch]:-0} with the first batch"
	if [ $failed = 0 ]; then
		ok "$name: $list"
	else
		echo "FAIL: $name: $failed failed of $list"
	fi
}

start=$(date +%s.%N)
run_case init-new new new init --name Bea --units km
run_case init base write init --name Bea
run_case athlete-rename base write athlete rename Ann Anna
run_case athlete-rm base write athlete rm Ann --yes
run_case run-add base write run add --date 2026-02-28 --distance 10 --duration 55:00
run_case run-edit base write run edit 3 --distance 9
run_case run-rm base write run rm 3
run_case ankle-log base write ankle log --date 2026-02-28 --side left --pain 1
run_case ankle-rm base write ankle rm 1
run_case shoe-add base write shoe add Vaporfly --initial 20
run_case shoe-retire base write shoe retire Clifton
run_case shoe-default base write shoe default Clifton
run_case import base write import --jobs 1 "$tmp/files"
mid=$batch
run_case import-batches base write import -q --jobs 1 "$tmp/many"
# The first batch's commit grows the WAL index: its shared-memory maps.
ops=shm run_case import-batches-wal wal write import -q --jobs 1 "$tmp/many"
mid=
run_case assess base write assess --no-input --cait-left 22 --cait-right 29 \
	--heel-raises-left 18 --heel-raises-right 25 --stance-left 12 --stance-right 20
run_case program-new base write program new --replace --start 2026-03-02
run_case program-log base write program log --date 2026-02-27 --exercise calf-raise --rating ok
run_case plan-build base write plan build --target 35 --weeks 8
run_case recover base write recover --protect-days 2
run_case recover-end rec write recover end
run_case wal-index wal write run add --date 2026-02-28 --distance 10
run_case today base read today
run_case run-list base read run list
run_case load base read load
run_case shoe-list base read shoe list
run_case athlete-list base read athlete list
run_case team base read team
run_case ankle-list base read ankle list
run_case assess-show base read assess show
run_case assess-history base read assess history
run_case program-show base read program show
run_case program-status base read program status

# A disk that refuses every write-like call from the first: reads answer,
# read-only, and say so in one line; also on the crash image, whose WAL
# must be read (and its index rebuilt) first.
for what in "today" "run list" "load" "shoe list" "today, after a crash"; do
	case $what in
	*crash) fresh wal; cmd=today ;;
	*) fresh base; cmd=$what ;;
	esac
	# shellcheck disable=SC2086
	run any:1:persistent $cmd
	if [ $rc = 0 ] && [ -s "$w/out" ] && [ "$(grep -c '' "$w/err")" = 1 ] &&
	   grep -q 'opened read-only' "$w/err"; then
		ok "$what: answers on a disk that refuses writes: $(cat "$w/err")"
	else
		no "$what: on a disk that refuses writes: exit $rc: $(head -c 300 "$w/err")"
	fi
done

echo "$total_points injection points in $(since $start) s"
[ $fail = 0 ] && echo "every fault left the database before or after the command, and said so"
exit $fail
