#!/usr/bin/env bash
# Builds the benchmark in release mode and runs it: `language` (parse,
# check and DOT export of 100,000 entities / 500,000 relations), `queries`
# (paths, neighbourhoods and betweenness on 1,000,000 / 5,000,000, beside
# NetworkX), `bad-input` (checking input that is wrong everywhere: time
# and peak memory), `import` (a 100,000-row entities CSV and a 500,000-row
# relations CSV through `actorgraph import`, beside pandas' read_csv),
# `mentions` (the actors of Graphs/*.ag found in the reports its sources
# name, in --reports DIR, default ../shared/articles: recall and precision
# per report against the graph's own citations), or all five when no part
# is named. Other arguments are passed on,
# e.g. --entities N --relations M --pairs P --no-networkx --reports DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-dependencies.sh >/dev/null
python3 -c "import networkx" 2>/dev/null || pip install --quiet networkx || echo "note: NetworkX could not be installed; its column will be skipped"
# pandas, pinned, in the benchmark's own virtual environment.
venv=.build/bench-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pandas" 2>/dev/null; then
    python3 -m venv "$venv" && "$venv/bin/pip" install --quiet pandas==2.3.3 \
        || echo "note: pandas could not be installed; its row will be skipped"
fi
export ACTORGRAPH_BENCH_PYTHON="$PWD/$venv/bin/python"
swift build -c release --product actorgraph-bench 2>&1 | grep -E "error|Build" || true
.build/release/actorgraph-bench "$@"
