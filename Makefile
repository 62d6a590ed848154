# Broadsheet. `make site` builds the sample site; `make test` runs every test.
# Both install the system packages they need first (see scripts/install-deps.sh).

SWIFT ?= swift
BIN = .build/debug/broadsheet
RELEASE_BIN = .build/release/broadsheet
MANUAL = .build/broadsheet.1
PREFIX ?= /usr/local

.PHONY: site test build release man install uninstall bench deps clean-site fuzz

## Build the sample Site/ (website, book.epub, digest.html) into Site/public.
site: build
	$(BIN) build Site

## Run the whole test suite (unit, converter spec, end to end, epubcheck, headless Chromium).
test:
	scripts/install-deps.sh test
	$(SWIFT) build --build-tests
	SWIFT=$(SWIFT) scripts/run-tests.sh

## Build the command in debug mode.
build:
	scripts/install-deps.sh build
	$(SWIFT) build --product broadsheet

## Build the command optimised, as .build/release/broadsheet, with the Swift runtime and
## Foundation linked in (--static-swift-stdlib) and the default theme compiled in: it needs
## only Debian's shared C libraries (libcmark, libxml2, libgd, libicu, libcurl, libcrypto…),
## so the one file can be copied to any machine that has them.
release:
	scripts/install-deps.sh release
	$(SWIFT) build -c release --product broadsheet --static-swift-stdlib

## The manual page, .build/broadsheet.1, written from the release binary's own help texts.
man: release
	$(SWIFT) build --product manual-page
	"$$($(SWIFT) build --show-bin-path)/manual-page" $(RELEASE_BIN) > $(MANUAL).tmp
	mv $(MANUAL).tmp $(MANUAL)

## Install PREFIX/bin/broadsheet and PREFIX/share/man/man1/broadsheet.1 (PREFIX=/usr/local
## unless given; DESTDIR is put in front of both, for packaging).
install: man
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1"
	install -m 755 $(RELEASE_BIN) "$(DESTDIR)$(PREFIX)/bin/broadsheet"
	install -m 644 $(MANUAL) "$(DESTDIR)$(PREFIX)/share/man/man1/broadsheet.1"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/broadsheet and $(DESTDIR)$(PREFIX)/share/man/man1/broadsheet.1"

## Remove the two files `make install` put under PREFIX.
uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/broadsheet" "$(DESTDIR)$(PREFIX)/share/man/man1/broadsheet.1"

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
