#!/bin/sh
# Every input in tests/regress/ (each once crashed samw or a fuzz target)
# through every command: check in every format and both languages, from a
# file and from standard input; fmt (print, --lang, --check, --diff);
# report (markdown and JSON), graph and portfolio (Markdown, JSON, DOT);
# fix (--diff, then written, then again). Run by `make check` with SAMW set.
#
#   SAMW=build/samw tests/regress.sh [FILE...]   (default: tests/regress/*)
#
# Each run must end by itself with exit status 0, 1 or 2: never a signal,
# a timeout (REGRESS_TIMEOUT seconds, default 60) or a sanitizer report.
# And for each input:
# - check, report and graph give the same exit status in every format;
# - check's JSON and SARIF and the JSON report validate against their
#   schemas, and the gcc lines, the JSON diagnostics and the SARIF results
#   are the same diagnostics (code, severity, line, column), in order;
# - fmt either formats the file (exit status 0) into a fixed point that
#   checks to the same codes and severities, in order, and that `fmt --check`
#   accepts; or refuses it (exit status 1) with nothing on standard output,
#   the reason on standard error, and check reports an error;
# - graph writes one whole digraph, which dot reads (when installed);
# - diff finds no change between the file and itself, nor between it and
#   its fmt output, and its JSON against an empty file validates.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
# the checks that depend on the date (SW712-SW714) run as on a fixed day,
# 2021-01-01, before every date the examples hold: the same output on any
# day (tests/portfolio.sh tests those checks)
SOURCE_DATE_EPOCH=1609459200
export SOURCE_DATE_EPOCH
here=$(cd "$(dirname "$0")" && pwd)
TIMEOUT=${REGRESS_TIMEOUT:-60}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
LC_ALL=C
export LC_ALL
unset NO_COLOR LANG LC_MESSAGES
# a sanitizer report must not pass for exit status 1 (errors found)
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=99
UBSAN_OPTIONS=${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}exitcode=99
export ASAN_OPTIONS UBSAN_OPTIONS

ok() { pass=$((pass + 1)); }
bad() {
	fail=$((fail + 1))
	echo "FAIL $*"
}

# run NAME CMD...: run CMD under the time limit, output in $tmp/out and
# $tmp/err, exit status in $st; it must be 0, 1 or 2, without a sanitizer
# report
run() {
	name=$1
	shift
	timeout "$TIMEOUT" "$@" >"$tmp/out" 2>"$tmp/err"
	st=$?
	if [ "$st" -gt 2 ]; then
		bad "$name: samw $*: exit status $st"
		sed 's/^/  err: /' "$tmp/err" | head -5
	elif grep -q 'Sanitizer\|runtime error:' "$tmp/err"; then
		bad "$name: samw $*: sanitizer report"
		sed 's/^/  err: /' "$tmp/err" | head -10
	else
		ok
	fi
}

# same NAME WHAT A B: A and B are equal
same() {
	if [ "$3" = "$4" ]; then ok; else bad "$1: $2: $3, but $4"; fi
}

# The diagnostics of a check output as lines "CODE severity line:col":
# diags gcc|json|sarif FILE
diags() {
	/usr/bin/python3 - "$1" "$2" <<'EOF'
import json, re, sys
kind, path = sys.argv[1], sys.argv[2]
if kind == "gcc":
    for l in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r".*?:(\d+):(\d+): (note|warning|error): .*\[(SW\d+)\]$", l.rstrip("\n"))
        if m:
            print(m[4], m[3], f"{m[1]}:{m[2]}")
elif kind == "json":
    for d in json.load(open(path, encoding="utf-8"))["diagnostics"]:
        print(d["code"], d["severity"], f'{d["start"]["line"]}:{d["start"]["column"]}')
else:
    for run in json.load(open(path, encoding="utf-8"))["runs"]:
        for r in run["results"]:
            loc = r["locations"][0]["physicalLocation"]["region"]
            print(r["ruleId"], r["level"], f'{loc["startLine"]}:{loc["startColumn"]}')
EOF
}

