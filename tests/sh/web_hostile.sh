#!/bin/bash
# web_hostile.sh - hostile requests to `talus serve`, each refused or
# escaped, and the database unchanged (`sqlite3 .dump` before and after)
# wherever a request was refused: an oversized body, a bad Host (DNS
# rebinding), a missing or stale CSRF token, a foreign Origin, XSS in a
# note, path traversal, a slow client, and a non-loopback bind without
# the login cookie (bound to 0.0.0.0, but every request goes to
# 127.0.0.1: no test sends traffic off loopback).
set -u
bin=$(realpath "$1")
tmp=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
	rm -rf "$tmp"
}
trap cleanup EXIT
export TALUS_DB="$tmp/t.db" TZ=UTC TALUS_TODAY=2026-03-01 HOME="$tmp/home"
export XDG_CONFIG_HOME="$tmp/config" TALUS_SERVE_IDLE=2
unset TALUS_ATHLETE
fail=0
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }

"$bin" init --name Ann >/dev/null
"$bin" run add --date 2026-02-27 --distance 8 >/dev/null

# serve LOG [OPTIONS]: starts a server on a free port; sets $port.
serve() {
	local log=$1
	shift
	"$bin" serve --port 0 "$@" 2>"$log" &
	pids+=($!)
	for _ in $(seq 100); do
		port=$(sed -n 's|.*http://[^ ]*:\([0-9][0-9]*\)/.*|\1|p' "$log" | head -1)
		[ -n "$port" ] && return 0
		sleep 0.05
	done
	echo "FAIL: the server did not start:"; cat "$log"; exit 1
}
serve "$tmp/serve.log"
url="http://127.0.0.1:$port"
jar="$tmp/jar"
token=$(curl -s -c "$jar" "$url/api/csrf" | sed -n 's/.*"csrf": "\([0-9a-f]*\)".*/\1/p')
[ ${#token} = 32 ] || bad "no CSRF token from /api/csrf"
code() { curl -s -o "$tmp/body" -w '%{http_code}' "$@"; }
dump() { sqlite3 "$TALUS_DB" .dump; }

# refused WHAT STATUS CURL-ARGS...: the status, and the database as it was.
refused() {
	local what=$1 want=$2 before after got
	shift 2
	before=$(dump)
	got=$(code "$@")
	after=$(dump)
	if [ "$got" != "$want" ]; then
		bad "$what: expected $want, got $got"
	elif [ "$before" != "$after" ]; then
		bad "$what: the database changed"
	else
		ok "$what ($got, database unchanged)"
	fi
}
form="csrf=$token&date=2026-02-28&distance=5km"

refused "a form of 70 KiB" 413 -b "$jar" -H "Origin: $url" \
	--data "$form&note=$(head -c 71680 /dev/zero | tr '\0' a)" "$url/a/Ann/log/run"
refused "a declared body of 100 MB" 413 -b "$jar" -H "Origin: $url" \
	-H "Content-Length: 104857600" -H "Expect:" --data "$form" "$url/a/Ann/log/run"
refused "an upload over its limit" 413 -b "$jar" -H "Origin: $url" \
	-H "Content-Type: multipart/form-data; boundary=x" -H "Content-Length: 600000000" \
	-H "Expect:" --data "x" "$url/a/Ann/import"
refused "a foreign Host" 421 -H "Host: evil.example:$port" "$url/a/Ann/today"
refused "a rebinding name" 421 -H "Host: localhost.evil.example:$port" "$url/api/a/Ann/today"
refused "another port in Host" 421 -H "Host: 127.0.0.1:1" "$url/"
refused "no Host" 421 -H "Host:" "$url/"
refused "a POST without a CSRF token" 403 -b "$jar" -H "Origin: $url" \
	--data "date=2026-02-28&distance=5km" "$url/a/Ann/log/run"
refused "a POST with another session's token" 403 -H "Origin: $url" \
	-b "talus_sid=0123456789abcdef0123456789abcdef" --data "$form" "$url/a/Ann/log/run"
refused "a POST without the session cookie" 403 -H "Origin: $url" --data "$form" \
	"$url/a/Ann/log/run"
refused "a foreign Origin" 403 -b "$jar" -H "Origin: http://evil.example" --data "$form" \
	"$url/a/Ann/log/run"
refused "a POST with no Origin or Referer" 403 -b "$jar" --data "$form" "$url/a/Ann/log/run"
refused "a cross-site Referer" 403 -b "$jar" -H "Referer: http://evil.example/x" \
	--data "$form" "$url/a/Ann/log/run"
refused "a PUT" 405 -X PUT -b "$jar" -H "Origin: $url" --data "$form" "$url/a/Ann/log/run"
refused "a form sent as JSON" 415 -b "$jar" -H "Origin: $url" \
	-H "Content-Type: application/json" --data '{}' "$url/a/Ann/log/run"
refused "a bad value" 422 -b "$jar" -H "Origin: $url" \
	--data "csrf=$token&date=2026-02-28&distance=5km&rpe=11" "$url/a/Ann/log/run"
grep -q "invalid --rpe &#39;11&#39;: must be from 0 to 10" "$tmp/body" &&
	grep -q 'value="2026-02-28"' "$tmp/body" && ok "the error beside its field, the values kept" ||
	bad "the form's error or values are missing"

# The consultation form (`ankle seen`): the same guards as the others.
seen="csrf=$token&date=2026-02-28&side=left"
refused "a consultation without a CSRF token" 403 -b "$jar" -H "Origin: $url" \
	--data "date=2026-02-28&side=left" "$url/a/Ann/log/seen"
refused "a consultation from a foreign Origin" 403 -b "$jar" -H "Origin: http://evil.example" \
	--data "$seen" "$url/a/Ann/log/seen"
refused "a consultation with another session's token" 403 -H "Origin: $url" \
	-b "talus_sid=0123456789abcdef0123456789abcdef" --data "$seen" "$url/api/a/Ann/log/seen"
refused "a consultation by GET" 200 -b "$jar" "$url/a/Ann/log/seen?$seen"
refused "a consultation with a bad side" 422 -b "$jar" -H "Origin: $url" \
	--data "csrf=$token&date=2026-02-28&side=both%3Cscript%3E" "$url/a/Ann/log/seen"
grep -q 'id="seen-side-error"' "$tmp/body" && ! grep -q 'both<script>' "$tmp/body" &&
	ok "the consultation's error beside its field, escaped" || bad "the consultation's error"
refused "a consultation without a date" 422 -b "$jar" -H "Origin: $url" \
	--data "csrf=$token&side=left&note=x" "$url/api/a/Ann/log/seen"
refused "a consultation in the future" 422 -b "$jar" -H "Origin: $url" \
	--data "csrf=$token&date=2026-03-09&side=left" "$url/a/Ann/log/seen"
refused "a consultation's note of 4001 bytes" 422 -b "$jar" -H "Origin: $url" \
	--data "$seen&note=$(head -c 4001 /dev/zero | tr '\0' a)" "$url/api/a/Ann/log/seen"
refused "--red-flags none beside a red flag" 422 -b "$jar" -H "Origin: $url" \
	--data "csrf=$token&date=2026-02-28&side=left&numb=1&red-flags=none" "$url/a/Ann/log/ankle"
grep -q 'id="ankle-red-flags-error"' "$tmp/body" && ok "the contradiction beside its box" ||
	bad "the contradiction's error is not beside its box"
refused "--red-flags maybe" 422 -b "$jar" -H "Origin: $url" \
	--data "csrf=$token&date=2026-02-28&side=left&red-flags=maybe" "$url/api/a/Ann/log/ankle"

for path in "/static/../../../../etc/passwd" "/static/..%2f..%2f..%2fetc%2fpasswd" \
	    "/static/%2e%2e/%2e%2e/etc/passwd" "/a/..%2f..%2fetc/today" "/../../etc/passwd" \
	    "/static/talus.css/../../../etc/passwd"; do
	got=$(curl -s --path-as-is -o "$tmp/body" -w '%{http_code}' "$url$path")
	if grep -q 'root:' "$tmp/body" || [ "$got" = 200 ]; then
		bad "path traversal $path: $got"
	else
		ok "path traversal $path ($got)"
	fi
done

# XSS: a note with markup, quotes and control characters, escaped on
# every page that shows it.
note=$'<script>alert(1)</script>"\' onmouseover=x \x01\x1b[31m'
got=$(code -b "$jar" -H "Origin: $url" --data-urlencode "csrf=$token" \
	--data "date=2026-02-28&side=left&pain=2" --data-urlencode "note=$note" "$url/a/Ann/log/ankle")
[ "$got" = 303 ] && ok "an ankle log with markup in its note (303)" || bad "logging the note: $got"
got=$(code -b "$jar" -H "Origin: $url" --data-urlencode "csrf=$token" \
	--data "date=2026-02-28&side=both" --data-urlencode "note=$note" "$url/a/Ann/log/seen")
[ "$got" = 303 ] && ok "a consultation with markup in its note (303)" || bad "the consultation: $got"
for page in ankles report; do
	curl -s "$url/a/Ann/$page" >"$tmp/page"
	[ "$(grep -c '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; onmouseover' "$tmp/page")" -ge 2 ] ||
		bad "$page: the log's note and the consultation's are not both there, escaped"
	if grep -q '<script>alert' "$tmp/page" || grep -q $'\x01' "$tmp/page" ||
	   grep -q $'\x1b' "$tmp/page" || grep -q '" onmouseover' "$tmp/page"; then
		bad "$page: the note is not escaped"
	elif grep -q '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; onmouseover' "$tmp/page"; then
		ok "$page: the note is escaped"
	else
		bad "$page: the note is missing"
	fi
done

# Every page carries the headers.
curl -s -D "$tmp/h" -o /dev/null "$url/a/Ann/today"
grep -qi "^Content-Security-Policy: default-src 'self'; frame-ancestors 'none'" "$tmp/h" &&
	grep -qi '^X-Content-Type-Options: nosniff' "$tmp/h" && ok "CSP and nosniff headers" ||
	bad "security headers missing"

# A slow client: it holds its connection open, others are served, and it
# is dropped once idle (TALUS_SERVE_IDLE=2 here; 30 s by default).
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /a/Ann/today HTTP/1.1\r\nHost: 127.0.0.1:%s\r\n' "$port" >&3
t0=$(date +%s%N)
got=$(code "$url/api/a/Ann/today")
t1=$(date +%s%N)
[ "$got" = 200 ] && [ $(((t1 - t0) / 1000000)) -lt 1000 ] &&
	ok "served beside a slow client ($(((t1 - t0) / 1000000)) ms)" || bad "a slow client blocks others"
if timeout 6 cat <&3 >/dev/null; then
	ok "the slow client was dropped when idle"
else
	bad "the slow client was not dropped"
fi
exec 3<&-

# A non-loopback bind: a token kept private, 401 without the cookie.
serve "$tmp/wide.log" --bind 0.0.0.0
wide="http://127.0.0.1:$port"
login=$(sed -n 's|.*/login?token=\([0-9a-f]*\).*|\1|p' "$tmp/wide.log")
[ ${#login} = 32 ] && ok "a login link printed" || bad "no login link: $(cat "$tmp/wide.log")"
[ "$(stat -c %a "$XDG_CONFIG_HOME/talus/token")" = 600 ] &&
	[ "$(stat -c %a "$XDG_CONFIG_HOME/talus")" = 700 ] && ok "the token is kept 0600 in a 0700 folder" ||
	bad "the token's modes"
for path in / /a/Ann/today /api/a/Ann/today /static/talus.css /evidence; do
	refused "no login cookie: $path" 401 "$wide$path"
done
refused "a wrong login token" 401 "$wide/login?token=00000000000000000000000000000000"
refused "a wrong login cookie" 401 -b "talus_auth=00000000000000000000000000000000" "$wide/"
got=$(curl -s -c "$tmp/wjar" -o /dev/null -w '%{http_code}' "$wide/login?token=$login")
[ "$got" = 303 ] && grep -q talus_auth "$tmp/wjar" && ok "the login link sets the cookie" ||
	bad "login: $got"
got=$(code -b "$tmp/wjar" "$wide/api/a/Ann/today")
[ "$got" = 200 ] && ok "with the cookie: 200" || bad "with the cookie: $got"

# A token that cannot be kept: talus refuses to start (exit 2) and says why.
touch "$tmp/file"
XDG_CONFIG_HOME="$tmp/file" timeout 5 "$bin" serve --bind 0.0.0.0 --port 0 2>"$tmp/refuse.log"
rc=$?
[ $rc = 2 ] && grep -q 'login token' "$tmp/refuse.log" && ok "no token, no start (exit 2)" ||
	bad "started without a token (exit $rc): $(cat "$tmp/refuse.log")"

[ $fail = 0 ] && echo "web_hostile: every hostile request refused or escaped"
exit $fail
