#!/bin/sh
# Tests of the ready-made integrations in contrib/, each with the real tool:
# the pre-commit framework hook, the plain git hook, the Vim and Emacs files,
# the language server as Neovim (contrib/vim/lua/samw.lua) and Emacs (eglot)
# start it, the Helix languages.toml, the VS Code problem matcher in
# docs/editors.md, the man page and its installation, and the generated
# keyword lists. A test whose tool is not installed prints SKIP. The editors
# start `samw lsp` through tests/lsp-record.py, which relays to it and notes
# what they sent. Everything runs in a temporary folder; the git
# tests use their own repositories there, never this one's.
#
#   SAMW=/path/to/samw tests/integration.sh      (make check-integration)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
SAMW=${SAMW:-$root/build/samw}
# the checks that depend on the date (SW712-SW714) run as on a fixed day,
# 2021-01-01, before every date the examples hold: the same output on any
# day (tests/portfolio.sh tests those checks)
SOURCE_DATE_EPOCH=1609459200
export SOURCE_DATE_EPOCH
case $SAMW in
/*) ;;
*) SAMW=$(cd "$(dirname "$SAMW")" && pwd)/$(basename "$SAMW") ;;
esac
if [ ! -x "$SAMW" ]; then
	echo "integration: no samw at $SAMW (run make first)" >&2
	exit 2
fi
export SAMW

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# A clean environment: samw on PATH under its own name (language: system
# hooks run `samw`), no git or pre-commit state from the caller.
mkdir "$tmp/bin" "$tmp/home"
ln -s "$SAMW" "$tmp/bin/samw"
PATH=$tmp/bin:$PATH
HOME=$tmp/home
XDG_CONFIG_HOME=$tmp/home/.config
XDG_CACHE_HOME=$tmp/home/.cache
PRE_COMMIT_HOME=$tmp/pre-commit-home
GIT_CONFIG_NOSYSTEM=1
NO_COLOR=1
LC_ALL=C.UTF-8
export PATH HOME XDG_CONFIG_HOME XDG_CACHE_HOME PRE_COMMIT_HOME GIT_CONFIG_NOSYSTEM NO_COLOR LC_ALL
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_PREFIX \
	GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_CEILING_DIRECTORIES LANG LC_MESSAGES

pass=0
fail=0
ok() {
	pass=$((pass + 1))
	echo "ok   $1"
}
# not_ok NAME [FILE]: a failure, with FILE's first lines as evidence
not_ok() {
	fail=$((fail + 1))
	echo "FAIL $1"
	if [ $# -gt 1 ] && [ -f "$2" ]; then
		sed 's/^/  | /' "$2" | head -20
	fi
}
skip() {
	echo "SKIP $1"
}
have() {
	command -v "$1" >/dev/null 2>&1
}

valid=$root/examples/netwerk-wijkzorg.samw
invalid=$root/examples/invalid/c4-autonomy.samw
# the first diagnostic of the invalid example, as path:line:col
first_of() {
	"$SAMW" check --format gcc "$1" | sed -n '1s/^\(.*:[0-9]*:[0-9]*\): .*/\1/p'
}

# English and Dutch on the same lines, for the highlighting tests
cat >"$tmp/both.samw" <<'EOF'
# samw: allow SW101 -- two languages
collaboration c "Title" {
    vorm coöperatie
    term 2025-01-01 tot open
    partij a { soort persoon; person "X" role bestuurder }
}
EOF

# newrepo DIR: an empty git repository with a local identity and one commit
newrepo() {
	git init -q "$1" 2>/dev/null &&
		git -C "$1" config user.name "samw test" &&
		git -C "$1" config user.email "samw-test@example.invalid" &&
		git -C "$1" config commit.gpgsign false &&
		echo "a test repository" >"$1/README" &&
		git -C "$1" add README &&
		git -C "$1" commit -q -m initial
}
commits() {
	git -C "$1" rev-list --count HEAD
}

# ---- the generated keyword lists ----------------------------------------

if SAMW="$SAMW" sh "$root/contrib/gen-syntax.sh" --check >"$tmp/gen.out" 2>&1; then
	ok "gen-syntax: the Vim and Emacs keyword lists equal what lexer/keywords.def generates"
else
	not_ok "gen-syntax: the committed keyword lists are stale (run contrib/gen-syntax.sh)" "$tmp/gen.out"
fi

# a listing with a new keyword: --check must notice, and writing must add it
g=$tmp/gen
mkdir -p "$g/contrib/vim/syntax" "$g/contrib/emacs"
cp "$root/contrib/gen-syntax.sh" "$g/contrib/"
cp "$root/contrib/vim/syntax/samw.vim" "$g/contrib/vim/syntax/"
cp "$root/contrib/emacs/samw-mode.el" "$g/contrib/emacs/"
"$SAMW" keywords >"$g/keywords"
printf 'TESTFORM\ttestform\ttestvorm\t-\tform\t-\t-\tno\n' >>"$g/keywords"
if KEYWORDS=$g/keywords sh "$g/contrib/gen-syntax.sh" --check >"$tmp/gen.out" 2>&1; then
	not_ok "gen-syntax --check: a new keyword in the table went unnoticed"
