# Fuzzing with libFuzzer (included by the Makefile).
#
#   make fuzz              every target for FUZZ_TIME seconds (default 60)
#   make fuzz FUZZ_TIME=1800 FUZZ_TARGETS=fuzz_fmt
#   make fuzz-smoke        every target for 10 seconds (CI)
#   make fuzz-regress      every target over tests/regress/ once
#   make fuzz-build        just build them, into build/fuzz/
#
# The library is compiled again here with clang and
# -fsanitize=fuzzer-no-link,address,undefined; each target links it with
# -fsanitize=fuzzer. The working corpus (build/fuzz/corpus/TARGET) is seeded
# from examples/, fuzz/corpus/ and tests/regress/ and grows across runs. A
# crash stops that target and leaves its input in build/fuzz/crashes/:
# reduce it (TARGET -minimize_crash=1 INPUT), fix the bug, and commit the
# input under tests/regress/ so tests/regress.sh (make check), tests/hostile.sh
# and fuzz-regress run it.

FUZZ_CC      ?= clang
FUZZ_TIME    ?= 60
FUZZ_SMOKE   ?= 10
# more libFuzzer flags, e.g. FUZZ_ARGS="-jobs=2 -workers=2"
FUZZ_ARGS    ?=
FUZZ_DIR     := build/fuzz
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS  := $(CSTD) $(WARN) -O1 -g -fno-omit-frame-pointer $(FUZZ_SAN) \
                -fsanitize=fuzzer-no-link -DSAMW_FUZZING
# every library object, the generated scanner and parser among them
FUZZ_LIB_OBJ := $(LIB_OBJ:$(BUILD)/obj/%=$(FUZZ_DIR)/obj/%)
# fuzz_report needs the report and graph back ends (backend/report.h,
# backend/graph.h): built only once they exist
FUZZ_ALL     := fuzz_check fuzz_fmt \
                $(if $(wildcard fuzz/fuzz_report.c backend/report.h backend/graph.h),fuzz_report) \
                $(if $(wildcard fuzz/fuzz_diff.c backend/change.h),fuzz_diff) \
                $(if $(HAVE_LSP),fuzz_lsp)
FUZZ_TARGETS ?= $(FUZZ_ALL)
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(FUZZ_DIR)/%)
FUZZ_DICT    := fuzz/samw.dict
FUZZ_SEEDS    = $(wildcard examples/*.samw examples/invalid/*.samw fuzz/corpus/* tests/regress/*)
# per input: 10 s is a hang; 2 GiB is a blow-up; inputs up to 64 KiB.
# fuzz_lsp has the methods and fields of the protocol in its dictionary too.
FUZZ_RUN      = -dict=$(if $(filter fuzz_lsp,$(1)),$(FUZZ_DIR)/fuzz_lsp.dict,$(FUZZ_DICT)) \
                -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1

.PHONY: fuzz fuzz-smoke fuzz-regress fuzz-build fuzz-dict
# the objects are kept between builds
.SECONDARY: $(FUZZ_LIB_OBJ)

fuzz-build: $(FUZZ_BINS)

$(FUZZ_DIR)/obj/%.o: %.c | deps-fuzz
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -I. -I$(GEN) -MMD -MP -c -o $@ $<

$(FUZZ_DIR)/obj/gen/%.o: $(GEN)/%.c | deps-fuzz
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -I. -I$(GEN) -MMD -MP -c -o $@ $<

# as in the Makefile, a generated header is a prerequisite of exactly the
# library objects whose source includes it (the targets link all of them,
# so the headers are there before a target is compiled)
$(foreach h,$(GEN_HDR),$(foreach o,$(filter $(FUZZ_LIB_OBJ), \
  $(patsubst $(BUILD)/obj/%,$(FUZZ_DIR)/obj/%,$(call obj,$(call users,$(notdir $h))))), \
  $(eval $o: $h)))

# the language server's target: lsp/ compiled here too, with jansson
FUZZ_LSP_OBJ := $(patsubst %.c,$(FUZZ_DIR)/obj/%.o,$(LSP_SRC))
$(FUZZ_LSP_OBJ): FUZZ_CFLAGS += $(LSP_CFLAGS)
$(FUZZ_DIR)/fuzz_lsp: fuzz/fuzz_lsp.c $(FUZZ_LIB_OBJ) $(FUZZ_LSP_OBJ) $(FUZZ_DIR)/fuzz_lsp.dict | deps-fuzz deps-lsp
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(LSP_CFLAGS) -fsanitize=fuzzer -I. -I$(GEN) -MMD -MP -MF $@.d -MT $@ \
	  -o $@ $< $(FUZZ_LIB_OBJ) $(FUZZ_LSP_OBJ) $(LSP_LIBS)
$(FUZZ_DIR)/fuzz_lsp.dict: $(FUZZ_DICT) fuzz/lsp.dict
	@mkdir -p $(dir $@)
	cat $(FUZZ_DICT) fuzz/lsp.dict >$@

$(FUZZ_DIR)/%: fuzz/%.c $(FUZZ_LIB_OBJ) | deps-fuzz
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -I. -I$(GEN) -MMD -MP -MF $@.d -MT $@ \
	  -o $@ $< $(FUZZ_LIB_OBJ)

# fuzz-run TARGET SECONDS: seed the working corpus, then fuzz; a crash
# input goes to build/fuzz/crashes/TARGET-*
define fuzz-run
	@mkdir -p $(FUZZ_DIR)/corpus/$(1) $(FUZZ_DIR)/crashes
	@for f in $(FUZZ_SEEDS); do cp -n "$$f" $(FUZZ_DIR)/corpus/$(1)/ 2>/dev/null || true; done
	$(FUZZ_DIR)/$(1) $(FUZZ_RUN) -max_total_time=$(2) \
	  -artifact_prefix=$(FUZZ_DIR)/crashes/$(1)- $(FUZZ_ARGS) $(FUZZ_DIR)/corpus/$(1)

endef

fuzz: $(FUZZ_BINS)
	$(foreach t,$(FUZZ_TARGETS),$(call fuzz-run,$(t),$(FUZZ_TIME)))

fuzz-smoke: fuzz-regress
	$(foreach t,$(FUZZ_TARGETS),$(call fuzz-run,$(t),$(FUZZ_SMOKE)))

# every committed crash input through every target, once (no fuzzing)
fuzz-regress: $(FUZZ_BINS)
	@set -e; inputs="$(wildcard tests/regress/*)"; \
	if [ -z "$$inputs" ]; then echo "fuzz-regress: no inputs in tests/regress"; exit 0; fi; \
	for t in $(FUZZ_TARGETS); do \
	  $(FUZZ_DIR)/$$t -runs=1 $$inputs >$(FUZZ_DIR)/$$t.regress.log 2>&1 || \
	    { tail -n 30 $(FUZZ_DIR)/$$t.regress.log; echo "fuzz-regress: $$t failed"; exit 1; }; \
	done; echo "fuzz-regress: $(words $(wildcard tests/regress/*)) inputs, $(words $(FUZZ_TARGETS)) targets, all passed"

# the dictionary, after a change to lexer/keywords.def
fuzz-dict: $(BIN)
	SAMW=$(BIN) fuzz/gen_dict.sh >$(FUZZ_DICT)

-include $(wildcard $(FUZZ_LIB_OBJ:.o=.d) $(FUZZ_LSP_OBJ:.o=.d) $(FUZZ_BINS:=.d))
