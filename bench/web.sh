#!/bin/sh
# web.sh - `make bench-web`: wrk against `talus serve` on the 10-year
# history of `make bench` (bench/talus-gen --scenario bench): the API of
# today (/api/a/NAME/today), the Today page, and, as the reference in the
# same run, a static file served by the same server (/static/talus.css).
# Targets: >= 5,000 requests/s and p99 < 10 ms for the API; memory flat
# over 100,000 requests (the server's RSS after a warm-up and at the end).
# Short runs (BENCH_WEB_SECONDS, default 10 s each): the machine is shared.
# wrk and the server share the 2 cores: with more connections
# (BENCH_WEB_CONNECTIONS, default 4) the tail latency is the run queue's,
# for the static file as much as for the API.
set -eu
build=${1:-build}
secs=${BENCH_WEB_SECONDS:-10}
conns=${BENCH_WEB_CONNECTIONS:-4}
today=2026-03-01
tmp=$(mktemp -d)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "bench-web: wrk is missing (sh scripts/deps.sh wrk)"; exit 1; }
talus=$(realpath "$build/talus")
"$build/bench/talus-gen" --db "$tmp/bench.db" --scenario bench --today "$today" >/dev/null
export TALUS_DB="$tmp/bench.db" TALUS_TODAY="$today"
name=$("$talus" athlete list --json | sed -n 's/.*"name": "\([^"]*\)".*/\1/p' | head -1)
"$talus" serve --port 0 2>"$tmp/serve.log" &
pid=$!
port=
for _ in $(seq 100); do
	port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.log")
	[ -n "$port" ] && break
	sleep 0.05
done
url="http://127.0.0.1:$port"
enc=$(printf '%s' "$name" | sed 's/ /%20/g')
rss() { awk '/^VmRSS/ { print $2 }' "/proc/$pid/status"; }

# Warm-up: every worker opens its database and fills its cache.
wrk -t2 -c"$conns" -d2s "$url/api/a/$enc/today" >/dev/null
wrk -t2 -c"$conns" -d2s "$url/a/$enc/today" >/dev/null
rss0=$(rss)
total=0
run() { # run LABEL PATH
	wrk -t2 -c"$conns" -d"${secs}s" --latency "$url$2" >"$tmp/wrk"
	awk -v label="$1" '
		/Requests\/sec/ { rps = $2 }
		/^ +99%/ { p99 = $2 }
		/^ +50%/ { p50 = $2 }
		/requests in/ { n = $1 }
		/Non-2xx/ { bad = $NF }
		END { printf "%-34s %10.0f %9s %9s %9d%s\n", label, rps, p50, p99, n,
		      bad ? "  NON-2XX: " bad : "" }' "$tmp/wrk"
	total=$((total + $(awk '/requests in/ { print $1 }' "$tmp/wrk")))
}
echo "talus serve on a 10-year history (5,000 runs); wrk -t2 -c$conns, ${secs} s each, $(nproc) cores"
printf '%-34s %10s %9s %9s %9s\n' "URL" "req/s" "p50" "p99" "requests"
run "static file (reference)" /static/talus.css
run "API: /api/a/NAME/today" "/api/a/$enc/today"
run "Today page: /a/NAME/today" "/a/$enc/today"
rss1=$(rss)
echo "requests: $total; server RSS $rss0 kB after warm-up, $rss1 kB at the end"
awk -v a="$rss0" -v b="$rss1" 'BEGIN { printf "memory: %s (%+.1f%%)\n",
	(b - a) / a < 0.10 ? "flat" : "GREW", 100 * (b - a) / a }'
