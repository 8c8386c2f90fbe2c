#!/bin/sh
# samw portfolio and the checks that depend on the date (issue 13): the
# portfolio of tests/portfolio/ as on 2026-06-15 in Markdown (English and
# Dutch), JSON (validated against docs/portfolio.schema.json) and DOT
# (rendered with Graphviz), each compared byte for byte with its golden
# file in tests/portfolio/golden/; report --portfolio and graph --portfolio
# give the same; SOURCE_DATE_EPOCH gives the same as --today; bad --today,
# --horizon, SOURCE_DATE_EPOCH and .samwrc horizon values are usage errors;
# SW712-SW714 through the command line, with exact positions. Run by
# `make check` with SAMW set; `UPDATE=1 tests/portfolio.sh` rewrites the
# golden files (read the diff before committing them).
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
here=$(cd "$(dirname "$0")" && pwd)
root="$here/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
# no day from the environment unless a test sets one
unset SOURCE_DATE_EPOCH
cd "$root" || exit 1

# ok, bad, expect (under a time limit), has
. "$here/harness.sh"

# same NAME FILE GOLDEN: FILE is GOLDEN byte for byte
same() {
	if [ "${UPDATE:-}" = 1 ]; then
		cp "$2" "$3"
	fi
	if cmp -s "$2" "$3"; then
		ok
	else
		bad "$1: differs from $3:"
		diff "$3" "$2" | head -20
	fi
}

g=tests/portfolio/golden
day=--today=2026-06-15

# (a) the golden outputs; the exit status is 1: sub/history.samw has an
# error (SW102, a person as a party)
expect "portfolio en" 1 "$SAMW" portfolio "$day" --lang en tests/portfolio
same "portfolio markdown, English" "$tmp/out" "$g/portfolio.en.md"
expect "portfolio nl" 1 "$SAMW" portfolio "$day" --lang nl tests/portfolio
same "portfolio markdown, Dutch" "$tmp/out" "$g/portfolio.nl.md"
expect "portfolio json" 1 "$SAMW" portfolio "$day" --lang en --format json tests/portfolio
same "portfolio json" "$tmp/out" "$g/portfolio.json"
cp "$tmp/out" "$tmp/en.json"
expect "portfolio json nl" 1 "$SAMW" portfolio "$day" --lang nl --format json tests/portfolio
cp "$tmp/out" "$tmp/nl.json"
expect "portfolio dot" 1 "$SAMW" portfolio "$day" --lang en --format dot tests/portfolio
same "portfolio dot" "$tmp/out" "$g/portfolio.dot"
cp "$tmp/out" "$tmp/p.dot"

# (b) the JSON validates, also over every example with a file that cannot
# be read; the picture renders
expect "portfolio of the examples" 2 "$SAMW" portfolio "$day" --format json examples "$tmp/missing.samw"
cp "$tmp/out" "$tmp/examples.json"
has "a missing file is named" "$tmp/err" "samw: $tmp/missing.samw: no such file"
if /usr/bin/python3 tests/validate.py docs/portfolio.schema.json "$tmp/en.json" "$tmp/nl.json" "$tmp/examples.json" >"$tmp/v" 2>&1; then
	ok
else
	bad "portfolio JSON does not validate against docs/portfolio.schema.json"; cat "$tmp/v"
fi
if /usr/bin/python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
f = [x for x in d["files"] if not x["read"]]
assert len(f) == 1 and f[0]["message"] == "no such file", f
assert d["counts"]["collaborations"] == len(d["collaborations"])
assert d["counts"]["organisations"] == len(d["organisations"])
assert sum(d["counts"]["form"].values()) == len(d["collaborations"])
' "$tmp/examples.json"; then ok; else bad "the examples' portfolio: files, counts"; fi
if command -v dot >/dev/null 2>&1; then
	if dot -Tsvg "$tmp/p.dot" >/dev/null 2>"$tmp/doterr"; then ok; else bad "dot cannot render the portfolio"; cat "$tmp/doterr"; fi
	"$SAMW" graph --portfolio "$day" examples >"$tmp/ex.dot" 2>/dev/null
	if dot -Tsvg "$tmp/ex.dot" >/dev/null 2>"$tmp/doterr"; then ok; else bad "dot cannot render the examples' portfolio"; cat "$tmp/doterr"; fi
