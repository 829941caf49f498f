#!/bin/bash
# backup.sh - talus backup and talus restore: backups taken while another
# process adds 1,000 runs (one talus process each) open, pass SQLite's
# integrity check and hold a prefix of the runs (1..k, no gap); restore
# refuses a file that is not SQLite, a truncated backup, a SQLite database
# that is not talus's, and a talus database of a newer schema (exit 2, the
# current database unchanged to the byte); a real backup restored gives
# the data back and keeps the replaced database as a .bak; an older
# schema is brought up to date; modes are 0600 under umask 022.
set -u
bin=$(realpath "$1")
tmp=$(mktemp -d)
trap 'kill $wpid $holder 2>/dev/null; rm -rf "$tmp"' EXIT
export TZ=UTC TALUS_TODAY=2026-03-01 TALUS_DB="$tmp/live.db"
unset TALUS_ATHLETE
umask 022
fail=0
wpid= holder=
ok() { echo "ok: $*"; }
no() { echo "FAIL: $*"; fail=1; }
t() { "$bin" "$@"; }
mode() { stat -c %a "$1"; }
sha() { sha256sum "$1" | cut -c1-64; }
N=${BACKUP_RUNS:-1000}

# 1. Backups while another process writes N runs, one process a run. A
#    connection held open all along (as a long-running program would) keeps
#    the last talus from folding the WAL into the file at its exit: the
#    newest runs are only in talus.db-wal, so a copy of talus.db alone
#    would miss them.
t init --name Ann >/dev/null
(echo "SELECT count(*) FROM athlete;"; while [ ! -e "$tmp/stop" ]; do sleep 0.1; done) |
	sqlite3 "$TALUS_DB" >/dev/null &
holder=$!
(
	for i in $(seq 1 "$N"); do
		"$bin" run add --date 2026-02-01 --distance 5 --note "n$i" >/dev/null ||
			{ echo "writer: run $i failed" >&2; exit 1; }
	done
) &
wpid=$!
k=0
while kill -0 "$wpid" 2>/dev/null; do
	k=$((k + 1))
	t backup "$tmp/b$k.db" >/dev/null 2>"$tmp/b.err" || no "backup $k: $(cat "$tmp/b.err")"
	sleep 0.02
done
wait "$wpid" && ok "the writer added its $N runs while backups were taken" ||
	no "the writer failed while backups were taken"
wpid=
k=$((k + 1))
t backup "$tmp/b$k.db" >/dev/null || no "the last backup failed"
[ -s "$TALUS_DB-wal" ] && ok "the last runs were still in the WAL ($(stat -c %s "$TALUS_DB-wal") bytes)" ||
	no "the WAL was empty: the test does not show a backup reads it"
