#!/bin/sh
# samw on untrusted input (docs/security.md): a pull request that adds
# files, symbolic links and a .samwrc must not make samw leak a file, hang,
# forge or hide output, take time or memory out of proportion, ignore a
# write error or skip a file in silence. One section per point of the
# issue that asked for this (17 of them), each case with its exact exit
# status and message. Run by `make check`; the cases that need root (chown,
# /proc/kmsg) run when it is root, as CI is.
#
#   SAMW=build/samw tests/untrusted.sh
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
# the checks that depend on the date (SW712-SW714) run as on a fixed day,
# 2021-01-01, before every date the examples hold: the same output on any
# day (tests/portfolio.sh tests those checks)
SOURCE_DATE_EPOCH=1609459200
export SOURCE_DATE_EPOCH
here=$(cd "$(dirname "$0")" && pwd)
ex="$here/../examples"
TIMEOUT=${UNTRUSTED_TIMEOUT:-60}
tmp=$(mktemp -d)
# the real path: messages about .samwrc name it so
tmp=$(cd "$tmp" && pwd -P)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0
fail=0
LC_ALL=C
export LC_ALL
unset NO_COLOR LANG LC_MESSAGES
root=0
[ "$(id -u)" = 0 ] && root=1

RUN_IN=$tmp
. "$here/harness.sh"

# clean: no control character but tab and line feed, no C1 control, no
# bidirectional or invisible character in FILE (what no terminal may get)
clean() {
	if LC_ALL=C grep -a -q "$(printf '[\001-\010\013-\037\177]')" "$2" ||
		LC_ALL=C grep -a -q -e "$(printf '\302[\200-\237]')" -e "$(printf '\342\200[\213-\217\250-\256]')" \
			-e "$(printf '\342\201[\240-\244\246-\257]')" -e "$(printf '\357\273\277')" "$2"; then
		bad "$1: a control, bidirectional or invisible character in $(basename "$2")"
		cat -v "$2" | cut -c1-200 | head -5 | sed 's/^/  | /'
	else
		ok
	fi
}

# a collaboration with an error, for names
printf 'collaboration c {\n    form allaince\n}\n' >"$tmp/base.samw"
good=$ex/alliance-north-care.samw
SECRET=samw-secret-token-0123456789
export SECRET

echo "== 1. symbolic links out of a folder are not followed"
mkdir "$tmp/d1"
cp "$tmp/base.samw" "$tmp/d1/a.samw"
ln -s /proc/self/environ "$tmp/d1/env.samw"
ln -s /etc/passwd "$tmp/d1/passwd.samw"
ln -s ../base.samw "$tmp/d1/up.samw"
ln -s a.samw "$tmp/d1/same.samw"
expect "1. links out" 2 "$SAMW" check --format gcc d1
has "1. links out" "$tmp/err" "samw: d1/env.samw: not checked: a symbolic link that leads outside the folder named"
has "1. links out" "$tmp/err" "samw: d1/passwd.samw: not checked: a symbolic link that leads outside the folder named"
has "1. links out" "$tmp/err" "samw: d1/up.samw: not checked: a symbolic link that leads outside the folder named"
has "1. the file inside is checked, once" "$tmp/out" "d1/a.samw:2:10: error: 'allaince' is not a form [SW005]"
lines "1. the file inside is checked, once (a link to it is the same file)" "$tmp/out" 8
hasnt "1. nothing of the environment" "$tmp/out" "$SECRET"
hasnt "1. nothing of the environment" "$tmp/err" "$SECRET"
hasnt "1. nothing of /etc/passwd" "$tmp/out" "root:"
# a link that stays inside is checked, under its own name
mkdir "$tmp/d1b" "$tmp/d1b/real"
cp "$tmp/base.samw" "$tmp/d1b/real/r.samw"
ln -s real/r.samw "$tmp/d1b/link.samw"
expect "1. a link inside the folder" 1 "$SAMW" check --format gcc d1b
has "1. a link inside the folder" "$tmp/out" "d1b/link.samw:2:10: error: 'allaince' is not a form [SW005]"
lines "1. a link inside the folder: its target once" "$tmp/out" 8