elif KEYWORDS=$g/keywords sh "$g/contrib/gen-syntax.sh" >"$tmp/gen.out" 2>&1 &&
	KEYWORDS=$g/keywords sh "$g/contrib/gen-syntax.sh" --check >>"$tmp/gen.out" 2>&1 &&
	grep -q '^syn keyword samwValue.* testform' "$g/contrib/vim/syntax/samw.vim" &&
	grep -q '"testvorm"' "$g/contrib/emacs/samw-mode.el"; then
	ok "gen-syntax: a new keyword fails --check, and writing adds it to both files"
else
	not_ok "gen-syntax: writing did not add a new keyword to both files" "$tmp/gen.out"
fi

# ---- the man page -----------------------------------------------------------

man1=$root/docs/samw.1
if have groff; then
	if groff -man -Tutf8 -ww -z "$man1" >"$tmp/groff.out" 2>&1 && [ ! -s "$tmp/groff.out" ]; then
		ok "man page: groff -man -ww renders docs/samw.1 without warnings"
	else
		not_ok "man page: groff warns about docs/samw.1" "$tmp/groff.out"
	fi
else
	skip "man page: groff is not installed"
fi
if have mandoc; then
	if mandoc -Tlint "$man1" >"$tmp/mandoc.out" 2>&1; then
		ok "man page: mandoc -Tlint finds nothing"
	else
		not_ok "man page: mandoc -Tlint" "$tmp/mandoc.out"
	fi
else
	skip "man page: mandoc is not installed"
fi

# every long option samw's command line knows is in the man page
: >"$tmp/missing"
for o in $(grep -o '"--[a-z][a-z-]*' "$root/cli/main.c" | tr -d '"' | sort -u); do
	esc=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
	grep -q -- "$esc" "$man1" || echo "$o" >>"$tmp/missing"
done
if [ -s "$tmp/missing" ]; then
	not_ok "man page: options of cli/main.c missing from docs/samw.1" "$tmp/missing"
else
	ok "man page: names every option of cli/main.c"
fi

# make install puts it in share/man/man1 (the binary given, not rebuilt)
if have make; then
	if make -s -C "$root" install DESTDIR="$tmp/dest" PREFIX=/usr/local \
		BIN="$SAMW" -o "$SAMW" >"$tmp/install.out" 2>&1 &&
		cmp -s "$man1" "$tmp/dest/usr/local/share/man/man1/samw.1" &&
		[ -x "$tmp/dest/usr/local/bin/samw" ]; then
		ok "make install: bin/samw and share/man/man1/samw.1"
	else
		ls -R "$tmp/dest" >>"$tmp/install.out" 2>&1
		not_ok "make install: samw.1 not installed" "$tmp/install.out"
	fi
	if have man && MANPATH="$tmp/dest/usr/local/share/man" man -P cat samw >"$tmp/man.out" 2>&1 &&
		grep -q 'EXIT STATUS' "$tmp/man.out"; then
		ok "man samw: the installed page opens"
	elif have man; then
		not_ok "man samw: the installed page does not open" "$tmp/man.out"
	fi
else
	skip "make install: make is not installed"
fi

# ---- the pre-commit framework -----------------------------------------------

if have git && have pre-commit; then
	hooks=$tmp/hookrepo
	proj=$tmp/precommit
	newrepo "$hooks" >/dev/null
	cp "$root/.pre-commit-hooks.yaml" "$hooks/"
	git -C "$hooks" add .pre-commit-hooks.yaml
	git -C "$hooks" commit -q -m "samw hook"
	rev=$(git -C "$hooks" rev-parse HEAD)
	newrepo "$proj" >/dev/null
	cat >"$proj/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: samw
