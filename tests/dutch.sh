#!/bin/sh
# Every sentence samw says goes through the phrase table in both languages:
# run every command's error paths, and the messages of checks, with
# LANG=nl_NL.UTF-8, and fail on any English word in what samw wrote. Quoted
# parts, paths, option names, check codes and the file's own text are what
# the user wrote or must type, and are left out of the comparison.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
# the checks that depend on the date (SW712-SW714) run as on a fixed day,
# 2021-01-01, before every date the examples hold: the same output on any
# day (tests/portfolio.sh tests those checks)
SOURCE_DATE_EPOCH=1609459200
export SOURCE_DATE_EPOCH
here=$(cd "$(dirname "$0")" && pwd)
# the clone's own path may hold any word (a CI machine clones into /check/…)
root=$(cd "$here/.." && pwd)
ex="$root/examples"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0
fail=0

LC_ALL=
LC_MESSAGES=
LANG=nl_NL.UTF-8
export LC_ALL LC_MESSAGES LANG

# English words that Dutch never uses; one of them in samw's own words is a
# sentence that did not go through the phrase table. (The gcc format's
# severities, error, warning and note, are for tools and stay English;
# commands, placeholders in capitals and environment variables are what the
# user types.)
english='the|not|cannot|no|such|file|files|unknown|expected|found|takes|needs|see|usage|option|options|error|errors|warning|warnings|note|notes|help|did|you|mean|and|with|this|that|only|folder|directory|empty|larger|than|read|write|rewrite|rewritten|standard|input|number|formatted|fix|first|name|check|line|device|denied|permission|such|temporary|create|unchanged|too|large'

# words FILE: samw's own words in FILE, one per line
words() {
	sed -E -e 's/^.*:[0-9]+:[0-9]+: (error|warning|note): //' -e 's/^[^ ]*: note: //' \
	    -e "s|$tmp[^ :,]*||g" -e "s|$root[^ :,]*||g" \
	    -e "s/'[^']*'//g" -e 's/"[^"]*"//g' -e 's/`[^`]*`//g' \
	    -e 's/--[a-z-]*//g' -e 's/[a-z]+(-[a-z]+)+//g' -e 's/SW[0-9][0-9]*//g' \
	    -e 's/samw[:]//g' -e 's/samw [a-z]+//g' -e 's/[A-Z][A-Z_]+//g' \
	    "$1" | tr -cs 'A-Za-z' '\n' | tr 'A-Z' 'a-z'
}

# dutch NAME FILE: FILE holds no English word of samw's own
dutch() {
	found=$(words "$2" | grep -xE "$english" | sort -u | tr '\n' ' ')
	if [ -n "$found" ]; then
		fail=$((fail + 1))
		echo "FAIL $1: English in Dutch output: $found"
		sed 's/^/  | /' "$2" | head -8
	else
		pass=$((pass + 1))
	fi
}

# run NAME CMD...: run CMD, then check what it wrote on stderr and stdout
run() {
	name=$1
	shift
	"$@" >"$tmp/out" 2>"$tmp/err"
	dutch "$name (stderr)" "$tmp/err"
	dutch "$name (stdout)" "$tmp/out"
}

printf 'collaboration c {\n    form allaince\n    goal Ouderen\n}\n' >"$tmp/bad.samw"
: >"$tmp/empty.samw"
mkdir -p "$tmp/none" "$tmp/ro"
cp "$ex/alliance-north-care.samw" "$tmp/ro/x.samw"
printf 'collaboration c {\n    form network\n' >"$tmp/ro/y.samw"
printf '  collaboration  c "C" {\n}\n' >"$tmp/ro/z.samw"

# usage errors of every command
run "no arguments" "$SAMW"
run "unknown command" "$SAMW" frobnicate
run "help on nothing" "$SAMW" help frobnicate
for cmd in check fix fmt report graph portfolio rules explain keywords diff; do
	run "$cmd: unknown option" "$SAMW" $cmd --frobnicate
	run "$cmd: option without value" "$SAMW" $cmd --lang
	run "$cmd: help" "$SAMW" $cmd --help
