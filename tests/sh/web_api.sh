#!/bin/bash
# web_api.sh - the API serves the bytes of the command line's --json,
# final newline included (the same render code), for every page that has
# data; its POSTs write as the commands do (a consultation as `ankle seen`,
# --red-flags none as `ankle log`), with their messages; the Today page's
# headline is `talus today`'s; an upload goes through the import pipeline;
# Ctrl-C (SIGINT) stops the server with exit 0.
set -u
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
export TALUS_DB="$tmp/t.db" TZ=UTC TALUS_TODAY=2026-03-01 HOME="$tmp/home"
unset TALUS_ATHLETE
fail=0
t() { "$bin" "$@"; }

t init --name "Ann Lee" >/dev/null
t init --name Ben --units mi >/dev/null
t shoe add "Pegasus <40>" --initial 470 >/dev/null
for d in 01 03 05 08 10 12 15 17 19 22 24 26; do t run add --date 2026-02-$d --distance 6 --pain-after 1 >/dev/null; done
t ankle log --date 2026-02-27 --side left --pain 3 --rolled --note 'a "quoted" <note>' >/dev/null
t program new --start 2026-02-16 >/dev/null
t plan build --target 30km --weeks 8 >/dev/null
t recover >/dev/null
TALUS_ATHLETE=Ben t run add --date 2026-02-28 --distance 3 >/dev/null
# Cy: a red flag (F3) on the right, another (F1) on the left.
t init --name Cy >/dev/null
for d in 10 13 16 19 22 24; do TALUS_ATHLETE=Cy t run add --date 2026-02-$d --distance 5 >/dev/null; done
TALUS_ATHLETE=Cy t ankle log --date 2026-02-25 --side right --pain 4 --bone-pain-worsening >/dev/null
TALUS_ATHLETE=Cy t ankle log --date 2026-02-27 --side left --pain 3 --numb >/dev/null

"$bin" serve --port 0 2>"$tmp/serve.log" &
pid=$!
for _ in $(seq 100); do
	port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.log")
	[ -n "$port" ] && break
	sleep 0.05
done
url="http://127.0.0.1:$port"

# same URL -- COMMAND...: the bytes of both, compared.
same() {
	local path=$1
	shift 2
	curl -s "$url$path" >"$tmp/web"
	"$bin" "$@" >"$tmp/cli"
	if cmp -s "$tmp/web" "$tmp/cli"; then
		echo "ok: GET $path = talus $*"
	else
		echo "FAIL: GET $path differs from talus $*"
		diff "$tmp/cli" "$tmp/web" | head -5
		fail=1
	fi
}
same /api/a/Ann%20Lee/today -- --athlete "Ann Lee" today --json
same /api/a/ann%20lee/today -- --athlete "Ann Lee" today --json
same /api/a/Ann%20Lee/log -- --athlete "Ann Lee" run list --json
same /api/a/Ann%20Lee/load -- --athlete "Ann Lee" load --json
same "/api/a/Ann%20Lee/load?weeks=52" -- --athlete "Ann Lee" load --weeks 52 --json
same /api/a/Ann%20Lee/ankles -- --athlete "Ann Lee" ankle list --json
same /api/a/Ann%20Lee/shoes -- --athlete "Ann Lee" shoe list --json
same /api/a/Ann%20Lee/programme -- --athlete "Ann Lee" program show --json
same /api/a/Ann%20Lee/plan -- --athlete "Ann Lee" plan show --json
same /api/a/Ann%20Lee/recovery -- --athlete "Ann Lee" recover --json
same /api/a/Ann%20Lee/insights -- --athlete "Ann Lee" insights --json
same /api/a/Ben/today -- --athlete Ben today --json
same /api/team -- team --json

