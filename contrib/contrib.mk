# Editor and hook integrations (contrib/): `make check-integration` tests the
# pre-commit hook, the plain git hook, the Vim, Neovim, Emacs and Helix
# files, the man page and that the generated keyword lists match
# lexer/keywords.def. It asks for git, pre-commit, vim, neovim and python3
# (scripts/deps.sh integration); any other tool that is not installed
# (emacs, eglot, groff, mandoc, shellcheck) is skipped.
.PHONY: check-integration syntax-files check-vscode vscode-grammar
check-integration: $(BIN) | deps-integration
	SAMW=$(abspath $(BIN)) tests/integration.sh

# Rewrite the keyword lists of the Vim and Emacs files after changing
# lexer/keywords.def or parser/shape.c (and, with node, the VS Code grammar:
# make vscode-grammar).
syntax-files:
	contrib/gen-syntax.sh

# The VS Code extension (contrib/vscode). `make check-vscode` installs its
# build and test tools from the npm registry, exactly as the lock file
# names them (npm ci, without install scripts); checks that the committed
# grammar is the one the keyword table generates; tokenises every example
# with it as VS Code does (vscode-textmate, vscode-oniguruma); tests the
# client and the language configuration; and packages
# contrib/vscode/samw.vsix with vsce. It asks for node and npm
# (scripts/deps.sh vscode).
VSCODE := contrib/vscode
$(VSCODE)/node_modules/.installed: $(VSCODE)/package.json $(VSCODE)/package-lock.json | deps-vscode
	cd $(VSCODE) && npm ci --ignore-scripts --no-audit --no-fund
	@touch $@
check-vscode: $(BIN) $(VSCODE)/node_modules/.installed
	cd $(VSCODE) && SAMW=$(abspath $(BIN)) node tools/gen-grammar.js --check
	cd $(VSCODE) && SAMW=$(abspath $(BIN)) node --test test/grammar.test.js test/extension.test.js
	cd $(VSCODE) && node_modules/.bin/vsce package --skip-license --allow-missing-repository --out samw.vsix
	@echo "check-vscode: $(VSCODE)/samw.vsix"

# Rewrite the VS Code grammar after changing lexer/keywords.def.
vscode-grammar: $(BIN) | deps-vscode
	SAMW=$(abspath $(BIN)) node $(VSCODE)/tools/gen-grammar.js
