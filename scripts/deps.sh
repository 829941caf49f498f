#!/bin/sh
# deps.sh - installs the Debian packages talus needs to build and test,
# and only those that are absent. Idempotent; needs root (or sudo) only
# when something is missing. valgrind: tests/sh/year.sh counts the
# instructions of talus today with it.
set -eu

pkgs="cmake make gcc clang pkg-config libsqlite3-dev libexpat1-dev zlib1g-dev
libzip-dev libcmocka-dev libclang-rt-dev libxxhash-dev sqlite3 zip valgrind jq
libmicrohttpd-dev curl chromium"
[ $# -gt 0 ] && pkgs="$pkgs $*"

missing=""
for p in $pkgs; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

echo "deps: installing$missing" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
