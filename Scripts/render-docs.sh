#!/usr/bin/env bash
# Redraws the pictures in docs/images/ from Graphs/ with the commands the
# README shows beside them, so the README's pictures are what the tool
# draws today. Run after a change to how graphs are drawn.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product actorgraph 2>&1 | grep -E "error|Build" || true
ag=.build/release/actorgraph
G=(Graphs/catalogue.ag Graphs/baghdad-2024-01-04.ag)
out=docs/images

"$ag" path "${G[@]}" "Abu Taqua" Iran --via commands,part-of,funded-by --directed --render "$out/abu-taqwa-to-iran.svg" >/dev/null
"$ag" path "${G[@]}" "Abu Taqua" Iran --k 3 --render "$out/abu-taqwa-to-iran-3-paths.svg" --only-path >/dev/null
"$ag" render "${G[@]}" --only-relations funded-by,backed-by -o "$out/funding.svg"
"$ag" render "${G[@]}" --focus "al nujaba" --radius 1 -o "$out/nujaba-focus.svg"
"$ag" timeline "${G[@]}" -o "$out/timeline.svg" >/dev/null
echo "redrew $(ls "$out" | wc -l) pictures in $out"
