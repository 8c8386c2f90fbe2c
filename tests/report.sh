#!/bin/sh
# samw report and samw graph: the JSON report of every example validates
# against docs/report.schema.json; reports are deterministic; exact lines of
# the markdown report and of the verdict, in English and Dutch; every
# example's graph renders with Graphviz, as does the graph of a file with a
# hostile name and hostile texts. Run by `make check` with SAMW set.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
here=$(cd "$(dirname "$0")" && pwd)
root="$here/.."
ex="$root/examples"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# expect NAME STATUS CMD...: run CMD, compare its exit status; its output
# is left in $tmp/out and $tmp/err.
expect() {
	name=$1 want=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" = "$want" ]; then
		ok
	else
		bad "$name: exit status $got, expected $want"
		sed 's/^/  err: /' "$tmp/err" | head -5
	fi
}

# has NAME FILE TEXT: FILE contains the line TEXT exactly
has() {
	if grep -qxF -- "$3" "$2"; then
		ok
	else
		bad "$1: no line '$3' in $2:"
		sed 's/^/  | /' "$2" | head -10
	fi
}

# (a) the JSON report of every example, in both languages, and of all of
# them at once with a file that cannot be read, validates
n=0
for f in "$ex"/*.samw "$ex"/invalid/*.samw; do
	n=$((n + 1))
	"$SAMW" report --format json "$f" >"$tmp/$n.json" 2>"$tmp/err"
	s=$?
	[ $s -le 1 ] || bad "report --format json $f: exit status $s"
	"$SAMW" report --format json --lang nl "$f" >"$tmp/$n.nl.json" 2>/dev/null
done
"$SAMW" report --format json "$ex" "$ex/invalid" "$tmp/missing.samw" >"$tmp/all.json" 2>/dev/null
if /usr/bin/python3 "$here/validate.py" "$root/docs/report.schema.json" "$tmp"/*.json; then
	ok
else
	bad "JSON reports do not validate against docs/report.schema.json"
fi

# (b) deterministic: the same input gives byte-identical output
"$SAMW" report "$ex" "$ex/invalid" >"$tmp/run1.md" 2>/dev/null
"$SAMW" report "$ex" "$ex/invalid" >"$tmp/run2.md" 2>/dev/null
"$SAMW" report --format json "$ex" "$ex/invalid" >"$tmp/run2.json" 2>/dev/null
"$SAMW" graph "$ex"/*.samw >"$tmp/run1.dot" 2>/dev/null
"$SAMW" graph "$ex"/*.samw >"$tmp/run2.dot" 2>/dev/null
cmp -s "$tmp/run1.md" "$tmp/run2.md" && ok || bad "markdown reports differ between two runs"
"$SAMW" report --format json "$ex" "$ex/invalid" 2>/dev/null | cmp -s - "$tmp/run2.json" && ok || bad "JSON reports differ between two runs"
cmp -s "$tmp/run1.dot" "$tmp/run2.dot" && ok || bad "graphs differ between two runs"

# (c) exact lines of the markdown report, in English and Dutch
nc="$ex/alliance-north-care.samw"
expect "report of a valid example exits 0" 0 "$SAMW" report "$nc"
has "title" "$tmp/out" "# North Care Alliance"
has "where" "$tmp/out" "Collaboration \`north_care\` in $nc, line 4."
has "form" "$tmp/out" "- **Form:** alliance"
has "term" "$tmp/out" "- **Term:** 2025-01-01 until 2028-12-31"
has "party table head" "$tmp/out" "| Party | Kind | Interests | Contributions | Gives up | People and roles |"
has "agreement row" "$tmp/out" "| Covenant North Care Alliance (\`covenant\`)<br>about: Shared capacity for planned orthopaedic care | contract | \`umc\`, \`martini\`, \`ommelander\` | risks, costs, revenues | contracts/covenant-north-care-2025.txt | 2024-11-15 |"
has "body row" "$tmp/out" "| Steering committee (\`steering\`) | \`umc\`, \`martini\`, \`ommelander\` | consensus | \`umc\` | — | — |"
has "criterion met" "$tmp/out" "| C1 between organisations | met | |"
has "verdict" "$tmp/out" "**A collaboration in the sense of the definition: an alliance of 3 autonomous organisations.**"
expect "report --lang nl" 0 "$SAMW" report --lang nl "$nc"
has "Dutch form" "$tmp/out" "- **Vorm:** alliantie"
has "Dutch criterion" "$tmp/out" "| C1 tussen organisaties | voldaan | |"
has "Dutch verdict" "$tmp/out" "**Een samenwerking in de zin van de omschrijving: een alliantie van 3 autonome organisaties.**"

c7="$ex/invalid/c7-term.samw"
expect "report of a file with errors exits 1" 1 "$SAMW" report "$c7"
has "violated" "$tmp/out" "| C7 durable but finite | not met | warning SW703, line 21: collaboration 'inkoop' states no term<br>error SW701, line 41: agreement 'order' is a one-time purchase: there is no durable intention<br>error SW702, line 45: agreement 'takeover' is an acquisition: a party gives up its autonomy for good<br>error SW702, line 49: agreement 'merger' is a merger: the parties give up their autonomy for good |"
has "not a collaboration" "$tmp/out" "**Not a collaboration: fewer than two autonomous organisations ('leverancier' becomes one organisation with 'cwz', SW702); no durable agreement ('takeover' is an acquisition or a merger, SW702; 'merger' is an acquisition or a merger, SW702; 'order' is a one-time purchase, SW701).**"
has "not met in part" "$tmp/out" "**A collaboration in the sense of the definition: a network of 2 autonomous organisations; not met in part: C7 (durable but finite).**"
has "not evidenced" "$tmp/out" "**A collaboration in the sense of the definition: a network of 2 autonomous organisations; not evidenced: C7 (durable but finite).**"
has "separator" "$tmp/out" "---"
expect "Dutch report of a file with errors" 1 "$SAMW" report --lang nl "$c7"
has "Dutch violated" "$tmp/out" "**Geen samenwerking: minder dan twee autonome organisaties ('leverancier' wordt één organisatie met 'cwz', SW702); geen duurzame afspraak ('takeover' is een overname of fusie, SW702; 'merger' is een overname of fusie, SW702; 'order' is een eenmalige koop, SW701).**"
has "Dutch not evidenced" "$tmp/out" "**Een samenwerking in de zin van de omschrijving: een netwerk van 2 autonome organisaties; niet aangetoond: C7 (duurzaam, maar eindig).**"

# a Dutch file gives a Dutch report, unless --lang en
wz="$ex/netwerk-wijkzorg.samw"
expect "Dutch file" 0 "$SAMW" report "$wz"
has "Dutch file, Dutch report" "$tmp/out" "## Oordeel"
expect "Dutch file --lang en" 0 "$SAMW" report --lang en "$wz"
has "Dutch file, English report" "$tmp/out" "## Verdict"

# a file that cannot be read as a whole, and standard input
expect "syntax errors" 1 "$SAMW" report "$ex/invalid/syntax.samw"
has "not assessed" "$tmp/out" "**Not assessed: the text of this collaboration cannot be read as a whole (SW001).**"
has "the file not read as a whole" "$tmp/out" "**The file cannot be read as a whole (SW001).**"
expect "standard input" 0 "$SAMW" report --stdin-filename zorg.samw - <"$nc"
has "stdin name" "$tmp/out" "Collaboration \`north_care\` in zorg.samw, line 4."
expect "a missing file among others" 2 "$SAMW" report "$nc" "$tmp/missing.samw"
has "the others still reported" "$tmp/out" "# North Care Alliance"
expect "bad --format" 2 "$SAMW" report --format xml "$nc"
expect "no files" 2 "$SAMW" report
expect "help report" 0 "$SAMW" help report
expect "help graph" 0 "$SAMW" graph --help
"$SAMW" report --format json "$c7" >"$tmp/c7.json" 2>/dev/null
if /usr/bin/python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
c = d["collaborations"]
assert [x["verdict"]["collaboration"] for x in c] == [False, True, True, True], c
assert [x["verdict"]["status"] for x in c] == ["not-collaboration", "collaboration", "collaboration", "collaboration"], c
assert c[0]["verdict"]["criteria"][6]["status"] == "violated"
assert c[2]["verdict"]["criteria"][6]["status"] == "violated"
assert c[0]["verdict"]["organisations"] == 1
assert c[0]["verdict"]["not_counted"] == [{"name": "leverancier", "check": "SW702", "other": "cwz"}], c[0]["verdict"]
assert c[0]["verdict"]["not_durable"] == [{"name": "takeover", "check": "SW702"}, {"name": "merger", "check": "SW702"},
                                          {"name": "order", "check": "SW701"}], c[0]["verdict"]
assert c[1]["term"] == {"start": "2025-01-01", "end": None}
' "$tmp/c7.json" 2>"$tmp/err"; then
	ok
else
	bad "JSON verdicts of c7-term.samw:"; sed 's/^/  /' "$tmp/err" | tail -3
fi

# (d) the graph of every example renders with Graphviz
for f in "$ex"/*.samw "$ex"/invalid/*.samw; do
	"$SAMW" graph "$f" >"$tmp/g.dot" 2>/dev/null
	if dot -Tsvg "$tmp/g.dot" >"$tmp/g.svg" 2>"$tmp/err" && [ ! -s "$tmp/err" ]; then
		ok
	else
		bad "dot -Tsvg on the graph of $f:"; sed 's/^/  /' "$tmp/err" | head -3
	fi
done
"$SAMW" graph "$ex"/*.samw >"$tmp/all.dot" 2>/dev/null
dot -Tsvg "$tmp/all.dot" >/dev/null 2>&1 && ok || bad "dot -Tsvg on the graphs of all examples at once"
grep -q '^	subgraph "cluster_north_care" {$' "$tmp/all.dot" && ok || bad "no cluster for north_care"
"$SAMW" graph "$ex/invalid/c4-autonomy.samw" >"$tmp/c4.dot" 2>/dev/null
grep -qF '"wijkaanpak.party.wijkteam" -> "wijkaanpak.party.heerlen" [style=bold, label="part-of"];' "$tmp/c4.dot" &&
	ok || bad "no part-of edge in the graph of c4-autonomy.samw"

# (e) a hostile file name (quote, backslash, newline) and hostile texts
hostile="$tmp/$(printf 'we"ird\\name\nx.samw')"
printf '%s\n' \
	'collaboration c "Say \"hi\" \\ to \\n the back\\slash\\" {' \
	'    form network' \
	'    goal "a | b * c <br> `d` [e](f) &amp; \\"g\\"\\n h"' \
	'    party p1 "Ünïcödé \"Org\" \\" {' \
	'        part-of "Moeder \"BV\" \\"' \
	'        interest "- # 1. x"' \
	'    }' \
	'    party p2 "Two\tTabs and a very long name that goes on and on and on and on and on and on and on and on and on and on" {' \
	'        part-of p1' \
	'    }' \
	'    agreement a1 "A\\" {' \
	'        kind contract' \
	'        between p1, p2' \
	'    }' \
	'    governance {' \
	'        body b1 "B\"" {' \
	'            members p1, p2' \
	'            decides p1' \
	'        }' \
	'    }' \
	'}' >"$hostile"
printf 'collaboration z "\377\376" {\n}\n' >>"$hostile"
"$SAMW" graph "$hostile" >"$tmp/h.dot" 2>/dev/null
if dot -Tsvg "$tmp/h.dot" >"$tmp/h.svg" 2>"$tmp/err" && [ ! -s "$tmp/err" ]; then
	ok
else
	bad "dot -Tsvg on the graph of a hostile file:"; sed 's/^/  /' "$tmp/err" | head -3
fi
"$SAMW" report --format json "$hostile" >"$tmp/hostile.json" 2>/dev/null
if /usr/bin/python3 "$here/validate.py" "$root/docs/report.schema.json" "$tmp/hostile.json" >/dev/null; then
	ok
else
	bad "the JSON report of a hostile file does not validate"
fi

echo "report: $pass passed, $fail failed"
[ "$fail" = 0 ]
