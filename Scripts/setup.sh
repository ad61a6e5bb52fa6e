#!/usr/bin/env bash
# The main job, from a fresh clone: install Graphviz if missing, build
# ActorGraph (release), then check and render every graph in Graphs/.
#
# Graphs/catalogue.ag holds actors shared by every event; each other .ag
# file in Graphs/ is one event, drawn together with the catalogue into an
# SVG of the same name. The reports the graphs quote are not in the
# repository: they are looked up in ../shared/articles (or
# $ACTORGRAPH_REPORTS), and every quote is checked against them.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/install-dependencies.sh
echo "build: swift build -c release (the first build takes a minute or two)"
swift build -c release --product actorgraph 2>&1 | grep -E "error|warning: |Compiling actorgraph|Build" || true
BIN=.build/release/actorgraph
[ -x "$BIN" ] || { echo "error: the build did not produce $BIN" >&2; exit 1; }

shopt -s nullglob
reports_dir="${ACTORGRAPH_REPORTS:-../shared/articles}"
reports=(--no-quote-check)
if [ -d "$reports_dir" ]; then
    reports=(--reports "$reports_dir")
    echo "quotes: checked against the reports in $reports_dir"
else
    echo "quotes: not checked (no reports in $reports_dir; set ACTORGRAPH_REPORTS to their folder)"
fi
rendered=0
for graph in Graphs/*.ag; do
    [ "$(basename "$graph")" = "catalogue.ag" ] && continue
    inputs=("$graph")
    [ -f Graphs/catalogue.ag ] && inputs=(Graphs/catalogue.ag "$graph")
    out="${graph%.ag}.svg"
    "$BIN" check "${reports[@]}" "${inputs[@]}" >/dev/null
    "$BIN" render "${reports[@]}" "${inputs[@]}" --legend -o "$out"
    echo
    echo "== ${out} (from ${inputs[*]})"
    "$BIN" describe "${inputs[@]}" --top 5
    rendered=$((rendered + 1))
done
echo
echo "rendered ${rendered} graph(s) from Graphs/; the tool is at ${BIN}"
