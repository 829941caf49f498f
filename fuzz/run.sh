#!/bin/sh
# run.sh - `make fuzz`: runs libFuzzer harnesses one after the other, each
# for SECONDS (0: no limit) or RUNS executions (-1: no limit), whichever
# comes first.
#
#   sh fuzz/run.sh [-s SECONDS] [-r RUNS] [-m MAX_LEN] BUILD [NAME...]
#
# NAMEs are harnesses (fit gpx tcx strava_csv talus_csv, the default: all
# five).
# Each starts from its seed corpus fuzz/corpus/NAME and, when
# TALUS_FIXTURES names a folder of real activity files, from those of its
# format under 64 KiB too (copied into BUILD/fixtures-NAME; the seeds are
# only read), and keeps what it finds in BUILD/corpus-NAME, which grows from
# one run to the next; crashes, leaks and sanitizer reports go to
# BUILD/artifacts-NAME/ and the whole log to BUILD/fuzz-NAME.log. Prints
# per harness the executions, the final coverage (cov: edges, ft:
# features), the corpus (inputs/bytes), the wall time and whether it
# crashed; exits 1 if any did. A crash input is minimised and committed as
# fuzz/corpus/NAME/crash-<what>, which `make check` then replays.
set -eu
seconds=60
runs=-1
max_len=""
while getopts s:r:m: opt; do
	case $opt in
	s) seconds=$OPTARG ;;
	r) runs=$OPTARG ;;
	m) max_len=$OPTARG ;;
	*) echo "usage: run.sh [-s SECONDS] [-r RUNS] [-m MAX_LEN] BUILD [NAME...]" >&2
	   exit 2 ;;
	esac
done
shift $((OPTIND - 1))
build=$(cd "$1" && pwd)
shift
names=${*:-fit gpx tcx strava_csv talus_csv}
here=$(cd "$(dirname "$0")" && pwd)
fx=${TALUS_FIXTURES:-}
if [ -n "$fx" ] && [ ! -d "$fx" ]; then
	echo "run.sh: TALUS_FIXTURES '$fx' is not a folder" >&2
	exit 2
fi

# The files of TALUS_FIXTURES a harness also starts from: its format's,
# under 64 KiB (a larger seed only slows every mutation).
fixture_pattern() {
	case $1 in
	fit) echo '*.[fF][iI][tT]' ;;
	gpx) echo '*.[gG][pP][xX]' ;;
	tcx) echo '*.[tT][cC][xX]' ;;
	esac
}

failed=0
for h in $names; do
	bin="$build/fuzz/fuzz_$h"
	[ -x "$bin" ] || { echo "fuzz_$h: no $bin (make fuzz builds it)" >&2; exit 2; }
	out="$build/corpus-$h"
	art="$build/artifacts-$h"
	log="$build/fuzz-$h.log"
	mkdir -p "$out" "$art"
	set -- "$here/corpus/$h"  # the corpora only read
	pat=$(fixture_pattern "$h")
	if [ -n "$fx" ] && [ -n "$pat" ]; then
		seeds="$build/fixtures-$h"
		rm -rf "$seeds"
		mkdir -p "$seeds"
		find "$fx" -type f -name "$pat" -size -64k -exec cp --backup=numbered {} "$seeds/" \;
		set -- "$@" "$seeds"
	fi
	dict=""
	[ -f "$here/$h.dict" ] && dict="-dict=$here/$h.dict"
	[ "$h" = tcx ] && [ -f "$here/gpx.dict" ] && dict="-dict=$here/gpx.dict"
	t0=$(date +%s)
	rc=0
	"$bin" -runs="$runs" -max_total_time="$seconds" ${max_len:+-max_len=$max_len} \
		-timeout=30 -print_final_stats=1 -artifact_prefix="$art/" $dict \
		"$out" "$@" >"$log" 2>&1 || rc=$?
	wall=$(($(date +%s) - t0))
	execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
	last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
	cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(echo "$last" | sed -n 's/.* corp: \([^ ]*\).*/\1/p')
	if [ $rc -eq 0 ]; then
		verdict="no crash"
	else
		verdict="CRASHED (exit $rc): $(ls "$art" | tr '\n' ' ')see $log"
		failed=1
	fi
	printf 'fuzz_%s: %s executions, cov %s, ft %s, corpus %s, %ss: %s\n' \
		"$h" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$corp" "$wall" "$verdict"
done
exit $failed
