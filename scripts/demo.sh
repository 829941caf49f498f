#!/bin/sh
# demo.sh - `make demo`: a demo database under build/, never the user's
# real one, made from generated data (a runner with 12 weeks of history
# that holds a long-run spike, a week over the 10% rule, a rolled ankle and
# a shoe past its review distance), then the main job on it.
set -eu
build=$1
db=$2
rm -f "$db" "$db-wal" "$db-shm"
mkdir -p "$(dirname "$db")"
"$build/bench/talus-gen" --db "$db" --scenario demo
export TALUS_DB="$db"
unset TALUS_ATHLETE
run() {
	echo "\$ talus $*"
	"$build/talus" "$@"
	echo
}
run today
run load
run shoe list
echo "The demo database is $db: try 'TALUS_DB=$db $build/talus run list'."
