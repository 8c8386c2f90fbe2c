#!/bin/sh
# samw check --fix and samw fix from the outside: the diff of the typos in
# examples/invalid/keywords.samw (a golden file, which patch applies to
# give the file --fix writes), a second run that changes nothing, rounds,
# syntax and encoding errors, the machine formats after fixing, and the
# safety of fmt --write (read-only files, hard links, symbolic links).
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
here=$(cd "$(dirname "$0")" && pwd)
root=$here/..
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL $*"; }
LC_ALL=C
# the checks that depend on the date run as on one fixed day (2021-01-01)
SOURCE_DATE_EPOCH=1609459200
export LC_ALL SOURCE_DATE_EPOCH
unset LANG LC_MESSAGES NO_COLOR

# run STATUS CMD...: run CMD in $tmp; stdout in $tmp/out, stderr in $tmp/err
run() {
	want=$1
	shift
	(cd "$tmp" && "$@") >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" = "$want" ]; then ok; else no "$*: exit status $got, expected $want"; sed 's/^/  | /' "$tmp/err" | head -5; fi
}
# same NAME FILE WANT: FILE holds exactly WANT (a string)
same() {
	if [ "$(cat "$2")" = "$3" ]; then ok; else no "$1:"; diff "$2" - <<EOD | head -20
$3
EOD
	fi
}

# the golden diff: the three typos, nothing else on stdout, the file as it was
cp "$root/examples/invalid/keywords.samw" "$tmp/keywords.samw"
(cd "$root" && "$SAMW" check --fix examples/invalid/keywords.samw --diff) >"$tmp/out" 2>"$tmp/err"
st=$?
[ $st = 1 ] && ok || no "--fix --diff: exit status $st, expected 1"
cmp -s "$tmp/out" "$here/fix/keywords.diff" && ok || { no "--fix --diff: not the golden diff"; diff "$here/fix/keywords.diff" "$tmp/out"; }
same "--fix --diff: stderr" "$tmp/err" "samw: examples/invalid/keywords.samw: 3 fixes shown as a diff; the file is unchanged"
cmp -s "$tmp/keywords.samw" "$root/examples/invalid/keywords.samw" && ok || no "--fix --diff changed the file"
patch -s -o "$tmp/patched.samw" "$tmp/keywords.samw" "$here/fix/keywords.diff" && ok || no "patch cannot apply the diff"
# the same from a copy, named as given
run 1 "$SAMW" check --fix --diff keywords.samw
sed 's|examples/invalid/||' "$here/fix/keywords.diff" | cmp -s - "$tmp/out" && ok || no "--fix --diff of a copy"

# --fix writes what the diff says, then checks the fixed file
run 1 "$SAMW" check --fix keywords.samw
cmp -s "$tmp/keywords.samw" "$tmp/patched.samw" && ok || no "--fix did not write what --diff showed"
cmp -s "$tmp/out" "$here/fix/keywords.out" && ok || { no "--fix: the check after fixing"; diff "$here/fix/keywords.out" "$tmp/out"; }
same "--fix: stderr" "$tmp/err" "samw: keywords.samw: 3 fixes applied"
# a second time: nothing changes, nothing is said, the same check
cp "$tmp/keywords.samw" "$tmp/once.samw"
run 1 "$SAMW" check --fix keywords.samw
cmp -s "$tmp/keywords.samw" "$tmp/once.samw" && ok || no "--fix twice: the second run changed the file"
[ ! -s "$tmp/err" ] && ok || no "--fix twice: the second run said something: $(cat "$tmp/err")"
cmp -s "$tmp/out" "$here/fix/keywords.out" && ok || no "--fix twice: another check"
run 1 "$SAMW" check --fix --diff keywords.samw
[ ! -s "$tmp/out" ] && ok || no "--fix --diff on a fixed file prints a diff"
# samw fix is check --fix
cp "$root/examples/invalid/keywords.samw" "$tmp/k2.samw"
run 1 "$SAMW" fix k2.samw
cmp -s "$tmp/k2.samw" "$tmp/patched.samw" && ok || no "samw fix: not the same as check --fix"
same "samw fix: stderr" "$tmp/err" "samw: k2.samw: 3 fixes applied"

# rounds: the block after an unknown keyword is read once it is fixed;
# the exit status is check's on the fixed file (0: only warnings left)
cat >"$tmp/r.samw" <<'EOD'
collaboration c "C" {
    form allaince
    goal "g"
    parrty a "A" {
        intrest "i"
        person "P" role directr
    }
}
EOD
run 0 "$SAMW" check --fix --allow SW101 --allow SW501 --format gcc r.samw
same "rounds: the file" "$tmp/r.samw" 'collaboration c "C" {
    form alliance
    goal "g"
    party a "A" {
        interest "i"
        person "P" role director
    }
}'
same "rounds: stderr" "$tmp/err" "samw: r.samw: 4 fixes applied"
cp "$tmp/r.samw" "$tmp/r2.samw"
run 0 "$SAMW" fix --allow SW101 --allow SW501 --allow SW202 --allow SW203 --allow SW204 \
	--allow SW205 --allow SW404 --allow SW703 r2.samw
[ ! -s "$tmp/err" ] && cmp -s "$tmp/r.samw" "$tmp/r2.samw" && ok || no "rounds: a second run changed something"

# what needs a choice is not applied: a name, a missing statement
cat >"$tmp/n.samw" <<'EOD'
collaboration c "C" {
    form network
    party alpha "A" {
    }
    party beta "B" {
    }
    agreement x {
        between alpha, bta
    }
}
EOD
cp "$tmp/n.samw" "$tmp/n.orig"
run 1 "$SAMW" fix n.samw
cmp -s "$tmp/n.samw" "$tmp/n.orig" && [ ! -s "$tmp/err" ] && ok || no "a name or a missing statement was applied"

