# Broadsheet. `make site` builds the sample site; `make test` runs every test.
# Both install the system packages they need first (see scripts/install-deps.sh).

SWIFT ?= swift
BIN = .build/debug/broadsheet

.PHONY: site test build release bench deps clean-site fuzz

## Build the sample Site/ (website, book.epub, digest.html) into Site/public.
site: build
	$(BIN) build Site

## Run the whole test suite (unit, converter spec, end to end, epubcheck, headless Chromium).
test:
	scripts/install-deps.sh test
	$(SWIFT) build --build-tests
	$(SWIFT) test --disable-xctest

## Build the command in debug mode.
build:
	scripts/install-deps.sh build
	$(SWIFT) build --product broadsheet

## Build the command optimised, as .build/release/broadsheet.
release:
	scripts/install-deps.sh build
	$(SWIFT) build -c release --product broadsheet

## Time Broadsheet against Hugo and pandoc on a generated corpus (see bench/README.md).
bench: release
	bench/run.sh

## Fuzz every target for FUZZ_SECONDS (default 60) each with libFuzzer and AddressSanitizer
## (build in .build-fuzz; crashes in fuzz/crashes/; see scripts/fuzz.sh).
fuzz:
	scripts/install-deps.sh build
	scripts/fuzz.sh

clean-site:
	rm -rf Site/public