done
for cmd in check report portfolio rules keywords; do
	run "$cmd: bad format" "$SAMW" $cmd --format frobnicate
done
run "check: bad colour" "$SAMW" check --color=sometimes x.samw
run "fmt: bad colour" "$SAMW" fmt --color=sometimes x.samw
run "check: bad number" "$SAMW" check --max-diagnostics many x.samw
run "check: bad size" "$SAMW" check --max-file-size big x.samw
run "check: unknown code" "$SAMW" check --allow SW999 x.samw
run "check: no files" "$SAMW" check
run "report: no files" "$SAMW" report
run "portfolio: no files" "$SAMW" portfolio
for cmd in check report graph portfolio; do
	run "$cmd: bad day" "$SAMW" $cmd --today 2026-02-30 x.samw
	run "$cmd: bad horizon" "$SAMW" $cmd --horizon 0 x.samw
	run "$cmd: bad SOURCE_DATE_EPOCH" env SOURCE_DATE_EPOCH=abc "$SAMW" $cmd x.samw
done
run "explain: no code" "$SAMW" explain
run "explain: two codes" "$SAMW" explain SW101 SW102
run "explain: unknown code" "$SAMW" explain SW999

# files that cannot be read
for cmd in check fmt report graph portfolio; do
	run "$cmd: missing file" "$SAMW" $cmd "$tmp/nope.samw"
	run "$cmd: folder without .samw files" "$SAMW" $cmd "$tmp/none"
	run "$cmd: device" "$SAMW" $cmd /dev/null
	run "$cmd: too large" "$SAMW" $cmd --max-file-size 10 "$ex/alliance-north-care.samw"
done
run "check: empty file" "$SAMW" check "$tmp/empty.samw"
run "check: closed standard input" sh -c "exec \"$SAMW\" check - <&-"
if [ "$(id -u)" != 0 ]; then
	cp "$ex/alliance-north-care.samw" "$tmp/locked.samw"
	chmod 000 "$tmp/locked.samw"
	run "check: unreadable file" "$SAMW" check "$tmp/locked.samw"
	chmod 555 "$tmp/ro"
	run "fmt: read-only folder" "$SAMW" fmt --write "$tmp/ro/z.samw"
	chmod 755 "$tmp/ro"
fi
run "fmt: --write on standard input" sh -c "\"$SAMW\" fmt --write - <\"$tmp/bad.samw\""
run "fmt: syntax error" "$SAMW" fmt "$tmp/ro/y.samw"