else
	bad "graphviz's dot is not installed (scripts/deps.sh test)"
fi

# (c) report --portfolio and graph --portfolio write the same
"$SAMW" report --portfolio "$day" --lang en tests/portfolio >"$tmp/r.md" 2>/dev/null
cmp -s "$tmp/r.md" "$g/portfolio.en.md" && ok || bad "report --portfolio differs from portfolio"
"$SAMW" report --portfolio --format json "$day" --lang en tests/portfolio >"$tmp/r.json" 2>/dev/null
cmp -s "$tmp/r.json" "$g/portfolio.json" && ok || bad "report --portfolio --format json differs from portfolio --format json"
"$SAMW" graph --portfolio "$day" --lang en tests/portfolio >"$tmp/r.dot" 2>/dev/null
cmp -s "$tmp/r.dot" "$g/portfolio.dot" && ok || bad "graph --portfolio differs from portfolio --format dot"

# (d) SOURCE_DATE_EPOCH: any second of 2026-06-15 (UTC) gives that day;
# --today wins over it; two runs give the same bytes
for s in 1781481600 1781567999; do
	SOURCE_DATE_EPOCH=$s "$SAMW" portfolio --lang en tests/portfolio >"$tmp/e.md" 2>/dev/null
	cmp -s "$tmp/e.md" "$g/portfolio.en.md" && ok || bad "SOURCE_DATE_EPOCH=$s is not 2026-06-15"
done
SOURCE_DATE_EPOCH=1781568000 "$SAMW" portfolio --lang en tests/portfolio 2>/dev/null | head -3 >"$tmp/e.md"
has "SOURCE_DATE_EPOCH: the next day" "$tmp/e.md" "As on 2026-06-16; a term or review within 6 months counts as soon."
SOURCE_DATE_EPOCH=0 "$SAMW" portfolio "$day" --lang en tests/portfolio >"$tmp/e.md" 2>/dev/null
cmp -s "$tmp/e.md" "$g/portfolio.en.md" && ok || bad "--today does not win over SOURCE_DATE_EPOCH"
SOURCE_DATE_EPOCH=0 "$SAMW" portfolio --lang en tests/portfolio 2>/dev/null | head -3 >"$tmp/e.md"
has "SOURCE_DATE_EPOCH=0" "$tmp/e.md" "As on 1970-01-01; a term or review within 6 months counts as soon."
SOURCE_DATE_EPOCH=1781481600 "$SAMW" check --format gcc tests/portfolio >"$tmp/c1" 2>&1
"$SAMW" check --format gcc "$day" tests/portfolio >"$tmp/c2" 2>&1
cmp -s "$tmp/c1" "$tmp/c2" && ok || bad "check: SOURCE_DATE_EPOCH and --today differ"
# without either: today's date, whatever it is
"$SAMW" portfolio --lang en tests/portfolio 2>/dev/null | head -3 >"$tmp/e.md"
has "the clock's day" "$tmp/e.md" "As on $(date -u +%Y-%m-%d); a term or review within 6 months counts as soon."

# (e) bad values: exit status 2 and one message, for each command that
# takes them
for cmd in check report graph portfolio; do
	expect "$cmd --today 2026-02-30" 2 "$SAMW" "$cmd" --today 2026-02-30 tests/portfolio
	has "$cmd --today 2026-02-30: message" "$tmp/err" "samw: --today takes a date written YYYY-MM-DD, not '2026-02-30'"
	expect "$cmd --horizon 0" 2 "$SAMW" "$cmd" --horizon 0 tests/portfolio
	has "$cmd --horizon 0: message" "$tmp/err" "samw: --horizon takes a number of months from 1 to 120, not '0'"
done
for v in 2026-6-15 tomorrow 20260615 ""; do
	expect "--today '$v'" 2 "$SAMW" portfolio --today "$v" tests/portfolio
	has "--today '$v': message" "$tmp/err" "samw: --today takes a date written YYYY-MM-DD, not '$v'"
done
for v in 121 -1 six 1.5; do
	expect "--horizon $v" 2 "$SAMW" portfolio --horizon "$v" tests/portfolio
	has "--horizon $v: message" "$tmp/err" "samw: --horizon takes a number of months from 1 to 120, not '$v'"
