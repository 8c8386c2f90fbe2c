#!/bin/sh
# Write the output, standard error and exit status of every command on
# every bundled example into a folder, so that two builds can be compared
# byte for byte:
#   scripts/outputs.sh build/samw /tmp/before
#   ... change, rebuild ...
#   scripts/outputs.sh build/samw /tmp/after && diff -r /tmp/before /tmp/after
set -u
# the checks that depend on the date run as on one day (2021-01-01 unless
# SOURCE_DATE_EPOCH says otherwise), so that runs on two days compare
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1609459200}
export SOURCE_DATE_EPOCH
samw=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
run() { # name command...
	name=$1
	shift
	"$@" >"$out/$name.out" 2>"$out/$name.err"
	echo $? >"$out/$name.status"
}
for f in examples/*.samw examples/invalid/*.samw; do
	n=$(echo "$f" | tr '/' '_')
	run "$n.check" "$samw" check --color=never "$f"
	run "$n.check-nl" "$samw" check --color=never --lang nl "$f"
	run "$n.gcc" "$samw" check --format gcc "$f"
	run "$n.json" "$samw" check --format json "$f"
	run "$n.sarif" "$samw" check --format sarif "$f"
	run "$n.github" "$samw" check --format github "$f"
	run "$n.fmt" "$samw" fmt "$f"
	run "$n.fmt-en" "$samw" fmt --lang en "$f"
	run "$n.fmt-nl" "$samw" fmt --lang nl "$f"
	run "$n.report" "$samw" report "$f"
	run "$n.report-json" "$samw" report --format json "$f"
	run "$n.report-en" "$samw" report --lang en "$f"
	run "$n.report-nl" "$samw" report --lang nl "$f"
	run "$n.graph" "$samw" graph "$f"
done
run all.check "$samw" check --color=never examples
run portfolio "$samw" portfolio --today 2026-06-15 examples
run portfolio-nl "$samw" portfolio --today 2026-06-15 --lang nl examples
run portfolio-json "$samw" portfolio --today 2026-06-15 --format json examples
run portfolio-dot "$samw" portfolio --today 2026-06-15 --format dot examples
run rules "$samw" rules
run rules-nl "$samw" rules --lang nl
run rules-json "$samw" rules --format json
run rules-md "$samw" rules --format markdown
for code in $("$samw" rules | cut -d' ' -f1); do
	run "explain.$code" "$samw" explain "$code"
	run "explain-nl.$code" "$samw" explain --lang nl "$code"
done
for cmd in "" check fmt report graph portfolio rules explain help; do
	run "help.$cmd" "$samw" help $cmd
	run "help-nl.$cmd" "$samw" help $cmd --lang nl
done
run usage-bad-option "$samw" check --bogus x.samw
run usage-bad-color "$samw" check --color=bogus x.samw
run usage-missing "$samw" check does-not-exist.samw