# the messages of checks, in the formats that carry no source text
for f in "$ex"/invalid/*.samw "$tmp/bad.samw"; do
	run "check --format gcc $(basename "$f")" "$SAMW" check --format gcc "$f"
done
run "diagnostics not shown" "$SAMW" check --max-diagnostics 1 --format gcc "$tmp/bad.samw"

# what is not read, and why (docs/security.md)
mkdir -p "$tmp/walk/deep" "$tmp/walk/.git"
cp "$tmp/bad.samw" "$tmp/walk/ok.samw"
ln -s /etc/passwd "$tmp/walk/out.samw"
ln -s /nowhere "$tmp/walk/broken.samw"
ln -s . "$tmp/walk/self"
mkfifo "$tmp/walk/fifo.samw"
d=$tmp/walk/deep
i=0
while [ $i -lt 66 ]; do d=$d/d; i=$((i + 1)); done
mkdir -p "$d"
for cmd in check "report --lang nl" "graph --lang nl"; do
	run "$cmd: links, a FIFO, a deep folder" "$SAMW" $cmd "$tmp/walk"
done
run "check: a FIFO named" "$SAMW" check "$tmp/walk/fifo.samw"
run "check: a file in /proc" "$SAMW" check /proc/self/status
ln -s /etc/passwd "$tmp/walk/.samwrc"
run "check: .samwrc through a link out" "$SAMW" check "$tmp/walk/ok.samw"
rm "$tmp/walk/.samwrc"
mkfifo "$tmp/walk/.samwrc"
run "check: a FIFO .samwrc" "$SAMW" check "$tmp/walk/ok.samw"
rm "$tmp/walk/.samwrc"
head -c 2000000 /dev/zero | tr '\0' '#' >"$tmp/walk/.samwrc"
run "check: a .samwrc too large" "$SAMW" check "$tmp/walk/ok.samw"
rm "$tmp/walk/.samwrc"
if [ -w /dev/full ]; then
	run "check: a write error" sh -c "\"$SAMW\" check \"$tmp/bad.samw\" >/dev/full"
	# what samw said is on stderr; stdout went to /dev/full
fi
printf '  collaboration  c "C" {\n}\n' >"$tmp/ugly.samw"
chmod 444 "$tmp/ugly.samw"
run "fmt: a read-only file" "$SAMW" fmt --write "$tmp/ugly.samw"
chmod 644 "$tmp/ugly.samw"
ln "$tmp/ugly.samw" "$tmp/ugly2.samw"
run "fmt: hard links" "$SAMW" fmt --write "$tmp/ugly.samw"
awk 'BEGIN { for (i = 0; i < 300; i++) print "\"x\"" }' >"$tmp/flood.samw"
run "fmt: a flood of diagnostics" "$SAMW" fmt --color never "$tmp/flood.samw"
run "report: beyond the limit" "$SAMW" report --lang nl --max-diagnostics 3 "$tmp/flood.samw"
awk 'BEGIN { print "collaboration c \"C\" {"; for (i = 0; i < 30; i++) print "    zz \"x\""; print "}" }' >"$tmp/many.samw"
run "report: a collaboration beyond the limit" "$SAMW" report --lang nl --max-diagnostics 3 "$tmp/many.samw"
printf 'collaboration c "C" {\n    goal "a\342\200\256b"\n}\n' >"$tmp/bidi.samw"
run "check: SW013" "$SAMW" check --format gcc "$tmp/bidi.samw"

# check --fix and samw fix: what they say they did, and why not
cp "$tmp/bad.samw" "$tmp/fix.samw"
run "fix --diff" "$SAMW" fix --diff "$tmp/fix.samw"
run "check --fix" "$SAMW" check --fix --format gcc "$tmp/fix.samw"
printf 'collaboration c {\n    form allaince\n    goal "x"\n    parrty a {\n        intrest "y"\n    }\n}\n' >"$tmp/fix2.samw"
run "fix: several" "$SAMW" fix --format gcc "$tmp/fix2.samw"
cp "$tmp/bad.samw" "$tmp/fixro.samw"
chmod 444 "$tmp/fixro.samw"
run "fix: a read-only file" "$SAMW" fix --format gcc "$tmp/fixro.samw"
printf 'collaboration c {\n    form allaince\n    goal "\377"\n}\n' >"$tmp/fixenc.samw"
run "fix: bytes that are not UTF-8" "$SAMW" fix --format gcc "$tmp/fixenc.samw"
run "fix: standard input" sh -c "\"$SAMW\" fix - <\"$tmp/bad.samw\""
run "check --diff without --fix" "$SAMW" check --diff "$tmp/bad.samw"
run "check --fix --verdict" "$SAMW" check --fix --verdict "$tmp/bad.samw"
run "help fix" "$SAMW" help fix

# .samwrc mistakes
mkdir -p "$tmp/proj"
cp "$tmp/bad.samw" "$tmp/proj/w.samw"
for rc in 'allow SW301' 'frobnicate=1' 'deny=SW999' 'warnings-as-errors=maybe' 'max-diagnostics=many' \
          'https://x:y@z=1' 'deny=a!b'; do
	printf '%s\n' "$rc" >"$tmp/proj/.samwrc"
	run ".samwrc: $rc" "$SAMW" check "$tmp/proj/w.samw"
done

# the checks that depend on the date, and the portfolio (issue 13)
run "check: the date checks" "$SAMW" check --format gcc --today 2026-06-15 "$here/portfolio"
run "portfolio" "$SAMW" portfolio --today 2026-06-15 "$here/portfolio"
run "portfolio, a horizon of 1 month" "$SAMW" portfolio --today 2026-06-15 --horizon 1 "$here/portfolio"
run "portfolio --format json" "$SAMW" portfolio --format json --today 2026-06-15 "$here/portfolio"
printf 'horizon = 0\n' >"$tmp/proj/.samwrc"
run ".samwrc: horizon = 0" "$SAMW" check "$tmp/proj/w.samw"
run ".samwrc: horizon = 0, portfolio" "$SAMW" portfolio "$tmp/proj/w.samw"
rm "$tmp/proj/.samwrc"
# samw diff and the baseline of samw check
run "diff: one file" "$SAMW" diff x.samw
run "diff: --staged alone" "$SAMW" diff --staged a b
run "diff: a bad --fail-on" "$SAMW" diff --fail-on never a b
run "diff: a file and a folder" "$SAMW" diff "$tmp/bad.samw" "$tmp/none"
run "diff: every kind of change" "$SAMW" diff "$here/diff/old.samw" "$here/diff/new.samw"
run "diff: verdicts and collaborations" "$SAMW" diff "$here/diff/old2.samw" "$here/diff/new2.samw"
run "diff: markdown" "$SAMW" diff --format markdown "$here/diff/old2.samw" "$here/diff/new2.samw"
# the workflow commands are GitHub's syntax; what follows them is samw's
"$SAMW" diff --format github "$here/diff/old2.samw" "$here/diff/new2.samw" | sed 's/^::[a-z]* [^:]*:://' >"$tmp/gh"
dutch "diff: github" "$tmp/gh"
run "diff: no change" "$SAMW" diff "$here/diff/old.samw" "$here/diff/old.samw"
printf 'x\0y' >"$tmp/binary.samw"
printf 'collaboration c "Caf\351" {\n}\n' >"$tmp/latin1.samw"
run "diff: a binary file" "$SAMW" diff "$tmp/bad.samw" "$tmp/binary.samw"
run "diff: not UTF-8" "$SAMW" diff "$tmp/bad.samw" "$tmp/latin1.samw"
run "diff --git: not a repository" sh -c "cd \"$tmp/none\" && GIT_CEILING_DIRECTORIES=\"$tmp\" \"$SAMW\" diff --git HEAD"
run "diff --git: a revision starting with -" "$SAMW" diff --git -x
mkdir -p "$tmp/bl/.git"
cp "$tmp/bad.samw" "$tmp/bl/w.samw"
run "check --write-baseline" "$SAMW" check --write-baseline "$tmp/bl/b.txt" "$tmp/bl/w.samw"
printf 'collaboration d {\n    form allaince\n}\n' >>"$tmp/bl/w.samw"
run "check --baseline" "$SAMW" check --format gcc --baseline "$tmp/bl/b.txt" "$tmp/bl/w.samw"
printf 'samw-baseline 1\nx\n' >"$tmp/bl/bad.txt"
run "check --baseline: a bad line" "$SAMW" check --baseline "$tmp/bl/bad.txt" "$tmp/bl/w.samw"
run "check --baseline: another version" "$SAMW" check --baseline "$tmp/bl/w.samw" "$tmp/bl/w.samw"
run "check --baseline: both" "$SAMW" check --baseline a --write-baseline b x.samw
run "check --write-baseline: cannot write" "$SAMW" check --write-baseline "$tmp/no/b.txt" "$tmp/bl/w.samw"

# the report and the graph of Dutch files that state what language v2 can:
# every label in Dutch (of the graph, its labels without the DOT around them)
for f in "$here/report/v2.samw" "$ex/gemeenschappelijke-regeling-ggd.samw" \
         "$ex/prestatieafspraken-wonen-deventer.samw"; do
	run "report $(basename "$f")" "$SAMW" report "$f"
	"$SAMW" graph "$f" 2>/dev/null | grep -o 'label="[^"]*"' |
		sed -e 's/^label="//' -e 's/"$//' -e 's/\\n/ /g' >"$tmp/labels"
	dutch "graph labels of $(basename "$f")" "$tmp/labels"
done

echo "dutch: $pass passed, $fail failed"
[ "$fail" = 0 ]
