#!/bin/sh
# samw diff: every kind of change in exact text, Markdown and GitHub output
# in both languages (tests/diff/expect), the JSON against
# docs/diff.schema.json, --fail-on, fmt --write on every example giving no
# change, two folders, and --git on a repository built here (renames,
# additions, deletions, the index, untracked files, a symbolic link) with
# hostile inputs: revisions that do not exist or start with '-', a binary
# file, a file that is not UTF-8, a long history.
set -u
SAMW=${SAMW:-$(dirname "$0")/../build/samw}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/helpers.sh
. "$here/helpers.sh"

validate() {
	if /usr/bin/python3 "$here/validate.py" "$root/docs/diff.schema.json" "$@" >"$tmp/v.out"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL JSON against docs/diff.schema.json:"
		sed 's/^/  /' "$tmp/v.out" | head -10
	fi
}

cd "$here/diff" || exit 2

# ---- every kind of change, exactly, in both languages ----------------------
expect "north, text" 0 "$SAMW" diff old.samw new.samw
same "north, text" expect/north.en.txt "$tmp/out"
expect "north, Dutch" 0 "$SAMW" diff --lang nl old.samw new.samw
same "north, Dutch" expect/north.nl.txt "$tmp/out"
expect "north, markdown" 0 "$SAMW" diff --format markdown old.samw new.samw
same "north, markdown" expect/north.en.md "$tmp/out"
expect "zwolle, text" 0 "$SAMW" diff old2.samw new2.samw
same "zwolle, text" expect/zwolle.en.txt "$tmp/out"
expect "zwolle, Dutch" 0 "$SAMW" diff --lang nl old2.samw new2.samw
same "zwolle, Dutch" expect/zwolle.nl.txt "$tmp/out"
expect "zwolle, Dutch markdown" 0 "$SAMW" diff --lang nl --format markdown old2.samw new2.samw
same "zwolle, Dutch markdown" expect/zwolle.nl.md "$tmp/out"
expect "zwolle, github" 0 "$SAMW" diff --format github old2.samw new2.samw
same "zwolle, github" expect/zwolle.github "$tmp/out"
LANG=nl_NL.UTF-8 expect "the language from LANG" 0 "$SAMW" diff old.samw new.samw
same "the language from LANG" expect/north.nl.txt "$tmp/out"
n=0
for p in "old.samw new.samw" "old2.samw new2.samw" "new.samw old.samw" "new2.samw old2.samw"; do
	n=$((n + 1))
	# shellcheck disable=SC2086 # two file names
	"$SAMW" diff --format json $p >"$tmp/c$n.json"
	# shellcheck disable=SC2086
	"$SAMW" diff --lang nl --format json $p >"$tmp/c$n.nl.json"
