# The checks the shell tests share: a command run under a time limit, its
# outputs in $tmp/out and $tmp/err, its exit status judged, and exact lines
# asserted in what it wrote. Sourced, not run; the caller sets tmp, pass
# and fail, and may set TIMEOUT (seconds, default 60) and RUN_IN (the
# folder commands run in, default the current one).

ok() { pass=$((pass + 1)); }
bad() {
	fail=$((fail + 1))
	echo "FAIL $*"
}

# status NAME WANT GOT: judge an exit status GOT of a run under
# timeout(1), whose status 124 means the limit was reached
status() {
	if [ "$3" = 124 ]; then
		bad "$1: no result within ${TIMEOUT:-60}s (a hang?)"
	elif [ "$3" = "$2" ]; then
		ok
	else
		bad "$1: exit status $3, expected $2"
		sed 's/^/  out: /' "$tmp/out" | cut -c1-200 | head -5
		sed 's/^/  err: /' "$tmp/err" | cut -c1-200 | head -5
	fi
}

# expect NAME STATUS CMD...: run CMD in $RUN_IN under the time limit and
# judge its exit status; its outputs are left in $tmp/out and $tmp/err
expect() {
	name=$1 want=$2
	shift 2
	(cd "${RUN_IN:-.}" && timeout "${TIMEOUT:-60}" "$@") >"$tmp/out" 2>"$tmp/err"
	status "$name" "$want" $?
}

# has NAME FILE TEXT: FILE has the line TEXT exactly
has() {
	if grep -a -qxF -- "$3" "$2"; then
		ok
	else
		bad "$1: no line '$3' in $(basename "$2"):"
		cut -c1-200 "$2" | sed 's/^/  | /' | head -8
	fi
}

# hasnt NAME FILE TEXT: no line of FILE holds TEXT (fixed string)
hasnt() {
	if grep -a -qF -- "$3" "$2"; then
		bad "$1: '$3' in $(basename "$2"):"
		grep -a -F -- "$3" "$2" | cut -c1-200 | sed 's/^/  | /' | head -3
	else
		ok
	fi
}

# lines NAME FILE N: FILE has exactly N lines
lines() {
	n=$(wc -l <"$2" | tr -d ' ')
	if [ "$n" = "$3" ]; then ok; else bad "$1: $n lines, expected $3"; fi
}
