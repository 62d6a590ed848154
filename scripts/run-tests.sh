#!/usr/bin/env bash
# Runs the whole test suite (swift-testing) and keeps its output in .build/test.log. When the
# run fails, the end of the output repeats what failed: each failed test and its issues, and,
# should the test process crash, the runtime's crash report and the tests still running then,
# so the cause is on the last screen (CI shows only the tail of a long log).
set -uo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
log=.build/test.log
mkdir -p .build
"$swift" test --disable-xctest "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] && exit 0
{
    echo
    echo "=== the test run failed (exit status $status); summary of $log ==="
    grep -E "✘|Fatal error|Program crashed|Crashed|crashed:|signal code|error:" "$log" | grep -v "^✘ Suite" | head -60
    # A test that started and never ended was running when the process stopped.
    started=$(sed -nE 's/^◇ Test ([^ (]+)\(.* started\.$/\1/p' "$log" | sort -u)
    ended=$(sed -nE '/ (passed|failed) after /s/^[✔✘] Test ([^ (]+)\(.*/\1/p' "$log" | sort -u)
    unfinished=$(comm -23 <(echo "$started") <(echo "$ended"))
    if [ -n "$unfinished" ]; then
        echo "--- tests started but not finished:"
        echo "$unfinished" | head -40
    fi
    # The crash report's first frames name the function that trapped.
    awk '/(Program crashed|Crashed with signal|Fatal error)/ { show = 60 } show > 0 { print; show-- }' "$log" | head -80
} >&2
exit "$status"
