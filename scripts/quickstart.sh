#!/usr/bin/env bash
# README command 1: install, build, and code the bundled example article.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
build/dyad code --date 2022-09-12 --explain examples/aegean-standoff.txt
