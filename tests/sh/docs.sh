#!/bin/bash
# docs.sh - keeps the docs true to the code: every command in `talus
# --help` is documented in the man page and the README, every JSON command
# in docs/json.md, and the man page is valid mdoc where a checker exists.
set -u
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
fail=0
# The overview lists each command as "    %-14s summary".
cmds=$("$bin" --help | awk '/^commands:/ { on = 1; next } on && /^$/ { exit } on' |
	cut -c5-18 | sed 's/ *$//')
[ -n "$cmds" ] || { echo "FAIL: no commands parsed from talus --help"; exit 1; }
while IFS= read -r c; do
	first=${c%% *}
	sub=${c#* }
	if [ "$first" = "$c" ]; then
		grep -q "^\.It Cm $c\b" "$root/man/talus.1" || { echo "FAIL: '$c' not in man/talus.1"; fail=1; }
	else
		grep -q "^\.It Cm $first $sub\b" "$root/man/talus.1" || { echo "FAIL: '$c' not in man/talus.1"; fail=1; }
	fi
	grep -q "$first" "$root/README.md" || { echo "FAIL: '$c' not in README.md"; fail=1; }
done <<<"$cmds"
for c in today load "run list" "shoe list" "ankle list" "athlete list"; do
	grep -q "## talus $c --json" "$root/docs/json.md" || { echo "FAIL: 'talus $c --json' not in docs/json.md"; fail=1; }
done
if command -v groff >/dev/null 2>&1; then
	warn=$(groff -mdoc -ww -z "$root/man/talus.1" 2>&1)
	[ -z "$warn" ] || { echo "FAIL: groff warns on man/talus.1:"; echo "$warn"; fail=1; }
fi
n=$(echo "$cmds" | wc -l)
[ $fail -eq 0 ] && echo "docs cover all $n commands"
exit $fail
