#!/usr/bin/env bash
# Builds the benchmark in release mode and runs it: `language` (parse,
# check and DOT export of 100,000 entities / 500,000 relations), `queries`
# (paths, neighbourhoods and betweenness on 1,000,000 / 5,000,000, beside
# NetworkX), `bad-input` (checking input that is wrong everywhere: time
# and peak memory), or all three when no part is named. Other arguments are passed on,
# e.g. --entities N --relations M --pairs P --no-networkx.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-dependencies.sh >/dev/null
python3 -c "import networkx" 2>/dev/null || pip install --quiet networkx || echo "note: NetworkX could not be installed; its column will be skipped"
swift build -c release --product actorgraph-bench 2>&1 | grep -E "error|Build" || true
.build/release/actorgraph-bench "$@"
