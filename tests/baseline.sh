#!/bin/sh
# The baseline of samw check: a repository adopting samw records its
# findings with --write-baseline and passes with --baseline; lines moved
# and comments added keep it passing; a new finding of a code already in
# the baseline elsewhere fails it; counting (twice in the baseline, three
# times now: one new); entries that no longer occur; .samwrc naming the
# baseline; a broken baseline is exit status 2. Exact output throughout.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/helpers.sh
. "$here/helpers.sh"

# A repository of descriptions with findings, adopting samw
repo=$tmp/repo
mkdir -p "$repo/.git" "$repo/care"
cp "$root/examples/invalid/c5-agreements.samw" "$repo/care/agreements.samw"
cp "$root/examples/invalid/c6-form.samw" "$repo/form.samw"
cd "$repo" || exit 2

expect "findings before the baseline" 1 "$SAMW" check .
tail -n 1 "$tmp/out" >"$tmp/l"
is "findings before the baseline" "$tmp/l" "4 errors, 7 warnings in 2 files"
expect "writing the baseline" 0 "$SAMW" check --write-baseline samw-baseline.txt .
if [ -s "$tmp/out" ]; then fail=$((fail + 1)); echo "FAIL writing the baseline printed diagnostics"; else pass=$((pass + 1)); fi
is "writing the baseline: what it says" "$tmp/err" "samw: baseline samw-baseline.txt written: 11 findings"
head -n 5 samw-baseline.txt >"$tmp/head"
is "the baseline's format" "$tmp/head" "# samw baseline: findings that \`samw check --baseline FILE\` does not report again.
# Written by \`samw check --write-baseline FILE\`. One finding a line: code, file,
# collaboration (- outside every one) and message, separated by tabs.
samw-baseline 1
SW501	care/agreements.samw	ketenoverleg	collaboration 'ketenoverleg' states no agreement"
grep -c . samw-baseline.txt >"$tmp/n"
is "one line a finding" "$tmp/n" 15
expect "the baseline passes" 0 "$SAMW" check --baseline samw-baseline.txt .
is "the baseline passes" "$tmp/out" "0 errors, 0 warnings in 2 files"
is "the baseline's counts" "$tmp/err" "samw: baseline samw-baseline.txt: 11 known findings not shown, 0 entries no longer occur"
# the same from another folder, the files named otherwise
expect "from another folder" 0 sh -c "cd care && '$SAMW' check --baseline ../samw-baseline.txt ../form.samw agreements.samw"
is "from another folder" "$tmp/err" "samw: baseline ../samw-baseline.txt: 11 known findings not shown, 0 entries no longer occur"
expect "rewriting it gives the same file" 0 "$SAMW" check --write-baseline again.txt care ./form.samw
if cmp -s samw-baseline.txt again.txt; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL the baseline is not stable"; fi

# unrelated edits: lines moved, comments and blank lines added, a block moved
{ printf '# A comment at the top\n\n\n'; cat care/agreements.samw; } >"$tmp/x" && mv "$tmp/x" care/agreements.samw
awk '/^collaboration/ && !done { print "# moved down by this comment\n"; done = 1 } { print }' form.samw >"$tmp/x" && mv "$tmp/x" form.samw
expect "lines moved: still passes" 0 "$SAMW" check --baseline samw-baseline.txt .
is "lines moved: still passes" "$tmp/out" "0 errors, 0 warnings in 2 files"
"$SAMW" fmt --lang nl --write form.samw
expect "written in Dutch by fmt: still passes" 0 "$SAMW" check --baseline samw-baseline.txt .
is "written in Dutch by fmt: still passes" "$tmp/err" "samw: baseline samw-baseline.txt: 11 known findings not shown, 0 entries no longer occur"

# a new error of a code the baseline holds (SW501), in another collaboration
cat >>care/agreements.samw <<'EOF'

collaboration tweede "Second" {
    form network
    goal "Another"
    term 2025-01-01 until 2027-12-31
    result "Something"
    party a "A" {
        interest "I"
        contributes "C"
        gives-up "G"
        person "X" role director
    }
    party b "B" {
        interest "I"
        contributes "C"
        gives-up "G"
        person "Y" role director
    }
    governance {
        body board {
            members a, b
            decides consensus
        }
    }
}
EOF
line=$(grep -n '^collaboration tweede' care/agreements.samw | cut -d: -f1)
expect "a new error fails" 1 "$SAMW" check --format gcc --baseline samw-baseline.txt .
is "a new error fails" "$tmp/out" "./care/agreements.samw:$line:15: note: collaboration 'tweede' does not describe its own strategy, process design and management style [SW205]
./care/agreements.samw:$line:15: error: collaboration 'tweede' states no agreement [SW501]"
is "a new error fails: counts" "$tmp/err" "samw: baseline samw-baseline.txt: 11 known findings not shown, 0 entries no longer occur"

