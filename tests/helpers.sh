# shellcheck shell=sh disable=SC2154,SC2034 # $here is the sourcing test's; it uses $root
# Shared by tests/diff.sh and tests/baseline.sh (sourced): their temporary
# folder, language and day, the checks of tests/harness.sh, and two
# comparisons of output. The sourcing test sets $here, its own folder.

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

# ok, bad, expect (under a time limit), has, hasnt, lines
. "$here/harness.sh"

# same NAME WANT GOT: two files are equal
same() {
	if cmp -s "$2" "$3"; then
		ok
	else
		bad "$1:"
		diff "$2" "$3" | head -20 | sed 's/^/  /'
	fi
}

# is NAME FILE TEXT: FILE holds exactly TEXT (and a line end)
is() {
	printf '%s\n' "$3" >"$tmp/want"
	same "$1" "$tmp/want" "$2"
}