done
expect "no changes, json" 0 "$SAMW" diff --format json old.samw old.samw
cp "$tmp/out" "$tmp/none.json"
validate "$tmp"/*.json
expect "no changes" 0 "$SAMW" diff old.samw old.samw
is "no changes" "$tmp/out" "no changes"
expect "geen wijzigingen" 0 "$SAMW" diff --lang nl old.samw old.samw
is "geen wijzigingen" "$tmp/out" "geen wijzigingen"

# --fail-on: comma-separated or repeated; exit 1 only when it happens
expect "fail on new warnings" 1 "$SAMW" diff --fail-on new-warnings old.samw new.samw
expect "no new errors" 0 "$SAMW" diff --fail-on new-errors old.samw new.samw
expect "fail on party-left" 1 "$SAMW" diff --fail-on party-left old.samw new.samw
expect "no verdict lost" 0 "$SAMW" diff --fail-on verdict-lost old.samw new.samw
expect "verdict lost" 1 "$SAMW" diff --fail-on verdict-lost old2.samw new2.samw
expect "new errors" 1 "$SAMW" diff --fail-on new-errors old2.samw new2.samw
expect "combined" 1 "$SAMW" diff --fail-on verdict-lost,new-errors old.samw new.samw --fail-on party-left
expect "any" 1 "$SAMW" diff --fail-on any old.samw new.samw
expect "any, no change" 0 "$SAMW" diff --fail-on any old.samw old.samw
expect "fixing is no failure" 0 "$SAMW" diff --fail-on new-errors,new-warnings,verdict-lost new2.samw old2.samw
expect "unknown --fail-on" 2 "$SAMW" diff --fail-on everything old.samw new.samw
is "unknown --fail-on" "$tmp/err" "samw: --fail-on takes new-errors, new-warnings, verdict-lost, party-left or any, not 'everything'
See 'samw --help'."

# ---- the pull request of the issue: shares changed, a party removed ---------
expect "the pull request, text" 0 "$SAMW" diff pr-old.samw pr-new.samw
is "the pull request, text" "$tmp/out" "pr-new.samw: collaboration 'wijkzorg'
  - party 'gemeente' left
  - agreement 'samenwerking': no longer shares costs

2 changes"
expect "the pull request, markdown" 0 "$SAMW" diff --format markdown pr-old.samw pr-new.samw
is "the pull request, markdown" "$tmp/out" "## samw diff: changes to the collaborations

### pr-new.samw: collaboration 'wijkzorg'

- **party 'gemeente' left**
- agreement 'samenwerking': no longer shares costs

2 changes"
expect "the pull request, json" 0 "$SAMW" diff --format json pr-old.samw pr-new.samw
cp "$tmp/out" "$tmp/pr.json"
validate "$tmp/pr.json"
if /usr/bin/python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
got = [(c["kind"], c["subject"]["type"], c["subject"]["name"], c["field"], c["before"]) for c in d["changes"]]
want = [("removed", "party", "gemeente", None, None),
        ("item-removed", "agreement", "samenwerking", "shares", [[{"type": "keyword", "value": "costs"}]])]
assert got == want, got
assert d["summary"] == {"changes": 2, "files": 1, "new_errors": 0, "new_warnings": 0,
                        "verdicts_lost": 0, "parties_left": 1}, d["summary"]
' "$tmp/pr.json"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL the pull request, json fields"; fi
expect "the pull request fails on party-left" 1 "$SAMW" diff --fail-on party-left pr-old.samw pr-new.samw

# ---- a text that tries to start a line or reorder what is shown ------------------
sed 's/interest "Fewer crisis visits"/interest "Fewer\\n::error::x \xe2\x80\xae visits"/' pr-old.samw >"$tmp/hostile.samw"
expect "hostile text, text" 0 "$SAMW" diff pr-old.samw "$tmp/hostile.samw"
grep 'interest changed' "$tmp/out" >"$tmp/l"
is "hostile text, text" "$tmp/l" "  - party 'thuiszorg': interest changed from \"Fewer crisis visits\" to \"Fewer\\u{0A}::error::x \\u{202E} visits\""
expect "hostile text, github" 0 "$SAMW" diff --format github pr-old.samw "$tmp/hostile.samw"
grep -c '^::' "$tmp/out" >"$tmp/n"
is "hostile text, github: one line a change (SW013 is new)" "$tmp/n" 2
expect "hostile text, markdown" 0 "$SAMW" diff --format markdown pr-old.samw "$tmp/hostile.samw"
grep 'interest changed' "$tmp/out" >"$tmp/l"
is "hostile text, markdown" "$tmp/l" "- party 'thuiszorg': interest changed from \"Fewer crisis visits\" to \"Fewer ::error::x \\u{202E} visits\""

# ---- layout is no change: fmt --write on every example -----------------------
for f in "$root"/examples/*.samw "$root"/examples/invalid/*.samw; do
	case $f in */encoding.samw) continue ;; esac
	for lang in "" "--lang nl" "--lang en"; do
		cp "$f" "$tmp/before.samw"
		cp "$f" "$tmp/after.samw"
		# shellcheck disable=SC2086 # no option, or one
		"$SAMW" fmt $lang --write "$tmp/after.samw" 2>/dev/null
		out=$("$SAMW" diff "$tmp/before.samw" "$tmp/after.samw" 2>&1)
		if [ "$out" = "no changes" ]; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL fmt --write $lang $(basename "$f") changes:"
			printf '%s\n' "$out" | head -5 | sed 's/^/  /'
		fi
	done
done

