#!/bin/sh
# The machine formats of samw check: the JSON and SARIF output of every
# example and invalid example validates against its schema; the github
# format escapes what workflow commands require.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
# the checks that depend on the date (SW712-SW714) run as on a fixed day,
# 2021-01-01, before every date the examples hold: the same output on any
# day (tests/portfolio.sh tests those checks)
SOURCE_DATE_EPOCH=1609459200
export SOURCE_DATE_EPOCH
here=$(cd "$(dirname "$0")" && pwd)
root="$here/.."
sarif_schema="$root/../shared/schemas/sarif-schema-2.1.0.json"
[ -f "$sarif_schema" ] || sarif_schema="$here/sarif-schema-2.1.0.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
pass=0

n=0
for f in "$root"/examples/*.samw "$root"/examples/invalid/*.samw; do
	n=$((n + 1))
	"$SAMW" check --format json --max-diagnostics 0 "$f" >"$tmp/$n.json"
	"$SAMW" check --format sarif --max-diagnostics 0 "$f" >"$tmp/$n.sarif"
	"$SAMW" check --format sarif --lang nl "$f" >"$tmp/$n.nl.sarif"
done
# one run over everything, with a file that cannot be read among them
"$SAMW" check --format json "$root"/examples "$tmp/missing.samw" >"$tmp/all.json" 2>/dev/null
"$SAMW" check --format sarif "$root"/examples/invalid "$tmp/missing.samw" >"$tmp/all.sarif" 2>/dev/null

if /usr/bin/python3 "$here/validate.py" "$root/docs/diagnostics.schema.json" "$tmp"/*.json; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
fi
if /usr/bin/python3 "$here/validate.py" "$sarif_schema" "$tmp"/*.sarif; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
fi

# exact github annotations, with escaping of ',' ':' in properties and of
# '%' and newlines in the message
mkdir -p "$tmp/a,b:c"
printf 'collaboration c {\n    form allaince\n}\n' >"$tmp/a,b:c/x%.samw"
"$SAMW" check --format github --allow SW101 --allow SW201 --allow SW202 --allow SW203 \
	--allow SW204 --allow SW205 --allow SW404 --allow SW501 --allow SW703 "$tmp/a,b:c/x%.samw" >"$tmp/gh.txt"
want="::error file=$(printf '%s' "$tmp" | sed 's/%/%25/g; s/:/%3A/g; s/,/%2C/g')/a%2Cb%3Ac/x%25.samw,line=2,col=10,endLine=2,endColumn=18,title=SW005::'allaince' is not a form%0Adid you mean 'alliance'?"
if [ "$(cat "$tmp/gh.txt")" = "$want" ]; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL github format:"
	echo "  got:  $(cat "$tmp/gh.txt")"
	echo "  want: $want"
fi

# fix-its: a correction and an insertion, exactly, in JSON and SARIF
# (both documents also validated against their schemas)
printf 'collaboration c "C" {\n    form allaince\n    party a "A" {\n    }\n}\n' >"$tmp/fx.samw"
"$SAMW" check --format json "$tmp/fx.samw" >"$tmp/fx.json"
"$SAMW" check --format sarif "$tmp/fx.samw" >"$tmp/fx.sarif"
if /usr/bin/python3 "$here/validate.py" "$root/docs/diagnostics.schema.json" "$tmp/fx.json" >/dev/null &&
	/usr/bin/python3 "$here/validate.py" "$sarif_schema" "$tmp/fx.sarif" >/dev/null &&
	/usr/bin/python3 - "$tmp/fx.json" "$tmp/fx.sarif" <<'EOP'
import json, sys
j = json.load(open(sys.argv[1]))
s = json.load(open(sys.argv[2]))
by = {d["code"]: d for d in j["diagnostics"]}
def pos(line, col, off):
    return {"line": line, "column": col, "offset": off}
want = {
    "SW005": [{"replacement": "alliance", "start": pos(2, 10, 31), "end": pos(2, 18, 39),
               "kind": "replace", "applicable": True}],
    "SW201": [{"replacement": '    goal "what the parties want to achieve together"\n',
               "start": pos(2, 1, 22), "end": pos(2, 1, 22), "kind": "insert", "applicable": False}],
    "SW301": [{"replacement": '        person "Name" role director\n',
               "start": pos(4, 1, 58), "end": pos(4, 1, 58), "kind": "insert", "applicable": False}],
    "SW402": [{"replacement": '        interest "what it expects to gain"\n',
               "start": pos(4, 1, 58), "end": pos(4, 1, 58), "kind": "insert", "applicable": False}],
    "SW404": [],
}
for code, sug in want.items():
    assert by[code]["suggestions"] == sug, (code, by[code]["suggestions"])
assert by["SW005"]["help"] == ["did you mean 'alliance'?"], by["SW005"]["help"]
assert by["SW201"]["help"] == ['collaboration is goal-directed: add `goal "what the parties want to achieve together"`'], by["SW201"]["help"]
res = {r["ruleId"]: r for r in s["runs"][0]["results"]}
assert res["SW005"]["fixes"] == [{
    "description": {"text": "did you mean 'alliance'?"},
    "artifactChanges": [{"artifactLocation": {"uri": res["SW005"]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]},
                         "replacements": [{"deletedRegion": {"byteOffset": 31, "byteLength": 8},
                                           "insertedContent": {"text": "alliance"}}]}],
    "properties": {"applicable": True}}], res["SW005"]["fixes"]
fx = res["SW201"]["fixes"][0]
assert fx["description"]["text"] == 'add `goal "what the parties want to achieve together"`', fx
assert fx["artifactChanges"][0]["replacements"] == [{"deletedRegion": {"byteOffset": 22, "byteLength": 0},
    "insertedContent": {"text": '    goal "what the parties want to achieve together"\n'}}], fx
assert fx["properties"] == {"applicable": False}
assert "fixes" not in res["SW404"]
EOP
then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL fix-its in JSON and SARIF"
fi

echo "formats: $pass passed, $fail failed"
[ "$fail" = 0 ]