# a syntax error: only what comes before it is fixed
printf 'collaboration c "C" {\n    form allaince\n    goal "open\n    reslt "r"\n}\n' >"$tmp/s.samw"
run 1 "$SAMW" fix s.samw
same "syntax error: the file" "$tmp/s.samw" "$(printf 'collaboration c "C" {\n    form alliance\n    goal "open\n    reslt "r"\n}')"
same "syntax error: stderr" "$tmp/err" "samw: s.samw: 1 fix applied"
# bytes that are not UTF-8: never fixed
printf 'collaboration c "C" {\n    form allaince\n    goal "\377"\n}\n' >"$tmp/e.samw"
cp "$tmp/e.samw" "$tmp/e.orig"
run 1 "$SAMW" fix --format gcc e.samw
cmp -s "$tmp/e.samw" "$tmp/e.orig" && ok || no "encoding error: the file was changed"
same "encoding error: stderr" "$tmp/err" "samw: e.samw: not fixed: the file is not valid UTF-8 text (SW008); it is unchanged"
grep -qxF "e.samw:3:11: error: this byte is not valid UTF-8 text [SW008]" "$tmp/out" && ok || no "encoding error: SW008 not reported"

# the machine formats after fixing: one valid document on stdout
cp "$root/examples/invalid/keywords.samw" "$tmp/j.samw"
run 1 "$SAMW" check --fix --format json j.samw
/usr/bin/python3 "$here/validate.py" "$root/docs/diagnostics.schema.json" "$tmp/out" >/dev/null && ok || no "--fix --format json: not valid"
grep -q '"summary": {"files": 1, "errors": 3, "warnings": 1, "notes": 0}' "$tmp/out" && ok || no "--fix --format json: not the fixed file's summary"

# rewriting respects the file as fmt --write does
printf 'collaboration c "C" {\n    form allaince\n}\n' >"$tmp/base.samw"
cp "$tmp/base.samw" "$tmp/ro.samw"
chmod 444 "$tmp/ro.samw"
run 2 "$SAMW" fix --format gcc ro.samw
same "read-only: stderr" "$tmp/err" "samw: ro.samw: not rewritten: the file has no write permission; it is unchanged"
cmp -s "$tmp/ro.samw" "$tmp/base.samw" && ok || no "read-only: the file was changed"
grep -qxF "ro.samw:2:10: error: 'allaince' is not a form [SW005]" "$tmp/out" && ok || no "read-only: the unfixed file's diagnostics"
cp "$tmp/base.samw" "$tmp/h.samw"
ln "$tmp/h.samw" "$tmp/h2.samw"
run 2 "$SAMW" fix h.samw
same "hard links: stderr" "$tmp/err" "samw: h.samw: not rewritten: the file has 2 names (hard links), which would no longer share one text; it is unchanged"
cmp -s "$tmp/h.samw" "$tmp/base.samw" && ok || no "hard links: the file was changed"
mkdir "$tmp/real"
cp "$tmp/base.samw" "$tmp/real/t.samw"
chmod 640 "$tmp/real/t.samw"
ln -s real/t.samw "$tmp/link.samw"
run 1 "$SAMW" fix link.samw
[ -L "$tmp/link.samw" ] && grep -q "form alliance" "$tmp/real/t.samw" && ok || no "a symbolic link: not written through"
[ "$(stat -c %a "$tmp/real/t.samw")" = 640 ] && ok || no "the mode was not kept"
[ -z "$(find "$tmp" -name '.samw-fmt-*')" ] && ok || no "a temporary file was left"
# a folder: each file in it
mkdir "$tmp/dir"
cp "$tmp/base.samw" "$tmp/dir/a.samw"
cp "$tmp/base.samw" "$tmp/dir/b.samw"
run 1 "$SAMW" fix dir
same "a folder: stderr" "$tmp/err" "samw: dir/a.samw: 1 fix applied
samw: dir/b.samw: 1 fix applied"

# standard input: only as a diff; --diff without --fix; --verdict
run 2 "$SAMW" check --fix -
same "--fix on standard input" "$tmp/err" "samw: --fix cannot rewrite standard input; add --diff to see the fixes
See 'samw --help'."
out=$(cd "$tmp" && "$SAMW" fix --diff --stdin-filename in.samw - <"$tmp/base.samw" 2>/dev/null)
[ "$out" = '--- in.samw
+++ in.samw
@@ -1,3 +1,3 @@
 collaboration c "C" {
-    form allaince
+    form alliance
 }' ] && ok || no "--fix --diff on standard input: $out"
run 2 "$SAMW" check --diff base.samw
same "--diff without --fix" "$tmp/err" "samw: --diff shows what --fix would change: give both
See 'samw --help'."
run 2 "$SAMW" check --fix --verdict base.samw
run 0 "$SAMW" fix --help
grep -q "^Usage: samw fix \[OPTIONS\] FILE...$" "$tmp/out" && ok || no "samw fix --help"
run 0 "$SAMW" help check
grep -q "^  --fix " "$tmp/out" && ok || no "samw help check names --fix"

# every fix-it that adds a statement, applied alone, takes its diagnostic
# away, adds no error of form and keeps fmt's layout (tests/fixits.py)
if /usr/bin/python3 "$here/fixits.py" "$SAMW" "$root"/examples/*.samw "$root"/examples/invalid/*.samw \
	"$here"/report/*.samw "$here"/fix/*.samw >"$tmp/fixits" 2>&1; then
	ok
else
	no "fix-its that add a statement:"
	sed 's/^/  | /' "$tmp/fixits"
fi

echo "fix: $pass passed, $fail failed"
[ "$fail" = 0 ]