echo "== 2. .samwrc is not read through a link, and no line of it is quoted"
mkdir -p "$tmp/r2/.git" "$tmp/r2/sub"
cp "$good" "$tmp/r2/sub/w.samw"
ln -s /etc/passwd "$tmp/r2/.samwrc"
expect "2. .samwrc -> /etc/passwd" 2 "$SAMW" check --format gcc r2/sub/w.samw
has "2. .samwrc -> /etc/passwd" "$tmp/err" "samw: $tmp/r2/.samwrc: not used: a symbolic link that leads outside the repository"
hasnt "2. .samwrc -> /etc/passwd: nothing quoted" "$tmp/err" "root:"
rm "$tmp/r2/.samwrc"
printf 'root:x:0:0:root:/root:/bin/bash\n' >"$tmp/r2/.samwrc"
expect "2. a line without =" 2 "$SAMW" check --format gcc r2/sub/w.samw
has "2. a line without =" "$tmp/err" "samw: $tmp/r2/.samwrc:1: expected key=value"
printf 'https://user:%s@example.org=1\n' "$SECRET" >"$tmp/r2/.samwrc"
expect "2. a key that is not short plain text" 2 "$SAMW" check --format gcc r2/sub/w.samw
has "2. a key that is not short plain text" "$tmp/err" "samw: $tmp/r2/.samwrc:1: unknown key (known: allow, warn, deny, warnings-as-errors, max-diagnostics, horizon, baseline)"
printf 'max-diagnostics=%s\n' "$SECRET" >"$tmp/r2/.samwrc"
expect "2. a value is never quoted" 2 "$SAMW" check --format gcc r2/sub/w.samw
has "2. a value is never quoted" "$tmp/err" "samw: $tmp/r2/.samwrc:1: max-diagnostics takes a number"
printf 'deny=%s\n' "$SECRET!" >"$tmp/r2/.samwrc"
expect "2. a check name that is not plain text" 2 "$SAMW" check --format gcc r2/sub/w.samw
has "2. a check name that is not plain text" "$tmp/err" "samw: $tmp/r2/.samwrc:1: a value is not a check code or name (see 'samw rules')"
hasnt "2. never the secret" "$tmp/err" "$SECRET"
# a link that stays in the repository is read
printf 'allow = SW505\n' >"$tmp/r2/settings"
rm "$tmp/r2/.samwrc"
ln -s settings "$tmp/r2/.samwrc"
expect "2. a link inside the repository" 0 "$SAMW" check --format gcc r2/sub/w.samw
lines "2. a link inside the repository" "$tmp/out" 0
rm "$tmp/r2/.samwrc"

echo "== 3. document paths cannot probe outside the folder"
mkdir "$tmp/d3"
ln -s / "$tmp/d3/root"
for p in root/etc/passwd root/etc/no-such-file; do
	printf 'collaboration c "C" {\n    agreement a {\n        kind contract\n        document "%s"\n    }\n}\n' "$p" >"$tmp/d3/t.samw"
	expect "3. document $p" 1 "$SAMW" check --format gcc d3/t.samw
	has "3. document $p: the same answer whether it exists or not" "$tmp/out" "d3/t.samw:4:18: warning: document \"$p\" does not exist [SW505]"
done
mkdir "$tmp/d3/docs"
echo text >"$tmp/d3/docs/real.txt"
ln -s real.txt "$tmp/d3/docs/link.txt"
printf 'collaboration c "C" {\n    agreement a {\n        kind contract\n        document "docs/link.txt"\n    }\n}\n' >"$tmp/d3/t.samw"
expect "3. a link inside the folder is followed" 1 "$SAMW" check --format gcc d3/t.samw
hasnt "3. a link inside the folder is followed" "$tmp/out" "SW505"

echo "== 4. no .samwrc above the repository"
mkdir -p "$tmp/shared/repo/.git"
cp "$good" "$tmp/shared/repo/w.samw"
printf 'deny = SW505\nwarnings-as-errors = true\n' >"$tmp/shared/.samwrc"
expect "4. a .samwrc above .git does not apply" 0 "$SAMW" check --format gcc shared/repo/w.samw
has "4. a .samwrc above .git does not apply" "$tmp/out" "shared/repo/w.samw:50:18: warning: document \"contracts/covenant-north-care-2025.txt\" does not exist [SW505]"
printf 'allow = SW505\n' >"$tmp/shared/repo/.samwrc"
expect "4. the repository's own applies" 0 "$SAMW" check --format gcc shared/repo/w.samw
lines "4. the repository's own applies" "$tmp/out" 0