if [ $# -eq 0 ]; then
	set -- "$here"/regress/*
fi
n=0
for f in "$@"; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	name=$(basename "$f")
	d=$tmp/$n
	mkdir -p "$d"

	# check, every format; the exit status is the same in all
	status=
	for cmd in "--format human --color always" "--format human --color never --lang nl" \
	           "--format gcc --max-diagnostics 3" "--format gcc --max-diagnostics 0" \
	           "--format json --max-diagnostics 0" "--format json --lang nl" \
	           "--format sarif --max-diagnostics 0" "--format sarif --lang nl" "--format github"; do
		# shellcheck disable=SC2086
		run "$name" "$SAMW" check --no-config $cmd "$f"
		[ -z "$status" ] && status=$st
		same "$name" "exit status of check $cmd and of check --format human" "$st" "$status"
		case $cmd in
		"--format gcc --max-diagnostics 0") cp "$tmp/out" "$d/check.gcc" ;;
		"--format json --max-diagnostics 0") cp "$tmp/out" "$d/check.json" ;;
		"--format json --lang nl") cp "$tmp/out" "$d/check.nl.json" ;;
		"--format sarif --max-diagnostics 0") cp "$tmp/out" "$d/check.sarif" ;;
		"--format sarif --lang nl") cp "$tmp/out" "$d/check.nl.sarif" ;;
		esac
	done
	# shellcheck disable=SC2094 # run writes to $tmp, not to $f
	run "$name" "$SAMW" check --no-config --format gcc --max-diagnostics 0 --stdin-filename "$f" - <"$f"
	same "$name" "exit status of check from standard input and from the file" "$st" "$status"
	same "$name" "check from standard input and from the file" "$(cat "$tmp/out")" "$(cat "$d/check.gcc")"
	gcc=$(diags gcc "$d/check.gcc")
	same "$name" "diagnostics in JSON and in gcc lines" "$(diags json "$d/check.json")" "$gcc"
	same "$name" "diagnostics in SARIF and in gcc lines" "$(diags sarif "$d/check.sarif")" "$gcc"

	# report and graph
	for cmd in "report" "report --lang nl" "report --format json" "report --format json --lang nl" \
	           "graph" "graph --lang nl" "portfolio" "portfolio --lang nl" "portfolio --format json" \
	           "portfolio --format dot"; do
		# shellcheck disable=SC2086
		run "$name" "$SAMW" $cmd --no-config "$f"
		same "$name" "exit status of $cmd and of check" "$st" "$status"
		case $cmd in
		"report --format json") cp "$tmp/out" "$d/report.json" ;;
		"report --format json --lang nl") cp "$tmp/out" "$d/report.nl.json" ;;
		"portfolio --format json") cp "$tmp/out" "$d/portfolio.json" ;;
		graph* | "portfolio --format dot")
			if head -n 1 "$tmp/out" | grep -q '^digraph \|^graph "portfolio" {$' && [ "$(tail -n 1 "$tmp/out")" = "}" ]; then
				ok
			else
				bad "$name: samw $cmd: not one whole digraph"
			fi
			if command -v dot >/dev/null 2>&1; then
				if dot -Tsvg "$tmp/out" >/dev/null 2>"$tmp/dot.err"; then
					ok
				else
					bad "$name: samw $cmd: dot cannot read it: $(head -n 1 "$tmp/dot.err")"
				fi
			fi
			;;
		esac
	done

	# fmt: a fixed point with the same diagnostics, or a refusal
	for lang in "" "--lang en" "--lang nl"; do
		# shellcheck disable=SC2086
		run "$name" "$SAMW" fmt $lang "$f"
		if [ "$st" = 0 ]; then
			cp "$tmp/out" "$d/fmt.samw"
			# shellcheck disable=SC2086
			run "$name" "$SAMW" fmt $lang - <"$d/fmt.samw"
			if cmp -s "$tmp/out" "$d/fmt.samw"; then ok; else bad "$name: fmt $lang: formatting its output changes it"; fi
			run "$name" "$SAMW" fmt --check - <"$d/fmt.samw"
			same "$name" "fmt --check on the output of fmt $lang" "$st" 0
			run "$name" "$SAMW" check --no-config --format gcc --max-diagnostics 0 --stdin-filename "$f" - <"$d/fmt.samw"
			same "$name" "exit status of check after fmt $lang" "$st" "$status"
			same "$name" "codes and severities after fmt $lang" \
			     "$(diags gcc "$tmp/out" | cut -d' ' -f1,2)" "$(echo "$gcc" | cut -d' ' -f1,2)"
		elif [ "$st" = 1 ]; then
			if [ -s "$tmp/out" ]; then bad "$name: fmt $lang refused the file but printed to standard output"; else ok; fi
			if tail -n 1 "$tmp/err" | grep -q ': not formatted: fix the errors first$\|: niet opgemaakt: los eerst de fouten op$'; then
				ok
			else
				bad "$name: fmt $lang: exit status 1 without saying why"
			fi
			same "$name" "check's exit status on a file fmt refuses" "$status" 1
		else
			bad "$name: fmt $lang: exit status $st"
		fi
	done
	run "$name" "$SAMW" fmt --check "$f"
	run "$name" "$SAMW" fmt --diff "$f"

	# fix: the diff it shows is what it writes, and a second run finds
	# nothing more
	cp "$f" "$d/fix.samw"
	run "$name" "$SAMW" fix --no-config --diff "$d/fix.samw"
	cp "$tmp/out" "$d/fix.diff"
	run "$name" "$SAMW" fix --no-config --format gcc "$d/fix.samw"
	cp "$f" "$d/patched.samw"
	if [ -s "$d/fix.diff" ]; then patch -s "$d/patched.samw" "$d/fix.diff" >/dev/null 2>&1; fi
	if cmp -s "$d/fix.samw" "$d/patched.samw"; then ok; else bad "$name: fix wrote other than fix --diff showed"; fi
	run "$name" "$SAMW" fix --no-config --diff "$d/fix.samw"
	if [ -s "$tmp/out" ]; then bad "$name: a second fix changes the file again"; else ok; fi
	# diff: no change against itself or its layout; a file that is not
	# text is refused (status 2), never compared
	run "$name" "$SAMW" diff --no-config "$f" "$f"
	if [ "$st" = 0 ]; then
		same "$name" "diff of the file with itself" "$(cat "$tmp/out")" "no changes"
		if [ -f "$d/fmt.samw" ]; then
			run "$name" "$SAMW" diff --no-config "$f" "$d/fmt.samw"
			same "$name" "diff of the file with its fmt output" "$(cat "$tmp/out")" "no changes"
		fi
		: >"$d/empty.samw"
		run "$name" "$SAMW" diff --no-config --format json "$d/empty.samw" "$f"
		cp "$tmp/out" "$d/diff.json"
	else
		same "$name" "diff refuses what is not text" "$st" 2
	fi
done

if [ "$n" = 0 ]; then
	bad "no input in tests/regress"
fi
# every JSON and SARIF document against its schema
if /usr/bin/python3 "$here/validate.py" "$here/../docs/diagnostics.schema.json" "$tmp"/*/check*.json >"$tmp/v.out"; then
	ok
else
	bad "check --format json does not validate:"
	sed 's/^/  /' "$tmp/v.out"
fi
if /usr/bin/python3 "$here/validate.py" "$here/sarif-schema-2.1.0.json" "$tmp"/*/check*.sarif >"$tmp/v.out"; then
	ok
else
	bad "check --format sarif does not validate:"
	sed 's/^/  /' "$tmp/v.out"
fi
if ls "$tmp"/*/diff.json >/dev/null 2>&1; then
	if /usr/bin/python3 "$here/validate.py" "$here/../docs/diff.schema.json" "$tmp"/*/diff.json >"$tmp/v.out"; then
		ok
	else
		bad "diff --format json does not validate:"
		sed 's/^/  /' "$tmp/v.out"
	fi
fi
if /usr/bin/python3 "$here/validate.py" "$here/../docs/report.schema.json" "$tmp"/*/report*.json >"$tmp/v.out"; then
	ok
else
	bad "report --format json does not validate:"
	sed 's/^/  /' "$tmp/v.out"
fi
if /usr/bin/python3 "$here/validate.py" "$here/../docs/portfolio.schema.json" "$tmp"/*/portfolio.json >"$tmp/v.out"; then
	ok
else
	bad "portfolio --format json does not validate:"
	sed 's/^/  /' "$tmp/v.out"
fi

echo "regress: $n inputs, $pass passed, $fail failed"
[ "$fail" = 0 ]