# ---- two folders -----------------------------------------------------------------
mkdir -p "$tmp/v1/sub" "$tmp/v2/sub"
cp old.samw "$tmp/v1/sub/north.samw"
cp new.samw "$tmp/v2/sub/north.samw"
cp old2.samw "$tmp/v1/gone.samw"
cp new2.samw "$tmp/v2/came.samw"
cp "$root/examples/netwerk-wijkzorg.samw" "$tmp/v1/same.samw"
cp "$root/examples/netwerk-wijkzorg.samw" "$tmp/v2/same.samw"
expect "two folders" 0 "$SAMW" diff "$tmp/v1" "$tmp/v2"
head -n 4 "$tmp/out" >"$tmp/head"
is "two folders: an added file first" "$tmp/head" "$tmp/v2/came.samw
  - file added

$tmp/v2/came.samw: collaboration 'werkplein_zwolle'"
tail -n 1 "$tmp/out" >"$tmp/last"
is "two folders: summary" "$tmp/last" "$(grep -c '^  - ' "$tmp/out") changes in 3 files"
grep -c '^  - file removed$' "$tmp/out" >"$tmp/n"
is "two folders: a file removed" "$tmp/n" 1
awk -v h="$tmp/v2/sub/north.samw: collaboration 'north_care'" '$0 == h { f = 1; next } f && /^$/ { exit } f' \
	"$tmp/out" >"$tmp/north"
sed -n '2,$p' expect/north.en.txt | sed '$d' | sed '$d' >"$tmp/north.want"
same "two folders: the changes of one file" "$tmp/north.want" "$tmp/north"
expect "a file and a folder" 2 "$SAMW" diff old.samw "$tmp/v1"
is "a file and a folder" "$tmp/err" "samw: 'old.samw' and '$tmp/v1' are not both files or both folders
See 'samw --help'."
expect "one file" 2 "$SAMW" diff old.samw
is "one file" "$tmp/err" "samw: name two files or two folders to compare, or --git REVISION
See 'samw --help'."
expect "--staged without --git" 2 "$SAMW" diff --staged old.samw new.samw
expect "a missing file" 2 "$SAMW" diff old.samw "$tmp/nope.samw"
is "a missing file" "$tmp/err" "samw: $tmp/nope.samw: no such file"
printf 'collaboration c {\0}\n' >"$tmp/binary.samw"
expect "a binary file" 2 "$SAMW" diff old.samw "$tmp/binary.samw"
is "a binary file" "$tmp/err" "samw: $tmp/binary.samw: a binary file (it holds a NUL byte), not a description; not compared"
is "a binary file is left out" "$tmp/out" "no changes"
printf 'collaboration c "Caf\351" {\n}\n' >"$tmp/latin1.samw"
expect "not UTF-8" 2 "$SAMW" diff --lang nl "$tmp/latin1.samw" new.samw
is "not UTF-8" "$tmp/err" "samw: $tmp/latin1.samw: geen UTF-8-tekst (byte 21 is ongeldig); niet vergeleken"

# ---- against git -----------------------------------------------------------------
if command -v git >/dev/null 2>&1; then
	repo=$tmp/repo
	mkdir -p "$repo/docs"
	g() { git -C "$repo" -c user.name=test -c user.email=test@example.org "$@"; }
	g init -q
	cp old.samw "$repo/north.samw"
	cp old2.samw "$repo/zwolle.samw"
	cp "$root/examples/netwerk-wijkzorg.samw" "$repo/docs/wijk.samw"
	cp "$root/examples/learning-network-school-leaders.samw" "$repo/leer.samw"
	g add -A
	g commit -qm base
	# a rename (with a change), an addition, a deletion, an edit staged
	g mv docs/wijk.samw docs/buurt.samw
	sed -i 's/belang "Minder dubbel werk/belang "Veel minder dubbel werk/' "$repo/docs/buurt.samw"
	g rm -q leer.samw
	cp new.samw "$repo/north.samw"
	g add north.samw
	cp new2.samw "$repo/zwolle.samw"
	cp "$root/examples/dijkbeheer-rivieren-onbepaald.samw" "$repo/untracked.samw"
	expect "git: the working tree" 0 sh -c "cd '$repo' && '$SAMW' diff --git HEAD"
	grep -v '^ ' "$tmp/out" | grep . >"$tmp/heads"
	is "git: the working tree, files" "$tmp/heads" "docs/buurt.samw