echo "== 5. link loops end at once, each file once"
mkdir "$tmp/d5"
cp "$tmp/base.samw" "$tmp/d5/a.samw"
ln -s . "$tmp/d5/self"
ln -s . "$tmp/d5/a-loop"
ln -s . "$tmp/d5/b-loop"
ln -s / "$tmp/d5/root"
expect "5. loops and a link to /" 1 "$SAMW" check --format gcc d5
lines "5. the one file once" "$tmp/out" 8
has "5. loops" "$tmp/err" "samw: d5/self: a symbolic link to a folder; not followed"
has "5. loops" "$tmp/err" "samw: d5/a-loop: a symbolic link to a folder; not followed"
has "5. loops" "$tmp/err" "samw: d5/root: a symbolic link to a folder; not followed"

echo "== 6. nothing blocks or runs on without end"
mkdir -p "$tmp/r6/.git"
cp "$good" "$tmp/r6/w.samw"
ln -s /dev/zero "$tmp/r6/.samwrc"
expect "6. .samwrc -> /dev/zero" 2 "$SAMW" check --format gcc r6/w.samw
has "6. .samwrc -> /dev/zero" "$tmp/err" "samw: $tmp/r6/.samwrc: not used: a symbolic link that leads outside the repository"
rm "$tmp/r6/.samwrc"
mkfifo "$tmp/r6/.samwrc"
expect "6. a FIFO .samwrc" 2 "$SAMW" check --format gcc r6/w.samw
has "6. a FIFO .samwrc" "$tmp/err" "samw: $tmp/r6/.samwrc: not used: not a regular file"
rm "$tmp/r6/.samwrc"
mkdir "$tmp/d6"
mkfifo "$tmp/d6/fifo.samw"
ln -s /dev/zero "$tmp/d6/zero.samw"
ln -s /proc/kmsg "$tmp/d6/kmsg.samw"
ln -s /proc/self/environ "$tmp/d6/env.samw"
cp "$tmp/base.samw" "$tmp/d6/ok.samw"
expect "6. a folder of things that are not files" 2 "$SAMW" check --format gcc d6
has "6. a FIFO in a folder" "$tmp/err" "samw: d6/fifo.samw: is a FIFO or a socket, not a regular file; samw reads regular files, folders and standard input (give '-' to read a pipe)"
has "6. /dev/zero in a folder" "$tmp/err" "samw: d6/zero.samw: not checked: a symbolic link that leads outside the folder named"
has "6. /proc/kmsg in a folder" "$tmp/err" "samw: d6/kmsg.samw: not checked: a symbolic link that leads outside the folder named"
has "6. the file beside them" "$tmp/out" "d6/ok.samw:2:10: error: 'allaince' is not a form [SW005]"
hasnt "6. no environment" "$tmp/out" "$SECRET"
expect "6. a FIFO named" 2 "$SAMW" check fifo.samw
expect "6. a FIFO named" 2 "$SAMW" check d6/fifo.samw
has "6. a FIFO named" "$tmp/err" "samw: d6/fifo.samw: is a FIFO or a socket, not a regular file; samw reads regular files, folders and standard input (give '-' to read a pipe)"
# files in /proc say they are empty: they are not read (reading /proc/kmsg
# would take messages from the system log, and wait for the next)
expect "6. /proc/self/environ named" 2 "$SAMW" check /proc/self/environ
has "6. /proc/self/environ named" "$tmp/err" "samw: /proc/self/environ: the file is empty"
if [ $root = 1 ] && [ -e /proc/kmsg ]; then
	expect "6. /proc/kmsg named, as root" 2 "$SAMW" check /proc/kmsg
	has "6. /proc/kmsg named, as root" "$tmp/err" "samw: /proc/kmsg: the file is empty"
fi

echo "== 7. work in proportion to the input (timed in make bench)"
# many diagnostics on one long line, all shown: output 10x for input 10x
for n in 2000 20000; do
	awk -v n=$n 'BEGIN { printf "collaboration c \"C\" { "; for (i = 0; i < n; i++) printf "\"x\"; "; print "}" }' >"$tmp/line$n.samw"
	expect "7. $n diagnostics on one line" 1 "$SAMW" check --color never --max-diagnostics 0 "line$n.samw"
	wc -l <"$tmp/out" | tr -d ' ' >"$tmp/lines$n"
