#!/bin/sh
# import.sh - `make bench-import`: import speed against peers, on the same
# files, in the same run.
#
# The corpus (bench/mkcorpus.c): about BENCH_MB (default 200) MB of GPX
# and as much FIT, every copy a distinct file with its own start time, and
# a 20,000-file Garmin-style export, copied from the runs and rides that
# talus-mkcorpus writes itself or, when TALUS_FIXTURES names a folder of
# real device files (the ones bench/mkcorpus.c lists), from those. Then:
#   talus import of each into a fresh database (median of 3; --all-sports,
#     so every activity is decoded and written, as the peers convert all)
#   gpsbabel (Debian) converting the GPX and the FIT files to GPX
#   gpxpy (Debian's python3-gpxpy) parsing the GPX files
#   @garmin/fitsdk (npm) decoding the FIT files
#   talus importing the whole corpus a second time (all already imported)
#   bench/expatref.c: expat alone, empty handlers, on the same GPX files:
#     the floor; talus's GPX CPU time per byte is reported against it
# It prints MB/s, files/s, CPU time and peak RSS for each, and talus's
# ratios. BENCH_PEERS=0 skips gpsbabel, gpxpy and the fitsdk (slow, and
# installed by make bench-import): sh bench/import.sh build.
set -eu
build=$(cd "${1:-build}" && pwd)
mb=${BENCH_MB:-200}
files=${BENCH_EXPORT_FILES:-20000}
root=$(cd "$(dirname "$0")/.." && pwd)
fixtures=${TALUS_FIXTURES:--}
work=${BENCH_DIR:-$build/bench-import}
timeit="$build/bench/talus-timeit"
expatref="$build/bench/talus-expatref"
peers=${BENCH_PEERS:-1}
talus="$build/talus"
mkdir -p "$work"
if [ "$fixtures" = - ]; then
	from="the runs and rides talus-mkcorpus writes (TALUS_FIXTURES=DIR: real device files)"
	corpus="$work/corpus-$mb-$files-own"
else
	[ -d "$fixtures" ] || { echo "bench/import.sh: TALUS_FIXTURES '$fixtures' is not a folder" >&2; exit 2; }
	fixtures=$(cd "$fixtures" && pwd)
	from="the device files in $fixtures"
	corpus="$work/corpus-$mb-$files-$(printf '%s' "$fixtures" | cksum | cut -d' ' -f1)"
fi
if [ ! -d "$corpus" ]; then
	echo "building the corpus in $corpus from $from ..."
	"$build/bench/talus-mkcorpus" "$fixtures" "$corpus" "$mb" "$mb" "$files"
fi
gpx_mb=$(du -sm "$corpus/gpx" | cut -f1)
fit_mb=$(du -sm "$corpus/fit" | cut -f1)
exp_mb=$(du -sm "$corpus/export.zip" | cut -f1)
gpx_n=$(ls "$corpus/gpx" | wc -l)
fit_n=$(ls "$corpus/fit" | wc -l)