# Every page answers 200 (and an unknown athlete 404).
for p in today log import load "load?view=12m" ankles "ankles?days=365" shoes programme plan \
	 recovery report insights; do
	c=$(curl -s -o /dev/null -w '%{http_code}' "$url/a/Ann%20Lee/$p")
	[ "$c" = 200 ] || { echo "FAIL: /a/Ann%20Lee/$p: $c"; fail=1; }
done
for p in / /team /evidence /static/talus.css /static/talus.js /static/report.css; do
	c=$(curl -s -L -o /dev/null -w '%{http_code}' "$url$p")
	[ "$c" = 200 ] || { echo "FAIL: $p: $c"; fail=1; }
done
c=$(curl -s -o /dev/null -w '%{http_code}' "$url/a/Nobody/today")
[ "$c" = 404 ] && echo "ok: every page answers; an unknown athlete is 404" ||
	{ echo "FAIL: unknown athlete: $c"; fail=1; }
curl -s "$url/evidence" | grep -q 'id="L1"' && echo "ok: /evidence#L1 exists" ||
	{ echo "FAIL: no L1 anchor"; fail=1; }

# The API's POST: the command line's messages, then a write.
token=$(curl -s -c "$tmp/jar" "$url/api/csrf" | sed -n 's/.*"csrf": "\([0-9a-f]*\)".*/\1/p')
post() { curl -s -b "$tmp/jar" -H "Origin: $url" -o "$tmp/body" -w '%{http_code}' "$@"; }
c=$(post --data "csrf=$token&date=2026-03-01&distance=900km" "$url/api/a/Ben/log/run")
cli_msg=$("$bin" --athlete Ben run add --date 2026-03-01 --distance 900km 2>&1 | sed 's/^talus: run add: //')
if [ "$c" = 422 ] && grep -qF "\"distance\": \"$cli_msg\"" "$tmp/body"; then
	echo "ok: the API's error is the command line's: $cli_msg"
else
	echo "FAIL: API error ($c): $(cat "$tmp/body") vs $cli_msg"; fail=1
fi
c=$(post --data "csrf=$token&date=2026-03-01&distance=4.2&rpe=5" "$url/api/a/Ben/log/run")
[ "$c" = 200 ] && t --athlete Ben run list | grep -q '4.2 mi' && echo "ok: the API's POST wrote the run" ||
	{ echo "FAIL: API POST: $c $(cat "$tmp/body")"; fail=1; }
same /api/a/Ben/today -- --athlete Ben today --json

# The Today page's headline is `talus today`'s (its first words after the
# date; an urgent one is a banner on both).
# headline NAME: the page's headline and the command's, compared.
headline() {
	local web cli
	web=$(curl -s "$url/a/${1// /%20}/today" | sed -n 's|.*<p class="verdict-word" id="headline"[^>]*>\(.*\)</p>|\1|p' |
		sed "s/&#39;/'/g; s/&quot;/\"/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g")
	cli=$("$bin" --athlete "$1" today | sed -n '3s/^  //p')
	if [ -n "$web" ] && [ "$web" = "$cli" ]; then
		echo "ok: the page's headline is talus today's: $web"
	else
		echo "FAIL: the headline of $1: page '$web', talus today '$cli'"; fail=1
	fi
}
headline "Ann Lee"
headline Ben

# A red flag that stands: the page says so first, with the day it was
# logged and how long ago, and links to the consultation form.
curl -s "$url/a/Cy/today" >"$tmp/page"
if grep -q 'data-verdict="urgent-care"' "$tmp/page" &&
   [ "$(grep -o '<section[^>]*>' "$tmp/page" | head -1)" = '<section class="urgent" id="urgent" role="alert" aria-labelledby="urgent-h">' ] &&
   grep -q 'data-side="left".*datetime="2026-02-27".*(<span class="ago">2 days ago</span>)' "$tmp/page" &&
   grep -q 'data-side="right".*datetime="2026-02-25".*(<span class="ago">4 days ago</span>)' "$tmp/page" &&
   grep -q 'href="/a/Cy/log#seen"' "$tmp/page"; then
	echo "ok: the urgent banner first, each red flag with its day and how long ago, a link to record a consultation"
