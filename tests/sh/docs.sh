#!/bin/bash
# docs.sh - keeps the docs true to the code: every command in `talus
# --help` is documented in the man page and the README, every JSON command
# in docs/json.md, the man page is valid mdoc where a checker exists, and
# the project stands alone: no file of it points at the research notes or
# the fixtures kept beside the checkout (docs/EVIDENCE.md is the evidence
# base).
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

# The project stands alone. The files of the repository: `git ls-files`
# in a git checkout; otherwise every file, less .git and any CMake build
# tree (a directory holding a CMakeCache.txt).
repo_files() {
	local top
	top=$(git -C "$root" rev-parse --show-toplevel 2>/dev/null) || top=
	if [ -n "$top" ] && [ "$(cd "$top" && pwd -P)" = "$(cd "$root" && pwd -P)" ]; then
		git -C "$root" ls-files -z
	else
		(cd "$root" && find . -type d \( -name .git -o \
			-exec sh -c 'test -e "$1/CMakeCache.txt"' sh {} \; \) -prune -o \
			-type f -print0 | sed -z 's|^\./||')
	fi
}
# A path up out of the repository to the shared directory, its docs or its
# fixtures, or the research notes by their file name. The tests that look
# for the optional fixtures (tests/CMakeLists.txt, tests/sh/import.sh,
# tests/sh/import_fixtures.sh, tests/unit/*/test_*.c) may name the
# fixtures, and nothing else: a script a user runs (bench/, fuzz/) takes
# the folder from TALUS_FIXTURES.
outside='\.\./shared|shared/(docs|fixtures)|evidence\.md'
found=$(cd "$root" && repo_files | while IFS= read -r -d '' f; do
		[ -f "$f" ] && printf '%s\0' "$f"
	done | LC_ALL=C sort -z | xargs -0 -r grep -nIHE -- "$outside" 2>/dev/null |
	PAT="$outside" awk '{
		f = $0; sub(/:.*/, "", f)
		rest = substr($0, length(f) + 2)
		n = rest; sub(/:.*/, "", n)
		text = substr(rest, length(n) + 2)
		if (f ~ /^(tests\/CMakeLists\.txt|tests\/sh\/import(_fixtures)?\.sh|tests\/unit\/[a-z]+\/test_[^\/]*\.c)$/) {
			rem = text
			gsub(/(\.\.\/)?shared\/fixtures/, "", rem)
			if (rem !~ ENVIRON["PAT"])
				next
		}
		gsub(/^[ \t]+/, "", text)
		if (length(text) > 100)
			text = substr(text, 1, 97) "..."
		print f ":" n ": " text
	}')
if [ -n "$found" ]; then
	echo "FAIL: files that point outside the repository (the evidence base is docs/EVIDENCE.md):"
	fail=1
	printf '%s\n' "$found" | sed 's/^/  /'
else
	echo "no file points outside the repository"
fi

n=$(echo "$cmds" | wc -l)
[ $fail -eq 0 ] && echo "docs cover all $n commands"
exit $fail
