#!/bin/sh
# Hostile inputs: deep nesting, huge lines, files and collaborations, bad
# encodings, huge names and texts, inputs that are not files, a closed
# standard input, a flood of errors, and every crash input the fuzzers
# found (tests/regress/). Each case states the exact exit status and an
# exact line of output; none may crash, hang or take unbounded memory.
#
#   SAMW=build/samw tests/hostile.sh
#
# The big inputs are generated in a temporary folder at run time. Every
# run is limited to HOSTILE_TIMEOUT seconds (default 120), and the cases
# that once took time in proportion to a square to HOSTILE_QUICK seconds
# (default 10; they take well under 2 s, even under AddressSanitizer);
# where /usr/bin/time exists, the time and peak memory of the big cases
# are printed and the memory is held to a bound.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
# the checks that depend on the date (SW712-SW714) run as on a fixed day,
# 2021-01-01, before every date the examples hold: the same output on any
# day (tests/portfolio.sh tests those checks)
SOURCE_DATE_EPOCH=1609459200
export SOURCE_DATE_EPOCH
here=$(cd "$(dirname "$0")" && pwd)
TIMEOUT=${HOSTILE_TIMEOUT:-120}
QUICK=${HOSTILE_QUICK:-10}
LONG=$TIMEOUT
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0
fail=0
LC_ALL=C
export LC_ALL
unset NO_COLOR LANG LC_MESSAGES

timer=
[ -x /usr/bin/time ] && timer=/usr/bin/time

. "$here/harness.sh"

# expect NAME STATUS CMD...: run CMD (under the time limit, from $tmp),
# compare its exit status; stdout and stderr are left in $tmp/out and
# $tmp/err, seconds and peak KiB in $secs and $kib when /usr/bin/time is
# there.
expect() {
	name=$1 want=$2
	shift 2
	secs=? kib=0
	if [ -n "$timer" ]; then
		(cd "$tmp" && timeout "$TIMEOUT" "$timer" -f '%e %M' -o "$tmp/time" "$@") \
			>"$tmp/out" 2>"$tmp/err"
		got=$?
		# /usr/bin/time reports a signal as its own status; its file says so
		if grep -q 'signal' "$tmp/time" 2>/dev/null; then
			got="signal: $(head -n 1 "$tmp/time")"
		else
			read -r secs kib <<-EOF
			$(tail -n 1 "$tmp/time")
			EOF
		fi
	else
		(cd "$tmp" && timeout "$TIMEOUT" "$@") >"$tmp/out" 2>"$tmp/err"
		got=$?
	fi
	status "$name" "$want" "$got"
}

# longest NAME FILE N: no line of FILE is longer than N bytes
longest() {
	n=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$2")
	if [ "$n" -le "$3" ]; then ok; else bad "$1: a line of $n bytes, expected at most $3"; fi
}

# memory NAME MIB: the last run peaked under MIB MiB (when measured)
memory() {
	[ -n "$timer" ] || return 0
	if [ "$kib" -le $(($2 * 1024)) ]; then
		ok
	else
		bad "$1: peak memory $((kib / 1024)) MiB, expected under $2 MiB"
	fi
}

# report NAME: time and memory of the last run, for the log
report() {
	[ -n "$timer" ] && printf '  %-44s %6ss %6s MiB\n' "$1" "$secs" "$((kib / 1024))"
}

# a collaboration that is clean on every check: collab ID
clean() {
	cat <<-EOF
	collaboration $1 "Collaboration $1" {
	    form network
	    goal "g"
	    result "r"
	    strategy "s"
	    process "p"
	    style "y"
	    term 2025-01-01 until 2026-12-31
	    party a "A" {
	        interest "i"
	        contributes "c"
	        gives-up "g"
	        person "X" role director
	    }
	    party b "B" {
	        interest "i"
	        contributes "c"
	        gives-up "g"
	        person "Y" role director
	    }
	    agreement x {
	        kind contract
	        between a, b
	        shares risks, costs, revenues
	    }
	    governance {
	        body board {
	            members a, b
	            decides consensus
	        }
	    }
	}
	EOF
}
clean c >"$tmp/clean.samw"
expect "the clean collaboration is clean" 0 "$SAMW" check --format gcc clean.samw
lines "the clean collaboration is clean" "$tmp/out" 0

