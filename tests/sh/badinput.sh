#!/bin/bash
# badinput.sh - the bad-input matrix, generated from the command table.
#
# talus-cmdtable (tests/tool/cmdtable.c, linked with src/cli) prints every
# command with its positional words and every option with its kind, so a
# command or option is covered the day it is added. Each option of each
# command gets every hostile value of its kind, one invocation each, on
# top of arguments that make the command valid (BASE below: a new command
# must get a line there, or this test fails and says so); each positional
# word gets the values of a string; so do the global --db and --athlete.
# Hostile values: empty, 100,000 characters, -1, nan, inf, 1e308, 20
# digits, spaces at both ends, invalid UTF-8, a newline, ESC, quotes and
# %n, impossible and far-future dates, a missing path, a folder, /dev/null,
# /dev/zero, /dev/full, the option twice, the option without its value.
#
# Every invocation must:
#   - exit 0, 1, 2 or 3 (talus --help, "exit status"), and not crash
#     (under ASan and UBSan too: make check runs this in both builds);
#   - on exit 1 or 2: print nothing on stdout, and on stderr a first line
#     "talus: ..." of at most 300 bytes (echoed values are clipped), with
#     no sanitizer report; and leave the database byte for byte as it was;
#   - print no raw control character (but line breaks) on stdout or
#     stderr, and only UTF-8 (talus-check -t);
#   - with --json and exit 0: print one JSON value in UTF-8.
# A command that succeeds may change the database; it is put back after.
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
tools="${TALUS_BIN_DIR:?}/tests"
check="$tools/talus-check"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC TALUS_TODAY=2026-03-01 HOME="$tmp/home" LC_ALL=C
unset TALUS_ATHLETE XDG_DATA_HOME
export TALUS_DB="$tmp/t.db"
fail=0
n=0
t() { "$bin" "$@" </dev/null; }

# The database every invocation starts from: a runner with shoes, runs,
# ankle logs (a recovery plan under way), an assessment, a programme and
# a plan, so that every command has something to work on.
mkdir -p "$tmp/work" "$tmp/dir"
cp "$here/../data/gpx10_loop.gpx" "$tmp/run.gpx"
{
	t init --name Ann
	t init --name Bob
	t shoe add Peg
	for d in 01 03 05 08 10 12 15 17 19 22 24 26; do
		t run add --date 2026-02-$d --distance 6km --duration 36:00 --note "run $d"
	done
	t ankle log --date 2026-02-20 --side left --pain 2 --note twinge
	t ankle log --date 2026-02-27 --side left --pain 6 --rolled --swelling moderate
	t assess --no-input --cait-left 22 --heel-raises-left 18
	t program new --start 2026-02-23
	t plan build --target 40km --weeks 8
	t recover
} >/dev/null || { echo "FAIL: cannot set up the database"; exit 1; }
cp "$TALUS_DB" "$tmp/pristine.db"
[ -e "$TALUS_DB-wal" ] && [ -s "$TALUS_DB-wal" ] && { echo "FAIL: a WAL at rest"; exit 1; }

# Arguments that make each command valid: B, its options; P, its
# positional words (each a word: none holds a space).
declare -A B P
B[init]=;                       P[init]=
B[athlete list]=;               P[athlete list]=
B[athlete rename]=;             P[athlete rename]="Bob Carl"
B[athlete rm]="--yes";          P[athlete rm]=Bob
B[team]=;                       P[team]=
B[run add]="--date 2026-02-27 --distance 5km"; P[run add]=
B[run list]=;                   P[run list]=
B[run edit]=;                   P[run edit]=1
B[run rm]=;                     P[run rm]=1
B[shoe add]=;                   P[shoe add]=Trail
B[shoe list]=;                  P[shoe list]=
B[shoe retire]=;                P[shoe retire]=Peg
B[shoe default]=;               P[shoe default]=Peg
B[ankle log]="--date 2026-02-28 --side right"; P[ankle log]=
B[ankle list]=;                 P[ankle list]=
B[ankle rm]=;                   P[ankle rm]=1
B[ankle seen]="--date 2026-03-01 --side left"; P[ankle seen]=
B[load]=;                       P[load]=
B[import]=;                     P[import]="$tmp/run.gpx"
B[today]=;                      P[today]=
B[assess]="--no-input";         P[assess]=
B[assess show]=;                P[assess show]=
B[assess history]=;             P[assess history]=
B[program new]="--replace";     P[program new]=
B[program retest]="--no-input"; P[program retest]=
B[program show]=;               P[program show]=
B[program log]="--date 2026-03-01 --exercise calf-raise"; P[program log]=
B[program status]=;             P[program status]=
B[plan build]="--target 40km --weeks 8"; P[plan build]=
B[plan show]=;                  P[plan show]=
B[recover]=;                    P[recover]=
B[recover end]=;                P[recover end]=
B[insights]=;                   P[insights]=
B[report]="--html report.html"; P[report]=
B[serve]="--port 0";            P[serve]=
B[export]=;                     P[export]=
B[backup]="--force";            P[backup]=backup.db
B[restore]="--yes";             P[restore]="$tmp/pristine.db"

