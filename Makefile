# The README's two commands:
#   make        install what is missing, build (release), print the digest of the example story
#   make test   install what is missing, build with warnings as errors, run the whole test suite
# Other targets: build, bench, asan, clean.

JOBS ?= $(shell nproc)
BUILD ?= build/release
CROSSWIRE = $(BUILD)/cli/crosswire

.PHONY: all setup build demo test asan bench clean

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

bench: build
	@./bench/run_all.sh $(BUILD)

clean:
	rm -rf build