done
a=$(cat "$tmp/lines2000") b=$(cat "$tmp/lines20000")
if [ $((b * 10)) -le $((a * 101)) ]; then ok; else bad "7. output of 20000 ($b lines) is more than 10x that of 2000 ($a lines)"; fi
# fmt shows at most 100 diagnostics, then how many more
awk 'BEGIN { for (i = 0; i < 5000; i++) print "\"x\"" }' >"$tmp/flood.samw"
expect "7. fmt of a flood" 1 "$SAMW" fmt --color never flood.samw
has "7. fmt of a flood" "$tmp/err" "samw: flood.samw: 4900 more diagnostics in this file were not shown"
has "7. fmt of a flood" "$tmp/err" "samw: flood.samw: not formatted: fix the errors first"
# collaborations and errors between them: report and graph in proportion
for n in 500 5000; do
	awk -v n=$n 'BEGIN { for (i = 0; i < n; i++) { print "collaboration c" i " \"C\" {\n}"; print "x" } }' >"$tmp/alt$n.samw"
	expect "7. report of $n collaborations with errors between" 1 "$SAMW" report "alt$n.samw"
	wc -c <"$tmp/out" | tr -d ' ' >"$tmp/bytes$n"
	expect "7. graph of $n collaborations with errors between" 1 "$SAMW" graph "alt$n.samw"
done
a=$(cat "$tmp/bytes500") b=$(cat "$tmp/bytes5000")
if [ "$b" -le $((a * 11)) ]; then ok; else bad "7. report of 5000 ($b bytes) is more than 11x that of 500 ($a bytes)"; fi
# "did you mean" over long names with a shared prefix: bounded per file
awk 'BEGIN { p = "partner_with_a_rather_long_shared_prefix_for_names_"
	for (c = 0; c < 30; c++) { print "collaboration c" c " \"C\" {"
		for (i = 0; i < 100; i++) printf "    party %s%05d \"P\" {\n    }\n", p, i
		printf "    governance {\n        body b {\n            members "
		for (i = 0; i < 200; i++) printf "%s%s9%04d", (i ? ", " : ""), p, i
		print "\n        }\n    }\n}" } }' >"$tmp/names.samw"
expect "7. suggestions over long names" 1 "$SAMW" check --format gcc --max-diagnostics 0 names.samw
has "7. suggestions over long names" "$tmp/out" "names.samw:4137:11563: error: no party is named 'partner_with_a_rather_long_shared_prefix_for_names_90199' in this collaboration [SW007]"

echo "== 8. memory in proportion to the input"
# peak memory at n and 10n lines of errors: it may grow by the input
# (read whole) and a little, never by what each diagnostic would take (a
# bound that holds under the sanitizers too, whose own memory is fixed)
yes x | head -n 20000 >"$tmp/x1.samw"
yes x | head -n 200000 >"$tmp/x.samw"
for cmd in report graph; do
	if [ -x /usr/bin/time ]; then
		(cd "$tmp" && timeout "$TIMEOUT" /usr/bin/time -f '%M' -o "$tmp/kib" "$SAMW" $cmd x1.samw) >/dev/null 2>&1
		k1=$(tail -n 1 "$tmp/kib")
		(cd "$tmp" && timeout "$TIMEOUT" /usr/bin/time -f '%M' -o "$tmp/kib" "$SAMW" $cmd x.samw) >/dev/null 2>&1
		k2=$(tail -n 1 "$tmp/kib")
		if [ "$k2" -le $((k1 + 4096)) ]; then ok; else bad "8. $cmd: $k1 KiB for 20,000 lines of errors, $k2 KiB for 200,000 (400 KB more input)"; fi
	fi