EOF
	git -C "$proj" add .pre-commit-config.yaml
	git -C "$proj" commit -q -m "pre-commit config"
	if (cd "$hooks" && pre-commit validate-manifest .pre-commit-hooks.yaml) >"$tmp/pc.out" 2>&1; then
		ok "pre-commit: .pre-commit-hooks.yaml is a valid manifest"
	else
		not_ok "pre-commit: validate-manifest" "$tmp/pc.out"
	fi
	if (cd "$proj" && pre-commit install) >"$tmp/pc.out" 2>&1; then
		ok "pre-commit: install"
	else
		not_ok "pre-commit: install" "$tmp/pc.out"
	fi

	before=$(commits "$proj")
	cp "$invalid" "$proj/c4 autonomy.samw"
	git -C "$proj" add "c4 autonomy.samw"
	if git -C "$proj" commit -q -m "invalid" >"$tmp/pc.out" 2>&1; then
		not_ok "pre-commit: a commit with an invalid .samw file was accepted" "$tmp/pc.out"
	elif [ "$(commits "$proj")" = "$before" ] && grep -q 'SW401' "$tmp/pc.out" &&
		grep -q '^samw check.*Failed' "$tmp/pc.out"; then
		ok "pre-commit: a commit with an invalid .samw file is refused, with samw's errors"
	else
		not_ok "pre-commit: the invalid commit failed, but not because of samw" "$tmp/pc.out"
	fi

	git -C "$proj" rm -q --cached "c4 autonomy.samw"
	rm "$proj/c4 autonomy.samw"
	cp "$valid" "$proj/netwerk wijkzorg.samw"
	git -C "$proj" add "netwerk wijkzorg.samw"
	if git -C "$proj" commit -q -m "valid" >"$tmp/pc.out" 2>&1 &&
		[ "$(commits "$proj")" = $((before + 1)) ] &&
		grep -q '^samw check.*Passed' "$tmp/pc.out"; then
		ok "pre-commit: a commit with a valid .samw file is accepted after samw passed it"
	else
		not_ok "pre-commit: a commit with a valid .samw file" "$tmp/pc.out"
	fi

	# a file named like an option is checked (the hook passes `--`), and a
	# staged symbolic link is not passed at all
	before=$(commits "$proj")
	cp "$invalid" "$proj/--stdin-filename=x.samw"
	ln -s /etc/passwd "$proj/passwd.samw"
	git -C "$proj" add -- "--stdin-filename=x.samw" passwd.samw
	if git -C "$proj" commit -q -m "option-like name" >"$tmp/pc.out" 2>&1; then
		not_ok "pre-commit: a file named --stdin-filename=x.samw was not checked" "$tmp/pc.out"
	elif [ "$(commits "$proj")" = "$before" ] && grep -q -- '^--stdin-filename=x.samw:36:17: error\[SW401\]' "$tmp/pc.out" &&
		! grep -q 'root:' "$tmp/pc.out"; then
		ok "pre-commit: a file named like an option is checked, a symbolic link is not read"
	else
		not_ok "pre-commit: a file named like an option" "$tmp/pc.out"
	fi
	git -C "$proj" rm -q --cached -- "--stdin-filename=x.samw" passwd.samw
	rm -f -- "$proj/--stdin-filename=x.samw" "$proj/passwd.samw"
else
	skip "pre-commit: git or pre-commit is not installed"
fi

# ---- the plain git hook -----------------------------------------------------

