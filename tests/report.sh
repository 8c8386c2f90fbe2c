#!/bin/sh
# samw report and samw graph: the JSON report of every example validates
# against docs/report.schema.json; reports are deterministic; exact lines of
# the markdown report and of the verdict, in English and Dutch; every
# example's graph renders with Graphviz, as does the graph of a file with a
# hostile name and hostile texts; every statement of language v2 (the file
# tests/report/v2.samw) in the markdown report, the JSON report and the
# graph, and the schema's values are those of the keyword table; the JSON
# verdicts are those the examples state in their `# verdict:` lines; the
# Money section and exact sums of amounts. Run by `make check` with SAMW set.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
# the checks that depend on the date (SW712-SW714) run as on a fixed day,
# 2021-01-01, before every date the examples hold: the same output on any
# day (tests/portfolio.sh tests those checks)
SOURCE_DATE_EPOCH=1609459200
export SOURCE_DATE_EPOCH
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
has "not a collaboration" "$tmp/out" "**Not a collaboration: fewer than two autonomous organisations ('leverancier' is taken over by 'cwz', SW702); no durable agreement ('takeover' is an acquisition, SW702; 'merger' is a merger, SW702; 'order' is a one-time purchase, SW701).**"
has "not met in part" "$tmp/out" "**A collaboration in the sense of the definition: a network of 2 autonomous organisations; not met in part: C7 (durable but finite).**"
has "not evidenced" "$tmp/out" "**A collaboration in the sense of the definition: a network of 2 autonomous organisations; not evidenced: C7 (durable but finite).**"
has "separator" "$tmp/out" "---"
expect "Dutch report of a file with errors" 1 "$SAMW" report --lang nl "$c7"
has "Dutch violated" "$tmp/out" "**Geen samenwerking: minder dan twee autonome organisaties ('leverancier' wordt overgenomen door 'cwz', SW702); geen duurzame afspraak ('takeover' is een overname, SW702; 'merger' is een fusie, SW702; 'order' is een eenmalige koop, SW701).**"
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
assert c[0]["verdict"]["not_counted"] == [{"name": "leverancier", "code": "SW702", "other": "cwz"}], c[0]["verdict"]
assert c[0]["verdict"]["not_durable"] == [{"name": "takeover", "code": "SW702"}, {"name": "merger", "code": "SW702"},
                                          {"name": "order", "code": "SW701"}], c[0]["verdict"]
assert c[1]["term"] == {"start": "2025-01-01", "end": None}
' "$tmp/c7.json" 2>"$tmp/err"; then
	ok
else
	bad "JSON verdicts of c7-term.samw:"; sed 's/^/  /' "$tmp/err" | tail -3
fi