docs/buurt.samw: collaboration 'wijkzorg_zuid'
north.samw: collaboration 'north_care'
untracked.samw
untracked.samw: collaboration 'dijkbeheer'
zwolle.samw: collaboration 'werkplein_zwolle'
zwolle.samw: collaboration 'jeugd_zwolle'
zwolle.samw: collaboration 'sport_wijk'
leer.samw
leer.samw: collaboration 'leernetwerk_twente'
$(grep -c '^  - ' "$tmp/out") changes in 5 files"
	grep -A1 '^docs/buurt.samw$' "$tmp/out" | tail -n 1 >"$tmp/l"
	is "git: a rename" "$tmp/l" "  - file renamed from docs/wijk.samw"
	grep -A1 '^leer.samw$' "$tmp/out" | tail -n 1 >"$tmp/l"
	is "git: a deletion" "$tmp/l" "  - file removed"
	sed -n '/^north.samw: /,/^$/p' "$tmp/out" | sed '1d;$d' >"$tmp/north"
	sed -n '2,$p' expect/north.en.txt | sed '$d' | sed '$d' >"$tmp/north.want"
	same "git: the same changes as the files" "$tmp/north.want" "$tmp/north"
	expect "git: --staged" 0 sh -c "cd '$repo' && '$SAMW' diff --git HEAD --staged --format json"
	cp "$tmp/out" "$tmp/staged.json"
	validate "$tmp/staged.json"
	/usr/bin/python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(" ".join(sorted({c["file"] for c in d["changes"]})))' "$tmp/staged.json" >"$tmp/files"
	is "git: --staged sees the index only" "$tmp/files" "docs/buurt.samw leer.samw north.samw"
	expect "git: --staged --fail-on party-left" 1 sh -c "cd '$repo' && '$SAMW' diff --git HEAD --staged --fail-on party-left"
	expect "git: a path" 0 sh -c "cd '$repo' && '$SAMW' diff --git HEAD -- docs"
	is "git: a path" "$tmp/out" "docs/buurt.samw
  - file renamed from docs/wijk.samw

docs/buurt.samw: collaboration 'wijkzorg_zuid'
  - party 'thuiszorg': interest changed from \"Minder dubbel werk en beter planbare wijkverpleging\" to \"Veel minder dubbel werk en beter planbare wijkverpleging\"

2 changes"
	# the .samwrc of the repository applies, from any folder in it
	printf 'allow = SW505, SW405\n' >"$repo/.samwrc"
	expect "git: .samwrc from a folder below" 0 sh -c "cd '$repo/docs' && '$SAMW' diff --git HEAD -- ../north.samw"
	grep -c 'SW505\|SW405' "$tmp/out" >"$tmp/n"
	is "git: .samwrc from a folder below" "$tmp/n" 0
	grep -c 'SW602' "$tmp/out" >"$tmp/n"
	is "git: .samwrc leaves the rest" "$tmp/n" 1
	rm "$repo/.samwrc"
	# hostile revisions: each a clear message and exit status 2, git never
	# takes one as an option
	expect "git: a revision that does not exist" 2 sh -c "cd '$repo' && '$SAMW' diff --git nosuchbranch"
	is "git: a revision that does not exist" "$tmp/err" "samw: 'nosuchbranch' is not a revision of this repository"
	expect "git: a revision starting with -" 2 sh -c "cd '$repo' && '$SAMW' diff --git=--output=$tmp/pwned"
	is "git: a revision starting with -" "$tmp/err" "samw: a revision cannot start with '-': '--output=$tmp/pwned'"
	if [ -e "$tmp/pwned" ]; then fail=$((fail + 1)); echo "FAIL git ran an option"; else pass=$((pass + 1)); fi
	expect "git: a revision of -" 2 sh -c "cd '$repo' && '$SAMW' diff --git -"
	expect "git: Dutch" 2 sh -c "cd '$repo' && '$SAMW' diff --lang nl --git HEAD~3"
	is "git: Dutch" "$tmp/err" "samw: 'HEAD~3' is geen revisie van deze repository"
	expect "git: not a repository" 2 sh -c "cd '$tmp/v1' && GIT_CEILING_DIRECTORIES='$tmp' '$SAMW' diff --git HEAD"
	is "git: not a repository" "$tmp/err" "samw: this folder is not in a git repository"
	# a binary and a file that is not UTF-8, committed
	printf 'x\0y' >"$repo/bin.samw"
	printf 'collaboration c "Caf\351" {\n}\n' >"$repo/latin1.samw"
	g add bin.samw latin1.samw
	g commit -qm hostile
	rm "$repo/bin.samw" "$repo/latin1.samw"
	expect "git: a binary and a file not UTF-8 in the revision" 2 sh -c "cd '$repo' && '$SAMW' diff --git HEAD -- bin.samw latin1.samw"
	is "git: a binary and a file not UTF-8 in the revision" "$tmp/err" "samw: bin.samw: a binary file (it holds a NUL byte), not a description; not compared