touch "$tmp/stop"
wait "$holder"
mid=0 bad=0
for i in $(seq 1 $k); do
	b="$tmp/b$i.db"
	ic=$(sqlite3 "$b" "PRAGMA integrity_check" 2>&1)
	# A prefix: rows 1..n, each run i holding note n<i>.
	row=$(sqlite3 "$b" "SELECT count(*), coalesce(min(id), 0), coalesce(max(id), 0),
		coalesce(sum(note = 'n' || id), 0) FROM activity" 2>&1)
	IFS='|' read -r cnt lo hi match <<<"$row"
	if [ "$ic" != ok ] || [ "$cnt" != "$hi" ] || [ "$match" != "$cnt" ] ||
	   { [ "$cnt" != 0 ] && [ "$lo" != 1 ]; } || [ "$(mode "$b")" != 600 ]; then
		no "backup $i: integrity '$ic', rows '$row', mode $(mode "$b")"
		bad=1
	fi
	[ "$cnt" -gt 0 ] && [ "$cnt" -lt "$N" ] && mid=$((mid + 1))
	[ $i = $k ] && [ "$cnt" != "$N" ] && no "the last backup holds $cnt runs, not $N"
done
[ $bad = 0 ] && ok "$k backups: each passes integrity_check, holds runs 1..k with no gap, 0600"
[ $mid -gt 0 ] && ok "$mid backups were taken in the middle of the writes" ||
	no "no backup was taken in the middle of the writes"
[ -z "$(ls "$tmp" | grep -E '^b[0-9]+\.db.|tmp-')" ] &&
	ok "a backup is one file: nothing beside it, no temporary file left" ||
	no "files beside the backups: $(ls "$tmp" | grep -E '^b[0-9]+\.db.|tmp-')"
TALUS_DB="$tmp/b$k.db" t run list --json | grep -c '"id"' | grep -qx "$N" &&
	ok "talus opens a backup" || no "talus cannot read a backup"

# 2. An existing file is refused unless --force; the database itself too.
t backup "$tmp/b1.db" >/dev/null 2>&1
[ $? = 2 ] && ok "an existing FILE: exit 2" || no "an existing FILE was not refused"
before=$(sha "$tmp/b1.db")
t backup --force "$tmp/b1.db" >/dev/null && [ "$(sha "$tmp/b1.db")" != "$before" ] &&
	ok "--force replaces it" || no "--force"
t backup --force "$TALUS_DB" >/dev/null 2>&1
[ $? = 2 ] && ok "the database itself: exit 2" || no "backup over the database itself"

# 3. Restore refuses what is not a talus database it knows: exit 2, the
#    database as it was, to the byte.
export TALUS_DB="$tmp/cur.db"
t init --name Ben >/dev/null
for d in 10 11 12; do t run add --date 2026-02-$d --distance 6 --note "cur$d" >/dev/null; done
t backup "$tmp/good.db" >/dev/null
t run add --date 2026-02-13 --distance 7 --note "after the backup" >/dev/null
t run list --json >"$tmp/cur.json"
printf 'just some text, not a database\n' >"$tmp/text.db"
head -c 20000 "$tmp/good.db" >"$tmp/trunc.db"
sqlite3 "$tmp/other.db" "CREATE TABLE notes(x); INSERT INTO notes VALUES (1)"
cp "$tmp/good.db" "$tmp/newer.db" && sqlite3 "$tmp/newer.db" "PRAGMA user_version = 999"
cp "$tmp/good.db" "$tmp/damaged.db" &&
	printf '\xff\xff\xff\xff\xff\xff\xff\xff' | dd of="$tmp/damaged.db" bs=1 seek=4096 conv=notrunc 2>/dev/null
for f in text trunc other newer damaged; do
	h=$(sha "$TALUS_DB")
	t restore --yes "$tmp/$f.db" >/dev/null 2>"$tmp/r.err"
	rc=$?
	if [ $rc = 2 ] && [ "$(sha "$TALUS_DB")" = "$h" ] && ! ls "$tmp" | grep -q '\.bak$'; then
		ok "restore of $f.db: exit 2, unchanged ($(cat "$tmp/r.err"))"
	else
		no "restore of $f.db: exit $rc, $(cat "$tmp/r.err")"
	fi
done
t run list --json | cmp -s - "$tmp/cur.json" && ok "the log is as it was" || no "the log changed"
t restore "$tmp/good.db" </dev/null >/dev/null 2>&1
[ $? = 2 ] && t run list --json | cmp -s - "$tmp/cur.json" &&
	ok "without --yes and no terminal: exit 2, unchanged" || no "restore without --yes"
echo n | TALUS_ASSUME_TTY=1 t restore "$tmp/good.db" >/dev/null 2>&1
[ $? = 2 ] && t run list --json | cmp -s - "$tmp/cur.json" &&
	ok "answered no: exit 2, unchanged" || no "restore answered no"

# 4. A real backup restored: its data back, the replaced one kept.
t restore --yes "$tmp/good.db" >"$tmp/r.out" || no "restore failed: $(cat "$tmp/r.out")"
bak=$(sed -n 's/^the database it replaced is kept as //p' "$tmp/r.out")
[ "$bak" = "$TALUS_DB.2026-03-01.bak" ] && [ -f "$bak" ] && ok "the replaced database kept as $(basename "$bak")" ||
	no "no .bak: $(cat "$tmp/r.out")"
notes=$(t run list --json | grep -o '"note": "[^"]*"' | tr '\n' ' ')
[ "$notes" = '"note": "cur10" "note": "cur11" "note": "cur12" ' ] && ok "the backup's runs are back" ||
	no "after restore: $notes"
TALUS_DB="$bak" t run list --json | cmp -s - "$tmp/cur.json" && ok "the .bak holds the log as it was" ||
	no "the .bak differs from the log before"
[ "$(mode "$TALUS_DB")" = 600 ] && [ "$(mode "$bak")" = 600 ] && ok "restored database and .bak 0600" ||
	no "modes: $(mode "$TALUS_DB") $(mode "$bak")"
[ "$(sqlite3 "$TALUS_DB" "PRAGMA integrity_check")" = ok ] && ok "the restored database passes integrity_check" ||
	no "restored database damaged"
t run add --date 2026-02-14 --distance 5 >/dev/null && ok "talus writes the restored database" ||
	no "cannot write after restore"
t restore -y "$tmp/good.db" >"$tmp/r.out"
grep -q "kept as $TALUS_DB.2026-03-01-2.bak" "$tmp/r.out" && ok "a second restore the same day: .2026-03-01-2.bak" ||
	no "second .bak: $(cat "$tmp/r.out")"

# 5. An older schema is brought up to date; a missing database is made.
cp "$tmp/good.db" "$tmp/old.db"
# Undo what migrations 6 to 9 added (tests/unit/store/test_migrate.c makes
# each older version from scratch; here one will do).
sqlite3 "$tmp/old.db" "DROP TABLE txn; DROP INDEX activity_user_sport;
	ALTER TABLE activity DROP COLUMN sport_src;
	ALTER TABLE activity DROP COLUMN utc_offset_src; DROP TABLE consult;
	DROP INDEX ankle_flagged; DROP INDEX activity_pain;
	CREATE INDEX activity_pain ON activity(athlete_id, sport, day, id, pain_during, pain_after);
	ALTER TABLE programme_log DROP COLUMN pain; ALTER TABLE assessment DROP COLUMN log_days;
	PRAGMA user_version = 5"
export TALUS_DB="$tmp/new/folder/talus.db"
t restore -y "$tmp/old.db" >"$tmp/r.out" 2>&1
grep -q "schema version 5 brought up to" "$tmp/r.out" && ! grep -q "kept as" "$tmp/r.out" &&
	ok "schema 5 migrated, no .bak where there was no database" || no "old schema: $(cat "$tmp/r.out")"
[ "$(mode "$tmp/new/folder")" = 700 ] && [ "$(mode "$TALUS_DB")" = 600 ] &&
	ok "a new database folder 0700, the database 0600" || no "new modes"
t run list --json | grep -c '"note": "cur' | grep -qx 3 && t run add --date 2026-02-15 --distance 3 >/dev/null &&
	ok "the migrated database reads and writes" || no "the migrated database"

# 6. A restore waits for, then refuses, a database another program holds.
export TALUS_DB="$tmp/cur.db"
h=$(sha "$TALUS_DB")
(echo "BEGIN; SELECT count(*) FROM activity;"; sleep 8; echo "COMMIT;") | sqlite3 "$TALUS_DB" >/dev/null &
hold=$!
sleep 0.5
t restore -y "$tmp/good.db" >/dev/null 2>"$tmp/r.err"
rc=$?
kill $hold 2>/dev/null
wait $hold 2>/dev/null
[ $rc = 1 ] && grep -q "in use" "$tmp/r.err" && ok "a database in use: exit 1 ($(cat "$tmp/r.err"))" ||
	no "restore of a database in use: exit $rc, $(cat "$tmp/r.err")"
[ "$(sqlite3 "$TALUS_DB" "PRAGMA integrity_check")" = ok ] && t run list >/dev/null &&
	ok "the database in use is sound after" || no "the database in use was damaged"

# 8. Never over a device: backup --force, export -o and restore refuse a
#    target that is not a regular file (a private node, as root only).
if [ "$(id -u)" = 0 ] && mknod "$tmp/nul" c 1 3 2>/dev/null; then
	t backup --force "$tmp/nul" >/dev/null 2>&1; a=$?
	t export -o "$tmp/nul" >/dev/null 2>&1; b=$?
	t --db "$tmp/nul" restore --yes "$tmp/good.db" >/dev/null 2>&1; c=$?
	[ -c "$tmp/nul" ] && [ $a = 2 ] && [ $b = 2 ] && [ $c = 2 ] &&
		ok "a device is never written over (backup --force, export -o, restore: exit 2)" ||
		no "a device target: backup $a, export $b, restore $c, still a device: $([ -c "$tmp/nul" ] && echo yes || echo no)"
fi

[ $fail -eq 0 ] && echo "backup: all checks passed"
exit $fail