if have git; then
	repo=$tmp/plain
	newrepo "$repo" >/dev/null
	cp "$root/contrib/git/pre-commit" "$repo/.git/hooks/pre-commit"
	chmod +x "$repo/.git/hooks/pre-commit"
	mkdir "$repo/sub dir"

	# an invalid file staged: refused
	before=$(commits "$repo")
	cp "$invalid" "$repo/sub dir/bad file.samw"
	git -C "$repo" add "sub dir/bad file.samw"
	if git -C "$repo" commit -q -m "invalid" >"$tmp/hook.out" 2>&1; then
		not_ok "git hook: a staged invalid file was committed" "$tmp/hook.out"
	elif [ "$(commits "$repo")" = "$before" ] &&
		grep -q '^sub dir/bad file.samw:36:17: error\[SW401\]' "$tmp/hook.out"; then
		ok "git hook: a staged invalid file is refused, named by its path"
	else
		not_ok "git hook: the invalid commit failed, but not because of samw" "$tmp/hook.out"
	fi

	# a valid file staged while the working copy is broken: accepted
	cp "$valid" "$repo/sub dir/bad file.samw"
	git -C "$repo" add "sub dir/bad file.samw"
	cp "$invalid" "$repo/sub dir/bad file.samw"
	if git -C "$repo" commit -q -m "valid in the index" >"$tmp/hook.out" 2>&1 &&
		[ "$(commits "$repo")" = $((before + 1)) ] &&
		git -C "$repo" show "HEAD:sub dir/bad file.samw" | cmp -s - "$valid"; then
		ok "git hook: a staged valid file is committed though the working copy is broken"
	else
		not_ok "git hook: a staged valid file with a broken working copy" "$tmp/hook.out"
	fi

	# the reverse: a broken staged file with a valid working copy: refused
	before=$(commits "$repo")
	cp "$invalid" "$repo/second.samw"
	git -C "$repo" add "second.samw"
	cp "$valid" "$repo/second.samw"
	if git -C "$repo" commit -q -m "invalid in the index" >"$tmp/hook.out" 2>&1; then
		not_ok "git hook: a staged invalid file with a valid working copy was committed" "$tmp/hook.out"
	elif [ "$(commits "$repo")" = "$before" ] && grep -q '^second.samw:36:17' "$tmp/hook.out"; then
		ok "git hook: a staged invalid file is refused though the working copy is valid"
	else
		not_ok "git hook: staged invalid, working copy valid" "$tmp/hook.out"
	fi
	git -C "$repo" add "second.samw"

	# samw from PATH when SAMW is not set; other files are not checked
	printf 'not { samw\n' >"$repo/notes.txt"
	git -C "$repo" add notes.txt second.samw
	if (unset SAMW && git -C "$repo" commit -q -m "from PATH") >"$tmp/hook.out" 2>&1 &&
		[ "$(commits "$repo")" = $((before + 1)) ]; then
		ok "git hook: uses samw on PATH without SAMW, and skips other files"
	else
		not_ok "git hook: samw on PATH" "$tmp/hook.out"
	fi

	# deleting a .samw file is not checked; a missing samw refuses
	git -C "$repo" rm -q --cached "sub dir/bad file.samw"
	if git -C "$repo" commit -q -m "delete" >"$tmp/hook.out" 2>&1; then
		ok "git hook: a commit that deletes a .samw file is accepted"
	else
		not_ok "git hook: a commit that deletes a .samw file" "$tmp/hook.out"
	fi
	# SAMW_FAIL_ON: a commit that makes a party leave is refused
	git -C "$repo" add second.samw
	git -C "$repo" commit -q -m "second" >/dev/null 2>&1
	before=$(commits "$repo")
	sed '/^    partij thuiszorg/a\        uitgetreden 2026-01-01' "$repo/second.samw" >"$repo/second.tmp" &&
		mv "$repo/second.tmp" "$repo/second.samw"
	cp "$valid" "$repo/third.samw"
	git -C "$repo" add second.samw third.samw
	if (SAMW_FAIL_ON=party-left git -C "$repo" commit -q -m "parties gone") >"$tmp/hook.out" 2>&1; then
		not_ok "git hook: SAMW_FAIL_ON=party-left let a party leave" "$tmp/hook.out"
	elif [ "$(commits "$repo")" = "$before" ] && grep -qxF "  - party 'thuiszorg' left on 2026-01-01" "$tmp/hook.out"; then
		ok "git hook: SAMW_FAIL_ON=party-left refuses a commit in which a party leaves, and says which"
	else
		not_ok "git hook: SAMW_FAIL_ON" "$tmp/hook.out"
	fi
	git -C "$repo" checkout -q HEAD -- second.samw
	git -C "$repo" rm -q --cached third.samw
	rm -f "$repo/third.samw"
	# a staged symbolic link is skipped, and said to be: its staged text is
	# a path, and its target is not read
	before=$(commits "$repo")
	ln -s /etc/passwd "$repo/passwd.samw"
	git -C "$repo" add passwd.samw
	if git -C "$repo" commit -q -m "a link" >"$tmp/hook.out" 2>&1 &&
		[ "$(commits "$repo")" = $((before + 1)) ] &&
		grep -qxF 'pre-commit: skipped a symbolic link (its target is checked where it is staged): passwd.samw' "$tmp/hook.out" &&
		! grep -q 'root:' "$tmp/hook.out"; then
		ok "git hook: a staged symbolic link is skipped, with a message"
	else
		not_ok "git hook: a staged symbolic link" "$tmp/hook.out"
	fi
	cp "$valid" "$repo/third.samw"
	git -C "$repo" add third.samw
	if SAMW=$tmp/no-such-samw git -C "$repo" commit -q -m "no samw" >"$tmp/hook.out" 2>&1; then
		not_ok "git hook: committed without a samw to run" "$tmp/hook.out"
	elif grep -q 'cannot run' "$tmp/hook.out"; then
		ok "git hook: refuses, and says why, when samw cannot be found"
	else
		not_ok "git hook: no samw" "$tmp/hook.out"
	fi
else
	skip "git hook: git is not installed"
fi

# ---- Vim --------------------------------------------------------------------

if have vim; then
	v=$tmp/vim
	mkdir "$v"
	cp "$invalid" "$v/c4 autonomy.samw"
	cp "$tmp/both.samw" "$v/"
	cat >"$v/test.vim" <<'EOF'
let &runtimepath = escape($SAMW_VIM, '\,') . ',' . &runtimepath
filetype plugin on
syntax on
let out = []
edit both.samw
call add(out, 'filetype ' . &filetype . ' commentstring ' . &commentstring)
function! Syn(l, c)
  return synIDattr(synID(a:l, a:c, 1), 'name')
endfunction
call add(out, 'syntax ' . join([Syn(1, 3), Syn(2, 1), Syn(2, 17), Syn(3, 5), Syn(3, 10),
      \ Syn(4, 10), Syn(4, 21), Syn(4, 25), Syn(5, 5), Syn(5, 16), Syn(5, 22),
      \ Syn(5, 31), Syn(5, 42), Syn(5, 47)]))
