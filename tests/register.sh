#!/bin/sh
# The register of organisations across files: the bundled municipality
# (examples/gemeente-heidevelde) checks clean; a KvK number moved into a
# second register, an organisation registered twice and an organisation no
# collaboration names are found across files; a party declared in full
# gets the fix that refers to the register; every way a `use` can fail is
# an error naming file and place. Each case states the exact exit status
# and exact lines of output.
#
#   SAMW=build/samw tests/register.sh
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
here=$(cd "$(dirname "$0")" && pwd)
ex=$here/../examples/gemeente-heidevelde
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
LC_ALL=C
# the checks that depend on the date run as on one fixed day (2021-01-01)
SOURCE_DATE_EPOCH=1609459200
export LC_ALL SOURCE_DATE_EPOCH
unset NO_COLOR LANG LC_MESSAGES

# ok, bad, expect (under a time limit, in the repository of the test)
RUN_IN=$tmp/repo
. "$here/harness.sh"

# same NAME FILE: FILE is exactly what stdin holds
same() {
	cat >"$tmp/expected"
	if cmp -s "$tmp/expected" "$2"; then
		ok
	else
		bad "$1: output differs:"
		sed 's/^/  | /' "$2" | head -12
	fi
}

# the example, as it is: clean, every collaboration a collaboration
mkdir -p "$tmp/repo/.git"
cp "$ex"/*.samw "$tmp/repo/"
expect "the example checks clean" 0 "$SAMW" check --color never .
same "the example checks clean" "$tmp/out" <<'EOF'
0 errors, 0 warnings in 7 files
EOF
expect "the example from outside its folder" 0 "$SAMW" check --color never "$ex"
expect "a collaboration of the example alone" 0 "$SAMW" check --format gcc sociaal-domein.samw
same "a collaboration of the example alone" "$tmp/out" </dev/null
expect "the register alone: no note about use, no folder was named" 0 "$SAMW" check --format gcc organisaties.samw
same "the register alone" "$tmp/out" </dev/null

# a report takes what the register says: title, kind, part-of, KvK, people
expect "a report of a collaboration that uses the register" 0 "$SAMW" report --format json sociaal-domein.samw
cp "$tmp/out" "$tmp/report.json"
/usr/bin/python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
for p in d["collaborations"][0]["parties"]:
    print(p["name"], p["title"], p["kind"], p["part_of"], p["kvk"], [x["name"] for x in p["people"]])' "$tmp/report.json" >"$tmp/parties"
same "a report of a collaboration that uses the register" "$tmp/parties" <<'EOF'
sociaal_domein Afdeling Sociaal Domein department {'organisation': 'Gemeente Heidevelde'} None ['M. Visser', 'E. Hoekstra']
sociaal_werk Stichting Sociaal Werk Heidevelde organisation None 90000041 ['I. Wolters', 'K. Brouwer']
thuiszorg Thuiszorg Zuidoost organisation None 90000042 ['N. Veenstra', 'O. Kuipers']
huisartsen Huisartsencoöperatie Zuidoost organisation None 90000043 ['T. Schuurman', 'W. Hofman']
EOF
if /usr/bin/python3 "$here/validate.py" "$here/../docs/report.schema.json" "$tmp/report.json" >/dev/null; then
	ok
else
	bad "the report does not validate against docs/report.schema.json"
fi

# the housing corporation's KvK number in a second register, which the
# prestatieafspraken use as well: one number under two organisations
cat >"$tmp/repo/regio.samw" <<'EOF'
organisatie regio_wonen "Regionale Woonstichting" {
    kvk "90000021"
}
organisatie heidevelde "Gemeente Heidevelde" {
    kvk "90000011"
}
EOF
sed 's/^gebruik "organisaties.samw"$/gebruik "organisaties.samw"\ngebruik "regio.samw"/' \
	"$ex/prestatieafspraken.samw" >"$tmp/repo/prestatieafspraken.samw"
expect "a KvK number in two registers" 1 "$SAMW" check --format gcc .
same "a KvK number in two registers" "$tmp/out" <<'EOF'
./regio.samw:1:13: note: no collaboration names the organisation 'regio_wonen' [SW018]
./regio.samw:2:9: error: KvK number '90000021' is also that of 'woonstichting' (./organisaties.samw:38:13) [SW015]
./regio.samw:4:13: warning: the organisation 'heidevelde' is registered before, at ./organisaties.samw:8:13 [SW016]
EOF
expect "as JSON: the register's findings are no file of their own" 1 "$SAMW" check --format json .
cp "$tmp/out" "$tmp/register.json"
/usr/bin/python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(d["summary"]["files"], len(d["files"]), [g["code"] for g in d["diagnostics"]])' "$tmp/register.json" >"$tmp/n"
same "as JSON: the register's findings are no file of their own" "$tmp/n" <<'EOF'
8 8 ['SW018', 'SW015', 'SW016']
EOF
if /usr/bin/python3 "$here/validate.py" "$here/../docs/diagnostics.schema.json" "$tmp/register.json" >/dev/null; then
	ok
else
	bad "the JSON does not validate against docs/diagnostics.schema.json"
fi
expect "the same, one file named: no note about unused organisations" 1 "$SAMW" check --format gcc prestatieafspraken.samw
same "the same, one file named" "$tmp/out" <<'EOF'
regio.samw:2:9: error: KvK number '90000021' is also that of 'woonstichting' (organisaties.samw:38:13) [SW015]
regio.samw:4:13: warning: the organisation 'heidevelde' is registered before, at organisaties.samw:8:13 [SW016]
EOF
expect "in Dutch" 1 "$SAMW" check --format gcc --lang nl prestatieafspraken.samw
same "in Dutch" "$tmp/out" <<'EOF'
regio.samw:2:9: error: KvK-nummer '90000021' is ook dat van 'woonstichting' (organisaties.samw:38:13) [SW015]
regio.samw:4:13: warning: de organisatie 'heidevelde' is al eerder vastgelegd, op organisaties.samw:8:13 [SW016]
EOF
rm "$tmp/repo/regio.samw"
cp "$ex/prestatieafspraken.samw" "$tmp/repo/"

# a party declared in full that the register holds: SW017, with the fix
cat >"$tmp/repo/vol.samw" <<'EOF'
gebruik "organisaties.samw"

samenwerking vol "Volledig beschreven" {
    doel "g"
    partij woonstichting "Woonstichting Heidevelde Wonen" {
        kvk "90000021"
        belang "b"
        persoon "C. Dijkstra" rol bestuurder
    }
    partij wonen_bv "woonstichting heidevelde wonen" {
        belang "c"
    }
}
EOF
expect "a party the register holds" 1 "$SAMW" check --format gcc vol.samw
grep 'SW017' "$tmp/out" >"$tmp/sw017"
same "a party the register holds" "$tmp/sw017" <<'EOF'
vol.samw:5:5: warning: party 'woonstichting' is declared in full here, but the register holds it as 'woonstichting' (organisaties.samw:38:13) [SW017]
vol.samw:10:5: warning: party 'wonen_bv' is declared in full here, but the register holds it as 'woonstichting' (organisaties.samw:38:13) [SW017]
EOF
expect "its fix, as JSON" 1 "$SAMW" check --format json vol.samw
grep -c '"replacement":"partij woonstichting {\\n        belang \\"b\\"\\n        persoon \\"C. Dijkstra\\" rol bestuurder\\n    }"' "$tmp/out" >"$tmp/n"
same "the fix keeps what belongs to the collaboration" "$tmp/n" <<'EOF'
1
EOF

expect "its fix is no line of the human output" 1 "$SAMW" check --color never vol.samw
grep -c "did you mean 'partij" "$tmp/out" >"$tmp/n"
same "its fix is no line of the human output" "$tmp/n" <<'EOF'
0
EOF

# a name neither declared nor registered
printf 'gebruik "organisaties.samw"\n\nsamenwerking c "C" {\n    doel "g"\n    partij heidevelde\n    partij woonstichtin\n}\n' >"$tmp/repo/onbekend.samw"
expect "an unknown organisation" 1 "$SAMW" check --format gcc onbekend.samw
grep 'SW007' "$tmp/out" >"$tmp/sw007"
expect "an unknown organisation, the suggestion" 1 "$SAMW" check --color never onbekend.samw
grep -c "did you mean 'woonstichting'" "$tmp/out" >>"$tmp/sw007"
same "an unknown organisation" "$tmp/sw007" <<'EOF'
onbekend.samw:6:12: error: no organisation 'woonstichtin' is registered in this file or in the files it uses [SW007]
1
EOF

# a registered organisation that is no party of the collaboration
printf 'gebruik "organisaties.samw"\n\nsamenwerking c "C" {\n    doel "g"\n    partij heidevelde\n    afspraak a {\n        soort contract\n        tussen heidevelde, woonstichting\n    }\n}\n' >"$tmp/repo/geenpartij.samw"
expect "a registered organisation that is no party" 1 "$SAMW" check --color never --lang nl geenpartij.samw
grep -A4 'SW007' "$tmp/out" | grep 'tip' >"$tmp/help"
same "a registered organisation that is no party" "$tmp/help" <<'EOF'
  = tip: 'woonstichting' staat in het register, maar is geen partij in deze samenwerking: voeg `partij woonstichting` toe
EOF

# every way a use fails: an error at its path
cd "$tmp/repo" || exit 1
printf 'organisatie x "X" {\n}\n' >"$tmp/buiten.samw"
printf 'gebruik "lus-b.samw"\norganisatie a "A" {\n}\n' >lus-a.samw
printf 'gebruik "lus-a.samw"\norganisatie b "B" {\n}\n' >lus-b.samw
ln -s "$tmp/buiten.samw" link.samw
ln -s nergens.samw kapot.samw
mkdir map.samw
cat >fouten.samw <<'EOF'
gebruik "../buiten.samw"
gebruik "/etc/passwd"
gebruik "nergens.samw"
gebruik "lus-a.samw"
gebruik "sociaal-domein.samw"
gebruik "link.samw"
gebruik "kapot.samw"
gebruik "map.samw"
gebruik "fifo.samw"
EOF
have_fifo=0
command -v mkfifo >/dev/null 2>&1 && mkfifo fifo.samw && have_fifo=1
expect "every way a use fails" 1 "$SAMW" check --format gcc fouten.samw
cat >"$tmp/want" <<'EOF'
fouten.samw:1:9: error: '../buiten.samw' lies outside the repository of this file, so samw does not read it [SW014]
fouten.samw:2:9: error: '/etc/passwd' is an absolute path; a register is named relative to the file that uses it [SW014]
fouten.samw:3:9: error: there is no file 'nergens.samw' inside this file's repository [SW014]
fouten.samw:4:9: error: using 'lus-a.samw' leads into a loop: it uses, directly or through other files, a file that uses it [SW014]
fouten.samw:5:9: error: 'sociaal-domein.samw' is not a register of organisations: it describes collaborations, or no organisation [SW014]
fouten.samw:6:9: error: there is no file 'link.samw' inside this file's repository [SW014]
fouten.samw:7:9: error: there is no file 'kapot.samw' inside this file's repository [SW014]
fouten.samw:8:9: error: 'map.samw' is not a regular file (a folder, a device, a FIFO or a link that leads nowhere), so samw does not read it [SW014]
EOF
[ $have_fifo = 1 ] && echo "fouten.samw:9:9: error: 'fifo.samw' is not a regular file (a folder, a device, a FIFO or a link that leads nowhere), so samw does not read it [SW014]" >>"$tmp/want"
[ $have_fifo = 0 ] && echo "fouten.samw:9:9: error: there is no file 'fifo.samw' inside this file's repository [SW014]" >>"$tmp/want"
same "every way a use fails" "$tmp/out" <"$tmp/want"
expect "a loop, from a file in it" 1 "$SAMW" check --format gcc lus-a.samw
same "a loop, from a file in it" "$tmp/out" <<'EOF'
lus-a.samw:1:9: error: using 'lus-b.samw' leads into a loop: it uses, directly or through other files, a file that uses it [SW014]
EOF

# without .git the folder named on the command line is the repository
mkdir -p "$tmp/los/sub"
printf 'organisatie x "X" {\n}\n' >"$tmp/los/reg.samw"
printf 'gebruik "../reg.samw"\n\nsamenwerking c "C" {\n    doel "g"\n    partij x\n}\n' >"$tmp/los/sub/c.samw"
(cd "$tmp" && "$SAMW" check --format gcc los) >"$tmp/out" 2>&1
grep -c 'SW014' "$tmp/out" >"$tmp/n"
same "inside the folder named, without .git" "$tmp/n" <<'EOF'
0
EOF
(cd "$tmp" && "$SAMW" check --format gcc los/sub) >"$tmp/out" 2>&1
grep 'SW014' "$tmp/out" >"$tmp/sw014"
same "outside the folder named, without .git" "$tmp/sw014" <<'EOF'
los/sub/c.samw:1:9: error: '../reg.samw' lies outside the repository of this file, so samw does not read it [SW014]
EOF

# a register that uses another: its organisations are in scope too; a
# link to a register inside the repository is followed
mkdir -p "$tmp/trans/.git" "$tmp/trans/reg"
printf 'organisatie ver "Verre Organisatie" {\n    persoon "V" rol bestuurder\n}\n' >"$tmp/trans/reg/ver.samw"
printf 'gebruik "reg/ver.samw"\norganisatie dicht "Dichtbij" {\n    persoon "D" rol bestuurder\n}\n' >"$tmp/trans/org.samw"
ln -s org.samw "$tmp/trans/link.samw"
printf 'gebruik "link.samw"\n\nsamenwerking c "C" {\n    doel "g"\n    partij ver\n    partij dicht\n}\n' >"$tmp/trans/c.samw"
(cd "$tmp/trans" && "$SAMW" check --format gcc c.samw) >"$tmp/out" 2>&1
grep -c 'SW007\|SW014' "$tmp/out" >"$tmp/n"
same "a register through a link, and the registers it uses" "$tmp/n" <<'EOF'
0
EOF
(cd "$tmp/trans" && "$SAMW" check --format gcc .) >"$tmp/out" 2>&1
grep 'SW01[4-8]' "$tmp/out" >"$tmp/n"
same "the same, as a folder: every organisation named" "$tmp/n" </dev/null

# an organisation kept on purpose: a comment allows SW018 at the end of a
# run, and is no unused suppression
mkdir -p "$tmp/archief/.git"
printf '# samw: allow unused-organisation -- kept for the archive\norganisatie oud "Oude Stichting" {\n}\norganisatie nieuw "Nieuw" {\n}\n' >"$tmp/archief/reg.samw"
printf 'gebruik "reg.samw"\nsamenwerking c "C" {\n    doel "g"\n    partij nieuw\n}\n' >"$tmp/archief/c.samw"
(cd "$tmp/archief" && "$SAMW" check --format gcc .) >"$tmp/out" 2>&1
grep 'SW01[0-8]' "$tmp/out" >"$tmp/n"
same "an organisation kept on purpose" "$tmp/n" </dev/null

# a chain of uses deeper than 16
for i in $(seq 0 19); do
	printf 'gebruik "d%d.samw"\norganisatie o%d "O%d" {\n}\n' $((i + 1)) "$i" "$i" >"d$i.samw"
done
printf 'organisatie o20 "O20" {\n}\n' >d20.samw
expect "too deep" 1 "$SAMW" check --format gcc d0.samw
same "too deep" "$tmp/out" <<'EOF'
d0.samw:1:9: error: the register 'd1.samw' has errors (the first at d1.samw:1:9); its organisations may be incomplete [SW014]
EOF
expect "the same files from nearer by" 0 "$SAMW" check --format gcc d4.samw
expect "both in one run: what was beyond the limit from far is read again from near" 1 "$SAMW" check --format gcc d0.samw d4.samw
same "both in one run" "$tmp/out" <<'EOF'
d0.samw:1:9: error: the register 'd1.samw' has errors (the first at d1.samw:1:9); its organisations may be incomplete [SW014]
EOF
printf 'samenwerking c "C" {\n    doel "g"\n}\ngebruik "organisaties.samw"\n' >laat.samw
expect "a use below a collaboration" 1 "$SAMW" check --format gcc laat.samw
grep 'SW014' "$tmp/out" >"$tmp/sw014"
same "a use below a collaboration" "$tmp/sw014" <<'EOF'
laat.samw:4:1: error: `gebruik` after a collaboration: the collaborations above it do not see its organisations [SW014]
EOF
expect "fmt leaves it where it is" 0 "$SAMW" fmt laat.samw
same "fmt leaves it where it is" "$tmp/out" <<'EOF'
samenwerking c "C" {
    doel "g"
}

gebruik "organisaties.samw"
EOF
printf 'gebruik   "a.samw"


gebruik "b.samw"
# het register
organisatie x "X" {
}
' >boven.samw
expect "fmt writes use lines together" 0 "$SAMW" fmt boven.samw
same "fmt writes use lines together" "$tmp/out" <<'EOF'
gebruik "a.samw"
gebruik "b.samw"

# het register
organisatie x "X" {
}
EOF
# a register larger than --max-file-size
head -c 3000 /dev/zero | tr '\0' '#' >groot.samw
printf '\norganisatie g "G" {\n}\n' >>groot.samw
printf 'gebruik "groot.samw"\n' >klein.samw
expect "a register over the size limit" 1 "$SAMW" check --format gcc --max-file-size 1000 klein.samw
same "a register over the size limit" "$tmp/out" <<'EOF'
klein.samw:1:9: error: 'groot.samw' is larger than the limit of 1000 bytes [SW014]
EOF

echo "register: $pass passed, $fail failed"
[ "$fail" = 0 ]