done
expect "--today without a value" 2 "$SAMW" portfolio tests/portfolio --today
has "--today without a value: message" "$tmp/err" "samw: option '--today' needs a value"
for v in abc -1 1e9 253402300800 ""; do
	SOURCE_DATE_EPOCH=$v expect "SOURCE_DATE_EPOCH='$v'" 2 "$SAMW" check tests/portfolio
	has "SOURCE_DATE_EPOCH='$v': message" "$tmp/err" "samw: SOURCE_DATE_EPOCH takes a number of seconds since 1970-01-01 00:00 UTC, not '$v'"
done
SOURCE_DATE_EPOCH=abc expect "--today: SOURCE_DATE_EPOCH is not read" 1 "$SAMW" check "$day" tests/portfolio
SOURCE_DATE_EPOCH=253402300799 expect "SOURCE_DATE_EPOCH: the last second of 9999" 0 "$SAMW" portfolio tests/portfolio/zorg.samw
has "SOURCE_DATE_EPOCH: the last second of 9999" "$tmp/out" "As on 9999-12-31; a term or review within 6 months counts as soon."
LANG=nl_NL.UTF-8 expect "--today, in Dutch" 2 "$SAMW" portfolio --today 2026-13-01 tests/portfolio
has "--today, in Dutch: message" "$tmp/err" "samw: --today is een datum in de vorm JJJJ-MM-DD, niet '2026-13-01'"
expect "no files" 2 "$SAMW" portfolio "$day"
has "no files: message" "$tmp/err" "samw: name one or more files, or - for standard input"
expect "an unknown format" 2 "$SAMW" portfolio "$day" --format html tests/portfolio
has "an unknown format: message" "$tmp/err" "samw: --format takes markdown, json or dot, not 'html'"
expect "--portfolio is not an option of check" 2 "$SAMW" check --portfolio tests/portfolio
has "--portfolio is not an option of check: message" "$tmp/err" "samw: unknown option '--portfolio'"

# (f) the date checks through the command line, exact code, severity and
# place; on 2026-06-15 with the default horizon of 6 months
expect "check as on 2026-06-15" 1 "$SAMW" check --format gcc "$day" tests/portfolio
has "SW712" "$tmp/out" "tests/portfolio/sub/history.samw:9:27: warning: the term of 'pilot' ended on 2026-03-31, but the collaboration is not recorded as ended [SW712]"
has "SW714" "$tmp/out" "tests/portfolio/zorg.samw:10:27: note: the term of 'zorg' ends on 2026-09-30, within 6 months, and no exit arrangement is stated [SW714]"
has "SW713" "$tmp/out" "tests/portfolio/zorg.samw:11:12: note: the review of 2026-01-15 has passed and no later review is planned [SW713]"
[ "$(grep -c 'SW71[234]' "$tmp/out")" = 3 ] && ok || bad "check: other date diagnostics than these three"
expect "check as on 2026-06-15, in Dutch" 1 "$SAMW" check --format gcc --lang nl "$day" tests/portfolio/sub/history.samw
has "SW712 in Dutch" "$tmp/out" "tests/portfolio/sub/history.samw:9:27: warning: de looptijd van 'pilot' is op 2026-03-31 verstreken, maar de samenwerking staat niet als beëindigd vermeld [SW712]"
expect "horizon 3: SW714 silent" 0 "$SAMW" check --format gcc --horizon 3 "$day" tests/portfolio/zorg.samw
[ "$(grep -c 'SW714' "$tmp/out")" = 0 ] && ok || bad "--horizon 3 still reports SW714 for 2026-09-30"
expect "horizon 4: SW714" 0 "$SAMW" check --format gcc --horizon 4 "$day" tests/portfolio/zorg.samw
has "SW714 within 4 months" "$tmp/out" "tests/portfolio/zorg.samw:10:27: note: the term of 'zorg' ends on 2026-09-30, within 4 months, and no exit arrangement is stated [SW714]"
expect "--allow term-ended" 1 "$SAMW" check --format gcc --allow term-ended "$day" tests/portfolio/sub/history.samw
[ "$(grep -c 'SW712' "$tmp/out")" = 0 ] && ok || bad "--allow term-ended does not silence SW712"
expect "--deny SW713" 1 "$SAMW" check --format gcc --deny SW713 "$day" tests/portfolio/zorg.samw
has "--deny SW713" "$tmp/out" "tests/portfolio/zorg.samw:11:12: error: the review of 2026-01-15 has passed and no later review is planned [SW713]"
# the date checks decide no criterion: the verdict is the same on any day
"$SAMW" check --verdict --today 2020-01-01 tests/portfolio 2>&1 | grep -v ' in 3 files$' >"$tmp/v1"
"$SAMW" check --verdict --today 2030-01-01 tests/portfolio 2>&1 | grep -v ' in 3 files$' >"$tmp/v2"
[ "$(wc -l <"$tmp/v1")" = 4 ] && cmp -s "$tmp/v1" "$tmp/v2" && ok || bad "the verdict depends on the day"

