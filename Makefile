# The README's two commands:
#   make        install what is missing, build (release), print the digest of the example story
#   make test   install what is missing, build with warnings as errors, run the whole test suite
# Other targets: build, bench, clean, and what CI runs after `make test`:
#   make asan   the whole suite built with AddressSanitizer + UBSan
#   make fuzz   every libFuzzer harness of fuzz/ for FUZZ_SECONDS each (default 60)

JOBS ?= $(shell nproc)
BUILD ?= build/release
CROSSWIRE = $(BUILD)/cli/crosswire

FUZZ_SECONDS ?= 60

.PHONY: all setup build demo test asan fuzz bench clean

all: demo

setup:
	@./scripts/setup

build: setup
	@cmake --preset release >/dev/null
	@cmake --build --preset release -j $(JOBS)

demo: build
	@$(CROSSWIRE) report examples/aleppo-2016-12-14 --words 100

test: setup
	@cmake --preset ci >/dev/null
	@cmake --build --preset ci -j $(JOBS)
	@ctest --preset ci -j $(JOBS)

asan: setup
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j $(JOBS)
	@ctest --preset asan -j $(JOBS)

fuzz: setup
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -j $(JOBS)
	@./fuzz/run.sh build/fuzz $(FUZZ_SECONDS) $(JOBS)

bench: build
	@./bench/run_all.sh $(BUILD)

clean:
	rm -rf build
