#!/bin/bash
# story.sh - the day-by-day story of a rolled ankle through the real
# commands, as a runner would live it: four weeks of running; the roll; the
# protect days; the walk-run phases with a bad morning that steps the return
# back; the re-entry; and back to a full week. Each day, `talus today` and
# `talus recover` are asked, and the verdict and session of the day are
# checked against what docs/RULES.md says, and against each other.
#
# usage: story.sh TALUS_BINARY
set -u
bin=$(realpath "$1")
tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
export TALUS_DB="$tmp/t.db" TZ=UTC TALUS_TODAY=2026-11-10
unset TALUS_ATHLETE TALUS_ASSUME_TTY
fail=0
t() { "$bin" "$@"; }
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }
next_day() { date -u -d "$1 + 1 day" +%F; }

# A value of the pretty JSON: key at an indentation of $2 spaces.
val() {
	awk -v k="\"$1\":" -v ind="$2" '
		{ i = match($0, /[^ ]/) - 1 }
		i == ind && $1 == k { v = $2; sub(/,$/, "", v); gsub(/"/, "", v); print v; exit }' "$3"
}

t init --name Ann >/dev/null
t shoe add Pegasus >/dev/null
# Four weeks of 8, 10, 8 and 13 km: 39 km a week.
d=2026-10-13
for i in $(seq 0 27); do
	case $((i % 7)) in 0) km=8 ;; 2) km=10 ;; 4) km=8 ;; 6) km=13 ;; *) km= ;; esac
	[ -n "$km" ] && t run add --date "$d" --distance "${km}km" --duration $((km * 6)):00 >/dev/null
	d=$(next_day "$d")
done
# d is now 2026-11-10: the roll, on a run.
roll=$d
t run add --date "$roll" --distance 6km --pain-during 6 --pain-after 7 >/dev/null
t ankle log --date "$roll" --side left --rolled --swelling moderate --weight-bearing painful \
	--pain 6 >/dev/null

