#!/bin/bash
# modes.sh - a health log is private: under a permissive umask (022, and
# 000) the database, its -wal and -shm are created 0600, and the default
# data folder ($XDG_DATA_HOME/talus or ~/.local/share/talus), like every
# folder talus creates for --db, 0700. A database made 0644 by hand keeps
# its mode (talus does not chmod what it did not create), and its -wal and
# -shm take that mode (SQLite's rule), so whoever may read it can.
set -u
bin=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC TALUS_TODAY=2026-03-01
unset TALUS_ATHLETE TALUS_DB XDG_DATA_HOME
fail=0
ok() { echo "ok: $*"; }
no() { echo "FAIL: $*"; fail=1; }
mode() { stat -c %a "$1" 2>/dev/null || echo missing; }
want() { # path mode what
	local m
	m=$(mode "$1")
	[ "$m" = "$2" ] && ok "$3 is $2" || no "$3 is $m, wanted $2"
}

for u in 022 000; do
	umask $u
	# The default folder under $HOME: ~/.local/share is made too.
	export HOME="$tmp/home$u"
	"$bin" init --name Ann >/dev/null || no "umask $u: init under HOME failed"
	db="$HOME/.local/share/talus/talus.db"
	want "$HOME/.local/share/talus" 700 "umask $u: ~/.local/share/talus"
	want "$HOME/.local/share" 700 "umask $u: ~/.local/share (made by talus)"
	want "$db" 600 "umask $u: the database"
	# -wal and -shm: at rest they stay (the WAL empty); and while a
	# command holds the database they are what it writes to.
	"$bin" run add --date 2026-02-28 --distance 5 >/dev/null || no "umask $u: run add failed"
	want "$db-wal" 600 "umask $u: the -wal"
	want "$db-shm" 600 "umask $u: the -shm"
	[ "$(stat -c %s "$db-wal")" = 0 ] && ok "umask $u: the WAL is empty at rest" ||
		no "umask $u: the WAL holds $(stat -c %s "$db-wal") bytes at rest"

	# $XDG_DATA_HOME/talus.
	XDG_DATA_HOME="$tmp/xdg$u" "$bin" init --name Ann >/dev/null ||
		no "umask $u: init under XDG_DATA_HOME failed"
	want "$tmp/xdg$u/talus" 700 "umask $u: \$XDG_DATA_HOME/talus"
	want "$tmp/xdg$u/talus/talus.db" 600 "umask $u: the database under XDG_DATA_HOME"

	# --db in folders that do not exist yet.
	"$bin" --db "$tmp/new$u/a/b/t.db" init --name Ann >/dev/null || no "umask $u: init --db failed"
	want "$tmp/new$u/a" 700 "umask $u: a folder made for --db"
	want "$tmp/new$u/a/b" 700 "umask $u: the folder of --db"
	want "$tmp/new$u/a/b/t.db" 600 "umask $u: the database at --db"
	want "$tmp/new$u/a/b/t.db-wal" 600 "umask $u: its -wal"
	want "$tmp/new$u/a/b/t.db-shm" 600 "umask $u: its -shm"
done

# A database that someone made 0644: its mode is theirs, and the -wal and
# -shm follow it.
umask 022
"$bin" --db "$tmp/shared.db" init --name Ann >/dev/null
rm -f "$tmp/shared.db-wal" "$tmp/shared.db-shm"
chmod 644 "$tmp/shared.db"
"$bin" --db "$tmp/shared.db" run add --date 2026-02-28 --distance 5 >/dev/null ||
	no "run add on a 0644 database failed"
want "$tmp/shared.db" 644 "a database made 0644 by hand"
want "$tmp/shared.db-wal" 644 "its -wal"
want "$tmp/shared.db-shm" 644 "its -shm"
exit $fail