else
	echo "FAIL: Cy's page with red flags"; fail=1
fi
curl -s "$url/a/Cy/log" >"$tmp/page"
grep -q 'id="ankle-standing-left".*datetime="2026-02-27"' "$tmp/page" &&
	grep -q 'id="ankle-standing-right".*datetime="2026-02-25"' "$tmp/page" &&
	grep -q '<form method="post" id="seen-form" action="/a/Cy/log/seen"' "$tmp/page" &&
	echo "ok: the ankle form asks the red-flag questions first, with the day each flag was logged" ||
	{ echo "FAIL: the log page of Cy"; fail=1; }
# cy_same: Cy's today, ankles and recovery, the API's and the command line's.
cy_same() {
	same /api/a/Cy/today -- --athlete Cy today --json
	same /api/a/Cy/ankles -- --athlete Cy ankle list --json
	same /api/a/Cy/recovery -- --athlete Cy recover --json
}
cy_same

# A consultation through the API: the command line's messages, nothing
# written on error; then the same bytes as the command line after it.
dump0=$(t --athlete Cy ankle list --json)
# seen FIELDS -- ARGS: the API's 422 and its error on FIELD is the command's.
seen_bad() {
	local data=$1 field=$2 msg c
	shift 3
	c=$(post --data "csrf=$token&$data" "$url/api/a/Cy/log/seen")
	msg=$("$bin" --athlete Cy ankle seen "$@" 2>&1 | sed 's/^talus: ankle seen: //')
	if [ "$c" = 422 ] && grep -qF "\"$field\": \"$msg\"" "$tmp/body"; then
		echo "ok: seen's $field: $msg"
	else
		echo "FAIL: seen ($c) $(cat "$tmp/body") vs $msg"; fail=1
	fi
}
seen_bad "side=left" date -- --side left
seen_bad "date=2026-02-28" side -- --date 2026-02-28
seen_bad "date=2026-02-30&side=left" date -- --date 2026-02-30 --side left
seen_bad "date=2026-03-05&side=left" date -- --date 2026-03-05 --side left
seen_bad "date=2026-02-28&side=up" side -- --date 2026-02-28 --side up
seen_bad "date=2026-02-28&side=left&by=nurse" by -- --date 2026-02-28 --side left --by nurse
[ "$(t --athlete Cy ankle list --json)" = "$dump0" ] && echo "ok: nothing written on error" ||
	{ echo "FAIL: a refused consultation was written"; fail=1; }
c=$(post --data "csrf=$token&date=2026-02-28&side=right&by=physio&note=seen+%3Cb%3Ehere%3C%2Fb%3E" \
	"$url/api/a/Cy/log/seen")
grep -q '"ok": true' "$tmp/body" && grep -q '"id": [0-9]' "$tmp/body" && [ "$c" = 200 ] &&
	t --athlete Cy ankle list | grep -q '2026-02-28  right  physio  seen <b>here</b>' &&
	echo "ok: the API's POST recorded the consultation" ||
	{ echo "FAIL: seen: $c $(cat "$tmp/body")"; fail=1; }
cy_same
t --athlete Cy today --json | grep -q '"logged": "2026-02-25"' &&
	{ echo "FAIL: the right ankle's flag still stands"; fail=1; }
curl -s "$url/a/Cy/report" >"$tmp/page"
grep -q '<tr><td>2026-02-28</td><td>right</td><td>physio</td><td>seen &lt;b&gt;here&lt;/b&gt;</td></tr>' "$tmp/page" &&
	grep -q 'Standing today: <strong>left ankle, logged 2026-02-27</strong>' "$tmp/page" &&
	! grep -q 'does not record consultations' "$tmp/page" &&
	echo "ok: the report lists the consultation and the flag still standing" ||
	{ echo "FAIL: the report's consultations"; fail=1; }
