#!/usr/bin/env bash
# Checks exports with the programs that really consume them, installed with
# pip into a virtual environment made here, with pinned versions: the JSON
# with its JSON Schema and NetworkX. Prints one line per format and ends
# with "consumers: passed" or "consumers: FAILED" (exit status 1).
set -uo pipefail
cd "$(dirname "$0")/.."

venv=.build/consumers-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" || { echo "consumers: FAILED, python3 -m venv could not make $venv"; exit 1; }
fi
if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check networkx==3.6.1 jsonschema==4.26.0; then
    echo "consumers: FAILED, pip could not install networkx and jsonschema"
    exit 1
fi
swift build --product actorgraph >/dev/null 2>&1 || { echo "consumers: FAILED, the build failed"; exit 1; }
binary="$(swift build --show-bin-path)/actorgraph"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
"$venv/bin/python" Tests/Consumers/check_json.py "$binary" "$PWD" "$work" || failures=$((failures + 1))
if [ "$failures" -eq 0 ]; then echo "consumers: passed"; else echo "consumers: FAILED"; exit 1; fi