done
expect "8. report of 200,000 errors lists 100" 1 "$SAMW" report x.samw
has "8. report of 200,000 errors lists 100" "$tmp/out" "And 199900 more outside any collaboration, not listed (see --max-diagnostics)."
expect "8. report --max-diagnostics 5" 1 "$SAMW" report --max-diagnostics 5 x.samw
has "8. report --max-diagnostics 5" "$tmp/out" "And 199995 more outside any collaboration, not listed (see --max-diagnostics)."
expect "8. report --format json counts all" 1 "$SAMW" report --format json --max-diagnostics 5 x.samw
if grep -q '"errors":200000,"warnings":0,"notes":0,"not_shown":199995,' "$tmp/out"; then ok; else bad "8. JSON report counts"; fi
# a collaboration's verdict takes in the diagnostics it does not list
awk 'BEGIN { print "collaboration c \"C\" {"; for (i = 0; i < 300; i++) print "    zz \"x\""; print "    kind purchase"; print "}" }' >"$tmp/many.samw"
expect "8. a verdict beyond the limit" 1 "$SAMW" report --max-diagnostics 3 many.samw
has "8. a verdict beyond the limit" "$tmp/out" "306 more diagnostics of this collaboration are not listed here; the verdict takes them into account (see --max-diagnostics)."

echo "== 9. file names cannot drive the terminal or forge lines"
mkdir "$tmp/d9"
cp "$tmp/base.samw" "$tmp/d9/$(printf 'a\033]0;title\007b.samw')"
cp "$tmp/base.samw" "$tmp/d9/$(printf 'x\nx.samw:1:1: error: forged [SW999]\ny.samw')"
expect "9. names in gcc output" 1 "$SAMW" check --format gcc d9
clean "9. names in gcc output" "$tmp/out"
if grep -q '^x.samw:1:1: error: forged' "$tmp/out"; then bad "9. a forged line"; else ok; fi
has "9. ESC escaped" "$tmp/out" 'd9/a\u{1B}]0;title\u{07}b.samw:2:10: error: '"'allaince'"' is not a form [SW005]'
has "9. line feed escaped" "$tmp/out" 'd9/x\u{0A}x.samw:1:1: error: forged [SW999]\u{0A}y.samw:2:10: error: '"'allaince'"' is not a form [SW005]'
expect "9. names in human output" 1 "$SAMW" check --color never d9
clean "9. names in human output" "$tmp/out"
mkdir "$tmp/d9f"
printf '  collaboration  c "C" {\n}\n' >"$tmp/d9f/$(printf 'a\033]0;title\007b.samw')"
expect "9. names in fmt --check" 1 sh -c 'exec "$0" fmt --check d9f/*.samw' "$SAMW"
clean "9. names in fmt --check" "$tmp/out"
has "9. names in fmt --check" "$tmp/out" 'd9f/a\u{1B}]0;title\u{07}b.samw'
expect "9. names on standard error" 2 "$SAMW" check "$(printf 'no\033[31m\nsuch.samw')"
has "9. names on standard error" "$tmp/err" 'samw: no\u{1B}[31m\u{0A}such.samw: no such file'

echo "== 10. --format github: nothing on any stream starts a workflow command"
mkdir "$tmp/d10"
cp "$tmp/base.samw" "$tmp/d10/$(printf 'a\n::error file=README.md::forged\n.samw')"
cp "$tmp/base.samw" "$tmp/d10/::stop-commands::tok.samw"
expect "10. github annotations" 1 "$SAMW" check --format github d10
if grep -v '^::\(error\|warning\|notice\) file=d10/' "$tmp/out" | grep -q .; then bad "10. a line that is not samw's annotation"; else ok; fi
has "10. the path escaped in its property" "$tmp/out" '::error file=d10/a\u{0A}%3A%3Aerror file=README.md%3A%3Aforged\u{0A}.samw,line=2,col=10,endLine=2,endColumn=18,title=SW005::'"'allaince'"' is not a form%0Adid you mean '"'alliance'"'?'
expect "10. stderr under github" 2 "$SAMW" check --format github "$(printf 'x\n::error file=README.md::forged\n.samw')" '::stop-commands::tok'
has "10. stderr under github" "$tmp/err" 'samw: x\u{0A}::error file=README.md::forged\u{0A}.samw: no such file'
has "10. stderr under github" "$tmp/err" 'samw: \u{3A}:stop-commands::tok: no such file'
if grep -v '^samw: ' "$tmp/err" | grep -q .; then bad "10. a line on stderr that is not samw's"; else ok; fi
cp "$tmp/base.samw" "$tmp/::stop-commands::tok.samw"
expect "10. a path starting with :: at the start of a line" 1 "$SAMW" check --format gcc '::stop-commands::tok.samw'
has "10. a path starting with :: at the start of a line" "$tmp/out" '\u{3A}:stop-commands::tok.samw:2:10: error: '"'allaince'"' is not a form [SW005]'

