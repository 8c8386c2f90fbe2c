#!/bin/sh
# Language v2 from the outside: every keyword and value of the table in both
# spellings, fmt's translation both ways, and meaning kept by translation.
#
# tests/lang/natural-nl.samw is written as a Dutch civil servant writes (the
# aliases people use: samenwerkingsverband, brengt in, voor onbepaalde tijd,
# risicos, ondertekend, beslist bij meerderheid van stemmen 2/3, ...);
# tests/lang/en.samw and nl.samw are its canonical forms in each language.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
# the checks that depend on the date (SW712-SW714) run as on a fixed day,
# 2021-01-01, before every date the examples hold: the same output on any
# day (tests/portfolio.sh tests those checks)
SOURCE_DATE_EPOCH=1609459200
export SOURCE_DATE_EPOCH
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL $*"; }

L=$here/lang
# the canonical forms, each way
"$SAMW" fmt --lang en "$L/natural-nl.samw" >"$tmp/en" && cmp -s "$tmp/en" "$L/en.samw" && ok ||
	{ no "fmt --lang en of natural-nl.samw is not en.samw"; diff "$L/en.samw" "$tmp/en" | head -20; }
"$SAMW" fmt --lang nl "$L/natural-nl.samw" >"$tmp/nl" && cmp -s "$tmp/nl" "$L/nl.samw" && ok ||
	{ no "fmt --lang nl of natural-nl.samw is not nl.samw"; diff "$L/nl.samw" "$tmp/nl" | head -20; }
"$SAMW" fmt --lang nl "$L/en.samw" | cmp -s - "$L/nl.samw" && ok || no "en.samw --lang nl is not nl.samw"
"$SAMW" fmt --lang en "$L/nl.samw" | cmp -s - "$L/en.samw" && ok || no "nl.samw --lang en is not en.samw"
"$SAMW" fmt --check "$L/en.samw" "$L/nl.samw" >/dev/null && ok || no "en.samw and nl.samw are not canonical"

# the three say the same: the same diagnostics on the same lines, the same
# verdicts (messages in English for all three)
for f in natural-nl en nl; do
	"$SAMW" check --format gcc "$L/$f.samw" | sed 's/^[^:]*:\([0-9]*\):[0-9]*: \([a-z]*\): .*\(\[SW[0-9]*\]\)$/\1: \2 \3/' >"$tmp/$f.diags"
	"$SAMW" check --verdict "$L/$f.samw" | grep ': [^ :]*: [A-Z]' | sed 's/^[^:]*:\([0-9]*\):[0-9]*: /\1: /' >"$tmp/$f.verdicts"
done
for f in en nl; do
	cmp -s "$tmp/natural-nl.diags" "$tmp/$f.diags" && ok ||
		{ no "$f.samw reports other diagnostics than natural-nl.samw"; diff "$tmp/natural-nl.diags" "$tmp/$f.diags"; }
	cmp -s "$tmp/natural-nl.verdicts" "$tmp/$f.verdicts" && ok ||
		{ no "$f.samw has other verdicts than natural-nl.samw"; diff "$tmp/natural-nl.verdicts" "$tmp/$f.verdicts"; }
done
# and what they say: no errors or warnings but the advice this file shows
[ "$(grep -c ' error \| warning ' "$tmp/natural-nl.diags")" = 2 ] && ok ||
	{ no "natural-nl.samw: expected exactly two warnings (SW203, SW204 of 'archief')"; cat "$tmp/natural-nl.diags"; }
cat >"$tmp/want.verdicts" <<'EOD'
5: regio: A collaboration in the sense of the definition: a central-municipality arrangement of 2 autonomous organisations (of a membership of 7); not counted: 'oldenzaal' has left.
83: verkenning: Not yet a collaboration: exploring a collaboration of 2 autonomous organisations; not yet evidenced: durable agreement, term, governance, results.
104: gestopt: A collaboration in the sense of the definition: a network of 2 autonomous organisations; it has ended.
140: belasting: Not yet a collaboration: sharing ideas for a collaboration of 2 autonomous organisations; not yet evidenced: durable agreement, term, governance, results.
159: archief: A collaboration in the sense of the definition: an arrangement without a joint body of 2 autonomous organisations; not evidenced: C2 (a form of organising).
EOD
cmp -s "$tmp/want.verdicts" "$tmp/natural-nl.verdicts" && ok ||
	{ no "natural-nl.samw verdicts"; diff "$tmp/want.verdicts" "$tmp/natural-nl.verdicts"; }