# A fresh database for every timed talus run.
cat >"$work/fresh.sh" <<SH
#!/bin/sh
rm -f "$work/t.db" "$work/t.db-wal" "$work/t.db-shm"
"$talus" --db "$work/t.db" init --name bench >/dev/null
exec "$talus" --db "$work/t.db" import -q --all-sports "\$@"
SH
cat >"$work/gpsbabel.sh" <<'SH'
#!/bin/sh
fmt=$1; dir=$2; shift 2
set --
for f in "$dir"/*; do set -- "$@" -f "$f"; done
exec gpsbabel -i "$fmt" "$@" -o gpx -F /dev/null
SH
chmod +x "$work/fresh.sh" "$work/gpsbabel.sh"

results="$work/results.txt"
: >"$results"
# measure NAME RUNS MB FILES command...
measure() {
	name=$1 runs=$2 m=$3 n=$4
	shift 4
	r=$($timeit "$runs" "$@") || { echo "$name: FAILED: $*" >&2; exit 1; }
	echo "$name $m $n $r" >>"$results"
}
echo "timing (this takes a few minutes: the peers are slow) ..."
# CPU time, not wall time, is what talus and expat are compared on: the
# VM is shared, and talus's workers run in parallel. Each is the median
# CPU time of 5 runs.
# What a fresh database and an import of nothing cost (the shell, talus
# init, the import's start): not per byte, so taken off talus's GPX CPU.
mkdir -p "$work/empty"
measure "talus-empty" 5 0 0 "$work/fresh.sh" "$work/empty"
measure "talus-gpx" 5 "$gpx_mb" "$gpx_n" "$work/fresh.sh" "$corpus/gpx"
measure "expat-gpx" 5 "$gpx_mb" "$gpx_n" "$expatref" "$corpus/gpx"
if [ "$peers" != 0 ]; then
	measure "gpsbabel-gpx" 1 "$gpx_mb" "$gpx_n" "$work/gpsbabel.sh" gpx "$corpus/gpx"
	measure "gpxpy-gpx" 1 "$gpx_mb" "$gpx_n" /usr/bin/python3 "$root/bench/peer_gpxpy.py" "$corpus/gpx"
fi
measure "talus-fit" 3 "$fit_mb" "$fit_n" "$work/fresh.sh" "$corpus/fit"
if [ "$peers" != 0 ]; then
	measure "gpsbabel-fit" 1 "$fit_mb" "$fit_n" "$work/gpsbabel.sh" garmin_fit "$corpus/fit"
	measure "fitsdk-fit" 1 "$fit_mb" "$fit_n" node "$root/bench/peer_fitsdk.mjs" "$corpus/fit"
fi
measure "talus-export" 3 "$exp_mb" "$files" "$work/fresh.sh" "$corpus/export.zip"
"$work/fresh.sh" "$corpus" # everything once ...
measure "talus-again" 3 "$((gpx_mb + fit_mb + exp_mb))" "$((gpx_n + fit_n + files))" \
	"$talus" --db "$work/t.db" import -q --all-sports "$corpus" # ... and again

echo "corpus: copies of $from"
awk '
{ name[NR] = $1; mb[NR] = $2; n[NR] = $3; s[NR] = $4 / 1000; rss[NR] = $7 / 1024; cpu[NR] = $8 / 1000; idx[$1] = NR }
END {
	printf "%-14s %8s %7s %9s %9s %9s %9s %9s\n", "tool", "MB", "files", "seconds", "MB/s", "files/s", "CPU s", "RSS MB"
	for (i = 1; i <= NR; i++)
		if (mb[i] > 0)
			printf "%-14s %8d %7d %9.2f %9.1f %9.0f %9.2f %9.1f\n", name[i], mb[i], n[i], s[i],
			       mb[i] / s[i], n[i] / s[i], cpu[i], rss[i]
	tg = mb[idx["talus-gpx"]] / s[idx["talus-gpx"]]
	tf = mb[idx["talus-fit"]] / s[idx["talus-fit"]]
	fixed = cpu[idx["talus-empty"]]
	printf "\ntalus GPX CPU per byte: %.2fx bare expat with empty handlers (target 1.2x;\n",
	       (cpu[idx["talus-gpx"]] - fixed) / cpu[idx["expat-gpx"]]
	printf "  %.3f s less %.3f s for a fresh database and an empty import, against %.3f s;\n",
	       cpu[idx["talus-gpx"]], fixed, cpu[idx["expat-gpx"]]
	printf "  %.2fx with them)\n", cpu[idx["talus-gpx"]] / cpu[idx["expat-gpx"]]
	if ("gpsbabel-gpx" in idx) {
		printf "talus GPX: %.1fx gpsbabel (target 20x), %.1fx gpxpy\n",
		       tg / (mb[idx["gpsbabel-gpx"]] / s[idx["gpsbabel-gpx"]]), tg / (mb[idx["gpxpy-gpx"]] / s[idx["gpxpy-gpx"]])
		printf "talus FIT: %.1fx @garmin/fitsdk (target 100x), %.1fx gpsbabel\n",
		       tf / (mb[idx["fitsdk-fit"]] / s[idx["fitsdk-fit"]]), tf / (mb[idx["gpsbabel-fit"]] / s[idx["gpsbabel-fit"]])
	}
	printf "talus export of %d files: %.2f s (target under 10 s)\n", n[idx["talus-export"]], s[idx["talus-export"]]
	printf "talus second import of everything: %.2f s (target under 1 s)\n", s[idx["talus-again"]]
	m = 0
	for (i = 1; i <= NR; i++) if (name[i] ~ /^talus/ && mb[i] > 0 && rss[i] > m) m = rss[i]
	printf "talus peak RSS: %.1f MB (target under 64 MB)\n", m
}' "$results"
