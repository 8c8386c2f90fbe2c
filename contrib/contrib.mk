# Editor and hook integrations (contrib/): `make check-integration` tests the
# pre-commit hook, the plain git hook, the Vim and Emacs files, the man page
# and that the generated keyword lists match lexer/keywords.def. It asks for
# git, pre-commit and vim (scripts/deps.sh integration); any other tool that
# is not installed (emacs, groff, mandoc, shellcheck) is skipped.
.PHONY: check-integration syntax-files
check-integration: $(BIN) | deps-integration
	SAMW=$(abspath $(BIN)) tests/integration.sh

# Rewrite the keyword lists of the Vim and Emacs files after changing
# lexer/keywords.def or parser/shape.c.
syntax-files:
	contrib/gen-syntax.sh