# (g) .samwrc: horizon = N, the command line over it, a bad value named by
# file and line
mkdir -p "$tmp/repo/.git"
cp tests/portfolio/zorg.samw "$tmp/repo/"
printf 'horizon = 3\n' >"$tmp/repo/.samwrc"
expect ".samwrc horizon 3" 0 "$SAMW" check --format gcc "$day" "$tmp/repo/zorg.samw"
[ "$(grep -c 'SW714' "$tmp/out")" = 0 ] && ok || bad ".samwrc horizon = 3 still reports SW714"
expect ".samwrc horizon 3, --horizon 5" 0 "$SAMW" check --format gcc --horizon 5 "$day" "$tmp/repo/zorg.samw"
has "--horizon over .samwrc" "$tmp/out" "$tmp/repo/zorg.samw:10:27: note: the term of 'zorg' ends on 2026-09-30, within 5 months, and no exit arrangement is stated [SW714]"
expect ".samwrc horizon in the portfolio" 0 "$SAMW" portfolio "$day" "$tmp/repo"
has ".samwrc horizon in the portfolio" "$tmp/out" "## Term ends within 3 months"
expect "--no-config" 0 "$SAMW" portfolio --no-config "$day" "$tmp/repo"
has "--no-config: 6 months" "$tmp/out" "## Term ends within 6 months"
printf '# settings\nhorizon = 1 year\n' >"$tmp/repo/.samwrc"
expect ".samwrc horizon bad" 2 "$SAMW" check "$day" "$tmp/repo/zorg.samw"
has ".samwrc horizon bad: message" "$tmp/err" "samw: $tmp/repo/.samwrc:2: horizon takes a number of months from 1 to 120"

# (h) names that are not plain text are escaped in every format
cat >"$tmp/hostile.samw" <<'SAMW'
collaboration h "Say \"hi\" \\ | *bold* [x](y)" {
    form network
    goal "g"
    party a "Org \"A\" \\ [x](http://e.invalid)" {
        kvk "12345678"
    }
    party b "B|C" {
    }
    agreement k {
        kind contract
    }
}
SAMW
expect "hostile names" 0 "$SAMW" portfolio "$day" --format dot "$tmp/hostile.samw"
has "DOT: quotes and backslashes escaped" "$tmp/out" "	\"organisation:kvk:12345678\" [shape=box, style=filled, fillcolor=\"#e3edfb\", label=\"Org \\\"A\\\" \\\\ [x](http://e.invalid)\"];"
expect "hostile names, markdown" 0 "$SAMW" portfolio "$day" "$tmp/hostile.samw"
has "Markdown: a heading without markup" "$tmp/out" '### Org "A" \\ \[x\](http\://e.invalid)'
has "Markdown: a table cell without markup" "$tmp/out" "### B\\|C"
expect "hostile names, json" 0 "$SAMW" portfolio "$day" --format json "$tmp/hostile.samw"
if /usr/bin/python3 tests/validate.py docs/portfolio.schema.json "$tmp/out" >/dev/null; then ok; else bad "hostile JSON does not validate"; fi

# (i) help in both languages
expect "help portfolio" 0 "$SAMW" help portfolio
has "help portfolio" "$tmp/out" "Usage: samw portfolio [OPTIONS] DIR|FILE..."
expect "help portfolio nl" 0 "$SAMW" help portfolio --lang nl
has "help portfolio nl" "$tmp/out" "Gebruik: samw portfolio [OPTIES] MAP|BESTAND..."

echo "portfolio: $pass passed, $fail failed"
[ "$fail" = 0 ]