echo "== nesting"
# 100,000 '{' in a row: the depth limit (64) stops reading at the 65th
head -c 100000 /dev/zero | tr '\0' '{' >"$tmp/braces.samw"
expect "100,000 nested {" 1 "$SAMW" check --format gcc braces.samw
has "100,000 nested {" "$tmp/out" "braces.samw:1:65: error: blocks are nested more than 64 deep [SW001]"
lines "100,000 nested {: two diagnostics" "$tmp/out" 2
report "100,000 nested {"
# the source is shown as it is: reading stopped, the text is intact
expect "100,000 nested {, human" 1 "$SAMW" check --color never braces.samw
has "100,000 nested {, human" "$tmp/out" "1 | ...$(head -c 160 "$tmp/braces.samw")..."
# the same as statements, one per line
{ echo 'collaboration c "C" {'; awk 'BEGIN { for (i = 0; i < 100000; i++) print "party p {" }'; } >"$tmp/nested.samw"
expect "100,000 nested blocks" 1 "$SAMW" check --format gcc nested.samw
has "100,000 nested blocks" "$tmp/out" "nested.samw:65:9: error: blocks are nested more than 64 deep [SW001]"
report "100,000 nested blocks"
# 64 deep is allowed (nothing about nesting)
{ awk 'BEGIN { for (i = 0; i < 64; i++) print "party p {"; for (i = 0; i < 64; i++) print "}" }'; } >"$tmp/deep64.samw"
expect "64 deep is read" 1 "$SAMW" check --format gcc deep64.samw
if grep -q 'nested more than' "$tmp/out"; then bad "64 deep is read: depth reported"; else ok; fi
# no recursion deeper than the nesting: 256 KiB of stack is plenty
expect "64 deep in 256 KiB of stack" 1 sh -c 'ulimit -s 256 && exec "$0" check --format gcc deep64.samw' "$SAMW"
has "64 deep in 256 KiB of stack" "$tmp/out" "deep64.samw:1:1: error: 'party' belongs in a collaboration, not in the top level of the file [SW003]"
expect "fmt of 64 deep in 256 KiB of stack" 0 sh -c 'ulimit -s 256 && exec "$0" fmt deep64.samw' "$SAMW"
has "fmt of 64 deep in 256 KiB of stack" "$tmp/out" "$(printf '%252s' '')party p {"
expect "100,000 nested blocks in 256 KiB of stack" 1 sh -c 'ulimit -s 256 && exec "$0" check --format gcc nested.samw' "$SAMW"
has "100,000 nested blocks in 256 KiB of stack" "$tmp/out" "nested.samw:65:9: error: blocks are nested more than 64 deep [SW001]"

echo "== size"
# a 10 MB line: a clean collaboration of 100,000 parties, ';' between statements
awk 'BEGIN {
	printf "collaboration c \"C\" { form network; goal \"g\"; result \"r\"; strategy \"s\"; process \"p\"; style \"y\"; term 2025-01-01 until 2026-12-31; "
	for (i = 0; i < 100000; i++)
		printf "party p%d \"Party %d\" { interest \"i\"; contributes \"c\"; gives-up \"g\"; person \"X\" role director }; ", i, i
	printf "agreement a { kind contract; shares risks, costs, revenues }; governance { body b { members p0, p1; decides consensus } } }"
}' >"$tmp/line.samw"
expect "a 10 MB line" 0 "$SAMW" check line.samw
has "a 10 MB line" "$tmp/out" "0 errors, 0 warnings"
report "a 10 MB line ($(wc -c <"$tmp/line.samw" | tr -d ' ') bytes)"
memory "a 10 MB line" 1024
# ... with a mistake at its very end: the snippet is a window on the line
sed 's/} } }$/} }; phase explorng }/' "$tmp/line.samw" >"$tmp/line2.samw"
col=$(( $(wc -c <"$tmp/line2.samw") - 9 ))
expect "a mistake at the end of a 10 MB line" 1 "$SAMW" check line2.samw
has "a mistake at the end of a 10 MB line" "$tmp/out" "line2.samw:1:$col: error[SW005]: 'explorng' is not a phase"
longest "the snippet of a 10 MB line is a window" "$tmp/out" 300