samw: latin1.samw: not UTF-8 text (byte 21 is invalid); not compared"
	is "git: they are not compared" "$tmp/out" "no changes"
	# too large a version
	expect "git: a version too large" 2 sh -c "cd '$repo' && '$SAMW' diff --max-file-size 100 --git HEAD~1 -- north.samw"
	is "git: a version too large" "$tmp/err" "samw: north.samw: the version in $(g rev-parse HEAD~1) is larger than the limit of 100 bytes (see --max-file-size)
samw: north.samw: the file is larger than the limit of 100 bytes (see --max-file-size)"
	# a symbolic link is not followed
	ln -s /etc/passwd "$repo/link.samw"
	expect "git: a symbolic link" 0 sh -c "cd '$repo' && '$SAMW' diff --git HEAD -- link.samw"
	is "git: a symbolic link" "$tmp/err" "samw: link.samw: a symbolic link; not compared"
	rm "$repo/link.samw"
	# the pull request of the issue, in a repository: one agreement's shares
	# changed and a party removed, exactly those two changes
	pr=$tmp/prrepo
	mkdir -p "$pr"
	git -C "$pr" init -q
	cp pr-old.samw "$pr/wijkzorg.samw"
	git -C "$pr" add wijkzorg.samw
	git -C "$pr" -c user.name=test -c user.email=test@example.org commit -qm base
	cp pr-new.samw "$pr/wijkzorg.samw"
	expect "git: the pull request, markdown" 0 sh -c "cd '$pr' && '$SAMW' diff --git HEAD --format markdown"
	is "git: the pull request, markdown" "$tmp/out" "## samw diff: changes to the collaborations

### wijkzorg.samw: collaboration 'wijkzorg'

- **party 'gemeente' left**
- agreement 'samenwerking': no longer shares costs

2 changes"
	expect "git: the pull request, json" 0 sh -c "cd '$pr' && '$SAMW' diff --git HEAD --format json"
	cp "$tmp/out" "$tmp/prgit.json"
	validate "$tmp/prgit.json"
	grep -o '"message":"[^"]*"' "$tmp/prgit.json" >"$tmp/msgs"
	is "git: the pull request, json messages" "$tmp/msgs" "\"message\":\"party 'gemeente' left\"
\"message\":\"agreement 'samenwerking': no longer shares costs\""
	expect "git: the pull request fails on party-left" 1 sh -c "cd '$pr' && '$SAMW' diff --git HEAD --fail-on party-left"
	expect "git: the pull request, staged, before git add" 0 sh -c "cd '$pr' && '$SAMW' diff --git HEAD --staged --fail-on party-left"
	is "git: nothing staged yet" "$tmp/out" "no changes"

	# a long history: 2,000 commits, compared across all of them
	long=$tmp/long
	mkdir -p "$long"
	git -C "$long" init -q
	awk -v samw="$(cat old2.samw)" 'BEGIN {
		for (i = 1; i <= 2000; i++) {
			body = samw "\n# commit " i "\n"
			printf "commit refs/heads/main\ncommitter t <t@example.org> %d +0000\ndata 2\nc\n", 1700000000 + i
			printf "M 100644 inline x.samw\ndata %d\n%s\n", length(body), body
		}
	}' | git -C "$long" fast-import --quiet
	git -C "$long" checkout -q main
	cp new2.samw "$long/x.samw"
	expect "git: a long history" 0 sh -c "cd '$long' && '$SAMW' diff --git main~1999"
	sed 's/new2\.samw/x.samw/' expect/zwolle.en.txt >"$tmp/w"
	same "git: a long history" "$tmp/w" "$tmp/out"
	expect "git: beyond the history" 2 sh -c "cd '$long' && '$SAMW' diff --git main~2000"
	is "git: beyond the history" "$tmp/err" "samw: 'main~2000' is not a revision of this repository"
else
	echo "diff: git is not installed; the --git tests are skipped"
fi

echo "diff: $pass passed, $fail failed"
[ "$fail" = 0 ]