day=$roll
n=0 stage_prev= flare_done= phase_max=0 back=
declare -A stages
while [ "$day" != 2027-03-01 ] && [ $n -lt 120 ]; do
	export TALUS_TODAY=$day
	t today --json >"$tmp/t.json"
	t recover --json >"$tmp/r.json"
	verdict=$(val verdict 2 "$tmp/t.json")
	maxm=$(val max_distance_m 2 "$tmp/t.json")
	kind=$(val kind 4 "$tmp/t.json")
	stage=$(val stage 4 "$tmp/t.json")
	action=$(val action 4 "$tmp/t.json")
	phase=$(val phase 4 "$tmp/t.json")
	[ "$(val verdict 2 "$tmp/r.json")" = "$verdict" ] ||
		bad "$day: recover says $(val verdict 2 "$tmp/r.json"), today $verdict"
	[ "$(val stage 2 "$tmp/r.json")" = "${stage:-null}" ] ||
		bad "$day: recover's stage $(val stage 2 "$tmp/r.json"), today's ${stage:-none}"
	[ -n "$stage" ] && stages[$stage]=1
	if [ -n "$stage" ] && grep -q '"R1"' "$tmp/t.json" && grep -q 'during or after the last run' "$tmp/t.json"; then
		bad "$day: R1 on a run of the episode in today's reasons"
	fi

	case "$day" in
	"$roll")
		[ "$verdict" = rest ] && [ "$stage" = protect ] && grep -q '"rule": "A1"' "$tmp/t.json" &&
			ok "the day of the roll: rest, an acute event (A1), protect day 1" ||
			bad "the day of the roll: $verdict $stage"
		grep -q '"sessions": \[\]' "$tmp/r.json" &&
			ok "the run of the roll is not a walk-run session" ||
			bad "the run of the roll is listed as a session" ;;
	esac
	case "$stage" in
	protect) [ "$verdict" = rest ] && [ "$kind" = rest ] || bad "$day: protect but $verdict $kind" ;;
	walk-run)
		if [ "$action" = session ]; then
			[ "$verdict" = easy ] && { [ "$kind" = walk-run ] || [ "$kind" = run ]; } ||
				bad "$day: a walk-run session but $verdict $kind"
		else
			[ "$verdict" = rest ] || bad "$day: $action in the walk-run return but $verdict"
		fi ;;
	re-entry)
		if [ "$action" = re-entry ]; then
			[ "$verdict" = easy ] && [ "$kind" = run ] || bad "$day: re-entry but $verdict $kind"
			cap=$(val cap_m 6 "$tmp/t.json")
			awk -v m="$maxm" -v c="$cap" 'BEGIN { exit !(m <= c + 0.5) }' ||
				bad "$day: the cap $maxm is above the re-entry's $cap"
		else
			[ "$verdict" = rest ] || bad "$day: $action in the re-entry but $verdict"
		fi ;;
	esac
	[ -n "$phase" ] && [ "$stage" = walk-run ] && [ "$phase" -gt "$phase_max" ] && phase_max=$phase
	if [ "$stage" = walk-run ] && [ -n "$flare_done" ] && [ -z "$back" ] &&
		[ "$phase" -lt "$flare_done" ]; then
		back=$day
		ok "the bad morning stepped the return back, phase $flare_done -> $phase ($day)"
	fi
	if [ -n "$stage_prev" ] && [ -z "$stage" ]; then
		ended=$day
		[ "$verdict" = run ] && ok "the episode ended on $day: back to run" ||
			bad "the episode ended on $day but today is $verdict"
		break
	fi

	# The runner logs the ankle through the protect days: it settles.
	case $n in
	1) t ankle log --date "$day" --side left --pain 4 --swelling mild >/dev/null ;;
	2) t ankle log --date "$day" --side left --pain 2 --swelling mild --weight-bearing ok >/dev/null ;;
	esac
	# The runner does what the day says, with little pain.
	if [ "$verdict" = easy ] || [ "$verdict" = run ]; then
		m=$(printf '%.0f' "$maxm")
		t run add --date "$day" --distance "${m}m" --pain-during 1 --pain-after 1 >/dev/null
		next=$(next_day "$day")
		# The morning after the first phase-3 session is worse: R2.
		if [ "$stage" = walk-run ] && [ "$phase" = 3 ] && [ -z "$flare_done" ]; then
			flare_done=3
			t ankle log --date "$next" --side left --morning-pain 3 --stiffness 3 >/dev/null
		else
			t ankle log --date "$next" --side left --morning-pain 1 --stiffness 1 >/dev/null
		fi
	fi
	stage_prev=$stage
	day=$(next_day "$day")
	n=$((n + 1))
done

for s in protect walk-run re-entry; do
	[ -n "${stages[$s]:-}" ] && ok "the story went through $s" || bad "no $s stage"
done
[ "$phase_max" = 6 ] && ok "all six walk-run phases" || bad "the walk-run return reached phase $phase_max"
[ -n "$back" ] || bad "the bad morning did not step the return back"
if [ -n "${ended:-}" ]; then
	# back to a full week: the 7 days before the end near the 39 km of before
	t today --date "$(date -u -d "$ended - 1 day" +%F)" --json >"$tmp/t.json"
	last7=$(awk '/"last7_m":/ { v = $2; sub(",", "", v); print v; exit }' "$tmp/t.json")
	awk -v w="$last7" 'BEGIN { exit !(w >= 0.8 * 39000) }' &&
		ok "the last week of the re-entry came back to $last7 m (39 km before)" ||
		bad "the last week of the re-entry ran $last7 m, not near 39 km"
else
	bad "the episode had not ended by $day"
fi
# never a diagnosis, never a drug, in anything the runner read
for d in "$roll" "$back"; do
	t today --date "$d" >>"$tmp/all.txt"
	t recover --date "$d" >>"$tmp/all.txt"
done
if grep -Eiq 'sprain|fracture|tendinitis|tendonitis|ibuprofen|paracetamol|naproxen|aspirin' \
	"$tmp/all.txt"; then
	bad "a diagnosis or a drug in the output: $(grep -Eio 'sprain|fracture|tendin[io]tis|ibuprofen|paracetamol|naproxen|aspirin' "$tmp/all.txt" | sort -u | tr '\n' ' ')"
else
	ok "no diagnosis and no drug in what the runner read"
fi
[ $fail -eq 0 ] && echo "the story of the roll went as docs/RULES.md says"
exit $fail
