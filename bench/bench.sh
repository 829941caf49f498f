#!/bin/sh
# bench.sh - `make bench`: times `talus today` and `talus load --weeks 52`
# as whole processes on a generated 10-year history (5,000 runs, 2,000
# ankle logs, 20 shoes). In the same run it times two references: `true`
# (what starting any process costs on this machine) and a peer, the sqlite3
# shell opening the same database to count its activities; and, where
# valgrind is installed, counts the instructions of `talus today` on the
# 10-year history and on a 12-week one, which shows that the daily
# verdict does not scan the whole history. Target: under 5 ms each.
set -eu
build=${1:-build}
n=${BENCH_RUNS:-51}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
today=2026-03-01
talus=$(realpath "$build/talus")
timeit="$build/bench/talus-timeit"

"$build/bench/talus-gen" --db "$tmp/bench.db" --scenario bench --today "$today"
"$build/bench/talus-gen" --db "$tmp/small.db" --scenario demo --today "$today"
export TALUS_DB="$tmp/bench.db" TALUS_TODAY="$today"
"$talus" today >/dev/null # warm the page cache

spawn=$($timeit "$n" true)
peer=$($timeit "$n" sqlite3 "$tmp/bench.db" "SELECT count(*) FROM activity")
today_t=$($timeit "$n" "$talus" today)
load_t=$($timeit "$n" "$talus" load --weeks 52)

med() { echo "$1" | cut -d' ' -f1; }
row() {
	awk -v name="$1" -v m="$(med "$2")" -v lo="$(echo "$2" | cut -d' ' -f2)" \
	    -v s="$(med "$spawn")" -v p="$(med "$peer")" 'BEGIN {
		printf "%-30s %9.2f %9.2f %11.2f %8.2f\n", name, m, lo, m - s, m / p }'
}
echo "history: 10 years, 5000 runs, 2000 ankle logs, 20 shoes; median of $n runs"
printf '%-30s %9s %9s %11s %8s\n' "command" "median ms" "min ms" "over true" "x peer"
row "true (process start)" "$spawn"
row "sqlite3 count(*) (peer)" "$peer"
row "talus today" "$today_t"
row "talus load --weeks 52" "$load_t"
awk -v a="$(med "$today_t")" -v b="$(med "$load_t")" -v s="$(med "$spawn")" 'BEGIN {
	printf "target under 5 ms each, over the cost of starting a process: %s\n",
	       (a - s < 5 && b - s < 5) ? "met" : "NOT met"
}'
if command -v valgrind >/dev/null 2>&1; then
	count() {
		TALUS_DB=$1 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
			"$talus" today 2>&1 >/dev/null | awk '/Collected/ { print $4 }'
	}
	big=$(count "$tmp/bench.db")
	small=$(count "$tmp/small.db")
	awk -v b="$big" -v s="$small" 'BEGIN {
		printf "instructions of talus today: %d on 10 years, %d on 12 weeks (x%.2f)\n", b, s, b / s }'
	# The same 10 years with an 8-week plan whose first run is today: the
	# day is read once, plan or not (target: at most 1.3 x without it).
	cp "$tmp/bench.db" "$tmp/plan.db"
	TALUS_DB="$tmp/plan.db" "$talus" plan build --target 40km --weeks 8 \
		--start "$today" >/dev/null
	TALUS_DB="$tmp/plan.db" "$talus" today >/dev/null
	TALUS_DB="$tmp/bench.db" "$talus" today >/dev/null
	base=$(count "$tmp/bench.db")
	plan=$(count "$tmp/plan.db")
	awk -v b="$base" -v p="$plan" 'BEGIN {
		printf "instructions of talus today with an 8-week plan: %d, without %d (x%.2f; target 1.3 or less)\n", p, b, p / b }'
fi