# a 100 MB file: 170,000 clean collaborations, each checked and dropped
# as soon as it is read, so memory is the file and one collaboration
clean ID | awk -v size=104857600 '
	{ t = t $0 "\n" }
	END { for (n = 0; total < size; n++) { s = t; gsub(/ID/, "c" n, s); printf "%s\n", s; total += length(s) + 1 } }' >"$tmp/big.samw"
expect "a 100 MB file" 0 "$SAMW" check big.samw
has "a 100 MB file" "$tmp/out" "0 errors, 0 warnings"
report "a 100 MB file ($(wc -c <"$tmp/big.samw" | tr -d ' ') bytes)"
memory "a 100 MB file: the file and one collaboration" 400
expect "a 100 MB file over --max-file-size" 2 "$SAMW" check --max-file-size 104857599 big.samw
has "a 100 MB file over --max-file-size" "$tmp/err" "samw: big.samw: the file is larger than the limit of 104857599 bytes (see --max-file-size)"
rm -f "$tmp/big.samw" "$tmp/line.samw" "$tmp/line2.samw"
# the largest limit there is (positions are 32-bit: inputs stop at 4 GiB)
expect "--max-file-size 2^64-1" 0 "$SAMW" check --max-file-size 18446744073709551615 clean.samw
has "--max-file-size 2^64-1" "$tmp/out" "0 errors, 0 warnings"
expect "--max-file-size 2^64-1, standard input" 0 sh -c 'exec "$0" check --max-file-size 18446744073709551615 - <clean.samw' "$SAMW"
has "--max-file-size 2^64-1, standard input" "$tmp/out" "0 errors, 0 warnings"

# a million statements: in one collaboration, and a million at the top level
{ sed '$d' "$tmp/clean.samw"; awk 'BEGIN { for (i = 0; i < 1000000; i++) print "    goal \"goal " i "\"" }'; echo '}'; } >"$tmp/million.samw"
expect "a million statements in a collaboration" 0 "$SAMW" check million.samw
has "a million statements in a collaboration" "$tmp/out" "0 errors, 0 warnings"
report "a million statements in a collaboration"
memory "a million statements in a collaboration" 1024
awk 'BEGIN { for (i = 0; i < 1000000; i++) { print "collaboration c" i " \"C\" {"; print "}" } }' >"$tmp/million-top.samw"
expect "a million collaborations" 1 "$SAMW" check million-top.samw
has "a million collaborations" "$tmp/out" "million-top.samw: note[SW010]: 7999900 more diagnostics in this file were not shown"
has "a million collaborations" "$tmp/out" "3000000 errors, 4000000 warnings, 1000000 notes"
report "a million collaborations (8,000,000 diagnostics)"
memory "a million collaborations" 400
rm -f "$tmp/million.samw" "$tmp/million-top.samw"