echo "== 11. C1 controls and bidirectional controls are shown escaped"
printf 'collaboration c "C" {\n    goal "a\302\233[31mb \342\200\256x"\n    zz "\342\201\246"\n}\n' >"$tmp/bidi.samw"
expect "11. C1 and bidi in texts" 1 "$SAMW" check --color never bidi.samw
clean "11. C1 and bidi in texts" "$tmp/out"
has "11. the snippet escaped" "$tmp/out" '2 |     goal "a\u{9B}[31mb \u{202E}x"'
has "11. SW013" "$tmp/out" 'bidi.samw:2:19: warning[SW013]: this holds U+202E, an invisible character that reorders the text around it: what a reader sees is not what samw reads'
has "11. the marks under an escape" "$tmp/out" '  |                        ^^^^^^^^'
expect "11. gcc" 1 "$SAMW" check --format gcc bidi.samw
clean "11. gcc" "$tmp/out"
expect "11. JSON" 1 "$SAMW" check --format json bidi.samw
clean "11. JSON" "$tmp/out"
expect "11. report" 1 "$SAMW" report bidi.samw
clean "11. report" "$tmp/out"
expect "11. graph" 1 "$SAMW" graph bidi.samw
clean "11. graph" "$tmp/out"
cp "$tmp/base.samw" "$tmp/$(printf 'c\302\233d\342\200\256e.samw')"
expect "11. C1 and bidi in a name" 1 "$SAMW" check --format gcc "$(printf 'c\302\233d\342\200\256e.samw')"
clean "11. C1 and bidi in a name" "$tmp/out"
has "11. C1 and bidi in a name" "$tmp/out" 'c\u{9B}d\u{202E}e.samw:2:10: error: '"'allaince'"' is not a form [SW005]'

echo "== 12. Markdown: no links, no lost #s"
printf 'collaboration c "Title #1 ## see https://evil.example/x www.evil.example me@evil.example @octocat" {\n    form network\n}\n' >"$tmp/md.samw"
expect "12. report title" 1 "$SAMW" report md.samw
has "12. report title" "$tmp/out" '# Title \#1 \#\# see https\://evil.example/x www\.evil.example me\@evil.example \@octocat'

echo "== 13. write errors count"
if [ -w /dev/full ]; then
	for cmd in "check --format json" "check --format sarif" "check" "report" "report --format json" "graph" "fmt" "rules" "keywords"; do
		case $cmd in rules | keywords) f= ;; *) f=$good ;; esac
		# shellcheck disable=SC2086
		(cd "$tmp" && "$SAMW" $cmd $f >/dev/full 2>"$tmp/err")
		st=$?
		if [ "$st" = 2 ] && grep -q '^samw: cannot write the output: ' "$tmp/err"; then ok; else bad "13. samw $cmd >/dev/full: exit status $st"; cat "$tmp/err"; fi
	done
	(cd "$tmp" && "$SAMW" check "$good" >/dev/full 2>"$tmp/err")
	has "13. the message" "$tmp/err" "samw: cannot write the output: No space left on device"
fi