# every keyword and value of the table, in both spellings, in the canonical
# forms of the examples and this file (outside texts and comments): a new
# word without an example fails here. `allow` lives in comments only, and
# `and` (`en`) between the items of a list becomes a comma in fmt's output
# (tested below).
"$SAMW" keywords --format json >"$tmp/kw.json"
for f in "$root"/examples/*.samw "$root"/examples/invalid/*.samw "$root"/examples/gemeente-*/*.samw "$L/natural-nl.samw"; do
	"$SAMW" fmt --lang en "$f" >>"$tmp/all.en" 2>/dev/null
	"$SAMW" fmt --lang nl "$f" >>"$tmp/all.nl" 2>/dev/null
done
missing=$(/usr/bin/python3 - "$tmp/kw.json" "$tmp/all.en" "$tmp/all.nl" <<'EOP'
import json, re, sys
kw = json.load(open(sys.argv[1]))['keywords']
text = {}
for lang, path in (('en', sys.argv[2]), ('nl', sys.argv[3])):
    t = open(path, encoding='utf-8', errors='replace').read()
    t = re.sub(r'"(?:[^"\\]|\\.)*"', '', t)
    text[lang] = re.sub(r'#[^\n]*', '', t)
for k in kw:
    if k['id'] in ('ALLOW', 'AND'):
        continue
    for lang in ('en', 'nl'):
        if not re.search(r'(?<![\w-])' + re.escape(k[lang]) + r'(?![\w-])', text[lang]):
            print('%s (%s)' % (k[lang], k['id']))
EOP
)
[ -z "$missing" ] && ok || no "keywords without an example in either spelling: $missing"

