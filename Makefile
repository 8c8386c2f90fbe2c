# samw: build, test and install. `make` builds build/samw; `make check`
# runs every test; `make examples` checks the bundled examples.
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
LIB_SRC  := $(wildcard base/*.c lexer/*.c parser/*.c semantics/*.c diagnostics/*.c backend/*.c)
GEN_SRC  := $(GEN)/scanner.c $(GEN)/grammar.c
CLI_SRC  := $(wildcard cli/*.c)
TEST_SRC := $(wildcard tests/test_*.c)

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(GEN_SRC:$(GEN)/%.c=$(BUILD)/obj/gen/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TESTS    := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
LIB      := $(BUILD)/libsamw.a
BIN      := $(BUILD)/samw

.PHONY: all deps check test examples install clean asan valgrind docs
all: $(BIN)

# Installs (as root) or names the missing Debian packages; quiet when all
# are present, so every build can afford it.
deps:
	@scripts/deps.sh --quiet

$(GEN)/grammar.c $(GEN)/grammar.h &: parser/grammar.y | deps
	@mkdir -p $(GEN)
	$(BISON) -Wall -Werror -o $(GEN)/grammar.c --header=$(GEN)/grammar.h $<

$(GEN)/scanner.c $(GEN)/scanner.h &: lexer/scanner.l | deps
	@mkdir -p $(GEN)
	$(FLEX) --header-file=$(GEN)/scanner.h -o $(GEN)/scanner.c $<

$(BUILD)/obj/%.o: %.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -I. -I$(GEN) -MMD -MP -c -o $@ $<

$(BUILD)/obj/gen/%.o: $(GEN)/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Wno-unused-function -I. -I$(GEN) -MMD -MP -c -o $@ $<

# every library object may include the generated headers
$(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(CLI_OBJ): $(GEN)/grammar.h $(GEN)/scanner.h

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDFLAGS)

$(BUILD)/tests/%: tests/%.c tests/util.c tests/util.h $(LIB) | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -I. -I$(GEN) -o $@ $< tests/util.c $(LIB) -lcmocka $(LDFLAGS)

# Build and run every test. The shell tests run the CLI itself.
check test: $(BIN) $(TESTS)
	@failed=""; for t in $(TESTS); do echo "== $$t"; (cd tests && ../$$t) || failed="$$failed $$t"; done; \
	echo "== tests/cli.sh"; SAMW=$(abspath $(BIN)) tests/cli.sh || failed="$$failed cli.sh"; \
	echo "== tests/formats.sh"; SAMW=$(abspath $(BIN)) tests/formats.sh || failed="$$failed formats.sh"; \
	echo "== tests/fmt.sh"; SAMW=$(abspath $(BIN)) tests/fmt.sh || failed="$$failed fmt.sh"; \
	echo "== tests/report.sh"; SAMW=$(abspath $(BIN)) tests/report.sh || failed="$$failed report.sh"; \
	echo "== tests/regress.sh"; SAMW=$(abspath $(BIN)) tests/regress.sh || failed="$$failed regress.sh"; \
	echo "== tests/readme.py"; /usr/bin/python3 tests/readme.py $(BIN) README.md || failed="$$failed readme.py"; \
	if [ -n "$$failed" ]; then echo "FAILED:$$failed"; exit 1; fi; echo "all tests passed"

# docs/checks.md is written from the check table; `make check` compares.
docs: $(BIN)
	$(BIN) rules --format markdown >docs/checks.md

examples: $(BIN)
	$(BIN) check examples/*.samw
	@echo
	@echo "== examples/invalid: these fail on purpose (see '# expect:' in each)"
	-$(BIN) check --format gcc examples/invalid/*.samw

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	$(MAKE) BUILD=build/asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" check

# Every command on every example under valgrind: no leaks, no errors.
VG := valgrind -q --leak-check=full --errors-for-leak-kinds=all --error-exitcode=99
valgrind: $(BIN)
	@set -e; for f in examples/*.samw examples/invalid/*.samw; do \
	  for cmd in "check --color=never" "fmt" "report" "report --format json" "graph"; do \
	    $(VG) $(BIN) $$cmd $$f >/dev/null 2>&1 || [ $$? -ne 99 ] || \
	      { echo "valgrind: samw $$cmd $$f"; $(VG) $(BIN) $$cmd $$f >/dev/null; exit 1; }; \
	  done; \
	done; echo "valgrind: no leaks or memory errors in check, fmt, report and graph"

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/samw
	install -m 644 docs/samw.1 $(DESTDIR)$(PREFIX)/share/man/man1/samw.1

clean:
	rm -rf $(BUILD)

# Targets of the other parts, each beside its files.
-include fuzz/fuzz.mk
-include bench/bench.mk
-include contrib/contrib.mk

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
