# samw: build, test and install. `make` builds build/samw (with a C
# compiler, make, flex and bison only); `make check` runs every test; `make
# examples` checks the bundled examples.
CC       ?= cc
PREFIX   ?= /usr/local
BUILD    ?= build
CSTD     := -std=c11 -D_XOPEN_SOURCE=700
WARN     := -Wall -Wextra -Werror
OPT      ?= -O2 -g
CFLAGS   += $(CSTD) $(WARN) $(OPT) $(EXTRA_CFLAGS)
LDFLAGS  += $(EXTRA_LDFLAGS)
FLEX     ?= flex
BISON    ?= bison

GEN      := $(BUILD)/gen

# The library's folders. Everything in them is found by wildcard, so a file
# can move between them, and a folder that does not exist yet is empty.
LIB_DIRS := base diagnostics lexer parser semantics backend api
LIB_SRC  := $(wildcard $(LIB_DIRS:%=%/*.c))
LEX_SRC  := $(wildcard $(LIB_DIRS:%=%/*.l))
YACC_SRC := $(wildcard $(LIB_DIRS:%=%/*.y))
# flex and bison write NAME.c and NAME.h into $(GEN) for each NAME.l and
# NAME.y (scanner and grammar)
GEN_SRC  := $(patsubst %,$(GEN)/%.c,$(basename $(notdir $(LEX_SRC) $(YACC_SRC))))
GEN_HDR  := $(GEN_SRC:.c=.h)
CLI_SRC  := $(wildcard cli/*.c)
# The language server (lsp/) needs jansson: built into samw when
# pkg-config finds it, and `samw lsp` says how to get it when not (plain
# `make` needs no more than a compiler, make, flex and bison).
HAVE_LSP := $(shell pkg-config --exists jansson 2>/dev/null && echo yes)
LSP_SRC  := $(if $(HAVE_LSP),$(wildcard lsp/*.c))
LSP_CFLAGS := $(if $(HAVE_LSP),$(shell pkg-config --cflags jansson) -DSAMW_HAVE_LSP)
LSP_LIBS := $(if $(HAVE_LSP),$(shell pkg-config --libs jansson))
TEST_SRC := $(wildcard tests/test_*.c)
# the other C files in tests/ are helpers linked into every test
TEST_LIB := $(filter-out $(TEST_SRC),$(wildcard tests/*.c))
HEADERS  := $(wildcard include/*.h cli/*.h lsp/*.h tests/*.h $(LIB_DIRS:%=%/*.h))

# $(call obj,SOURCES): their objects (NAME.l and NAME.y: the generated NAME.o)
obj = $(patsubst %.c,$(BUILD)/obj/%.o,$(filter %.c,$1)) \
      $(patsubst %,$(BUILD)/obj/gen/%.o,$(basename $(notdir $(filter %.l %.y,$1))))

LIB_OBJ  := $(call obj,$(LIB_SRC) $(LEX_SRC) $(YACC_SRC))
CLI_OBJ  := $(call obj,$(CLI_SRC))
LSP_OBJ  := $(call obj,$(LSP_SRC))
TEST_OBJ := $(call obj,$(TEST_SRC) $(TEST_LIB))
TESTS    := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
LIB      := $(BUILD)/libsamw.a
BIN      := $(BUILD)/samw

# no built-in rules (make's own lex and yacc rules among them)
.SUFFIXES:
.PHONY: all deps check check-run test examples install clean asan valgrind docs FORCE
all: $(BIN)

# scripts/deps.sh TIER installs (as root) or names the missing Debian
# packages of one tier, and is quiet when they are all here. Each target
# asks for the tier it needs: `make` for a compiler, make, flex and bison,
# `make check` for the test tools too. `make deps` gets every tier.
DEPS_TIERS := build test lsp integration valgrind fuzz bench vscode
DEPS_ENV    = CC='$(CC)' FUZZ_CC='$(FUZZ_CC)' FLEX='$(FLEX)' BISON='$(BISON)'
.PHONY: $(DEPS_TIERS:%=deps-%)
$(DEPS_TIERS:%=deps-%):
	@$(DEPS_ENV) scripts/deps.sh --quiet $(@:deps-%=%)
deps:
	@$(DEPS_ENV) scripts/deps.sh all

# The generated scanner and parser: each rule makes both files at once.
vpath %.l $(sort $(dir $(LEX_SRC)))
vpath %.y $(sort $(dir $(YACC_SRC)))
$(GEN)/%.c $(GEN)/%.h: %.y | deps-build
	@mkdir -p $(GEN)
	$(BISON) -Wall -Werror -o $(GEN)/$*.c --header=$(GEN)/$*.h $<

$(GEN)/%.c $(GEN)/%.h: %.l | deps-build
	@mkdir -p $(GEN)
	$(FLEX) --header-file=$(GEN)/$*.h -o $(GEN)/$*.c $<

# The identifiers of the tables (keywords, checks, messages) as C enums,
# written by tools/gen_ids.c and replaced only when they change: editing a
# message or a spelling then rebuilds only the files that use the text,
# not every file that names an identifier. The stamp records the last run.
ID_HDR := $(GEN)/kw_ids.h $(GEN)/phrases_ids.h $(GEN)/diag_ids.h
$(BUILD)/tools/gen_ids: tools/gen_ids.c lexer/keywords.def diagnostics/criteria.def \
                        diagnostics/checks.def diagnostics/phrases.def | deps-build
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ tools/gen_ids.c
$(GEN)/ids.stamp: $(BUILD)/tools/gen_ids
	@mkdir -p $(GEN)
	@for k in kw phrases diag; do $(BUILD)/tools/gen_ids $$k >$(GEN)/$${k}_ids.h.tmp || exit 1; \
	  if cmp -s $(GEN)/$${k}_ids.h.tmp $(GEN)/$${k}_ids.h; then rm -f $(GEN)/$${k}_ids.h.tmp; \
	  else mv $(GEN)/$${k}_ids.h.tmp $(GEN)/$${k}_ids.h; fi; done
	@touch $@
$(ID_HDR): $(GEN)/ids.stamp ;
GEN_HDR += $(ID_HDR)

# kept after a build (make would delete them as intermediate files)
.SECONDARY: $(GEN_SRC) $(GEN_HDR)

$(BUILD)/obj/%.o: %.c | deps-build
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -I. -I$(GEN) -MMD -MP -c -o $@ $<

$(BUILD)/obj/gen/%.o: $(GEN)/%.c | deps-build
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -I. -I$(GEN) -MMD -MP -c -o $@ $<

# The scanner writes each token's span, six numbers, field by field, and
# gcc's and clang's SLP vectorizer would first pack four of them into a
# vector register, which takes more instructions than it saves there
# (2.3M of 160M on the dense benchmark file; the time was the same):
# without it for the scanner, when the compiler knows the option.
SCANNER_CFLAGS := $(shell $(CC) -fno-tree-slp-vectorize -E -x c /dev/null >/dev/null 2>&1 && \
                    echo -fno-tree-slp-vectorize)
$(BUILD)/obj/gen/scanner.o: CFLAGS += $(SCANNER_CFLAGS)

$(TEST_OBJ): | deps-test

# A generated header is a prerequisite of exactly the objects whose source
# includes it, directly or through our headers (NAME.l: the generated
# NAME.o); for every other header the compiler's .d files say what depends
# on what. They are read from the sources here, as a .d file is only
# written by the first compile, and on a clean tree (make -j) the header
# must be there before that compile starts.
#   $(call includers,NAME,FILES): the FILES whose text includes "NAME" or
#   ".../NAME" (a mention in a comment is harmless: one prerequisite more)
includers = $(foreach f,$2,$(if $(findstring "$1",$(file <$f))$(findstring /$1",$(file <$f)),$f))
#   $(call users,NAME): the sources that include NAME, directly or through
#   headers that do (followed 8 deep, which also ends a cycle of headers)
users = $(sort $(call users_,$1))
users_ = $(foreach f,$(call includers,$1,$(SOURCES) $(HEADERS)), \
           $(if $(filter %.h,$f),$(if $(word 8,$2),,$(call users_,$(notdir $f),x $2)),$f))
SOURCES  := $(LIB_SRC) $(LEX_SRC) $(YACC_SRC) $(CLI_SRC) $(wildcard lsp/*.c) $(TEST_SRC) $(TEST_LIB)
$(foreach h,$(GEN_HDR),$(foreach o,$(call obj,$(call users,$(notdir $h))),$(eval $o: $h)))

$(LIB): $(LIB_OBJ) | deps-build
	@rm -f $@
	$(AR) rcs $@ $^

# Whether this build has the language server, kept in a file that changes
# only when that does: cli/lsp_cmd.o is compiled again and samw linked
# again when jansson comes (or goes) between two builds.
$(BUILD)/lsp.tier: FORCE
	@mkdir -p $(BUILD)
	@echo 'lsp=$(HAVE_LSP)' | cmp -s - $@ || echo 'lsp=$(HAVE_LSP)' >$@
$(BUILD)/obj/cli/lsp_cmd.o: $(BUILD)/lsp.tier
$(BUILD)/obj/cli/lsp_cmd.o $(LSP_OBJ): CFLAGS += $(LSP_CFLAGS)

$(BIN): $(CLI_OBJ) $(LSP_OBJ) $(LIB) $(BUILD)/lsp.tier | deps-build
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(LSP_OBJ) $(LIB) $(LSP_LIBS) $(LDFLAGS)

$(BUILD)/tests/%: $(BUILD)/obj/tests/%.o $(call obj,$(TEST_LIB)) $(LIB) | deps-test
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(call obj,$(TEST_LIB)) $(LIB) -lcmocka $(LDFLAGS)

# Build and run every test. The shell tests run the CLI itself. `make
# check` asks for the lsp tier first, so that the samw it then builds (in a
# make of its own, which finds jansson) has the language server to test.
check test: | deps-test deps-lsp
	@$(MAKE) --no-print-directory check-run
check-run: $(BIN) $(TESTS) | deps-test
	@failed=""; for t in $(TESTS); do echo "== $$t"; (cd tests && ../$$t) || failed="$$failed $$t"; done; \
	echo "== tests/cli.sh"; SAMW=$(abspath $(BIN)) tests/cli.sh || failed="$$failed cli.sh"; \
	echo "== tests/formats.sh"; SAMW=$(abspath $(BIN)) tests/formats.sh || failed="$$failed formats.sh"; \
	echo "== tests/fmt.sh"; SAMW=$(abspath $(BIN)) tests/fmt.sh || failed="$$failed fmt.sh"; \
	echo "== tests/fix.sh"; SAMW=$(abspath $(BIN)) tests/fix.sh || failed="$$failed fix.sh"; \
	echo "== tests/report.sh"; SAMW=$(abspath $(BIN)) tests/report.sh || failed="$$failed report.sh"; \
	echo "== tests/diff.sh"; SAMW=$(abspath $(BIN)) tests/diff.sh || failed="$$failed diff.sh"; \
	echo "== tests/baseline.sh"; SAMW=$(abspath $(BIN)) tests/baseline.sh || failed="$$failed baseline.sh"; \
	echo "== tests/dutch.sh"; SAMW=$(abspath $(BIN)) tests/dutch.sh || failed="$$failed dutch.sh"; \
	echo "== tests/untrusted.sh"; SAMW=$(abspath $(BIN)) tests/untrusted.sh || failed="$$failed untrusted.sh"; \
	echo "== tests/register.sh"; SAMW=$(abspath $(BIN)) tests/register.sh || failed="$$failed register.sh"; \
	echo "== tests/layers.sh"; tests/layers.sh || failed="$$failed layers.sh"; \
	echo "== tests/regress.sh"; SAMW=$(abspath $(BIN)) tests/regress.sh || failed="$$failed regress.sh"; \
	echo "== tests/portfolio.sh"; SAMW=$(abspath $(BIN)) tests/portfolio.sh || failed="$$failed portfolio.sh"; \
	echo "== tests/language.sh"; SAMW=$(abspath $(BIN)) tests/language.sh || failed="$$failed language.sh"; \
	echo "== tests/readme.py"; /usr/bin/python3 tests/readme.py $(BIN) README.md || failed="$$failed readme.py"; \
	echo "== tests/lsp.py"; /usr/bin/python3 tests/lsp.py $(abspath $(BIN)) || failed="$$failed lsp.py"; \
	if [ -n "$$failed" ]; then echo "FAILED:$$failed"; exit 1; fi; echo "all tests passed"

# docs/checks.md and the keyword tables of docs/language.md are written
# from the tables; `make check` compares.
docs: $(BIN)
	scripts/gen-docs.sh $(BIN)

examples: $(BIN)
	$(BIN) check examples/*.samw
	@echo
	@echo "== examples/gemeente-heidevelde: a register and the collaborations that use it"
	$(BIN) check examples/gemeente-heidevelde
	@echo
	@echo "== examples/invalid: these fail on purpose (see '# expect:' and '# verdict:' in each)"
	-$(BIN) check --format gcc examples/invalid/*.samw

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	$(MAKE) BUILD=build/asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" check

# Every command on every example under valgrind: no leaks, no errors; and
# the language server through its scripted client (each server ends with
# status 99 on an error or a leak, which the client's tests see).
VG := valgrind -q --leak-check=full --errors-for-leak-kinds=all --error-exitcode=99
valgrind: $(BIN) | deps-valgrind
	@set -e; for f in examples/*.samw examples/invalid/*.samw examples/gemeente-*/*.samw; do \
	  for cmd in "check --color=never" "fix --diff" "check --fix --diff --format json" "fmt" "report" \
	             "report --format json" "graph" "diff --format json examples/alliance-north-care.samw"; do \
	    $(VG) $(BIN) $$cmd $$f >/dev/null 2>&1 || [ $$? -ne 99 ] || \
	      { echo "valgrind: samw $$cmd $$f"; $(VG) $(BIN) $$cmd $$f >/dev/null; exit 1; }; \
	  done; \
	done; \
	for fmt in markdown json dot; do \
	  $(VG) $(BIN) portfolio --today 2026-06-15 --format $$fmt examples tests/portfolio >/dev/null 2>&1 || \
	    [ $$? -ne 99 ] || { echo "valgrind: samw portfolio --format $$fmt"; exit 1; }; \
	done; echo "valgrind: no leaks or memory errors in check, fix, fmt, report, graph, portfolio and diff"
	@if [ -n "$(HAVE_LSP)" ]; then \
	  LSP_TIMEOUT=120 LSP_SERVER="$(VG) $(abspath $(BIN))" /usr/bin/python3 tests/lsp.py $(abspath $(BIN)) && \
	  echo "valgrind: no leaks or memory errors in the language server (tests/lsp.py)"; fi

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/samw
	install -m 644 docs/samw.1 $(DESTDIR)$(PREFIX)/share/man/man1/samw.1
	install -d $(DESTDIR)$(PREFIX)/share/doc/samw
	install -m 644 docs/checks.md $(DESTDIR)$(PREFIX)/share/doc/samw/checks.md

clean:
	rm -rf $(BUILD)

# Targets of the other parts, each beside its files.
-include fuzz/fuzz.mk
-include bench/bench.mk
-include contrib/contrib.mk
-include lsp/lsp.mk

# what the compiler found each object to include
-include $(wildcard $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(LSP_OBJ:.o=.d) $(TEST_OBJ:.o=.d))
