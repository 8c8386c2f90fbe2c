#!/bin/sh
# Tests of the samw command itself: exit statuses, unreadable inputs,
# standard input, colour, language, help. Run by `make check` with SAMW set
# to the binary.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
# the checks that depend on the date (SW712-SW714) run as on a fixed day,
# 2021-01-01, before every date the examples hold: the same output on any
# day (tests/portfolio.sh tests those checks)
SOURCE_DATE_EPOCH=1609459200
export SOURCE_DATE_EPOCH
here=$(cd "$(dirname "$0")" && pwd)
ex="$here/../examples"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0
fail=0

# expect NAME STATUS CMD...: run CMD, compare its exit status; its stdout
# and stderr are left in $tmp/out and $tmp/err for the checks after it.
expect() {
	name=$1 want=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" = "$want" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name: exit status $got, expected $want"
		sed 's/^/  out: /' "$tmp/out" | head -5
		sed 's/^/  err: /' "$tmp/err" | head -5
	fi
}

# has NAME FILE TEXT: FILE contains the line TEXT exactly
has() {
	if grep -qxF -- "$3" "$2"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $1: no line '$3' in $2:"
		sed 's/^/  | /' "$2" | head -10
	fi
}

# hasnt NAME FILE PATTERN: FILE does not match PATTERN (grep -E)
hasnt() {
	if grep -qE -- "$3" "$2"; then
		fail=$((fail + 1))
		echo "FAIL $1: unexpected '$3' in $2"
	else
		pass=$((pass + 1))
	fi
}