# 100,000 parties in one collaboration, with what used to cost time in
# proportion to their square: 100,000 agreements without `between` (each
# binds every party), a suppression above every party, unknown names
party() {
	awk -v n="$1" -v allow="$2" 'BEGIN {
		print "collaboration c \"C\" {"
		print "    form network"; print "    goal \"g\""; print "    result \"r\""
		print "    strategy \"s\""; print "    process \"p\""; print "    style \"y\""
		print "    term 2025-01-01 until 2026-12-31"
		for (i = 0; i < n; i++) {
			if (allow) print "    # samw: allow no-people"
			printf "    party p%d \"Party %d\" {\n        interest \"i\"\n        contributes \"c\"\n        gives-up \"g\"\n", i, i
			if (!allow) print "        person \"X\" role director"
			print "    }"
		}
		print "    agreement a {"; print "        kind contract"; print "        shares risks, costs, revenues"; print "    }"
		print "    governance {"; print "        body b {"; print "            members p0, p1"
		print "            decides consensus"; print "        }"; print "    }"
		print "}"
	}'
}
party 100000 0 >"$tmp/parties.samw"
expect "100,000 parties" 0 "$SAMW" check parties.samw
has "100,000 parties" "$tmp/out" "0 errors, 0 warnings"
report "100,000 parties"
memory "100,000 parties" 1024
party 100000 1 >"$tmp/allowed.samw"
TIMEOUT=$QUICK
expect "100,000 parties, each with a suppression" 0 "$SAMW" check allowed.samw
has "100,000 parties, each with a suppression" "$tmp/out" "0 errors, 0 warnings"
report "100,000 parties, each with a suppression"
{ sed '$d' "$tmp/parties.samw"; awk 'BEGIN { for (i = 0; i < 100000; i++) print "    agreement x" i " {\n        kind contract\n    }" }'; echo '}'; } >"$tmp/agreements.samw"
expect "100,000 parties and 100,000 agreements" 0 "$SAMW" check --format gcc agreements.samw
lines "100,000 parties and 100,000 agreements" "$tmp/out" 0
report "100,000 parties, 100,000 agreements"
TIMEOUT=$LONG
{ sed '$d' "$tmp/parties.samw"; printf '    agreement u {\n        kind contract\n'; awk 'BEGIN { printf "        between "; for (i = 0; i < 100000; i++) printf "%sq%d", (i ? ", " : ""), i; print "" }'; echo '    }'; echo '}'; } >"$tmp/unknown.samw"
expect "100,000 unknown names, all shown" 1 "$SAMW" check --format gcc --max-diagnostics 0 unknown.samw
has "100,000 unknown names, all shown" "$tmp/out" "unknown.samw:$(grep -n '^        between' "$tmp/unknown.samw" | cut -d: -f1):17: error: no party is named 'q0' in this collaboration [SW007]"
lines "100,000 unknown names, all shown" "$tmp/out" 100000
report "100,000 unknown names, --max-diagnostics 0"
rm -f "$tmp/parties.samw" "$tmp/allowed.samw" "$tmp/agreements.samw" "$tmp/unknown.samw"

echo "== encoding"
# enc NAME BYTES LINE: a collaboration whose goal is BYTES (printf escapes)
enc() {
	printf "collaboration c \"C\" {\n    goal $2\n}\n" >"$tmp/enc.samw"
	expect "$1" 1 "$SAMW" check --format gcc enc.samw
	has "$1" "$tmp/out" "$3"
}
enc "invalid UTF-8" '"a\377b"' "enc.samw:2:12: error: this byte is not valid UTF-8 text [SW008]"
enc "a lone continuation byte" '"\200"' "enc.samw:2:11: error: this byte is not valid UTF-8 text [SW008]"
enc "an overlong encoding of /" '"\300\257"' "enc.samw:2:11: error: this byte is not valid UTF-8 text [SW008]"
enc "an overlong three-byte encoding" '"\340\200\257"' "enc.samw:2:11: error: this byte is not valid UTF-8 text [SW008]"
enc "an encoded surrogate" '"\355\240\200"' "enc.samw:2:11: error: this byte is not valid UTF-8 text [SW008]"
enc "beyond U+10FFFF" '"\364\220\200\200"' "enc.samw:2:11: error: this byte is not valid UTF-8 text [SW008]"
enc "a truncated sequence" '"\342\202"' "enc.samw:2:11: error: this byte is not valid UTF-8 text [SW008]"
enc "a NUL byte in a text" '"a\000b"' "enc.samw:2:12: error: the file contains a NUL byte [SW008]"
enc "a byte-order mark in a text" '"x\357\273\277y"' "enc.samw:2:12: error: a byte-order mark in the middle of the file [SW008]"
enc "a byte-order mark before a text" '\357\273\277"x"' "enc.samw:2:10: error: a byte-order mark in the middle of the file [SW008]"
printf 'collaboration c "C" {\n}\n\000\n' >"$tmp/nul.samw"
expect "a NUL byte on its own line" 1 "$SAMW" check --format gcc nul.samw
has "a NUL byte on its own line" "$tmp/out" "nul.samw:3:1: error: the file contains a NUL byte [SW008]"
{ printf '\357\273\277'; cat "$tmp/clean.samw"; } >"$tmp/bom.samw"
expect "a byte-order mark at the start is skipped" 0 "$SAMW" check bom.samw
has "a byte-order mark at the start is skipped" "$tmp/out" "0 errors, 0 warnings"
{ sed -n '1,3p' "$tmp/clean.samw"; printf '\357\273\277\n'; sed '1,3d' "$tmp/clean.samw"; } >"$tmp/bom2.samw"
expect "a byte-order mark in the middle of the file" 1 "$SAMW" check --format gcc bom2.samw
has "a byte-order mark in the middle of the file" "$tmp/out" "bom2.samw:4:1: error: a byte-order mark in the middle of the file [SW008]"
# a whole file of random bytes: diagnostics, never a crash
head -c 1000000 /dev/urandom >"$tmp/random.samw" 2>/dev/null || awk 'BEGIN { srand(1); for (i = 0; i < 1000000; i++) printf "%c", int(rand() * 256) }' >"$tmp/random.samw"
expect "a megabyte of random bytes" 1 "$SAMW" check random.samw
lines "a megabyte of random bytes: nothing on stderr" "$tmp/err" 0
# control characters in a text stay out of the terminal
printf 'collaboration c "C" {\n    goal "\033[31mred"\n    zz "\033]0;title\007"\n}\n' >"$tmp/esc.samw"
expect "escape sequences are not passed on" 1 "$SAMW" check --color never esc.samw
if grep -q "$(printf '\033')" "$tmp/out"; then bad "escape sequences are not passed on: ESC in the output"; else ok; fi

