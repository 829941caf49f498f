#!/bin/bash
# import_fixtures.sh - talus import end to end on the real-device files of
# the shared fixtures (TALUS_FIXTURES, ../shared/fixtures beside the
# repository): the whole folder, some files malformed on purpose (exit 3,
# each failure with its reason), then a second import that adds nothing.
# CTest runs it as fixtures/import; it exits 77, reported as skipped, when
# the folder is absent (a clean clone). import.sh tests the rest on files
# talus makes itself.
set -u
bin=$(realpath "$1")
fx=${TALUS_FIXTURES:-}
if [ -z "$fx" ] || [ ! -d "$fx" ]; then
	echo "skipped: no fixtures folder at '${fx}'"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC TALUS_TODAY=2026-03-01
unset TALUS_ATHLETE
fail=0
ok() { echo "ok: $*"; }
no() { echo "FAIL: $*"; fail=1; }
t() { "$bin" "$@"; }
total() { grep -o "\"$2\": [0-9][0-9]*" "$1" | head -1 | grep -o '[0-9]*$'; }

# 1. The fixtures: some files are malformed on purpose -> exit 3.
export TALUS_DB="$tmp/a.db"
t init --name A >/dev/null
t import --json "$fx" >"$tmp/first.json" 2>/dev/null
rc=$?
[ $rc -eq 3 ] && ok "fixtures: exit 3 (some files failed)" || no "fixtures: exit $rc, wanted 3"
imp=$(total "$tmp/first.json" activities)
[ "${imp:-0}" -gt 20 ] && ok "fixtures: $imp activities imported" || no "fixtures: only ${imp:-0} activities"
grep -q '"status": "failed"' "$tmp/first.json" && grep -q '"error": "' "$tmp/first.json" &&
	ok "failed files carry their reason" || no "no failed file with a reason"

# 2. A second import adds nothing and skips every file it read before.
t import --json "$fx" >"$tmp/second.json" 2>/dev/null
[ "$(total "$tmp/second.json" activities)" = 0 ] && ok "second import: 0 new activities" ||
	no "second import added activities"
[ "$(total "$tmp/second.json" imported)" = 0 ] && ok "second import: no file imported" ||
	no "second import imported files"

[ $fail -eq 0 ] && echo "import_fixtures: all checks passed"
exit $fail
