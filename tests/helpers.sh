# shellcheck shell=sh disable=SC2154,SC2034 # $here is the sourcing test's; it uses $root
# Shared by tests/diff.sh and tests/baseline.sh (sourced): run a command and
# compare its exit status and output exactly. Each expects $tmp, and counts
# in $pass and $fail; the sourcing test sets $here, its own folder.

root=$(cd "$here/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
LC_ALL=
LC_MESSAGES=
LANG=C
# the checks that depend on the date run as on one fixed day (2021-01-01)
SOURCE_DATE_EPOCH=1609459200
export LC_ALL LC_MESSAGES LANG SOURCE_DATE_EPOCH

# expect NAME STATUS CMD...: run CMD; its output in $tmp/out and $tmp/err
expect() {
	name=$1 want=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" = "$want" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name: exit status $got, expected $want"
		sed 's/^/  out: /' "$tmp/out" | head -5
		sed 's/^/  err: /' "$tmp/err" | head -5
	fi
}

# same NAME WANT GOT: two files are equal
same() {
	if cmp -s "$2" "$3"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $1:"
		diff "$2" "$3" | head -20 | sed 's/^/  /'
	fi
}

# is NAME FILE TEXT: FILE holds exactly TEXT (and a line end)
is() {
	printf '%s\n' "$3" >"$tmp/want"
	same "$1" "$tmp/want" "$2"
}