echo "== long names and texts"
id=$(head -c 1048576 /dev/zero | tr '\0' 'a')
{ printf 'collaboration c "C" {\n    party '; printf '%s' "$id"; printf ' "B" {\n    }\n    members x\n    '; printf '%s' "$id"; printf ' "x"\n}\n'; } >"$tmp/ident.samw"
expect "a 1 MB identifier" 1 "$SAMW" check --format gcc ident.samw
has "a 1 MB identifier" "$tmp/out" "ident.samw:2:11: warning: party '$(printf '%.117s' "$id")...' names no person [SW301]"
has "a 1 MB identifier" "$tmp/out" "ident.samw:4:5: error: 'members' belongs in a body, not in a collaboration [SW003]"
has "a 1 MB identifier" "$tmp/out" "ident.samw:5:5: error: '$(printf '%.117s' "$id")...' is not a keyword of a collaboration [SW002]"
longest "a 1 MB identifier is cut in messages" "$tmp/out" 400
report "a 1 MB identifier"
awk '/^    goal "g"$/ { s = "s"; while (length(s) < 1048576) s = s s; print "    goal \"" s "\""; next } { print }' "$tmp/clean.samw" >"$tmp/string.samw"
expect "a 1 MB string" 0 "$SAMW" check string.samw
has "a 1 MB string" "$tmp/out" "0 errors, 0 warnings"
{ printf 'collaboration c "'; head -c 1048576 /dev/zero | tr '\0' 's'; printf '\n}\n'; } >"$tmp/unterminated.samw"
expect "an unterminated 1 MB string" 1 "$SAMW" check --format gcc unterminated.samw
has "an unterminated 1 MB string" "$tmp/out" "unterminated.samw:1:17: error: this text has no closing quote [SW001]"
unset id