curl -s "$url/a/Cy/ankles" | grep -q '<td>right</td><td>physio</td><td class="note">seen &lt;b&gt;here&lt;/b&gt;' &&
	echo "ok: the ankles page lists the consultation" || { echo "FAIL: the ankles page's consultations"; fail=1; }

# --red-flags none through the API: refused beside a flag with the command
# line's words; alone on a later day, it resolves the left flag as
# `ankle log` does.
dump1=$(t --athlete Cy ankle list --json)
c=$(post --data "csrf=$token&date=2026-03-01&side=left&crack=1&red-flags=none" "$url/api/a/Cy/log/ankle")
msg=$("$bin" --athlete Cy ankle log --date 2026-03-01 --side left --crack --red-flags none 2>&1 |
	sed 's/^talus: ankle log: //')
[ "$c" = 422 ] && grep -qF "\"red-flags\": \"$msg\"" "$tmp/body" &&
	[ "$(t --athlete Cy ankle list --json)" = "$dump1" ] &&
	echo "ok: --red-flags none beside a red flag: $msg" ||
	{ echo "FAIL: red-flags none with a flag: $c $(cat "$tmp/body")"; fail=1; }
c=$(post --data "csrf=$token&date=2026-03-01&side=left&pain=2&red-flags=none" "$url/api/a/Cy/log/ankle")
[ "$c" = 200 ] && t --athlete Cy ankle list --json | grep -q '"red_flags_none": true' &&
	t --athlete Cy today --json | grep -q '"red_flags": \[\]' &&
	echo "ok: --red-flags none through the API resolves the flag" ||
	{ echo "FAIL: red-flags none: $c $(cat "$tmp/body")"; fail=1; }
cy_same
headline Cy

# An upload through the import pipeline (streamed to a temporary file).
gpx="$root/tests/data/gpx10_loop.gpx"
c=$(curl -s -b "$tmp/jar" -H "Origin: $url" -o "$tmp/body" -w '%{http_code}' \
	-F "csrf=$token" -F "files=@$gpx" "$url/a/Ben/import")
if [ "$c" = 200 ] && grep -q 'id="import-files"' "$tmp/body" && grep -q 'gpx10_loop.gpx' "$tmp/body"; then
	echo "ok: an upload is imported, with its per-file report"
else
	echo "FAIL: upload: $c"; grep -o 'class="error"[^<]*' "$tmp/body"; fail=1
fi
c=$(curl -s -b "$tmp/jar" -H "Origin: $url" -o "$tmp/body" -w '%{http_code}' \
	-F "csrf=$token" -F "files=@$gpx" "$url/api/a/Ben/import")
grep -q '"status": "duplicate"\|"status": "skipped"' "$tmp/body" &&
	echo "ok: the same file again is not imported twice" ||
	{ echo "FAIL: second upload: $c $(head -c 300 "$tmp/body")"; fail=1; }
ls /tmp | grep -q "^talus-upload-" && ls -d /tmp/talus-upload-* 2>/dev/null | while read -r d; do
	[ "$(stat -c %Y "$d")" -lt $(($(date +%s) - 60)) ] || { echo "FAIL: $d left behind"; }; done

kill -INT "$pid"
wait "$pid"
rc=$?
pid=
grep -q 'stopping' "$tmp/serve.log" && [ $rc = 0 ] && echo "ok: Ctrl-C stops it cleanly (exit 0)" ||
	{ echo "FAIL: exit $rc on SIGINT"; fail=1; }
grep -qE '^GET /api/team 200 [0-9.]+ms$' "$tmp/serve.log" && echo "ok: one log line per request" ||
	{ echo "FAIL: the request log"; fail=1; }
[ $fail = 0 ] && echo "web_api: the API is the command line's JSON"
exit $fail
