#!/usr/bin/env bash
# Checks exports with the programs that really consume them. Installs the
# pinned packages of Tests/Consumers/requirements.txt with pip into a virtual
# environment made here, builds the tool, then runs every
# Tests/Consumers/check_*.py (each prints one line per format, or its
# failures). Ends with "consumers: passed" or "consumers: FAILED" (exit 1).
# `bash Scripts/consumers.sh json graphml` runs only those checks.
set -uo pipefail
cd "$(dirname "$0")/.."

venv=.build/consumers-venv
requirements=Tests/Consumers/requirements.txt
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" || { echo "consumers: FAILED, python3 -m venv could not make $venv"; exit 1; }
fi
# Installing is skipped when the requirements have not changed since the last install.
if ! cmp -s "$requirements" "$venv/installed.txt"; then
    if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"; then
        echo "consumers: FAILED, pip could not install $requirements"
        exit 1
    fi
    cp "$requirements" "$venv/installed.txt"
fi
swift build --product actorgraph >/dev/null 2>&1 || { echo "consumers: FAILED, the build failed"; exit 1; }
binary="$(swift build --show-bin-path)/actorgraph"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "$#" -gt 0 ]; then checks=("$@"); else checks=(); for file in Tests/Consumers/check_*.py; do name=${file##*/check_}; checks+=("${name%.py}"); done; fi
failures=0
for name in "${checks[@]}"; do
    mkdir -p "$work/$name"
    "$venv/bin/python" "Tests/Consumers/check_$name.py" "$binary" "$PWD" "$work/$name" || failures=$((failures + 1))
done
if [ "$failures" -eq 0 ]; then echo "consumers: passed"; else echo "consumers: FAILED"; exit 1; fi
