#!/usr/bin/env bash
# Installs what ActorGraph needs beyond the Swift toolchain, only if it is
# missing: Graphviz's C libraries and headers (libgraphviz-dev), the
# graphviz package (whose install step registers the layout plugins),
# fonts-liberation2 (text in PNG and PDF output) and valgrind (the tests run
# the drawings under it, Scripts/memcheck.sh), and what the consumer checks
# need to make their virtual environment and build PyICU, which
# followthemoney uses (python3-venv, python3-dev, libicu-dev, g++), and
# Chromium with its driver, in which the Mermaid check renders diagrams.
set -euo pipefail

have_everything() {
    pkg-config --exists libgvc libcgraph 2>/dev/null &&
        command -v dot >/dev/null 2>&1 &&
        command -v valgrind >/dev/null 2>&1 &&
        command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 &&
        dpkg -s fonts-liberation2 python3-venv python3-dev libicu-dev g++ >/dev/null 2>&1
}

if have_everything; then
    echo "dependencies: Graphviz $(pkg-config --modversion libgvc), fonts, valgrind and the consumer checks' build tools already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "error: installing Graphviz needs root; run as root or install sudo" >&2; exit 1; }
    SUDO="sudo"
fi
echo "dependencies: installing Graphviz, fonts, valgrind and the consumer checks' build tools with apt-get"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    libgraphviz-dev graphviz fonts-liberation2 pkg-config valgrind python3-venv python3-dev libicu-dev g++ chromium chromium-driver >/dev/null
have_everything || { echo "error: Graphviz, its fonts or valgrind are or the build tools are still missing after apt-get install" >&2; exit 1; }
echo "dependencies: Graphviz $(pkg-config --modversion libgvc) installed"