edit c4\ autonomy.samw
silent make
let q = getqflist()
call add(out, printf('make %d %s:%d:%d %s', len(q), bufname(q[0].bufnr), q[0].lnum, q[0].col, q[0].type))
let &l:makeprg = 'samw check --color never %:S'
silent make
let q = getqflist()
call add(out, printf('human %d %s:%d:%d %s', len(q), bufname(q[0].bufnr), q[0].lnum, q[0].col, q[0].type))
call writefile(out, 'result')
qall!
EOF
	(cd "$v" && SAMW_VIM=$root/contrib/vim vim -N -u NONE -i NONE -n -es -S test.vim </dev/null) \
		>"$v/vim.out" 2>&1
	cat "$v/result" >>"$v/vim.out" 2>/dev/null
	want=$(cd "$v" && first_of "c4 autonomy.samw")
	if grep -qx 'filetype samw commentstring # %s' "$v/vim.out"; then
		ok "vim: *.samw is filetype samw, with # comments"
	else
		not_ok "vim: filetype detection and ftplugin" "$v/vim.out"
	fi
	# `role` at 5:42 is highlighted as a statement: it starts one in a
	# stakeholder block (Vim's keyword lists do not know the block)
	if grep -qx 'syntax samwAllow samwStatement samwString samwStatement samwValue samwDate samwWord samwWord samwStatement samwStatement samwValue samwStatement samwStatement samwValue' "$v/vim.out"; then
		ok "vim: English and Dutch keywords, values, texts, dates and suppressions are highlighted"
	else
		not_ok "vim: syntax groups" "$v/vim.out"
	fi
	if [ "$want" = "$(sed -n 's/^make 4 \(.*\) n$/\1/p' "$v/vim.out")" ]; then
		ok "vim: :make with compiler samw puts the first diagnostic ($want) first in the quickfix list"
	else
		not_ok "vim: quickfix from :make (expected 4 entries, the first $want)" "$v/vim.out"
	fi
	if [ "$want" = "$(sed -n 's/^human 4 \(.*\) n$/\1/p' "$v/vim.out")" ]; then
		ok "vim: the errorformat reads the human format too"
	else
		not_ok "vim: quickfix from the human format" "$v/vim.out"
	fi
else
	skip "vim: vim is not installed"
fi

# ---- the language server, as the editors start it ---------------------------

# `samw lsp` on PATH, as the editors below start it with the lines of
# docs/editors.md: samw itself, through tests/lsp-record.py, which notes in
# $SAMW_LSP_LOG how it was started and what it was sent
mkdir "$tmp/lspbin"
ln -s "$here/lsp-record.py" "$tmp/lspbin/samw"
lsp_what="samw lsp"
SAMW_LSP_LOG=$tmp/lsp.log
export SAMW_LSP_LOG
# the project the editors open: a repository with the invalid example at
# its top and the two-language file in a folder below
lp=$tmp/lsp-project
mkdir -p "$lp/.git" "$lp/sub"
cp "$invalid" "$lp/c4 autonomy.samw"
cp "$tmp/both.samw" "$lp/sub/"
lsp_first=$(cd "$lp" && "$SAMW" check --format gcc "c4 autonomy.samw" |
	sed -n '1s/^.*:\([0-9]*:[0-9]*\): [a-z]*: .* \[\(SW[0-9]*\)\]$/\1 \2/p')
lsp_count=$(cd "$lp" && "$SAMW" check --format gcc "c4 autonomy.samw" | grep -c ': \(error\|warning\|note\): ')
# lsp_saw LINE: the server was started or sent as LINE says
lsp_saw() {
	grep -qxF "$1" "$SAMW_LSP_LOG"
}

# ---- Vim with a language server plugin --------------------------------------

# vim-lsp and yegappan/lsp are no Debian packages: with SAMW_VIM_PLUGINS
# set to a folder that holds their clones (vim-lsp/, lsp/), Vim runs the
# lines of docs/editors.md for each and must show the server's diagnostics.
# Batch Vim runs no VimEnter before the script ends, so the script enables
# the plugin itself.
awk -v out="$tmp/vimlsp" '/^### Vim with a language server/ { on = 1 } /^## Neovim/ { on = 0 }
	on && /^```vim$/ { n++; blk = 1; next } /^```$/ { blk = 0 }
	on && blk { print > (out n ".vim") }' "$root/docs/editors.md"
