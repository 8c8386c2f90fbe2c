#!/bin/sh
# The build tiers of the language server: a samw built where pkg-config
# finds no jansson has no language server and says so (exit status 2, in
# English and Dutch); built again in the same folder once jansson is
# found, it is compiled and linked again and serves; and back. Part of
# `make check-integration` (it builds samw three times).
#
#   tests/lsp-tiers.sh
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   lsp-tiers: $1"; }
not_ok() { fail=$((fail + 1)); echo "FAIL lsp-tiers: $1"; }

without() { PKG_CONFIG_LIBDIR=/nonexistent PKG_CONFIG_PATH='' make -s -C "$root" BUILD="$build" "$build/samw" >"$build/log" 2>&1; }
with() { make -s -C "$root" BUILD="$build" "$build/samw" >"$build/log" 2>&1; }
# a session of one request: what the server answers, or what samw says
serve() {
	printf 'Content-Length: 44\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"shutdown"}' |
		LANG=C "$build/samw" lsp "$@" 2>"$build/err"
}
none_en="samw: this samw was built without the language server; install libjansson-dev (Debian: apt-get install libjansson-dev, or scripts/deps.sh lsp) and build samw again with make"
none_nl="samw: deze samw is gebouwd zonder taalserver; installeer libjansson-dev (Debian: apt-get install libjansson-dev, of scripts/deps.sh lsp) en bouw samw opnieuw met make"
answer='{"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"the server has not been initialised yet"}}'

check_without() {
	out=$(serve)
	status=$?
	if [ "$status" = 2 ] && [ -z "$out" ] && [ "$(cat "$build/err")" = "$none_en" ]; then
		ok "$1: no language server, said in English, exit status 2"
	else
		not_ok "$1: status $status, said: $(cat "$build/err")"
	fi
	serve --lang nl >/dev/null
	if [ "$(cat "$build/err")" = "$none_nl" ]; then
		ok "$1: said in Dutch"
	else
		not_ok "$1: said in Dutch: $(cat "$build/err")"
	fi
}
check_with() {
	out=$(serve | tr -d '\r' | sed '1,2d')
	if [ "$out" = "$answer" ]; then
		ok "$1: the server answers"
	else
		not_ok "$1: the server answered: $out $(cat "$build/err")"
	fi
}

if without; then check_without "built without jansson"; else not_ok "the build without jansson failed: $(tail -5 "$build/log")"; fi
if with; then check_with "built again with jansson"; else not_ok "the build with jansson failed: $(tail -5 "$build/log")"; fi
if without; then check_without "built again without"; else not_ok "the build without jansson failed: $(tail -5 "$build/log")"; fi
echo "lsp-tiers: $pass passed, $fail failed"
[ "$fail" = 0 ]
