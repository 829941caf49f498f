#!/bin/sh
# run.sh - `make fuzz`: runs every libFuzzer harness for SECONDS, starting
# from its seed corpus (read-only) and keeping what it finds under
# BUILD/corpus-<name>. Prints the executions each harness ran clean.
set -eu
build=$1
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
for h in fit gpx tcx strava_csv talus_csv; do
	out="$build/corpus-$h"
	mkdir -p "$out"
	dict=""
	[ -f "$here/$h.dict" ] && dict="-dict=$here/$h.dict"
	[ "$h" = tcx ] && [ -f "$here/gpx.dict" ] && dict="-dict=$here/gpx.dict"
	"$build/fuzz/fuzz_$h" -max_total_time="$seconds" -print_final_stats=1 $dict \
		"$out" "$here/corpus/$h" 2>"$build/fuzz-$h.log" || {
		echo "fuzz_$h: FAILED, see $build/fuzz-$h.log"
		exit 1
	}
	execs=$(grep -m1 'stat::number_of_executed_units' "$build/fuzz-$h.log" | awk '{print $2}')
	echo "fuzz_$h: $execs executions in ${seconds}s, no crash"
done