echo "== 14. fmt --write and check --fix respect the file"
# respects P GEN STATUS LINE CMD...: CMD, on files GEN writes (names
# starting with P), leaves a read-only file and one with hard links as
# they are, rewrites one with a 255-byte name (exit status STATUS, the
# file then holding LINE), keeps owner, group and mode as root, and names
# the folder it cannot write in (as another user). fmt --write, check --fix
# and samw fix rewrite through one piece of code (base/replace.c).
respects() {
	p=$1 gen=$2 status=$3 line=$4
	shift 4
	$gen >"$tmp/${p}ro.samw"
	chmod 444 "$tmp/${p}ro.samw"
	expect "14. $*: a read-only file" 2 "$@" "${p}ro.samw"
	has "14. $*: a read-only file" "$tmp/err" "samw: ${p}ro.samw: not rewritten: the file has no write permission; it is unchanged"
	if $gen | cmp -s - "$tmp/${p}ro.samw"; then ok; else bad "14. $*: the read-only file was changed"; fi
	$gen >"$tmp/${p}hard.samw"
	ln "$tmp/${p}hard.samw" "$tmp/${p}hard2.samw"
	expect "14. $*: hard links" 2 "$@" "${p}hard.samw"
	has "14. $*: hard links" "$tmp/err" "samw: ${p}hard.samw: not rewritten: the file has 2 names (hard links), which would no longer share one text; it is unchanged"
	if $gen | cmp -s - "$tmp/${p}hard2.samw" && $gen | cmp -s - "$tmp/${p}hard.samw"; then ok; else bad "14. $*: a hard link was changed"; fi
	long=$(printf '%0250d' 0 | tr 0 "${p:-n}").samw
	$gen >"$tmp/$long"
	expect "14. $*: a name of 255 bytes" "$status" "$@" "$long"
	has "14. $*: a name of 255 bytes" "$tmp/$long" "$line"
	if [ $root = 1 ]; then
		$gen >"$tmp/${p}owned.samw"
		chown 4321:8765 "$tmp/${p}owned.samw"
		chmod 640 "$tmp/${p}owned.samw"
		expect "14. $*: owner and group kept, as root" "$status" "$@" "${p}owned.samw"
		if [ "$(stat -c '%u:%g %a' "$tmp/${p}owned.samw")" = "4321:8765 640" ]; then ok; else bad "14. $*: owner, group or mode changed: $(stat -c '%u:%g %a' "$tmp/${p}owned.samw")"; fi
	fi
	if [ $root = 1 ] && command -v setpriv >/dev/null 2>&1; then
		mkdir "$tmp/${p}rodir"
		$gen >"$tmp/${p}rodir/w.samw"
		chmod 755 "$tmp" "$tmp/${p}rodir"
		chmod 666 "$tmp/${p}rodir/w.samw"
		(cd "$tmp" && setpriv --reuid=65534 --regid=65534 --clear-groups "$@" "${p}rodir/w.samw") >"$tmp/out" 2>"$tmp/err"
		has "14. $*: the folder named" "$tmp/err" "samw: ${p}rodir/w.samw: not rewritten (cannot create a temporary file in $tmp/${p}rodir: Permission denied); the file is unchanged"
	fi
}
ugly() { printf '  collaboration  c "C" {\n}\n'; }
typo() { printf 'collaboration c "C" {\n    form allaince\n}\n'; }
respects "" ugly 0 'collaboration c "C" {' "$SAMW" fmt --write
respects f typo 1 '    form alliance' "$SAMW" fix --format gcc
respects c typo 1 '    form alliance' "$SAMW" check --fix --format gcc
# a link in a folder that leads out of it is not read, so not written
mkdir -p "$tmp/f14"
typo >"$tmp/f14-outside.samw"
ln -s ../f14-outside.samw "$tmp/f14/out.samw"
expect "14. fix: a link out of the folder" 2 "$SAMW" fix --format gcc f14
has "14. fix: a link out of the folder" "$tmp/err" "samw: f14/out.samw: not checked: a symbolic link that leads outside the folder named"
if typo | cmp -s - "$tmp/f14-outside.samw"; then ok; else bad "14. fix: a file outside the folder was changed"; fi
if [ $root = 1 ]; then
	typo >"$tmp/fowned.samw"
	chown 4321:8765 "$tmp/fowned.samw"
	chmod 640 "$tmp/fowned.samw"
	expect "14. fix: owner and group kept, as root" 1 "$SAMW" fix --format gcc fowned.samw
	if [ "$(stat -c '%u:%g %a' "$tmp/fowned.samw")" = "4321:8765 640" ]; then ok; else bad "14. fix: owner, group or mode changed: $(stat -c '%u:%g %a' "$tmp/fowned.samw")"; fi
fi
if [ $root = 1 ] && command -v setpriv >/dev/null 2>&1; then
	mkdir "$tmp/frodir"
	typo >"$tmp/frodir/w.samw"
	chmod 755 "$tmp" "$tmp/frodir"
	chmod 666 "$tmp/frodir/w.samw"
	(cd "$tmp" && setpriv --reuid=65534 --regid=65534 --clear-groups "$SAMW" fix frodir/w.samw) >"$tmp/out" 2>"$tmp/err"
	has "14. fix: the folder named" "$tmp/err" "samw: frodir/w.samw: not rewritten (cannot create a temporary file in $tmp/frodir: Permission denied); the file is unchanged"
