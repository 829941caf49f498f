#!/bin/bash
# run.sh - golden CLI transcripts (in the manner of cram and curl's tests).
#
# usage: run.sh TALUS_BINARY CASE.t
#
# A case file is a transcript. Lines starting with '$ ' are commands, run
# by bash in a fresh folder with `talus` on hand, TALUS_DB set to a new
# database there, TZ=UTC and TALUS_TODAY=2026-03-01 (commands may export
# other values). What a command prints follows it: stdout lines as they
# are, stderr lines behind '! ', and a non-zero exit status as '[N]'.
# Lines starting with '#' are comments. The runner rebuilds the transcript
# from the commands and compares; TALUS_UPDATE=1 writes it back instead
# (review the diff before committing).
set -u
bin=$(realpath "$1")
case_file=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
actual="$tmp/actual.t"
: >"$actual"

cat >"$tmp/env.sh" <<ENV
talus() { "$bin" "\$@"; }
export TALUS_DB="$tmp/talus.db" TZ=UTC TALUS_TODAY=2026-03-01 HOME="$tmp/home" LC_ALL=C
unset TALUS_ATHLETE XDG_DATA_HOME
cd "$tmp"
ENV
: >"$tmp/state.sh"

while IFS= read -r line || [ -n "$line" ]; do
	case "$line" in
	'$ '*)
		cmd=${line#\$ }
		printf '%s\n' "$line" >>"$actual"
		# Each command runs in its own bash, with the exports of those before.
		bash -c "source '$tmp/env.sh'; source '$tmp/state.sh'; $cmd
			rc=\$?; export -p | grep -E ' (TALUS_|TZ=)' >'$tmp/state.sh'; exit \$rc" \
			>"$tmp/out" 2>"$tmp/err"
		rc=$?
		sed "s|$tmp|\$TMP|g" "$tmp/out" >>"$actual"
		sed "s|$tmp|\$TMP|g; s|^|! |" "$tmp/err" >>"$actual"
		[ $rc -ne 0 ] && echo "[$rc]" >>"$actual"
		;;
	'#'*)
		printf '%s\n' "$line" >>"$actual"
		;;
	esac
done <"$case_file"

if [ "${TALUS_UPDATE:-0}" = 1 ]; then
	cp "$actual" "$case_file"
	exit 0
fi
# The expected transcript: the case file without trailing blank lines.
if diff -u "$case_file" "$actual"; then
	exit 0
fi
echo "run.sh: transcript differs: $case_file (TALUS_UPDATE=1 rewrites it)" >&2
exit 1
