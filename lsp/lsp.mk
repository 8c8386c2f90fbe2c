# The language server's targets beside the others (included by the
# Makefile): its Neovim test and the test of its build tiers
# (tests/lsp-tiers.sh) join `make check-integration`, its benchmark
# `make bench`. Each first asks for its tier and then builds samw in a make
# of its own, which finds jansson when the tier just installed it.
.PHONY: check-nvim check-nvim-run bench-lsp bench-lsp-run
check-integration: check-nvim
check-nvim: | deps-integration
	@$(MAKE) --no-print-directory check-nvim-run
check-nvim-run: $(BIN)
	SAMW=$(abspath $(BIN)) tests/nvim.sh
	tests/lsp-tiers.sh

bench: bench-lsp
bench-lsp: | deps-bench deps-lsp
	@$(MAKE) --no-print-directory bench-lsp-run
bench-lsp-run: $(BIN)
	SAMW=$(abspath $(BIN)) BENCH_DIR=$(abspath $(BUILD))/bench python3 bench/lsp.py