# A valid value of an option, for "given twice".
valid() { # command option kind min choice
	case $3 in
	date|datetime) echo 2026-02-27 ;;
	dist) echo 5km ;;
	duration) echo 30:00 ;;
	int) echo "$4" ;;
	choice) echo "$5" ;;
	list)
		case $2 in
		sprain) echo left:2025-06:no-rehab ;;
		stance-*) echo 12 ;;
		*) echo "$5" ;;
		esac ;;
	*)
		case $2 in
		name) echo Dan ;;
		shoe) echo Peg ;;
		exercise) echo calf-raise ;;
		days) echo mon,wed,fri ;;
		long-run-day) echo sun ;;
		ics|html) echo "$tmp/work/out" ;;
		id) echo 1 ;;
		knee-to-wall-*) echo 8 ;;
		ybalance-*) echo 60 ;;
		*) echo x ;;
		esac ;;
	esac
}

big=$(head -c 100000 /dev/zero | tr '\0' x)
common=("" "$big" "-1" "nan" " 5 " $'\xff\xfe' $'a\nb' $'\e[31m' $'\'"%n%s%n')
numeric=("inf" "1e308" "99999999999999999999" "0x5" "5 ")
dates=("2026-02-30" "2026-13-01" "2025-02-29" "9999-12-31" "2200-12-31" "1899-12-31"
       "2026-03-01T25:00" "2026-3-1")
paths=("/nonexistent/dir/file" "$tmp/dir" "/dev/null" "/dev/zero" "/dev/full")

# Shows an argument vector for a message: quoted, long words cut.
show() {
	local a out=""
	for a in "$@"; do
		[ ${#a} -gt 40 ] && a="${a:0:20}...(${#a} bytes)"
		out+=" $(printf '%q' "$a")"
	done
	echo "talus$out"
}

bad() { echo "FAIL: $(show "${args[@]}"): $*"; fail=1; }

# Puts the database back as it was.
restore() {
	cp "$tmp/pristine.db" "$TALUS_DB"
	rm -f "$TALUS_DB-wal" "$TALUS_DB-shm"
}

# Runs talus with args[] and checks the invariants above: one more process
# (talus-check) per invocation, as a process costs milliseconds here.
run() {
	local rc first errtxt json=0 a
	local -a c
	n=$((n + 1))
	last_rc=-1
	if [ "${args[0]}" = serve ]; then
		# A server that starts is stopped after a second (SIGTERM: exit
		# 0); one that does not stop is killed 10 s later (exit 137, a
		# failure). LeakSanitizer is off here: timeout(1) signals the
		# whole process group, its tracer included, and under load the
		# leak check at exit could then hang (the web tests run serve
		# with it on). --open starts no browser: xdg-open is a stub.
		PATH="$tmp/bin:$PATH" ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
			timeout -k 10 --preserve-status -s TERM 1 "$bin" "${args[@]}" </dev/null \
			>"$tmp/out" 2>"$tmp/err"
	else
		"$bin" "${args[@]}" </dev/null >"$tmp/out" 2>"$tmp/err"
	fi
	rc=$?
	case $rc in
	0|1|2|3) ;;
	*) bad "exit $rc: $(head -c 300 "$tmp/err")"; restore; return ;;
	esac
	last_rc=$rc
	for a in "${args[@]}"; do
		[ "$a" = --json ] && json=1
		[ "$a" = - ] && json=0 && break
	done
	c=(-t "$tmp/out" -t "$tmp/err")
	[ $rc = 0 ] && [ $json = 1 ] && c+=(-j "$tmp/out")
	c+=(-s "$TALUS_DB" "$tmp/pristine.db")
	if ! "$check" "${c[@]}" 2>"$tmp/chk"; then
		IFS= read -r a <"$tmp/chk"
		case $a in
		*" differ") # the database changed: fine after a success
			[ $rc = 1 ] || [ $rc = 2 ] && bad "exit $rc changed the database"
			restore ;;
		*) bad "$a"; restore ;;
		esac
	fi
	[ -s "$TALUS_DB-wal" ] && { bad "a WAL left at rest"; restore; }
	if [ $rc = 1 ] || [ $rc = 2 ]; then
		[ -s "$tmp/out" ] && bad "exit $rc with output on stdout"
		IFS= read -r first <"$tmp/err"
		IFS= read -r -d '' errtxt <"$tmp/err"
		case $first in
		"talus: "*) ;;
		*) bad "exit $rc and stderr begins '${first:0:100}'" ;;
		esac
		[ ${#first} -gt 300 ] && bad "a message of ${#first} bytes"
		case $errtxt in
		*Sanitizer*|*"runtime error"*) bad "a sanitizer report" ;;
		esac
	fi
}