# plugin, its block in docs/editors.md, how to enable it, its diagnostic counts
for pair in "vim-lsp 1 lsp#enable() lsp#get_buffer_diagnostics_counts()" \
	"lsp 2 LspEnable() lsp#lsp#ErrorCount()"; do
	# shellcheck disable=SC2086
	set -- $pair
	if [ -z "${SAMW_VIM_PLUGINS:-}" ] || [ ! -d "$SAMW_VIM_PLUGINS/$1" ]; then
		skip "vim: the $1 plugin is not there (set SAMW_VIM_PLUGINS to a folder holding its clone)"
		continue
	fi
	v=$tmp/vim-$1
	mkdir "$v"
	: >"$SAMW_LSP_LOG"
	{
		echo "let &runtimepath = escape(\$SAMW_VIM, '\\,') . ',' . escape(\$SAMW_VIM_PLUGINS . '/$1', '\\,') . ',' . &runtimepath"
		echo 'filetype plugin on'
		echo 'runtime plugin/lsp.vim'
		cat "$tmp/vimlsp$2.vim"
		echo "call $3"
		echo 'edit c4\ autonomy.samw'
		echo 'let i = 0'
		echo "while i < 100 && $4->values()->reduce({a, b -> a + b}, 0) == 0 | sleep 100m | let i += 1 | endwhile"
		echo "call writefile(['diagnostics ' . $4->values()->reduce({a, b -> a + b}, 0)], \$RESULT)"
		echo 'qall!'
	} >"$v/test.vim"
	(cd "$lp" && PATH=$tmp/lspbin:$PATH SAMW_VIM=$root/contrib/vim RESULT=$v/result \
		timeout 60 vim -N -u NONE -i NONE -n -es -S "$v/test.vim" </dev/null) >"$v/vim.out" 2>&1
	cat "$v/result" "$SAMW_LSP_LOG" >>"$v/vim.out" 2>/dev/null
	if grep -qx "diagnostics $lsp_count" "$v/vim.out" && lsp_saw "args lsp"; then
		ok "vim: with $1, the lines of docs/editors.md start $lsp_what and show its $lsp_count diagnostics"
	else
		not_ok "vim: with $1 (expected $lsp_count diagnostics)" "$v/vim.out"
	fi
done

# ---- Neovim -----------------------------------------------------------------

if have nvim; then
	n=$tmp/nvim
	mkdir "$n"
	: >"$SAMW_LSP_LOG"
	# the lines of docs/editors.md, then: open the invalid file, wait for its
	# diagnostics, open the other file of the project (the same server)
	cat >"$n/test.lua" <<'EOF'
