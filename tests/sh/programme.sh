#!/bin/bash
# programme.sh - an 8-week run-through of the programme, the plan and a
# recovery through the real commands, one day at a time, as a runner who
# does what `talus today --json` says:
#
#   - logs every exercise of the programme session due (rated ok), and
#     watches the levels go up two sessions at a time;
#   - runs the plan's run of the day;
#   - in week 3 logs a flare-up (pain 5, moderate swelling): today turns
#     into protect days (A1, rest), the plan pauses, the programme's
#     progression pauses (sessions still logged count for adherence, not
#     for levels), and a recovery plan starts;
#   - does the walk-run sessions it asks for, logging the next morning,
#     until the return is complete, after which levels move again;
#   - records the re-tests of weeks 4 and 8, and sees the change.
#
# Each check prints ok or FAIL; the script fails if any does.
set -u
bin=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TALUS_DB="$tmp/t.db" TZ=UTC
unset TALUS_ATHLETE TALUS_ASSUME_TTY
fail=0

t() { TALUS_TODAY=$day "$bin" "$@"; }
check() { # check DESCRIPTION CONDITION...
	local what=$1
	shift
	if "$@"; then
		echo "ok: $what"
	else
		echo "FAIL: $what ($day)"
		fail=1
	fi
}
next_day() { date -u -d "$1 +1 day" +%F; }

# The level of an exercise on a side, from talus program status --json.
level() {
	t program status --json | awk -v id="\"$1\"," -v side="\"$2\":" '
		$1 == "\"id\":" && $2 == id { on = 1 }
		on && $1 == side { sub(",", "", $2); print $2; exit }'
}
# Every level, both sides, of every programme exercise.
all_levels() {
	t program status --json | awk '/"level": \{/ { l = 1; next }
		l && ($1 == "\"left\":" || $1 == "\"right\":") { sub(",", "", $2); printf "%s ", $2 }
		l && /\}/ { l = 0 }'
}
# How many days an exercise was logged (program status --json "done").
done_count() {
	t program status --json | awk -v id="\"$1\"," '
		$1 == "\"id\":" && $2 == id { on = 1 }
		on && $1 == "\"done\":" { print $2; exit }'
}
status_field() { t program status --json | awk -v k="\"$1\":" '$1 == k { sub(",", "", $2); print $2; exit }'; }
# The distinct exercises of the programme session due in today's JSON.
session_ids() {
	awk '/^  "programme": /{ p = 1 } p && /"session": \{/{ s = 1 }
	     s && /"warmup"/{ exit } s && $1 == "\"id\":" { gsub(/[",]/, "", $2); print $2 }' "$1" | sort -u
}
plan_run_m() {
	awk '/^  "plan": /{ p = 1 } /^  "programme"/{ exit }
	     p && /"distance_m"/{ sub(",", "", $2); print $2; exit }' "$1"
}
recovery_action() {
	awk '/^  "recovery": \{/{ p = 1 } p && /"action"/{ gsub(/[",]/, "", $2); print $2; exit }' "$1"
}
json_num() { awk -v k="\"$2\":" '$1 == k { sub(",", "", $2); print $2; exit }' "$1"; }

# ---- six weeks of running before, an assessment, a programme, a plan ----------
day=2026-03-01
"$bin" init --name Ann --sex female --birth-year 1990 >/dev/null
t shoe add Pegasus --initial 100 --support neutral >/dev/null
t shoe default Pegasus >/dev/null
d=2026-01-19
while [[ $d < 2026-03-01 ]]; do
	case $(date -u -d "$d" +%u) in
	1 | 3) t run add --date "$d" --distance 6 >/dev/null ;;
	6) t run add --date "$d" --distance 9 >/dev/null ;;
	esac
	d=$(next_day "$d")
done
t assess --no-input --sprain left:2025-10:no-rehab --cait-left 22 --cait-right 29 \
	--heel-raises-left 17 --heel-raises-right 29 --knee-to-wall-left 8 --knee-to-wall-right 10.5 \
	--stance-left 9 --stance-right 26 >/dev/null
t program new --start 2026-03-02 >/dev/null
t plan build --target 30 --weeks 8 >/dev/null
check "the plan starts from the runner's 3 runs a week" \
	grep -q '"runs_per_week": 3' <(t plan show --json)

flare=2026-03-18
flare_levels=""
sessions=0
walk_runs=0
completed=""
retest4=""
retest8=""
last_session=""
day=2026-03-02
while [[ $day < 2026-04-27 ]]; do
	t today --json >"$tmp/today.json"
	action=$(recovery_action "$tmp/today.json")

	# The morning after a walk-run session: how the ankle feels (R2).
	if [ -n "$last_session" ] && [ "$(next_day "$last_session")" = "$day" ]; then
		t ankle log --date "$day" --side left --pain 0 --morning-pain 0 >/dev/null
		t today --json >"$tmp/today.json"
		action=$(recovery_action "$tmp/today.json")
	fi

	if [ "$day" = "$flare" ]; then
		flare_levels=$(all_levels)
		t ankle log --date "$day" --side left --pain 5 --swelling moderate >/dev/null
		t today --json >"$tmp/today.json"
		action=$(recovery_action "$tmp/today.json")
		check "a flare-up makes the day a protect day (A1, rest)" \
			grep -q '"rule": "A1"' "$tmp/today.json"
		check "... and the verdict rest" grep -q '"verdict": "rest"' "$tmp/today.json"
		check "the programme's progression pauses" grep -q '"paused": true' "$tmp/today.json"
		check "the plan pauses" grep -q '"state": "paused"' "$tmp/today.json"
		check "the recovery plan is in force" grep -q '"active": true' <(t recover --json)
		check "no plan run is planned during it" test -z "$(plan_run_m "$tmp/today.json")"
	fi

	# The programme session due, every exercise of it, done as prescribed.
	ids=$(session_ids "$tmp/today.json")
	if [ -n "$ids" ] && [ "$action" != protect ]; then
		for id in $ids; do
			t program log --date "$day" --exercise "$id" --rating ok >/dev/null ||
				{ echo "FAIL: program log $id on $day"; fail=1; }
		done
		sessions=$((sessions + 1))
	fi

	# Running: the walk-run session of the recovery plan or its re-entry
	# run, or the plan's run.
	if [ "$action" = session ] || [ "$action" = re-entry ]; then
		m=$(json_num "$tmp/today.json" max_distance_m)
		t run add --date "$day" --distance "$(printf '%.0fm' "$m")" --pain-during 1 \
			--pain-after 1 >/dev/null
		[ "$action" = session ] && walk_runs=$((walk_runs + 1))
		last_session=$day
	elif [ -z "$action" ]; then
		m=$(plan_run_m "$tmp/today.json")
		[ -n "$m" ] && t run add --date "$day" --distance "${m}m" --pain-after 0 >/dev/null
	fi

	# Week 4 (after 2026-03-27) and week 8 (after 2026-04-24) re-tests.
	if grep -q '"retest_due": 4' "$tmp/today.json" && [ -z "$retest4" ]; then
		retest4=$day
		t assess --no-input --cait-left 24 --cait-right 29 --heel-raises-left 21 \
			--heel-raises-right 29 --knee-to-wall-left 9 --knee-to-wall-right 10.5 \
			--stance-left 14 --stance-right 27 >/dev/null
		check "after the week-4 re-test, the change in each test is shown" \
			grep -q 'T3 heel raises *left 17 -> 21 (+4)' <(t program status)
	fi
	if grep -q '"retest_due": 8' "$tmp/today.json" && [ -z "$retest8" ]; then
		retest8=$day
		t assess --no-input --cait-left 27 --cait-right 29 --heel-raises-left 26 \
			--heel-raises-right 30 --knee-to-wall-left 10.5 --knee-to-wall-right 10.5 \
			--stance-left 22 --stance-right 27 >/dev/null
	fi

	# The walk-run return is complete: the re-entry follows.
	if [ -n "$walk_runs" ] && [ "$walk_runs" -gt 0 ] && [ -z "$completed" ] &&
		grep -q '"stage": "re-entry"' <(t recover --json); then
		completed=$day
		check "no level moved during the flare-up ($flare_levels)" \
			test "$(all_levels)" = "$flare_levels"
		check "... though hops and skips were logged in it (weeks 5-6)" \
			test "$(done_count hop-drills)" -gt 0 -a "$(level hop-drills left)" = 1
		check "the plan stays paused through the re-entry" \
			grep -q '"state": "paused"' <(t plan show --json)
	fi

	# Days of the first two weeks: levels go up two sessions at a time.
	case $day in
	2026-03-04) check "calf raises move up after two sessions" test "$(level calf-raise left)" = 2 ;;
	2026-03-03) check "... and not after one" test "$(level calf-raise left)" = 1 ;;
	2026-03-16) check "the top calf-raise level after six sessions" test "$(level calf-raise left)" = 3 ;;
	2026-03-30) check "hopping drills come in week 5" grep -q '"hop-drills"\|"skip-drills"' <(t program show --week 5 --json) ;;
	esac
	day=$(next_day "$day")