fi

echo "== 15. no silent skips"
d=$tmp/deep
i=0
while [ $i -lt 66 ]; do d=$d/d; i=$((i + 1)); done
mkdir -p "$d"
cp "$tmp/base.samw" "$d/deep.samw"
cp "$tmp/base.samw" "$tmp/deep/top.samw"
expect "15. a folder too deep" 2 "$SAMW" check --format gcc deep
has "15. a folder too deep" "$tmp/err" "samw: deep$(printf '/d%.0s' $(seq 1 65)): not searched: it lies more than 64 folders deep below the folder named"
has "15. the rest is checked" "$tmp/out" "deep/top.samw:2:10: error: 'allaince' is not a form [SW005]"

echo "== 16. -- ends the options of every command"
cp "$tmp/base.samw" "$tmp/--stdin-filename=x.samw"
expect "16. check --" 1 "$SAMW" check --format gcc -- --stdin-filename=x.samw
has "16. check --" "$tmp/out" "--stdin-filename=x.samw:2:10: error: 'allaince' is not a form [SW005]"
expect "16. fmt --" 0 "$SAMW" fmt -- --stdin-filename=x.samw
expect "16. report --" 1 "$SAMW" report -- --stdin-filename=x.samw
expect "16. graph --" 1 "$SAMW" graph -- --stdin-filename=x.samw
expect "16. fix --" 1 "$SAMW" fix --diff --format gcc -- --stdin-filename=x.samw
has "16. fix --" "$tmp/out" "+    form alliance"

echo "== 17. the rest"
# a .samwrc line of any length
mkdir -p "$tmp/r17/.git"
cp "$good" "$tmp/r17/w.samw"
{ printf 'allow = SW505'; awk 'BEGIN { for (i = 0; i < 5000; i++) printf " " }'; printf '\n# a comment\n'; } >"$tmp/r17/.samwrc"
expect "17. a long .samwrc line" 0 "$SAMW" check --format gcc r17/w.samw
lines "17. a long .samwrc line" "$tmp/err" 0
lines "17. a long .samwrc line" "$tmp/out" 0
# report and graph go on after a folder without .samw files
mkdir "$tmp/empty"
expect "17. report after an empty folder" 2 "$SAMW" report empty base.samw
has "17. report after an empty folder" "$tmp/err" "samw: empty: no .samw files in this directory"
has "17. report after an empty folder" "$tmp/out" "Collaboration \`c\` in base.samw, line 1."
expect "17. graph after an empty folder" 2 "$SAMW" graph empty base.samw
has "17. graph after an empty folder" "$tmp/out" 'digraph "base.samw" {'
expect "17. report JSON names the failure" 2 "$SAMW" report --format json empty base.samw
has "17. report JSON names the failure" "$tmp/out" '    {"file":"empty","read":false,"message":"no .samw files in this directory"},'
expect "17. check JSON names the failure" 2 "$SAMW" check --format json empty base.samw
has "17. check JSON names the failure" "$tmp/out" '    {"file":"empty","read":false,"message":"no .samw files in this directory"},'
expect "17. SARIF" 2 "$SAMW" check --format sarif empty base.samw
if grep -q '"executionSuccessful": false' "$tmp/out"; then ok; else bad "17. SARIF says the run succeeded"; fi
printf 'frobnicate = 1\n' >"$tmp/r17/.samwrc"
expect "17. SARIF with a bad .samwrc" 2 "$SAMW" check --format sarif r17/w.samw
if grep -q '"executionSuccessful": false' "$tmp/out"; then ok; else bad "17. SARIF with a bad .samwrc says the run succeeded"; fi
# a file with CR line ends: each snippet is its own line
printf 'collaboration c "C" {\r    form allaince\r    goal "g"\r}\r' >"$tmp/cr.samw"
expect "17. CR-only line ends" 1 "$SAMW" check --color never cr.samw
has "17. CR-only line ends" "$tmp/out" "2 |     form allaince"
lines "17. CR-only line ends: each snippet one line" "$tmp/out" 44

echo "untrusted: $pass passed, $fail failed"
[ "$fail" = 0 ]
