#!/bin/bash
# year.sh - a year of use, one process per command, as a runner would:
# `talus today` most mornings, a run logged most days, the ankle logged
# every few days, a listing now and then, with TALUS_TODAY moving through
# the year. At the end:
#   - the -wal at rest is at most 4 MiB (it is emptied as talus closes);
#   - every run and every ankle log is there, on its date;
#   - PRAGMA integrity_check says ok;
#   - `talus today` on the files as left costs at most 1.2 times the
#     instructions of `talus today` on a compacted copy (VACUUM INTO), as
#     valgrind's callgrind counts them: the database does not decay with
#     use. Without valgrind (scripts/deps.sh installs it) or in the ASan
#     build (valgrind cannot run it) that comparison is skipped and the
#     test exits 77 (skipped) after the other checks.
#
#   year.sh TALUS                1,000 commands, one athlete
#   year.sh TALUS big            10,000 commands over 50 athletes: `make
#                                check-year` (normal build only; minutes)
set -u
bin=$(realpath "$1")
size=${2:-small}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC HOME="$tmp/home"
unset TALUS_ATHLETE XDG_DATA_HOME
export TALUS_DB="$tmp/year.db"
fail=0
ok() { echo "ok: $*"; }
no() { echo "FAIL: $*"; fail=1; }

if [ "$size" = big ]; then
	ncmd=10000 nath=50
else
	ncmd=1000 nath=1
fi

# The days of the year, from 2025-03-01: day[d] is YYYY-MM-DD.
start=$(date -u -d 2025-03-01 +%s)
for ((d = 0; d < 366; d++)); do
	day[d]=$(date -u -d "@$((start + d * 86400))" +%F)
done

for ((a = 0; a < nath; a++)); do
	TALUS_TODAY=${day[0]} "$bin" init --name "runner$a" >/dev/null || no "init runner$a"
	TALUS_TODAY=${day[0]} "$bin" --athlete "runner$a" shoe add "Shoe $a" >/dev/null
done

# Command k of ncmd: its day moves through the year; its athlete turns
# round; what it is follows a runner's week. Expected runs and logs are
# written down as "athlete date" lines to compare at the end.
: >"$tmp/want-runs"
: >"$tmp/want-logs"
t0=$(date +%s)
nfail=0
for ((k = 0; k < ncmd; k++)); do
	d=$((k * 365 / ncmd))
	a=$((k % nath))
	date=${day[d]}
	export TALUS_TODAY=$date
	ath=(--athlete "runner$a")
	case $((k * 7919 % 10)) in
	0|1|2)
		args=(today) ;;
	3|4|5)
		km=$((5 + (k * 31 % 11)))
		args=(run add --date "${date}T07:$((10 + k % 40))" --distance "${km}km"
		      --duration "$((km * 5 + k % 7)):$((10 + k % 50))" --rpe $((k % 8 + 1)))
		[ $((k % 5)) = 0 ] && args+=(--pain-after $((k % 3)) --side left)
		[ $((k % 9)) = 0 ] && args+=(--note "felt ok on day $d")
		echo "runner$a $date" >>"$tmp/want-runs" ;;
	6|7)
		args=(ankle log --date "$date" --side "$([ $((k % 2)) = 0 ] && echo left || echo right)"
		      --pain $((k % 3)) --stiffness $((k % 4)))
		[ $((k % 11)) = 0 ] && args+=(--note "after the long run")
		echo "runner$a $date" >>"$tmp/want-logs" ;;
	8)
		args=(today --json) ;;
	9)
		case $((k % 4)) in
		0) args=(load) ;;
		1) args=(run list --since "${day[d > 30 ? d - 30 : 0]}") ;;
		2) args=(ankle list) ;;
		3) args=(shoe list) ;;
		esac ;;
	esac
	if ! "$bin" "${ath[@]}" "${args[@]}" >/dev/null 2>"$tmp/err"; then
		no "command $k (talus ${ath[*]} ${args[*]}): $(head -1 "$tmp/err")"
		nfail=$((nfail + 1))
		[ $nfail -ge 5 ] && break
	fi
done
unset TALUS_TODAY
export TALUS_TODAY=${day[365]}
secs=$(($(date +%s) - t0))
ok "$ncmd commands over $nath athlete(s) in $secs s"

# The -wal at rest.
wal=$(stat -c %s "$TALUS_DB-wal" 2>/dev/null || echo 0)
[ "$wal" -le $((4 << 20)) ] && ok "the -wal at rest: $wal bytes (at most 4 MiB)" ||
	no "the -wal at rest: $wal bytes, more than 4 MiB"
ok "the database: $(stat -c %s "$TALUS_DB") bytes"

# Every run and log, on its date.
: >"$tmp/got-runs"
: >"$tmp/got-logs"
for ((a = 0; a < nath; a++)); do
	"$bin" --athlete "runner$a" run list --json |
		sed -n 's/^ *"date": "\(.*\)",$/runner'$a' \1/p' >>"$tmp/got-runs"
	"$bin" --athlete "runner$a" ankle list --json |
		sed -n 's/^ *"date": "\(.*\)",$/runner'$a' \1/p' >>"$tmp/got-logs"
done
for what in runs logs; do
	sort "$tmp/want-$what" >"$tmp/w"
	sort "$tmp/got-$what" >"$tmp/g"
	if cmp -s "$tmp/w" "$tmp/g"; then
		ok "every one of the $(wc -l <"$tmp/w") $what is there, on its date"
	else
		no "$what: $(wc -l <"$tmp/w") logged, $(wc -l <"$tmp/g") listed; $(diff "$tmp/w" "$tmp/g" | head -3)"
	fi
done

# integrity_check.
if command -v sqlite3 >/dev/null; then
	ic=$(sqlite3 "$TALUS_DB" "PRAGMA integrity_check")
	[ "$ic" = ok ] && ok "integrity_check: ok" || no "integrity_check: $ic"
	sqlite3 "$TALUS_DB" "VACUUM INTO '$tmp/compact.db'"
else
	no "no sqlite3 (scripts/deps.sh installs it)"
fi

# today on the files as left against a compacted copy, in instructions.
count() { # db
	TALUS_DB=$1 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
		"$bin" --athlete runner0 today 2>&1 >/dev/null | awk '/Collected/ { print $4 }'
}
skip=""
if [ "${TALUS_SANITIZE:-OFF}" = ON ]; then
	skip="the ASan build (valgrind cannot run it)"
elif ! command -v valgrind >/dev/null; then
	skip="no valgrind (scripts/deps.sh installs it)"
elif [ -f "$tmp/compact.db" ]; then
	left=$(count "$TALUS_DB")
	compact=$(count "$tmp/compact.db")
	if [ -n "$left" ] && [ -n "$compact" ]; then
		ratio=$(awk -v a="$left" -v b="$compact" 'BEGIN { printf "%.3f", a / b }')
		if awk -v r="$ratio" 'BEGIN { exit !(r <= 1.2) }'; then
			ok "talus today: $left instructions as left, $compact on a compacted copy (x$ratio, at most 1.2)"
		else
			no "talus today: $left instructions as left, $compact on a compacted copy (x$ratio, more than 1.2)"
		fi
	else
		no "callgrind counted nothing"
	fi
fi
[ $fail = 0 ] || exit 1
if [ -n "$skip" ]; then
	echo "skip: the instruction count of talus today: $skip"
	exit 77
fi
exit 0