good=$(ls "$ex"/*.samw | head -n 1)
printf 'collaboration c {\n    form allaince\n}\n' >"$tmp/bad.samw"
sed 's/^ *person .*//' "$good" >"$tmp/warn.samw"

expect "valid example exits 0" 0 "$SAMW" check "$good"
has "summary of a clean file" "$tmp/out" "0 errors, 0 warnings"
expect "errors exit 1" 1 "$SAMW" check "$tmp/bad.samw"
has "gcc-style first line" "$tmp/out" "$tmp/bad.samw:2:10: error[SW005]: 'allaince' is not a form"
expect "all examples at once" 0 "$SAMW" check "$ex"/*.samw

expect "missing file exits 2" 2 "$SAMW" check "$tmp/nope.samw"
has "missing file named" "$tmp/err" "samw: $tmp/nope.samw: no such file"
mkdir -p "$tmp/none/sub" "$tmp/tree/b" "$tmp/tree/a/.hidden"
expect "directory without .samw files exits 2" 2 "$SAMW" check "$tmp/none"
has "directory named" "$tmp/err" "samw: $tmp/none: no .samw files in this directory"
cp "$tmp/bad.samw" "$tmp/tree/b/z.samw"
cp "$tmp/bad.samw" "$tmp/tree/a/y.samw"
cp "$tmp/bad.samw" "$tmp/tree/x.samw"
cp "$tmp/bad.samw" "$tmp/tree/a/.hidden/w.samw"
echo 'not samw' >"$tmp/tree/a/notes.txt"
expect "directory searched recursively" 1 "$SAMW" check --format gcc "$tmp/tree"
if [ "$(grep -o '^[^:]*' "$tmp/out" | uniq | tr '\n' ' ')" = "$tmp/tree/a/y.samw $tmp/tree/b/z.samw $tmp/tree/x.samw " ]; then
	pass=$((pass + 1))
else
	fail=$((fail + 1)); echo "FAIL directory order:"; grep -o '^[^:]*' "$tmp/out" | uniq
fi
: >"$tmp/empty.samw"
expect "empty file exits 2" 2 "$SAMW" check "$tmp/empty.samw"
has "empty file named" "$tmp/err" "samw: $tmp/empty.samw: the file is empty"
if [ "$(id -u)" != 0 ]; then
	cp "$good" "$tmp/locked.samw"
	chmod 000 "$tmp/locked.samw"
	expect "unreadable file exits 2" 2 "$SAMW" check "$tmp/locked.samw"
	has "unreadable file named" "$tmp/err" "samw: $tmp/locked.samw: cannot read the file: Permission denied"
fi
expect "other files still checked" 2 "$SAMW" check --format gcc "$tmp/nope.samw" "$tmp/bad.samw"
has "bad file checked after a missing one" "$tmp/out" "$tmp/bad.samw:2:10: error: 'allaince' is not a form [SW005]"
expect "usage error beats errors" 2 "$SAMW" check "$tmp/bad.samw" "$tmp/empty.samw"

expect "standard input" 1 sh -c "\"$SAMW\" check --format gcc - <\"$tmp/bad.samw\""
has "stdin named <stdin>" "$tmp/out" "<stdin>:2:10: error: 'allaince' is not a form [SW005]"
expect "stdin-filename" 1 sh -c "\"$SAMW\" check --format gcc --stdin-filename x/y.samw - <\"$tmp/bad.samw\""
has "stdin named by --stdin-filename" "$tmp/out" "x/y.samw:2:10: error: 'allaince' is not a form [SW005]"
expect "closed stdin" 2 sh -c "\"$SAMW\" check - <&-"
# document paths of standard input are relative to --stdin-filename's folder
expect "stdin documents found beside the named file" 0 sh -c "\"$SAMW\" check --format gcc --stdin-filename \"$ex/alliance-north-care.samw\" - <\"$ex/alliance-north-care.samw\""
hasnt "no SW505 with --stdin-filename" "$tmp/out" "SW505"
expect "stdin documents relative to the working folder" 0 sh -c "cd \"$tmp\" && \"$SAMW\" check --format gcc - <\"$ex/alliance-north-care.samw\""
has "SW505 without --stdin-filename" "$tmp/out" "<stdin>:50:18: warning: document \"contracts/covenant-north-care-2025.txt\" does not exist [SW505]"

expect "warnings exit 0" 0 "$SAMW" check --format gcc "$tmp/warn.samw"
expect "warnings as errors exit 1" 1 "$SAMW" check --warnings-as-errors "$tmp/warn.samw"
expect "deny a code" 1 "$SAMW" check --deny no-people --format gcc "$tmp/warn.samw"
expect "allow a code" 0 "$SAMW" check --allow no-people --format gcc "$tmp/warn.samw"
hasnt "allowed code silenced" "$tmp/out" "SW301"
expect "unknown code" 2 "$SAMW" check --allow SW999 "$tmp/warn.samw"
has "unknown code named" "$tmp/err" "samw: 'SW999' is not a check code or name (see 'samw rules')"

expect "no colour into a pipe" 1 "$SAMW" check "$tmp/bad.samw"
hasnt "no escape codes" "$tmp/out" "$(printf '\033')"
expect "colour when asked" 1 "$SAMW" check --color=always "$tmp/bad.samw"
if grep -q "$(printf '\033')\[" "$tmp/out"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL --color=always gives no colour"; fi
expect "NO_COLOR wins" 1 env NO_COLOR=1 "$SAMW" check --color=always "$tmp/bad.samw"
hasnt "NO_COLOR: no escape codes" "$tmp/out" "$(printf '\033')"
expect "bad --color value" 2 "$SAMW" check --color=sometimes "$tmp/bad.samw"

expect "Dutch by LANG" 1 env LC_ALL= LC_MESSAGES= LANG=nl_NL.UTF-8 "$SAMW" check "$tmp/bad.samw"
has "Dutch message" "$tmp/out" "$tmp/bad.samw:2:10: fout[SW005]: 'allaince' is geen geldige vorm"
expect "--lang en beats LANG" 1 env LANG=nl_NL.UTF-8 "$SAMW" check --lang en "$tmp/bad.samw"
has "English message" "$tmp/out" "$tmp/bad.samw:2:10: error[SW005]: 'allaince' is not a form"

# a flood of errors is cut at --max-diagnostics, with one line saying so
awk 'BEGIN { print "collaboration c {"; for (i = 0; i < 300; i++) print "    \"x\""; print "}" }' >"$tmp/flood.samw"
expect "flood" 1 "$SAMW" check --format gcc "$tmp/flood.samw"
has "flood cut at 100" "$tmp/out" "$tmp/flood.samw: note: 208 more diagnostics in this file were not shown [SW010]"
# the check table's severity of SW010 (samw rules) is the one it is printed at
sw010=$("$SAMW" rules --format json | sed -n 's/.*"code": "SW010",.*"severity": "\([a-z]*\)".*/\1/p')
has "SW010 at the check table's severity" "$tmp/out" "$tmp/flood.samw: ${sw010:-?}: 208 more diagnostics in this file were not shown [SW010]"
expect "flood, human" 1 "$SAMW" check "$tmp/flood.samw"
has "flood: how to see the rest" "$tmp/out" "  = help: fix the problems above first, or raise the limit with --max-diagnostics"
expect "flood, all shown" 1 "$SAMW" check --format gcc --max-diagnostics 0 "$tmp/flood.samw"
hasnt "no cut line" "$tmp/out" "SW010"

expect "--help" 0 "$SAMW" --help
has "--help usage" "$tmp/out" "  samw check [OPTIONS] FILE...   check .samw files or folders (- reads standard input)"
expect "help check" 0 "$SAMW" help check
has "help check usage" "$tmp/out" "Usage: samw check [OPTIONS] FILE..."
expect "check --help" 0 "$SAMW" check --help
expect "Dutch help" 0 "$SAMW" --help --lang nl
has "Dutch usage" "$tmp/out" "Gebruik:"
expect "--version" 0 "$SAMW" --version
has "version" "$tmp/out" "samw 0.1.0"
expect "no arguments" 2 "$SAMW"
expect "unknown command" 2 "$SAMW" frobnicate
has "unknown command named" "$tmp/err" "samw: unknown command 'frobnicate'"
expect "unknown option" 2 "$SAMW" check --frob "$good"
expect "check without files" 2 "$SAMW" check

# the check catalogue is generated from the table, and committed as such
if "$here/../scripts/gen-docs.sh" "$SAMW" --check; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL docs/checks.md or the keyword tables of docs/language.md differ from the tables: run 'make docs'"
fi
# the fuzz dictionary is generated from the tables too
if SAMW="$SAMW" sh "$here/../fuzz/gen_dict.sh" | cmp -s - "$here/../fuzz/samw.dict"; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL fuzz/samw.dict differs from what fuzz/gen_dict.sh writes: run 'make fuzz-dict'"
fi
expect "rules" 0 "$SAMW" rules
has "rules lists SW602" "$tmp/out" "SW602  alliance-not-shared          warning  C6  An alliance does not share risks, costs and revenues."
expect "rules as JSON" 0 "$SAMW" rules --format json
if /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["rules"]) > 40' "$tmp/out"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL rules JSON"; fi
for code in $("$SAMW" rules | cut -c1-5); do
	"$SAMW" explain "$code" >"$tmp/en" 2>&1 && "$SAMW" explain --lang nl "$code" >"$tmp/nl" 2>&1 &&
		grep -q "^$code " "$tmp/en" && grep -q "^This fails:" "$tmp/en" && grep -q "^Dit gaat fout:" "$tmp/nl" &&
		pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL explain $code"; }
