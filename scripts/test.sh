#!/usr/bin/env bash
# README command 2: install, build from scratch if needed, run the whole test suite.
# Tests that need ../shared skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
# The dashboard's browser test also needs Chromium (apt) and playwright-core (npm);
# only the test suite needs them, so the quick start does not install them.
scripts/install-browser-deps.sh
cd build
ctest --output-on-failure -j"$(nproc)"
