# Editor and hook integrations (contrib/): `make check-integration` tests the
# pre-commit hook, the plain git hook, the Vim and Emacs files, the man page
# and that the generated keyword lists match lexer/keywords.def. A tool that
# is not installed is skipped.
.PHONY: check-integration syntax-files
check-integration: $(BIN)
	SAMW=$(abspath $(BIN)) tests/integration.sh

# Rewrite the keyword lists of the Vim and Emacs files after changing
# lexer/keywords.def or parser/shape.c.
syntax-files:
	contrib/gen-syntax.sh
