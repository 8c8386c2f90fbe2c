#!/bin/sh
# The tools each part of the build needs, by tier. Installs what is missing
# from Debian's packages when run as root; otherwise prints the exact
# command to run and exits 1. Every target of the Makefile asks for its own
# tier, quietly, so a plain `make` never asks for more than a compiler.
#
#   scripts/deps.sh [--quiet] [TIER...]      (no TIER: all)
#
#   build        a C compiler ($CC, default cc), make, flex, bison: `make`
#   test         build, and cmocka, python3 with jsonschema, graphviz, patch: `make check`
#   lsp          build, and pkg-config and jansson: the language server in
#                samw (`make check` asks for it, so its tests always run)
#   integration  build, lsp, and git, pre-commit, vim, neovim, python3 (the
#                relay that notes what editors send the language server):
#                `make check-integration`
#   valgrind     build, and valgrind: `make valgrind`
#   fuzz         build, and clang ($FUZZ_CC) with its libFuzzer runtime: `make fuzz`
#   bench        build, and python3, jq, /usr/bin/time, valgrind (callgrind): `make bench`
#   hostile      build, and /usr/bin/time (the memory bounds of tests/hostile.sh)
#   vscode       build, and node and npm (nodejs, npm): `make check-vscode`, which
#                then installs the extension's own build and test tools with
#                npm ci from contrib/vscode/package-lock.json
#   all          every tier
#
# --quiet prints nothing when all is present. CC, FUZZ_CC, FLEX and BISON
# name the programs the Makefile will run (it passes them on).
set -u
quiet=0
if [ "${1:-}" = "--quiet" ]; then
	quiet=1
	shift
fi
[ $# -gt 0 ] || set -- all

missing=""
need() { # need PACKAGE TEST...: PACKAGE is missing unless TEST succeeds
	pkg=$1
	shift
	if ! "$@" >/dev/null 2>&1; then
		case " $missing " in
		*" $pkg "*) ;;
		*) missing="$missing $pkg" ;;
		esac
	fi
}
have() { command -v "$1"; }

# The package of a compiler named by a command such as "cc", "gcc-12",
# "clang" or "/usr/bin/clang-14 -m64": its first word, without the folder.
compiler_package() {
	set -- $1
	name=${1##*/}
	case $name in
	cc | c99 | c11 | "") echo gcc ;;
	*) echo "$name" ;;
	esac
}

# The major version of the clang in $FUZZ_CC: from its name (clang-14),
# from clang itself, or from the clang Debian would install.
clang_major() {
	set -- ${FUZZ_CC:-clang}
	name=${1##*/}
	case $name in
	clang-[0-9]*) v=${name#clang-} ;;
	*) v=$("$1" -dumpversion 2>/dev/null ||
		apt-cache depends clang 2>/dev/null | sed -n 's/^ *Depends: clang-\([0-9][0-9]*\)$/\1/p') ;;
	esac
	v=${v%%.*}
	echo "${v:-14}"
}

# libFuzzer's runtime, where the clang that will link the targets looks
fuzzer_runtime() {
	dir=$(${FUZZ_CC:-clang} -print-runtime-dir 2>/dev/null) || return 1
	for f in "$dir"/libclang_rt.fuzzer*.a; do
		[ -f "$f" ] && return 0
	done
	return 1
}

tier_build() {
	cc=${CC:-cc}
	need "$(compiler_package "$cc")" have "${cc%% *}"
	need make have make
	need flex have "${FLEX:-flex}"
	need bison have "${BISON:-bison}"
}
tier_test() {
	tier_build
	need libcmocka-dev test -f /usr/include/cmocka.h
	need python3 test -x /usr/bin/python3
	need python3-jsonschema /usr/bin/python3 -c 'import jsonschema'
	need graphviz have dot
	need patch have patch # tests/fix.sh: the diff of --fix --diff applies
}
tier_lsp() {
	tier_build
	need pkg-config have pkg-config
	need libjansson-dev pkg-config --exists jansson
	need python3 test -x /usr/bin/python3
}
tier_integration() {
	tier_build
	tier_lsp
	need git have git
	need pre-commit have pre-commit
	need vim-nox have vim
	need neovim have nvim
	need python3 test -x /usr/bin/python3
}
tier_valgrind() {
	tier_build
	need valgrind have valgrind
}
tier_fuzz() {
	tier_build
	fcc=${FUZZ_CC:-clang}
	need "$(compiler_package "$fcc")" have "${fcc%% *}"
	need "libclang-rt-$(clang_major)-dev" fuzzer_runtime
}
tier_bench() {
	tier_build
	need python3 have python3
	need jq have jq
	need time test -x /usr/bin/time
	need valgrind have valgrind
}
tier_hostile() {
	tier_build
	need time test -x /usr/bin/time
}
tier_vscode() {
	tier_build
	need nodejs have node
	need npm have npm
}
tier_all() {
	tier_test
	tier_lsp
	tier_integration
	tier_valgrind
	tier_fuzz
	tier_bench
	tier_hostile
	tier_vscode
}

check() {
	missing=""
	for t in "$@"; do
		case $t in
		build | test | lsp | integration | valgrind | fuzz | bench | hostile | vscode | all) "tier_$t" ;;
		*)
			echo "deps: unknown tier '$t' (build, test, lsp, integration, valgrind, fuzz, bench, hostile, vscode, all)" >&2
			exit 2
			;;
		esac
	done
}

check "$@"
if [ -z "$missing" ]; then
	[ $quiet = 1 ] || echo "deps: everything for $* is present"
	exit 0
fi

if [ "$(id -u)" = 0 ] && have apt-get >/dev/null 2>&1; then
	# `make -j` may ask for two tiers at once: one apt-get at a time, and
	# look again once it is our turn
	if have flock >/dev/null 2>&1; then
		lockdir=/run/lock
		[ -d "$lockdir" ] || lockdir=${TMPDIR:-/tmp}
		exec 9>"$lockdir/samw-deps.lock"
		flock 9
		check "$@"
		[ -n "$missing" ] || exit 0
	fi
	echo "deps: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null &&
		apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
		{ echo "deps: apt-get install$missing failed" >&2; exit 1; }
	exit 0
fi

echo "deps: missing$missing (for $*)" >&2
echo "deps: run this, then try again:" >&2
echo "    sudo apt-get install -y$missing" >&2
exit 1
