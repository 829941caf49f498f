#!/bin/bash
# unchanged.sh - every failing command leaves the database's content as it
# was: the same `sqlite3 .dump` before and after. Covers failures found
# while parsing, after opening the database (unknown names and ids) and in
# the middle of a write (a constraint in the store).
set -u
bin=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TALUS_DB="$tmp/t.db" TZ=UTC TALUS_TODAY=2026-03-01
unset TALUS_ATHLETE
fail=0
t() { "$bin" "$@"; }

t init --name Ann >/dev/null
t shoe add Pegasus --initial 100 >/dev/null
t shoe default Pegasus >/dev/null
for d in 20 22 24 26; do t run add --date 2026-02-$d --distance 8 >/dev/null; done
t ankle log --date 2026-02-27 --side left --pain 2 >/dev/null

check() {
	local before after rc
	before=$(sqlite3 "$TALUS_DB" .dump)
	t "$@" >/dev/null 2>&1
	rc=$?
	after=$(sqlite3 "$TALUS_DB" .dump)
	if [ $rc -eq 0 ]; then
		echo "FAIL: expected a failure from: talus $*"
		fail=1
	elif [ "$before" != "$after" ]; then
		echo "FAIL: database changed by failing: talus $* (exit $rc)"
		diff <(echo "$before") <(echo "$after") | head -5
		fail=1
	else
		echo "ok: talus $* (exit $rc)"
	fi
}

check run add --date 2026-02-30 --distance 5
check run add --date 2026-03-01 --distance 0
check run add --date 2026-03-01 --distance 5 --shoe Nope
check run add --date 2026-03-01 --distance 5 --rpe 11
check run edit 2 --distance 5 --shoe Nope
check run edit 2 --distance 900
check run edit 99 --distance 5
check run rm 99
check shoe add Pegasus
check shoe add New --review 900 --limit 800
check shoe retire Nope
check shoe default Nope
check ankle log --date 2026-03-01 --side left --pain 11
check ankle log --date 2026-03-01 --side left --tender knee
check ankle rm 42
check init --name Ann
check --athlete Nobody run add --date 2026-03-01 --distance 5
check load --weeks 0
check today --planned 0

# A sanity check that the harness can see a change at all.
before=$(sqlite3 "$TALUS_DB" .dump)
t run add --date 2026-03-01 --distance 5 >/dev/null
after=$(sqlite3 "$TALUS_DB" .dump)
if [ "$before" = "$after" ]; then
	echo "FAIL: a successful command did not change the dump"
	fail=1
fi
[ $fail -eq 0 ] && echo "all failing commands left the database unchanged"
exit $fail
