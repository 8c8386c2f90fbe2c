#!/bin/sh
# samw fmt from the outside: --check, --diff, --write, and --write's safety:
# atomic replacement, modes and symbolic links kept, and the original left
# byte for byte as it was on every failure.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
# the checks that depend on the date (SW712-SW714) run as on a fixed day,
# 2021-01-01, before every date the examples hold: the same output on any
# day (tests/portfolio.sh tests those checks)
SOURCE_DATE_EPOCH=1609459200
export SOURCE_DATE_EPOCH
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL $*"; }

ugly() {
	printf 'collaboration  c "C" {   # open\n  form   network ; phase executing\n\tgoal "g"\n}\n'
}
pretty='collaboration c "C" { # open
    form network
    phase executing
    goal "g"
}'

ugly >"$tmp/a.samw"
out=$("$SAMW" fmt "$tmp/a.samw"); st=$?
[ $st = 0 ] && [ "$out" = "$pretty" ] && ok || no "fmt prints the canonical form (status $st)"
out=$(ugly | "$SAMW" fmt); [ "$out" = "$pretty" ] && ok || no "fmt reads standard input"
out=$(ugly | "$SAMW" fmt -); [ "$out" = "$pretty" ] && ok || no "fmt - reads standard input"

"$SAMW" fmt --check "$tmp/a.samw" >"$tmp/out"; st=$?
[ $st = 1 ] && [ "$(cat "$tmp/out")" = "$tmp/a.samw" ] && ok || no "--check names a file that would change (status $st)"
printf '%s\n' "$pretty" >"$tmp/p.samw"
"$SAMW" fmt --check "$tmp/p.samw" >"$tmp/out"; st=$?
[ $st = 0 ] && [ ! -s "$tmp/out" ] && ok || no "--check is silent on a formatted file (status $st)"

"$SAMW" fmt --diff "$tmp/a.samw" >"$tmp/out"; st=$?
cat >"$tmp/want" <<EOD
--- $tmp/a.samw
+++ $tmp/a.samw (formatted)
@@ -1,4 +1,5 @@
-collaboration  c "C" {   # open
-  form   network ; phase executing
-	goal "g"
+collaboration c "C" { # open
+    form network
+    phase executing
+    goal "g"
 }
EOD
[ $st = 1 ] && cmp -s "$tmp/out" "$tmp/want" && ok || { no "--diff (status $st)"; diff "$tmp/want" "$tmp/out"; }

# --write: rewritten, mode kept, nothing left behind
ugly >"$tmp/w.samw"
chmod 640 "$tmp/w.samw"
"$SAMW" fmt --write "$tmp/w.samw"; st=$?
[ $st = 0 ] && [ "$(cat "$tmp/w.samw")" = "$pretty" ] && ok || no "--write rewrites (status $st)"
[ "$(stat -c %a "$tmp/w.samw")" = 640 ] && ok || no "--write keeps the mode ($(stat -c %a "$tmp/w.samw"))"
[ -z "$(ls -A "$tmp" | grep samw-fmt)" ] && ok || no "--write leaves no temporary file"

# through a symbolic link: the target changes, the link stays a link
mkdir "$tmp/real"
ugly >"$tmp/real/t.samw"
ln -s real/t.samw "$tmp/link.samw"
"$SAMW" fmt --write "$tmp/link.samw"; st=$?
[ $st = 0 ] && [ -L "$tmp/link.samw" ] && [ "$(cat "$tmp/real/t.samw")" = "$pretty" ] && ok || no "--write through a symbolic link"

# a file with a syntax error is never rewritten
printf 'collaboration c {\n  goal "unclosed\n}\n' >"$tmp/s.samw"
cp "$tmp/s.samw" "$tmp/s.orig"
"$SAMW" fmt --write "$tmp/s.samw" >"$tmp/out" 2>"$tmp/err"; st=$?
[ $st = 1 ] && cmp -s "$tmp/s.samw" "$tmp/s.orig" && ok || no "syntax error: not rewritten (status $st)"
grep -qxF "samw: $tmp/s.samw: not formatted: fix the errors first" "$tmp/err" && ok || no "syntax error: says why"
grep -q "error\[SW001\]: this text has no closing quote" "$tmp/err" && ok || no "syntax error: shows the diagnostic"

# a file-size limit (ulimit -f) that the new file exceeds: the original stays
awk 'BEGIN { print "collaboration   c {"; for (i = 0; i < 400; i++) printf "  goal   \"goal number %d\"\n", i; print "}" }' >"$tmp/big.samw"
cp "$tmp/big.samw" "$tmp/big.orig"
(ulimit -f 8; "$SAMW" fmt --write "$tmp/big.samw") >"$tmp/out" 2>"$tmp/err"; st=$?
[ $st = 2 ] && cmp -s "$tmp/big.samw" "$tmp/big.orig" && ok || no "ulimit -f: original unchanged (status $st)"
grep -q "^samw: $tmp/big.samw: not rewritten (cannot write a temporary file in $(cd "$tmp" && pwd -P): File too large); the file is unchanged$" "$tmp/err" && ok || { no "ulimit -f: message"; cat "$tmp/err"; }
[ -z "$(ls -A "$tmp" | grep samw-fmt)" ] && ok || no "ulimit -f: no temporary file left"

# a read-only directory (as an unprivileged user, since root writes anyway)
if command -v setpriv >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
	mkdir "$tmp/ro"
	ugly >"$tmp/ro/r.samw"
	cp "$tmp/ro/r.samw" "$tmp/r.orig"
	chmod 755 "$tmp" "$tmp/ro"
	chmod 666 "$tmp/ro/r.samw" # the file is writable, its folder is not
	setpriv --reuid=65534 --regid=65534 --clear-groups "$SAMW" fmt --write "$tmp/ro/r.samw" >"$tmp/out" 2>"$tmp/err"; st=$?
	[ $st = 2 ] && cmp -s "$tmp/ro/r.samw" "$tmp/r.orig" && ok || no "read-only directory: original unchanged (status $st)"
	grep -q "not rewritten (cannot create a temporary file in $(cd "$tmp/ro" && pwd -P): Permission denied); the file is unchanged" "$tmp/err" && ok || { no "read-only directory: message"; cat "$tmp/err"; }
elif [ "$(id -u)" != 0 ]; then
	mkdir "$tmp/ro"
	ugly >"$tmp/ro/r.samw"
	cp "$tmp/ro/r.samw" "$tmp/r.orig"
	chmod 555 "$tmp/ro"
	"$SAMW" fmt --write "$tmp/ro/r.samw" >"$tmp/out" 2>"$tmp/err"; st=$?
	[ $st = 2 ] && cmp -s "$tmp/ro/r.samw" "$tmp/r.orig" && ok || no "read-only directory: original unchanged (status $st)"
else
	echo "SKIP read-only directory: no setpriv"
fi

"$SAMW" fmt --write </dev/null >/dev/null 2>&1; [ $? = 2 ] && ok || no "--write on standard input is a usage error"
"$SAMW" fmt --frob "$tmp/a.samw" >/dev/null 2>&1; [ $? = 2 ] && ok || no "unknown option"
"$SAMW" fmt "$tmp/none.samw" >/dev/null 2>&1; [ $? = 2 ] && ok || no "missing file"

echo "fmt: $pass passed, $fail failed"
[ "$fail" = 0 ]