# The command's valid arguments without option $2 (and its value).
base_without() { # command option kind
	local -a words
	local i skip=0
	read -r -a words <<<"${B[$1]}"
	basev=()
	for ((i = 0; i < ${#words[@]}; i++)); do
		if [ "${words[i]}" = "--$2" ]; then
			[ "$3" != flag ] && i=$((i + 1))
			continue
		fi
		basev+=("${words[i]}")
	done
	read -r -a posv <<<"${P[$1]}"
}

mkdir -p "$tmp/bin"
printf '#!/bin/sh\nexit 0\n' >"$tmp/bin/xdg-open"
chmod +x "$tmp/bin/xdg-open"
table=$("$tools/talus-cmdtable") || { echo "FAIL: talus-cmdtable"; exit 1; }
# Relative paths (--ics ' 5 ') land in a folder of their own.
cd "$tmp/work" || exit 1
ncmd=0
nopt=0
while IFS=$'\t' read -r tag cmd f1 f2 f3 f4 f5; do
	read -r -a cw <<<"$cmd"
	if [ "$tag" = C ]; then
		ncmd=$((ncmd + 1))
		if [ -z "${B[$cmd]+set}" ]; then
			echo "FAIL: talus $cmd: no valid arguments in BASE of tests/sh/badinput.sh"
			fail=1
			continue
		fi
		# The command as given, valid: it must succeed.
		base_without "$cmd" "" flag
		args=("${cw[@]}" "${posv[@]}" "${basev[@]}")
		run
		[ "$last_rc" = 0 ] ||
			{ bad "the valid call exited $last_rc: $(head -c 200 "$tmp/err")"; }
		# Each positional word, hostile.
		for ((k = 0; k < ${#posv[@]}; k++)); do
			for v in "${common[@]}" "${paths[@]}" "${numeric[@]}"; do
				pv=("${posv[@]}")
				pv[k]=$v
				args=("${cw[@]}" "${pv[@]}" "${basev[@]}")
				run
			done
		done
		continue
	fi
	# An option: f1 name, f2 kind, f3 min, f4 max, f5 a choice.
	[ -z "${B[$cmd]+set}" ] && continue
	nopt=$((nopt + 1))
	opt=$f1
	kind=$f2
	base_without "$cmd" "$opt" "$kind"
	pre=("${cw[@]}" "${posv[@]}" "${basev[@]}")
	if [ "$kind" = flag ]; then
		args=("${pre[@]}" "--$opt=x"); run
		args=("${pre[@]}" "--$opt" "--$opt"); run
		continue
	fi
	values=("${common[@]}")
	case $kind in
	int|dist|duration) values+=("${numeric[@]}") ;;
	date|datetime) values+=("${dates[@]}") ;;
	str) values+=("${paths[@]}" "${numeric[@]}") ;;
	esac
	for v in "${values[@]}"; do
		args=("${pre[@]}" "--$opt" "$v"); run
	done
	v=$(valid "$cmd" "$opt" "$kind" "$f3" "$f5")
	args=("${pre[@]}" "--$opt" "$v" "--$opt" "$v"); run
	args=("${pre[@]}" "--$opt"); run
done <<<"$table"

# The global options, before a command that only reads.
for opt in db athlete; do
	for v in "${common[@]}" "${paths[@]}" "${numeric[@]}"; do
		args=("--$opt" "$v" today); run
	done
	args=("--$opt"); run
	args=("--$opt" "$tmp/t.db" "--$opt" "$tmp/t.db" today); run
done
args=(today --date); run
args=(nosuchcommand); run
args=($'run\e[2J' add); run

[ "$ncmd" -ge 30 ] && [ "$nopt" -ge 100 ] ||
	{ echo "FAIL: the command table gave $ncmd commands and $nopt options"; fail=1; }
echo "badinput: $n invocations over $ncmd commands and $nopt options"
# /dev/null, /dev/zero and /dev/full were given as paths to every option
# and word: none may have been written over (as root, a rename could).
for d in /dev/null /dev/zero /dev/full; do
	[ -c "$d" ] || { echo "FAIL: $d is no longer a device"; fail=1; }
done
ls /dev | grep -qE -- '-(wal|shm|journal)$' && { echo "FAIL: files left in /dev"; fail=1; }
[ $fail = 0 ] && echo "ok: every invocation exited 0-3, refused with one clear line and changed nothing"
exit $fail