# counting: twice in the baseline, three times now: one new
mkdir -p "$tmp/count/.git"
cd "$tmp/count" || exit 2
printf 'collaboration c "C" {\n    form allaince\n    goal ""\n    goal ""\n}\n' >x.samw
"$SAMW" check --write-baseline b.txt --allow SW101 --allow SW201 --allow SW202 --allow SW203 --allow SW204 \
	--allow SW205 --allow SW404 --allow SW501 --allow SW703 x.samw 2>/dev/null
grep -c "the text after 'goal' is empty" b.txt >"$tmp/n"
is "counting: twice in the baseline" "$tmp/n" 2
printf 'collaboration c "C" {\n    goal ""\n    form allaince\n    goal ""\n    goal ""\n}\n' >x.samw
expect "counting: three times now" 1 "$SAMW" check --format gcc --baseline b.txt --allow SW101 --allow SW201 \
	--allow SW202 --allow SW203 --allow SW204 --allow SW205 --allow SW404 --allow SW501 --allow SW703 x.samw
is "counting: one new, the last" "$tmp/out" "x.samw:5:10: error: the text after 'goal' is empty [SW005]"
# fixed: the entries that no longer occur are counted, and the run passes
printf 'collaboration c "C" {\n    form alliance\n}\n' >x.samw
expect "entries that no longer occur" 0 "$SAMW" check --baseline b.txt --allow SW101 --allow SW201 --allow SW202 \
	--allow SW203 --allow SW204 --allow SW205 --allow SW404 --allow SW501 --allow SW703 --allow SW602 x.samw
is "entries that no longer occur" "$tmp/err" "samw: baseline b.txt: 0 known findings not shown, 3 entries no longer occur; write it again with --write-baseline to drop the entries that no longer occur"
expect "in Dutch" 0 "$SAMW" check --lang nl --baseline b.txt --allow SW101 --allow SW201 --allow SW202 \
	--allow SW203 --allow SW204 --allow SW205 --allow SW404 --allow SW501 --allow SW703 --allow SW602 x.samw
is "in Dutch" "$tmp/err" "samw: basislijn b.txt: 0 bekende bevindingen niet getoond, 3 regels komen niet meer voor; schrijf de basislijn opnieuw met --write-baseline om de regels te schrappen die niet meer voorkomen"

# .samwrc names the baseline, relative to its own folder
cd "$repo" || exit 2
printf 'baseline = samw-baseline.txt\n' >.samwrc
expect ".samwrc: the baseline" 1 sh -c "cd care && '$SAMW' check --format gcc agreements.samw"
grep -c . "$tmp/out" >"$tmp/n"
is ".samwrc: only the new findings" "$tmp/n" 2
is ".samwrc: the baseline named" "$tmp/err" "samw: baseline $repo/samw-baseline.txt: 7 known findings not shown, 0 entries no longer occur"
expect "--no-config: no baseline" 1 "$SAMW" check --no-config --format gcc care/agreements.samw
grep -c . "$tmp/out" >"$tmp/n"
is "--no-config: every finding" "$tmp/n" 9
rm .samwrc

# a broken baseline: exit status 2, a clear message
printf 'samw-baseline 2\n' >"$tmp/v2.txt"
expect "another version" 2 "$SAMW" check --baseline "$tmp/v2.txt" form.samw
is "another version" "$tmp/err" "samw: $tmp/v2.txt: not a samw baseline of version 1 (its first line that is not a comment must be 'samw-baseline 1')"
printf '# c\nsamw-baseline 1\nSW501 x.samw\n' >"$tmp/bad.txt"
expect "a bad line" 2 "$SAMW" check --baseline "$tmp/bad.txt" form.samw
is "a bad line" "$tmp/err" "samw: $tmp/bad.txt:3: not an entry of a baseline (a code, a file, a collaboration and a message, separated by tabs)"
expect "a missing baseline" 2 "$SAMW" check --baseline "$tmp/none.txt" form.samw
is "a missing baseline" "$tmp/err" "samw: $tmp/none.txt: no such file"
expect "both options" 2 "$SAMW" check --baseline a --write-baseline b form.samw
is "both options" "$tmp/err" "samw: --baseline and --write-baseline cannot be combined
See 'samw --help'."
if [ "$(id -u)" != 0 ]; then
	mkdir -p "$tmp/ro"
	chmod 555 "$tmp/ro"
	expect "an unwritable baseline" 2 "$SAMW" check --write-baseline "$tmp/ro/b.txt" form.samw
	chmod 755 "$tmp/ro"
fi
expect "a baseline in a missing folder" 2 "$SAMW" check --write-baseline "$tmp/no/such/b.txt" form.samw
is "a baseline in a missing folder" "$tmp/err" "samw: $tmp/no/such/b.txt: cannot write the baseline: No such file or directory"

echo "baseline: $pass passed, $fail failed"
[ "$fail" = 0 ]
