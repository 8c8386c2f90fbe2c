#!/bin/sh
# The layers look down: every #include of our own files goes to the same
# layer or one below it, and include/samw.h includes standard headers only
# (docs/architecture.md). The order, from the bottom:
#   base  diagnostics  lexer  parser  semantics  backend  api  cli|lsp
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
pass=0
fail=0

rank() { # rank FOLDER: the layer's height, or nothing for a folder of ours
	case $1 in
	base) echo 0 ;; diagnostics) echo 1 ;; lexer) echo 2 ;; parser) echo 3 ;;
	semantics) echo 4 ;; backend) echo 5 ;; api | include) echo 6 ;;
	cli | lsp) echo 7 ;;
	esac
}

for f in base/* diagnostics/* lexer/* parser/* semantics/* backend/* api/* cli/* lsp/*; do
	[ -f "$f" ] || continue
	dir=${f%%/*}
	mine=$(rank "$dir")
	# the quoted includes; generated headers belong to the layer of what
	# they are made from: scanner.h and kw_ids.h the lexer's, grammar.h the
	# parser's, diag_ids.h the diagnostics one
	grep -o '^[ \t]*#[ \t]*include[ \t]*"[^"]*"' "$f" | sed 's/.*"\(.*\)"/\1/' |
	while read -r inc; do
		case $inc in
		scanner.h | kw_ids.h) to=lexer ;;
		grammar.h) to=parser ;;
		diag_ids.h) to=diagnostics ;;
		../*/*) to=${inc#../}; to=${to%%/*} ;;
		*/*) to=${inc%%/*} ;;
		*) to=$dir ;;
		esac
		theirs=$(rank "$to")
		if [ -z "$theirs" ]; then
			echo "FAIL $f includes \"$inc\", which is in no layer"
			echo x
		elif [ "$theirs" -gt "$mine" ]; then
			echo "FAIL $f ($dir) includes \"$inc\" ($to), a higher layer"
			echo x
		elif { [ "$dir" = cli ] && [ "$to" = lsp ]; } || { [ "$dir" = lsp ] && [ "$to" = cli ]; }; then
			echo "FAIL $f ($dir) includes \"$inc\" ($to): cli/ and lsp/ are beside each other"
			echo x
		fi
	done >"/tmp/layers.$$"
	if grep -q '^x$' "/tmp/layers.$$"; then
		grep -v '^x$' "/tmp/layers.$$"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
done
rm -f "/tmp/layers.$$"

# the public header: standard headers only
if grep -q '^[ \t]*#[ \t]*include[ \t]*"' include/samw.h; then
	echo "FAIL include/samw.h includes a header of ours; it must stand alone"
	fail=$((fail + 1))
else
	pass=$((pass + 1))
fi

echo "layers: $pass passed, $fail failed"
[ "$fail" = 0 ]