vim.opt.runtimepath:append(os.getenv('SAMW_VIM'))
vim.cmd('filetype plugin on')
vim.cmd('syntax on')
require('samw').setup()
local out = {}
vim.cmd('edit c4\\ autonomy.samw')
vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 20)
local d = vim.diagnostic.get(0)
table.sort(d, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
local code = d[1] and (d[1].code or (d[1].user_data and d[1].user_data.lsp and d[1].user_data.lsp.code)) or '-'
table.insert(out, string.format('ft %s diagnostics %d first %d:%d %s', vim.bo.filetype, #d,
  d[1] and d[1].lnum + 1 or 0, d[1] and d[1].col + 1 or 0, code))
vim.cmd('edit sub/both.samw')
vim.wait(10000, function() return #vim.lsp.buf_get_clients(0) > 0 end, 20)
local clients = vim.lsp.get_active_clients()
table.insert(out, string.format('clients %d attached %d root %s', #clients, #vim.lsp.buf_get_clients(0),
  clients[1] and vim.fn.fnamemodify(clients[1].config.root_dir, ':t') or '-'))
vim.fn.writefile(out, os.getenv('RESULT'))
vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 20)
vim.cmd('qall!')
EOF
	(cd "$lp" && PATH=$tmp/lspbin:$PATH SAMW_VIM=$root/contrib/vim RESULT=$n/result \
		timeout 60 nvim --headless -u NONE -i NONE -n -c "luafile $n/test.lua" </dev/null) >"$n/nvim.out" 2>&1
	cat "$n/result" "$SAMW_LSP_LOG" >>"$n/nvim.out" 2>/dev/null
	if grep -qx "ft samw diagnostics $lsp_count first $lsp_first" "$n/nvim.out" &&
		grep -qx 'clients 1 attached 1 root lsp-project' "$n/nvim.out"; then
		ok "neovim $(nvim --version | sed -n '1s/^NVIM v//p'): require('samw').setup() starts $lsp_what, shows its $lsp_count diagnostics (the first $lsp_first) and attaches a second file of the project to the same server"
	else
		not_ok "neovim: the language server (expected $lsp_count diagnostics, the first $lsp_first)" "$n/nvim.out"
	fi
	if lsp_saw "args lsp" && lsp_saw "initialize file://$lp" &&
		lsp_saw "textDocument/didOpen samw c4%20autonomy.samw" && lsp_saw "textDocument/didOpen samw both.samw"; then
		ok "neovim: the server is started as samw lsp, rooted at the repository, and is sent both files"
	else
		not_ok "neovim: what the server received" "$n/nvim.out"
	fi
else
	skip "neovim: nvim is not installed"
fi

# ---- Emacs ------------------------------------------------------------------

if have emacs; then
	e=$tmp/emacs
	mkdir "$e"
	cp "$root/contrib/emacs/samw-mode.el" "$e/"
	cp "$tmp/both.samw" "$e/"
	cp "$invalid" "$e/c4 autonomy.samw"
	# the first diagnostic after a tab: columns count characters
	printf '\tcollaboration c {\n\tform allaince\n}\n' >"$e/tab.samw"
	if (cd "$e" && emacs -Q --batch --eval '(setq byte-compile-error-on-warn t)' \
		-f batch-byte-compile samw-mode.el) >"$e/compile.out" 2>&1; then
		ok "emacs: samw-mode.el byte-compiles without warnings"
	else
		not_ok "emacs: byte-compiling samw-mode.el" "$e/compile.out"
	fi
	cat >"$e/test.el" <<'EOF'
(add-to-list 'load-path default-directory)
(require 'samw-mode)
(setq compilation-skip-threshold 0)     ; visit notes too
(defun face-at (line col)
  (save-excursion
    (goto-char (point-min)) (forward-line (1- line)) (forward-char (1- col))
    (let ((f (get-text-property (point) 'face))) (if (consp f) (car f) f))))
(defun here () (format "%s:%d:%d" (file-name-nondirectory buffer-file-name)
                       (line-number-at-pos) (1+ (- (point) (line-beginning-position)))))
(find-file "both.samw")
(font-lock-ensure)
(princ (format "mode %s\n" major-mode))
(princ (format "faces %s\n" (mapconcat (lambda (p) (symbol-name (face-at (car p) (cadr p))))
  '((2 1) (3 5) (3 10) (4 10) (4 21) (5 5) (5 16) (5 22) (5 31) (5 47)) " ")))
(dolist (file '("c4 autonomy.samw" "tab.samw"))
  (find-file file)
  (let ((done nil))
    (add-hook 'compilation-finish-functions (lambda (&rest _) (setq done t)))
    (samw-check buffer-file-name)
    (while (not done) (accept-process-output nil 0.1)))
  (next-error)
  (princ (format "compile %s\n" (here)))
  (let (done diags)
    (samw-flymake (lambda (d &rest _) (setq done t diags d)))
    (while (not done) (accept-process-output nil 0.1))
    (goto-char (flymake-diagnostic-beg (car diags)))
    (princ (format "flymake %d %s %s\n" (length diags) (here) (flymake-diagnostic-type (car diags))))))
EOF
	(cd "$e" && emacs -Q --batch -l test.el) >"$e/emacs.out" 2>&1
	if grep -qx 'mode samw-mode' "$e/emacs.out" &&
		grep -qx 'faces font-lock-keyword-face font-lock-keyword-face font-lock-constant-face font-lock-string-face font-lock-builtin-face font-lock-keyword-face font-lock-keyword-face font-lock-constant-face font-lock-keyword-face font-lock-constant-face' "$e/emacs.out"; then
		ok "emacs: samw-mode for *.samw highlights English and Dutch keywords and values"
	else
		not_ok "emacs: mode and highlighting" "$e/emacs.out"
	fi
	w1=$(cd "$e" && first_of "c4 autonomy.samw")
	w2=$(cd "$e" && first_of "tab.samw")
	if grep -qxF "compile $w1" "$e/emacs.out" && grep -qxF "compile $w2" "$e/emacs.out"; then
		ok "emacs: samw-check and next-error visit the first diagnostic ($w1; $w2 after a tab)"
	else
		not_ok "emacs: compilation (expected $w1 and $w2)" "$e/emacs.out"
	fi
	if grep -qxF "flymake 4 $w1 :note" "$e/emacs.out" && grep -qF "flymake 8 $w2 :error" "$e/emacs.out"; then
		ok "emacs: the flymake backend reports each diagnostic at its place"
	else
		not_ok "emacs: flymake (expected $w1 and $w2)" "$e/emacs.out"
	fi
	# eglot (built in from Emacs 29; elpa-eglot before): the line of
	# docs/editors.md, then open the invalid file of the project. Batch Emacs
	# runs no commands, so the post-command hooks that eglot-ensure and
	# flymake wait for are run by hand.
	: >"$SAMW_LSP_LOG"
	cat >"$e/eglot.el" <<'EOF'
(require 'package)
;; where Debian's elpa-* packages are (batch -Q reads no site-start)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(if (not (require 'eglot nil t))
    (princ "no eglot\n")
  (add-to-list 'load-path (getenv "SAMW_EL"))
  (require 'samw-mode)
  (add-hook 'samw-mode-hook #'eglot-ensure)
  (find-file "c4 autonomy.samw")
  (let ((deadline (+ (float-time) 20)))
    (while (and (< (float-time) deadline) (not (flymake-diagnostics)))
      (run-hooks 'post-command-hook)
      (accept-process-output nil 0.1)))
  (let ((d (sort (flymake-diagnostics)
                 (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))
    (when d (goto-char (flymake-diagnostic-beg (car d))))
    (princ (format "eglot %s %d %d:%d %s\n" major-mode (length d) (line-number-at-pos)
                   (1+ (current-column)) (and d (flymake-diagnostic-type (car d))))))
  (eglot-shutdown (eglot-current-server)))
EOF
	(cd "$lp" && PATH=$tmp/lspbin:$PATH SAMW_EL=$root/contrib/emacs \
		timeout 60 emacs -Q --batch -l "$e/eglot.el" </dev/null) >"$e/eglot.out" 2>&1
	cat "$SAMW_LSP_LOG" >>"$e/eglot.out"
	lsp_pos=${lsp_first% *}
	if grep -qx 'no eglot' "$e/eglot.out"; then
		skip "emacs: eglot is not installed (elpa-eglot, or Emacs 29)"
	elif grep -qx "eglot samw-mode $lsp_count $lsp_pos.*" "$e/eglot.out" &&
		lsp_saw "args lsp" && lsp_saw "textDocument/didOpen samw c4%20autonomy.samw"; then
		ok "emacs: eglot-ensure starts $lsp_what and flymake shows its $lsp_count diagnostics (the first at $lsp_pos)"
	else
		not_ok "emacs: eglot (expected $lsp_count diagnostics, the first at $lsp_pos)" "$e/eglot.out"
	fi
else
	skip "emacs: emacs is not installed"
fi

# ---- VS Code: the problem matcher in docs/editors.md --------------------------

if have python3; then
	"$SAMW" check --format gcc --color never "$root/examples/invalid" >"$tmp/gcc.out" 2>&1
	if python3 - "$root/docs/editors.md" "$tmp/gcc.out" >"$tmp/vscode.out" 2>&1 <<'EOF'
import json, re, sys
doc = open(sys.argv[1], encoding="utf-8").read()
section = doc.split("## VS Code", 1)[1]
tasks = json.loads(section.split("```json", 1)[1].split("```", 1)[0])
m = tasks["tasks"][0]["problemMatcher"]
p = m["pattern"]
rx = re.compile(p["regexp"])
gcc = re.compile(r"^(.*):(\d+):(\d+): (error|warning|note): (.*) \[(SW\d{3})\]$")
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
n = 0
for line in lines:
    want = gcc.match(line)
    if not want:
        continue
    got = rx.match(line)
    assert got, "no match: " + line
    for key, i in (("file", 1), ("line", 2), ("column", 3), ("severity", 4), ("message", 5), ("code", 6)):
        assert got.group(p[key]) == want.group(i), (key, line)
    n += 1
assert n > 20, n
print(n, "lines matched")
EOF
	then
		ok "vscode: the problem matcher of docs/editors.md reads every gcc line ($(cat "$tmp/vscode.out"))"
	else
		not_ok "vscode: the problem matcher of docs/editors.md" "$tmp/vscode.out"
	fi
else
	skip "vscode: python3 is not installed"
fi

# ---- Helix: contrib/helix/languages.toml and docs/editors.md ----------------

# Helix is not a Debian package: the file is read as TOML (python3's
# tomllib) and must say what docs/editors.md shows, start `samw lsp` for
# *.samw, and format with a samw fmt that reads standard input.
if have python3 && python3 -c 'import tomllib' 2>/dev/null; then
	if python3 - "$root/contrib/helix/languages.toml" "$root/docs/editors.md" >"$tmp/helix.out" 2>&1 <<'EOF'
import sys, tomllib
conf = tomllib.load(open(sys.argv[1], "rb"))
doc = open(sys.argv[2], encoding="utf-8").read().split("## Helix", 1)[1]
assert tomllib.loads(doc.split("```toml", 1)[1].split("```", 1)[0]) == conf, "docs/editors.md differs"
assert conf["language-server"]["samw"] == {"command": "samw", "args": ["lsp"]}, conf["language-server"]
lang, = conf["language"]
assert lang["file-types"] == ["samw"] and lang["language-servers"] == ["samw"], lang
assert lang["comment-token"] == "#" and lang["formatter"] == {"command": "samw", "args": ["fmt", "-"]}, lang
print(" ".join(lang["formatter"]["args"]))
EOF
	then
		# the formatter, as the file names it (checked above)
		if "$SAMW" fmt - <"$valid" >"$tmp/helix.fmt" && "$SAMW" fmt "$valid" | cmp -s - "$tmp/helix.fmt"; then
			ok "helix: languages.toml (as in docs/editors.md) starts samw lsp for *.samw; its formatter (samw $(cat "$tmp/helix.out")) reads standard input"
		else
			not_ok "helix: the formatter samw fmt -" "$tmp/helix.fmt"
		fi
	else
		not_ok "helix: contrib/helix/languages.toml" "$tmp/helix.out"
	fi
else
	skip "helix: python3 with tomllib (3.11) is not installed"
fi

# ---- the scripts themselves -------------------------------------------------

if have shellcheck; then
	if shellcheck -s sh "$root/contrib/git/pre-commit" "$root/contrib/gen-syntax.sh" \
		"$root/tests/integration.sh" >"$tmp/sc.out" 2>&1; then
		ok "shellcheck: the git hook, gen-syntax.sh and this test are clean POSIX sh"
	else
		not_ok "shellcheck" "$tmp/sc.out"
	fi
else
	skip "shellcheck: shellcheck is not installed"
fi

echo "integration: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