done
day=2026-04-26

check "the walk-run return was complete, the re-entry began ($completed, $walk_runs sessions)" \
	test -n "$completed" -a "$walk_runs" -ge 12
check "sessions were logged during the flare-up, and counted for adherence" \
	test "$(status_field sessions_done)" = "$sessions"
check "all 24 sessions were due" test "$(status_field sessions_due)" = 24
check "the protect days' sessions were skipped" test "$sessions" -lt 24
check "levels move again after the return (hopping drills, left: $(level hop-drills left))" \
	test "$(level hop-drills left)" -ge 2
check "the re-tests of weeks 4 and 8 were asked for ($retest4, $retest8)" \
	test -n "$retest4" -a -n "$retest8"
check "the week-8 re-test shows T2 beyond its MDC" \
	grep -q 'T2 knee-to-wall *left 8.0 -> 10.5 cm (+2.5, more than the 1.9 cm MDC)' <(t program status)
check "history holds the three assessments" \
	test "$(t assess history --json | grep -c '"id"')" = 3

# A failing command changes nothing: the same sqlite3 .dump before and
# after (parse errors, unknown names, and a file that cannot be written
# after the plan or programme was stored).
unchanged() {
	local before after rc
	before=$(sqlite3 "$TALUS_DB" .dump)
	t "$@" >/dev/null 2>&1 </dev/null
	rc=$?
	after=$(sqlite3 "$TALUS_DB" .dump)
	check "talus $* fails (exit $rc) and changes nothing" \
		test $rc -ne 0 -a "$before" = "$after"
}
unchanged assess
unchanged assess --no-input --cait-left 31
unchanged assess --no-input --sprain left:2027-01
unchanged program new --days mon,tue
unchanged program new --ics /nonexistent/dir/p.ics
unchanged program log --date 2026-04-26 --exercise nope
unchanged program log --date 2026-04-26 --exercise calf-raise --hold 30
unchanged plan build --target 0 --weeks 8
unchanged plan build --target 35 --weeks 8 --ics /nonexistent/dir/p.ics
unchanged recover --date 2026-02-20 --protect-days 2
unchanged recover end --date 2026-02-20
[ $fail -eq 0 ] && echo "the 8-week run-through went as the programme says"
exit $fail
