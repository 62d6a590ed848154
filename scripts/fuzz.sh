#!/usr/bin/env bash
# make fuzz: builds broadsheet-fuzz with libFuzzer and AddressSanitizer into .build-fuzz, then
# runs each fuzz target for FUZZ_SECONDS on a copy of its seed corpus (fuzz/corpus/TARGET),
# one after the other. Crashes, time-outs and out-of-memory inputs go to fuzz/crashes/;
# fuzz/corpus is never written. Exits 1 when any target found something.
#
#   FUZZ_SECONDS=60          time per target
#   FUZZ_RUNS=N              instead of a time, N runs from seed 1 (what CI uses); thread timing
#                            still makes two sessions differ a little
#   FUZZ_TARGETS="feed html" the targets to run (default: every folder of fuzz/corpus)
#   FUZZ_CORPUS_OUT=DIR      keep the grown corpora in DIR/TARGET (default: thrown away)
#   FUZZ_JOBS=1              libFuzzer worker processes per target (over 1: -fork=N)
#   FUZZ_KEEP_GOING=1        go on after a finding (-fork -ignore_crashes), to find more than one
#
# Replay a crash with the plain command: swift run broadsheet-fuzz TARGET fuzz/crashes/FILE
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-$(ls fuzz/corpus)}
jobs=${FUZZ_JOBS:-1}
binary=.build-fuzz/release/broadsheet-fuzz

echo "== building broadsheet-fuzz with -sanitize=fuzzer,address (.build-fuzz)"
started=$(date +%s)
nice -n 10 swift build -c release --product broadsheet-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
echo "== built in $(( $(date +%s) - started )) s"

work=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p fuzz/crashes
# Swift's runtime keeps metadata and global caches for the life of the process, which
# LeakSanitizer reports as leaks: only memory errors and failed properties count here.
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
# Swift's own backtracer trips over AddressSanitizer; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
# Sets and dictionaries iterate in the same order every run, so sessions differ less.
export SWIFT_DETERMINISTIC_HASHING=1

fork=()
if [ "$jobs" -gt 1 ] || [ -n "${FUZZ_KEEP_GOING:-}" ]; then fork=(-fork="$jobs"); fi
if [ -n "${FUZZ_KEEP_GOING:-}" ]; then fork+=(-ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1); fi
failed=()
for target in $targets; do
    if [ ! -d "fuzz/corpus/$target" ]; then
        echo "fuzz.sh: fuzz/corpus/$target does not exist; the targets are: $(ls fuzz/corpus | tr '\n' ' ')" >&2
        exit 2
    fi
    cp -R "fuzz/corpus/$target" "$work/$target"
    log="$work/$target.log"
    if [ -n "${FUZZ_RUNS:-}" ]; then span="$FUZZ_RUNS runs from seed 1"; else span="${seconds} s"; fi
    echo "== $target: $span on $(ls "$work/$target" | wc -l) seeds"
    before=$(ls fuzz/crashes | grep -c "^$target-" || true)
    status=0
    if [ -n "${FUZZ_RUNS:-}" ]; then budget=(-runs="$FUZZ_RUNS" -seed=1); else budget=(-max_total_time="$seconds"); fi
    FUZZ_TARGET=$target nice -n 10 "$binary" "$work/$target" \
        "${budget[@]}" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
        "${fork[@]}" -print_final_stats=1 \
        -artifact_prefix="fuzz/crashes/$target-" >"$log" 2>&1 || status=$?
    summary=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    found=$(( $(ls fuzz/crashes | grep -c "^$target-" || true) - before ))
    echo "   $target: ${summary:-no status line}; new files in fuzz/crashes: $found"
    if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
        failed+=("$target")
        cp "$log" "fuzz/crashes/$target.log"
        echo "   $target FAILED (exit $status); log tail:"
        grep -E 'ERROR|fuzz property failed|Test unit written|SUMMARY' "$log" | head -20 | cut -c1-300 | sed 's/^/     /'
    fi
    if [ -n "${FUZZ_CORPUS_OUT:-}" ]; then
        mkdir -p "$FUZZ_CORPUS_OUT/$target"
        cp -R "$work/$target/." "$FUZZ_CORPUS_OUT/$target/"
    fi
done

if [ "${#failed[@]}" -ne 0 ]; then
    echo "== found something in: ${failed[*]}; inputs and logs are in fuzz/crashes/" >&2
    exit 1
fi
echo "== no crash, time-out or memory error in: $(echo $targets)"
