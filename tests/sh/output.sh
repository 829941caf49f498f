#!/bin/bash
# output.sh - every listing and report when its output cannot be written.
#
# The listings are taken from the command table (talus-cmdtable): every
# command that takes --json and only reads, and `recover` (which writes:
# showing a recovery plan starts it). Each, with and without --json:
#   - > /dev/full: exit 1, "talus: write error: ..." on stderr, and the
#     database byte for byte as it was (the output is written before the
#     commit);
#   - into a pipe whose reader has gone (deterministically: a FIFO whose
#     only reader was closed first) and through `| head -1`: exit 0, no
#     message at all, and the database unchanged.
set -u
bin=$(realpath "$1")
tools="${TALUS_BIN_DIR:?}/tests"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC TALUS_TODAY=2026-03-01 HOME="$tmp/home"
unset TALUS_ATHLETE XDG_DATA_HOME
export TALUS_DB="$tmp/t.db"
fail=0
ok() { echo "ok: $*"; }
no() { echo "FAIL: $*"; fail=1; }
t() { "$bin" "$@" </dev/null; }

[ -w /dev/full ] || { echo "skip: no /dev/full"; exit 77; }

# A runner with something in every report.
{
	t init --name Ann
	t init --name Bob
	t shoe add Peg
	for d in 01 03 05 08 10 12 15 17 19 22 24 26; do
		t run add --date 2026-02-$d --distance 6km --duration 36:00 --note "run $d"
	done
	t ankle log --date 2026-02-20 --side left --pain 2 --note twinge
	t ankle log --date 2026-02-27 --side left --pain 6 --rolled --swelling moderate
	t assess --no-input --cait-left 22 --heel-raises-left 18
	t program new --start 2026-02-23
	t plan build --target 40km --weeks 8
	t recover
} >/dev/null || { echo "FAIL: cannot set up the database"; exit 1; }
cp "$TALUS_DB" "$tmp/pristine.db"

same() { # what
	if cmp -s "$TALUS_DB" "$tmp/pristine.db" && [ ! -s "$TALUS_DB-wal" ]; then
		return 0
	fi
	no "$1: the database changed"
	cp "$tmp/pristine.db" "$TALUS_DB"
	rm -f "$TALUS_DB-wal" "$TALUS_DB-shm"
	return 1
}

# The listings: commands that take --json and do not write, and recover.
table=$("$tools/talus-cmdtable") || { echo "FAIL: talus-cmdtable"; exit 1; }
declare -A writes
cmds=()
while IFS=$'\t' read -r tag cmd f1 f2 rest; do
	if [ "$tag" = C ]; then
		writes[$cmd]=$([[ $f1 == *w* ]] && echo 1 || echo 0)
	elif [ "$f1" = json ] && { [ "${writes[$cmd]}" = 0 ] || [ "$cmd" = recover ]; }; then
		cmds+=("$cmd")
	fi
done <<<"$table"
[ ${#cmds[@]} -ge 12 ] && ok "${#cmds[@]} listings: ${cmds[*]}" ||
	no "only ${#cmds[@]} listings in the command table: ${cmds[*]}"

mkfifo "$tmp/fifo"
for cmd in "${cmds[@]}"; do
	read -r -a cw <<<"$cmd"
	for json in "" --json; do
		what="talus $cmd${json:+ $json}"
		# The command works, and prints more than nothing.
		t "${cw[@]}" $json >"$tmp/out" 2>"$tmp/err"
		rc=$?
		if [ $rc -ne 0 ] || [ ! -s "$tmp/out" ]; then
			no "$what: exit $rc, $(wc -c <"$tmp/out") bytes: $(head -1 "$tmp/err")"
			continue
		fi
		cp "$TALUS_DB" "$tmp/pristine.db" # recover may have moved its plan on

		# A full disk.
		t "${cw[@]}" $json >/dev/full 2>"$tmp/err"
		rc=$?
		if [ $rc = 1 ] && grep -q '^talus: write error: ' "$tmp/err" &&
		   [ "$(wc -l <"$tmp/err")" = 1 ]; then
			ok "$what > /dev/full: exit 1, $(cat "$tmp/err")"
		else
			no "$what > /dev/full: exit $rc, stderr '$(cat "$tmp/err")'"
		fi
		same "$what > /dev/full"

		# A reader that has gone: the FIFO's only reader is closed before
		# talus writes, so the write fails with EPIPE every time.
		exec 3<>"$tmp/fifo" 4>"$tmp/fifo" 3<&-
		"$bin" "${cw[@]}" $json </dev/null >&4 2>"$tmp/err"
		rc=$?
		exec 4>&-
		if [ $rc = 0 ] && [ ! -s "$tmp/err" ]; then
			ok "$what into a closed pipe: exit 0, no message"
		else
			no "$what into a closed pipe: exit $rc, stderr '$(cat "$tmp/err")'"
		fi
		same "$what into a closed pipe"

		# And as a person would.
		"$bin" "${cw[@]}" $json </dev/null 2>"$tmp/err" | head -1 >"$tmp/first"
		rc=${PIPESTATUS[0]}
		if [ $rc = 0 ] && [ ! -s "$tmp/err" ] && [ "$(wc -l <"$tmp/first")" = 1 ]; then
			ok "$what | head -1: exit 0, no message"
		else
			no "$what | head -1: exit $rc, stderr '$(cat "$tmp/err")'"
		fi
		same "$what | head -1"
	done
done
exit $fail
