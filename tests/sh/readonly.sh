#!/bin/bash
# readonly.sh - talus export and talus backup work on a database the user
# cannot write: a copy of a database (with its -wal and -shm, as a real
# one is left) in a 0555 folder, the files read-only. As root the commands
# run as nobody (setpriv), since root writes anyway; as another user the
# modes alone do it. Exit 77 (skipped) when neither is possible.
set -u
bin=$(realpath "$1")
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export TZ=UTC TALUS_TODAY=2026-03-01
unset TALUS_ATHLETE
umask 022
fail=0
ok() { echo "ok: $*"; }
no() { echo "FAIL: $*"; fail=1; }

if [ "$(id -u)" = 0 ]; then
	command -v setpriv >/dev/null || { echo "skipped: root without setpriv"; exit 77; }
	as() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
	# nobody must reach the binary and the folder
	as test -x "$bin" || { echo "skipped: nobody cannot run $bin"; exit 77; }
else
	as() { "$@"; }
fi

export TALUS_DB="$tmp/src/talus.db"
"$bin" init --name Ann >/dev/null
"$bin" run add --date 2026-02-20 --distance 8 --note "read me, \"please\"" >/dev/null
"$bin" ankle log --date 2026-02-21 --side left --pain 2 >/dev/null
"$bin" run list --json >"$tmp/want.json"
mkdir "$tmp/ro" "$tmp/out"
cp -p "$tmp/src/"talus.db* "$tmp/ro/"
chmod 0400 "$tmp/ro/"*
if [ "$(id -u)" = 0 ]; then
	chown -R 65534:65534 "$tmp/ro" "$tmp/out"
	chmod 0755 "$tmp"
fi
chmod 0555 "$tmp/ro"
as test -w "$tmp/ro/talus.db" && { echo "skipped: the copy is still writable"; exit 77; }
as test -r "$tmp/ro/talus.db" || { echo "skipped: the copy cannot be read"; exit 77; }
export TALUS_DB="$tmp/ro/talus.db"
before=$(ls -l --time-style=+%s.%N "$tmp/ro" | sha256sum)

as "$bin" run add --date 2026-02-22 --distance 5 >/dev/null 2>&1
[ $? = 1 ] && ok "the copy cannot be written (run add: exit 1)" || no "run add wrote a read-only database"
as "$bin" export -o "$tmp/out/e.zip" >/dev/null 2>"$tmp/err" &&
	grep -q "opened read-only" "$tmp/err" && ok "export -o zip from a read-only database" ||
	no "export zip: $(cat "$tmp/err")"
as "$bin" export -o "$tmp/out/dir" >/dev/null 2>&1 && [ -f "$tmp/out/dir/runs.csv" ] &&
	grep -q 'read me, ""please""' "$tmp/out/dir/runs.csv" && ok "export -o folder from a read-only database" ||
	no "export folder"
as "$bin" export >"$tmp/out.json" 2>/dev/null && grep -q '"format": "talus-export"' "$tmp/out.json" &&
	ok "export JSON from a read-only database" || no "export json"
as "$bin" backup "$tmp/out/b.db" >/dev/null 2>"$tmp/err" && ok "backup of a read-only database" ||
	no "backup: $(cat "$tmp/err")"
[ "$(stat -c %a "$tmp/out/b.db")" = 600 ] && ok "the backup 0600" || no "backup mode"
[ "$(sqlite3 "$tmp/out/b.db" "PRAGMA integrity_check")" = ok ] && ok "the backup passes integrity_check" ||
	no "backup damaged"
TALUS_DB="$tmp/out/b.db" "$bin" run list --json 2>/dev/null | cmp -s - "$tmp/want.json" &&
	ok "the backup holds the log" || no "the backup's log differs"
[ "$(ls -l --time-style=+%s.%N "$tmp/ro" | sha256sum)" = "$before" ] &&
	ok "nothing was created or changed in the read-only folder" || no "the read-only folder changed"

[ $fail -eq 0 ] && echo "readonly: all checks passed"
exit $fail
