# `make bench`: the performance benchmark (bench/run.sh). It generates its
# inputs into $(BUILD)/bench/, prints a markdown table with the figures and
# the targets, for the text-heavy, the statement-dense and the outside
# profile (bench/gen_outside.py, not written with the code), and never
# fails on a number: a benchmark is not a test.
# It asks for python3, jq, /usr/bin/time and valgrind (scripts/deps.sh bench).
.PHONY: bench
bench: $(BIN) | deps-bench
	SAMW=$(abspath $(BIN)) BENCH_DIR=$(abspath $(BUILD))/bench sh bench/run.sh