done
expect "explain by name" 0 "$SAMW" explain alliance-not-shared
has "explain heading" "$tmp/out" "SW602 alliance-not-shared (warning; criterion C6: a diversity of collaboration relationships)"
expect "explain unknown code" 2 "$SAMW" explain SW999

# .samwrc: found by walking up, overridden by the command line, malformed lines named
mkdir -p "$tmp/proj/sub"
sed 's/^ *person .*//' "$good" >"$tmp/proj/sub/w.samw"
expect "no .samwrc: warnings" 0 "$SAMW" check --format gcc "$tmp/proj/sub/w.samw"
if grep -q SW301 "$tmp/out"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL SW301 expected without .samwrc"; fi
printf '# project settings
allow = no-people, SW505
' >"$tmp/proj/.samwrc"
expect ".samwrc allows" 0 "$SAMW" check --format gcc "$tmp/proj/sub/w.samw"
hasnt ".samwrc silenced SW301" "$tmp/out" "SW301"
expect "command line over .samwrc" 0 "$SAMW" check --format gcc --warn SW301 "$tmp/proj/sub/w.samw"
if grep -q SW301 "$tmp/out"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL --warn should override .samwrc"; fi
expect "--no-config" 0 "$SAMW" check --format gcc --no-config "$tmp/proj/sub/w.samw"
if grep -q SW301 "$tmp/out"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL --no-config"; fi
printf 'warnings-as-errors=true
' >"$tmp/proj/.samwrc"
expect ".samwrc warnings-as-errors" 1 "$SAMW" check --format gcc "$tmp/proj/sub/w.samw"
printf 'allow=SW301
frobnicate=1
' >"$tmp/proj/.samwrc"
expect "malformed .samwrc" 2 "$SAMW" check "$tmp/proj/sub/w.samw"
has "malformed .samwrc named" "$tmp/err" "samw: $tmp/proj/.samwrc:2: unknown key 'frobnicate' (known: allow, warn, deny, warnings-as-errors, max-diagnostics, horizon, baseline)"
printf 'allow SW301
' >"$tmp/proj/.samwrc"
expect "line without =" 2 "$SAMW" check "$tmp/proj/sub/w.samw"
has "line without = named, its text not quoted" "$tmp/err" "samw: $tmp/proj/.samwrc:1: expected key=value"
printf 'deny=SW999
' >"$tmp/proj/.samwrc"
expect "unknown code in .samwrc" 2 "$SAMW" check "$tmp/proj/sub/w.samw"
has "unknown code in .samwrc named" "$tmp/err" "samw: $tmp/proj/.samwrc:1: 'SW999' is not a check code or name (see 'samw rules')"
rm "$tmp/proj/.samwrc"

# keywords: an alias is marked with the language it counts for, both for
# one read in either (type, KvK)
expect "keywords lists" 0 "$SAMW" keywords
has "keywords: an English-only alias" "$tmp/out" "$(printf 'KIND\tkind\tsoort\tboth:type\t-\tparty,agreement,organisation\tkind,agreement-kind\tno')"
has "keywords: a Dutch alias" "$tmp/out" "$(printf 'GOAL\tgoal\tdoel\tnl:doelstelling\t-\tcollaboration\t-\tno')"
expect "keywords json" 0 "$SAMW" keywords --format json
hasnt "keywords json: no alias of both marked English" "$tmp/out" '"lang": "en", "spelling": "(type|KvK|KBO)"'

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
