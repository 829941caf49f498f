#!/bin/bash
# install.sh - `cmake --install` (what `make install` runs) puts the binary
# in bin/, the man page in share/man/man1/ and the docs in
# share/doc/talus/ under PREFIX, DESTDIR honoured; the installed binary
# runs.
set -eu
build=${TALUS_BIN_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DESTDIR="$tmp/dest" cmake --install "$build" --prefix /usr >/dev/null
root="$tmp/dest/usr"
for f in bin/talus share/man/man1/talus.1 share/doc/talus/README.md \
	 share/doc/talus/EVIDENCE.md share/doc/talus/json.md; do
	[ -f "$root/$f" ] || { echo "install: $f is missing" >&2; exit 1; }
done
[ -x "$root/bin/talus" ] || { echo "install: bin/talus is not executable" >&2; exit 1; }
"$root/bin/talus" --version | head -1 | grep -q '^talus [0-9]' ||
	{ echo "install: the installed talus does not run" >&2; exit 1; }
# Nothing lands outside DESTDIR/PREFIX.
extra=$(cd "$tmp/dest" && find . -type f ! -path './usr/*')
[ -z "$extra" ] || { echo "install: files outside the prefix: $extra" >&2; exit 1; }
echo "install: bin/talus, talus.1 and the docs under DESTDIR/usr; talus --version runs"