echo "== not a file"
mkdir "$tmp/dir" "$tmp/tree" "$tmp/tree/sub.samw"
expect "a directory without .samw files" 2 "$SAMW" check dir
has "a directory without .samw files" "$tmp/err" "samw: dir: no .samw files in this directory"
expect "a directory named x.samw" 2 "$SAMW" check tree
has "a directory named x.samw" "$tmp/err" "samw: tree: no .samw files in this directory"
if command -v mkfifo >/dev/null 2>&1; then
	# a FIFO named on the command line is refused without being opened
	# (opening or reading it could wait for ever); '-' reads a pipe
	mkfifo "$tmp/fifo.samw"
	fifo_msg="samw: fifo.samw: is a FIFO or a socket, not a regular file; samw reads regular files, folders and standard input (give '-' to read a pipe)"
	expect "a FIFO nobody writes to" 2 "$SAMW" check fifo.samw
	has "a FIFO nobody writes to" "$tmp/err" "$fifo_msg"
	(cat "$tmp/clean.samw" >"$tmp/fifo.samw" &)
	expect "a FIFO with a writer is refused too" 2 "$SAMW" check fifo.samw
	has "a FIFO with a writer is refused too" "$tmp/err" "$fifo_msg"
	expect "a FIFO as standard input" 0 sh -c 'exec "$0" check - <fifo.samw' "$SAMW"
	has "a FIFO as standard input" "$tmp/out" "0 errors, 0 warnings"
fi
expect "/dev/zero" 2 "$SAMW" check /dev/zero
has "/dev/zero" "$tmp/err" "samw: /dev/zero: is a device, not a file; samw reads files, folders and standard input"
expect "/dev/zero as standard input, at a limit" 2 sh -c 'exec "$0" check --max-file-size 1048576 - </dev/zero' "$SAMW"
has "/dev/zero as standard input, at a limit" "$tmp/err" "samw: <stdin>: the file is larger than the limit of 1048576 bytes (see --max-file-size)"
expect "/dev/null" 2 "$SAMW" check /dev/null
has "/dev/null" "$tmp/err" "samw: /dev/null: is a device, not a file; samw reads files, folders and standard input"
if [ "$(id -u)" != 0 ]; then
	cp "$tmp/clean.samw" "$tmp/locked.samw"
	chmod 000 "$tmp/locked.samw"
	expect "an unreadable file" 2 "$SAMW" check locked.samw
	has "an unreadable file" "$tmp/err" "samw: locked.samw: cannot read the file: Permission denied"
fi
if [ -r /proc/self/mem ]; then
	# a file of /proc says it has size 0: it is not read (docs/security.md)
	expect "a file of /proc is not read" 2 "$SAMW" check /proc/self/mem
	has "a file of /proc is not read" "$tmp/err" "samw: /proc/self/mem: the file is empty"
fi
expect "a closed standard input" 2 sh -c "exec \"\$0\" check - <&-" "$SAMW"
has "a closed standard input" "$tmp/err" "samw: <stdin>: cannot read the file: Bad file descriptor"
expect "the other files are still checked" 2 "$SAMW" check --format gcc dir /dev/null enc.samw
has "the other files are still checked" "$tmp/out" "enc.samw:2:10: error: a byte-order mark in the middle of the file [SW008]"
: >"$tmp/empty.samw"
expect "an empty file" 2 "$SAMW" check empty.samw
has "an empty file" "$tmp/err" "samw: empty.samw: the file is empty"

