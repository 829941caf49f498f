#!/bin/bash
# run.sh - the browser tests (browser.mjs) from CTest: copies the pinned
# package.json and package-lock.json into the build tree, runs `npm ci`
# there (playwright-core only: it downloads no browser; the tests drive
# Debian's /usr/bin/chromium), then the tests.
# usage: run.sh TALUS_BINARY BUILD_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "$1")
mkdir -p "$2/web-tests"
work=$(cd "$2/web-tests" && pwd)
for c in node npm /usr/bin/chromium; do
	command -v "$c" >/dev/null || { echo "FAIL: $c is missing: make deps installs it"; exit 1; }
done
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/browser.mjs" "$work/"
cd "$work"
if ! cmp -s package-lock.json node_modules/.package-lock.json 2>/dev/null &&
   ! [ -d node_modules/playwright-core ]; then
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts --silent
fi
exec node browser.mjs "$bin" "$work"