# (d) the graph of every example renders with Graphviz
for f in "$ex"/*.samw "$ex"/invalid/*.samw "$here"/report/*.samw; do
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
	'    stakeholder s1 "St\"ake\\holder <b> | `x`" {' \
	'        role funder' \
	'        contributes "\"money\" | *" EUR 10' \
	'    }' \
	'    agreement a1 "A\\" {' \
	'        kind contract' \
	'        between p1, p2, s1' \
	'    }' \
	'    agreement a2 "A2 \"amends\"" {' \
	'        kind contract' \
	'        amends a1' \
	'    }' \
	'    governance {' \
	'        body b1 "B\"" {' \
	'            members p1, p2' \
	'            decides p1' \
	'            veto p2' \
	'            secretary p1' \
	'        }' \
	'        mandate p1 "a \"quoted\" \\ domain | that goes on and on and on and on"' \
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

# (f) language v2: every new statement in the markdown report, in Dutch
# and English, in the JSON report, with exact values, and in the graph
v2="$here/report/v2.samw"
expect "report of the v2 file" 0 "$SAMW" report "$v2"
has "v2 phase history" "$tmp/out" "- **Fase:** uitvoeren sinds 2020-01-01; daarvoor: overeenkomen sinds 2019-01-01 (na het raadsbesluit), verkennen sinds 2018-03-01"
has "v2 extensions" "$tmp/out" "- **Looptijd:** 2020-01-01 tot 2023-12-31; verlengd tot 2025-12-31; verlengd tot 2027-12-31"
has "v2 renewal" "$tmp/out" "- **Verlenging:** jaarlijks"
has "v2 basis" "$tmp/out" "- **Grondslag:** wettelijk verplicht (Wet gemeenschappelijke regelingen)"
has "v2 membership" "$tmp/out" "- **Ledental:** 2 van de 4 leden vermeld (de vier gemeenten van Regio Noord)"
has "v2 party" "$tmp/out" "| Gemeente Assen (\`assen\`), KvK 01176628, registratie OIN 00000001001589623000<br>vertegenwoordigt: ook de gemeente Aa en Hunze, op grond van een convenant | organisatie | Lagere kosten van uitvoering | Bijdrage in de begroting (€ 1.000.000,00)<br>Een gebouw in het centrum | Een eigen belastingafdeling | J. Bakker (bestuurder, wethouder financiën) |"
has "v2 party that left" "$tmp/out" "| Gemeente Haren (\`haren\`)<br>**uitgetreden per 2022-06-30** | organisatie | Goede dienstverlening | Bijdrage in de begroting (€ 400.000,00) | — | P. Mulder (bestuurder, burgemeester) |"
has "v2 stakeholders" "$tmp/out" "## Belanghebbenden"
has "v2 stakeholder" "$tmp/out" "| Provincie Drenthe (\`provincie\`), KBO 0248\\.399.380 | financier | Sterke gemeenten | Een eenmalige subsidie (€ 250.000,00) | A. Smit (manager, programmaleider) |"
has "v2 money" "$tmp/out" "## Geld"
has "v2 budget" "$tmp/out" "- **Begroting:** € 2.250.000,00"
has "v2 two currencies" "$tmp/out" "| Gemeente Tynaarlo (\`tynaarlo\`) | € 600.000,00<br>USD 25.000,50 |"
has "v2 total" "$tmp/out" "| **Totaal** | € 2.250.000,00<br>USD 25.000,50 |"
has "v2 budget met" "$tmp/out" "De bijdragen in EUR komen precies uit op de begroting."
has "v2 agreement" "$tmp/out" "| Regeling Regio Noord (\`regeling\`) | contract, entiteit: Bedrijfsvoeringsorganisatie Regio Noord | \`assen\`, \`tynaarlo\`, \`haren\`, \`provincie\` | risico's, kosten | — | 2019-11-20<br>met ingang van 2020-01-01 |"
has "v2 amends" "$tmp/out" "| Eerste wijziging (\`wijziging\`)<br>wijzigt \`regeling\` | contract | \`assen\`, \`tynaarlo\` | — | — | met ingang van 2021-01-01 |"
has "v2 body" "$tmp/out" "| Algemeen bestuur (\`ab\`) | \`assen\`, \`tynaarlo\` | bij gekwalificeerde meerderheid van 2/3 | \`assen\` | \`haren\` | \`tynaarlo\` |"
has "v2 mandate" "$tmp/out" "- **Mandaat:** \`assen\` besluit namens de andere partijen over: de inkoop van software voor de drie gemeenten samen"
has "v2 verdict" "$tmp/out" "**Een samenwerking in de zin van de omschrijving: een bedrijfsvoeringsorganisatie van 2 autonome organisaties (van in totaal 4 leden); niet meegeteld: 'haren' is uitgetreden.**"
expect "English report of the v2 file" 0 "$SAMW" report --lang en "$v2"
has "v2 phase history, English" "$tmp/out" "- **Phase:** executing since 2020-01-01; before: agreeing since 2019-01-01 (na het raadsbesluit), exploring since 2018-03-01"
has "v2 basis, English" "$tmp/out" "- **Legal basis:** required by law (Wet gemeenschappelijke regelingen)"
has "v2 party that left, English" "$tmp/out" "| Gemeente Haren (\`haren\`)<br>**left on 2022-06-30** | organisation | Goede dienstverlening | Bijdrage in de begroting (EUR 400,000.00) | — | P. Mulder (director, burgemeester) |"
has "v2 budget, English" "$tmp/out" "- **Budget:** EUR 2,250,000.00"
has "v2 total, English" "$tmp/out" "| **Total** | EUR 2,250,000.00<br>USD 25,000.50 |"
has "v2 budget met, English" "$tmp/out" "The contributions in EUR add up to the budget."
has "v2 membership, English" "$tmp/out" "- **Membership:** 2 of 4 members listed (de vier gemeenten van Regio Noord)"
has "v2 body, English" "$tmp/out" "| Algemeen bestuur (\`ab\`) | \`assen\`, \`tynaarlo\` | qualified majority of 2/3 | \`assen\` | \`haren\` | \`tynaarlo\` |"
has "v2 mandate, English" "$tmp/out" "- **Mandate:** \`assen\` decides for the other parties on: de inkoop van software voor de drie gemeenten samen"
"$SAMW" report --format json "$v2" >"$tmp/v2.json" 2>/dev/null
"$SAMW" report --format json "$ex/invalid/oordeel-tegenspraak.samw" "$ex/invalid/verdict-contradictions.samw" \
	"$ex/invalid/syntax.samw" >"$tmp/v2more.json" 2>/dev/null
if /usr/bin/python3 "$here/validate.py" "$root/docs/report.schema.json" "$tmp/v2.json" "$tmp/v2more.json" >"$tmp/err" 2>&1; then
	ok
else
	bad "the JSON reports of the v2 file do not validate:"; sed 's/^/  /' "$tmp/err" | head -5
fi
if /usr/bin/python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))["collaborations"]
r, e = c[0], c[1]
eur = lambda amount: {"currency": "EUR", "amount": amount}
assert [x["verdict"]["status"] for x in c] == ["collaboration", "not-yet"], c
assert [x["verdict"]["collaboration"] for x in c] == [True, False]
v = r["verdict"]
assert v["organisations"] == 2 and v["membership"] == 4, v
assert v["not_counted"] == [{"name": "haren", "code": None, "other": None}], v["not_counted"]
assert v["not_durable"] == [], v
assert r["form"] == "operating-organisation" and r["phase"] == "executing"
assert r["phases"] == [{"phase": "exploring", "since": "2018-03-01", "note": None},
                       {"phase": "agreeing", "since": "2019-01-01", "note": "na het raadsbesluit"},
                       {"phase": "executing", "since": "2020-01-01", "note": None}], r["phases"]
assert r["extensions"] == ["2025-12-31", "2027-12-31"] and r["renewal"] == "yearly"
assert r["basis"] == {"kind": "law", "text": "Wet gemeenschappelijke regelingen"}, r["basis"]
assert r["membership"] == {"count": 4, "text": "de vier gemeenten van Regio Noord"}, r["membership"]
assert r["budget"] == {"currency": "EUR", "amount": "2250000.00", "written": "€ 2.250.000,00"}, r["budget"]
assert r["contributed"] == [eur("2250000.00"), {"currency": "USD", "amount": "25000.50"}], r["contributed"]
assen, tynaarlo, haren = r["parties"]
assert assen["kvk"] == "01176628" and assen["registrations"] == [{"scheme": "other", "number": "OIN 00000001001589623000"}]
assert assen["represents"] == "ook de gemeente Aa en Hunze, op grond van een convenant"
assert assen["contributions"] == ["Bijdrage in de begroting", "Een gebouw in het centrum"]
assert assen["contribution_amounts"] == [dict(eur("1000000.00"), written="€ 1.000.000"), None], assen["contribution_amounts"]
assert assen["contributed"] == [eur("1000000.00")]
assert assen["people"] == [{"name": "J. Bakker", "role": "director", "title": "wethouder financiën"}], assen["people"]
assert tynaarlo["joined"] == "2021-01-01" and tynaarlo["left"] is None
assert tynaarlo["contributed"] == [eur("600000.00"), {"currency": "USD", "amount": "25000.50"}], tynaarlo["contributed"]
assert tynaarlo["contribution_amounts"][1] == {"currency": "USD", "amount": "25000.50", "written": "USD 25.000,50"}
assert tynaarlo["people"] == [{"name": "M. de Vries", "role": "manager", "title": None}]
assert haren["left"] == "2022-06-30" and haren["joined"] is None
[k] = r["stakeholders"]
assert k["name"] == "provincie" and k["title"] == "Provincie Drenthe" and k["role"] == "funder", k
assert k["registrations"] == [{"scheme": "kbo", "number": "0248.399.380"}]
assert k["contributed"] == [eur("250000.00")] and k["interests"] == ["Sterke gemeenten"]
assert k["people"] == [{"name": "A. Smit", "role": "manager", "title": "programmaleider"}]
g, w = r["agreements"]
assert g["kind"] == "contract" and g["kinds"] == ["contract", "entity"], g
assert g["parties"] == ["assen", "tynaarlo", "haren", "provincie"]
assert g["signed"] == "2019-11-20" and g["effective"] == "2020-01-01" and g["amends"] is None and g["acquired"] is None
assert w["amends"] == "regeling" and w["effective"] == "2021-01-01" and w["signed"] is None, w
[b] = r["governance"]["bodies"]
assert b["decides"] == "majority" and b["majority"] == "2/3", b
assert b["chair"] == "assen" and b["secretary"] == "haren" and b["veto"] == ["tynaarlo"], b
assert r["governance"]["mandates"] == [{"party": "assen", "domain": "de inkoop van software voor de drie gemeenten samen"}]
assert e["phases"] == [{"phase": "exploring", "since": "2025-02-01", "note": None}]
assert e["stakeholders"] == [] and e["budget"] is None and e["contributed"] == [] and e["basis"] is None
assert e["membership"] is None and e["verdict"]["membership"] is None and e["verdict"]["organisations"] == 2
c = {x["name"]: x for x in json.load(open(sys.argv[2]))["collaborations"]}
o = c["overname"]
assert o["verdict"]["status"] == "not-collaboration", o["verdict"]
assert o["verdict"]["not_counted"] == [{"name": "praktijk", "code": "SW702", "other": "zorggroep"}]
assert o["verdict"]["not_durable"] == [{"name": "koopakte", "code": "SW702"}]
assert o["agreements"][0]["acquired"] == {"party": "praktijk"}
s = c["sony_ericsson"]
assert s["phase"] == "ended" and s["phases"][0]["note"] == "Sony bought Ericsson'"'"'s stake"
assert [a["acquired"] for a in s["agreements"] if a["acquired"]] == [{"text": "Ericsson'"'"'s 50 percent stake in the joint venture"}]
assert c["library_network"]["verdict"]["status"] == "not-assessed"
assert c["library_network"]["verdict"]["collaboration"] is None
' "$tmp/v2.json" "$tmp/v2more.json" 2>"$tmp/err"; then
	ok
else
	bad "JSON report of the v2 file:"; sed 's/^/  /' "$tmp/err" | tail -3
fi

# the enumerated values of the schema are the value sets of the keyword
# table, each set in full
"$SAMW" keywords --format json >"$tmp/kw.json"
if /usr/bin/python3 -c '
import json, sys
schema = json.load(open(sys.argv[1]))["$defs"]
sets = {}
for k in json.load(open(sys.argv[2]))["keywords"]:
    for s in k["sets"]:
        sets.setdefault(s.replace("-", "_"), []).append(k["en"])
for name, values in sets.items():
    assert name in schema, "no $defs/" + name
    assert sorted(schema[name]["enum"]) == sorted(values), (name, schema[name]["enum"], values)
' "$root/docs/report.schema.json" "$tmp/kw.json" 2>"$tmp/err"; then
	ok
else
	bad "the schema's values differ from the keyword table:"; sed 's/^/  /' "$tmp/err" | tail -3
fi
"$SAMW" graph "$v2" >"$tmp/v2.dot" 2>/dev/null
if dot -Tsvg "$tmp/v2.dot" >"$tmp/v2.svg" 2>"$tmp/err" && [ ! -s "$tmp/err" ]; then
	ok
else
	bad "dot -Tsvg on the graph of the v2 file:"; sed 's/^/  /' "$tmp/err" | head -3
fi
for line in \
	'"regio.party.haren" [shape=box, style="filled,dashed", fillcolor="#f2f2f2", color="#9e9e9e", fontcolor="#757575", label="Gemeente Haren\n(uitgetreden per 2022-06-30)"];' \
	'"regio.stakeholder.provincie" [shape=octagon, style="filled,dashed", fillcolor="#efe3f7", label="Provincie Drenthe\n(financier)"];' \
	'"regio.agreement.regeling" -> "regio.stakeholder.provincie" [dir=none, style=dotted];' \
	'"regio.agreement.regeling" -> "regio.party.haren" [dir=none, color="#9e9e9e", fontcolor="#9e9e9e"];' \
	'"regio.agreement.wijziging" -> "regio.agreement.regeling" [style=dashed, label="wijzigt"];' \
	'"regio.body.ab" [shape=hexagon, style=filled, fillcolor="#e3f4e6", label="Algemeen bestuur\nbesluit bij meerderheid 2/3"];' \
	'"regio.body.ab" -> "regio.party.tynaarlo" [dir=none, style="dashed,bold", label="veto"];' \
	'"regio.body.ab" -> "regio.party.haren" [dir=none, style=dashed, color="#9e9e9e", fontcolor="#9e9e9e", label="secretaris"];' \
	'"regio.party.assen" -> "regio.governance" [color="#1565c0", fontcolor="#1565c0", label="mandaat: de inkoop van software voor de…"];'; do
	grep -qxF "		$line" "$tmp/v2.dot" && ok || bad "no line in the graph of the v2 file: $line"
done
"$SAMW" graph --lang en "$v2" >"$tmp/v2en.dot" 2>/dev/null
grep -qF '"regio.agreement.wijziging" -> "regio.agreement.regeling" [style=dashed, label="amends"];' "$tmp/v2en.dot" &&
	ok || bad "no amends edge in the English graph of the v2 file"

# the verdict of the JSON report is the one each example states in its
# `# verdict: NAME STATUS C1=... C7=...` lines (the verdict-*, oordeel-*
# files and every other example that states them), collaboration by
# collaboration, in order; `collaboration` is true only for the status
# collaboration, and null when not assessed
for f in "$ex"/*.samw "$ex"/invalid/*.samw; do
	grep -q '^# verdict: ' "$f" || continue
	"$SAMW" report --format json "$f" >"$tmp/verdicts.json" 2>/dev/null
	if /usr/bin/python3 -c '
import json, sys
want = []
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    if line.startswith("# verdict: "):
        name, status, *crit = line.split()[2:]
        want.append((name, status, dict(c.split("=") for c in crit)))
got = []
for c in json.load(open(sys.argv[2]))["collaborations"]:
    v = c["verdict"]
    crit = {k["id"]: k["status"] for k in v["criteria"]}
    got.append((c["name"], v["status"], crit))
    assert v["collaboration"] == {"collaboration": True, "not-assessed": None}.get(v["status"], False), v
assert got == want, "\n".join(f"{g}\n   the file says {w}" for g, w in zip(got, want) if g != w) or (got, want)
' "$f" "$tmp/verdicts.json" 2>"$tmp/err"; then
		ok
	else
		bad "the JSON verdicts of $f differ from its # verdict lines:"; sed 's/^/  /' "$tmp/err" | tail -4
	fi
done

# the verdict section for each status, with what did not count and why
# in full, in both languages
st="$here/report/statuses.samw"
expect "report of the statuses file" 1 "$SAMW" report "$st"
has "status collaboration" "$tmp/out" "**A collaboration in the sense of the definition: a network of 2 autonomous organisations; not counted: 'p' is a person, SW102; not met in part: C1 (between organisations); not evidenced: C2 (a form of organising), C4 (autonomous organisations), C7 (durable but finite).**"
has "not counted heading" "$tmp/out" "### Not counted as an organisation"
has "not counted: a person" "$tmp/out" "- 'p' is a person, SW102"
has "not durable heading" "$tmp/out" "### Not a durable agreement"
has "not durable: a letter of intent" "$tmp/out" "- 'intent' is a letter of intent, not yet a durable agreement, SW508"
has "status not-yet" "$tmp/out" "**Not yet a collaboration: exploring a collaboration of 2 autonomous organisations; not yet evidenced: durable agreement, term, governance, results.**"
has "status not-collaboration" "$tmp/out" "**Not a collaboration: no goal, SW201.**"
has "not counted: has left" "$tmp/out" "- 'b' has left"
has "criterion not evidenced" "$tmp/out" "| C5 durable agreements | not evidenced | the core of the collaboration: no durable agreement |"
expect "Dutch report of the statuses file" 1 "$SAMW" report --lang nl "$st"
has "status collaboration, Dutch" "$tmp/out" "**Een samenwerking in de zin van de omschrijving: een netwerk van 2 autonome organisaties; niet meegeteld: 'p' is een persoon, SW102; op onderdelen niet voldaan: C1 (tussen organisaties); niet aangetoond: C2 (een vorm van organiseren), C4 (autonome organisaties), C7 (duurzaam, maar eindig).**"
has "not counted heading, Dutch" "$tmp/out" "### Niet meegeteld als organisatie"
has "not counted: a person, Dutch" "$tmp/out" "- 'p' is een persoon, SW102"
has "not durable heading, Dutch" "$tmp/out" "### Geen duurzame afspraak"
has "not durable: a letter of intent, Dutch" "$tmp/out" "- 'intent' is een intentieverklaring, nog geen duurzame afspraak, SW508"
has "status not-yet, Dutch" "$tmp/out" "**Nog geen samenwerking: verkenning van een samenwerking van 2 autonome organisaties; nog niet aangetoond: duurzame afspraak, looptijd, besturing, resultaten.**"
has "status not-collaboration, Dutch" "$tmp/out" "**Geen samenwerking: geen doel, SW201.**"
has "not counted: has left, Dutch" "$tmp/out" "- 'b' is uitgetreden"
has "criterion not evidenced, Dutch" "$tmp/out" "| C5 duurzame afspraken | niet aangetoond | de kern van de samenwerking: geen duurzame afspraak |"
has "criterion not met, Dutch" "$tmp/out" "| C1 tussen organisaties | niet voldaan | fout SW102, regel 17: partij 'p' is een persoon; samenwerken is organiseren tussen organisaties |"
expect "Dutch report of a file that cannot be read" 1 "$SAMW" report --lang nl "$ex/invalid/syntax.samw"
has "status not-assessed, Dutch" "$tmp/out" "**Niet beoordeeld: de tekst van deze samenwerking is als geheel niet te lezen (SW001).**"
"$SAMW" report --format json "$st" >"$tmp/st.json" 2>/dev/null
if /usr/bin/python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))["collaborations"]
assert [x["verdict"]["status"] for x in c] == ["collaboration", "not-yet", "not-collaboration"], c
assert [x["verdict"]["collaboration"] for x in c] == [True, False, False]
assert c[0]["verdict"]["not_counted"] == [{"name": "p", "code": "SW102", "other": None}], c[0]["verdict"]
assert c[0]["verdict"]["not_durable"] == [{"name": "intent", "code": "SW508"}], c[0]["verdict"]
assert c[0]["verdict"]["organisations"] == 2
assert c[2]["verdict"]["not_counted"] == [{"name": "b", "code": None, "other": None}], c[2]["verdict"]
assert c[2]["parties"][1]["left"] == "2024-01-01"
' "$tmp/st.json" 2>"$tmp/err"; then
	ok
else
	bad "JSON verdicts of the statuses file:"; sed 's/^/  /' "$tmp/err" | tail -3
fi
# stakeholders are said not to count
expect "English report of the v2 file, stakeholders" 0 "$SAMW" report --lang en "$here/report/v2.samw"
has "stakeholders not counted" "$tmp/out" "Involved, but not parties: stakeholders are not counted among the organisations of the collaboration."
expect "Dutch report of the v2 file, stakeholders" 0 "$SAMW" report "$here/report/v2.samw"
has "stakeholders not counted, Dutch" "$tmp/out" "Betrokken, maar geen partij: belanghebbenden tellen niet mee als organisaties van de samenwerking."

# the Money section compares the contributions in the budget's currency
# with the budget, in both languages
mo="$here/report/money.samw"
expect "report of the money file" 1 "$SAMW" report "$mo"
has "money: total of a party and a stakeholder" "$tmp/out" "| **Total** | EUR 650,000.50 |"
has "money: less, and a selection of the members" "$tmp/out" "The contributions in EUR add up to EUR 650,000.50, EUR 349,999.50 less than the budget. The parties listed are 2 of the 5 members; the contributions of the others are not listed."
has "money: membership" "$tmp/out" "- **Membership:** 2 of 5 members listed"
has "money: more" "$tmp/out" "The contributions in EUR add up to EUR 800.00, EUR 300.00 more than the budget."
has "money: other currency" "$tmp/out" "No contribution states an amount in EUR, the currency of the budget."
expect "Dutch report of the money file" 1 "$SAMW" report --lang nl "$mo"
has "money: less, Dutch" "$tmp/out" "De bijdragen in EUR komen samen op € 650.000,50, € 349.999,50 minder dan de begroting. De vermelde partijen zijn 2 van de 5 leden; de bijdragen van de andere leden staan er niet bij."
has "money: membership, Dutch" "$tmp/out" "- **Ledental:** 2 van de 5 leden vermeld"
has "money: more, Dutch" "$tmp/out" "De bijdragen in EUR komen samen op € 800,00, € 300,00 meer dan de begroting."
has "money: other currency, Dutch" "$tmp/out" "Geen bijdrage noemt een bedrag in EUR, de valuta van de begroting."

# (g) money: amounts in JSON are exact decimal strings, and sums of many
# large amounts stay exact (1200 times the largest amount samw reads)
{
	printf 'collaboration big "Big" {\n    form network\n    goal "g"\n    budget EUR 0.05\n'
	for p in a b c; do
		printf '    party %s {\n' "$p"
		i=0
		while [ $i -lt 400 ]; do
			printf '        contributes "x" EUR 999999999999999.99\n'
			i=$((i + 1))
		done
		printf '    }\n'
	done
	printf '}\n'
} >"$tmp/big.samw"
"$SAMW" report --format json "$tmp/big.samw" >"$tmp/big.json" 2>/dev/null
if /usr/bin/python3 "$here/validate.py" "$root/docs/report.schema.json" "$tmp/big.json" >/dev/null &&
	/usr/bin/python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))["collaborations"][0]
assert c["budget"] == {"currency": "EUR", "amount": "0.05", "written": "EUR 0.05"}, c["budget"]
assert c["contributed"] == [{"currency": "EUR", "amount": "1199999999999999988.00"}], c["contributed"]
assert c["parties"][0]["contributed"] == [{"currency": "EUR", "amount": "399999999999999996.00"}]
assert c["parties"][0]["contribution_amounts"][0]["amount"] == "999999999999999.99"
' "$tmp/big.json" 2>"$tmp/err"; then
	ok
else
	bad "JSON amounts of many large contributions:"; sed 's/^/  /' "$tmp/err" | tail -3
fi
expect "report of large amounts (no agreement: an error)" 1 "$SAMW" report "$tmp/big.samw"
has "exact total" "$tmp/out" "| **Total** | EUR 1,199,999,999,999,999,988.00 |"

# a merger's lines to the parties it merges are bold and red
"$SAMW" graph "$ex/invalid/oordeel-tegenspraak.samw" >"$tmp/merger.dot" 2>/dev/null
grep -qF '"herindeling.agreement.wet" -> "herindeling.party.cuijk" [dir=none, style=bold, color="#c62828"];' "$tmp/merger.dot" &&
	ok || bad "no bold red merger line in the graph of oordeel-tegenspraak.samw"
grep -qF '"overname.agreement.koopakte" -> "overname.party.praktijk" [style=bold, color="#c62828", fontcolor="#c62828", label="overgenomen"];' "$tmp/merger.dot" &&
	ok || bad "no acquired arrow in the graph of oordeel-tegenspraak.samw"

# an agreement of every kind the table has keeps every one of them (the
# kinds come from `samw keywords`, so a new kind in the table is covered)
kinds=$("$SAMW" keywords | awk -F '\t' '$5 ~ /(^|,)agreement-kind(,|$)/ { print $2 }')
{
	printf 'collaboration c "C" {\n    party a "A" {\n    }\n    party b "B" {\n    }\n'
	printf '    agreement k {\n        kind %s\n        between a, b\n    }\n}\n' "$(echo $kinds | sed 's/ /, /g')"
} >"$tmp/kinds.samw"
"$SAMW" report --format json "$tmp/kinds.samw" >"$tmp/kinds.json" 2>/dev/null
want=$(echo $kinds | tr ' ' ',')
got=$(/usr/bin/python3 -c '
import json, sys
print(",".join(json.load(open(sys.argv[1]))["collaborations"][0]["agreements"][0]["kinds"]))' "$tmp/kinds.json" 2>&1)
if [ -n "$kinds" ] && [ "$got" = "$want" ]; then ok; else bad "every agreement kind kept: got '$got', expected '$want'"; fi

echo "report: $pass passed, $fail failed"
[ "$fail" = 0 ]