echo "== flood"
# a syntax error on every one of 100,000 lines: the first 100 are shown,
# then one line with how many more
awk 'BEGIN { for (i = 0; i < 100000; i++) print "\"x\"" }' >"$tmp/flood.samw"
expect "an error on every line" 1 "$SAMW" check --format gcc flood.samw
lines "an error on every line: 100 and the count" "$tmp/out" 101
has "an error on every line" "$tmp/out" "flood.samw:100:1: error: expected a keyword at the start of a statement, found \"x\" [SW001]"
has "an error on every line" "$tmp/out" "flood.samw: note: 99900 more diagnostics in this file were not shown [SW010]"
report "an error on every line (100,000 lines)"
expect "an error on every line, human" 1 "$SAMW" check --color never flood.samw
has "an error on every line, human" "$tmp/out" "flood.samw: note[SW010]: 99900 more diagnostics in this file were not shown"
has "an error on every line, human" "$tmp/out" "100000 errors, 0 warnings"
expect "--max-diagnostics 5" 1 "$SAMW" check --format gcc --max-diagnostics 5 flood.samw
lines "--max-diagnostics 5" "$tmp/out" 6
has "--max-diagnostics 5" "$tmp/out" "flood.samw: note: 99995 more diagnostics in this file were not shown [SW010]"
# a limit of 100,000 with 200,000 more: each one dropped costs O(log limit)
cat "$tmp/flood.samw" "$tmp/flood.samw" "$tmp/flood.samw" >"$tmp/flood3.samw"
TIMEOUT=$QUICK
expect "--max-diagnostics 100000" 1 "$SAMW" check --format gcc --max-diagnostics 100000 flood3.samw
lines "--max-diagnostics 100000" "$tmp/out" 100001
has "--max-diagnostics 100000" "$tmp/out" "flood3.samw: note: 200000 more diagnostics in this file were not shown [SW010]"
report "300,000 errors, --max-diagnostics 100000"
TIMEOUT=$LONG
expect "--max-diagnostics 0 shows all" 1 "$SAMW" check --format gcc --max-diagnostics 0 flood.samw
lines "--max-diagnostics 0 shows all" "$tmp/out" 100000
expect "json says how many were not shown" 1 "$SAMW" check --format json flood.samw
has "json says how many were not shown" "$tmp/out" '    {"file":"flood.samw","read":true,"errors":100000,"warnings":0,"notes":0,"not_shown":99900}'
# diagnostics found out of order: the limit keeps the first by position
{ cat "$tmp/clean.samw"; awk 'BEGIN { print "collaboration z \"Z\" {"; for (i = 0; i < 20000; i++) print "    party p" i " \"P\" {\n    }"; print "}" }'; } >"$tmp/order.samw"
expect "the first diagnostics by position are kept" 1 "$SAMW" check --format gcc --max-diagnostics 3 order.samw
lines "the first diagnostics by position are kept" "$tmp/out" 4
has "the first diagnostics by position are kept" "$tmp/out" "order.samw:33:15: error: collaboration 'z' states no goal [SW201]"
has "the first diagnostics by position are kept" "$tmp/out" "order.samw:33:15: warning: collaboration 'z' states no expected result [SW203]"
has "the first diagnostics by position are kept" "$tmp/out" "order.samw: note: 40006 more diagnostics in this file were not shown [SW010]"

