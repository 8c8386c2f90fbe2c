#!/bin/sh
# Make sure the build dependencies are here: gcc and clang, make, flex,
# bison, cmocka (and, for the tests and back ends, python3-jsonschema,
# graphviz and valgrind). Installs what is missing from Debian's packages
# when run as root; otherwise prints the exact command to run.
#   scripts/deps.sh          what building and testing need
#   scripts/deps.sh --quiet  print nothing when all is present
set -u
quiet=0
[ "${1:-}" = "--quiet" ] && quiet=1

missing=""
need() { # need PACKAGE TEST...
	pkg=$1
	shift
	if ! "$@" >/dev/null 2>&1; then
		missing="$missing $pkg"
	fi
}
need gcc command -v cc
need clang command -v clang
need make command -v make
need flex command -v flex
need bison command -v bison
need libcmocka-dev test -f /usr/include/cmocka.h
need python3-jsonschema /usr/bin/python3 -c 'import jsonschema'
need graphviz command -v dot
need valgrind command -v valgrind
need git command -v git
need jq command -v jq
need time test -x /usr/bin/time
need pre-commit command -v pre-commit
need vim-nox command -v vim
need libclang-rt-14-dev sh -c 'ls /usr/lib/llvm-14/lib/clang/14*/lib/linux/libclang_rt.fuzzer-x86_64.a'

if [ -z "$missing" ]; then
	[ $quiet = 1 ] || echo "deps: all build dependencies are present"
	exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null &&
		apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
		{ echo "deps: apt-get install$missing failed" >&2; exit 1; }
	exit 0
fi

echo "deps: missing$missing" >&2
echo "deps: run this, then try again:" >&2
echo "    sudo apt-get install -y$missing" >&2
exit 1