# every bundled example, translated to Dutch and back, is its English form,
# and means the same in either language (same diagnostics, same verdicts)
for f in "$root"/examples/*.samw "$L/natural-nl.samw"; do
	b=$(basename "$f")
	"$SAMW" fmt --lang en "$f" >"$tmp/e.samw" || { no "$b: fmt --lang en"; continue; }
	"$SAMW" fmt --lang nl "$f" >"$tmp/n.samw" || { no "$b: fmt --lang nl"; continue; }
	"$SAMW" fmt --lang en "$tmp/n.samw" | cmp -s - "$tmp/e.samw" && ok || no "$b: --lang nl then --lang en is not its English form"
	"$SAMW" fmt --lang nl "$tmp/e.samw" | cmp -s - "$tmp/n.samw" && ok || no "$b: --lang en then --lang nl is not its Dutch form"
	for x in e n; do
		"$SAMW" check --format gcc "$tmp/$x.samw" |
			sed 's/^[^:]*:\([0-9]*\):[0-9]*: \([a-z]*\): .*\(\[SW[0-9]*\]\)$/\1: \2 \3/' >"$tmp/$x.d"
	done
	cmp -s "$tmp/e.d" "$tmp/n.d" && ok || { no "$b: other diagnostics in Dutch than in English"; diff "$tmp/e.d" "$tmp/n.d" | head; }
	for x in e n; do
		"$SAMW" check --verdict "$tmp/$x.samw" | grep ': [^ :]*: [A-Z]' | sed 's/^[^:]*:\([0-9]*\):[0-9]*: /\1: /' >"$tmp/$x.v"
	done
	[ -s "$tmp/e.v" ] && cmp -s "$tmp/e.v" "$tmp/n.v" && ok || { no "$b: other verdicts in Dutch than in English"; diff "$tmp/e.v" "$tmp/n.v" | head; }
done

# amounts follow the language they are written in: translated, they keep
# their value
printf 'collaboration c "C" {\n    budget EUR 1,250,000.50\n}\n' >"$tmp/m.samw"
out=$("$SAMW" fmt --lang nl "$tmp/m.samw" | sed -n 2p)
[ "$out" = "    begroting EUR 1.250.000,50" ] && ok || no "amount to Dutch: '$out'"
printf 'samenwerking c "C" {\n    begroting € 1.250\n}\n' >"$tmp/m.samw"
out=$("$SAMW" fmt --lang en "$tmp/m.samw" | sed -n 2p)
[ "$out" = "    budget € 1,250" ] && ok || no "amount to English: '$out'"
# € directly before a number of any length is read as € and the number
# (docs/language.md, Amounts); fmt writes the space
for written in '€1250' '€12.500,50' '€1,5'; do
	printf 'samenwerking c "C" {\n    begroting %s\n}\n' "$written" >"$tmp/m.samw"
	out=$("$SAMW" fmt "$tmp/m.samw" | sed -n 2p)
	[ "$out" = "    begroting € ${written#€}" ] && ok || no "$written read as an amount: '$out'"
done
# a file translated in part (the statements under a goal, which takes no
# block, stay as written) is read in the other language: an amount of one
# sign before three digits gets its cents, not a second reading
printf 'collaboration c "C" {\n    party a "A" {\n        contributes "x" EUR 800,000\n    }\n    goal "g" {\n        kind contract\n        between a, b\n        signed 2023-01-01\n        effective 2023-01-01\n        members a, b\n        decides consensus\n        chair a\n    }\n}\n' >"$tmp/part.samw"
"$SAMW" fmt --lang nl "$tmp/part.samw" >"$tmp/part-nl.samw"
out=$(sed -n 3p "$tmp/part-nl.samw")
[ "$out" = '        inbreng "x" EUR 800.000,00' ] && ok || no "amount in a file translated in part: '$out'"
"$SAMW" check --format gcc "$tmp/part-nl.samw" | grep -q SW005 && no "the translated amount reads two ways" || ok
# an amount that reads two ways where it stands would read one of them
# in the other language: not translated, and said why (exit 1)
printf 'collaboration c "C" {\n    budget EUR 2.500\n}\n' >"$tmp/amb.samw"
"$SAMW" fmt --lang nl "$tmp/amb.samw" >"$tmp/amb.out" 2>"$tmp/amb.err"
st=$?
[ "$st" = 1 ] && [ ! -s "$tmp/amb.out" ] && grep -q "amb.samw:2:16: .*\[SW005\]: '2.500'" "$tmp/amb.err" && ok ||
	no "an amount that reads two ways is not translated: exit $st, $(head -n 1 "$tmp/amb.err")"
out=$("$SAMW" fmt "$tmp/amb.samw" | sed -n 2p)
[ "$out" = "    budget EUR 2.500" ] && ok || no "in its own language it stays as written: '$out'"
printf 'collaboration c "C" {\n    budget EUR 1250\n}\n' >"$tmp/m.samw"
out=$("$SAMW" fmt --lang nl "$tmp/m.samw" | sed -n 2p)
[ "$out" = "    begroting EUR 1250" ] && ok || no "amount without separators stays: '$out'"
printf 'collaboration c "C" {\n    budget EUR 1,250.5\n}\n' >"$tmp/m.samw"
out=$("$SAMW" fmt "$tmp/m.samw" | sed -n 2p)
[ "$out" = "    budget EUR 1,250.5" ] && ok || no "fmt in the same language keeps the amount as written: '$out'"

# `and` / `en` before the last item of a list: read as a comma, written as one
printf 'samenwerking c "C" {\n    afspraak k {\n        soort contract\n        deelt kosten en opbrengsten\n    }\n}\n' >"$tmp/and.samw"
out=$("$SAMW" fmt "$tmp/and.samw" | sed -n 4p)
[ "$out" = "        deelt kosten, opbrengsten" ] && ok || no "'en' in a list: '$out'"
out=$("$SAMW" fmt --lang en "$tmp/and.samw" | sed -n 4p)
[ "$out" = "        shares costs, revenues" ] && ok || no "'en' in a list, in English: '$out'"

echo "language: $pass passed, $fail failed"
[ $fail = 0 ]