echo "== use: registers of organisations"
# a register of 100,000 organisations, used by a file: read once, in time
mkdir -p "$tmp/reg/.git"
awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "organisation o%d \"Organisation %d\" {\n    kvk \"%08d\"\n}\n", i, i, i }' >"$tmp/reg/huge.samw"
printf 'use "huge.samw"\n\ncollaboration c "C" {\n    goal "g"\n    party o1\n    party o99999\n}\n' >"$tmp/reg/big.samw"
expect "a register of 100,000 organisations" 1 "$SAMW" check --format gcc reg/big.samw
has "a register of 100,000 organisations" "$tmp/out" "reg/big.samw:3:15: error: collaboration 'c' states no agreement [SW501]"
[ -n "$timer" ] && echo "  huge register: ${secs}s, ${kib} KiB"
expect "the register itself, with the folder: every organisation unused" 1 "$SAMW" check --format gcc --max-diagnostics 2 reg
has "the register itself, with the folder" "$tmp/out" "reg/huge.samw:4:14: note: no collaboration names the organisation 'o2' [SW018]"
# 100,000 uses of one register of 20,000 organisations: read once, in scope once
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "organisation w%d \"W %d\" {\n}\n", i, i }' >"$tmp/reg/wide.samw"
awk 'BEGIN { for (i = 0; i < 100000; i++) print "use \"wide.samw\""; print "organisation x \"X\" {\n}" }' >"$tmp/reg/uses.samw"
printf 'use "uses.samw"\n\ncollaboration c "C" {\n    goal "g"\n    party x\n    party w5\n}\n' >"$tmp/reg/many.samw"
expect "100,000 uses of one register" 1 timeout "$QUICK" "$SAMW" check --format gcc reg/many.samw
has "100,000 uses of one register" "$tmp/out" "reg/many.samw:3:15: error: collaboration 'c' states no agreement [SW501]"
# a file that uses itself, a ring of three, a chain of 1,000 files
printf 'use "self.samw"\norganisation s "S" {\n}\n' >"$tmp/reg/self.samw"
expect "a register that uses itself" 1 "$SAMW" check --format gcc reg/self.samw
has "a register that uses itself" "$tmp/out" "reg/self.samw:1:5: error: using 'self.samw' leads into a loop: it uses, directly or through other files, a file that uses it [SW014]"
for i in 0 1 2; do printf 'use "ring%d.samw"\norganisation r%d "R%d" {\n}\n' $(((i + 1) % 3)) $i $i >"$tmp/reg/ring$i.samw"; done
expect "a ring of three registers" 1 "$SAMW" check --format gcc reg/ring0.samw
has "a ring of three registers" "$tmp/out" "reg/ring0.samw:1:5: error: using 'ring1.samw' leads into a loop: it uses, directly or through other files, a file that uses it [SW014]"
awk -v d="$tmp/reg" 'BEGIN { for (i = 0; i < 1000; i++) printf "use \"chain%d.samw\"\norganisation c%d \"C%d\" {\n}\n", i + 1, i, i > (d "/chain" i ".samw") }'
printf 'organisation c1000 "C1000" {\n}\n' >"$tmp/reg/chain1000.samw"
expect "a chain of 1,000 uses stops at 16" 1 "$SAMW" check --format gcc reg/chain0.samw
has "a chain of 1,000 uses stops at 16" "$tmp/out" "reg/chain0.samw:1:5: error: the register 'chain1.samw' has errors (the first at reg/chain1.samw:1:5); its organisations may be incomplete [SW014]"
if command -v mkfifo >/dev/null 2>&1; then
	# a FIFO named by `use` is refused without being opened
	mkfifo "$tmp/reg/fifo.samw"
	printf 'use "fifo.samw"\n' >"$tmp/reg/usefifo.samw"
	expect "a register that is a FIFO" 1 "$SAMW" check --format gcc reg/usefifo.samw
	has "a register that is a FIFO" "$tmp/out" "reg/usefifo.samw:1:5: error: 'fifo.samw' is not a regular file (a folder, a device, a FIFO or a link that leads nowhere), so samw does not read it [SW014]"
fi
ln -s /dev/zero "$tmp/reg/zero.samw"
printf 'use "zero.samw"\n' >"$tmp/reg/usezero.samw"
expect "a register that is a link to /dev/zero" 1 "$SAMW" check --format gcc reg/usezero.samw
has "a register that is a link to /dev/zero" "$tmp/out" "reg/usezero.samw:1:5: error: there is no file 'zero.samw' inside this file's repository [SW014]"
if [ "$(id -u)" = 0 ] && mknod "$tmp/reg/null.samw" c 1 3 2>/dev/null; then
	printf 'use "null.samw"\n' >"$tmp/reg/usenull.samw"
	expect "a register that is a device" 1 "$SAMW" check --format gcc reg/usenull.samw
	has "a register that is a device" "$tmp/out" "reg/usenull.samw:1:5: error: 'null.samw' is not a regular file (a folder, a device, a FIFO or a link that leads nowhere), so samw does not read it [SW014]"
fi

echo "== regressions (tests/regress)"
# every input a fuzzer crashed on: check and fmt end normally (0, 1 or 2)
for f in "$here"/regress/*; do
	[ -f "$f" ] || continue
	name=regress/$(basename "$f")
	for cmd in "check --format human --color always" "check --format gcc --max-diagnostics 3" \
	           "check --format json --lang nl --max-diagnostics 0" "check --format sarif" \
	           "check --format github" "fmt" "fmt --lang nl --diff"; do
		# shellcheck disable=SC2086
		(cd "$tmp" && timeout "$TIMEOUT" "$SAMW" $cmd "$f") >/dev/null 2>&1
		st=$?
		if [ "$st" -lt 3 ]; then ok; else bad "$name: samw $cmd: exit status $st"; fi
	done
done

echo "hostile: $pass passed, $fail failed"
[ "$fail" = 0 ]
