#!/bin/sh
# Write the generated parts of the documentation from the tables, through
# the samw binary given: docs/checks.md (samw rules --format markdown) and
# the keyword tables of docs/language.md (samw keywords --format markdown,
# between its BEGIN/END GENERATED lines).
#   scripts/gen-docs.sh build/samw           write them
#   scripts/gen-docs.sh build/samw --check   exit 1, with a diff, when one differs
set -eu
samw=$1
check=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$samw" rules --format markdown >"$tmp/checks.md"
"$samw" keywords --format markdown >"$tmp/keywords.md"
awk -v gen="$tmp/keywords.md" '
	/<!-- BEGIN GENERATED keywords -->/ { print; while ((getline l < gen) > 0) print l; skip = 1; next }
	/<!-- END GENERATED keywords -->/ { skip = 0 }
	!skip { print }
' "$root/docs/language.md" >"$tmp/language.md"

status=0
for f in checks.md language.md; do
	if [ "$check" = --check ]; then
		if ! cmp -s "$tmp/$f" "$root/docs/$f"; then
			echo "docs/$f differs from what the tables give: run 'make docs'" >&2
			diff -u "$root/docs/$f" "$tmp/$f" | head -40 >&2
			status=1
		fi
	else
		cp "$tmp/$f" "$root/docs/$f"
	fi
done
exit $status
