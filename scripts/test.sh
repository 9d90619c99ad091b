#!/usr/bin/env bash
# README command 2: install, build from scratch if needed, run the whole test suite.
# Tests that need ../shared skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
cd build
ctest --output-on-failure -j"$(nproc)"
