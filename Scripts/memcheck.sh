#!/usr/bin/env bash
# Runs the drawing tests (ActorGraphRenderTests), the DOT reader's tests and the CLI's drawings of
# Graphs/ under valgrind's memcheck, so an invalid read, write or free in any
# drawing fails, also one inside Graphviz that happens not to crash. Leaks are
# not checked: Graphviz's own dot layout leaks about 100 KiB per clustered
# drawing, which would drown any other. Takes about three minutes; ends with
# "memcheck: passed" or "memcheck: FAILED" and exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null 2>&1; then
    echo "memcheck: FAILED, valgrind is not installed (apt-get install valgrind)"
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "memcheck: building the tests"
if ! swift build --build-tests >"$work/build.log" 2>&1; then
    grep -E "error:" "$work/build.log" | head -20
    echo "memcheck: FAILED, the build failed"
    exit 1
fi
bin=$(swift build --show-bin-path)

# Valgrind 3.19 writes into the signal mask given to sigsuspend, and
# libdispatch hands it a read-only one when an async main, such as Swift
# Testing's, parks the main thread, so valgrind itself dies. Preloading a
# sigsuspend that passes on a writable copy of the mask avoids that.
cat >"$work/sigsuspend.c" <<'EOF'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>

int sigsuspend(const sigset_t *mask) {
    static int (*next)(const sigset_t *);
    if (!next) next = (int (*)(const sigset_t *))dlsym(RTLD_NEXT, "sigsuspend");
    sigset_t copy = *mask;
    return next(&copy);
}
EOF
if ! cc -shared -fPIC -O2 -o "$work/sigsuspend.so" "$work/sigsuspend.c" -ldl; then
    echo "memcheck: FAILED, could not compile the sigsuspend shim"
    exit 1
fi

failures=0
runs=0

# Runs one command under memcheck; prints one line, or valgrind's report and
# the command's output when valgrind found an error or the command failed.
check() {
    local name=$1
    shift
    local log="$work/run$runs"
    runs=$((runs + 1))
    local start=$SECONDS
    # The Swift backtracer would try to attach to the process, which fails under valgrind.
    SWIFT_BACKTRACE=enable=no LD_PRELOAD="$work/sigsuspend.so" \
        valgrind --error-exitcode=97 --leak-check=no --num-callers=30 \
        --suppressions=Scripts/memcheck.supp --log-file="$log.valgrind" \
        "$@" >"$log.out" 2>&1
    local status=$?
    local errors
    errors=$(grep -oE "ERROR SUMMARY: [0-9]+ errors" "$log.valgrind" | grep -oE "[0-9]+" || echo "?")
    if [ "$status" -eq 0 ] && [ "$errors" = 0 ]; then
        local tests
        tests=$(grep -oE "Test run with [0-9]+ tests?" "$log.out" | head -1 | sed 's/Test run with /, /')
        echo "memcheck: ok      $name ($((SECONDS - start)) s${tests})"
        return
    fi
    failures=$((failures + 1))
    echo "memcheck: FAILED  $name: exit status $status, $errors valgrind errors"
    grep -vE "^==[0-9]+== (Memcheck|Copyright|Using Valgrind|Command|Parent PID|$)" "$log.valgrind" | head -80
    grep -E "✘|error" "$log.out" | head -20
}

# The test comparing with the dot program is skipped: valgrind keeps file
# descriptors of its own that make Foundation's Process fail to start a child.
check "ActorGraphRenderTests" \
    "$bin/ActorGraphPackageTests.xctest" --testing-library swift-testing \
    --filter ActorGraphRenderTests --skip drawingIsTheDotProgramsDrawing

# Reading DOT through Graphviz's parser, as `actorgraph import` does.
check "DOTReaderTests" \
    "$bin/ActorGraphPackageTests.xctest" --testing-library swift-testing \
    --filter DOTReaderTests

# The real graphs, drawn as setup.sh draws them but with containment boxes,
# which is where dot's teardown used to free memory twice.
shopt -s nullglob
for graph in Graphs/*.ag; do
    [ "$(basename "$graph")" = "catalogue.ag" ] && continue
    inputs=("$graph")
    [ -f Graphs/catalogue.ag ] && inputs=(Graphs/catalogue.ag "$graph")
    name=$(basename "$graph" .ag)
    for format in svg png pdf; do
        check "render $name --clusters -K dot -T $format" \
            "$bin/actorgraph" render "${inputs[@]}" --legend --clusters -K dot -o "$work/$name.$format"
    done
    for engine in neato fdp sfdp circo twopi; do
        check "render $name --clusters -K $engine -T svg" \
            "$bin/actorgraph" render "${inputs[@]}" --legend --clusters -K "$engine" -o "$work/$name-$engine.svg"
    done
done

if [ "$failures" -eq 0 ]; then
    echo "memcheck: passed ($runs runs, no memory errors)"
else
    echo "memcheck: FAILED ($failures of $runs runs)"
    exit 1
fi
