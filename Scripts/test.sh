#!/usr/bin/env bash
# Runs every test: first the core library alone, built without Graphviz in
# the package graph (ACTORGRAPH_CORE_ONLY=1), then the whole package, with
# Graphviz installed first if it is missing, then that Graphs/ is formatted
# (`actorgraph fmt --check`) and that its quotes are in the reports (when
# ../shared/articles is there), then the DocC catalogue, then the
# drawings under valgrind (Scripts/memcheck.sh). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash Scripts/install-dependencies.sh || exit 1

log=$(mktemp)
trap 'rm -f "$log" "$log.fmt"' EXIT
failures=0

# Runs `swift test` with the given arguments, showing build errors,
# failures and the summary, and remembers whether it failed.
run_suite() {
    swift test "$@" 2>&1 | tee -a "$log" | grep -E "^✘|^✔ Test run|error:|^Build"
    [ "${PIPESTATUS[0]}" -eq 0 ] || failures=$((failures + 1))
}

echo "== core library, without Graphviz in the package graph"
ACTORGRAPH_CORE_ONLY=1 run_suite --scratch-path .build-core
echo "== whole package"
run_suite
echo "== Graphs/ formatted"
if swift run --quiet actorgraph fmt --check Graphs/*.ag >"$log.fmt" 2>&1; then
    echo "fmt: Graphs/ formatted"
else
    cat "$log.fmt"
    echo "fmt: FAILED (format with: swift run actorgraph fmt Graphs/*.ag)"
    failures=$((failures + 1))
fi
echo "== Graphs/ quotes checked against the reports, when they are at hand"
if [ -d ../shared/articles ]; then
    if swift run --quiet actorgraph check --reports ../shared/articles Graphs/*.ag >"$log.fmt" 2>&1; then
        echo "quotes: every quote of Graphs/ is in its report"
    else
        cat "$log.fmt"
        echo "quotes: FAILED"
        failures=$((failures + 1))
    fi
else
    echo "quotes: skipped (no ../shared/articles beside the checkout)"
fi
echo "== documentation (DocC, warnings are errors)"
if swift package generate-documentation --target ActorGraph --warnings-as-errors >"$log.docc" 2>&1; then
    echo "documentation: built"
else
    grep -E "error|warning" "$log.docc" | head -20
    echo "documentation: FAILED"
    failures=$((failures + 1))
fi
rm -f "$log.docc"
echo "== exports read by their consumers (Scripts/consumers.sh)"
bash Scripts/consumers.sh || failures=$((failures + 1))
echo "== drawings under valgrind"
bash Scripts/memcheck.sh || failures=$((failures + 1))

# Swift Testing prints "Test run with N tests ... passed|failed" per run,
# and "✘ Test name() failed after ..." for each failed test.
total=$(grep -oE "Test run with [0-9]+ tests?" "$log" | awk '{ sum += $4 } END { print sum + 0 }')
failed=$(grep -cE "^✘ Test [^r].* failed after" "$log")
echo
echo "tests: $((total - failed)) passed, ${failed} failed"
[ "$failures" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$total" -gt 0 ]
