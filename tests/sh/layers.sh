#!/bin/bash
# layers.sh - the layers' arrows run one way (docs/ARCHITECTURE.md):
#   cli, web -> app -> store, import -> core -> util;  render -> core -> util;
#   cli, web -> render; cli -> web (talus serve).
# Fails on an #include "X/..." that a layer may not make, in src/ and in
# tests/unit/<layer>/, and on sqlite3.h anywhere but src/store (and the
# store's own tests, which look into the database, and tests/fault, the
# fault-injecting VFS under the store of talus-faulty).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
allowed() {
	case $1 in
	util) echo "util" ;;
	core) echo "core util" ;;
	render) echo "render core util" ;;
	store) echo "store core util" ;;
	import) echo "import core util" ;;
	app) echo "app store import core util" ;;
	cli) echo "cli web app render core util" ;;
	web) echo "web app render core util" ;;
	*) echo "?" ;;
	esac
}
bad=0
check() { # check LAYER FILE...
	local layer=$1 ok line inc
	shift
	ok=" $(allowed "$layer") "
	for f in "$@"; do
		while IFS=: read -r line inc; do
			case "$ok" in
			*" ${inc%%/*} "*) ;;
			*) echo "${f#$root/}:$line: $layer may not include \"$inc\"" >&2; bad=1 ;;
			esac
		done < <(grep -n '^#[[:space:]]*include[[:space:]]*"[^"]*/' "$f" |
			 sed 's/^\([0-9]*\):#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1:\2/')
	done
}
for dir in "$root"/src/*/; do
	layer=$(basename "$dir")
	[ "$(allowed "$layer")" = "?" ] && { echo "src/$layer: not a known layer" >&2; bad=1; continue; }
	check "$layer" "$dir"*.[ch]
done
for dir in "$root"/tests/unit/*/; do
	layer=$(basename "$dir")
	[ "$(allowed "$layer")" = "?" ] && { echo "tests/unit/$layer: not a known layer" >&2; bad=1; continue; }
	check "$layer" "$dir"*.c
done
# SQLite is the store's (and, below it, tests/fault's VFS, which only
# talus-faulty links).
while IFS= read -r hit; do
	case $hit in
	"$root"/src/store/*|"$root"/tests/unit/store/*|"$root"/tests/fault/*) ;;
	*) echo "${hit#$root/}: includes sqlite3.h outside the store" >&2; bad=1 ;;
	esac
done < <(grep -rl '#[[:space:]]*include[[:space:]]*<sqlite3.h>' "$root/src" "$root/tests" 2>/dev/null)
if [ $bad = 0 ]; then
	echo "layers: every include goes down"
fi
exit $bad
