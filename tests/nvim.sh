#!/bin/sh
# Neovim's built-in LSP client (Debian's neovim, 0.7 or later) against
# `samw lsp`: `nvim --headless --clean` (no plugins, no user config) opens
# a copy of an invalid example and tests/nvim/lsp_test.lua checks the
# diagnostics against samw check, then hover, completion, go to
# definition, a quick fix, rename, formatting and a completion accepted,
# each in the buffer.
# Part of `make check-integration`.
#
#   SAMW=/path/to/samw tests/nvim.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
SAMW=${SAMW:-$root/build/samw}
if ! command -v nvim >/dev/null 2>&1; then
	echo "nvim: neovim is not installed (scripts/deps.sh integration)" >&2
	exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/home"
cp "$root/examples/invalid/names.samw" "$tmp/names.samw"
HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share \
XDG_STATE_HOME=$tmp/home/.local/state XDG_CACHE_HOME=$tmp/home/.cache \
SAMW=$SAMW SAMW_FILE=$tmp/names.samw \
	timeout 120 nvim --headless --clean -c "luafile $here/nvim/lsp_test.lua" >"$tmp/out" 2>&1
status=$?
cat "$tmp/out"
pass=$(grep -c '^ok ' "$tmp/out")
fail=$(grep -c '^FAIL ' "$tmp/out")
echo "nvim: $pass passed, $fail failed (exit status $status)"
[ "$status" = 0 ] && [ "$fail" = 0 ] && [ "$pass" -ge 11 ]
