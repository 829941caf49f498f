#!/bin/bash
# web_concurrency.sh - the server serving reads and writes while the
# command line writes at the same time (`talus run add` in a loop): every
# write of both is in the log at the end, and none met "database is
# locked" (the store's busy timeout; the server tries a busy write again).
set -u
bin=$(realpath "$1")
tmp=$(mktemp -d)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
export TALUS_DB="$tmp/t.db" TZ=UTC TALUS_TODAY=2026-03-01 HOME="$tmp/home"
unset TALUS_ATHLETE
N_CLI=${N_CLI:-60}
N_WEB=${N_WEB:-60}
N_READ=${N_READ:-300}
fail=0

"$bin" init --name Ann >/dev/null
"$bin" serve --port 0 2>"$tmp/serve.log" &
pid=$!
for _ in $(seq 100); do
	port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.log")
	[ -n "$port" ] && break
	sleep 0.05
done
url="http://127.0.0.1:$port"
token=$(curl -s -c "$tmp/jar" "$url/api/csrf" | sed -n 's/.*"csrf": "\([0-9a-f]*\)".*/\1/p')

# The command line writes...
(
	for i in $(seq "$N_CLI"); do
		d=$(printf '2026-02-%02d' $((i % 28 + 1)))
		"$bin" run add --date "$d" --distance 5 --note "cli-$i" >/dev/null 2>>"$tmp/cli.err" ||
			echo "cli-$i failed" >>"$tmp/cli.err"
	done
) &
cli=$!
# ...while the server takes form posts...
(
	for i in $(seq "$N_WEB"); do
		d=$(printf '2026-02-%02d' $((i % 28 + 1)))
		code=$(curl -s -o "$tmp/w.$i" -w '%{http_code}' -b "$tmp/jar" -H "Origin: $url" \
			--data "csrf=$token&date=$d&distance=6&note=web-$i" "$url/a/Ann/log/run")
		[ "$code" = 303 ] || echo "web-$i: $code $(cat "$tmp/w.$i")" >>"$tmp/web.err"
	done
) &
web=$!
# ...and reads, four at a time.
seq "$N_READ" | xargs -P 4 -I{} sh -c \
	'for p in api/a/Ann/today a/Ann/today a/Ann/load api/team; do
		c=$(curl -s -o /dev/null -w "%{http_code}" "'"$url"'/$p")
		[ "$c" = 200 ] || echo "read $p: $c"
	done' >"$tmp/read.err" 2>&1
wait "$cli" "$web"

list=$("$bin" run list --json)
ncli=$(echo "$list" | grep -c '"note": "cli-')
nweb=$(echo "$list" | grep -c '"note": "web-')
[ "$ncli" = "$N_CLI" ] && echo "ok: all $N_CLI command-line writes are there" ||
	{ echo "FAIL: $ncli of $N_CLI command-line writes"; fail=1; }
[ "$nweb" = "$N_WEB" ] && echo "ok: all $N_WEB web writes are there" ||
	{ echo "FAIL: $nweb of $N_WEB web writes"; fail=1; }
for f in cli.err web.err read.err serve.log; do
	if [ -s "$tmp/$f" ] && grep -qi 'locked\|busy\|failed\|FAIL\|: [0-9][0-9][0-9] ' "$tmp/$f" &&
	   [ "$f" != serve.log ]; then
		echo "FAIL: $f:"; head -5 "$tmp/$f"; fail=1
	fi
done
grep -qi 'locked' "$tmp/serve.log" && { echo "FAIL: 'locked' in the server's log"; fail=1; }
# The reads saw the writes: today's JSON matches the command line's now.
if [ "$(curl -s "$url/api/a/Ann/today")" = "$("$bin" today --json)" ]; then
	echo "ok: the server's today is the command line's after the writes"
else
	echo "FAIL: the server's today differs from the command line's"; fail=1
fi
kill -TERM "$pid"
wait "$pid"
rc=$?
pid=
[ $rc = 0 ] && echo "ok: SIGTERM stops the server (exit 0)" || { echo "FAIL: exit $rc on SIGTERM"; fail=1; }
[ $fail = 0 ] && echo "web_concurrency: no write lost, none refused"
exit $fail
