#!/bin/bash
# exercises.sh - docs/exercises.md is exactly what the exercise catalogue
# renders (src/core/exercise.c through tools/gen-exercises.c): a change to
# an exercise, a dose or a level without regenerating the page fails here.
#
# The generator is $TALUS_BIN_DIR/tools/talus-gen-exercises when the build
# has tools/ (add_subdirectory(tools)); otherwise it is compiled here from
# the same sources.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gen="${TALUS_BIN_DIR:-/nonexistent}/tools/talus-gen-exercises"
if [ ! -x "$gen" ]; then
	gen="$tmp/talus-gen-exercises"
	if ! ${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -I "$root/src" \
		"$root/tools/gen-exercises.c" "$root/src/core/exercise.c" \
		"$root/src/core/assess.c" "$root/src/util/date.c" "$root/src/util/err.c" \
		"$root/src/util/strbuf.c" "$root/src/util/xalloc.c" -lm -o "$gen"; then
		echo "FAIL: cannot build tools/gen-exercises.c"
		exit 1
	fi
fi
if ! "$gen" >"$tmp/exercises.md"; then
	echo "FAIL: $gen failed"
	exit 1
fi
if ! diff -u "$root/docs/exercises.md" "$tmp/exercises.md"; then
	echo "FAIL: docs/exercises.md is out of date; regenerate it with:"
	echo "  cmake --build build --target exercises-doc"
	exit 1
fi
# A sanity check that the comparison saw the catalogue: its table of ids.
n=$(grep -c '^| `[a-z-]*` |' "$root/docs/exercises.md")
[ "$n" -ge 15 ] || { echo "FAIL: only $n exercises on the page"; exit 1; }
echo "docs/exercises.md matches the catalogue ($n exercises)"
