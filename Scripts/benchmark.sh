#!/usr/bin/env bash
# Builds the benchmark in release mode and runs it. Arguments are passed on,
# e.g. --entities 100000 --relations 500000 --runs 5.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-dependencies.sh >/dev/null
swift build -c release --product actorgraph-bench 2>&1 | grep -E "error|Build" || true
.build/release/actorgraph-bench "$@"
